-- The methodology (id and version, e.g. 'spike-test v1') that found each alert, so an auditor can recompute it.
-- Alerts found before it was recorded keep null.
alter table risk_alert add column metodologi varchar(60);
