-- keywright schema, version 6: customers named without their email,
-- leases for offline seats, and webhook targets a tenant must allow.
-- Existing rows keep their seals: the columns added to sealed tables
-- count in a seal only once they are set (docs/threat-model.md).

-- What tokens and unauthenticated answers call a customer who has no
-- external id: an opaque id, never the email.
ALTER TABLE customers ADD COLUMN public_id TEXT;
UPDATE customers SET public_id = 'cus_' || lower(hex(randomblob(10)));
CREATE UNIQUE INDEX customers_public_id ON customers (tenant_id, public_id);

-- How long a machine license of a license that limits machines lasts
-- before the machine must check in by file again (docs/offline.md).
-- NULL: the plan's, else the config's `[activation] offline_lease`.
ALTER TABLE plans    ADD COLUMN offline_lease_seconds INTEGER;
ALTER TABLE licenses ADD COLUMN offline_lease_seconds INTEGER;

-- 1: the tenant lets webhooks go to loopback, link-local and private
-- addresses (a receiver on its own network). NULL: public addresses only.
ALTER TABLE tenants ADD COLUMN webhook_private INTEGER CHECK (webhook_private = 1);
