//! Any text given as an activation request, a deactivation proof or a
//! machine license: it opens (its own signature holds) or is refused with a
//! code; never a panic.
#![no_main]

use keywright::token::{ActivationRequest, DeactivationProof};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = ActivationRequest::open(text);
    let _ = DeactivationProof::open(text);
});
