-- Schema 14. A count of changes (meta.changes), as PostgreSQL's schema
-- has kept since it began: a running service remembers what it read of
-- licenses, their machines, tenants and keys (and the seal checks of
-- those rows) while the count stays the same (docs/deploy.md,
-- docs/threat-model.md). Until now SQLite's connections followed
-- `PRAGMA data_version`, which every commit moves, the service's own
-- writes of its counters of validations every two seconds among them:
-- what a service remembered lasted two seconds.
--
-- Every write of keywright that changes a row other than those counters
-- moves the count in its own transaction (store/sqlite/database.rs). The
-- triggers below move it for a change made by anything else, whoever
-- runs it (a `sqlite3` shell, a script): any update or deletion of the
-- rows a service remembers, and any machine added. A row inserted by
-- anyone else is not remembered before it is read, so inserts into
-- licenses and the audit log (the batches of `license issue`) need no
-- trigger, and pay none.
INSERT INTO meta (name, value) VALUES ('changes', '0');

CREATE TRIGGER tenants_changed_update AFTER UPDATE ON tenants
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER tenants_changed_delete AFTER DELETE ON tenants
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER signing_keys_changed_update AFTER UPDATE ON signing_keys
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER signing_keys_changed_delete AFTER DELETE ON signing_keys
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER licenses_changed_update AFTER UPDATE ON licenses
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER licenses_changed_delete AFTER DELETE ON licenses
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER api_keys_changed_update AFTER UPDATE ON api_keys
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER api_keys_changed_delete AFTER DELETE ON api_keys
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER products_changed_update AFTER UPDATE ON products
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER products_changed_delete AFTER DELETE ON products
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER plans_changed_update AFTER UPDATE ON plans
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER plans_changed_delete AFTER DELETE ON plans
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER customers_changed_update AFTER UPDATE ON customers
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER customers_changed_delete AFTER DELETE ON customers
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER audit_log_changed_update AFTER UPDATE ON audit_log
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER audit_log_changed_delete AFTER DELETE ON audit_log
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER activations_changed_insert AFTER INSERT ON activations
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER activations_changed_update AFTER UPDATE ON activations
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;
CREATE TRIGGER activations_changed_delete AFTER DELETE ON activations
    BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'changes'; END;

-- The count only grows: a writer who could set it back in the transaction
-- of an edit would have the edit answered from what was read before it.
-- Lowering it, renaming or deleting its row is refused; only dropping
-- this trigger (a change of the schema) gets past it.
CREATE TRIGGER meta_changes_only_grow BEFORE UPDATE ON meta
    WHEN OLD.name = 'changes' AND (NEW.name IS NOT 'changes'
        OR NOT (NEW.value GLOB '[0-9]*' AND NOT NEW.value GLOB '*[^0-9]*')
        OR CAST(NEW.value AS INTEGER) < CAST(OLD.value AS INTEGER))
    BEGIN SELECT RAISE(ABORT, 'the count of changes of keywright only grows'); END;
CREATE TRIGGER meta_changes_kept BEFORE DELETE ON meta
    WHEN OLD.name = 'changes'
    BEGIN SELECT RAISE(ABORT, 'the count of changes of keywright only grows'); END;
