-- Schema 11: the count of changes (meta.changes) only grows. A running
-- service uses the seal checks it remembers while the count stays the same
-- (docs/threat-model.md), so a writer who could set the count back in the
-- transaction of an edit would have the edit answered from checks made
-- before it. Lowering the count, renaming or deleting its row, or emptying
-- the table is refused; only rights over the schema (to drop this trigger)
-- get past it.
CREATE FUNCTION keywright_changes_only_grow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'the meta table of keywright cannot be emptied';
    END IF;
    IF OLD.name = 'changes' AND (TG_OP = 'DELETE' OR NEW.name <> 'changes'
            OR NEW.value !~ '^[0-9]{1,18}$' OR NEW.value::bigint < OLD.value::bigint) THEN
        RAISE EXCEPTION 'the count of changes of keywright only grows';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER meta_changes_only_grow BEFORE UPDATE OR DELETE ON meta
    FOR EACH ROW EXECUTE FUNCTION keywright_changes_only_grow();
CREATE TRIGGER meta_never_emptied BEFORE TRUNCATE ON meta
    FOR EACH STATEMENT EXECUTE FUNCTION keywright_changes_only_grow();
