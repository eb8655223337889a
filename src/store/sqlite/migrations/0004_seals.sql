-- keywright schema, version 4: seals (docs/threat-model.md).
-- The key store is the trust anchor and the database is evidence checked
-- against it: every row that decides a verdict carries `seal`, an
-- HMAC-SHA256 of its columns under the database's sealing key, which lives
-- only in the key store. `changed_seq` is the tenant's audit sequence when
-- the row was last sealed: an audit entry about the row newer than it
-- means the row was rolled back. Existing rows are sealed by the first
-- command that opens the database after this migration.

-- The database's identity: its sealing key is kept in the key store under
-- `_db-ID/seal`.
CREATE TABLE meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
INSERT INTO meta (name, value) VALUES ('database_id', lower(hex(randomblob(16))));

ALTER TABLE tenants      ADD COLUMN seal TEXT;
ALTER TABLE signing_keys ADD COLUMN seal TEXT;
ALTER TABLE signing_keys ADD COLUMN changed_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE licenses     ADD COLUMN seal TEXT;
ALTER TABLE licenses     ADD COLUMN changed_seq INTEGER NOT NULL DEFAULT 0;
-- How many activation rows the license has: deleting one to free a seat
-- no longer matches it.
ALTER TABLE licenses     ADD COLUMN machines INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activations  ADD COLUMN seal TEXT;
-- An API key row planted with a known secret's hash, or given a higher
-- role, would open the service; a queued webhook edited would be signed
-- and sent wherever it says.
ALTER TABLE api_keys           ADD COLUMN seal TEXT;
ALTER TABLE webhook_deliveries ADD COLUMN seal TEXT;
