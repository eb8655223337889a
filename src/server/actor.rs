//! How the audit log names who acted through the service when no API key
//! did: the license key, cut to its first group.

/// The actor of entries a license key causes: its first group only, so the
/// audit log never holds a whole key as the actor.
pub(crate) fn license_actor(key: &str) -> String {
    let mut groups = key.split('-');
    let prefix = groups.next().unwrap_or("");
    let first = groups.next().unwrap_or("");
    format!("license:{prefix}-{first}…")
}
