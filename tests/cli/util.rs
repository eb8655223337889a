//! A sandbox per test: its own HOME, data and config directories, and a
//! command builder that strips the caller's environment.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub struct Sandbox {
    dir: TempDir,
    extra_env: Vec<(String, String)>,
    /// The PostgreSQL database of the sandbox, when the suite runs on
    /// PostgreSQL (`KEYWRIGHT_TEST_BACKEND=postgres`); else a SQLite file.
    postgres: Option<String>,
}

/// Whether the suite runs on PostgreSQL: `KEYWRIGHT_TEST_BACKEND=postgres`
/// (scripts/test.sh runs it on each backend).
pub fn on_postgres() -> bool {
    std::env::var("KEYWRIGHT_TEST_BACKEND").is_ok_and(|b| b == "postgres")
}

impl Sandbox {
    /// A sandbox on the suite's backend.
    pub fn new() -> Sandbox {
        let postgres = on_postgres().then(pg::new_database);
        Sandbox::with_database(postgres)
    }

    /// A sandbox on the PostgreSQL database at `url` (the service's tests
    /// start a server of their own to take away).
    #[allow(dead_code)]
    pub fn on_database(url: &str) -> Sandbox {
        Sandbox::with_database(Some(url.to_string()))
    }

    /// A sandbox whose database is a SQLite file whatever the suite's
    /// backend: for what only a file has (its modes, its bytes, a backup
    /// of it, its locks).
    pub fn on_sqlite() -> Sandbox {
        Sandbox::with_database(None)
    }

    fn with_database(postgres: Option<String>) -> Sandbox {
        let mut extra_env = Vec::new();
        if let Some(url) = &postgres {
            extra_env.push(("KEYWRIGHT_DB".to_string(), url.clone()));
        }
        Sandbox {
            dir: tempfile::tempdir().expect("a temporary directory"),
            extra_env,
            postgres,
        }
    }

    /// A new sandbox holding a copy of everything in `other` (database, key
    /// files, config): to try a change on a copy.
    pub fn copy_of(other: &Sandbox) -> Sandbox {
        let copy = Sandbox::with_database(other.postgres.as_deref().map(pg::copy_of_database));
        copy_tree(other.path(), copy.path());
        copy
    }

