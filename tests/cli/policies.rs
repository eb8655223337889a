//! Policies (docs/policies.md): a plan's choices are kept on each license
//! it issues (sealed with the row, so a plan changed later changes none
//! already sold), shown by `plan show` and `license show`, and applied:
//! the basis of a renewal, the scope of a machine, what expiry does.

use serde_json::{Value, json};

use crate::util::{Sandbox, unix};

const DAY: i64 = 86_400;

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn show(s: &Sandbox, key: &str) -> Value {
    s.json(&["license", "show", key])
}

#[test]
fn a_plan_s_policy_is_kept_on_each_license_and_a_later_change_of_the_plan_changes_none() {
    let s = Sandbox::with_tenant("ed25519");
    let plan = s.json(&[
        "plan",
        "create",
        "app",
        "pro",
        "--duration",
        "30d",
        "--on-expiry",
        "allow",
        "--renew-from",
        "expiry",
        "--meter",
        "exports=500/month",
        "--machine-scope",
        "product",
    ]);
    let policy = json!({
        "on_expiry": "allow", "renew_from": "expiry", "machine_scope": "product",
        "meters": {"exports": {"limit": 500, "monthly": true}},
    });
    assert_eq!(plan["policy"], policy, "{plan}");
    let key = s.issue_key(&["--plan", "pro"]);
    assert_eq!(show(&s, &key)["policy"], policy);
    let changed = s.json(&[
        "plan",
        "update",
        "app",
        "pro",
        "--remove-meter",
        "exports",
        "--overage",
        "1.5x",
        "--on-expiry",
        "restrict",
    ]);
    assert_eq!(
        changed["policy"],
        json!({"renew_from": "expiry", "machine_scope": "product", "overage": "1.5x"})
    );
    assert_eq!(
        show(&s, &key)["policy"],
        policy,
        "the license keeps what it was sold with"
    );
    // A license of defaults shows none.
    let plain = s.issue_key(&[]);
    assert!(show(&s, &plain).get("policy").is_none());
    // The policy is sealed with the row: editing it is tampering.
    s.ok(&["doctor"]);
    s.tamper(&format!(
        "UPDATE licenses SET policy = '{{\"on_expiry\":\"revoke\"}}' WHERE key = '{key}'"
    ));
    let said = s.fails(&["license", "renew", &key, "--extend", "1d"], 2);
    assert!(said.contains("cannot be signed again"), "{said}");
    for bad in [
        &["plan", "create", "app", "bad", "--meter", "exports"][..],
        &["plan", "create", "app", "bad", "--on-expiry", "forever"],
        &["plan", "update", "app", "pro", "--remove-meter", "nope"],
    ] {
        s.fails(bad, 2);
    }
}

#[test]
fn a_renewal_counts_from_the_expiry_from_now_or_from_now_once_expired_as_the_plan_says() {
    let s = Sandbox::with_tenant("ed25519");
    for (plan, basis) in [
        ("by-expiry", "expiry"),
        ("by-now", "now"),
        ("by-default", "now-if-expired"),
    ] {
        s.ok(&[
            "plan",
            "create",
            "app",
            plan,
            "--duration",
            "30d",
            "--renew-from",
            basis,
        ]);
    }
    let extend = |plan: &str| {
        let key = s.issue_key(&["--plan", plan]);
        let before = unix(&show(&s, &key)["expires"]);
        let after = unix(&s.json(&["license", "renew", &key, "--extend", "10d"])["expires"]);
        (before, after)
    };
    let (before, after) = extend("by-expiry");
    assert_eq!(after - before, 10 * DAY);
    let (_, after) = extend("by-now");
    assert!((after - (now() + 10 * DAY)).abs() < 60, "from now: {after}");
    let (before, after) = extend("by-default");
    assert_eq!(after - before, 10 * DAY, "not expired yet: from the expiry");
}

#[test]
fn a_license_s_own_policy_overrides_its_plan_s_from_flags_and_csv() {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "pro",
        "--on-expiry",
        "allow",
        "--meter",
        "exports=5",
    ]);
    let key = s.issue_key(&[
        "--plan",
        "pro",
        "--on-expiry",
        "revoke",
        "--meter",
        "seats_hours=9/month",
    ]);
    assert_eq!(
        show(&s, &key)["policy"],
        json!({"on_expiry": "revoke", "meters": {"exports": {"limit": 5}, "seats_hours": {"limit": 9, "monthly": true}}})
    );
    let csv = s.file(
        "rows.csv",
        "product,customer,plan,machine_scope,meters,renew_from\napp,ada@example.com,pro,tenant,exports=7,now\n",
    );
    s.ok(&["license", "import", &csv, "--yes"]);
    let newest = s.ok(&["license", "list", "-q", "--limit", "1"]);
    assert_eq!(
        show(&s, newest.trim())["policy"],
        json!({"on_expiry": "allow", "renew_from": "now", "machine_scope": "tenant", "meters": {"exports": {"limit": 7}}})
    );
    let bad = s.file(
        "bad.csv",
        "product,customer,on_expiry\napp,ada@example.com,forever\n",
    );
    let said = s.fails(&["license", "import", &bad, "--yes"], 2);
    assert!(
        said.contains("not a on-expiry rule") || said.contains("on-expiry"),
        "{said}"
    );
}
