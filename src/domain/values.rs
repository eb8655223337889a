//! Validation of the small values users type: emails, feature names, limits
//! (`K=V`), domains and fingerprints. Each returns the normalised value or a
//! usage error that says what a good value looks like.

use std::collections::BTreeMap;

use crate::error::{Error, Result, is_hidden};

/// A lower-cased email address with one `@`, a local part and a dotted domain.
pub fn normalize_email(email: &str) -> Result<String> {
    let email = email.trim().to_ascii_lowercase();
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(|c| c.is_whitespace() || is_hidden(c))
        }
        None => false,
    };
    if valid && email.len() <= 254 {
        Ok(email)
    } else {
        Err(Error::usage(format!(
            "'{email}' is not an email address; give one like ada@example.com"
        )))
    }
}

/// Feature names: `*` or letters, digits, `-`, `_`, `.`, `:`; sorted and unique.
pub fn normalize_features(features: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::with_capacity(features.len());
    for feature in features {
        let feature = feature.trim();
        let valid = feature == "*"
            || (!feature.is_empty()
                && feature.len() <= 64
                && feature
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c)));
        if !valid {
            return Err(Error::usage(format!(
                "'{feature}' is not a feature name; use letters, digits, '-', '_', '.', ':' (or '*' for every feature)"
            )));
        }
        out.push(feature.to_string());
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// `K=V` pairs with integer values, e.g. `api_calls=10000`.
pub fn parse_limits(pairs: &[String]) -> Result<BTreeMap<String, i64>> {
    let mut limits = BTreeMap::new();
    for pair in pairs {
        let bad = || {
            Error::usage(format!(
                "'{pair}' is not a limit; write NAME=INTEGER, e.g. api_calls=10000"
            ))
        };
        let (name, value) = pair.split_once('=').ok_or_else(bad)?;
        let name = name.trim();
        if !is_limit_name(name) {
            return Err(bad());
        }
        let value: i64 = value.trim().parse().map_err(|_| bad())?;
        limits.insert(name.to_string(), value);
    }
    Ok(limits)
}

/// Limits given as a map (JSON): names of letters, digits, `_` and `-`.
pub fn check_limit_names(limits: BTreeMap<String, i64>) -> Result<BTreeMap<String, i64>> {
    for name in limits.keys() {
        if !is_limit_name(name) {
            return Err(Error::usage(format!(
                "'{name}' is not a limit name; use letters, digits, '_' and '-'"
            )));
        }
    }
    Ok(limits)
}

pub(crate) fn is_limit_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Bytes as lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        text.push(char::from(DIGITS[usize::from(b >> 4)]));
        text.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    text
}

/// Limits with `seats` added from its own flag or field; given both ways,
/// they are refused rather than one silently winning.
pub fn limits_with_seats(
    limits: BTreeMap<String, i64>,
    seats: Option<i64>,
) -> Result<BTreeMap<String, i64>> {
    let mut limits = check_limit_names(limits)?;
    if let Some(seats) = seats {
        if limits.contains_key("seats") {
            return Err(Error::usage(
                "the seats are given twice (as the seats and as a limit seats=); give them once",
            ));
        }
        limits.insert("seats".into(), check_seats(seats)?);
    }
    Ok(limits)
}

/// A seat count: at least one.
pub fn check_seats(seats: i64) -> Result<i64> {
    if seats >= 1 {
        Ok(seats)
    } else {
        Err(Error::usage(format!(
            "{seats} is not a seat count; give a whole number of 1 or more"
        )))
    }
}

/// A trimmed, non-empty display name.
pub fn non_empty(what: &str, text: &str) -> Result<String> {
    optional_text(what, Some(text))?.ok_or_else(|| {
        Error::usage(format!(
            "the {what} is empty; give 1 to {MAX_TEXT_CHARS} characters, in quotes if it has spaces"
        ))
    })
}

/// The longest name, company, external id or reason, in characters.
const MAX_TEXT_CHARS: usize = 200;

/// An optional free-text field (a name, a company): trimmed, empty means
/// none, at most 200 characters, and [`visible_text`].
pub fn optional_text(what: &str, text: Option<&str>) -> Result<Option<String>> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let length = text.chars().count();
    if length > MAX_TEXT_CHARS {
        return Err(Error::usage(format!(
            "the {what} has {length} characters; give at most {MAX_TEXT_CHARS}"
        )));
    }
    visible_text(what, text).map(Some)
}

/// The rule for every free text a person reads (a name, a host name, a
/// reason, a fingerprint): on one line, and without control characters,
/// text-direction overrides or invisible characters, which would disguise
/// it in a terminal, a CSV file or the audit log.
pub fn visible_text(what: &str, text: &str) -> Result<String> {
    if text.chars().any(is_hidden) {
        return Err(Error::usage(format!(
            "the {what} contains a control character or an invisible one (a newline, a tab, a text-direction override, a zero-width space); give it on one line without them"
        )));
    }
    Ok(text.to_string())
}

/// `--feature` (replace all), `--add-feature`, `--remove-feature` of an update.
#[derive(Debug, Clone, Default)]
pub struct FeatureEdit {
    /// Replaces the features when given.
    pub set: Option<Vec<String>>,
    pub add: Vec<String>,
    pub remove: Vec<String>,
}

impl FeatureEdit {
    pub fn is_empty(&self) -> bool {
        self.set.is_none() && self.add.is_empty() && self.remove.is_empty()
    }

