//! The errors a user sees: each is one sentence that says what went wrong and
//! what to do next, and maps to a documented exit code (docs/tokens.md, "Exit codes").

use std::path::Path;

/// Exit code for a runtime failure (I/O, database, keyring).
pub const EXIT_RUNTIME: u8 = 1;
/// Exit code for a usage error: bad flags or values, unknown records.
pub const EXIT_USAGE: u8 = 2;
/// Exit code for a license or token that is not valid.
pub const EXIT_NOT_VALID: u8 = 3;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line or an input value is wrong.
    #[error("{0}")]
    Usage(String),
    /// A record named in a request does not exist.
    #[error("no {what} '{id}' {scope}{}", remedy.said())]
    NotFound {
        what: Record,
        id: String,
        scope: String,
        remedy: Remedy,
    },
    /// A record with the same unique name already exists.
    #[error("{what} '{id}' already exists {scope}{}", remedy.said())]
    Conflict {
        what: Record,
        id: String,
        scope: String,
        remedy: Remedy,
    },
    /// A license is not valid for what was asked (exit 3).
    #[error("{message} ({code})")]
    NotValid {
        code: crate::token::Code,
        message: String,
    },
    /// The database could not be used.
    #[error("the database {path} {reason}")]
    Database { path: String, reason: String },
    /// A file could not be read or written.
    #[error("could not {action} {path}: {reason}")]
    Io {
        action: &'static str,
        path: String,
        reason: String,
    },
    /// A secret could not be stored or reached.
    #[error("{0}")]
    KeyStore(String),
    /// Standard output could not be written (a closed pipe is not an error).
    #[error("could not write the output: {}", describe_io(.0))]
    Output(#[from] std::io::Error),
    /// Any other failure at run time.
    #[error("{0}")]
    Runtime(String),
}

/// The kinds of record an error can be about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Tenant,
    Product,
    /// A plan, named `PRODUCT/NAME`.
    Plan,
    Customer,
    /// A customer, named by its external id.
    CustomerExternalId,
    License,
    Machine,
    ApiKey,
    /// An API key, named by its name.
    ApiKeyName,
    SigningKey,
}

impl std::fmt::Display for Record {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Record::Tenant => "tenant",
            Record::Product => "product",
            Record::Plan => "plan",
            Record::Customer => "customer",
            Record::CustomerExternalId => "customer with external id",
            Record::License => "license",
            Record::Machine => "machine",
            Record::ApiKey => "API key",
            Record::ApiKeyName => "an API key named",
            Record::SigningKey => "signing key",
        })
    }
}

/// What can be done about a record that is missing or whose name is
/// taken. Each front end says it in its own words: the terminal names a
/// command (`cli::hints`), the service an endpoint or a field
/// (`server::error`); an error's own text says only [`Remedy::Said`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remedy {
    /// Look among the existing ones.
    Look,
    /// Look among the existing ones, or create it under this name.
    LookOrCreate,
    /// Choose another name, or change the record that has it.
    ChooseAnother,
    /// The record that has the name was deleted: bring it back.
    Restore,
    /// A machine that was never activated on this license: activate it
    /// first.
    Activate { license: String },
    /// Words that hold at every front end.
    Said(String),
}

impl Remedy {
    /// The remedy as every front end says it, after a `; `, or nothing.
    pub fn said(&self) -> String {
        match self {
            Remedy::Said(words) => format!("; {words}"),
            _ => String::new(),
        }
    }
}

impl Error {
    /// The error's sentence with the remedy `hint` gives in the words of
    /// one front end (nothing when it has none).
    pub fn with_hint(&self, hint: impl Fn(Record, &str, &Remedy) -> Option<String>) -> String {
        let hinted = match self {
            Error::NotFound {
                what, id, remedy, ..
            }
            | Error::Conflict {
                what, id, remedy, ..
            } => hint(*what, id, remedy),
            _ => None,
        };
        match hinted {
            Some(words) => format!("{self}; {words}"),
            None => self.to_string(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage(message.into())
    }

    pub fn runtime(message: impl Into<String>) -> Self {
        Error::Runtime(message.into())
    }

    pub fn io(action: &'static str, path: &Path, err: &std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.display().to_string(),
            reason: describe_io(err),
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) | Error::NotFound { .. } | Error::Conflict { .. } => EXIT_USAGE,
            Error::NotValid { .. } => EXIT_NOT_VALID,
            Error::Database { .. }
            | Error::Io { .. }
            | Error::KeyStore(_)
            | Error::Output(_)
            | Error::Runtime(_) => EXIT_RUNTIME,
        }
    }
}

/// An I/O error as a short lower-case phrase, without the OS error number.
pub fn describe_io(err: &std::io::Error) -> String {
    let text = err.to_string();
    let text = match text.find(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    };
    lower_first(&text)
}

/// The longest message keywright prints, in characters.
const MAX_MESSAGE_CHARS: usize = 600;

/// A message as keywright shows it on one line: control characters,
/// newlines and bidirectional overrides escaped (`\n`, `\u{202e}`), and a
/// message longer than [`MAX_MESSAGE_CHARS`] cut in the middle, so that
/// echoed input can neither flood a terminal nor forge lines, while the
/// advice at its end stays.
pub fn printable(message: &str) -> String {
    let escaped: Vec<String> = message.chars().map(escape_char).collect();
    if escaped.len() <= MAX_MESSAGE_CHARS {
        return escaped.concat();
    }
    let keep = MAX_MESSAGE_CHARS / 2;
    format!(
        "{}…({} characters left out)…{}",
        escaped[..keep].concat(),
        escaped.len() - 2 * keep,
        escaped[escaped.len() - keep..].concat()
    )
}

fn escape_char(c: char) -> String {
    match c {
        '\n' => "\\n".into(),
        '\r' => "\\r".into(),
        '\t' => "\\t".into(),
        c if is_hidden(c) => c.escape_unicode().to_string(),
        c => c.to_string(),
    }
}

/// Input as it may be echoed in a message: at most 64 characters, one line.
pub fn shown(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(64)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if text.chars().count() > 64 {
        out.push('…');
    }
    out
}

/// Characters a person cannot see in a terminal, a table or a CSV file:
/// control characters, those that reorder the text around them (Trojan
/// Source), and the invisible ones (zero-width spaces and joiners, word
/// joiners, the byte-order mark, soft hyphens, invisible operators). No
/// free text a person reads (a name, a host name, a reason, a fingerprint)
/// may hold one, and every message escapes them.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00ad}'
                | '\u{034f}'
                | '\u{061c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff0}'..='\u{fffb}'
                | '\u{e0000}'..='\u{e007f}'
        )
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// What a command reports besides success: a license or token that is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    NotValid,
}

impl Outcome {
    /// Success for a valid license or token, NotValid otherwise.
    pub fn from_valid(valid: bool) -> Outcome {
        if valid {
            Outcome::Success
        } else {
            Outcome::NotValid
        }
    }
}

#[cfg(test)]
mod printable_tests {
    use super::printable;

    #[test]
    fn echoed_input_is_escaped_and_capped() {
        assert_eq!(printable("a\nb\u{202e}c\u{7}"), "a\\nb\\u{202e}c\\u{7}");
        assert_eq!(printable("a\u{200b}b"), "a\\u{200b}b");
        let long = format!("'{}' is not a date; write YYYY-MM-DD", "x".repeat(100_000));
        let shown = printable(&long);
        assert!(shown.chars().count() < 700, "{}", shown.len());
        assert!(shown.ends_with("write YYYY-MM-DD") && shown.contains("characters left out"));
    }
}
