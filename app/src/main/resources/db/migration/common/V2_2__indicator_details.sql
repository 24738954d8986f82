-- What planners document about an indicator: its formula, data source, responsible unit and the baseline year.
alter table indicator add column formula varchar(1000);
alter table indicator add column sumber_data varchar(300);
alter table indicator add column penanggung_jawab varchar(200);
alter table indicator add column tahun_baseline integer;
