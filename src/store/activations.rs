//! Machine activations of a license: fingerprint, host name, first and last
//! seen. With a heartbeat (floating seats), a machine not seen within it is
//! stale: it keeps its row but no longer takes a seat.

use serde::Serialize;

use crate::domain::text_enum::text_enum;
use crate::domain::time::UnixTime;
use crate::error::Result;

text_enum! {
    /// Whether a machine takes a seat.
    pub MachineStatus "machine status" {
        /// Node-locked, or checked in within the heartbeat: it takes a seat.
        Live = "live",
        /// Not checked in within the heartbeat: its seat is free.
        Stale = "stale",
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Activation {
    pub fingerprint: String,
    pub hostname: Option<String>,
    pub status: MachineStatus,
    pub first_seen: UnixTime,
    pub last_seen: UnixTime,
}

impl Activation {
    pub fn is_live(&self) -> bool {
        self.status == MachineStatus::Live
    }
}
