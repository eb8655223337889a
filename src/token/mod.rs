//! License tokens (docs/tokens.md): JWS compact serialisation, i.e. standard
//! JWTs, signed with Ed25519 (`EdDSA`) or, as the symmetric fallback,
//! HMAC-SHA256 (`HS256`). Any JWT library can verify them with the exported
//! public key; [`verify_license`] is the one function here that reads an
//! untrusted token, and it never panics.
//!
//! A verifier application needs only this module:
//!
//! ```
//! use keywright::token::{Expectations, KeySet, verify_license};
//! # fn check(token: &str, jwks_json: &str) -> Result<(), String> {
//! let keys = KeySet::from_jwks(jwks_json).map_err(|e| e.to_string())?;
//! let result = verify_license(token, &keys, &Expectations::at_now().product("desktop"));
//! if result.is_valid() && result.has_feature("sso") {
//!     // unlock single sign-on
//! }
//! # Ok(())
//! # }
//! ```

mod b64;
#[cfg(feature = "cli")]
mod batch;
mod claims;
mod code;
mod endorse;
mod floor;
mod jws;
mod keys;
mod machine;
mod reply;
#[cfg(feature = "cli")]
mod threads;
mod verify;

#[cfg(feature = "cli")]
pub use batch::{check_signed, sign_license_unchecked, verify_licenses};
pub use claims::{CLAIMS_VERSION, Confirmation, LicenseClaims, RevocationClaims};
pub use code::{Code, MAX_TOKEN_BYTES};
pub use endorse::{EndorsementClaims, endorsements_in_jwks, sign_endorsement};
pub use floor::ClockFloor;
pub use jws::{SignError, sign_license, sign_revocations};
pub use keys::{Algorithm, KeyError, KeySet, MIN_HMAC_SECRET, SigningKey, VerifyingKey};
pub use machine::{
    ActivationClaims, ActivationRequest, DeactivationClaims, DeactivationProof, Opened,
    UsageReport, verify_machine_license,
};
pub use reply::{ReplyClaims, UsageClaim, sign_reply, verify_reply};
#[cfg(feature = "cli")]
pub use threads::map_in_order;
pub use verify::{
    CheckedSignatures, Expectations, Rejected, SignedLicense, Verification, domain_matches,
    goes_on_after_expiry, open_license, open_license_remembering, verify_license,
    verify_revocations,
};

/// Base64url without padding, as JWS and JWK use it.
pub fn encode_base64url(bytes: &[u8]) -> String {
    b64::encode(bytes)
}

/// Decodes base64url without padding; `None` when the text is not canonical base64url.
pub fn decode_base64url(text: &str) -> Option<Vec<u8>> {
    b64::decode(text)
}

/// `typ` of a license token.
pub const LICENSE_TYP: &str = "lic+jwt";
/// `typ` of a revocation list.
pub const REVOCATION_TYP: &str = "lrl+jwt";
/// `typ` of a signed reply of the license service.
pub const REPLY_TYP: &str = "lvr+jwt";
/// `typ` of a machine's activation request.
pub const ACTIVATION_REQUEST_TYP: &str = "lar+jwt";
/// `typ` of a machine's deactivation proof.
pub const DEACTIVATION_PROOF_TYP: &str = "ldp+jwt";
/// `typ` of a key endorsement.
pub const ENDORSEMENT_TYP: &str = "kre+jwt";

/// What a token of a keywright `typ` is, in words.
fn kind_name(typ: &str) -> Option<&'static str> {
    Some(match typ {
        ACTIVATION_REQUEST_TYP => "an activation request",
        DEACTIVATION_PROOF_TYP => "a deactivation proof",
        ENDORSEMENT_TYP => "a key endorsement",
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
