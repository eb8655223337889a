//! Tenant slugs and abbreviations (README, "Set up a tenant"): the slug from the name with
//! `-2`, `-3` on collision; a 3–4 letter abbreviation that drops corporate
//! suffixes and is unique.

/// Corporate suffixes dropped before the abbreviation is made.
const CORPORATE_SUFFIXES: &[&str] = &[
    "ab",
    "ag",
    "as",
    "bv",
    "co",
    "company",
    "corp",
    "corporation",
    "gmbh",
    "inc",
    "incorporated",
    "kg",
    "limited",
    "llc",
    "llp",
    "lp",
    "ltd",
    "nv",
    "oy",
    "plc",
    "pty",
    "sa",
    "sarl",
    "sas",
    "spa",
    "srl",
];

/// The longest slug made from a name, leaving room for a `-N` suffix.
const MAX_DERIVED_SLUG: usize = 48;

/// A URL-safe slug: lower-case ASCII letters and digits joined by single
/// dashes. Other scripts are transliterated first (`日本語` → `ri-ben-yu`,
/// `Müller` → `muller`); a name with nothing to transliterate gives
/// `tenant`.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in deunicode::deunicode(name).chars() {
        if slug.len() >= MAX_DERIVED_SLUG {
            break;
        }
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("tenant");
    }
    slug
}

/// Whether `slug` is a valid slug as typed by a user.
pub fn is_valid_slug(slug: &str) -> bool {
    (1..=64).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// The first of `base`, `base-2`, `base-3`, … that `taken` does not hold.
pub fn unique_slug(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken(candidate))
        .expect("an unbounded sequence has a free slug")
}

/// The words of a name that count for its abbreviation, upper-cased letters only.
fn significant_words(name: &str) -> Vec<String> {
    let words: Vec<String> = deunicode::deunicode(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphabetic)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let kept: Vec<String> = words
        .iter()
        .filter(|w| !CORPORATE_SUFFIXES.contains(&w.to_ascii_lowercase().as_str()))
        .cloned()
        .collect();
    let chosen = if kept.is_empty() { words } else { kept };
    chosen.into_iter().map(|w| w.to_ascii_uppercase()).collect()
}

/// Abbreviation candidates, best first: initials, then letters of the name.
fn candidates(name: &str) -> Vec<String> {
    let words = significant_words(name);
    let mut letters: String = words.concat();
    while letters.len() < 3 {
        letters.push('X');
    }
    let mut out = Vec::new();
    let initials: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .take(4)
        .collect();
    if initials.len() >= 3 {
        out.push(initials);
    }
    if words.len() == 2 {
        let (a, b) = (&words[0], &words[1]);
        out.push(format!("{}{}", &a[..a.len().min(2)], &b[..1]));
        out.push(format!("{}{}", &a[..a.len().min(2)], &b[..b.len().min(2)]));
    }
    out.push(letters[..3].to_string());
    let bytes = letters.as_bytes();
    for len in [3usize, 4] {
        for combo in ordered_picks(bytes.len(), len) {
            out.push(combo.iter().map(|&i| bytes[i] as char).collect());
        }
    }
    out.retain(|c| (3..=4).contains(&c.len()));
    out
}

/// Index tuples (0, i, j[, k]) with 0 < i < j < k < n: the first letter kept.
fn ordered_picks(n: usize, len: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let limit = n.min(12);
    for i in 1..limit {
        for j in i + 1..limit {
            if len == 3 {
                out.push(vec![0, i, j]);
                continue;
            }
            for k in j + 1..limit {
                out.push(vec![0, i, j, k]);
            }
        }
    }
    out
}

/// The first abbreviation of `name` that `taken` does not hold; then the
/// first three letters with a digit, which always exists in practice.
pub fn unique_abbreviation(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let list = candidates(name);
    if let Some(free) = list.iter().find(|c| !taken(c)) {
        return free.clone();
    }
    let stem = &list[0][..3];
    (2..)
        .map(|n| format!("{stem}{n}"))
        .find(|c| !taken(c))
        .expect("an unbounded sequence has a free abbreviation")
}

/// Validates and upper-cases a license key prefix: 1–8 ASCII letters or digits.
pub fn normalize_key_prefix(prefix: &str) -> Option<String> {
    let upper = prefix.trim().to_ascii_uppercase();
    let ok = (1..=8).contains(&upper.len()) && upper.chars().all(|c| c.is_ascii_alphanumeric());
    ok.then_some(upper)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_other_scripts_are_transliterated_into_slugs_and_abbreviations() {
        assert_eq!(slugify("日本語 株式会社"), "ri-ben-yu-zhu-shi-hui-she");
        assert_eq!(slugify("Müller & Söhne GmbH"), "muller-sohne-gmbh");
        assert_eq!(slugify("!!!"), "tenant");
        assert!(slugify(&"Long Name ".repeat(40)).len() <= 48);
        assert!(is_valid_slug(&slugify("Ωmega Labs")));
        let abbreviation = unique_abbreviation("日本語 株式会社", |_| false);
        assert!(
            abbreviation.chars().all(|c| c.is_ascii_uppercase()),
            "{abbreviation}"
        );
        assert!(is_valid_slug(&"a".repeat(64)) && !is_valid_slug(&"a".repeat(65)));
    }

    #[test]
    fn slugs_are_lower_case_and_dashed() {
        assert_eq!(slugify("Acme Bank Ltd"), "acme-bank-ltd");
        assert_eq!(slugify("  Zürich & Co. "), "zurich-co");
        assert!(is_valid_slug("acme-2"));
        assert!(!is_valid_slug("Acme"));
        assert!(!is_valid_slug("-acme"));
        assert!(!is_valid_slug(""));
    }

    #[test]
    fn slug_collisions_count_up_from_two() {
        let taken = ["acme", "acme-2"];
        assert_eq!(unique_slug("acme", |s| taken.contains(&s)), "acme-3");
        assert_eq!(unique_slug("beta", |s| taken.contains(&s)), "beta");
    }

    #[test]
    fn abbreviations_drop_corporate_suffixes() {
        let none = |_: &str| false;
        assert_eq!(unique_abbreviation("Acme Bank Ltd", none), "ACB");
        assert_eq!(
            unique_abbreviation("First National Bank of Kenya PLC", none),
            "FNBO"
        );
        assert_eq!(unique_abbreviation("Globex Inc", none), "GLO");
        assert_eq!(unique_abbreviation("Initech LLC", none), "INI");
        assert_eq!(unique_abbreviation("Umbrella Holdings GmbH", none), "UMH");
        assert_eq!(unique_abbreviation("X", none), "XXX");
    }

    #[test]
    fn abbreviations_stay_unique_and_three_or_four_letters() {
        let mut taken: Vec<String> = Vec::new();
        for _ in 0..40 {
            let next = unique_abbreviation("Acme Bank Ltd", |c| taken.iter().any(|t| t == c));
            assert!((3..=4).contains(&next.len()), "{next}");
            assert!(!taken.contains(&next));
            taken.push(next);
        }
    }

    #[test]
    fn key_prefixes_are_upper_case_alphanumerics() {
        assert_eq!(normalize_key_prefix("acb").as_deref(), Some("ACB"));
        assert_eq!(normalize_key_prefix("A-B"), None);
        assert_eq!(normalize_key_prefix("TOOLONGXX"), None);
    }
}
