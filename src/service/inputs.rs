//! The inputs that several requests take, by their names at each front end
//! (an option at the terminal, a field of JSON and CSV): an error that
//! names an input names it here once.

use crate::error::Field;

pub const NAME: Field = Field::same("name");
pub const FEATURES: Field = Field::new("feature", "features");
pub const ADD_FEATURES: Field = Field::new("add-feature", "add_features");
pub const REMOVE_FEATURES: Field = Field::new("remove-feature", "remove_features");
pub const SEATS: Field = Field::same("seats");
pub const LIMITS: Field = Field::new("limit", "limits");
pub const HEARTBEAT: Field = Field::same("heartbeat");
pub const OFFLINE_LEASE: Field = Field::new("offline-lease", "offline_lease");
