//! Offline verification (docs/tokens.md): one function reads an untrusted token
//! and returns a result code, the claims where they could be read, and a
//! message. It never panics, whatever the input.

use serde::Serialize;

use super::claims::read_license_claims;
use super::code::Code;
use super::jws::{Verified, decode, find_key};
use super::keys::KeySet;
use super::{CLAIMS_VERSION, LICENSE_TYP, LicenseClaims, REVOCATION_TYP, RevocationClaims};

/// What the caller requires of a license besides a good signature.
#[derive(Debug, Clone, Default)]
pub struct Expectations<'a> {
    now: i64,
    leeway: i64,
    floor: Option<i64>,
    issuer: Option<&'a str>,
    product: Option<&'a str>,
    domain: Option<&'a str>,
    fingerprint: Option<&'a str>,
    features: Vec<&'a str>,
    revocations: Option<&'a RevocationClaims>,
    min_revocation_seq: u64,
    build_date: Option<&'a str>,
    starting: bool,
}

impl<'a> Expectations<'a> {
    /// Checks as at `now` (Unix seconds).
    pub fn at(now: i64) -> Self {
        Expectations {
            now,
            ..Expectations::default()
        }
    }

    /// Checks as at the system clock's time.
    pub fn at_now() -> Self {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Expectations::at(now)
    }

    /// Tolerates clocks this many seconds apart: a token is valid from
    /// `nbf` − leeway and expires at `exp` (+ grace) + leeway.
    pub fn leeway(mut self, seconds: u32) -> Self {
        self.leeway = i64::from(seconds);
        self
    }

    /// The newest signed time this application has accepted (a
    /// [`ClockFloor`](super::ClockFloor)'s value): a "now" earlier than it,
    /// by more than the leeway, is refused as `CLOCK_ROLLBACK`.
    pub fn floor(mut self, floor: i64) -> Self {
        self.floor = Some(floor);
        self
    }

    /// The token must name this issuer (`iss`): the tenant whose keys
    /// check it. Another issuer's claims signed with these keys are
    /// `UNKNOWN_KEY`: the keys are not that issuer's.
    pub fn issuer(mut self, issuer: &'a str) -> Self {
        self.issuer = Some(issuer);
        self
    }

    /// The token must be for this product (`aud`).
    pub fn product(mut self, product: &'a str) -> Self {
        self.product = Some(product);
        self
    }

    /// The token must allow this host name, when it names domains.
    pub fn domain(mut self, domain: &'a str) -> Self {
        self.domain = Some(domain);
        self
    }

    /// The token must allow this machine, when it names machines.
    pub fn fingerprint(mut self, fingerprint: &'a str) -> Self {
        self.fingerprint = Some(fingerprint);
        self
    }

    /// The token must grant this feature.
    pub fn feature(mut self, feature: &'a str) -> Self {
        self.features.push(feature);
        self
    }

    /// Licenses on this (verified) list are revoked.
    pub fn revocations(mut self, list: &'a RevocationClaims) -> Self {
        self.revocations = Some(list);
        self
    }

    /// The highest revocation list `seq` this application has accepted: a
    /// list numbered lower is an old one replayed (it would un-revoke) and
    /// [`verify_revocations`] refuses it as `CLOCK_ROLLBACK`.
    pub fn min_revocation_seq(mut self, seq: u64) -> Self {
        self.min_revocation_seq = seq;
        self
    }

    /// The day the running build was released (`YYYY-MM-DD`): a license
    /// whose token says `on_expiry: maintain` stays usable past its expiry
    /// for builds released before the day of its `exp` (in UTC).
    pub fn build_date(mut self, date: &'a str) -> Self {
        self.build_date = Some(date);
        self
    }

    /// This check is the event that starts a term waiting for it (an
    /// activation, or a validation by the service): a token that says
    /// `starts` is judged as the license it is about to become, without
    /// an expiry, instead of `NOT_STARTED`.
    pub fn starting(mut self) -> Self {
        self.starting = true;
        self
    }

