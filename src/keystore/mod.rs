//! Where signing secrets live (SPEC 3.5): the OS keyring or 0600 files under
//! the data directory, chosen by the config's `key_store`; for CI, a key
//! given by `--key-file` or the environment comes first. Never the database.

use serde::Deserialize;

/// The configured home of secrets. keywright never falls back from one to the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum KeyStoreKind {
    #[default]
    Keyring,
    File,
}

impl KeyStoreKind {
    pub fn name(self) -> &'static str {
        match self {
            KeyStoreKind::Keyring => "keyring",
            KeyStoreKind::File => "file",
        }
    }
}