    /// A sandbox holding the version-1 database of `tests/fixtures/v1` and its
    /// file key store. A checkout does not keep file modes, so the key
    /// folder and files get the owner-only modes the file key store demands.
    pub fn from_v1_fixture() -> Sandbox {
        use std::os::unix::fs::PermissionsExt;
        let sandbox = Sandbox::on_sqlite();
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1");
        let data = sandbox.db_path().parent().unwrap().to_path_buf();
        std::fs::create_dir_all(&data).unwrap();
        std::fs::copy(fixture.join("keywright.db"), sandbox.db_path()).unwrap();
        for folder in [data.join("keys"), data.join("keys/acme")] {
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700)).unwrap();
        }
        for entry in std::fs::read_dir(fixture.join("keys/acme")).unwrap() {
            let entry = entry.unwrap();
            let target = data.join("keys/acme").join(entry.file_name());
            std::fs::copy(entry.path(), &target).unwrap();
            std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        std::fs::create_dir_all(sandbox.config_path().parent().unwrap()).unwrap();
        std::fs::write(sandbox.config_path(), "key_store = \"file\"\n").unwrap();
        sandbox
    }

    /// A sandbox with `keywright init --key-store file` already run.
    pub fn initialised() -> Sandbox {
        let sandbox = Sandbox::new();
        sandbox.ok(&["init", "--key-store", "file"]);
        sandbox
    }

    /// An initialised sandbox with tenant `acme` (first key of `algorithm`),
    /// product `app` (feature `sso`) and customer `ada@example.com`.
    pub fn with_tenant(algorithm: &str) -> Sandbox {
        Sandbox::new().set_up_shop(algorithm)
    }

    /// This sandbox, initialised, with the tenant, product and customer of
    /// [`Sandbox::with_tenant`]: for a sandbox given its environment first.
    pub fn set_up_shop(self, algorithm: &str) -> Sandbox {
        let s = self;
        s.ok(&["init", "--key-store", "file"]);
        s.ok(&[
            "tenant",
            "create",
            "Acme",
            "--slug",
            "acme",
            "--algorithm",
            algorithm,
        ]);
        s.ok(&[
            "product",
            "create",
            "app",
            "--name",
            "App",
            "--feature",
            "sso",
        ]);
        s.ok(&["customer", "create", "ada@example.com"]);
        s
    }

    /// Issues a license of the shop of `with_tenant` with `extra` flags;
    /// returns its key.
    pub fn issue_key(&self, extra: &[&str]) -> String {
        let args = [&ISSUE[..6], extra].concat();
        self.json(&args)["items"][0]["key"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// Issues a license of the shop of `with_tenant` with `extra` flags;
    /// returns its token.
    /// The tenant's audit entries of `action` (of its latest 100), newest first.
    pub fn audit_entries(&self, action: &str) -> Vec<Value> {
        let log = self.json(&["audit", "list", "--limit", "100"]);
        log["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == action)
            .cloned()
            .collect()
    }

    /// The key and token of a license of `plan` (of product `app`).
    pub fn issue_of_plan(&self, plan: &str) -> (String, String) {
        let key = self.issue_key(&["--plan", plan]);
        let token = self.json(&["license", "show", &key])["token"]
            .as_str()
            .unwrap()
            .to_string();
        (key, token)
    }

    pub fn issue_token(&self, extra: &[&str]) -> String {
        let args = [&ISSUE[..6], extra, &["-q"]].concat();
        self.ok(&args).trim().to_string()
    }

    /// The JWKS of the tenant's public keys, written to `jwks.json`; returns its path.
    pub fn jwks_file(&self) -> String {
        self.file(
            "jwks.json",
            &self.ok(&["key", "export", "--format", "jwks"]),
        )
    }

    /// Writes `text` to a file of the sandbox; returns its path.
    pub fn file(&self, name: &str, text: &str) -> String {
        let path = self.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }

    /// The tenant's signing key `kid`, exported (PKCS#8) to `KID.pem` as a
    /// pipeline keeps it; returns the file's path.
    pub fn private_key_file_of(&self, kid: &str) -> String {
        let pem = self.path().join(format!("{kid}.pem"));
        if !pem.exists() {
            let out = pem.display().to_string();
            self.ok(&[
                "key",
                "export-private",
                "--kid",
                kid,
                "--out",
                &out,
                "--yes",
            ]);
        }
        pem.display().to_string()
    }

    /// The kid of the tenant's first signing key.
    pub fn first_kid(&self) -> String {
        self.json(&["key", "list"])["items"][0]["kid"]
            .as_str()
            .expect("a key")
            .to_string()
    }

    /// Adds a variable to every command this sandbox runs.
    pub fn with_env(mut self, key: &str, value: &str) -> Sandbox {
        self.extra_env.push((key.into(), value.into()));
        self
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The URL of the sandbox's PostgreSQL database, when it has one.
    pub fn database_url(&self) -> Option<&str> {
        self.postgres.as_deref()
    }

    pub fn db_path(&self) -> PathBuf {
        self.path().join("data/keywright/keywright.db")
    }

    /// The bytes of the database, its WAL and shared-memory file; on
    /// PostgreSQL, every row of every table, as text.
    pub fn database_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::new();
        if let Some(url) = &self.postgres {
            return pg::snapshot(url).into_bytes();
        }
        for suffix in ["", "-wal", "-shm"] {
            let path = format!("{}{suffix}", self.db_path().display());
            bytes.extend(std::fs::read(&path).unwrap_or_default());
        }
        bytes
    }

    pub fn config_path(&self) -> PathBuf {
        self.path().join("config/keywright/config.toml")
    }

    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same command as `cmd`, as a std Command (to spawn and kill it).
    pub fn std_cmd(&self) -> std::process::Command {
        self.clean_command(assert_cmd::cargo::cargo_bin("keywright"))
    }

    /// A bash script run in the sandbox's clean environment; `$KEYWRIGHT`
    /// is the built binary.
    pub fn bash(&self, script: &str) -> std::process::Command {
        let mut cmd = self.clean_command("bash".into());
        cmd.args(["-c", script])
            .env("KEYWRIGHT", assert_cmd::cargo::cargo_bin("keywright"));
        cmd
    }

    /// `program` with none of the caller's variables but PATH, and the
    /// sandbox's HOME, data and config directories.
    fn clean_command(&self, program: PathBuf) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        cmd.env_clear()
            .current_dir(self.path())
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("KEYWRIGHT_ACTOR", "tester");
        for (key, value) in &self.extra_env {
            cmd.env(key, value);
        }
        cmd
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let output = self.cmd().args(args).output().expect("keywright runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "keywright {args:?} failed with {:?}: {stderr}",
            output.status.code()
        );
        String::from_utf8(output.stdout).expect("stdout is UTF-8")
    }

    /// Runs a command with `--json` that must succeed; returns the document.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let out = self.ok(&all);
        serde_json::from_str(&out)
            .unwrap_or_else(|e| panic!("{args:?} printed no JSON ({e}): {out}"))
    }

    /// Runs a command with `--json` whatever its exit code; returns the document.
    pub fn json_any(&self, args: &[&str]) -> Value {
        let out = self
            .cmd()
            .args(args)
            .arg("--json")
            .output()
            .expect("keywright runs");
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{args:?} printed no JSON ({e}): {}",
                String::from_utf8_lossy(&out.stderr)
            )
        })
    }

    /// Runs a verdict command (`validate`, `verify`) with `--json`; returns
    /// its exit code and the code it printed.
    pub fn verdict(&self, args: &[&str]) -> (i32, String) {
        let out = self
            .cmd()
            .args(args)
            .arg("--json")
            .output()
            .expect("keywright runs");
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{args:?} printed no JSON ({e}): {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        let code = doc["code"].as_str().unwrap_or_default().to_string();
        (out.status.code().unwrap_or(-1), code)
    }

    /// Runs a command that must fail with `code` and write nothing to the
    /// database; returns its stderr, which must be one line.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let before = self.snapshot();
        let bytes_before = self.database_bytes();
        let output = self.cmd().args(args).output().expect("keywright runs");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let seen = format!("keywright {args:?}\nstderr: {stderr:?}\nstdout: {stdout:?}");
        assert_eq!(output.status.code(), Some(code), "{seen}");
        assert_eq!(
            stderr.trim_end().lines().count(),
            1,
            "one line on stderr: {seen}"
        );
        assert!(
            !looks_raw(&stderr),
            "a panic or a raw database error: {seen}"
        );
        assert_eq!(self.snapshot(), before, "the database changed: {seen}");
        assert!(
            self.database_bytes() == bytes_before,
            "the database file changed: {seen}"
        );
        stderr
    }

    /// Every row of every table, as text: equal snapshots mean nothing was written.
    pub fn snapshot(&self) -> String {
        if let Some(url) = &self.postgres {
            return pg::snapshot(url);
        }
        let path = self.db_path();
        if !path.exists() {
            return String::from("(no database)");
        }
        let conn = rusqlite::Connection::open(&path).expect("open the database");
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let mut out = String::new();
        for table in tables {
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))
                .unwrap();
            let columns = stmt.column_count();
            let mut rows = stmt.query([]).unwrap();
            while let Some(row) = rows.next().unwrap() {
                out.push_str(&table);
                for i in 0..columns {
                    let value: rusqlite::types::Value = row.get(i).unwrap();
                    out.push_str(&format!(" {value:?}"));
                }
                out.push('\n');
            }
        }
        out
    }

    /// The rows `sql` returns, read directly from the database (either
    /// backend), every value as text (a flag as 0 or 1, NULL as `None`).
    pub fn rows(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        if let Some(url) = &self.postgres {
            return pg::rows(url, sql);
        }
        let conn = rusqlite::Connection::open(self.db_path()).expect("open the database");
        let mut stmt = conn.prepare(sql).unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        let mut all = Vec::new();
        while let Some(row) = rows.next().unwrap() {
            let values = (0..columns).map(|i| text_of(row.get(i).unwrap())).collect();
            all.push(values);
        }
        all
    }

    /// The first value of the first row `sql` returns, as a number.
    pub fn number(&self, sql: &str) -> i64 {
        let rows = self.rows(sql);
        let value = rows
            .first()
            .and_then(|row| row[0].clone())
            .unwrap_or_default();
        value
            .parse()
            .unwrap_or_else(|_| panic!("{sql} gave {value:?}"))
    }

    /// Runs SQL directly against the database, as an attacker with file access could.
    pub fn tamper(&self, sql: &str) {
        if let Some(url) = &self.postgres {
            return pg::execute(url, sql);
        }
        let conn = rusqlite::Connection::open(self.db_path()).expect("open the database");
        conn.execute_batch(sql).expect("tampering SQL runs");
    }
}

