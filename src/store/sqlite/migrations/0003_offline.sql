-- keywright schema, version 3: machines without a network, and keys that
-- installed copies follow offline (docs/offline.md).

-- A key endorsement (kre+jwt): the key retired by `key rotate` signs the new
-- key's public JWK, so that an application trusting the old key trusts the
-- new one.
ALTER TABLE signing_keys ADD COLUMN endorsement TEXT;
-- A key revoked for good: on every later revocation list (`revoked_kids`).
ALTER TABLE signing_keys ADD COLUMN revoked_at INTEGER;

-- The public key (base64url, Ed25519) of a machine activated by request
-- file; its deactivation proof must be signed by the same key.
ALTER TABLE activations ADD COLUMN public_key TEXT;

-- Nonces of activation requests and deactivation proofs already accepted:
-- each file is accepted once.
CREATE TABLE machine_nonces (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id),
    license_id  INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('activation', 'deactivation')),
    nonce       TEXT    NOT NULL,
    used_at     INTEGER NOT NULL,
    UNIQUE (tenant_id, license_id, kind, nonce),
    FOREIGN KEY (tenant_id, license_id) REFERENCES licenses (tenant_id, id)
) STRICT;
