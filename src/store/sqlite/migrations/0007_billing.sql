-- keywright schema, version 7: payments drive licenses (docs/billing.md).
-- What a tenant's Stripe account is connected with (its secrets live in
-- the key store; these rows name them), which prices make which licenses,
-- every event received and what it did, and what each subscription or
-- one-time payment is known to be, so that its licenses follow it in
-- whatever order the events arrive.

CREATE TABLE billing_accounts (
    id                   INTEGER PRIMARY KEY,
    tenant_id            INTEGER NOT NULL UNIQUE REFERENCES tenants (id),
    on_cancel            TEXT    NOT NULL CHECK (on_cancel IN ('expire', 'revoke')),
    secret_kid           TEXT    NOT NULL,
    previous_secret_kid  TEXT,
    previous_until       INTEGER,
    api_key_kid          TEXT,
    api_base             TEXT    NOT NULL,
    tolerance_seconds    INTEGER NOT NULL,
    connected_at         INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);

CREATE TABLE billing_prices (
    id              INTEGER PRIMARY KEY,
    tenant_id       INTEGER NOT NULL REFERENCES tenants (id),
    price           TEXT    NOT NULL,
    product_id      INTEGER NOT NULL,
    plan_id         INTEGER,
    seats_per_unit  INTEGER,
    created_at      INTEGER NOT NULL,
    UNIQUE (tenant_id, price),
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES plans (tenant_id, id)
);

-- One row per delivery. An event id is `applied` or `ignored` once at
-- most; a `failed` one is tried again when delivered again; each repeat of
-- a settled one is a `duplicate` row of its own.
CREATE TABLE billing_events (
    id           INTEGER PRIMARY KEY,
    tenant_id    INTEGER NOT NULL REFERENCES tenants (id),
    event_id     TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    created      INTEGER NOT NULL,
    received_at  INTEGER NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('applied', 'duplicate', 'ignored', 'failed')),
    reason       TEXT    NOT NULL,
    source       TEXT,
    licenses     TEXT    NOT NULL DEFAULT '[]'
);
CREATE UNIQUE INDEX billing_events_once ON billing_events (tenant_id, event_id)
    WHERE status IN ('applied', 'ignored');
CREATE INDEX billing_events_by_status ON billing_events (tenant_id, status, id);

-- A subscription (`sub_…`) or a one-time payment's checkout session
-- (`cs_…`) as the newest applied event described it.
CREATE TABLE billing_sources (
    id               INTEGER PRIMARY KEY,
    tenant_id        INTEGER NOT NULL REFERENCES tenants (id),
    source           TEXT    NOT NULL,
    stripe_customer  TEXT,
    status           TEXT,
    items            TEXT    NOT NULL DEFAULT '[]',
    ended            INTEGER NOT NULL DEFAULT 0 CHECK (ended IN (0, 1)),
    hold             TEXT,
    last_created     INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    UNIQUE (tenant_id, source)
);

-- The license each item of a source made.
CREATE TABLE billing_links (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id),
    source      TEXT    NOT NULL,
    item        TEXT    NOT NULL,
    price       TEXT    NOT NULL,
    quantity    INTEGER NOT NULL,
    license_id  INTEGER NOT NULL REFERENCES licenses (id),
    created_at  INTEGER NOT NULL,
    UNIQUE (tenant_id, source, item)
);

-- A Stripe customer (`cus_…`): what events said of it, and the keywright
-- customer it became.
CREATE TABLE billing_customers (
    id               INTEGER PRIMARY KEY,
    tenant_id        INTEGER NOT NULL REFERENCES tenants (id),
    stripe_customer  TEXT    NOT NULL,
    email            TEXT,
    name             TEXT,
    customer_id      INTEGER REFERENCES customers (id),
    UNIQUE (tenant_id, stripe_customer)
);

-- Which source a payment (an invoice, payment intent or charge) paid for,
-- so that a refund or a dispute finds its licenses.
CREATE TABLE billing_payments (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id),
    reference   TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    UNIQUE (tenant_id, reference)
);

-- How a tenant's email goes out (the SMTP password lives in the key store;
-- `password_kid` names it), and its own template (NULL: the default).
CREATE TABLE email_settings (
    id            INTEGER PRIMARY KEY,
    tenant_id     INTEGER NOT NULL UNIQUE REFERENCES tenants (id),
    smtp_url      TEXT    NOT NULL,
    password_kid  TEXT,
    from_address  TEXT    NOT NULL,
    template      TEXT,
    updated_at    INTEGER NOT NULL
);

-- The email outbox: a license's email, queued in the transaction that made
-- the license and sent in the background; rendered when sent, so that it
-- carries the license as it is then.
CREATE TABLE email_outbox (
    id               INTEGER PRIMARY KEY,
    tenant_id        INTEGER NOT NULL REFERENCES tenants (id),
    license_id       INTEGER NOT NULL REFERENCES licenses (id),
    to_address       TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    sent_at          INTEGER
);
CREATE INDEX email_outbox_due ON email_outbox (status, next_attempt_at);
