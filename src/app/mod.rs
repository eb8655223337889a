//! What a run of keywright needs, whichever front end drives it (the
//! command line or the license service): the merged settings (config file,
//! environment, options), the database and key store they point at, and
//! the files commands read their input from.

pub mod config;
pub mod context;
pub mod input;

pub use context::{Context, Options};
