//! Tests of the license service: the built binary runs `keywright serve`
//! on a loopback port and is driven over real HTTP, beside the commands on
//! the same database.

#[allow(dead_code)]
#[path = "../cli/util.rs"]
mod util;

mod server;
#[allow(dead_code)]
#[path = "../common/stripe.rs"]
mod stripe;

mod api;
mod application;
mod billing;
mod examples;
mod faults;
mod limits;
mod schema;
mod secrets;
mod trials;
mod usage;
mod webhooks;
