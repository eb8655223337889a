//! A kill in the middle of a command leaves the database as it was before
//! it: every command's writes are one transaction.

use std::time::{Duration, Instant};

use crate::util::{ISSUE, REVOKE_ALL, Sandbox};

/// Whether another connection is in a transaction that has written: on
/// SQLite it holds the database's write lock, on PostgreSQL its backend has
/// a transaction id.
fn write_lock_is_held(s: &Sandbox) -> bool {
    if s.database_url().is_some() {
        return s.number(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
             AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL",
        ) > 0;
    }
    let Ok(conn) = rusqlite::Connection::open(s.db_path()) else {
        return false;
    };
    match conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK;") {
        Ok(()) => false,
        Err(e) => e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy),
    }
}

/// Starts `args`, kills it with SIGKILL once its write transaction is
/// open and it has been writing for a while, and checks that nothing it
/// did is visible.
fn killed_midway_changes_nothing(s: &Sandbox, args: &[&str]) {
    let before = s.snapshot();
    let mut child = s
        .std_cmd()
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !write_lock_is_held(s) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "{args:?} finished before its transaction was seen open"
        );
        assert!(
            Instant::now() < deadline,
            "{args:?} never opened its transaction"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    // Let it write for a while: the kill lands in the middle of its rows.
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        write_lock_is_held(s),
        "{args:?} ended its transaction before it could be killed"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(s.snapshot(), before, "{args:?} left changes behind");
    s.ok(&["audit", "verify"]);
    s.ok(&["doctor"]);
}

#[test]
fn a_killed_batch_issue_leaves_the_database_as_it_was() {
    // Killed while its transaction is open and has written, which the
    // test watches.
    let s = Sandbox::with_tenant("ed25519");
    let issue = ISSUE;
    s.ok(&[&issue[..], &["--count", "2000"]].concat());
    killed_midway_changes_nothing(&s, &[&issue[..], &["--count", "1000000"]].concat());
}

/// How many kills each campaign makes: `KEYWRIGHT_KILLS` (the long form
/// runs `scripts/kill-campaign.sh`), 2 unless set.
pub fn kills() -> u32 {
    std::env::var("KEYWRIGHT_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2)
}

/// A uniform random duration up to `max`.
fn random_up_to(max: Duration) -> Duration {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap();
    max.mul_f64(u64::from_le_bytes(bytes) as f64 / u64::MAX as f64)
}

/// A command to kill over and over: `measure` grows by exactly `step` when
/// it completes and not at all when it does not; `prepare` readies the
/// database for the next round, `after` is the next run that cleans up.
struct Campaign<'a> {
    args: Vec<String>,
    measure: &'a str,
    step: i64,
    prepare: &'a dyn Fn(&Sandbox),
    after: &'a dyn Fn(&Sandbox),
}

/// Files a command may leave only while it runs.
fn stray_files(s: &Sandbox) -> Vec<String> {
    let mut stray = Vec::new();
    let mut folders = vec![s.path().to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                folders.push(path);
            } else if name.ends_with(".tmp") || name.ends_with(".new") || name.contains('~') {
                stray.push(path.display().to_string());
            }
        }
    }
    stray
}