/// A private D-Bus session with an unlocked gnome-keyring Secret Service,
/// from Debian's packages (scripts/test.sh installs them). Stopped on drop.
pub struct SecretService {
    pub address: String,
    bus_pid: u32,
}

impl SecretService {
    pub fn start(home: &Path) -> SecretService {
        let out = std::process::Command::new("dbus-daemon")
            .args(["--session", "--fork", "--print-address=1", "--print-pid=1"])
            .env("HOME", home)
            .output()
            .expect("dbus-daemon is installed (run scripts/test.sh)");
        let text = String::from_utf8(out.stdout).expect("dbus-daemon prints text");
        let mut lines = text.lines();
        let address = lines.next().expect("a bus address").trim().to_string();
        let bus_pid = lines
            .next()
            .and_then(|p| p.trim().parse().ok())
            .expect("a bus pid");
        let mut keyring = std::process::Command::new("gnome-keyring-daemon")
            .args(["--unlock", "--components=secrets", "--daemonize"])
            .env("HOME", home)
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("gnome-keyring-daemon is installed (run scripts/test.sh)");
        use std::io::Write;
        keyring
            .stdin
            .take()
            .unwrap()
            .write_all(b"test-keyring-password")
            .unwrap();
        assert!(
            keyring.wait().unwrap().success(),
            "gnome-keyring-daemon started"
        );
        SecretService { address, bus_pid }
    }

