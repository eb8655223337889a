//! Rendering of command results: human tables, one stable JSON document, or
//! CSV; `--quiet` prints only the essential value. Data goes to stdout;
//! notes, progress and prompts go to stderr.
//!
//! Records are any `Serialize` type: their fields, in declaration order,
//! become the columns of tables and CSV and the keys of JSON objects.

use std::io::{self, IsTerminal, Write};
use std::sync::OnceLock;

use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, Table, presets};
use jiff::tz::TimeZone;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::domain::time::{local_text, localize_instants, seconds_text};
use crate::store::ListPage;

mod cells;
mod csv_out;

use csv_out::write_csv;
pub use csv_out::{RecordStream, cell_text, csv_cell, csv_cell_read, csv_record};

/// The value of `--format`. Lists and records take table, json or csv; key
/// export takes pem, jwk, jwks or raw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Table,
    Json,
    Csv,
    Pem,
    Jwk,
    Jwks,
    Raw,
}

impl Format {
    /// Formats only `key export` writes.
    pub fn is_key_format(self) -> bool {
        matches!(self, Format::Pem | Format::Jwk | Format::Jwks | Format::Raw)
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Pem => "pem",
            Format::Jwk => "jwk",
            Format::Jwks => "jwks",
            Format::Raw => "raw",
        }
    }
}

/// Writes results in the format the user chose.
pub struct Printer {
    format: Format,
    quiet: bool,
    /// Whether stdout is a terminal: tables then fit its width.
    terminal: bool,
    /// Colour: only on a terminal, never with `NO_COLOR`.
    color: bool,
}

/// The time zone in which this run shows instants to people: the
/// tenant's, once resolved, unless the output is JSON or CSV (which always
/// show UTC). Tables, notes and errors all speak of this one zone.
static PEOPLE_ZONE: OnceLock<TimeZone> = OnceLock::new();

/// A sentence for a person (a note, an error) with its instants in the
/// zone of this run's tables, so that one answer speaks of one zone.
pub fn for_people(text: &str) -> String {
    match PEOPLE_ZONE.get() {
        Some(zone) => localize_instants(text, zone),
        None => text.to_string(),
    }
}

/// Whether a field holds an expiry, which a person reads as the last day
/// it covers (an expiry at local midnight is the end of the day before).
fn is_expiry(key: &str) -> bool {
    key.starts_with("expires") || key == "exp" || key == "license_exp"
}

impl Printer {
    pub fn new(format: Format, quiet: bool) -> Printer {
        let terminal = io::stdout().is_terminal();
        let color = terminal && std::env::var_os("NO_COLOR").is_none();
        Printer {
            format,
            quiet,
            terminal,
            color,
        }
    }

    /// The zone in which tables show instants.
    fn zone(&self) -> &TimeZone {
        static UTC: TimeZone = TimeZone::UTC;
        PEOPLE_ZONE.get().unwrap_or(&UTC)
    }

    /// Tables, notes and errors show instants in this zone from now on
    /// (the first call wins); JSON and CSV keep UTC.
    pub fn show_times_in(&self, zone: TimeZone) {
        if !matches!(self.format, Format::Json | Format::Csv) {
            let _ = PEOPLE_ZONE.set(zone);
        }
    }

    pub fn format(&self) -> Format {
        self.format
    }

    pub fn quiet(&self) -> bool {
        self.quiet
    }

    /// One record; `essential` is what `--quiet` prints.
    pub fn record<T: Serialize>(&self, item: &T, essential: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        if self.quiet {
            return writeln!(out, "{essential}");
        }
        let value = to_value(item);
        match self.format {
            Format::Json => write_json(&mut out, &value),
            Format::Csv => write_csv(&mut out, std::slice::from_ref(&value)),
            _ => self.write_record_table(&mut out, &value),
        }
    }

