//! The service under faults: a kill -9 in the middle of a stream of
//! writes, a graceful stop, and a database of the previous schema.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use serde_json::json;

use crate::server::{Server, api_key, eventually, shop};
use crate::util::Sandbox;

/// Kills the server once a stream of writes from four clients is under way,
/// after a random number of acknowledged writes; returns the licenses the
/// server acknowledged.
fn kill_during_writes(s: &Sandbox, admin: &str) -> u32 {
    let server = Server::start(s);
    let url = server.url("/v1/licenses");
    let (stop, issued) = (
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicU32::new(0)),
    );
    let writers: Vec<_> = (0..4)
        .map(|_| {
            let (url, stop, issued, admin) =
                (url.clone(), stop.clone(), issued.clone(), admin.to_string());
            std::thread::spawn(move || {
                let body = json!({"product": "app", "customer": "ada@example.com", "count": 5});
                while !stop.load(Ordering::SeqCst) {
                    let agent: ureq::Agent = ureq::Agent::config_builder()
                        .http_status_as_error(false)
                        .build()
                        .into();
                    let sent = agent
                        .post(&url)
                        .header("authorization", format!("Bearer {admin}"))
                        .send_json(&body);
                    match sent {
                        Ok(r) if r.status() == 201 => {
                            issued.fetch_add(5, Ordering::SeqCst);
                        }
                        _ => return,
                    }
                }
            })
        })
        .collect();
    let mut random = [0u8; 2];
    getrandom::fill(&mut random).unwrap();
    let target = 20 + u32::from(u16::from_le_bytes(random) % 200);
    eventually(60, "writes under way", || {
        issued.load(Ordering::SeqCst) >= target
    });
    server.kill();
    stop.store(true, Ordering::SeqCst);
    for writer in writers {
        writer.join().unwrap();
    }
    issued.load(Ordering::SeqCst)
}

/// Kills the server during a stream of writes, `KEYWRIGHT_KILLS` times (2
/// unless set): every acknowledged write is there, each request's
/// licenses are all there or none, and the database stays sound.
#[test]
fn kills_during_a_stream_of_writes_leave_a_consistent_database() {
    let s = shop();
    let admin = api_key(&s, "admin");
    let kills: u32 = std::env::var("KEYWRIGHT_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2);
    let mut acknowledged = 0i64;
    for _ in 0..kills {
        acknowledged += i64::from(kill_during_writes(&s, &admin));
        if !crate::util::on_postgres() {
            let integrity = s.rows("PRAGMA integrity_check");
            assert_eq!(integrity[0][0].as_deref(), Some("ok"));
        }
        let licenses = s.number("SELECT COUNT(*) FROM licenses");
        let created = s.number("SELECT COUNT(*) FROM audit_log WHERE action = 'license.created'");
        assert_eq!(
            licenses, created,
            "every license has its audit entry and no more"
        );
        assert_eq!(
            licenses % 5,
            0,
            "each request's licenses are all there or none"
        );
        assert!(licenses >= acknowledged, "an acknowledged write was lost");
        acknowledged = licenses;
        s.ok(&["audit", "verify"]);
        s.ok(&["doctor"]);
    }
}

#[test]
fn sigterm_stops_the_service_cleanly() {
    let s = Sandbox::with_tenant("ed25519");
    let server = Server::start(&s);
    assert_eq!(server.call("GET", "/healthz", None, None).status, 200);
    assert_eq!(server.terminate(), Some(0));
}

#[test]
fn a_version_1_database_upgrades_in_place_and_keeps_everything() {
    let s = Sandbox::from_v1_fixture();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1");
    let before = s.snapshot();
    let report = s.json(&["audit", "verify"]);
    assert_eq!(
        (report["entries"].as_i64(), report["checkpoints"].as_i64()),
        (Some(10), Some(1))
    );
    s.ok(&["doctor"]);
    let conn = rusqlite::Connection::open(s.db_path()).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, keywright::store::SCHEMA_VERSION);
    // Every row of version 1 is still there, unchanged (new columns aside).
    for line in before
        .lines()
        .filter(|l| l.starts_with("licenses ") || l.starts_with("audit_log "))
    {
        let kept = s.snapshot();
        let prefix: String = line.split(' ').take(4).collect::<Vec<_>>().join(" ");
        assert!(kept.contains(&prefix), "{prefix}");
    }
    let key_of = |name: &str| {
        let token = std::fs::read_to_string(fixture.join(name)).unwrap();
        s.json(&["verify", token.trim()])["sub"]
            .as_str()
            .unwrap()
            .to_string()
    };
    // lic1 was revoked; lic2 was activated on m1.
    assert_eq!(s.verdict(&["validate", &key_of("lic1")]).1, "REVOKED");
    let key = key_of("lic2");
    assert_eq!(
        s.verdict(&["validate", &key, "--fingerprint", "m1"]).1,
        "VALID"
    );
    let server = Server::start(&s);
    let reply = server.call(
        "POST",
        "/v1/tenants/acme/licenses/validate",
        None,
        Some(&json!({"key": key})),
    );
    assert_eq!(reply.json["code"], "VALID", "{}", reply.text);
}

