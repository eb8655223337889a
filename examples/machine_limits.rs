//! What this machine can do at most, for the benchmark (`scripts/bench.sh`)
//! to hold keywright's figures against, each measured by the smallest
//! program that does the work and nothing else:
//!
//!     cargo run --release --example machine_limits -- WORK [ARGS]
//!
//! - `sign [SECONDS]`: Ed25519 JWTs of license claims signed per second on
//!   every core (the claims encoded, the signature made, the token joined).
//! - `sign-verify [SECONDS]`: the same, each token's signature also checked.
//! - `verify [SECONDS]`: JWT signatures checked per second on every core.
//!
//! Signatures are made with AWS-LC and checked strictly with ed25519-dalek
//! (RFC 8032 with the small-order checks, `verify_strict`), as keywright
//! makes and checks them.
//! - `csv-scan DATABASE OUT`: rows of the `licenses` table per second, read
//!   with a bare SQLite scan and written to OUT with the csv crate.
//! - `noop`: nothing at all (the cost of starting a process).
//!
//! Prints one number: operations (or rows) per second.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let work = args.first().map_or("sign", String::as_str);
    match work {
        "noop" => {}
        "csv-scan" => match (args.get(1), args.get(2)) {
            (Some(db), Some(out)) => println!("{:.0}", csv_scan(db, out)),
            _ => exit_usage(),
        },
        "sign" | "verify" | "sign-verify" => {
            let seconds = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(3.0);
            println!("{:.0}", on_every_core(work, seconds));
        }
        _ => exit_usage(),
    }
}

fn exit_usage() {
    eprintln!(
        "usage: machine_limits sign|verify|sign-verify [SECONDS] | csv-scan DATABASE OUT | noop"
    );
    std::process::exit(2);
}

/// Runs `work` on one thread per core for `seconds`; operations per second.
fn on_every_core(work: &str, seconds: f64) -> f64 {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..cores)
        .map(|_| {
            let (stop, done, work) = (stop.clone(), done.clone(), work.to_string());
            std::thread::spawn(move || repeat(&work, &stop, &done))
        })
        .collect();
    std::thread::sleep(Duration::from_secs_f64(seconds));
    stop.store(true, Ordering::Relaxed);
    for worker in workers {
        worker.join().expect("a worker");
    }
    done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

/// The claims of a typical license, `i` making each one different.
fn claims(i: u64) -> serde_json::Value {
    serde_json::json!({
        "iss": "acme-bank-ltd", "sub": format!("ACB-{:05}-BBBBB-CCCCC-DDDDD", i % 100_000),
        "aud": "desktop", "iat": 1_800_000_000u64, "exp": 1_900_000_000u64, "grace": 604_800,
        "plan": "pro", "features": ["export", "sso"], "limits": {"seats": 5},
        "customer": "ada@example.com", "ver": 1,
    })
}

/// One signed JWT of `claims(i)`: header and claims encoded, signature appended.
fn sign(key: &aws_lc_rs::signature::Ed25519KeyPair, i: u64) -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"EdDSA","typ":"lic+jwt","kid":"k1"}"#);
    let body = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims(i)).expect("json"));
    let input = format!("{header}.{body}");
    let signature = URL_SAFE_NO_PAD.encode(key.sign(input.as_bytes()).as_ref());
    format!("{input}.{signature}")
}

/// Checks a JWT's signature: split, decode, verify.
fn verify(key: &ed25519_dalek::VerifyingKey, token: &str) -> bool {
    let Some((input, signature)) = token.rsplit_once('.') else {
        return false;
    };
    let Ok(bytes) = URL_SAFE_NO_PAD.decode(signature) else {
        return false;
    };
    let Ok(signature) = ed25519_dalek::Signature::from_slice(&bytes) else {
        return false;
    };
    key.verify_strict(input.as_bytes(), &signature).is_ok()
}

/// Repeats one operation until told to stop, counting in batches.
fn repeat(work: &str, stop: &AtomicBool, done: &AtomicU64) {
    let seed = [7; 32];
    let key = aws_lc_rs::signature::Ed25519KeyPair::from_seed_unchecked(&seed).expect("a seed");
    let public = ed25519_dalek::SigningKey::from_bytes(&seed).verifying_key();
    let token = sign(&key, 1);
    let mut i = 0u64;
    while !stop.load(Ordering::Relaxed) {
        for _ in 0..64 {
            i += 1;
            match work {
                "verify" => assert!(verify(&public, &token)),
                "sign-verify" => assert!(verify(&public, &sign(&key, i))),
                _ => assert!(!sign(&key, i).is_empty()),
            }
        }
        done.fetch_add(64, Ordering::Relaxed);
    }
}

/// Rows per second of a bare scan of `licenses` written as CSV.
fn csv_scan(db: &str, out: &str) -> f64 {
    let started = Instant::now();
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("the database opens");
    let mut statement = conn.prepare("SELECT * FROM licenses").expect("a scan");
    let columns = statement.column_count();
    let file = std::io::BufWriter::new(std::fs::File::create(out).expect("the output file"));
    let mut writer = csv::Writer::from_writer(file);
    let mut rows = statement.query([]).expect("rows");
    let mut count = 0u64;
    let mut record = csv::ByteRecord::new();
    while let Some(row) = rows.next().expect("a row") {
        record.clear();
        for column in 0..columns {
            match row.get_ref(column).expect("a column") {
                rusqlite::types::ValueRef::Null => record.push_field(b""),
                rusqlite::types::ValueRef::Integer(n) => {
                    record.push_field(n.to_string().as_bytes())
                }
                rusqlite::types::ValueRef::Real(x) => record.push_field(x.to_string().as_bytes()),
                rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                    record.push_field(t)
                }
            }
        }
        writer.write_byte_record(&record).expect("a written row");
        count += 1;
    }
    writer
        .into_inner()
        .expect("flushed")
        .flush()
        .expect("flushed");
    count as f64 / started.elapsed().as_secs_f64()
}
