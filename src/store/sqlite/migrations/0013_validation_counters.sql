-- Schema 13. A service writes the counters of validations it answered
-- every two seconds, for thousands of licenses at once. Kept in the rows
-- of `licenses`, each flush rewrote the pages of those wide rows (their
-- tokens, terms and seals): tens of megabytes at 100,000 licenses. Here
-- they have a narrow table of their own, one row for each license
-- validated at least once (`id` is the license's id); a license never
-- validated has none. Counters are not sealed (docs/threat-model.md).
CREATE TABLE license_counters (
    id                INTEGER PRIMARY KEY,
    tenant_id         INTEGER NOT NULL,
    validations       INTEGER NOT NULL,
    last_validated_at INTEGER,
    FOREIGN KEY (tenant_id, id) REFERENCES licenses (tenant_id, id)
) STRICT;
INSERT INTO license_counters (id, tenant_id, validations, last_validated_at)
    SELECT id, tenant_id, validations, last_validated_at FROM licenses
    WHERE validations <> 0 OR last_validated_at IS NOT NULL;
ALTER TABLE licenses DROP COLUMN validations;
ALTER TABLE licenses DROP COLUMN last_validated_at;
