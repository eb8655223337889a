//! CSV as keywright writes it: cells that no spreadsheet runs as a
//! formula, lists and maps in the syntax of the flags, and records streamed
//! one at a time (as CSV or one JSON array) so that an export never holds
//! its rows.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use super::{Format, cells, to_value};

pub(super) fn write_csv(out: &mut impl Write, rows: &[Value]) -> io::Result<()> {
    let mut stream = RecordStream::new(out, Format::Csv, indicatif::ProgressBar::hidden());
    rows.iter().try_for_each(|row| stream.write(row))?;
    stream.finish().map(drop)
}

/// A CSV failure: a closed pipe or another I/O error, or a record that
/// could not be written.
impl From<csv::Error> for crate::error::Error {
    fn from(err: csv::Error) -> Self {
        match err.into_kind() {
            csv::ErrorKind::Io(io) => crate::error::Error::Output(io),
            other => crate::error::Error::runtime(format!("CSV could not be written: {other:?}")),
        }
    }
}

/// The I/O error inside a CSV error, so that a closed pipe is seen as one.
fn csv_io(err: csv::Error) -> io::Error {
    match err.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A value as one table cell: lists joined with commas, maps as `k=v`.
pub fn cell_text(value: &Value) -> String {
    let empty = match value {
        Value::Array(items) => items.is_empty(),
        Value::Object(map) => map.is_empty(),
        _ => false,
    };
    match value {
        Value::Null => "-".into(),
        _ if empty => "-".into(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        other => csv_text(other),
    }
}

/// A value as one CSV field: like a cell, but empty for null and true/false.
/// Lists and maps of plain values read as `a,b` and `k=v,k=v` (the syntax of
/// `--feature` and `--limit`); anything nested is compact JSON.
fn csv_text(value: &Value) -> String {
    let plain = |v: &Value| !matches!(v, Value::Array(_) | Value::Object(_));
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) if items.iter().all(plain) => {
            items.iter().map(csv_text).collect::<Vec<_>>().join(",")
        }
        Value::Object(map) if map.values().all(plain) => map
            .iter()
            .map(|(k, v)| format!("{k}={}", csv_text(v)))
            .collect::<Vec<_>>()
            .join(","),
        other => other.to_string(),
    }
}

/// Characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A CSV cell that no spreadsheet runs as a formula: one that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a `'` in front (as
/// OWASP recommends), and so does one that would otherwise read back as
/// such a cell (`'=…`), so the change is always undone exactly. Every CSV
/// keywright writes goes through here; [`csv_cell_read`] undoes it when
/// keywright reads its own CSV back.
pub fn csv_cell(text: &str) -> std::borrow::Cow<'_, str> {
    if needs_quote_mark(text) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A formula start, after any number of `'`.
fn needs_quote_mark(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// A cell as [`csv_cell`] wrote it, read back.
pub fn csv_cell_read(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if needs_quote_mark(rest) => rest,
        _ => text,
    }
}

/// One CSV record of plain text cells, neutralised.
pub fn csv_record<'a>(cells: impl IntoIterator<Item = &'a str>) -> io::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(cells.into_iter().map(|c| csv_cell(c).into_owned()))
        .map_err(csv_io)?;
    writer.into_inner().map_err(|e| e.into_error())
}

/// Writes records one at a time, as CSV (the header from the first
/// record's fields) or as one JSON array, so an export never holds its rows.
pub struct RecordStream<W: Write> {
    sink: Sink<W>,
    rows: u64,
    progress: indicatif::ProgressBar,
    /// The CSV header to write when no record comes.
    header: &'static [&'static str],
}

enum Sink<W: Write> {
    Csv(Box<CsvSink<W>>),
    Json(W),
}

/// CSV records, each written from its fields straight into reused cells.
struct CsvSink<W: Write> {
    writer: csv::Writer<W>,
    names: Vec<&'static str>,
    cells: Vec<String>,
}

impl<W: Write> CsvSink<W> {
    fn new(out: W) -> CsvSink<W> {
        CsvSink {
            writer: csv::Writer::from_writer(out),
            names: Vec::new(),
            cells: Vec::new(),
        }
    }

    /// Writes one record, after the header row when it is the first.
    fn write<T: Serialize>(&mut self, item: &T, first: bool) -> io::Result<()> {
        if cells::cells_of(item, &mut self.names, &mut self.cells).is_none() {
            return self.write_value(&to_value(item), first);
        }
        if first {
            let header = self.names.iter().map(|name| csv_cell(name).into_owned());
            self.writer.write_record(header).map_err(csv_io)?;
        }
        for cell in &self.cells {
            self.writer
                .write_field(csv_cell(cell).as_bytes())
                .map_err(csv_io)?;
        }
        self.writer.write_record(None::<&[u8]>).map_err(csv_io)
    }

