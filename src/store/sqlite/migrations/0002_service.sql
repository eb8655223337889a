-- keywright schema, version 2: the license service (docs/service.md).
-- Adds floating seats (heartbeat), validation counters, API keys, the
-- tenant's webhook URL and the webhook outbox. Existing rows keep their
-- values; the audit chain is untouched.

-- A check-in period: a machine not seen within it stops taking a seat.
-- NULL: machines are node-locked and keep their seat until deactivated.
ALTER TABLE plans    ADD COLUMN heartbeat_seconds INTEGER;
ALTER TABLE licenses ADD COLUMN heartbeat_seconds INTEGER;

-- Kept for the vendor by the service, written in batches off the request path.
ALTER TABLE licenses ADD COLUMN validations       INTEGER NOT NULL DEFAULT 0;
ALTER TABLE licenses ADD COLUMN last_validated_at INTEGER;

-- Where suspicious-activity events are posted; the secret is in the key store.
ALTER TABLE tenants ADD COLUMN webhook_url TEXT;

-- API keys: only the SHA-256 of the secret and a short public id are kept.
CREATE TABLE api_keys (
    id           INTEGER PRIMARY KEY,
    tenant_id    INTEGER NOT NULL REFERENCES tenants (id),
    key_id       TEXT    NOT NULL UNIQUE,
    name         TEXT    NOT NULL,
    role         TEXT    NOT NULL CHECK (role IN ('validator', 'reader', 'admin')),
    secret_hash  TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    revoked_at   INTEGER,
    UNIQUE (tenant_id, name)
) STRICT;

-- The outbox: a webhook is queued in the transaction of its event and
-- delivered in the background until the receiver acknowledges it.
CREATE TABLE webhook_deliveries (
    id              INTEGER PRIMARY KEY,
    tenant_id       INTEGER NOT NULL REFERENCES tenants (id),
    event           TEXT    NOT NULL,
    url             TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    delivered_at    INTEGER
) STRICT;

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);

-- Activation churn counts a license's recent activation audit entries.
CREATE INDEX audit_by_target_time ON audit_log (tenant_id, target_id, at);
