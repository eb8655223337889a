//! PostgreSQL's schema migrations, beside SQLite's and numbered as they
//! are: each step brings the schema to a version SQLite's migrations also
//! reach, in one transaction, while an advisory lock keeps two instances
//! starting at once from migrating together. A migration is never edited
//! once released: add the next step instead.

use postgres::Client;

use crate::error::Error;
use crate::store::SCHEMA_VERSION;

/// The steps, each with the schema version it reaches.
const STEPS: &[(i64, &str)] = &[
    (6, include_str!("migrations/0001_schema.sql")),
    (7, include_str!("migrations/0002_billing.sql")),
    (8, include_str!("migrations/0003_policies.sql")),
    (9, include_str!("migrations/0004_expiry_and_renewal.sql")),
    (10, include_str!("migrations/0005_room_for_counters.sql")),
    (11, include_str!("migrations/0006_changes_only_grow.sql")),
    (12, include_str!("migrations/0007_covering_freshness.sql")),
    (13, include_str!("migrations/0008_validation_counters.sql")),
    (14, include_str!("migrations/0009_count_of_changes.sql")),
];

/// The advisory lock migrations hold: "keywright" in ASCII, as a number.
const MIGRATION_LOCK: i64 = 0x6b65_7977_7269_6768;

/// Brings the schema up to date; returns the version the database had.
/// A database of another program, or one with a newer schema, is refused
/// and left as it was.
pub fn run(client: &mut Client, create: bool) -> std::result::Result<i64, Refusal> {
    client.execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])?;
    let migrated = match schema_version(client) {
        Ok(0) if !create => Err(Refusal::Empty),
        Ok(_) => migrate_locked(client),
        Err(refusal) => Err(refusal),
    };
    client.execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK])?;
    migrated
}

fn migrate_locked(client: &mut Client) -> std::result::Result<i64, Refusal> {
    let current = schema_version(client)?;
    if current > SCHEMA_VERSION {
        return Err(Refusal::Newer(current));
    }
    for (version, sql) in STEPS.iter().filter(|(version, _)| *version > current) {
        let mut tx = client.build_transaction().read_only(false).start()?;
        tx.batch_execute(sql)?;
        tx.execute(
            "INSERT INTO meta (name, value) VALUES ('schema_version', $1)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            &[&version.to_string()],
        )?;
        tx.commit()?;
    }
    Ok(current)
}

/// The schema version the database records: 0 for an empty database.
pub fn schema_version(client: &mut Client) -> std::result::Result<i64, Refusal> {
    let has_meta: bool = client
        .query_one("SELECT to_regclass('meta') IS NOT NULL", &[])?
        .get(0);
    if !has_meta {
        let tables: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()",
                &[],
            )?
            .get(0);
        return if tables == 0 {
            Ok(0)
        } else {
            Err(Refusal::Foreign)
        };
    }
    let row = client.query_opt("SELECT value FROM meta WHERE name = 'schema_version'", &[])?;
    let version = row.and_then(|row| row.get::<_, String>(0).parse().ok());
    version.ok_or(Refusal::Foreign)
}

/// Why a database's schema cannot be used.
#[derive(Debug)]
pub enum Refusal {
    /// The database holds no table yet, and was to be used, not made.
    Empty,
    /// The database holds tables that are not keywright's.
    Foreign,
    /// A newer keywright wrote it.
    Newer(i64),
    /// The database failed.
    Failed(postgres::Error),
}

impl From<postgres::Error> for Refusal {
    fn from(err: postgres::Error) -> Refusal {
        Refusal::Failed(err)
    }
}

impl Refusal {
    /// The refusal in one sentence about the database `shown`.
    pub fn into_error(self, shown: &str, failed: impl FnOnce(postgres::Error) -> Error) -> Error {
        match self {
            Refusal::Empty => Error::usage(format!(
                "there is no keywright database in {shown} yet; create it with `keywright init`, or copy one into it with `keywright db copy --to URL`"
            )),
            Refusal::Foreign => Error::Database {
                path: shown.to_string(),
                reason:
                    "holds tables that are not keywright's; give keywright a database of its own"
                        .into(),
            },
            Refusal::Newer(version) => Error::Database {
                path: shown.to_string(),
                reason: format!(
                    "has schema version {version}, newer than this keywright understands ({SCHEMA_VERSION}); upgrade keywright"
                ),
            },
            Refusal::Failed(err) => failed(err),
        }
    }
}
