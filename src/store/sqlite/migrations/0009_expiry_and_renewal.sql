-- keywright schema, version 9: the licenses whose policy revokes them at
-- expiry, by expiry, so that every command (and `serve`) finds the overdue
-- ones it revokes without reading the others (docs/policies.md).
CREATE INDEX licenses_revoked_at_expiry ON licenses (tenant_id, expires_at)
    WHERE policy LIKE '%"on_expiry":"revoke"%' AND status <> 'revoked';

-- The end of the last period paid that a payment's license was issued or
-- renewed for, so that each period renews it once, by its renewal basis
-- (docs/billing.md).
ALTER TABLE billing_links ADD COLUMN renewed_to INTEGER;