    pub fn now(&self) -> i64 {
        self.now
    }

    /// `CLOCK_ROLLBACK` when now is before the floor (less the leeway).
    pub(crate) fn clock_problem(&self) -> Option<(Code, String)> {
        let floor = self.floor?;
        (self.now < floor.saturating_sub(self.leeway)).then(|| {
            (
                Code::ClockRollback,
                format!(
                    "the clock says {}, before {} when a signed time was already seen: it was set back",
                    rfc3339(self.now),
                    rfc3339(floor)
                ),
            )
        })
    }

    /// The product these expectations require, if any.
    pub fn product_expected(&self) -> Option<&'a str> {
        self.product
    }

    /// The machine these expectations require, if any.
    pub fn fingerprint_expected(&self) -> Option<&'a str> {
        self.fingerprint
    }
}

/// The result of checking a token.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub code: Code,
    pub valid: bool,
    pub message: String,
    /// The key that verified the signature.
    pub kid: Option<String>,
    /// The claims, once the signature has verified.
    pub claims: Option<LicenseClaims>,
}

impl Verification {
    pub fn failed(code: Code, message: impl Into<String>) -> Verification {
        Verification {
            code,
            valid: code.is_valid(),
            message: message.into(),
            kid: None,
            claims: None,
        }
    }

    /// Whether the license may be used: `VALID`, `GRACE`, or `EXPIRED`
    /// under an on-expiry rule that lets it go on (`allow`, or `maintain`
    /// for a build released before its expiry).
    pub fn is_valid(&self) -> bool {
        self.valid
    }

    /// Valid, and grants `feature`.
    pub fn has_feature(&self, feature: &str) -> bool {
        self.is_valid() && self.claims.as_ref().is_some_and(|c| c.has_feature(feature))
    }

    /// The claims of a valid license that grants `feature`, or the code that says why not.
    pub fn require_feature(&self, feature: &str) -> Result<&LicenseClaims, Code> {
        match &self.claims {
            Some(claims) if self.is_valid() && claims.has_feature(feature) => Ok(claims),
            Some(_) if self.is_valid() => Err(Code::FeatureMissing),
            _ => Err(self.code),
        }
    }
}

/// A license token whose form and signature hold: its claims are read but
/// not yet judged against what the caller expects. Opening is the costly
/// part of verification (the signature); a server may remember the
/// signatures that held ([`open_license_remembering`]) and open the same
/// token again without checking its signature.
#[derive(Debug, Clone)]
pub struct SignedLicense {
    /// The key that verified the signature.
    pub kid: String,
    pub claims: LicenseClaims,
    /// Every audience the token names (`aud` may be an array).
    pub audiences: Vec<String>,
}

impl SignedLicense {
    /// Judges the claims against the caller's expectations.
    pub fn judge(&self, expect: &Expectations<'_>) -> Verification {
        self.clone().into_verification(expect)
    }

    /// Judges the claims, and gives them up to the result.
    pub fn into_verification(self, expect: &Expectations<'_>) -> Verification {
        let (code, message, valid) = check(&self, expect);
        let mut claims = self.claims;
        if let Some(product) = expect.product
            && claims.aud != product
            && self.audiences.iter().any(|a| a == product)
        {
            claims.aud = product.to_string();
        }
        Verification {
            code,
            valid,
            message,
            kid: Some(self.kid),
            claims: Some(claims),
        }
    }
}

/// Checks a license token's size, form, header, key and signature, and
/// reads its claims; the failure says why, as a verification result.
pub fn open_license(token: &str, keys: &KeySet) -> Result<SignedLicense, Box<Verification>> {
    open_verified(decode(token, keys, LICENSE_TYP))
}

