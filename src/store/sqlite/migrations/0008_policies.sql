-- keywright schema, version 8: the policies of plans, kept on each license
-- (docs/policies.md), as JSON; NULL is every default. A license's policy
-- counts in its seal once it is set, so rows sealed before keep theirs
-- (docs/threat-model.md).
ALTER TABLE plans    ADD COLUMN policy TEXT;
ALTER TABLE licenses ADD COLUMN policy TEXT;

-- Each trial a machine held of a product, ever: a fingerprint may hold one
-- (docs/policies.md), so reinstalling does not start another.
CREATE TABLE trials (
    id           INTEGER PRIMARY KEY,
    tenant_id    INTEGER NOT NULL REFERENCES tenants (id),
    product_id   INTEGER NOT NULL,
    fingerprint  TEXT    NOT NULL,
    license_id   INTEGER NOT NULL REFERENCES licenses (id),
    created_at   INTEGER NOT NULL,
    UNIQUE (tenant_id, product_id, fingerprint),
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id)
);

-- Usage counted against each license's meters: one row per meter and
-- period (`YYYY-MM` in the tenant's zone for a monthly meter, '' for one
-- that never starts again).
CREATE TABLE usage (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id),
    license_id  INTEGER NOT NULL REFERENCES licenses (id),
    meter       TEXT    NOT NULL,
    period      TEXT    NOT NULL,
    used        INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (tenant_id, license_id, meter, period)
);

-- The trial licenses whose end was posted to the tenant's webhook, so that
-- each end is posted once.
CREATE TABLE trial_ends (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id),
    license_id  INTEGER NOT NULL UNIQUE REFERENCES licenses (id),
    posted_at   INTEGER NOT NULL
);
