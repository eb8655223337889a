-- `license list` counts a tenant's licenses and sums their states for its
-- footer: this index holds every column that needs, so the count reads the
-- index alone instead of every row with its token.
CREATE INDEX licenses_by_state ON licenses (tenant_id, status, expires_at, grace_seconds);

-- audit_by_target_time (tenant_id, target_id, at) answers every lookup by
-- target this index answered; each audit entry written kept both up to date.
DROP INDEX audit_by_target;
