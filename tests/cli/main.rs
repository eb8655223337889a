//! Tests that run the built `keywright` binary, each in its own directory
//! with a clean environment (no user config, no user variables).

mod anchor;
mod billing;
mod checkpoints;
mod ci;
mod concurrency;
mod db;
mod doctor;
mod export;
mod first_hour;
mod first_run;
mod foundation;
#[path = "../common/golden.rs"]
mod golden;
mod interop;
mod isolation;
mod keyring;
mod keys;
mod kill;
mod languages;
mod licenses;
mod malformed;
mod offline;
mod output;
mod policies;
mod postgres;
mod progress;
mod revocations;
mod secrets;
#[allow(dead_code)]
#[path = "../common/stripe.rs"]
mod stripe;
mod tamper;
mod transcript;
mod util;