/// Two instances on one database: killing one in the middle of its writes
/// blocks no write of the other and loses none it acknowledged.
#[test]
fn a_killed_instance_blocks_no_other_and_loses_no_acknowledged_write() {
    let s = shop();
    let admin = api_key(&s, "admin");
    let survivor = Server::start(&s);
    let acknowledged = i64::from(kill_during_writes(&s, &admin));
    let body = json!({"product": "app", "customer": "ada@example.com", "count": 5});
    let started = std::time::Instant::now();
    let after = survivor.call("POST", "/v1/licenses", Some(&admin), Some(&body));
    assert_eq!(after.status, 201, "{}", after.text);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "the other instance waited {:?} for the killed one",
        started.elapsed()
    );
    drop(survivor);
    let listed = s.json(&["license", "list", "--limit", "1"]);
    let licenses = listed["total"].as_i64().unwrap();
    assert!(
        licenses >= acknowledged + 5,
        "{licenses} licenses, {acknowledged} acknowledged before the kill and 5 after"
    );
    s.ok(&["audit", "verify"]);
    s.ok(&["doctor"]);
}

/// A PostgreSQL server of its own, taken away and brought back.
struct Outage {
    url: String,
    pause: String,
    resume: String,
    stop: String,
}

impl Outage {
    fn start() -> Outage {
        let output =
            std::process::Command::new(crate::util::repo_file("scripts/postgres-server.sh"))
                .args(["--owner", &std::process::id().to_string()])
                .output()
                .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let line = |name: &str| {
            stdout
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .unwrap_or_else(|| panic!("{name} in {stdout}"))
                .to_string()
        };
        Outage {
            url: line("url: "),
            pause: line("pause: "),
            resume: line("resume: "),
            stop: line("stop: "),
        }
    }

    fn run(command: &str) {
        let status = std::process::Command::new("bash")
            .args(["-c", command])
            .status()
            .unwrap();
        assert!(status.success(), "{command}");
    }
}

impl Drop for Outage {
    fn drop(&mut self) {
        let _ = std::process::Command::new("bash")
            .args(["-c", &self.stop])
            .stderr(std::process::Stdio::null())
            .status();
    }
}

/// PostgreSQL going away: the service answers 503 and `/healthz` says it is
/// not ready, a command fails in one sentence naming the host and port,
/// and both recover by themselves when the server is back.
#[test]
fn the_service_answers_503_while_postgresql_is_down_and_recovers_by_itself() {
    let outage = Outage::start();
    let s = Sandbox::on_database(&outage.url);
    let s = s.set_up_shop("ed25519");
    let key = s.issue_key(&[]);
    let server = Server::start(&s);
    let validate = json!({"key": key});
    let path = "/v1/tenants/acme/licenses/validate";
    let validated = || server.call("POST", path, None, Some(&validate));
    assert_eq!(validated().status, 200);

    Outage::run(&outage.pause);
    let down = validated();
    assert_eq!(down.status, 503, "{}", down.text);
    assert_eq!(down.error_code(), "unavailable", "{}", down.text);
    let health = server.call("GET", "/healthz", None, None);
    assert_eq!(health.status, 503, "{}", health.text);
    let address = outage
        .url
        .split_once('@')
        .unwrap()
        .1
        .split_once('/')
        .unwrap()
        .0
        .to_string();
    let out = s.cmd().args(["license", "list"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        err.contains(&address) && err.contains("could not be reached"),
        "{err}"
    );
    assert!(!err.contains(&outage.url), "{err}");

    Outage::run(&outage.resume);
    eventually(20, "the service to recover", || {
        server.call("GET", "/healthz", None, None).status == 200
    });
    assert_eq!(validated().status, 200);
    s.ok(&["license", "list"]);
    s.ok(&["doctor"]);
}