    /// The features after this edit, sorted and unique.
    pub fn apply(&self, current: &[String]) -> Result<Vec<String>> {
        let mut features = self.set.clone().unwrap_or_else(|| current.to_vec());
        features.extend(self.add.iter().cloned());
        let remove = normalize_features(&self.remove)?;
        let mut features = normalize_features(&features)?;
        if let Some(absent) = remove.iter().find(|f| !features.contains(f)) {
            let held = if features.is_empty() {
                "none".to_string()
            } else {
                features.join(", ")
            };
            return Err(Error::usage(format!(
                "there is no feature '{absent}' to remove (the features are: {held}); check its spelling"
            )));
        }
        features.retain(|f| !remove.contains(f));
        Ok(features)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_lower_case_two_digits_a_byte() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(hex(&[]), "");
    }

    #[test]
    fn emails_are_lower_cased_and_checked() {
        assert_eq!(
            normalize_email(" Ada@Example.COM ").unwrap(),
            "ada@example.com"
        );
        for bad in [
            "ada",
            "ada@",
            "@example.com",
            "ada@example",
            "a b@example.com",
            "a@@b.c",
        ] {
            assert!(normalize_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn features_are_sorted_and_unique() {
        let f = normalize_features(&["sso".into(), "audit".into(), "sso".into()]).unwrap();
        assert_eq!(f, vec!["audit", "sso"]);
        assert!(normalize_features(&["bad feature".into()]).is_err());
    }

    #[test]
    fn limits_are_integers() {
        let l = parse_limits(&["api_calls=10".into(), "seats=3".into()]).unwrap();
        assert_eq!(l["api_calls"], 10);
        assert!(parse_limits(&["x=ten".into()]).is_err());
        assert!(parse_limits(&["novalue".into()]).is_err());
    }
}

/// Host names a license covers: lower-cased labels of letters, digits and
/// dashes; `*.example.com` covers one more label. Sorted and unique.
pub fn normalize_domains(domains: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::with_capacity(domains.len());
    for domain in domains {
        let lower = domain.trim().trim_end_matches('.').to_ascii_lowercase();
        let host = lower.strip_prefix("*.").unwrap_or(&lower);
        let label_ok = |l: &str| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        };
        if host.is_empty() || host.len() > 253 || !host.split('.').all(label_ok) {
            return Err(Error::usage(format!(
                "'{domain}' is not a domain; give a host name like app.example.com or *.example.com"
            )));
        }
        out.push(lower);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Machine fingerprints: 1 to 256 visible characters each. Sorted and unique.
pub fn normalize_fingerprints(fingerprints: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::with_capacity(fingerprints.len());
    for fingerprint in fingerprints {
        let fp = fingerprint.trim();
        if fp.is_empty() || fp.len() > 256 || fp.chars().any(char::is_whitespace) {
            return Err(Error::usage(format!(
                "'{fingerprint}' is not a machine fingerprint; give 1 to 256 characters without spaces"
            )));
        }
        out.push(visible_text("machine fingerprint", fp)?);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// One machine fingerprint, as [`normalize_fingerprints`] checks it.
pub fn normalize_fingerprint(fingerprint: &str) -> Result<String> {
    let mut one = normalize_fingerprints(&[fingerprint.to_string()])?;
    Ok(one.pop().unwrap_or_default())
}

/// A host name an application runs on, as asked about (no wildcard).
pub fn normalize_host(host: &str) -> Result<String> {
    let mut one = normalize_domains(&[host.to_string()])?;
    match one.pop() {
        Some(host) if !host.starts_with("*.") => Ok(host),
        _ => Err(Error::usage(format!(
            "'{host}' is not a host name; give one like app.example.com"
        ))),
    }
}

/// A request's nonce: 1 to 128 visible ASCII characters.
pub fn check_nonce(nonce: &str) -> Result<String> {
    let ok = (1..=128).contains(&nonce.len()) && nonce.bytes().all(|b| b.is_ascii_graphic());
    if ok {
        Ok(nonce.to_string())
    } else {
        Err(Error::usage(
            "the nonce must be 1 to 128 visible ASCII characters, e.g. a random base64url string",
        ))
    }
}

/// A machine's host name as reported: 1 to 255 bytes of [`visible_text`].
pub fn check_hostname(hostname: &str) -> Result<String> {
    let hostname = hostname.trim();
    if hostname.is_empty() || hostname.len() > 255 {
        return Err(Error::usage(
            "the hostname must be 1 to 255 characters without control characters",
        ));
    }
    visible_text("hostname", hostname)
}

#[cfg(test)]
mod domain_tests {
    use super::*;

    #[test]
    fn domains_are_host_names_or_one_level_wildcards() {
        let d = normalize_domains(&["App.Example.com.".into(), "*.example.org".into()]).unwrap();
        assert_eq!(d, vec!["*.example.org", "app.example.com"]);
        for bad in [
            "",
            "*.",
            "a..b",
            "-a.com",
            "a b.com",
            "*.*.a.com",
            "http://a.com",
        ] {
            assert!(normalize_domains(&[bad.into()]).is_err(), "{bad}");
        }
    }

    #[test]
    fn fingerprints_have_no_spaces() {
        assert!(normalize_fingerprints(&["ab cd".into()]).is_err());
        assert_eq!(
            normalize_fingerprints(&["b".into(), "a".into(), "b".into()]).unwrap(),
            vec!["a", "b"]
        );
    }
}
