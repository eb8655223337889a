//! Micro-benchmarks of the hot paths, one thread each: signing and
//! verifying license tokens (Ed25519 and HMAC), drawing license keys and
//! signing keys, and encoding a license row as CSV for an export.
//! Run with `cargo bench --bench tokens` (docs/benchmark.md).

use std::collections::BTreeMap;

use divan::{Bencher, black_box};
use keywright::domain::time::UnixTime;
use keywright::license_key::LicenseKey;
use keywright::output::{Format, RecordStream};
use keywright::token::{
    Algorithm, Expectations, KeySet, LicenseClaims, SigningKey, sign_license, verify_license,
};

fn main() {
    divan::main();
}

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
        starts: None,
        on_expiry: None,
        cnf: None,
        nonce: None,
        usage: Vec::new(),
        ver: 1,
    }
}

const ALGORITHMS: [Algorithm; 2] = [Algorithm::Ed25519, Algorithm::Hmac];

/// Signing a license token, including the self-check every issued token gets.
#[divan::bench(args = ALGORITHMS)]
fn sign(bencher: Bencher, algorithm: Algorithm) {
    let key = SigningKey::generate(algorithm).expect("a key");
    let mut i = 0;
    bencher.bench_local(|| {
        i += 1;
        sign_license(&claims(i), &key).expect("signs")
    });
}

/// Verifying a token: signature, audience, times and a feature.
#[divan::bench(args = ALGORITHMS)]
fn verify(bencher: Bencher, algorithm: Algorithm) {
    let key = SigningKey::generate(algorithm).expect("a key");
    let keys = KeySet::new(vec![key.verifying_key()]);
    let token = sign_license(&claims(1), &key).expect("signs");
    let expect = Expectations::at(1_850_000_000)
        .product("desktop")
        .feature("sso");
    bencher.bench_local(|| assert!(verify_license(black_box(&token), &keys, &expect).is_valid()));
}

/// Drawing a new license key from the operating system's generator.
#[divan::bench]
fn license_key() -> LicenseKey {
    LicenseKey::generate("ACB").expect("random bytes")
}

/// Generating a signing key.
#[divan::bench(args = ALGORITHMS)]
fn signing_key(algorithm: Algorithm) -> SigningKey {
    SigningKey::generate(algorithm).expect("a key")
}

/// A license row as an export writes it: one CSV record from its fields.
#[derive(serde::Serialize)]
struct Row {
    key: String,
    status: &'static str,
    product: &'static str,
    customer: &'static str,
    issued: UnixTime,
    expires: Option<UnixTime>,
    features: Vec<String>,
    limits: BTreeMap<String, i64>,
    trial: bool,
    token: String,
}

#[divan::bench]
fn csv_row(bencher: Bencher) {
    let key = SigningKey::generate(Algorithm::Ed25519).expect("a key");
    let row = Row {
        key: "ACB-AAAAA-BBBBB-CCCCC-DDDDD".into(),
        status: "active",
        product: "desktop",
        customer: "ada@example.com",
        issued: UnixTime(1_800_000_000),
        expires: Some(UnixTime(1_900_000_000)),
        features: vec!["export".into(), "sso".into()],
        limits: BTreeMap::from([("seats".into(), 5)]),
        trial: false,
        token: sign_license(&claims(1), &key).expect("signs"),
    };
    let hidden = indicatif::ProgressBar::hidden;
    let mut stream = RecordStream::new(std::io::sink(), Format::Csv, hidden());
    bencher.bench_local(|| stream.write(black_box(&row)).expect("written"));
}
