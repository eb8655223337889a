//! The files commands read their input from, where `-` means stdin: one
//! place that opens them, refuses a folder by name, and words the errors.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// A reader of `path`, or of stdin for `-`.
pub fn reader(path: &Path) -> Result<Box<dyn Read>> {
    if path == Path::new("-") {
        return Ok(Box::new(std::io::stdin()));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io("read", path, &e))?;
    match file.metadata() {
        Ok(meta) if meta.is_dir() => Err(Error::usage(format!(
            "{} is a folder; give the file to read",
            path.display()
        ))),
        _ => Ok(Box::new(file)),
    }
}

/// The whole text of `path` (stdin for `-`), at most `limit` bytes.
pub fn read_text(path: &Path, limit: u64) -> Result<String> {
    let mut text = String::new();
    let mut bytes = reader(path)?.take(limit + 1);
    bytes
        .read_to_string(&mut text)
        .map_err(|e| match path == Path::new("-") {
            true => Error::runtime(format!(
                "could not read stdin: {}",
                crate::error::describe_io(&e)
            )),
            false => Error::io("read", path, &e),
        })?;
    if text.len() as u64 > limit {
        return Err(Error::usage(format!(
            "{} is larger than {} bytes, more than keywright reads here",
            name(path),
            limit
        )));
    }
    Ok(text)
}

/// The input's name for messages.
pub fn name(path: &Path) -> String {
    if path == Path::new("-") {
        "stdin".into()
    } else {
        path.display().to_string()
    }
}
