//! Time as keywright reads and writes it: instants are Unix seconds in UTC;
//! a date `YYYY-MM-DD` given as an expiry means the end of that day in the
//! tenant's time zone; durations like `365d` or `1y` count in calendar units
//! in that zone.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use jiff::fmt::temporal::{Pieces, PiecesOffset};
use jiff::tz::{TimeZone, TimeZoneDatabase};
use jiff::{Timestamp, ToSpan, civil::Date};
use serde::{Serialize, Serializer};

use crate::error::{Error, Result};

/// An instant, shown as RFC 3339 in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct UnixTime(pub i64);

impl fmt::Display for UnixTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match Timestamp::from_second(self.0) {
            // RFC 3339 in UTC, whole seconds: `2027-01-15T09:30:00Z`.
            Ok(ts) => write!(f, "{ts}"),
            Err(_) => write!(f, "@{}", self.0),
        }
    }
}

impl Serialize for UnixTime {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl utoipa::PartialSchema for UnixTime {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)))
            .description(Some("An instant in UTC, RFC 3339"))
            .into()
    }
}

impl utoipa::ToSchema for UnixTime {}

/// A number of seconds as people write it: `7d`, `12h`, `90min`, `45s` (the
/// largest unit that divides it exactly).
pub fn seconds_text(seconds: i64) -> String {
    let unit = [(86_400, "d"), (3_600, "h"), (60, "min")]
        .into_iter()
        .find(|(size, _)| seconds != 0 && seconds % size == 0);
    match unit {
        Some((size, suffix)) => format!("{}{suffix}", seconds / size),
        None => format!("{seconds}s"),
    }
}

/// An RFC 3339 instant in UTC (`2027-01-15T09:30:00Z`, as keywright prints
/// instants) shown in `tz` for a person: `2027-01-15 12:30 EAT`. An expiry
/// (`end_of_day`) that falls on a local midnight is the end of the day
/// before it, as the user wrote it: `2027-06-30 end of day EAT` for
/// `--expires 2027-06-30`. `None` for any other text.
pub fn local_text(text: &str, tz: &TimeZone, end_of_day: bool) -> Option<String> {
    if !is_utc_instant(text) {
        return None;
    }
    let instant: Timestamp = text.parse().ok()?;
    let zoned = instant.to_zoned(tz.clone());
    if end_of_day && zoned.hour() == 0 && zoned.minute() == 0 && zoned.second() == 0 {
        let day = zoned.date().yesterday().ok()?;
        return Some(format!("{day} end of day {}", zoned.strftime("%Z")));
    }
    Some(zoned.strftime("%Y-%m-%d %H:%M %Z").to_string())
}

/// Whether `text` is an instant as keywright prints them: `2027-01-15T09:30:00Z`.
fn is_utc_instant(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 20
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            10 => *b == b'T',
            13 | 16 => *b == b':',
            19 => *b == b'Z',
            _ => b.is_ascii_digit(),
        })
}

/// A sentence with every instant in it (as keywright prints them) shown in
/// `tz`, so that a message beside a table speaks of one zone.
pub fn localize_instants(text: &str, tz: &TimeZone) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('Z').filter(|at| *at >= 19) {
        let start = at - 19;
        match rest
            .get(start..=at)
            .and_then(|candidate| local_text(candidate, tz, false))
        {
            Some(local) => {
                out.push_str(&rest[..start]);
                out.push_str(&local);
            }
            None => out.push_str(&rest[..=at]),
        }
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

/// The wait before the next attempt after `attempts` failed ones: `first`
/// seconds, doubling with each attempt, at most `cap` (the outboxes of
/// webhooks and emails).
pub fn doubling_wait(first: i64, attempts: i64, cap: i64) -> i64 {
    let exponent = u32::try_from(attempts.clamp(1, 20) - 1).unwrap_or(0);
    first.saturating_mul(2i64.saturating_pow(exponent)).min(cap)
}

/// The current time in whole seconds.
pub fn now() -> i64 {
    Timestamp::now().as_second()
}

/// The time zone database keywright reads zones from: the one built into
/// the binary (jiff's bundled copy of the IANA database). A date then ends
/// at the same instant on every machine that runs keywright, whatever
/// tzdata the host has, and no command walks the host's zoneinfo folder
/// (thousands of files) when it starts.
fn zones() -> &'static TimeZoneDatabase {
    static ZONES: OnceLock<TimeZoneDatabase> = OnceLock::new();
    ZONES.get_or_init(TimeZoneDatabase::bundled)
}

