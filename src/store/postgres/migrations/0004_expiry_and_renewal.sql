-- keywright schema on PostgreSQL, version 9 (as SQLite's
-- 0009_expiry_and_renewal.sql): the licenses whose policy revokes them at
-- expiry, by expiry (docs/policies.md), and the end of the last period
-- paid that each payment's license was issued or renewed for.
CREATE INDEX licenses_revoked_at_expiry ON licenses (tenant_id, expires_at)
    WHERE policy LIKE '%"on_expiry":"revoke"%' AND status <> 'revoked';

ALTER TABLE billing_links ADD COLUMN renewed_to bigint;
