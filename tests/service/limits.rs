//! Rate limits: over a limit a client gets 429 with Retry-After, never a
//! wrong answer; a license going over its limit is suspicious activity.

use serde_json::json;

use crate::server::{Server, api_key, shop};

fn limited_shop(limits: &str) -> crate::util::Sandbox {
    let s = shop();
    let config = format!("key_store = \"file\"\n[serve.rate_limits]\n{limits}\n");
    std::fs::write(s.config_path(), config).unwrap();
    s
}

#[test]
fn a_license_over_its_limit_gets_429_and_is_reported() {
    let s = limited_shop("license_per_minute = 1\nlicense_burst = 2");
    let key = s.issue_key(&[]);
    let other = s.issue_key(&[]);
    let server = Server::start(&s);
    let path = "/v1/tenants/acme/licenses/validate";
    let body = json!({"key": key});
    for _ in 0..2 {
        assert_eq!(
            server.call("POST", path, None, Some(&body)).json["code"],
            "VALID"
        );
    }
    let limited = server.call("POST", path, None, Some(&body));
    assert_eq!(
        (limited.status, limited.error_code()),
        (429, "rate_limited"),
        "{}",
        limited.text
    );
    let retry: u64 = limited.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    // Another license is not held back.
    assert_eq!(
        server
            .call("POST", path, None, Some(&json!({"key": other})))
            .status,
        200
    );
    crate::server::eventually(10, "the burst is audited", || {
        let audit = s.json(&["audit", "list", "--action", "license.suspicious_activity"]);
        audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["details"]["reason"] == "RATE_LIMITED")
    });
}

#[test]
fn an_address_over_its_limit_gets_429_unless_it_sends_an_api_key() {
    let s = limited_shop("address_per_minute = 1\naddress_burst = 3");
    let keys: Vec<String> = (0..5).map(|_| s.issue_key(&[])).collect();
    let validator = api_key(&s, "validator");
    let server = Server::start(&s);
    let path = "/v1/tenants/acme/licenses/validate";
    let statuses: Vec<u16> = keys
        .iter()
        .map(|k| {
            server
                .call("POST", path, None, Some(&json!({"key": k})))
                .status
        })
        .collect();
    assert_eq!(statuses, [200, 200, 200, 429, 429]);
    for k in &keys {
        let reply = server.call("POST", path, Some(&validator), Some(&json!({"key": k})));
        assert_eq!(reply.status, 200, "{}", reply.text);
    }
}

/// A key that is not one (made up, or another's public part with a wrong
/// secret) is refused at the cost of the address it comes from: it lifts
/// no limit and spends neither the license's bucket nor the real key's.
#[test]
fn a_made_up_api_key_is_refused_at_the_cost_of_its_address_and_no_one_else() {
    let s = limited_shop(
        "address_per_minute = 1\naddress_burst = 3\nlicense_per_minute = 1\nlicense_burst = 2\napi_key_per_minute = 1\napi_key_burst = 2",
    );
    let key = s.issue_key(&[]);
    let validator = api_key(&s, "validator");
    let server = Server::start(&s);
    let path = "/v1/tenants/acme/licenses/validate";
    let body = json!({"key": key});
    let forged = format!("{}{}", &validator[..11], "A".repeat(validator.len() - 11));
    let statuses: Vec<u16> = (0..5)
        .map(|_| server.call("POST", path, Some(&forged), Some(&body)).status)
        .collect();
    assert_eq!(statuses, [401, 401, 401, 429, 429]);
    let made_up: Vec<u16> = (0..2)
        .map(|_| {
            server
                .call("POST", path, Some("kw_nothing"), Some(&body))
                .status
        })
        .collect();
    assert_eq!(made_up, [429, 429], "the address is spent, keys or not");
    // The real key and the license lost nothing to the forgeries.
    for _ in 0..2 {
        let reply = server.call("POST", path, Some(&validator), Some(&body));
        assert_eq!(reply.status, 200, "{}", reply.text);
    }
}

#[test]
fn the_caches_and_readers_are_settings_and_a_service_without_caches_answers_the_same() {
    let s = shop();
    let key = s.issue_key(&[]);
    let config = "key_store = \"file\"\n[serve]\ntoken_cache_mib = 0\npage_cache_mib = 1\n\
        license_cache_mib = 0\nreaders = 1\n";
    std::fs::write(s.config_path(), config).unwrap();
    let server = Server::start(&s);
    let path = "/v1/tenants/acme/licenses/validate";
    // Eight at once wait their turn for the one reader.
    let codes: Vec<String> = std::thread::scope(|threads| {
        let calls: Vec<_> = (0..8)
            .map(|_| threads.spawn(|| server.call("POST", path, None, Some(&json!({"key": key})))))
            .collect();
        let replies = calls.into_iter().map(|call| call.join().unwrap());
        replies.map(|r| r.json["code"].to_string()).collect()
    });
    assert_eq!(codes, vec!["\"VALID\""; 8]);
    drop(server);
    for (setting, said) in [
        ("page_cache_mib = 0", "page_cache_mib must be from 1"),
        ("readers = 0", "readers must be from 1 to 256"),
        ("readers = 257", "readers must be from 1 to 256"),
        (
            "token_cache_mib = 99999999",
            "token_cache_mib must be at most",
        ),
        (
            "license_cache_mib = 99999999",
            "license_cache_mib must be at most",
        ),
    ] {
        let config = format!("key_store = \"file\"\n[serve]\n{setting}\n");
        std::fs::write(s.config_path(), config).unwrap();
        let err = s.fails(&["serve", "--listen", "127.0.0.1:0"], 2);
        assert!(err.contains(said), "{err}");
    }
}
