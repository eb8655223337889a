-- Schema 14. A running service now also remembers the licenses it read
-- (with their product's, plan's and customer's names) while the count of
-- changes stays the same, so a change of those rows moves the count too,
-- whoever makes it. SQLite's step to this version makes its own count.
CREATE TRIGGER products_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON products
    FOR EACH STATEMENT EXECUTE FUNCTION keywright_changed();
CREATE TRIGGER plans_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plans
    FOR EACH STATEMENT EXECUTE FUNCTION keywright_changed();
CREATE TRIGGER customers_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON customers
    FOR EACH STATEMENT EXECUTE FUNCTION keywright_changed();
