-- Schema 13. A service writes the counters of validations it answered
-- every two seconds, for thousands of licenses at once. Kept in the rows
-- of `licenses`, each flush wrote a new version of those wide rows (their
-- tokens, terms and seals). Here they have a narrow table of their own,
-- one row for each license validated at least once (`id` is the license's
-- id), with room in its pages for updates in place (HOT); `licenses` no
-- longer needs the room schema 10 left. Counters are not sealed and do
-- not move the count of changes (docs/threat-model.md).
CREATE TABLE license_counters (
    id                bigint PRIMARY KEY,
    tenant_id         bigint NOT NULL,
    validations       bigint NOT NULL,
    last_validated_at bigint,
    FOREIGN KEY (tenant_id, id) REFERENCES licenses (tenant_id, id)
) WITH (fillfactor = 80);
INSERT INTO license_counters (id, tenant_id, validations, last_validated_at)
    SELECT id, tenant_id, validations, last_validated_at FROM licenses
    WHERE validations <> 0 OR last_validated_at IS NOT NULL;
ALTER TABLE licenses DROP COLUMN validations, DROP COLUMN last_validated_at;
ALTER TABLE licenses RESET (fillfactor);
