//! The tamper matrix: every column of every table edited, rows deleted,
//! duplicated and reordered, each on a fresh copy of one database. Each
//! case is either detected (`doctor`, which runs every check: integrity,
//! licenses against their tokens, the audit chain, keys, seals) or named in
//! docs/threat-model.md as out of reach, with the reason.

use rusqlite::Connection;
use rusqlite::types::Value;

use crate::util::Sandbox;

/// Every table and the rows of it the cases change: the first row, and for
/// reordering the first two.
const TABLES: &[&str] = &[
    "tenants",
    "signing_keys",
    "products",
    "plans",
    "customers",
    "licenses",
    "activations",
    "audit_log",
    "audit_checkpoints",
    "api_keys",
    "webhook_deliveries",
    "meta",
];

/// One database with a row in every table: two keys (one rotated out), a
/// plan, two customers, a license with two machines, a revoked license, an
/// API key, a queued webhook and an audit checkpoint.
fn baseline() -> Sandbox {
    // The matrix of edits is drawn from SQLite's schema, table by table.
    let s = Sandbox::on_sqlite().set_up_shop("ed25519");
    s.ok(&["key", "rotate"]);
    s.ok(&[
        "plan",
        "create",
        "app",
        "pro",
        "--seats",
        "2",
        "--feature",
        "sso",
    ]);
    s.ok(&["customer", "create", "bob@example.com", "--name", "Bob"]);
    s.ok(&["api-key", "create", "--role", "validator", "-q"]);
    s.ok(&[
        "tenant",
        "update",
        "acme",
        "--webhook-url",
        "http://127.0.0.1:9/hook",
        "--webhook-allow-private",
    ]);
    let key = s.issue_key(&["--plan", "pro"]);
    s.ok(&["license", "activate", &key, "--fingerprint", "m1"]);
    s.ok(&["license", "activate", &key, "--fingerprint", "m2"]);
    let revoked = s.json(&[
        "license",
        "issue",
        "--product",
        "app",
        "--customer",
        "bob@example.com",
    ]);
    s.ok(&[
        "license",
        "revoke",
        revoked["items"][0]["key"].as_str().unwrap(),
        "--yes",
    ]);
    queue_a_webhook(&s);
    s.ok(&["audit", "checkpoint"]);
    s.ok(&["doctor"]);
    s
}

/// Queues a webhook as the service does when it sees suspicious activity
/// (through the library: the commands queue none).
fn queue_a_webhook(s: &Sandbox) {
    use keywright::keystore::{KeyStore, KeyStoreKind};
    use keywright::store::{NewWebhook, Store};
    let keys = KeyStore::new(
        KeyStoreKind::File,
        &s.db_path().parent().unwrap().join("keys"),
    );
    let mut store = Store::open_existing(&s.db_path()).unwrap();
    keywright::service::sealing::attach(&mut store, &keys).unwrap();
    store
        .write(|tx| {
            let tenant = tx.tenant_by_slug("acme")?.unwrap();
            let webhook = NewWebhook {
                event: "license.suspicious_activity",
                url: "http://127.0.0.1:9/hook",
                body: "{\"event\":\"license.suspicious_activity\"}",
            };
            tx.scope(&tenant)?.queue_webhook(&webhook, 0)
        })
        .unwrap();
}

/// A column's value changed the way an attacker would: a number moved by
/// one, text with a character added, a state word swapped for another.
fn changed(column: &str, value: &Value) -> Value {
    match (column, value) {
        ("status", Value::Text(t)) => Value::Text(
            match t.as_str() {
                "active" => "suspended",
                "suspended" | "revoked" | "retired" => "active",
                "pending" => "delivered",
                _ => "active",
            }
            .into(),
        ),
        ("role", _) => Value::Text("admin".into()),
        ("algorithm", Value::Text(t)) => {
            Value::Text(if t == "ed25519" { "hmac" } else { "ed25519" }.into())
        }
        (_, Value::Integer(n)) => Value::Integer(n + 1),
        (_, Value::Real(x)) => Value::Real(x + 1.0),
        (_, Value::Text(t)) if t == "[]" => Value::Text("[\"x\"]".into()),
        (_, Value::Text(t)) if t.starts_with('[') && t.ends_with(']') => {
            Value::Text(format!("{},\"x\"]", &t[..t.len() - 1]))
        }
        (_, Value::Text(t)) => Value::Text(format!("{t}x")),
        (_, Value::Blob(b)) => {
            let mut b = b.clone();
            if let Some(first) = b.first_mut() {
                *first ^= 1;
            }
            Value::Blob(b)
        }
        (_, Value::Null) => Value::Integer(1),
    }
}

