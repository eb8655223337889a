//! The HTTP agents that deliver webhooks: one that connects to public
//! addresses only, whatever a host name resolves to at that moment (a
//! name re-pointed at an internal address after it was checked, DNS
//! rebinding, reaches nothing), and one for tenants that allow private
//! receivers (docs/service.md).

use std::time::Duration;

use crate::service::webhook::is_private;

/// The agents that deliver webhooks: one that reaches public addresses
/// only, and one for tenants that allow private receivers.
pub struct Agents {
    pub public: ureq::Agent,
    pub any: ureq::Agent,
}

impl Agents {
    pub fn new(timeout: Duration) -> Agents {
        let config = || {
            ureq::Agent::config_builder()
                .timeout_global(Some(timeout))
                .http_status_as_error(false)
                .max_redirects(0)
                .build()
        };
        Agents {
            public: ureq::Agent::with_parts(
                config(),
                ureq::unversioned::transport::DefaultConnector::default(),
                PublicOnly::default(),
            ),
            any: config().into(),
        }
    }
}

/// A host name that resolves to no address a webhook may go to.
#[derive(Debug)]
pub struct PrivateAddress(String);

impl std::fmt::Display for PrivateAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} resolves only to private addresses", self.0)
    }
}

impl std::error::Error for PrivateAddress {}

/// Resolves as usual, then keeps only the addresses a webhook may go to:
/// the connection is made to one of those, whatever the name says next.
#[derive(Debug, Default)]
struct PublicOnly(ureq::unversioned::resolver::DefaultResolver);

impl ureq::unversioned::resolver::Resolver for PublicOnly {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: ureq::unversioned::transport::NextTimeout,
    ) -> std::result::Result<ureq::unversioned::resolver::ResolvedSocketAddrs, ureq::Error> {
        let found = self.0.resolve(uri, config, timeout)?;
        let mut kept = self.empty();
        for address in found.iter().filter(|a| !is_private(a.ip())) {
            kept.push(*address);
        }
        if kept.is_empty() {
            let host = uri.host().unwrap_or_default().to_string();
            return Err(ureq::Error::Other(Box::new(PrivateAddress(host))));
        }
        Ok(kept)
    }
}
