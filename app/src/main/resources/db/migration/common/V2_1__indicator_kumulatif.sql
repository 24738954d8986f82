-- A cumulative indicator (a running count) has quarterly targets pro rata of the annual one.
alter table indicator add column kumulatif boolean default false not null;
