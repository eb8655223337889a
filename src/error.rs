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
    /// A request that cannot be done as things are, and what would let it
    /// be done; each front end says the fix in its own words.
    #[error("{problem}")]
    Refused { problem: String, fix: Fix },
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
    /// The database server could not be reached, or its connection was
    /// lost: the same command can succeed once it is back (the service
    /// answers 503 meanwhile).
    #[error("the database {path} {reason}")]
    DatabaseDown { path: String, reason: String },
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
    /// A Stripe price mapped to licenses.
    Price,
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
            Record::Price => "Stripe price",
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
    /// The request may be meant for another tenant: name that one.
    OtherTenant,
    /// Words that hold at every front end.
    Said(String),
}

/// One input of a request, by the names each front end gives it: the
/// terminal's option (`--add-feature`) and the field of JSON bodies and
/// CSV columns (`add_features`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub option: &'static str,
    pub json: &'static str,
}

impl Field {
    pub const fn new(option: &'static str, json: &'static str) -> Field {
        Field { option, json }
    }

    /// A field whose option and JSON names are the same word.
    pub const fn same(name: &'static str) -> Field {
        Field::new(name, name)
    }

    /// `a, b or c`, each field named by `name`.
    pub fn one_of(fields: &[Field], name: impl Fn(&Field) -> String) -> String {
        let names: Vec<String> = fields.iter().map(name).collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => names.concat(),
        }
    }
}

/// What would let a refused request be done. Each front end says it in its
/// own words: the terminal names the command (`commands::hints`), the
/// service the endpoint, the field, or who can do it (`server::error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    /// Reactivate the suspended tenant.
    ReactivateTenant { tenant: String },
    /// Give the tenant a signing key.
    GenerateKey,
    /// Rotate the tenant's signing key, then ask again.
    RotateFirst,
    /// Register a key given from outside as one of the tenant's.
    ImportKey,
    /// Check and repair the database.
    Doctor,
    /// Activate the inactive product.
    ActivateProduct { product: String },
    /// Add the feature to the product.
    AddFeature { product: String, feature: String },
    /// Bring the deleted customer back.
    RestoreCustomer { email: String },
    /// Deactivate the machine on the license first.
    DeactivateMachine {
        license: String,
        fingerprint: String,
    },
    /// Give the tenant a webhook URL.
    SetWebhookUrl { tenant: String },
    /// Look at the license as it is.
    ShowLicense { license: String },
    /// Connect the tenant's Stripe account.
    ConnectStripe,
    /// Set up the tenant's email.
    SetUpEmail,
    /// Give at least one of these inputs.
    GiveOneOf(&'static [Field]),
    /// Give this input.
    Give(Field),
}

/// How one front end words the remedies and fixes of errors.
pub trait Hints {
    /// What to do about a missing or taken record, if anything.
    fn remedy(&self, what: Record, id: &str, remedy: &Remedy) -> Option<String>;

    /// What would let a refused request be done.
    fn fix(&self, fix: &Fix) -> String;
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
    /// The error's sentence with the remedy or fix in the words of one
    /// front end (nothing more when it has none).
    pub fn with_hint(&self, hints: &impl Hints) -> String {
        let hinted = match self {
            Error::NotFound {
                what, id, remedy, ..
            }
            | Error::Conflict {
                what, id, remedy, ..
            } => hints.remedy(*what, id, remedy),
            Error::Refused { fix, .. } => Some(hints.fix(fix)),
            _ => None,
        };
        match hinted {
            Some(words) => format!("{self}; {words}"),
            None => self.to_string(),
        }
    }

    /// A request refused as things are, with what would let it be done.
    pub fn refused(problem: impl Into<String>, fix: Fix) -> Self {
        Error::Refused {
            problem: problem.into(),
            fix,
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

    /// Whether the error is the request's (it fails the same way each time:
    /// bad input, a refusal, a record missing or taken) rather than the
    /// moment's (a database, key store or file that failed).
    pub fn is_the_request_s(&self) -> bool {
        matches!(
            self,
            Error::Usage(_)
                | Error::Refused { .. }
                | Error::NotFound { .. }
                | Error::Conflict { .. }
                | Error::NotValid { .. }
        )
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_)
            | Error::Refused { .. }
            | Error::NotFound { .. }
            | Error::Conflict { .. } => EXIT_USAGE,
            Error::NotValid { .. } => EXIT_NOT_VALID,
            Error::Database { .. }
            | Error::DatabaseDown { .. }
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