/// Kills the campaign's command at random moments within the time a full
/// run takes; after each kill the command's writes are all there or none,
/// and the database, its audit chain and its key store are sound.
fn run_campaign(s: &Sandbox, campaign: &Campaign<'_>) -> u32 {
    (campaign.prepare)(s);
    let started = Instant::now();
    s.ok(&campaign.args.iter().map(String::as_str).collect::<Vec<_>>());
    let full_run = started.elapsed();
    let mut cut_short = 0;
    for _ in 0..kills() {
        (campaign.prepare)(s);
        let before = s.number(campaign.measure);
        let mut child = s
            .std_cmd()
            .args(&campaign.args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(random_up_to(full_run));
        if child.try_wait().unwrap().is_none() {
            cut_short += 1;
        }
        child.kill().unwrap();
        child.wait().unwrap();
        let after = s.number(campaign.measure);
        assert!(
            after == before || after == before + campaign.step,
            "{:?} killed: {} went from {before} to {after}, neither none nor all",
            campaign.args,
            campaign.measure
        );
        (campaign.after)(s);
        assert_eq!(
            stray_files(s),
            Vec::<String>::new(),
            "{:?} left files",
            campaign.args
        );
        s.ok(&["audit", "verify"]);
        s.ok(&["doctor"]);
    }
    cut_short
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}

#[test]
fn kills_at_random_moments_leave_every_command_all_or_nothing() {
    // On either backend: the database's rows and the files beside it are
    // watched (a killed `serve` instance is tested by the service tests).
    let s = Sandbox::with_tenant("ed25519");
    let issue = ISSUE;
    let nothing = |_: &Sandbox| {};
    let enough_active = |s: &Sandbox| {
        let have =
            s.number("SELECT COUNT(*) FROM licenses WHERE status = 'active' AND product_id = 1");
        if have < 1500 {
            s.ok(&[&issue[..], &["--count", &(1500 - have).to_string()]].concat());
        }
    };
    let csv = s.path().join("import.csv");
    std::fs::write(&csv, "product,customer,count\napp,ada@example.com,1500\n").unwrap();
    // The license to renew is of another product, out of the bulk revocation's reach.
    s.ok(&["product", "create", "tool", "--name", "Tool"]);
    let first = s.ok(&[
        "license",
        "issue",
        "--product",
        "tool",
        "--customer",
        "ada@example.com",
        "--duration",
        "30d",
        "--json",
    ]);
    let first = serde_json::from_str::<serde_json::Value>(&first).unwrap()["items"][0]["key"]
        .as_str()
        .unwrap()
        .to_string();
    let out = s.path().join("exports/licenses.csv");
    let exported_rows = |s: &Sandbox| {
        // An export on disk is complete: its header and one line per license.
        if let Ok(text) = std::fs::read_to_string(&out) {
            let licenses = s.number("SELECT COUNT(*) FROM licenses");
            assert_eq!(
                text.lines().count() as i64,
                licenses + 1,
                "a partial export"
            );
            std::fs::remove_file(&out).unwrap();
        }
    };
    let rotate_again = |s: &Sandbox| {
        // The next command that makes a key removes a killed one's orphan.
        s.ok(&["key", "rotate"]);
        let rows = s.number("SELECT COUNT(*) FROM signing_keys WHERE tenant_id = 1");
        let files = std::fs::read_dir(s.path().join("data/keywright/keys/acme"))
            .unwrap()
            .count();
        assert_eq!(
            files as i64, rows,
            "every secret has its key row and no more"
        );
    };
    let campaigns = [
        Campaign {
            args: strings(&[&issue[..], &["--count", "3000"]].concat()),
            measure: "SELECT COUNT(*) FROM licenses",
            step: 3000,
            prepare: &nothing,
            after: &nothing,
        },
        Campaign {
            args: strings(&["license", "import", csv.to_str().unwrap(), "--yes", "-q"]),
            measure: "SELECT COUNT(*) FROM licenses",
            step: 1500,
            prepare: &nothing,
            after: &nothing,
        },
        Campaign {
            args: strings(&REVOKE_ALL),
            measure: "SELECT COUNT(*) FROM licenses WHERE status = 'revoked'",
            step: 1500,
            prepare: &enough_active,
            after: &nothing,
        },
        Campaign {
            args: strings(&["license", "renew", &first, "--extend", "30d", "-q"]),
            measure: "SELECT version FROM licenses WHERE product_id = 2",
            step: 1,
            prepare: &nothing,
            after: &nothing,
        },
        Campaign {
            args: strings(&["key", "rotate", "-q"]),
            measure: "SELECT COUNT(*) FROM signing_keys",
            step: 1,
            prepare: &nothing,
            after: &rotate_again,
        },
        Campaign {
            args: strings(&["export", "licenses", "--out", out.to_str().unwrap(), "-q"]),
            measure: "SELECT COUNT(*) FROM audit_log WHERE action = 'licenses.exported'",
            step: 1,
            prepare: &exported_rows,
            after: &exported_rows,
        },
    ];
    let mut cut_short = 0;
    for campaign in &campaigns {
        cut_short += run_campaign(&s, campaign);
    }
    eprintln!(
        "kill campaign: {} kills, {cut_short} of them before the command ended",
        kills() * campaigns.len() as u32
    );
}
