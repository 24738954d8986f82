-- The audit log is append-only: on H2 the database itself refuses to change or remove a row.
create trigger audit_log_no_update before update on audit_log for each row call 'id.matagaruda.access.internal.AppendOnlyTrigger';
create trigger audit_log_no_delete before delete on audit_log for each row call 'id.matagaruda.access.internal.AppendOnlyTrigger';
