-- Schema 12. A license's seal check asks for the newest audit entry about
-- it (its freshness, docs/threat-model.md) at every validation. With the
-- entry's target type and sequence number in the index, the index alone
-- can answer it (an index-only scan), instead of a row of the log read at
-- random for each one.
DROP INDEX audit_by_target_time;
CREATE INDEX audit_by_target_time ON audit_log (tenant_id, target_id, at, target_type, seq);
