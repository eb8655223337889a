//! Rules of the licensing domain that do not depend on storage: how tenant
//! slugs and abbreviations are made, how dates and durations are read, and
//! what makes an email, feature or limit valid, and which state changes
//! a license, tenant or key allows.

pub mod audit;
pub mod license;
pub mod naming;
pub mod policy;
pub mod state;
pub mod text_enum;
pub mod time;
pub mod values;
