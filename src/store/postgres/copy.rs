//! Writing a copy into PostgreSQL (`store/copy.rs`): every table in one
//! transaction, by binary `COPY`, so that a failure leaves the target as it
//! was; then the target takes the source's database id (its sealing key is
//! kept under it), its id sequences move past the copied ids, and its
//! statistics are gathered.

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};

use super::database::PostgresStore;
use crate::error::{Error, Result};
use crate::store::Tx;
use crate::store::copy::{Cell, TABLES};

impl PostgresStore {
    /// Copies every row the transaction `source` sees into this database,
    /// which must hold none, under the source's `database_id`; `copied` is
    /// told of each row written.
    pub fn copy_from(
        &mut self,
        source: &Tx<'_>,
        database_id: &str,
        copied: &dyn Fn(u64),
    ) -> Result<()> {
        let held: i64 = self.counts()?.iter().map(|(_, n)| n).sum();
        if held > 0 {
            return Err(Error::usage(format!(
                "{} already holds keywright data ({held} rows); copy into an empty database",
                self.shown()
            )));
        }
        let target = self.target().clone();
        let failed = |doing: &str| {
            let (target, doing) = (target.clone(), doing.to_string());
            move |err: postgres::Error| super::connect::failed_while(&target, &err, &doing)
        };
        let mut tx = self
            .client()
            .build_transaction()
            .read_only(false)
            .start()
            .map_err(failed("begin the copy"))?;
        for table in TABLES {
            let columns = columns_of(&mut tx, table).map_err(failed("read the target's tables"))?;
            let failed = failed(&format!("copy {table}"));
            copy_table(&mut tx, source, (table, &columns), &failed, copied)?;
        }
        tx.execute(
            "UPDATE meta SET value = $1 WHERE name = 'database_id'",
            &[&database_id],
        )
        .map_err(failed("record the database id"))?;
        tx.commit().map_err(failed("commit the copy"))?;
        // A copied database has no statistics until autovacuum gets to
        // it, and plans made meanwhile follow default estimates.
        self.client()
            .batch_execute("ANALYZE")
            .map_err(failed("gather the copy's statistics"))
    }
}

/// A table's columns and their types, in the table's order.
fn columns_of(
    tx: &mut postgres::Transaction<'_>,
    table: &str,
) -> std::result::Result<Vec<(String, Type)>, postgres::Error> {
    let rows = tx.query(
        "SELECT a.attname::text, a.atttypid FROM pg_attribute a
         WHERE a.attrelid = $1::text::regclass AND a.attnum > 0 AND NOT a.attisdropped
         ORDER BY a.attnum",
        &[&table],
    )?;
    Ok(rows
        .iter()
        .map(|row| {
            let oid: u32 = row.get(1);
            (row.get(0), Type::from_oid(oid).unwrap_or(Type::TEXT))
        })
        .collect())
}

fn copy_table(
    tx: &mut postgres::Transaction<'_>,
    source: &Tx<'_>,
    (table, columns): (&str, &[(String, Type)]),
    failed: &dyn Fn(postgres::Error) -> Error,
    copied: &dyn Fn(u64),
) -> Result<()> {
    let names: Vec<String> = columns.iter().map(|(name, _)| name.clone()).collect();
    let types: Vec<Type> = columns.iter().map(|(_, ty)| ty.clone()).collect();
    let sql = format!("COPY {table} ({}) FROM STDIN BINARY", names.join(", "));
    let mut writer = BinaryCopyInWriter::new(tx.copy_in(&sql).map_err(failed)?, &types);
    source.each_row_of(table, &names, &mut |cells| {
        let values = cells
            .into_iter()
            .zip(columns)
            .map(|(cell, (column, ty))| value(cell, ty, table, column))
            .collect::<Result<Vec<_>>>()?;
        let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v.as_ref()).collect();
        writer.write(&refs).map_err(failed)?;
        copied(1);
        Ok(())
    })?;
    writer.finish().map_err(failed)?;
    let moved = format!(
        "SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table} HAVING count(*) > 0"
    );
    tx.execute(&moved, &[]).map_err(failed)?;
    Ok(())
}

/// A source's value as the target's column keeps it.
pub(super) fn value(
    cell: Cell,
    ty: &Type,
    table: &str,
    column: &str,
) -> Result<Box<dyn ToSql + Sync>> {
    Ok(match (cell, ty) {
        (Cell::Null, &Type::BOOL) => Box::new(None::<bool>),
        (Cell::Null, &Type::INT8) => Box::new(None::<i64>),
        (Cell::Null, &Type::BYTEA) => Box::new(None::<Vec<u8>>),
        (Cell::Null, _) => Box::new(None::<String>),
        (Cell::Integer(i), &Type::BOOL) => Box::new(i != 0),
        (Cell::Integer(i), &Type::INT8) => Box::new(i),
        (Cell::Text(t), &Type::TEXT) => Box::new(t),
        (Cell::Bytes(b), &Type::BYTEA) => Box::new(b),
        (cell, ty) => {
            return Err(Error::runtime(format!(
                "the source's {table}.{column} holds {cell:?} where PostgreSQL keeps {ty}; run keywright doctor on the source"
            )));
        }
    })
}