/// A validated IANA time zone name.
pub fn parse_timezone(name: &str) -> Result<TimeZone> {
    zones().get(name).map_err(|_| {
        Error::usage(format!(
            "'{name}' is not an IANA time zone; use a name like UTC, Europe/Berlin or Africa/Nairobi"
        ))
    })
}

/// Checks that `text` is a date `YYYY-MM-DD`.
pub fn check_date(text: &str) -> Result<()> {
    parse_date(text).map(drop)
}

fn parse_date(text: &str) -> Result<Date> {
    let trimmed = text.trim();
    // `Date` alone would also take a date-time and drop its time.
    let date = (trimmed.len() == 10)
        .then(|| Date::from_str(trimmed).ok())
        .flatten();
    date.ok_or_else(|| {
        Error::usage(format!(
            "'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31"
        ))
    })
}

/// `exp` for an expiry date: the first second of the next local day.
pub fn end_of_local_day(text: &str, tz: &TimeZone) -> Result<i64> {
    let date = parse_date(text)?;
    let next = date
        .tomorrow()
        .map_err(|_| Error::usage(format!("'{text}' is too far in the future")))?;
    let zoned = next.to_zoned(tz.clone()).map_err(|_| {
        Error::usage(format!(
            "'{text}' cannot be placed in the tenant's time zone"
        ))
    })?;
    Ok(zoned.timestamp().as_second())
}

/// An instant from RFC 3339 with its offset (`2027-01-01T00:00:00Z`,
/// `…+05:30`) up to the end of year 9999, or a date (its start in `tz`).
/// A date-time without an offset is refused: its instant would be a guess.
pub fn parse_instant(text: &str, tz: &TimeZone) -> Result<i64> {
    let trimmed = text.trim();
    if trimmed.len() == 10 {
        let date = parse_date(trimmed).map_err(|_| not_a_time(text))?;
        let zoned = date
            .to_zoned(tz.clone())
            .map_err(|_| Error::usage(format!("'{text}' cannot be placed in the time zone")))?;
        return Ok(zoned.timestamp().as_second());
    }
    let pieces = Pieces::parse(trimmed).map_err(|_| not_a_time(text))?;
    let offset = match pieces.offset() {
        Some(PiecesOffset::Zulu) => 0,
        Some(PiecesOffset::Numeric(n)) => i64::from(n.offset().seconds()),
        _ => {
            return Err(Error::usage(format!(
                "'{text}' has no time zone offset; add one, e.g. {trimmed}Z for UTC"
            )));
        }
    };
    let time = pieces.time().unwrap_or_default();
    let seconds_of_day =
        i64::from(time.hour()) * 3600 + i64::from(time.minute()) * 60 + i64::from(time.second());
    Ok(days_since_epoch(pieces.date()) * 86_400 + seconds_of_day - offset)
}

fn not_a_time(text: &str) -> Error {
    Error::usage(format!(
        "'{text}' is not a time; use RFC 3339 (2027-01-01T12:00:00Z) or a date (2027-01-01)"
    ))
}

/// Days from 1970-01-01 to `date` in the proleptic Gregorian calendar
/// (H. Hinnant's `days_from_civil`); exact over all of jiff's dates,
/// including the last day of 9999, which jiff's `Timestamp` cannot hold.
fn days_since_epoch(date: Date) -> i64 {
    let (month, day) = (i64::from(date.month()), i64::from(date.day()));
    let year = i64::from(date.year()) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// A length of time such as `30d`, `1y`, `6mo`, `2w`, `12h`, `30min`, `45s`.
/// A bare `m` is refused: in a licensing tool `12m` reads as twelve months
/// as easily as twelve minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    amount: i64,
    unit: Unit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Seconds,
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}

impl Unit {
    fn suffix(self) -> &'static str {
        match self {
            Unit::Seconds => "s",
            Unit::Minutes => "min",
            Unit::Hours => "h",
            Unit::Days => "d",
            Unit::Weeks => "w",
            Unit::Months => "mo",
            Unit::Years => "y",
        }
    }

    fn from_suffix(suffix: &str) -> Option<Unit> {
        Some(match suffix {
            "s" => Unit::Seconds,
            "min" => Unit::Minutes,
            "h" => Unit::Hours,
            "d" => Unit::Days,
            "w" => Unit::Weeks,
            "mo" => Unit::Months,
            "y" => Unit::Years,
            _ => return None,
        })
    }
}

