//! The verification snippets of docs/verify-in-your-language.md, run as
//! the programs they are part of: PyJWT (`examples/python`), `jose`
//! (`examples/node`), golang-jwt (`examples/go`) and the `jsonwebtoken`
//! crate (`examples/verify_with_jsonwebtoken.rs`). On every case, tokens
//! made by the binary, each says what `keywright verify` says; and the
//! snippets in the document are the code of those programs.

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use hmac::{KeyInit, Mac};
use serde_json::{Value, json};

use crate::util::{Sandbox, example_binary, node, python, repo_file};

/// A shop whose tokens the cases sign, with what the verifiers need.
struct Shop {
    sandbox: Sandbox,
    key_pem: String,
    jwks: String,
    /// Lists of the tenant, oldest first: one expired by now, one older
    /// than the newest (`seq` 2), and the newest (`seq` 3).
    expired_list: String,
    older_list: String,
    revocations: String,
    /// A license revoked in the database, and one that is not.
    revoked: String,
    kept: String,
    /// A license of a key revoked since (`revoked_kids`).
    of_revoked_key: String,
    now: i64,
}

fn shop() -> Shop {
    let s = Sandbox::with_tenant("ed25519");
    let of_revoked_key = s.issue_token(&[]);
    let first_kid = s.first_kid();
    s.ok(&["key", "rotate"]);
    // The application embedded the keys before the first was revoked.
    let jwks = s.jwks_file();
    let active_kid = s.json(&["key", "list"])["items"][1]["kid"]
        .as_str()
        .unwrap()
        .to_string();
    let key_pem = s.private_key_file_of(&active_kid);
    let (revoked, kept) = (s.issue_token(&[]), s.issue_token(&[]));
    let key_of = |token: &str| claims_of(token)["sub"].as_str().unwrap().to_string();
    s.ok(&[
        "license",
        "revoke",
        &key_of(&revoked),
        "--reason",
        "refunded",
    ]);
    s.ok(&["key", "revoke", &first_kid, "--yes"]);
    let list = |name: &str, flags: &[&str]| {
        let path = s.path().join(name).display().to_string();
        s.ok(&[&["revocations", "export", "--out", &path][..], flags].concat());
        path
    };
    let expired_list = list("expired.jwt", &["--valid-for", "1s"]);
    let older_list = list("older.jwt", &[]);
    let revocations = list("revoked.jwt", &[]);
    std::thread::sleep(std::time::Duration::from_millis(1_100));
    let now = keywright::token::Expectations::at_now().now();
    Shop {
        sandbox: s,
        key_pem,
        jwks,
        expired_list,
        older_list,
        revocations,
        revoked: revoked.trim().into(),
        kept: kept.trim().into(),
        of_revoked_key: of_revoked_key.trim().into(),
        now,
    }
}

fn claims_of(token: &str) -> Value {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&B64.decode(payload).unwrap()).unwrap()
}

impl Shop {
    /// `base` with the claims of `extra` set over it, written to a file.
    fn claims_file(&self, name: &str, mut base: Value, extra: Value) -> String {
        for (claim, value) in extra.as_object().unwrap() {
            base[claim] = value.clone();
        }
        self.sandbox.file(name, &base.to_string())
    }

    /// A license token of `app` with these claims over the defaults.
    fn sign(&self, extra: Value) -> String {
        let base = json!({
            "iss": "acme", "sub": "ACME-AAAAA-AAAAA-AAAAA-AAAAA", "aud": "app",
            "iat": self.now - 60, "features": ["sso"],
        });
        let path = self.claims_file("claims.json", base, extra);
        let out = self
            .sandbox
            .ok(&["sign", "--claims", &path, "--key-file", &self.key_pem]);
        out.trim().to_string()
    }