    /// A page of records; `summary` adds fields to the JSON document and the table footer.
    pub fn page<T: Serialize>(
        &self,
        page: &ListPage<T>,
        essential: impl Fn(&T) -> String,
        summary: Option<Value>,
    ) -> io::Result<()> {
        let position = Position {
            total: page.total,
            page: page.page,
            limit: page.limit,
        };
        let left_out = page.total.saturating_sub(page.items.len() as u64);
        if self.quiet && left_out > 0 {
            // `-q` prints values only; what it leaves out is said aside.
            eprintln!(
                "(page {} of {} rows; {left_out} more: pass --page or a larger --limit)",
                page.page, page.total
            );
        }
        self.list(&page.items, essential, Some(position), summary)
    }

    /// A list shown whole, without pagination.
    pub fn all<T: Serialize>(
        &self,
        items: &[T],
        essential: impl Fn(&T) -> String,
    ) -> io::Result<()> {
        self.list(items, essential, None, None)
    }

    /// A list shown whole, read one item at a time: `-q`, JSON and CSV
    /// stream it (the same bytes [`Printer::all`] writes); a table, which
    /// sizes its columns to every row, holds it.
    pub fn all_streamed<T: Serialize>(
        &self,
        items: impl Iterator<Item = io::Result<T>>,
        total: u64,
        essential: impl Fn(&T) -> String,
    ) -> io::Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        match self.format {
            _ if self.quiet => {
                for item in items {
                    writeln!(out, "{}", essential(&item?))?;
                }
            }
            Format::Json => write_json_items(&mut out, items, total)?,
            Format::Csv => {
                let mut stream =
                    RecordStream::new(&mut out, Format::Csv, indicatif::ProgressBar::hidden());
                for item in items {
                    stream.write(&item?)?;
                }
                stream.finish()?;
            }
            _ => {
                drop(out);
                return self.all(&items.collect::<io::Result<Vec<T>>>()?, essential);
            }
        }
        out.flush()
    }

    /// A list, written through one buffer: a hundred thousand keys are a
    /// few writes, not a write each.
    fn list<T: Serialize>(
        &self,
        items: &[T],
        essential: impl Fn(&T) -> String,
        position: Option<Position>,
        summary: Option<Value>,
    ) -> io::Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        self.write_list(&mut out, items, essential, position, summary)?;
        out.flush()
    }

    fn write_list<T: Serialize>(
        &self,
        out: &mut impl Write,
        items: &[T],
        essential: impl Fn(&T) -> String,
        position: Option<Position>,
        summary: Option<Value>,
    ) -> io::Result<()> {
        if self.quiet {
            return items
                .iter()
                .try_for_each(|item| writeln!(out, "{}", essential(item)));
        }
        let rows: Vec<Value> = items.iter().map(to_value).collect();
        match self.format {
            Format::Json => {
                let mut doc = Map::new();
                doc.insert("items".into(), Value::Array(rows));
                doc.insert(
                    "total".into(),
                    position.map_or(items.len() as u64, |p| p.total).into(),
                );
                if let Some(p) = position {
                    doc.insert("page".into(), p.page.into());
                    doc.insert("limit".into(), p.limit.into());
                }
                if let Some(summary) = summary {
                    doc.insert("summary".into(), summary);
                }
                write_json(out, &Value::Object(doc))
            }
            Format::Csv => write_csv(out, &rows),
            _ => {
                self.write_rows_table(out, &rows)?;
                match position {
                    Some(p) => writeln!(out, "{}", p.footer(summary.as_ref())),
                    None => Ok(()),
                }
            }
        }
    }

    /// Text that is the whole output (a token, a PEM file), printed as is.
    pub fn text(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        write!(out, "{text}")?;
        if !text.ends_with('\n') {
            writeln!(out)?;
        }
        Ok(())
    }

    /// A note for a person, on stderr; `--quiet` silences it.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            eprintln!("{}", for_people(message));
        }
    }

    /// Bold on a terminal: the header line of a list, the field names of a
    /// record (the first `width` characters of each line). Applied to the
    /// trimmed text, so that no escape code hides a space from the trim.
    fn emphasise(&self, text: String, lines: usize, width: usize) -> String {
        if !self.color {
            return text;
        }
        text.lines()
            .enumerate()
            .map(|(i, line)| {
                let split = line
                    .char_indices()
                    .nth(width)
                    .map_or(line.len(), |(at, _)| at);
                if i < lines {
                    format!("\x1b[1m{}\x1b[0m{}", &line[..split], &line[split..])
                } else {
                    line.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A field's value as a person reads it in a table: instants in the
    /// tenant's zone, `*_seconds` as `7d`, states in colour on a terminal.
    fn value_cell(&self, key: &str, value: &Value) -> Cell {
        let text = match value {
            Value::Number(n) if key.ends_with("_seconds") => {
                n.as_i64().map_or_else(|| cell_text(value), seconds_text)
            }
            Value::String(s) => local_text(s, self.zone(), is_expiry(key))
                .unwrap_or_else(|| localize_instants(s, self.zone())),
            _ => cell_text(value),
        };
        let color = match value {
            Value::String(s) if self.color && matches!(key, "status" | "code") => state_color(s),
            _ => None,
        };
        match color {
            Some(color) => Cell::new(text).fg(color),
            None => Cell::new(text),
        }
    }

    fn new_table(&self) -> Table {
        let mut table = Table::new();
        table
            .load_style(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
        if !self.terminal {
            table.force_no_tty();
        }
        table
    }

    /// A list on a terminal fits its width as far as it can: long cells
    /// wrap between words, never inside one (a key, an email, a date), and
    /// the first column (the key, slug or email a person copies) stays
    /// whole. A record (field and value) is never wrapped, so that a key or
    /// token copies whole.
    fn fit_to_terminal(&self, table: &mut Table, headers: &[String]) {
        if !self.terminal {
            return;
        }
        table.set_content_arrangement(ContentArrangement::Dynamic);
        let longest_word: Vec<usize> = table
            .column_iter()
            .map(|column| {
                let cells = table.column_cells_iter(column.index);
                cells
                    .flatten()
                    .flat_map(|cell| {
                        cell.content()
                            .split_whitespace()
                            .map(|word| word.chars().count())
                            .max()
                    })
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for (i, header) in headers.iter().enumerate() {
            let constraint = if i == 0 {
                ColumnConstraint::ContentWidth
            } else {
                let word = longest_word.get(i).copied().unwrap_or(0);
                // The width comfy-table counts includes a space of padding either side.
                let least = word.max(header.chars().count()) as u16 + 2;
                ColumnConstraint::LowerBoundary(comfy_table::Width::Fixed(least))
            };
            if let Some(column) = table.column_mut(i) {
                column.set_constraint(constraint);
            }
        }
    }

    fn write_rows_table(&self, out: &mut impl Write, rows: &[Value]) -> io::Result<()> {
        let Some(Value::Object(first)) = rows.first() else {
            return writeln!(out, "(none)");
        };
        let mut table = self.new_table();
        let headers: Vec<String> = first.keys().map(|k| header_text(k)).collect();
        table.set_header(headers.iter().map(Cell::new));
        for row in rows {
            if let Value::Object(map) = row {
                table.add_row(map.iter().map(|(k, v)| self.value_cell(k, v)));
            }
        }
        self.fit_to_terminal(&mut table, &headers);
        let text = trim_lines(&table.to_string());
        writeln!(out, "{}", self.emphasise(text, 1, usize::MAX))
    }

    fn write_record_table(&self, out: &mut impl Write, value: &Value) -> io::Result<()> {
        let Value::Object(map) = value else {
            return writeln!(out, "{}", cell_text(value));
        };
        let mut table = self.new_table();
        let names: Vec<String> = map.keys().map(|k| header_text(k)).collect();
        for ((key, field), name) in map.iter().zip(&names) {
            table.add_row(vec![Cell::new(name), self.value_cell(key, field)]);
        }
        let widest = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        let text = trim_lines(&table.to_string());
        writeln!(out, "{}", self.emphasise(text, usize::MAX, widest))
    }
}

/// A column's name for people: `grace_seconds` reads `GRACE` (its cells
/// read `7d`), `key_prefix` reads `KEY PREFIX`.
fn header_text(key: &str) -> String {
    key.strip_suffix("_seconds")
        .unwrap_or(key)
        .replace('_', " ")
        .to_uppercase()
}

/// The colour of a license's state or a verdict's code on a terminal.
fn state_color(state: &str) -> Option<Color> {
    match state {
        "active" | "VALID" | "delivered" => Some(Color::Green),
        "GRACE" | "grace" | "suspended" | "SUSPENDED" | "pending" => Some(Color::Yellow),
        "revoked" | "expired" | "failed" | "inactive" => Some(Color::Red),
        code if code.chars().all(|c| c.is_ascii_uppercase() || c == '_') => Some(Color::Red),
        _ => None,
    }
}

/// Where a page sits in the whole list.
#[derive(Clone, Copy)]
struct Position {
    total: u64,
    page: u32,
    limit: u32,
}

impl Position {
    fn footer(&self, summary: Option<&Value>) -> String {
        let pages = self.total.div_ceil(u64::from(self.limit)).max(1);
        let mut footer = format!("page {} of {pages}, {} in all", self.page, self.total);
        if let Some(Value::Object(summary)) = summary {
            for (key, value) in summary.iter().filter(|(key, _)| *key != "total") {
                footer.push_str(&format!(
                    ", {}: {}",
                    key.replace('_', " "),
                    cell_text(value)
                ));
            }
        }
        footer
    }
}

fn to_value<T: Serialize>(item: &T) -> Value {
    serde_json::to_value(item).unwrap_or(Value::Null)
}

fn trim_lines(text: &str) -> String {
    text.lines()
        .map(|line| line.trim_end().strip_prefix(' ').unwrap_or(line.trim_end()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn write_json(out: &mut impl Write, value: &Value) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// `{"items": [...], "total": N}` as [`write_json`] prints it, one item at a time.
fn write_json_items<T: Serialize>(
    out: &mut impl Write,
    items: impl Iterator<Item = io::Result<T>>,
    total: u64,
) -> io::Result<()> {
    out.write_all(b"{\n  \"items\": [")?;
    let mut first = true;
    for item in items {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        first = false;
        let text = serde_json::to_string_pretty(&to_value(&item?))?;
        for (i, line) in text.lines().enumerate() {
            let separator = if i == 0 { "" } else { "\n" };
            write!(out, "{separator}    {line}")?;
        }
    }
    let close = if first { "]" } else { "\n  ]" };
    writeln!(out, "{close},\n  \"total\": {total}\n}}")
}

/// A progress bar on stderr for long work; hidden when stderr is not a
/// terminal or output is quiet.
pub fn progress(len: u64, label: &str, quiet: bool) -> indicatif::ProgressBar {
    if quiet || len < 2 || !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    let style = indicatif::ProgressStyle::with_template("{msg} {bar:40} {pos}/{len} ({eta})")
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message(label.to_string());
    bar
}

/// A running count on stderr for work of unknown length (exports, doctor,
/// `verify -`); hidden when stderr is not a terminal or output is quiet.
pub fn counter(label: &str, quiet: bool) -> indicatif::ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    let style = indicatif::ProgressStyle::with_template("{spinner} {msg}: {pos}")
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
    bar.set_style(style);
    bar.set_message(label.to_string());
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_formula_injection_is_neutralised_and_read_back_exactly() {
        for (text, written) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=x", "''=x"),
            ("'twas", "'twas"),
            ("'", "'"),
            ("plain", "plain"),
            ("", ""),
        ] {
            assert_eq!(csv_cell(text), written, "{text:?}");
            assert_eq!(csv_cell_read(written), text, "{written:?}");
        }
    }

    #[test]
    fn a_streamed_json_list_is_the_same_bytes_as_a_whole_one() {
        let item = |i: u64| serde_json::json!({"key": format!("K{i}"), "limits": {"seats": i}, "features": ["a", "b"]});
        for count in [0, 1, 3] {
            let items: Vec<Value> = (0..count).map(item).collect();
            let mut whole = Vec::new();
            let doc = serde_json::json!({"items": items, "total": count});
            write_json(&mut whole, &doc).unwrap();
            let mut streamed = Vec::new();
            write_json_items(&mut streamed, items.into_iter().map(Ok), count).unwrap();
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                String::from_utf8(whole).unwrap()
            );
        }
    }
}
