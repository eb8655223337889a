//! Append-only schema migrations, tracked with `PRAGMA user_version`.
//! A migration is never edited once released: add the next file instead.

use rusqlite::Connection;

use crate::error::{Error, Result};

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_service.sql"),
    include_str!("migrations/0003_offline.sql"),
    include_str!("migrations/0004_seals.sql"),
    include_str!("migrations/0005_indexes.sql"),
    include_str!("migrations/0006_first_hour.sql"),
    include_str!("migrations/0007_billing.sql"),
    include_str!("migrations/0008_policies.sql"),
    include_str!("migrations/0009_expiry_and_renewal.sql"),
    include_str!("migrations/0010_room_for_counters.sql"),
    include_str!("migrations/0011_changes_only_grow.sql"),
    include_str!("migrations/0012_covering_freshness.sql"),
    include_str!("migrations/0013_validation_counters.sql"),
    include_str!("migrations/0014_count_of_changes.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Whether the database was made by keywright: `init` gives it a schema
/// version, which no other program's database has under keywright's tables.
pub fn is_keywright(conn: &Connection) -> Result<bool> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let has_tenants: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'tenants')",
        [],
        |row| row.get(0),
    )?;
    Ok(version > 0 && has_tenants)
}

/// Brings the schema up to date; returns the version the file had before.
pub fn run(conn: &mut Connection) -> Result<i64> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if current > SCHEMA_VERSION {
        return Err(Error::runtime(format!(
            "the database has schema version {current}, newer than this keywright understands ({SCHEMA_VERSION}); upgrade keywright"
        )));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_reach_the_current_version_and_are_idempotent() {
        let mut conn = Connection::open_in_memory().unwrap();
        run(&mut conn).unwrap();
        run(&mut conn).unwrap();
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
    }

    /// Inserts a row of `table` with `given` columns and every other
    /// required column filled with a placeholder of its type.
    fn insert_row(conn: &Connection, table: &str, given: &[(&str, &str)]) {
        let mut stmt = conn
            .prepare(&format!("SELECT name, type FROM pragma_table_info('{table}') WHERE \"notnull\" AND dflt_value IS NULL"))
            .unwrap();
        let required: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut columns: Vec<(String, String)> = given
            .iter()
            .map(|(c, v)| (c.to_string(), v.to_string()))
            .collect();
        for (name, kind) in required {
            if !columns.iter().any(|(c, _)| *c == name) {
                let value = match (&*name, &*kind) {
                    ("status", _) => "'active'",
                    (_, "INTEGER") => "1",
                    _ => "'x'",
                };
                columns.push((name, value.to_string()));
            }
        }
        let (names, values): (Vec<String>, Vec<String>) = columns.into_iter().unzip();
        let sql = format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            names.join(", "),
            values.join(", ")
        );
        conn.execute(&sql, []).unwrap();
    }

    #[test]
    fn schema_13_keeps_the_counters_of_validations_in_their_own_table() {
        let mut conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..12] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 12).unwrap();
        insert_row(&conn, "tenants", &[("id", "1")]);
        insert_row(&conn, "products", &[("id", "1"), ("tenant_id", "1")]);
        insert_row(&conn, "customers", &[("id", "1"), ("tenant_id", "1")]);
        for (id, counts) in [(1, "5, 1700000000"), (2, "0, NULL")] {
            let key = format!("'K{id}'");
            let given = [("id", &*id.to_string()), ("tenant_id", "1"), ("key", &key)];
            insert_row(&conn, "licenses", &given);
            conn.execute_batch(&format!(
                "UPDATE licenses SET (validations, last_validated_at) = ({counts}) WHERE id = {id}"
            ))
            .unwrap();
        }
        run(&mut conn).unwrap();
        let counters: Vec<(i64, i64, i64, Option<i64>)> = conn
            .prepare("SELECT id, tenant_id, validations, last_validated_at FROM license_counters")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(counters, [(1, 1, 5, Some(1_700_000_000))]);
        let left: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM pragma_table_info('licenses') WHERE name LIKE '%validat%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(left, 0);
    }

    #[test]
    fn schema_14_counts_every_change_made_outside_keywright_and_the_count_only_grows() {
        let mut conn = Connection::open_in_memory().unwrap();
        run(&mut conn).unwrap();
        let count = |conn: &Connection| -> i64 {
            conn.query_row(
                "SELECT CAST(value AS INTEGER) FROM meta WHERE name = 'changes'",
                [],
                |r| r.get(0),
            )
            .unwrap()
        };
        insert_row(&conn, "tenants", &[("id", "1")]);
        insert_row(&conn, "products", &[("id", "1"), ("tenant_id", "1")]);
        insert_row(&conn, "customers", &[("id", "1"), ("tenant_id", "1")]);
        insert_row(
            &conn,
            "licenses",
            &[("id", "1"), ("tenant_id", "1"), ("key", "'K1'")],
        );
        // Inserted rows are read before anything remembers them: no count.
        assert_eq!(count(&conn), 0);
        let moved = [
            "UPDATE tenants SET name = 'Evil' WHERE id = 1",
            "UPDATE customers SET email = 'eve@example.com' WHERE id = 1",
            "UPDATE licenses SET status = 'active' WHERE id = 1",
            "INSERT INTO activations (tenant_id, license_id, fingerprint, first_seen, last_seen) VALUES (1, 1, 'fp', 1, 1)",
            "DELETE FROM activations",
            "UPDATE products SET slug = 'other' WHERE id = 1",
        ];
        for (i, sql) in moved.iter().enumerate() {
            conn.execute_batch(sql).unwrap();
            assert_eq!(count(&conn), i as i64 + 1, "{sql}");
        }
        conn.execute_batch(
            "INSERT INTO license_counters (id, tenant_id, validations) VALUES (1, 1, 5)",
        )
        .unwrap();
        assert_eq!(count(&conn), moved.len() as i64);
        for refused in [
            "UPDATE meta SET value = '0' WHERE name = 'changes'",
            "UPDATE meta SET value = 'x' WHERE name = 'changes'",
            "UPDATE meta SET name = 'other' WHERE name = 'changes'",
            "DELETE FROM meta WHERE name = 'changes'",
            "DELETE FROM meta",
        ] {
            let err = conn.execute_batch(refused).unwrap_err();
            assert!(err.to_string().contains("only grows"), "{refused}: {err}");
        }
        conn.execute_batch("UPDATE meta SET value = '100' WHERE name = 'changes'")
            .unwrap();
        assert_eq!(count(&conn), 100);
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        let err = run(&mut conn).unwrap_err();
        assert!(err.to_string().contains("upgrade keywright"));
    }
}
