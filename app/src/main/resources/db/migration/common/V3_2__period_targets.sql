-- Targets set for a semester or a quarter; without one, a period is held to the annual target (pro rata when the
-- indicator is cumulative).
create table period_target (
    indicator_kode varchar(40)    not null,
    periode        varchar(8)     not null,
    nilai          numeric(20, 4) not null,
    version        integer        not null,
    updated_by     varchar(60)    not null,
    updated_at     timestamp with time zone not null,
    primary key (indicator_kode, periode)
);