    /// A license token as another library mints it (PyJWT), for claims
    /// keywright itself never writes (`aud` as an array).
    fn mint_elsewhere(&self, kid: &str, extra: Value) -> String {
        let base =
            json!({"iss": "acme", "sub": "ACME-AAAAA-AAAAA-AAAAA-AAAAA", "iat": self.now - 60});
        let path = self.claims_file("foreign-claims.json", base, extra);
        let out = python("tests/interop/pyjwt_interop.py")
            .args(["mint-eddsa", &self.key_pem, kid, &path])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }
}

/// A JWS with this header over the payload of `token`, signed by `sign`.
fn forged(token: &str, header: Value, sign: impl Fn(&[u8]) -> Vec<u8>) -> String {
    let head = B64.encode(header.to_string());
    let payload = token.split('.').nth(1).unwrap();
    let input = format!("{head}.{payload}");
    format!("{input}.{}", B64.encode(sign(input.as_bytes())))
}

/// One case: a token, what the application asks, and keywright's answer.
struct Case {
    name: &'static str,
    token: String,
    flags: Vec<String>,
    /// `Some(code)`: every snippet gives this code; `None`: only "not valid"
    /// is required (a refused header or signature: codes may differ).
    code: Option<&'static str>,
    /// Whether the license may be used: `VALID` and `GRACE` may, and
    /// `EXPIRED` when the token's rule on expiry lets it go on.
    usable: bool,
}

fn case(name: &'static str, token: String, flags: &[&str], code: Option<&'static str>) -> Case {
    Case {
        name,
        token,
        flags: flags.iter().map(|f| f.to_string()).collect(),
        code,
        usable: code.is_some_and(|c| ["VALID", "GRACE"].contains(&c)),
    }
}

/// An expired license whose rule on expiry lets it go on: `EXPIRED`, usable.
fn going_on(name: &'static str, token: String, flags: &[&str]) -> Case {
    Case {
        usable: true,
        ..case(name, token, flags, Some("EXPIRED"))
    }
}

/// The day (UTC) of a Unix time, as a build date is written.
fn day_of(unix: i64) -> String {
    jiff::Timestamp::from_second(unix)
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
        .to_string()
}

