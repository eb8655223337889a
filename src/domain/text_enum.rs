//! Enums stored and typed as lower-case words (`active`, `revoked`, …).
//! [`text_enum!`] gives each one its word, a strict parser (an unknown word
//! is an error, never a silent default), `Display` and serde, so the
//! database, the command line, JSON and HTTP all read and write the same
//! words through one definition.

/// An enum whose values are words. `ALL` lists them in the order shown to users.
pub trait TextEnum: Copy + Sized + 'static {
    const ALL: &'static [Self];
    /// What the values are, in a sentence: "license status".
    const WHAT: &'static str;
    fn as_str(self) -> &'static str;

    /// The value named `text`, or a sentence that lists the valid words.
    fn parse_text(text: &str) -> Result<Self, String> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.as_str() == text)
            .ok_or_else(|| {
                let words: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                format!(
                    "'{text}' is not a {}; use one of: {}",
                    Self::WHAT,
                    words.join(", ")
                )
            })
    }
}

/// Defines an enum of words: `text_enum!(pub Name "what it is" { Variant = "word", … })`.
macro_rules! text_enum {
    ($(#[$meta:meta])* $vis:vis $name:ident $what:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $crate::domain::text_enum::TextEnum for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            const WHAT: &'static str = $what;
            fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl $name {
            /// The word of this value.
            #[allow(dead_code)]
            pub fn as_str(self) -> &'static str {
                <$name as $crate::domain::text_enum::TextEnum>::as_str(self)
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(text: &str) -> Result<Self, String> {
                <$name as $crate::domain::text_enum::TextEnum>::parse_text(text)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::domain::text_enum::TextEnum::as_str(*self))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::domain::text_enum::TextEnum::as_str(*self))
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                let words = <$name as $crate::domain::text_enum::TextEnum>::ALL
                    .iter()
                    .map(|v| $crate::domain::text_enum::TextEnum::as_str(*v));
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some(words))
                    .description(Some($what))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}
    };
}

pub(crate) use text_enum;
