//! keywright: license keys and signed license tokens, verified offline.
//!
//! Without default features this crate is the verifier a vendor's application
//! links to: [`token`] (the JWT format, signing and verification) and
//! [`license_key`] (the human-typed key format). With the `cli` feature it is
//! also the `keywright` command-line tool: the SQLite store, the key store and
//! one handler per command.

pub mod license_key;
pub mod token;

#[cfg(feature = "cli")]
pub mod app;
#[cfg(feature = "cli")]
pub mod cli;
#[cfg(feature = "cli")]
pub mod commands;
#[cfg(feature = "cli")]
pub mod domain;
#[cfg(feature = "cli")]
pub mod error;
#[cfg(feature = "cli")]
pub mod keystore;
#[cfg(feature = "cli")]
pub mod output;
#[cfg(feature = "cli")]
pub mod parallel;
#[cfg(feature = "cli")]
pub mod private_fs;
#[cfg(feature = "cli")]
pub mod server;
#[cfg(feature = "cli")]
pub mod service;
#[cfg(feature = "cli")]
pub mod store;
