-- `license list` counts a tenant's licenses and sums their states for its
-- footer: this index holds every column that needs, so the count reads the
-- index alone instead of every row with its token.
CREATE INDEX licenses_by_state ON licenses (tenant_id, status, expires_at, grace_seconds);