/// Reads the claims of a license token whose signature was checked.
pub(crate) fn open_verified(
    verified: Result<Verified, (Code, String)>,
) -> Result<SignedLicense, Box<Verification>> {
    let verified =
        verified.map_err(|(code, message)| Box::new(Verification::failed(code, message)))?;
    let (claims, audiences) = read_license_claims(&verified.payload, None)
        .map_err(|message| Box::new(Verification::failed(Code::Malformed, message)))?;
    if claims.ver != CLAIMS_VERSION {
        let mut failed = Verification::failed(
            Code::Malformed,
            format!("claims version {} is not supported", claims.ver),
        );
        failed.kid = Some(verified.kid);
        failed.claims = Some(claims);
        return Err(Box::new(failed));
    }
    Ok(SignedLicense {
        kid: verified.kid,
        claims,
        audiences,
    })
}

/// Where a long-running verifier remembers the signatures that held, by
/// the fingerprint of the token and key (SHA-256 over both): the same
/// fingerprint again is the same signature of the same bytes, which
/// holds again.
pub trait CheckedSignatures {
    /// Whether a signature with this fingerprint held before.
    fn held_before(&self, fingerprint: &[u8; 32]) -> bool;
    /// Remembers that the signature with this fingerprint held.
    fn held(&self, fingerprint: [u8; 32]);
}

/// Opens a license token as [`open_license`] does, except that a signature
/// `checked` knows to have held is not checked again: its form, header,
/// key and claims are.
pub fn open_license_remembering(
    token: &str,
    keys: &KeySet,
    checked: &impl CheckedSignatures,
) -> Result<SignedLicense, Box<Verification>> {
    let failed = |(code, message)| Box::new(Verification::failed(code, message));
    let keyed = find_key(token, keys, LICENSE_TYP).map_err(failed)?;
    let fingerprint = keyed.fingerprint();
    if checked.held_before(&fingerprint) {
        return open_verified(keyed.checked_before());
    }
    let opened = open_verified(keyed.verify());
    if opened.is_ok() {
        checked.held(fingerprint);
    }
    opened
}

/// Verifies a license token against trusted keys and the caller's expectations.
pub fn verify_license(token: &str, keys: &KeySet, expect: &Expectations<'_>) -> Verification {
    judged(open_license(token, keys), expect)
}

/// The verdict on a token as opened: judged if it opened, else why not.
pub(crate) fn judged(
    opened: Result<SignedLicense, Box<Verification>>,
    expect: &Expectations<'_>,
) -> Verification {
    match opened {
        Ok(signed) => signed.into_verification(expect),
        Err(failed) => *failed,
    }
}

/// The verdict on a license whose signature holds: the first check it
/// fails (the clock, whose it is, its time, what it is bound to), or
/// usable (perhaps in grace, or expired under a rule that lets it go on),
/// with whether it may be used.
fn check(signed: &SignedLicense, e: &Expectations<'_>) -> (Code, String, bool) {
    let stages = || -> Result<Standing, (Code, String)> {
        if let Some(problem) = e.clock_problem() {
            return Err(problem);
        }
        check_names(signed, e)?;
        let standing = check_time(&signed.claims, e)?;
        check_binding(&signed.claims, e)?;
        Ok(standing)
    };
    match stages() {
        Err((code, message)) => (code, message, false),
        Ok(Standing::Current) => (Code::Valid, String::from("the license is valid"), true),
        Ok(Standing::Grace { exp, until }) => (
            Code::Grace,
            format!(
                "the license expired at {}; it works in grace until {}",
                rfc3339(exp),
                rfc3339(until)
            ),
            true,
        ),
        Ok(Standing::GoingOn { exp, rule }) => (
            Code::Expired,
            format!(
                "the license expired at {}; its policy lets it go on working (on-expiry {rule})",
                rfc3339(exp)
            ),
            true,
        ),
    }
}