    /// The secret stored under `account`, read with secret-tool.
    pub fn lookup(&self, home: &Path, account: &str) -> String {
        let out = std::process::Command::new("secret-tool")
            .args(["lookup", "service", "keywright", "username", account])
            .env("HOME", home)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .output()
            .expect("secret-tool is installed (run scripts/test.sh)");
        String::from_utf8(out.stdout).unwrap()
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        // gnome-keyring-daemon exits with its bus.
        let kill = format!("kill {}", self.bus_pid);
        let _ = std::process::Command::new("sh")
            .args(["-c", &kill])
            .status();
    }
}

/// Copies a folder's files and folders, keeping file modes.
fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            std::fs::set_permissions(&target, entry.metadata().unwrap().permissions()).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// `license issue` for the shop of `Sandbox::with_tenant` (product `app`,
/// customer `ada@example.com`), without confirmation, printing keys only.
pub const ISSUE: [&str; 8] = [
    "license",
    "issue",
    "--product",
    "app",
    "--customer",
    "ada@example.com",
    "--yes",
    "-q",
];

/// The first second after the UTC day of `at`: the expiry keywright gives
/// a license whose last day that is (the sandbox tenant's zone is UTC).
pub fn end_of_utc_day(at: i64) -> i64 {
    let day = jiff::Timestamp::from_second(at)
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    day.tomorrow()
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp()
        .as_second()
}

