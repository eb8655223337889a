//! License keys (docs/tokens.md): `PREFIX-XXXXX-XXXXX-XXXXX-XXXXX`, 19 random
//! characters from a 32-letter alphabet without 0, 1, O and I, then a Luhn
//! mod 32 check character, so that a mistyped character is caught before
//! any lookup. Input is normalised: case, spaces and dashes do not matter.

use std::fmt;

/// The 32 characters of a key body, in code-point order for the check digit.
pub const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// Characters of a key body, check character included.
pub const BODY_LEN: usize = 20;

/// A well-formed license key: prefix and body, check character verified.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LicenseKey {
    prefix: String,
    body: String,
}

/// Why a typed key was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// Too short to hold a prefix and a 20-character body.
    TooShort,
    /// A character that cannot appear in a key.
    BadCharacter(char),
    /// The check character does not match: a typo.
    BadCheck,
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::TooShort => {
                f.write_str("is too short for a license key (PREFIX-XXXXX-XXXXX-XXXXX-XXXXX)")
            }
            KeyError::BadCharacter(c) => write!(
                f,
                "has '{c}', which is not in license keys (they use A-Z and 2-9 without I and O)"
            ),
            KeyError::BadCheck => f.write_str(
                "has a typo: its check character does not match; check it against the original",
            ),
        }
    }
}

impl std::error::Error for KeyError {}

fn code_point(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

/// The Luhn mod 32 check character for `body` (without its check character).
pub fn check_character(body: &[u8]) -> Option<u8> {
    let n = ALPHABET.len() as u32;
    let mut factor = 2;
    let mut sum = 0;
    for &c in body.iter().rev() {
        let addend = factor * code_point(c)?;
        factor = if factor == 2 { 1 } else { 2 };
        sum += addend / n + addend % n;
    }
    Some(ALPHABET[((n - sum % n) % n) as usize])
}

impl LicenseKey {
    /// A new key from 19 random bytes' worth of characters (the caller's CSPRNG).
    pub fn from_random(prefix: &str, random: &[u8; BODY_LEN - 1]) -> LicenseKey {
        let mut body: Vec<u8> = random.iter().map(|b| ALPHABET[(b % 32) as usize]).collect();
        let check = check_character(&body).expect("body characters come from the alphabet");
        body.push(check);
        LicenseKey {
            prefix: prefix.to_ascii_uppercase(),
            body: String::from_utf8(body).expect("the alphabet is ASCII"),
        }
    }

    /// A new key drawn from the operating system's CSPRNG.
    pub fn generate(prefix: &str) -> Result<LicenseKey, getrandom::Error> {
        let mut random = [0u8; BODY_LEN - 1];
        getrandom::fill(&mut random)?;
        Ok(LicenseKey::from_random(prefix, &random))
    }

    /// Reads a typed key: case, spaces and dashes are ignored; the last 20
    /// characters are the body, what comes before is the prefix.
    pub fn parse(input: &str) -> Result<LicenseKey, KeyError> {
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if compact.len() < BODY_LEN + 1 || !compact.is_ascii() {
            return match compact.chars().find(|c| !c.is_ascii_alphanumeric()) {
                Some(c) => Err(KeyError::BadCharacter(c)),
                None => Err(KeyError::TooShort),
            };
        }
        let (prefix, body) = compact.split_at(compact.len() - BODY_LEN);
        if let Some(c) = prefix.chars().find(|c| !c.is_ascii_alphanumeric()) {
            return Err(KeyError::BadCharacter(c));
        }
        if let Some(c) = body.bytes().find(|&c| code_point(c).is_none()) {
            return Err(KeyError::BadCharacter(c as char));
        }
        let bytes = body.as_bytes();
        if check_character(&bytes[..BODY_LEN - 1]) != Some(bytes[BODY_LEN - 1]) {
            return Err(KeyError::BadCheck);
        }
        Ok(LicenseKey {
            prefix: prefix.to_string(),
            body: body.to_string(),
        })
    }

    pub fn prefix(&self) -> &str {
        &self.prefix
    }
}

impl fmt::Display for LicenseKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.prefix)?;
        for group in self.body.as_bytes().chunks(5) {
            write!(
                f,
                "-{}",
                std::str::from_utf8(group).map_err(|_| fmt::Error)?
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> LicenseKey {
        LicenseKey::from_random(
            "ACB",
            &[
                7, 200, 13, 99, 3, 250, 31, 64, 1, 18, 77, 5, 123, 42, 9, 180, 66, 2, 11,
            ],
        )
    }

    #[test]
    fn keys_print_in_groups_of_five_and_parse_back() {
        let key = sample();
        let text = key.to_string();
        assert_eq!(text.len(), 3 + 4 * 6);
        assert!(text.starts_with("ACB-"));
        assert_eq!(LicenseKey::parse(&text).unwrap(), key);
    }

    #[test]
    fn case_spaces_and_missing_dashes_do_not_matter() {
        let key = sample();
        let text = key.to_string();
        let sloppy = text.to_lowercase().replace('-', " ");
        assert_eq!(LicenseKey::parse(&sloppy).unwrap(), key);
        assert_eq!(LicenseKey::parse(&text.replace('-', "")).unwrap(), key);
    }

    #[test]
    fn every_single_substitution_is_caught() {
        let key = sample();
        let body = key.body.as_bytes().to_vec();
        for i in 0..BODY_LEN {
            for &c in ALPHABET.iter().filter(|&&c| c != body[i]) {
                let mut typo = body.clone();
                typo[i] = c;
                let text = format!("ACB{}", String::from_utf8(typo).unwrap());
                assert_eq!(LicenseKey::parse(&text), Err(KeyError::BadCheck), "{text}");
            }
        }
    }

    /// Luhn mod N misses exactly one neighbour swap: the first and last
    /// characters of the alphabet ('A' and '9'), as Luhn mod 10 misses 09/90.
    #[test]
    fn every_neighbour_swap_but_a_and_9_is_caught() {
        for a in ALPHABET.iter() {
            for b in ALPHABET.iter().filter(|&b| b != a) {
                for at in 0..BODY_LEN - 1 {
                    let mut body = vec![b'B'; BODY_LEN - 1];
                    body[at] = *a;
                    if at + 1 < BODY_LEN - 1 {
                        body[at + 1] = *b;
                    }
                    body.push(check_character(&body).unwrap());
                    body.swap(at, at + 1);
                    let text = format!("ACB{}", String::from_utf8(body.clone()).unwrap());
                    let undetectable = (*a == b'A' && *b == b'9') || (*a == b'9' && *b == b'A');
                    let swapped_same = body[at] == body[at + 1];
                    if !undetectable && !swapped_same {
                        assert_eq!(LicenseKey::parse(&text), Err(KeyError::BadCheck), "{text}");
                    }
                }
            }
        }
    }

    #[test]
    fn bad_input_says_what_is_wrong() {
        assert_eq!(LicenseKey::parse("ACB-12"), Err(KeyError::TooShort));
        assert_eq!(LicenseKey::parse(""), Err(KeyError::TooShort));
        let with_zero = format!("ACB-0{}", &sample().body[1..]);
        assert_eq!(
            LicenseKey::parse(&with_zero),
            Err(KeyError::BadCharacter('0'))
        );
        assert!(matches!(
            LicenseKey::parse("ACB-ÄÄÄÄÄ-ÄÄÄÄÄ-ÄÄÄÄÄ-ÄÄÄÄÄ"),
            Err(KeyError::BadCharacter(_))
        ));
    }
}
