//! Any bytes given to `license import`: every row is checked into an issue
//! request or refused with a usage error naming the line; never a panic.
#![no_main]

use keywright::commands::license::import::rows_from;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = rows_from(data) {
        assert!(!e.to_string().is_empty());
    }
});
