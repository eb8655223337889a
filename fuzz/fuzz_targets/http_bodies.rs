//! Any body sent to an endpoint of the service: it is read into that
//! endpoint's input and checked by the one constructor the commands use too,
//! or refused; never a panic. The first byte picks the endpoint.
#![no_main]

use keywright::service::customer::CustomerRequest;
use keywright::service::license::contract::{RenewRequest, UpdateRequest};
use keywright::service::license::issue::IssueRequest;
use keywright::service::license::machines::MachineRequest;
use keywright::service::license::revoke::BulkRevokeRequest;
use keywright::service::license::validate::CheckRequest;
use libfuzzer_sys::fuzz_target;

/// Reads `body` as `T` and checks it with `check`.
fn try_body<T: serde::de::DeserializeOwned, R, E>(body: &[u8], check: impl Fn(T) -> Result<R, E>) {
    if let Ok(input) = serde_json::from_slice::<T>(body) {
        let _ = check(input);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&endpoint, body)) = data.split_first() else {
        return;
    };
    match endpoint % 9 {
        0 => try_body(body, IssueRequest::new),
        1 => try_body(body, RenewRequest::new),
        2 => try_body(body, UpdateRequest::new),
        3 => try_body(body, BulkRevokeRequest::from_input),
        4 => try_body(body, CheckRequest::new),
        5 => try_body(body, MachineRequest::activate),
        6 => try_body(body, MachineRequest::deactivate),
        7 => try_body(body, MachineRequest::check_in),
        _ => try_body(body, CustomerRequest::new),
    }
});