impl FromStr for Period {
    type Err = Error;

    fn from_str(text: &str) -> Result<Period> {
        let bad = || {
            Error::usage(format!(
                "'{text}' is not a duration; write a whole number and a unit: s, min, h, d, w, mo or y (e.g. 30d, 1y)"
            ))
        };
        let text_trim = text.trim();
        let split = text_trim
            .find(|c: char| !c.is_ascii_digit())
            .ok_or_else(bad)?;
        let (digits, suffix) = text_trim.split_at(split);
        let amount: i64 = digits.parse().map_err(|_| bad())?;
        let suffix = suffix.to_ascii_lowercase();
        if suffix == "m" {
            return Err(Error::usage(format!(
                "'{text}' is ambiguous: write {digits}mo for months or {digits}min for minutes"
            )));
        }
        let unit = Unit::from_suffix(&suffix).ok_or_else(bad)?;
        if amount <= 0 || amount > 100_000 {
            return Err(bad());
        }
        Ok(Period { amount, unit })
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.amount, self.unit.suffix())
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Period {
    /// The length in seconds, for units of fixed length (not months or years).
    pub fn fixed_seconds(&self) -> Option<i64> {
        let unit = match self.unit {
            Unit::Seconds => 1,
            Unit::Minutes => 60,
            Unit::Hours => 3_600,
            Unit::Days => 86_400,
            Unit::Weeks => 604_800,
            Unit::Months | Unit::Years => return None,
        };
        Some(self.amount * unit)
    }

    /// Parses a grace period: a duration of fixed length, in seconds.
    pub fn parse_grace(text: &str) -> Result<i64> {
        Period::parse_fixed(text, "grace")
    }

    /// Parses a period of fixed length, in seconds; `what` names it in errors.
    pub fn parse_fixed(text: &str, what: &str) -> Result<i64> {
        let period: Period = text.parse()?;
        period.fixed_seconds().ok_or_else(|| {
            Error::usage(format!(
                "{what} '{text}' must be in s, min, h, d or w (e.g. 7d): months and years vary in length"
            ))
        })
    }

    /// The end of the local day (in `tz`) on which this period after `at`
    /// falls: how a term started at `at` ends (docs/policies.md).
    pub fn end_of_day_after(&self, at: i64, tz: &TimeZone) -> Result<i64> {
        let end = self.add_to(at, tz)?;
        let day = Timestamp::from_second(end)
            .map_err(|_| Error::usage(format!("{self} from now is out of range")))?
            .to_zoned(tz.clone())
            .date();
        end_of_local_day(&day.to_string(), tz)
    }

    /// `at` moved forward by this period, counting calendar units in `tz`.
    pub fn add_to(&self, at: i64, tz: &TimeZone) -> Result<i64> {
        let start = Timestamp::from_second(at)
            .map_err(|_| Error::usage("the start time is out of range"))?
            .to_zoned(tz.clone());
        let n = self.amount;
        let span = match self.unit {
            Unit::Seconds => n.seconds(),
            Unit::Minutes => n.minutes(),
            Unit::Hours => n.hours(),
            Unit::Days => n.days(),
            Unit::Weeks => n.weeks(),
            Unit::Months => n.months(),
            Unit::Years => n.years(),
        };
        let end = start
            .checked_add(span)
            .map_err(|_| Error::usage(format!("{self} from now is out of range")))?;
        Ok(end.timestamp().as_second())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_show_as_rfc_3339_in_utc_with_whole_seconds() {
        for (seconds, shown) in [
            (0, "1970-01-01T00:00:00Z"),
            (1_800_000_000, "2027-01-15T08:00:00Z"),
            (4_102_444_800, "2100-01-01T00:00:00Z"),
            (-1, "1969-12-31T23:59:59Z"),
        ] {
            assert_eq!(UnixTime(seconds).to_string(), shown);
        }
    }

    #[test]
    fn expiries_at_local_midnight_read_as_the_day_the_user_wrote() {
        let nairobi = parse_timezone("Africa/Nairobi").unwrap();
        let exp = UnixTime(end_of_local_day("2027-06-30", &nairobi).unwrap()).to_string();
        assert_eq!(
            local_text(&exp, &nairobi, true).unwrap(),
            "2027-06-30 end of day EAT"
        );
        assert_eq!(
            local_text(&exp, &nairobi, false).unwrap(),
            "2027-07-01 00:00 EAT"
        );
        assert_eq!(
            local_text("2027-06-30T09:30:00Z", &nairobi, true).unwrap(),
            "2027-06-30 12:30 EAT"
        );
        assert_eq!(
            localize_instants("it expired at 2027-06-30T09:30:00Z; renew it (Z)", &nairobi),
            "it expired at 2027-06-30 12:30 EAT; renew it (Z)"
        );
        assert_eq!(localize_instants("no time here", &nairobi), "no time here");
        assert_eq!(
            localize_instants("éé 2027-06-30T09:30:00Z", &nairobi),
            "éé 2027-06-30 12:30 EAT"
        );
    }

    #[test]
    fn at_needs_an_offset_and_reaches_the_end_of_9999() {
        let utc = TimeZone::UTC;
        for text in [
            "2027-01-01T12:00:00Z",
            "2027-01-01T12:00:00+05:30",
            "1969-07-20T20:17:40-04:00",
            "2000-02-29T00:00:00Z",
        ] {
            let expected = Timestamp::from_str(text).unwrap().as_second();
            assert_eq!(parse_instant(text, &utc).unwrap(), expected, "{text}");
        }
        assert_eq!(
            parse_instant("9999-12-31T23:59:59Z", &utc).unwrap(),
            253_402_300_799
        );
        assert_eq!(parse_instant("2027-01-01", &utc).unwrap(), 1_798_761_600);
        let err = parse_instant("2027-01-01T12:00:00", &utc)
            .unwrap_err()
            .to_string();
        assert!(err.contains("no time zone offset"), "{err}");
        assert!(parse_instant("tomorrow", &utc).is_err());
        assert!(check_date("2027-01-01T12:00:00").is_err());
    }

    #[test]
    fn expiry_dates_end_at_local_midnight_on_both_sides_of_utc() {
        let nairobi = parse_timezone("Africa/Nairobi").unwrap(); // UTC+3
        let la = parse_timezone("America/Los_Angeles").unwrap(); // UTC-8 in winter
        // 2027-01-01 ends at 2027-01-02T00:00+03:00 = 2027-01-01T21:00Z.
        assert_eq!(
            UnixTime(end_of_local_day("2027-01-01", &nairobi).unwrap()).to_string(),
            "2027-01-01T21:00:00Z"
        );
        assert_eq!(
            UnixTime(end_of_local_day("2027-01-01", &la).unwrap()).to_string(),
            "2027-01-02T08:00:00Z"
        );
    }

    #[test]
    fn bad_dates_and_zones_are_usage_errors() {
        assert!(parse_timezone("Mars/Olympus").is_err());
        assert!(end_of_local_day("2027-13-01", &TimeZone::UTC).is_err());
        assert!(end_of_local_day("tomorrow", &TimeZone::UTC).is_err());
    }

    #[test]
    fn periods_parse_and_print() {
        let p: Period = "365d".parse().unwrap();
        assert_eq!(p.to_string(), "365d");
        assert_eq!(p.fixed_seconds(), Some(365 * 86_400));
        assert_eq!("1y".parse::<Period>().unwrap().fixed_seconds(), None);
        assert!("0d".parse::<Period>().is_err());
        assert!("d".parse::<Period>().is_err());
        assert!("5x".parse::<Period>().is_err());
        assert_eq!("90min".parse::<Period>().unwrap().to_string(), "90min");
        assert_eq!(seconds_text(5_400), "90min");
        assert_eq!(Period::parse_grace("7d").unwrap(), 604_800);
        assert!(Period::parse_grace("1y").is_err());
    }

    #[test]
    fn a_year_is_a_calendar_year() {
        let start = parse_instant("2028-02-29T12:00:00Z", &TimeZone::UTC).unwrap();
        let end = "1y"
            .parse::<Period>()
            .unwrap()
            .add_to(start, &TimeZone::UTC)
            .unwrap();
        assert_eq!(UnixTime(end).to_string(), "2029-02-28T12:00:00Z");
    }
}