fn columns(conn: &Connection, table: &str) -> Vec<String> {
    conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn key_column(table: &str) -> &'static str {
    if table == "meta" { "name" } else { "id" }
}

/// The cases for one table: (name, SQL).
fn cases(conn: &Connection, table: &str) -> Vec<(String, String)> {
    let id_col = key_column(table);
    let ids: Vec<Value> = conn
        .prepare(&format!(
            "SELECT {id_col} FROM {table} ORDER BY {id_col} LIMIT 2"
        ))
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!ids.is_empty(), "the baseline has no row in {table}");
    let first = sql_literal(&ids[0]);
    let mut cases = Vec::new();
    for column in columns(conn, table) {
        if column == id_col && id_col == "id" {
            cases.push((
                format!("{table}.id"),
                format!("UPDATE {table} SET id = (SELECT MAX(id) + 1000 FROM {table}) WHERE id = {first}"),
            ));
            continue;
        }
        let value: Value = conn
            .query_row(
                &format!("SELECT {column} FROM {table} WHERE {id_col} = {first}"),
                [],
                |r| r.get(0),
            )
            .unwrap();
        let new = changed(&column, &value);
        cases.push((
            format!("{table}.{column}"),
            format!(
                "UPDATE {table} SET {column} = {} WHERE {id_col} = {first}",
                sql_literal(&new)
            ),
        ));
    }
    cases.push((
        format!("{table}: a row deleted"),
        format!("DELETE FROM {table} WHERE {id_col} = {first}"),
    ));
    if id_col == "id" {
        let cols: Vec<String> = columns(conn, table)
            .into_iter()
            .filter(|c| c != "id")
            .collect();
        let list = cols.join(", ");
        cases.push((
            format!("{table}: a row duplicated"),
            format!("INSERT OR IGNORE INTO {table} ({list}) SELECT {list} FROM {table} WHERE id = {first}"),
        ));
        if let Some(second) = ids.get(1) {
            let second = sql_literal(second);
            cases.push((
                format!("{table}: two rows reordered"),
                format!(
                    "UPDATE {table} SET id = -1 WHERE id = {first}; UPDATE {table} SET id = {first} WHERE id = {second}; UPDATE {table} SET id = {second} WHERE id = -1"
                ),
            ));
        }
    }
    cases
}

fn sql_literal(value: &Value) -> String {
    match value {
        Value::Null => "NULL".into(),
        Value::Integer(n) => n.to_string(),
        Value::Real(x) => x.to_string(),
        Value::Text(t) => format!("'{}'", t.replace('\'', "''")),
        Value::Blob(b) => format!(
            "x'{}'",
            b.iter().map(|x| format!("{x:02x}")).collect::<String>()
        ),
    }
}

/// Whether `doctor` reports a problem (or refuses to run) on the copy.
fn detected(s: &Sandbox) -> bool {
    let out = s.cmd().args(["doctor", "--json"]).output().unwrap();
    !out.status.success()
}

#[test]
fn every_edit_of_every_table_is_detected_or_documented_as_out_of_reach() {
    let base = baseline();
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/threat-model.md"),
    )
    .unwrap();
    let conn = Connection::open(base.db_path()).unwrap();
    let all: Vec<(String, String)> = TABLES.iter().flat_map(|t| cases(&conn, t)).collect();
    drop(conn);
    let mut undetected = Vec::new();
    let mut detected_count = 0;
    let mut refused = 0;
    for (name, sql) in &all {
        let copy = Sandbox::copy_of(&base);
        let conn = Connection::open(copy.db_path()).unwrap();
        // An edit the schema itself refuses or ignores (a uniqueness rule)
        // is not one an attacker can make either.
        let applied = conn.execute_batch(&format!("PRAGMA foreign_keys = OFF; {sql}"));
        if applied.is_err() || conn.total_changes() == 0 {
            refused += 1;
            continue;
        }
        drop(conn);
        if detected(&copy) {
            detected_count += 1;
        } else {
            undetected.push(name.clone());
        }
    }
    let undocumented: Vec<&String> = undetected
        .iter()
        .filter(|name| !doc.contains(&format!("`{name}`")))
        .collect();
    assert!(
        undocumented.is_empty(),
        "{} cases, {detected_count} detected; not detected and not in docs/threat-model.md: {undocumented:#?}",
        all.len()
    );
    assert!(all.len() >= 150, "{} cases", all.len());
    eprintln!(
        "tamper matrix: {} cases, {detected_count} detected, {refused} refused by the schema, {} documented as out of reach",
        all.len(),
        undetected.len()
    );
}