fn cases(shop: &Shop) -> Vec<Case> {
    let now = shop.now;
    let valid = shop.sign(json!({}));
    let kid = claims_header_kid(&valid);
    let public_x = public_key_x(&shop.jwks, &kid);
    let foreign = {
        let other = Sandbox::with_tenant("ed25519");
        other.issue_token(&[]).to_string()
    };
    let mut tampered = valid.clone();
    let other_payload = shop.sign(json!({"features": ["*"]}));
    tampered = format!(
        "{}.{}.{}",
        tampered.split('.').next().unwrap(),
        other_payload.split('.').nth(1).unwrap(),
        tampered.split('.').nth(2).unwrap()
    );
    let revocation_list = std::fs::read_to_string(&shop.revocations)
        .unwrap()
        .trim()
        .to_string();
    let revocations = ["--revocations", shop.revocations.as_str()];
    let newest = [&revocations[..], &["--min-seq", "3"]].concat();
    vec![
        case(
            "its key revoked, on the list",
            shop.of_revoked_key.clone(),
            &revocations,
            Some("REVOKED"),
        ),
        case(
            "its key revoked, no list yet",
            shop.of_revoked_key.clone(),
            &[],
            Some("VALID"),
        ),
        case(
            "an expired list",
            shop.kept.clone(),
            &["--revocations", &shop.expired_list],
            Some("EXPIRED"),
        ),
        case(
            "a list older than one seen",
            shop.kept.clone(),
            &["--revocations", &shop.older_list, "--min-seq", "3"],
            Some("CLOCK_ROLLBACK"),
        ),
        case("the newest list", shop.kept.clone(), &newest, Some("VALID")),
        case("perpetual", valid.clone(), &[], Some("VALID")),
        case(
            "expires later",
            shop.sign(json!({"exp": now + 86_400})),
            &[],
            Some("VALID"),
        ),
        case(
            "in its grace",
            shop.sign(json!({"exp": now - 100, "grace": 3_600})),
            &[],
            Some("GRACE"),
        ),
        case(
            "past its grace",
            shop.sign(json!({"exp": now - 7_200, "grace": 3_600})),
            &[],
            Some("EXPIRED"),
        ),
        case(
            "expired, no grace",
            shop.sign(json!({"exp": now - 10})),
            &[],
            Some("EXPIRED"),
        ),
        case(
            "waiting for its first activation",
            shop.sign(json!({"exp": now - 60, "starts": "first-activation"})),
            &[],
            Some("NOT_STARTED"),
        ),
        going_on(
            "expired, on-expiry allow",
            shop.sign(json!({"exp": now - 7_200, "on_expiry": "allow"})),
            &[],
        ),
        going_on(
            "expired, on-expiry maintain, a build from before",
            shop.sign(json!({"exp": now - 10 * 86_400, "on_expiry": "maintain"})),
            &["--build-date", &day_of(now - 20 * 86_400)],
        ),
        case(
            "expired, on-expiry maintain, a build from after",
            shop.sign(json!({"exp": now - 10 * 86_400, "on_expiry": "maintain"})),
            &["--build-date", &day_of(now - 86_400)],
            Some("EXPIRED"),
        ),
        case(
            "expired, on-expiry maintain, no build date",
            shop.sign(json!({"exp": now - 10 * 86_400, "on_expiry": "maintain"})),
            &[],
            Some("EXPIRED"),
        ),
        going_on(
            "expired, on-expiry allow, a feature it grants",
            shop.sign(json!({"exp": now - 7_200, "on_expiry": "allow"})),
            &["--feature", "sso"],
        ),
        case(
            "expired, on-expiry allow, a feature it lacks",
            shop.sign(json!({"exp": now - 7_200, "on_expiry": "allow"})),
            &["--feature", "audit-log"],
            Some("FEATURE_MISSING"),
        ),
        case(
            "not yet valid",
            shop.sign(json!({"nbf": now + 3_600, "exp": now + 7_200})),
            &[],
            Some("NOT_YET_VALID"),
        ),
        case(
            "another product",
            shop.sign(json!({"aud": "other"})),
            &[],
            Some("WRONG_PRODUCT"),
        ),
        case(
            "aud as an array",
            shop.mint_elsewhere(&kid, json!({"aud": ["other", "app"]})),
            &[],
            Some("VALID"),
        ),
        case(
            "feature granted",
            valid.clone(),
            &["--feature", "sso"],
            Some("VALID"),
        ),
        case(
            "feature missing",
            valid.clone(),
            &["--feature", "export"],
            Some("FEATURE_MISSING"),
        ),
        case(
            "every feature",
            shop.sign(json!({"features": ["*"]})),
            &["--feature", "export"],
            Some("VALID"),
        ),
        case(
            "one label",
            shop.sign(json!({"domains": ["*.example.com"]})),
            &["--domain", "a.example.com"],
            Some("VALID"),
        ),
        case(
            "two labels",
            shop.sign(json!({"domains": ["*.example.com"]})),
            &["--domain", "a.b.example.com"],
            Some("DOMAIN_MISMATCH"),
        ),
        case(
            "the bare domain",
            shop.sign(json!({"domains": ["*.example.com"]})),
            &["--domain", "example.com"],
            Some("DOMAIN_MISMATCH"),
        ),
        case(
            "no domains named",
            valid.clone(),
            &["--domain", "anything.test"],
            Some("VALID"),
        ),
        case(
            "its machine",
            shop.sign(json!({"machines": ["m1"]})),
            &["--fingerprint", "m1"],
            Some("VALID"),
        ),
        case(
            "another machine",
            shop.sign(json!({"machines": ["m1"]})),
            &["--fingerprint", "m2"],
            Some("FINGERPRINT_MISMATCH"),
        ),
        case(
            "revoked, on the list",
            shop.revoked.clone(),
            &revocations,
            Some("REVOKED"),
        ),
        case(
            "not on the list",
            shop.kept.clone(),
            &revocations,
            Some("VALID"),
        ),
        case(
            "signed by another tenant",
            foreign,
            &[],
            Some("UNKNOWN_KEY"),
        ),
        case(
            "another token's signature",
            tampered,
            &[],
            Some("BAD_SIGNATURE"),
        ),
        case("a revocation list as a license", revocation_list, &[], None),
        case(
            "alg none",
            forged(
                &valid,
                json!({"alg": "none", "kid": kid, "typ": "lic+jwt"}),
                |_| Vec::new(),
            ),
            &[],
            None,
        ),
        case(
            "HS256 keyed with the public key",
            forged(
                &valid,
                json!({"alg": "HS256", "kid": kid, "typ": "lic+jwt"}),
                |input| {
                    let mut mac =
                        hmac::Hmac::<sha2::Sha256>::new_from_slice(public_x.as_bytes()).unwrap();
                    mac.update(input);
                    mac.finalize().into_bytes().to_vec()
                },
            ),
            &[],
            None,
        ),
    ]
}