/// Where a license stands in time, when it may be used.
enum Standing {
    /// Before its expiry (or it has none).
    Current,
    /// Past its expiry, within its grace.
    Grace { exp: i64, until: i64 },
    /// Past its expiry and grace, under a rule that lets it go on.
    GoingOn { exp: i64, rule: &'static str },
}

/// Who issued it, for which product, and whether a revocation list names
/// it or its key.
fn check_names(signed: &SignedLicense, e: &Expectations<'_>) -> Result<(), (Code, String)> {
    let claims = &signed.claims;
    if let Some(issuer) = e.issuer
        && claims.iss != issuer
    {
        return Err((
            Code::UnknownKey,
            format!(
                "the license names issuer '{}', but it was checked with the keys of '{issuer}'",
                claims.iss
            ),
        ));
    }
    if let Some(product) = e.product
        && !signed.audiences.iter().any(|a| a == product)
    {
        return Err((
            Code::WrongProduct,
            format!(
                "the license is for product '{}', not '{product}'",
                claims.aud
            ),
        ));
    }
    let Some(list) = e.revocations.filter(|list| list.iss == claims.iss) else {
        return Ok(());
    };
    if list.is_revoked(&claims.sub) {
        let message = format!("license {} is on revocation list #{}", claims.sub, list.seq);
        return Err((Code::Revoked, message));
    }
    if list.is_key_revoked(&signed.kid) {
        let message = format!(
            "the key that signed it ({}) was revoked (revocation list #{})",
            signed.kid, list.seq
        );
        return Err((Code::Revoked, message));
    }
    Ok(())
}

/// Whether it is valid yet and still: its term has started, its expiry
/// and the end of its grace, and past them what its rule on expiry says.
fn check_time(claims: &LicenseClaims, e: &Expectations<'_>) -> Result<Standing, (Code, String)> {
    if let Some(starts) = &claims.starts {
        if e.starting {
            return Ok(Standing::Current);
        }
        return Err((Code::NotStarted, not_started(starts)));
    }
    if let Some(nbf) = claims.nbf
        && e.now.saturating_add(e.leeway) < nbf
    {
        return Err((
            Code::NotYetValid,
            format!("the license is valid from {}", rfc3339(nbf)),
        ));
    }
    let now = e.now.saturating_sub(e.leeway);
    let Some(exp) = claims.exp.filter(|&exp| now >= exp) else {
        return Ok(Standing::Current);
    };
    let until = exp.saturating_add(claims.grace.unwrap_or(0));
    if now < until {
        return Ok(Standing::Grace { exp, until });
    }
    match going_on(claims, e.build_date, exp) {
        Some(rule) => Ok(Standing::GoingOn { exp, rule }),
        None => Err((
            Code::Expired,
            format!("the license expired at {}", rfc3339(exp)),
        )),
    }
}

/// Why a token whose term has not started is no license yet.
fn not_started(starts: &str) -> String {
    let how = match starts {
        "first-validation" => "validate it online (or activate it)",
        _ => "activate it",
    };
    format!(
        "the license's term starts at its {}, which has not happened: {how} for a token with its expiry",
        starts.replace('-', " ")
    )
}

/// The rule that lets an expired license go on, if its token has one
/// that holds here: `allow`, or `maintain` for a build released before
/// the day (UTC) of `exp`.
fn going_on(claims: &LicenseClaims, build_date: Option<&str>, exp: i64) -> Option<&'static str> {
    let rule = match claims.on_expiry.as_deref()? {
        "allow" => "allow",
        "maintain" => "maintain",
        _ => return None,
    };
    goes_on_after_expiry(rule, exp, build_date).then_some(rule)
}

/// Whether a license expired at `exp` goes on under its rule on expiry
/// (docs/policies.md): `allow`, or `maintain` for a build released (on
/// `build_date`, `YYYY-MM-DD`) before the day of `exp` in UTC. Verifiers
/// offline and the service online decide by this one rule.
pub fn goes_on_after_expiry(rule: &str, exp: i64, build_date: Option<&str>) -> bool {
    match rule {
        "allow" => true,
        "maintain" => build_date.is_some_and(|build| is_day(build) && build < &rfc3339(exp)[..10]),
        _ => false,
    }
}

