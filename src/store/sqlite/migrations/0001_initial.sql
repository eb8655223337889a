-- keywright schema, version 1.
-- Times are Unix seconds, UTC. JSON columns hold sorted arrays or objects.
-- Every table but `tenants` carries tenant_id; every uniqueness rule includes it.

CREATE TABLE tenants (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL,
    abbreviation  TEXT    NOT NULL UNIQUE,
    key_prefix    TEXT    NOT NULL,
    timezone      TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('active', 'suspended')),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    -- Head of the tenant's audit hash chain, written with every entry, so
    -- that removing the newest entries is detected too.
    audit_seq     INTEGER NOT NULL DEFAULT 0,
    audit_head    TEXT    NOT NULL DEFAULT '',
    -- Sequence number of the last exported revocation list.
    revocation_seq INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE signing_keys (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id),
    kid         TEXT    NOT NULL,
    algorithm   TEXT    NOT NULL CHECK (algorithm IN ('ed25519', 'hmac')),
    -- Ed25519 public key (32 bytes); NULL for HMAC. Never a secret.
    public_key  BLOB,
    status      TEXT    NOT NULL CHECK (status IN ('active', 'retired')),
    created_at  INTEGER NOT NULL,
    retired_at  INTEGER,
    UNIQUE (tenant_id, kid)
) STRICT;

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id),
    slug        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    features    TEXT    NOT NULL DEFAULT '[]',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (tenant_id, slug),
    UNIQUE (tenant_id, id)
) STRICT;

CREATE TABLE plans (
    id            INTEGER PRIMARY KEY,
    tenant_id     INTEGER NOT NULL REFERENCES tenants (id),
    product_id    INTEGER NOT NULL,
    name          TEXT    NOT NULL,
    features      TEXT    NOT NULL DEFAULT '[]',
    seats         INTEGER,
    duration      TEXT,
    grace_seconds INTEGER,
    limits        TEXT    NOT NULL DEFAULT '{}',
    trial         INTEGER NOT NULL DEFAULT 0 CHECK (trial IN (0, 1)),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    UNIQUE (tenant_id, product_id, name),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id)
) STRICT;

CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    tenant_id    INTEGER NOT NULL REFERENCES tenants (id),
    email        TEXT    NOT NULL COLLATE NOCASE,
    name         TEXT,
    company      TEXT,
    external_id  TEXT,
    deleted_at   INTEGER,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (tenant_id, email),
    UNIQUE (tenant_id, id)
) STRICT;

CREATE UNIQUE INDEX customers_external_id
    ON customers (tenant_id, external_id) WHERE external_id IS NOT NULL;

CREATE TABLE licenses (
    id                INTEGER PRIMARY KEY,
    tenant_id         INTEGER NOT NULL REFERENCES tenants (id),
    key               TEXT    NOT NULL,
    product_id        INTEGER NOT NULL,
    plan_id           INTEGER,
    customer_id       INTEGER NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('active', 'suspended', 'revoked')),
    issued_at         INTEGER NOT NULL,
    not_before        INTEGER,
    expires_at        INTEGER,
    grace_seconds     INTEGER,
    features          TEXT    NOT NULL DEFAULT '[]',
    limits            TEXT    NOT NULL DEFAULT '{}',
    domains           TEXT    NOT NULL DEFAULT '[]',
    fingerprints      TEXT    NOT NULL DEFAULT '[]',
    trial             INTEGER NOT NULL DEFAULT 0 CHECK (trial IN (0, 1)),
    revocation_reason TEXT,
    revoked_at        INTEGER,
    version           INTEGER NOT NULL DEFAULT 1,
    kid               TEXT    NOT NULL,
    token             TEXT    NOT NULL,
    updated_at        INTEGER NOT NULL,
    UNIQUE (tenant_id, key),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id)
) STRICT;

CREATE INDEX licenses_by_expiry   ON licenses (tenant_id, expires_at);
CREATE INDEX licenses_by_customer ON licenses (tenant_id, customer_id);
CREATE INDEX licenses_by_product  ON licenses (tenant_id, product_id);
CREATE INDEX licenses_by_issued   ON licenses (tenant_id, issued_at);

CREATE TABLE activations (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id),
    license_id  INTEGER NOT NULL,
    fingerprint TEXT    NOT NULL,
    hostname    TEXT,
    first_seen  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL,
    UNIQUE (tenant_id, license_id, fingerprint),
    FOREIGN KEY (tenant_id, license_id) REFERENCES licenses (tenant_id, id)
) STRICT;

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id),
    seq         INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    target_type TEXT    NOT NULL,
    target_id   TEXT    NOT NULL,
    origin      TEXT    NOT NULL,
    details     TEXT    NOT NULL,
    prev_hash   TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    UNIQUE (tenant_id, seq)
) STRICT;

CREATE INDEX audit_by_action ON audit_log (tenant_id, action);
CREATE INDEX audit_by_target ON audit_log (tenant_id, target_id);

CREATE TABLE audit_checkpoints (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id),
    seq         INTEGER NOT NULL,
    head        TEXT    NOT NULL,
    kid         TEXT    NOT NULL,
    signature   TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
