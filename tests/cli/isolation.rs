//! Random command sequences for two tenants whose license keys share one
//! prefix and whose customers share one email: no command acting for one
//! tenant reads or changes a row of the other. `PROPTEST_CASES` sets how
//! many sequences run (8 unless set; each command is a process).

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::util::Sandbox;

const TENANTS: [&str; 2] = ["north", "south"];

/// One command: which tenant acts, what it does, and whether it names one
/// of its own licenses or one of the other tenant's.
#[derive(Debug, Clone)]
struct Step {
    actor: usize,
    action: usize,
    own: bool,
    pick: prop::sample::Index,
}

const ACTIONS: usize = 10;

fn step() -> impl Strategy<Value = Step> {
    (
        0..2usize,
        0..ACTIONS,
        any::<bool>(),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(actor, action, own, pick)| Step {
            actor,
            action,
            own,
            pick,
        })
}

fn arguments(action: usize, key: &str) -> Vec<String> {
    let args: &[&str] = match action {
        0 => &[
            "license",
            "issue",
            "--product",
            "app",
            "--customer",
            "ada@example.com",
            "--json",
        ],
        1 => &["license", "revoke", key, "--yes"],
        2 => &["license", "suspend", key],
        3 => &["license", "renew", key, "--extend", "30d"],
        4 => &["license", "update", key, "--add-feature", "sso"],
        5 => &["license", "activate", key, "--fingerprint", "m1"],
        6 => &["license", "show", key, "--json"],
        7 => &["validate", key, "--json"],
        8 => &["customer", "update", "ada@example.com", "--name", "Changed"],
        _ => &["license", "list", "--json"],
    };
    args.iter().map(|a| a.to_string()).collect()
}

/// Every row that belongs to `tenant`, as text.
fn rows_of(s: &Sandbox, tenant: &str) -> String {
    let id = s.number(&format!("SELECT id FROM tenants WHERE slug = '{tenant}'"));
    let mut text = String::new();
    for (table, column) in [
        ("tenants", "id"),
        ("signing_keys", "tenant_id"),
        ("products", "tenant_id"),
        ("customers", "tenant_id"),
        ("licenses", "tenant_id"),
        ("activations", "tenant_id"),
        ("audit_log", "tenant_id"),
    ] {
        let sql = format!("SELECT * FROM {table} WHERE {column} = {id} ORDER BY id");
        for row in s.rows(&sql) {
            text.push_str(&format!("{table} {row:?}\n"));
        }
    }
    text
}

fn tokens_of(s: &Sandbox, tenant: &str) -> Vec<String> {
    let sql = format!(
        "SELECT token FROM licenses WHERE tenant_id = (SELECT id FROM tenants WHERE slug = '{tenant}')"
    );
    s.rows(&sql)
        .into_iter()
        .map(|row| row[0].clone().unwrap())
        .collect()
}

fn keys_of(s: &Sandbox, tenant: &str) -> Vec<String> {
    s.ok(&["--tenant", tenant, "license", "list", "-q"])
        .lines()
        .map(str::to_string)
        .collect()
}

fn two_tenants() -> Sandbox {
    let s = Sandbox::initialised();
    for tenant in TENANTS {
        s.ok(&[
            "tenant",
            "create",
            tenant,
            "--slug",
            tenant,
            "--key-prefix",
            "KW",
        ]);
        let scoped = |args: &[&str]| {
            let mut all = vec!["--tenant", tenant];
            all.extend_from_slice(args);
            s.ok(&all);
        };
        scoped(&[
            "product",
            "create",
            "app",
            "--name",
            "App",
            "--feature",
            "sso",
        ]);
        scoped(&["customer", "create", "ada@example.com"]);
        scoped(&[
            "license",
            "issue",
            "--product",
            "app",
            "--customer",
            "ada@example.com",
        ]);
    }
    s
}

fn run_sequence(steps: &[Step]) -> Result<(), TestCaseError> {
    let s = two_tenants();
    for step in steps {
        let (actor, other) = (TENANTS[step.actor], TENANTS[1 - step.actor]);
        let named = if step.own { actor } else { other };
        let keys = keys_of(&s, named);
        let key = step.pick.get(&keys).clone();
        let other_rows = rows_of(&s, other);
        let other_keys = keys_of(&s, other);
        let mut args = vec!["--tenant".to_string(), actor.to_string()];
        args.extend(arguments(step.action, &key));
        let out = s.cmd().args(&args).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        prop_assert_eq!(
            rows_of(&s, other),
            other_rows,
            "{:?} changed a row of {}",
            args,
            other
        );
        // The key named is echoed back; nothing else of the other tenant's.
        for shown in other_keys.iter().filter(|k| **k != key) {
            prop_assert!(
                !stdout.contains(shown.as_str()),
                "{:?} showed {}'s license {}",
                args,
                other,
                shown
            );
        }
        for token in tokens_of(&s, other) {
            prop_assert!(
                !stdout.contains(&token),
                "{:?} showed a token of {}",
                args,
                other
            );
        }
        let names_other = !step.own && (1..8).contains(&step.action);
        if names_other {
            prop_assert!(
                !out.status.success(),
                "{:?} acted on {}'s license",
                args,
                other
            );
            prop_assert!(!stderr.contains("panicked"), "{}", stderr);
        }
    }
    Ok(())
}

#[test]
fn random_command_sequences_never_cross_from_one_tenant_to_the_other() {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(8);
    let mut runner = TestRunner::new(Config {
        cases,
        ..Config::default()
    });
    runner
        .run(&proptest::collection::vec(step(), 1..12), |steps| {
            run_sequence(&steps)
        })
        .unwrap();
}