/// Whether text is a day written `YYYY-MM-DD`.
fn is_day(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// Whether it covers the domain and machine asked about and grants the
/// features asked for.
fn check_binding(claims: &LicenseClaims, e: &Expectations<'_>) -> Result<(), (Code, String)> {
    if let Some(domain) = e.domain
        && !claims.domains.is_empty()
        && !claims
            .domains
            .iter()
            .any(|pattern| domain_matches(pattern, domain))
    {
        return Err((
            Code::DomainMismatch,
            format!("the license does not cover the domain '{domain}'"),
        ));
    }
    if let Some(fingerprint) = e.fingerprint
        && !claims.machines.is_empty()
        && !claims.machines.iter().any(|m| m == fingerprint)
    {
        return Err((
            Code::FingerprintMismatch,
            format!("the license is not locked to machine '{fingerprint}'"),
        ));
    }
    if let Some(missing) = e.features.iter().find(|f| !claims.has_feature(f)) {
        return Err((
            Code::FeatureMissing,
            format!("the license does not grant the feature '{missing}'"),
        ));
    }
    Ok(())
}

/// Why a revocation list was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub code: Code,
    pub message: String,
}

impl std::fmt::Display for Rejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for Rejected {}

/// Verifies a revocation list: signed by a trusted key, not expired at
/// `expect`'s time (with its leeway), not older than the newest list seen
/// ([`Expectations::min_revocation_seq`]), and not refused by its clock
/// floor.
/// The list's `iat` is a signed time to raise a clock floor with.
pub fn verify_revocations(
    token: &str,
    keys: &KeySet,
    expect: &Expectations<'_>,
) -> Result<RevocationClaims, Rejected> {
    if let Some((code, message)) = expect.clock_problem() {
        return Err(Rejected { code, message });
    }
    let now = expect.now.saturating_sub(expect.leeway);
    let reject = |code, message: String| Rejected { code, message };
    let verified = decode(token, keys, REVOCATION_TYP).map_err(|(code, m)| reject(code, m))?;
    let list: RevocationClaims = serde_json::from_slice(&verified.payload).map_err(|e| {
        reject(
            Code::Malformed,
            format!("the claims are not a revocation list: {e}"),
        )
    })?;
    if let Some(exp) = list.exp
        && now >= exp
    {
        return Err(reject(
            Code::Expired,
            format!("the revocation list expired at {}", rfc3339(exp)),
        ));
    }
    if list.seq < expect.min_revocation_seq {
        return Err(reject(
            Code::ClockRollback,
            format!(
                "the revocation list is #{}, older than #{} already seen: an old list replayed",
                list.seq, expect.min_revocation_seq
            ),
        ));
    }
    if !list.revoked.windows(2).all(|w| w[0] < w[1]) {
        return Err(reject(
            Code::Malformed,
            "the revoked keys are not sorted".into(),
        ));
    }
    Ok(list)
}

/// Whether `host` matches `pattern`: equal, or `*.example.com` for exactly
/// one more label. Case and a trailing dot do not matter.
pub fn domain_matches(pattern: &str, host: &str) -> bool {
    let normalize = |s: &str| s.trim().trim_end_matches('.').to_ascii_lowercase();
    let (pattern, host) = (normalize(pattern), normalize(host));
    match pattern.strip_prefix("*.") {
        Some(suffix) => host
            .strip_suffix(suffix)
            .and_then(|rest| rest.strip_suffix('.'))
            .is_some_and(|label| !label.is_empty() && !label.contains('.')),
        None => !host.is_empty() && pattern == host,
    }
}

/// A Unix time as RFC 3339 UTC, without a time library.
pub(crate) fn rfc3339(ts: i64) -> String {
    let days = ts.div_euclid(86_400);
    let secs = ts.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs / 3_600,
        secs % 3_600 / 60,
        secs % 60
    )
}
