//! Any text typed as a license key: it reads or is refused with a reason;
//! a key that reads prints as a key that reads back the same.
#![no_main]

use keywright::license_key::LicenseKey;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(key) = LicenseKey::parse(text) {
        let shown = key.to_string();
        let again = LicenseKey::parse(&shown).expect("a printed key reads");
        assert_eq!(again.to_string(), shown);
        assert_eq!(again.prefix(), key.prefix());
    }
});
