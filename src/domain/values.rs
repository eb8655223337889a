//! Validation of the small values users type: emails, feature names, limits
//! (`K=V`), domains and fingerprints. Each returns the normalised value or a
//! usage error that says what a good value looks like.

use std::collections::BTreeMap;

use crate::error::{Error, Result};

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
                && !email.chars().any(|c| c.is_whitespace() || c.is_control())
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
                "'{pair}' is not a limit; write NAME=INTEGER, e.g. --limit api_calls=10000"
            ))
        };
        let (name, value) = pair.split_once('=').ok_or_else(bad)?;
        let name = name.trim();
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return Err(bad());
        }
        let value: i64 = value.trim().parse().map_err(|_| bad())?;
        limits.insert(name.to_string(), value);
    }
    Ok(limits)
}

/// A seat count: at least one.
pub fn check_seats(seats: i64) -> Result<i64> {
    if seats >= 1 {
        Ok(seats)
    } else {
        Err(Error::usage(format!(
            "--seats {seats} is not a seat count; give a whole number of 1 or more"
        )))
    }
}

/// A trimmed, non-empty display name.
pub fn non_empty(what: &str, text: &str) -> Result<String> {
    let text = text.trim();
    if text.is_empty() || text.len() > 200 {
        Err(Error::usage(format!(
            "the {what} must be 1 to 200 characters; give one in quotes"
        )))
    } else {
        Ok(text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        if fp.is_empty()
            || fp.len() > 256
            || fp.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(Error::usage(format!(
                "'{fingerprint}' is not a machine fingerprint; give 1 to 256 characters without spaces"
            )));
        }
        out.push(fp.to_string());
    }
    out.sort();
    out.dedup();
    Ok(out)
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