/// What `keywright verify` answers: the code it prints and whether it is
/// valid, or, for a revocation list it cannot use, the code its error
/// ends with.
fn keywright_code(s: &Sandbox, args: &[&str]) -> (String, bool) {
    let out = s.cmd().args(args).arg("--json").output().unwrap();
    if let Ok(doc) = serde_json::from_slice::<Value>(&out.stdout) {
        let code = doc["code"].as_str().unwrap_or_default().to_string();
        let valid = doc["valid"].as_bool().unwrap_or(false);
        assert_eq!(out.status.success(), valid, "{args:?}: {doc}");
        return (code, valid);
    }
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{args:?}: {err}");
    let code = err
        .trim()
        .rsplit_once('(')
        .map(|(_, c)| c.trim_end_matches(')'));
    (code.unwrap_or_default().to_string(), false)
}

fn claims_header_kid(token: &str) -> String {
    let header: Value =
        serde_json::from_slice(&B64.decode(token.split('.').next().unwrap()).unwrap()).unwrap();
    header["kid"].as_str().unwrap().to_string()
}

fn public_key_x(jwks: &str, kid: &str) -> String {
    let set: Value = serde_json::from_str(&std::fs::read_to_string(jwks).unwrap()).unwrap();
    let key = set["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kid"] == kid)
        .unwrap();
    key["x"].as_str().unwrap().to_string()
}

/// The golang-jwt example, built once in a copy that finds the module in
/// Debian's package (scripts/test.sh installs golang-go and it).
fn go_binary(dir: &Path) -> PathBuf {
    let copy = dir.join("go-example");
    std::fs::create_dir_all(&copy).unwrap();
    for file in ["go.mod", "main.go"] {
        std::fs::copy(repo_file("examples/go").join(file), copy.join(file)).unwrap();
    }
    let go = |args: &[&str]| {
        let out = Command::new("go")
            .args(args)
            .current_dir(&copy)
            .env("GOFLAGS", "-mod=mod")
            .env("GOPROXY", "off")
            .env("GOSUMDB", "off")
            .env("GOTOOLCHAIN", "local")
            .output()
            .expect("go is installed (run the tests with scripts/test.sh)");
        assert!(
            out.status.success(),
            "go {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    go(&[
        "mod",
        "edit",
        "-replace",
        "github.com/golang-jwt/jwt/v4=/usr/share/gocode/src/github.com/golang-jwt/jwt",
    ]);
    go(&["build", "-o", "verify", "."]);
    copy.join("verify")
}