/// A bulk revocation of every license of the shop of `Sandbox::with_tenant`,
/// without confirmation, printing keys only.
pub const REVOKE_ALL: [&str; 7] = [
    "license",
    "revoke",
    "--bulk",
    "--product",
    "app",
    "--yes",
    "-q",
];

/// Every form in which a secret could leak: raw, hex, base64, base64url.
pub fn encodings(secret: &[u8]) -> Vec<Vec<u8>> {
    use base64::Engine;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
    let hex: String = secret.iter().map(|b| format!("{b:02x}")).collect();
    vec![
        secret.to_vec(),
        hex.into_bytes(),
        STANDARD.encode(secret).into_bytes(),
        URL_SAFE_NO_PAD.encode(secret).into_bytes(),
    ]
}

/// The raw secrets of every folder of the sandbox's file key store: Ed25519
/// seeds (and their PEM bodies), HMAC signing secrets, webhook secrets and
/// sealing keys.
pub fn secrets_in_store(s: &Sandbox) -> Vec<Vec<u8>> {
    use base64::Engine;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
    let mut secrets = Vec::new();
    for folder in std::fs::read_dir(s.path().join("data/keywright/keys")).unwrap() {
        for entry in std::fs::read_dir(folder.unwrap().path()).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            if let Some(body) = text.strip_prefix("-----BEGIN PRIVATE KEY-----") {
                let body: String = body
                    .replace("-----END PRIVATE KEY-----", "")
                    .split_whitespace()
                    .collect();
                let der = STANDARD.decode(&body).unwrap();
                secrets.push(der[der.len() - 32..].to_vec());
                secrets.push(body.into_bytes());
            } else {
                let jwk: Value = serde_json::from_str(&text).unwrap();
                let secret = URL_SAFE_NO_PAD.decode(jwk["k"].as_str().unwrap()).unwrap();
                // A webhook secret is `whsec_` and base64url random bytes.
                if let Some(Ok(random)) = secret
                    .strip_prefix(b"whsec_")
                    .map(|r| URL_SAFE_NO_PAD.decode(r))
                {
                    secrets.push(random);
                }
                secrets.push(secret);
            }
        }
    }
    secrets
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// An instant as keywright's JSON shows it (RFC 3339 in UTC), in Unix seconds.
pub fn unix(value: &Value) -> i64 {
    let text = value
        .as_str()
        .unwrap_or_else(|| panic!("{value} is not an instant"));
    text.parse::<jiff::Timestamp>()
        .unwrap_or_else(|e| panic!("{text} is not RFC 3339: {e}"))
        .as_second()
}

/// A file of this repository.
pub fn repo_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The Python of the tests' virtual environment (PyJWT, FastAPI), made by
/// scripts/test.sh, running `script` (a path in this repository).
pub fn python(script: &str) -> std::process::Command {
    let mut cmd = std::process::Command::new(python_path());
    cmd.arg(repo_file(script));
    cmd
}

/// The interpreter of the tests' virtual environment, made by scripts/test.sh.
pub fn python_path() -> PathBuf {
    std::env::var_os("KEYWRIGHT_TEST_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let venv = repo_file("target/test-python/bin/python");
            assert!(
                venv.exists(),
                "the test Python is not installed: run the tests with scripts/test.sh"
            );
            venv
        })
}

/// The Node packages of the tests (jose, express), installed by scripts/test.sh.
pub fn node_modules() -> PathBuf {
    std::env::var_os("KEYWRIGHT_TEST_NODE_MODULES")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_file("target/test-node/node_modules"))
}

/// Node running `script` (a path in this repository). An ES module finds
/// its packages beside itself, so the script and the modules of its folder
/// are copied next to the tests' packages.
pub fn node(script: &str) -> std::process::Command {
    let modules = node_modules();
    assert!(
        modules.join("jose").exists(),
        "jose is not installed: run the tests with scripts/test.sh"
    );
    let target = modules.parent().unwrap();
    let folder = repo_file(script).parent().unwrap().to_path_buf();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "mjs") {
            copy_if_changed(&path, &target.join(path.file_name().unwrap()));
        }
    }
    let mut cmd = std::process::Command::new("node");
    cmd.arg(target.join(Path::new(script).file_name().unwrap()));
    cmd
}

