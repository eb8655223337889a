//! A running `keywright serve` for one test, and a small HTTP client.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::Sandbox;

/// The service, started from a sandbox; killed when dropped.
pub struct Server {
    child: Option<Child>,
    pub base: String,
    log: Arc<Mutex<String>>,
}

impl Server {
    /// Starts `keywright serve --listen 127.0.0.1:0` and waits until it listens.
    pub fn start(sandbox: &Sandbox) -> Server {
        Server::start_with(sandbox, &[])
    }

    /// Starts the server with more flags.
    pub fn start_with(sandbox: &Sandbox, flags: &[&str]) -> Server {
        let mut child = sandbox
            .std_cmd()
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(flags)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("keywright serve starts");
        let stderr = child.stderr.take().expect("stderr is piped");
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let written = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(address) = line.split("listening on ").nth(1) {
                    let _ = tx.send(address.trim().to_string());
                }
                let mut log = written.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let base = rx
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| panic!("the server did not start: {}", log.lock().unwrap()));
        Server {
            child: Some(child),
            base,
            log,
        }
    }

    /// Everything the server wrote to stderr so far.
    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Sends a request; returns the status, the JSON body and the headers.
    pub fn call(&self, method: &str, path: &str, key: Option<&str>, body: Option<&Value>) -> Reply {
        let raw = body.map(|b| b.to_string().into_bytes());
        self.send(method, path, key, raw.as_deref(), Some("application/json"))
    }

    /// Sends raw bytes with a content type of choice.
    pub fn send(
        &self,
        method: &str,
        path: &str,
        key: Option<&str>,
        body: Option<&[u8]>,
        content_type: Option<&str>,
    ) -> Reply {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into();
        let mut request = ureq::http::Request::builder()
            .method(method)
            .uri(self.url(path));
        if let Some(key) = key {
            request = request.header("authorization", format!("Bearer {key}"));
        }
        if let (Some(kind), Some(_)) = (content_type, body) {
            request = request.header("content-type", kind);
        }
        let response = match body {
            Some(bytes) => agent.run(request.body(bytes.to_vec()).unwrap()),
            None => agent.run(request.body(()).unwrap()),
        }
        .unwrap_or_else(|e| {
            panic!(
                "{method} {path} failed: {e}; the server said:\n{}",
                self.log()
            )
        });
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = response.into_body().read_to_string().unwrap_or_default();
        let json = serde_json::from_str(&text).unwrap_or(Value::Null);
        Reply {
            status,
            json,
            text,
            headers,
        }
    }

    /// POSTs a body of `size` bytes over a raw socket, as far as the server
    /// lets it be written, and returns the whole answer as text.
    pub fn send_raw_body(&self, path: &str, size: usize) -> String {
        use std::io::{Read, Write};
        let address = self.base.trim_start_matches("http://");
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n"
        );
        stream.write_all(head.as_bytes()).unwrap();
        let chunk = vec![b' '; 16 * 1024];
        let mut sent = 0;
        while sent < size && stream.write_all(&chunk).is_ok() {
            sent += chunk.len();
        }
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
    }

    /// Stops the server with SIGTERM and returns its exit code.
    pub fn terminate(mut self) -> Option<i32> {
        let mut child = self.child.take()?;
        let pid = child.id().to_string();
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Some(status) = child.try_wait().unwrap() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("the server did not stop after SIGTERM");
    }

    /// Kills the server at once (SIGKILL).
    pub fn kill(mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

pub struct Reply {
    pub status: u16,
    pub json: Value,
    pub text: String,
    pub headers: ureq::http::HeaderMap,
}

impl Reply {
    /// The error code of an error answer, checking its shape: a code and
    /// one sentence.
    pub fn error_code(&self) -> &str {
        let message = self.json["error"]["message"]
            .as_str()
            .unwrap_or_else(|| panic!("not an error answer ({}): {}", self.status, self.text));
        assert!(!message.contains('\n'), "{message}");
        assert!(!message.is_empty());
        self.json["error"]["code"].as_str().unwrap()
    }
}

/// A tenant `acme` with product `app` (feature `sso`), plan `pro` (2 seats)
/// and customer `ada@example.com`.
pub fn shop() -> Sandbox {
    let s = Sandbox::with_tenant("ed25519");
    s.ok(&[
        "plan",
        "create",
        "app",
        "pro",
        "--feature",
        "sso",
        "--seats",
        "2",
    ]);
    s
}

/// Makes an API key of `role`; returns its secret.
pub fn api_key(s: &Sandbox, role: &str) -> String {
    s.ok(&["api-key", "create", "--role", role, "-q"])
        .trim()
        .to_string()
}

/// Waits until `check` holds, or fails after `seconds`.
pub fn eventually(seconds: u64, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    while Instant::now() < deadline {
        if check() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{what} did not happen within {seconds} s");
}

/// Serves `app` on a loopback port from a thread of its own, for as long
/// as the test runs; returns its address.
pub fn serve_locally(app: axum::Router) -> std::net::SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    address
}