    /// Writes a record too nested for cells through its JSON value.
    fn write_value(&mut self, value: &Value, first: bool) -> io::Result<()> {
        let Value::Object(map) = value else {
            return Ok(());
        };
        if first {
            let header = map.keys().map(|k| csv_cell(k).into_owned());
            self.writer.write_record(header).map_err(csv_io)?;
        }
        let row = map.values().map(|v| csv_cell(&csv_text(v)).into_owned());
        self.writer.write_record(row).map_err(csv_io)
    }
}

impl<W: Write> RecordStream<W> {
    /// JSON for `Format::Json`, CSV otherwise; `progress` counts the records.
    pub fn new(out: W, format: Format, progress: indicatif::ProgressBar) -> RecordStream<W> {
        let sink = match format {
            Format::Json => Sink::Json(out),
            _ => Sink::Csv(Box::new(CsvSink::new(out))),
        };
        RecordStream {
            sink,
            rows: 0,
            progress,
            header: &[],
        }
    }

    /// The same stream, writing `header` even when there are no records.
    pub fn with_header(self, header: &'static [&'static str]) -> RecordStream<W> {
        RecordStream { header, ..self }
    }

    pub fn write<T: Serialize>(&mut self, item: &T) -> io::Result<()> {
        match &mut self.sink {
            Sink::Csv(csv) => csv.write(item, self.rows == 0)?,
            Sink::Json(out) => {
                out.write_all(if self.rows == 0 { b"[\n  " } else { b",\n  " })?;
                serde_json::to_writer(&mut *out, &to_value(item))?;
            }
        }
        self.rows += 1;
        self.progress.inc(1);
        Ok(())
    }

    /// Closes the document and flushes; returns the number of records.
    pub fn finish(self) -> io::Result<u64> {
        self.progress.finish_and_clear();
        match self.sink {
            Sink::Csv(csv) => {
                let mut writer = csv.writer;
                if self.rows == 0 && !self.header.is_empty() {
                    writer
                        .write_record(self.header.iter().map(|h| csv_cell(h).into_owned()))
                        .map_err(csv_io)?;
                }
                writer.flush()?
            }
            Sink::Json(mut out) => {
                out.write_all(if self.rows == 0 { b"[]\n" } else { b"\n]\n" })?;
                out.flush()?;
            }
        }
        Ok(self.rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_written_from_their_fields_read_as_through_a_json_value() {
        #[derive(Serialize)]
        #[serde(rename_all = "lowercase")]
        enum State {
            Active,
        }
        #[derive(Serialize)]
        struct Row {
            key: &'static str,
            state: State,
            plan: Option<&'static str>,
            none: Option<i64>,
            features: Vec<&'static str>,
            empty: Vec<String>,
            limits: std::collections::BTreeMap<&'static str, i64>,
            trial: bool,
            at: crate::domain::time::UnixTime,
            formula: &'static str,
            ratio: f64,
        }
        let row = |key| Row {
            key,
            state: State::Active,
            plan: Some("pro, \"quoted\"\nline"),
            none: None,
            features: vec!["sso", "=cmd"],
            empty: Vec::new(),
            limits: [("seats", 5), ("cpus", -1)].into(),
            trial: true,
            at: crate::domain::time::UnixTime(1_800_000_000),
            formula: "-1",
            ratio: 0.5,
        };
        // The second record's cells are shorter or empty where the first's
        // were not: cells written over must not keep the first's text.
        let shorter = Row {
            plan: None,
            features: Vec::new(),
            limits: Default::default(),
            ..row("B")
        };
        let rows = [row("A"), shorter];
        let mut fast = CsvSink::new(Vec::new());
        let mut slow = CsvSink::new(Vec::new());
        for (i, row) in rows.iter().enumerate() {
            fast.write(row, i == 0).unwrap();
            slow.write_value(&to_value(row), i == 0).unwrap();
        }
        let bytes =
            |sink: CsvSink<Vec<u8>>| String::from_utf8(sink.writer.into_inner().unwrap()).unwrap();
        assert_eq!(bytes(fast), bytes(slow));
        let nested = serde_json::json!({"details": {"a": [1, 2]}});
        assert!(cells::cells_of(&nested, &mut Vec::new(), &mut Vec::new()).is_none());
    }
}