/// What one implementation answers: its code and whether it exited 0.
fn answer(mut cmd: Command, case: &Case, shop: &Shop, product: &str) -> (String, bool) {
    let out = cmd
        .arg(&case.token)
        .arg(&shop.jwks)
        .arg(product)
        .args(&case.flags)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let parsed: Value = serde_json::from_str(text.trim()).unwrap_or_else(|_| {
        panic!(
            "{}: no JSON answer: {text} {}",
            case.name,
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (
        parsed["code"].as_str().unwrap_or("?").to_string(),
        out.status.success(),
    )
}

/// How to start one implementation's program.
type Runner<'a> = Box<dyn Fn() -> Command + 'a>;

#[test]
fn every_snippet_says_what_keywright_says() {
    let shop = shop();
    let go = go_binary(shop.sandbox.path());
    let implementations: Vec<(&str, Runner)> = vec![
        (
            "PyJWT",
            Box::new(|| python("examples/python/keywright_license.py")),
        ),
        (
            "jose",
            Box::new(|| node("examples/node/keywright-license.mjs")),
        ),
        ("golang-jwt", Box::new(|| Command::new(&go))),
        (
            "jsonwebtoken",
            Box::new(|| Command::new(example_binary("verify_with_jsonwebtoken"))),
        ),
        (
            "keywright's library",
            Box::new(|| Command::new(example_binary("verify_token"))),
        ),
    ];
    let mut disagreements = Vec::new();
    for case in cases(&shop) {
        let mut args = vec![
            "verify",
            case.token.as_str(),
            "--jwks",
            shop.jwks.as_str(),
            "--product",
            "app",
        ];
        args.extend(case.flags.iter().map(String::as_str));
        let (keywright, valid) = keywright_code(&shop.sandbox, &args);
        assert_eq!(valid, case.usable, "keywright on {}", case.name);
        if let Some(code) = case.code {
            assert_eq!(keywright, code, "keywright on {}", case.name);
        } else {
            assert!(
                !["VALID", "GRACE"].contains(&keywright.as_str()),
                "keywright accepted {}",
                case.name
            );
        }
        for (library, command) in &implementations {
            let (code, usable) = answer(command(), &case, &shop, "app");
            let agrees = match case.code {
                Some(expected) => code == expected && usable == case.usable,
                None => !usable && !["VALID", "GRACE"].contains(&code.as_str()),
            };
            if !agrees {
                disagreements.push(format!(
                    "{library} on {}: {code} (keywright: {keywright})",
                    case.name
                ));
            }
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}

/// The code blocks of docs/verify-in-your-language.md are the snippets of
/// the example programs, word for word.
#[test]
fn the_document_shows_the_code_the_tests_run() {
    let doc = std::fs::read_to_string(repo_file("docs/verify-in-your-language.md")).unwrap();
    for (name, file) in [
        ("pyjwt", "examples/python/keywright_license.py"),
        ("jose", "examples/node/keywright-license.mjs"),
        ("golang-jwt", "examples/go/main.go"),
        ("jsonwebtoken", "examples/verify_with_jsonwebtoken.rs"),
    ] {
        let source = std::fs::read_to_string(repo_file(file)).unwrap();
        let snippet = between(
            &source,
            &format!("--- begin snippet: {name} ---"),
            &format!("--- end snippet: {name} ---"),
        )
        .unwrap_or_else(|| panic!("{file} marks no snippet {name}"));
        let shown = between(
            &doc,
            &format!("<!-- snippet: {name} -->"),
            "<!-- end snippet -->",
        )
        .unwrap_or_else(|| panic!("the document shows no snippet {name}"));
        let code = shown.trim().lines().skip(1).collect::<Vec<_>>();
        let code = code[..code.len() - 1].join("\n");
        assert_eq!(
            code.trim(),
            snippet.trim(),
            "the document's {name} snippet differs from {file}"
        );
    }
}

/// The text between two markers, without the lines that hold them.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)?;
    let from = from + text[from..].find('\n')? + 1;
    let to = from + text[from..].find(end)?;
    let to = text[..to].rfind('\n').unwrap_or(to);
    Some(&text[from..to])
}