/// Copies `from` to `to` unless it holds the same bytes, through a rename
/// so that a test running it at the same time never sees half a file.
fn copy_if_changed(from: &Path, to: &Path) {
    let text = std::fs::read(from).unwrap();
    if std::fs::read(to).ok().as_ref() != Some(&text) {
        let staged = to.with_extension(format!("{}.tmp", std::process::id()));
        std::fs::write(&staged, &text).unwrap();
        std::fs::rename(&staged, to).unwrap();
    }
}

/// The path of an example program of this crate, built by `cargo test`.
pub fn example_binary(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile = exe.parent().unwrap().parent().unwrap();
    let binary = profile.join("examples").join(name);
    assert!(
        binary.exists(),
        "{} is not built: run `cargo test`, which builds the examples",
        binary.display()
    );
    binary
}

/// Whether an error message shows a panic or a database's own words instead
/// of keywright's sentence. Matched on whole phrases: a license key such as
/// `ACB-QJCGS-W84EC-36SQL-5L898` may hold the letters "SQL" by chance.
pub fn looks_raw(stderr: &str) -> bool {
    const RAW: [&str; 9] = [
        "panicked",
        "rusqlite",
        "sqlite_",
        "sql logic",
        "constraint failed",
        "no such table",
        "syntax error",
        "db error",
        "violates",
    ];
    let lower = stderr.to_lowercase();
    RAW.iter().any(|phrase| lower.contains(phrase))
}

/// The PostgreSQL server of a test run (`scripts/postgres-server.sh`,
/// from Debian's `postgresql` package), and a new database on it for
/// each sandbox or test that asks.
pub mod pg {
    use std::sync::OnceLock;

    /// The test run's server, with TLS, shared by the tests: each takes a
    /// database of its own. It stops by itself when the run ends.
    pub struct Server {
        pub url: String,
        pub root_cert: String,
    }

