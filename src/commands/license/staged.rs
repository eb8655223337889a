//! Issued licenses kept for printing after the commit: in memory while
//! they are few, then in an unnamed temporary file, so that issuing a
//! million licenses does not hold a million tokens in memory.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Seek, Write};

use crate::app::Context;
use crate::domain::time::UnixTime;
use crate::error::{Error, Outcome, Result};
use crate::output::Format;
use crate::private_fs;
use crate::service::license::issue::Issued;

/// How many issued licenses are held in memory before they go to a file.
const HELD_AT_MOST: usize = 10_000;

/// The licenses a command issued, in order.
#[derive(Default)]
pub struct StagedIssued {
    held: Vec<Issued>,
    file: Option<BufWriter<File>>,
    count: u64,
}

/// One issued license as a line of the staging file.
type Line = (String, String, String, Option<i64>, String, String);

impl StagedIssued {
    /// Keeps one more issued license.
    pub fn push(&mut self, issued: Issued) -> Result<()> {
        self.count += 1;
        if self.file.is_none() && self.held.len() < HELD_AT_MOST {
            self.held.push(issued);
            return Ok(());
        }
        let file = match &mut self.file {
            Some(file) => file,
            None => self.spill()?,
        };
        write_line(file, issued).map_err(staging_error)
    }

    /// Moves the held licenses to a new staging file.
    fn spill(&mut self) -> Result<&mut BufWriter<File>> {
        let mut file = BufWriter::new(private_fs::scratch_file().map_err(staging_error)?);
        for issued in self.held.drain(..) {
            write_line(&mut file, issued).map_err(staging_error)?;
        }
        Ok(self.file.insert(file))
    }

    /// Prints the licenses: one as a record in a table (`-q`: its token), else as a list.
    pub fn print(self, ctx: &Context) -> Result<Outcome> {
        let Some(file) = self.file else {
            return print_held(ctx, &self.held);
        };
        let mut file = file
            .into_inner()
            .map_err(|e| staging_error(e.into_error()))?;
        file.rewind().map_err(staging_error)?;
        let lines = BufReader::new(file).lines().map(|line| read_line(&line?));
        ctx.printer
            .all_streamed(lines, self.count, |i: &Issued| i.token.clone())?;
        Ok(Outcome::Success)
    }
}

/// One license in a table is a record a person reads down; JSON and CSV
/// have one shape whatever the count (`{"items": [...], "total": N}`).
fn print_held(ctx: &Context, issued: &[Issued]) -> Result<Outcome> {
    match issued {
        [one] if ctx.printer.quiet() => ctx.printer.text(&one.token)?,
        [one] if ctx.printer.format() == Format::Table => ctx.printer.record(one, &one.token)?,
        many => ctx.printer.all(many, |i| i.token.clone())?,
    }
    Ok(Outcome::Success)
}

fn write_line(out: &mut impl Write, issued: Issued) -> std::io::Result<()> {
    let line: Line = (
        issued.key,
        issued.product,
        issued.customer,
        issued.expires.map(|t| t.0),
        issued.kid,
        issued.token,
    );
    serde_json::to_writer(&mut *out, &line)?;
    out.write_all(b"\n")
}

fn read_line(text: &str) -> std::io::Result<Issued> {
    let (key, product, customer, expires, kid, token): Line = serde_json::from_str(text)?;
    Ok(Issued {
        key,
        product,
        customer,
        expires: expires.map(UnixTime),
        kid,
        token,
    })
}

fn staging_error(err: std::io::Error) -> Error {
    Error::runtime(format!(
        "the issued licenses could not be staged in the temporary folder ({err}); free space there or set TMPDIR to another folder"
    ))
}
