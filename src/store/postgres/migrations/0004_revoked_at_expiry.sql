-- keywright schema on PostgreSQL, version 9 (as SQLite's
-- 0009_revoked_at_expiry.sql): the licenses whose policy revokes them at
-- expiry, by expiry (docs/policies.md).
CREATE INDEX licenses_revoked_at_expiry ON licenses (tenant_id, expires_at)
    WHERE policy LIKE '%"on_expiry":"revoke"%' AND status <> 'revoked';
