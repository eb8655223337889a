//! Signed revocation lists (docs/tokens.md): the tenant's revoked license keys,
//! sorted, with a `seq` that grows with every list made, audited as
//! `revocations.exported`.

use serde_json::json;

use super::Session;
use super::signing::signing_key;
use crate::domain::audit::{AuditAction, TargetKind};
use crate::error::{Error, Result};
use crate::store::{Scope, Tenant};
use crate::token::{RevocationClaims, sign_revocations};

/// Makes and signs the next revocation list; `exp` is optional; `out` (a
/// file name) goes into the audit entry.
pub fn make_list(
    session: &Session<'_>,
    scope: &Scope<'_>,
    tenant: &Tenant,
    exp: Option<i64>,
    out: Option<&str>,
) -> Result<(String, RevocationClaims)> {
    let key = signing_key(session, scope)?;
    let claims = RevocationClaims {
        iss: tenant.slug().to_string(),
        iat: session.now,
        seq: scope.next_revocation_seq()?,
        exp,
        revoked: scope.revoked_keys()?,
        revoked_kids: scope.revoked_kids()?,
    };
    let token = sign_revocations(&claims, &key)
        .map_err(|e| Error::runtime(format!("the revocation list cannot be signed: {e}")))?;
    let details = json!({
        "seq": claims.seq, "revoked": claims.revoked.len(), "revoked_kids": claims.revoked_kids,
        "out": out, "kid": key.kid(),
    });
    let target = claims.seq.to_string();
    let entry = session.audit(
        AuditAction::RevocationsExported,
        TargetKind::RevocationList,
        &target,
        details,
    );
    scope.append_audit(&entry)?;
    Ok((token, claims))
}
