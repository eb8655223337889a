//! What this machine can do at most, for benchmarks to compare against:
//! Ed25519 signatures (of JWT-sized messages) and verifications per second
//! on every core, with the same library keywright signs with.
//!
//!     cargo run --release --example machine_limits -- sign|verify|sign-verify [SECONDS]
//!
//! Prints one number: operations per second over all cores.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use keywright::token::{Algorithm, SigningKey};

fn main() {
    let mut args = std::env::args().skip(1);
    let work = args.next().unwrap_or_else(|| "sign".into());
    let seconds: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(3.0);
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..cores)
        .map(|_| {
            let (stop, done, work) = (stop.clone(), done.clone(), work.clone());
            std::thread::spawn(move || run(&work, &stop, &done))
        })
        .collect();
    std::thread::sleep(Duration::from_secs_f64(seconds));
    stop.store(true, Ordering::Relaxed);
    for worker in workers {
        worker.join().expect("a worker");
    }
    let rate = done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64();
    println!("{rate:.0}");
}

/// Repeats one operation until told to stop, counting in batches.
fn run(work: &str, stop: &AtomicBool, done: &AtomicU64) {
    let key = SigningKey::generate(Algorithm::Ed25519).expect("a key");
    let public = key.verifying_key();
    // A JWT's signing input is about 300 bytes.
    let message = vec![b'x'; 300];
    let signature = key.sign(&message);
    while !stop.load(Ordering::Relaxed) {
        for _ in 0..64 {
            match work {
                "verify" => assert!(public.verify(&message, &signature)),
                "sign-verify" => assert!(public.verify(&message, &key.sign(&message))),
                _ => assert!(!key.sign(&message).is_empty()),
            }
        }
        done.fetch_add(64, Ordering::Relaxed);
    }
}
