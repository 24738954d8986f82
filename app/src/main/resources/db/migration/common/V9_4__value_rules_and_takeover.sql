-- Module indicator: the range and decimals a catalogue row may declare for its values when they differ from its
-- unit's rule (methodology/unit-rules.yaml); null = the unit's rule applies (or the cascade parent's declaration).
alter table indicator add column nilai_min numeric(20, 4);
alter table indicator add column nilai_maks numeric(20, 4);
alter table indicator add column desimal integer;
alter table indicator add constraint indicator_desimal_ck check (desimal is null or (desimal >= 0 and desimal <= 6));
alter table indicator add constraint indicator_rentang_ck check (nilai_min is null or nilai_maks is null
    or nilai_min <= nilai_maks);

-- Module reporting: a step in a value's history that is not a status change. 'ambil_alih' records a national verifier
-- taking over the decision on a kab/kota value from its province's verifier, with the reason; the province sees it.
alter table realization_transition add column aksi varchar(20);
