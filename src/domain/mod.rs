//! Rules of the licensing domain that do not depend on storage: how tenant
//! slugs and abbreviations are made, how dates and durations are read, and
//! what makes an email, feature or limit valid.

pub mod license;
pub mod naming;
pub mod time;
pub mod values;
