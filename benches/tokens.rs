//! Token signing and verification throughput, in process, one thread.
//! Run with `cargo bench --bench tokens`.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use keywright::token::{
    Algorithm, Expectations, KeySet, LicenseClaims, SigningKey, sign_license, verify_license,
};

fn claims(i: u64) -> LicenseClaims {
    LicenseClaims {
        iss: "acme-bank-ltd".into(),
        sub: format!("ACB-{:05}-BBBBB-CCCCC-DDDDD", i % 100_000),
        aud: "desktop".into(),
        iat: Some(1_800_000_000),
        nbf: None,
        exp: Some(1_900_000_000),
        grace: Some(604_800),
        plan: Some("pro".into()),
        features: vec!["export".into(), "sso".into()],
        limits: BTreeMap::from([("seats".into(), 5)]),
        domains: vec!["*.example.com".into()],
        machines: Vec::new(),
        customer: Some("ada@example.com".into()),
        trial: false,
        cnf: None,
        nonce: None,
        ver: 1,
    }
}

/// Runs `work` repeatedly for about a second; returns operations per second.
fn rate(mut work: impl FnMut(u64)) -> f64 {
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < Duration::from_secs(1) {
        for _ in 0..100 {
            work(n);
            n += 1;
        }
    }
    n as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    println!("{:<34} {:>12}", "operation (one thread)", "per second");
    for algorithm in [Algorithm::Ed25519, Algorithm::Hmac] {
        let key = SigningKey::generate(algorithm).expect("a key");
        let keys = KeySet::new(vec![key.verifying_key()]);
        let name = algorithm.jws_name();
        let signed = rate(|i| {
            black_box(sign_license(&claims(i), &key).expect("signs"));
        });
        let tokens: Vec<String> = (0..1_000)
            .map(|i| sign_license(&claims(i), &key).expect("signs"))
            .collect();
        let expect = Expectations::at(1_850_000_000)
            .product("desktop")
            .feature("sso");
        let verified = rate(|i| {
            let result = verify_license(&tokens[i as usize % tokens.len()], &keys, &expect);
            assert!(result.is_valid());
        });
        println!(
            "{:<34} {:>12.0}",
            format!("sign {name} (incl. self-check)"),
            signed
        );
        println!(
            "{:<34} {:>12.0}",
            format!("verify {name} + checks"),
            verified
        );
    }
}