    pub fn server() -> &'static Server {
        static SERVER: OnceLock<Server> = OnceLock::new();
        SERVER.get_or_init(|| {
            let output = std::process::Command::new(super::repo_file("scripts/postgres-server.sh"))
                .args(["--tls", "--owner", &std::process::id().to_string()])
                .output()
                .expect("scripts/postgres-server.sh runs");
            let stdout = String::from_utf8_lossy(&output.stdout);
            assert!(
                output.status.success(),
                "the PostgreSQL server starts (scripts/test.sh installs it): {}",
                String::from_utf8_lossy(&output.stderr)
            );
            let line = |name: &str| {
                stdout
                    .lines()
                    .find_map(|l| l.strip_prefix(name))
                    .unwrap_or_else(|| panic!("{name} in {stdout}"))
                    .to_string()
            };
            Server {
                url: line("url: "),
                root_cert: line("root: "),
            }
        })
    }

    /// A new empty database on the server: its URL, with the password.
    pub fn new_database() -> String {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = format!("test_{}_{n}", std::process::id());
        let server = server();
        let mut admin = postgres::Client::connect(&server.url, postgres::NoTls).unwrap();
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        format!("{}/{name}", server.url.rsplit_once('/').unwrap().0)
    }

    /// A new database holding a copy of the database at `url`.
    pub fn copy_of_database(url: &str) -> String {
        let copy = new_database();
        let name = |url: &str| url.rsplit_once('/').unwrap().1.to_string();
        let server = server();
        let mut admin = postgres::Client::connect(&server.url, postgres::NoTls).unwrap();
        let copy_name = name(&copy);
        admin
            .batch_execute(&format!("DROP DATABASE {copy_name}"))
            .unwrap();
        admin
            .batch_execute(&format!(
                "CREATE DATABASE {copy_name} TEMPLATE {}",
                name(url)
            ))
            .unwrap();
        copy
    }

    /// Every row of every table of the database at `url`, as text.
    pub fn snapshot(url: &str) -> String {
        let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
        let tables: Vec<String> = client
            .query(
                "SELECT table_name::text FROM information_schema.tables
                 WHERE table_schema = 'public' ORDER BY table_name",
                &[],
            )
            .unwrap()
            .iter()
            .map(|row| row.get(0))
            .collect();
        let mut out = String::new();
        for table in tables {
            let sql = format!("SELECT row_to_json(t)::text FROM {table} t ORDER BY 1");
            for row in client.query(&sql, &[]).unwrap() {
                let text: String = row.get(0);
                out.push_str(&format!("{table} {text}\n"));
            }
        }
        out
    }

    /// The rows `sql` returns from the database at `url`, as text.
    pub fn rows(url: &str, sql: &str) -> Vec<Vec<Option<String>>> {
        typed_rows(url, sql)
            .into_iter()
            .map(|row| row.into_iter().map(super::text_of).collect())
            .collect()
    }

    /// The first column of the rows `sql` returns from the database at
    /// `url`, typed as SQLite would keep them (a flag as 0 or 1).
    pub fn values(url: &str, sql: &str) -> Vec<rusqlite::types::Value> {
        typed_rows(url, sql)
            .into_iter()
            .map(|row| row.into_iter().next().unwrap())
            .collect()
    }

    /// The rows `sql` returns, each value typed as SQLite would keep it.
    fn typed_rows(url: &str, sql: &str) -> Vec<Vec<rusqlite::types::Value>> {
        let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
        let rows = client.query(sql, &[]).unwrap();
        rows.iter()
            .map(|row| (0..row.len()).map(|i| value(row, i)).collect())
            .collect()
    }

    fn value(row: &postgres::Row, i: usize) -> rusqlite::types::Value {
        use postgres::types::Type;
        use rusqlite::types::Value;
        let typed = || -> Option<Value> {
            Some(match *row.columns()[i].type_() {
                Type::INT8 => Value::Integer(row.get::<_, Option<i64>>(i)?),
                Type::INT4 => Value::Integer(row.get::<_, Option<i32>>(i)?.into()),
                Type::BOOL => Value::Integer(row.get::<_, Option<bool>>(i)?.into()),
                Type::FLOAT8 => Value::Real(row.get::<_, Option<f64>>(i)?),
                Type::BYTEA => Value::Blob(row.get::<_, Option<Vec<u8>>>(i)?),
                _ => Value::Text(row.get::<_, Option<String>>(i)?),
            })
        };
        typed().unwrap_or(Value::Null)
    }

    /// Runs `sql` (statements separated by `; `) in one transaction as a
    /// superuser who switched foreign keys and triggers off
    /// (`session_replication_role = replica`): the rows it changed, or
    /// `None` when the schema refused it.
    pub fn apply_without_foreign_keys(url: &str, sql: &str) -> Option<u64> {
        let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
        let mut tx = client.transaction().unwrap();
        tx.batch_execute("SET LOCAL session_replication_role = replica")
            .unwrap();
        let mut changed = 0;
        for statement in sql.split("; ") {
            changed += tx.execute(statement, &[]).ok()?;
        }
        tx.commit().ok()?;
        Some(changed)
    }

    /// Runs SQL directly against the database at `url`.
    pub fn execute(url: &str, sql: &str) {
        let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
        client.batch_execute(sql).expect("tampering SQL runs");
    }
}

/// A value as [`Sandbox::rows`] gives it: NULL as `None`, bytes as hex.
pub fn text_of(value: rusqlite::types::Value) -> Option<String> {
    use rusqlite::types::Value;
    match value {
        Value::Null => None,
        Value::Integer(n) => Some(n.to_string()),
        Value::Real(x) => Some(x.to_string()),
        Value::Text(t) => Some(t),
        Value::Blob(b) => Some(hex(&b)),
    }
}

/// Bytes as lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A value as an SQL literal both backends take for any column type.
pub fn literal(value: &Option<String>) -> String {
    match value {
        None => "NULL".into(),
        Some(text) => format!("'{}'", text.replace('\'', "''")),
    }
}
