//! `keywright serve`: the license service over HTTP (`crate::server`),
//! configured by the `[serve]` table of the config file and these flags.

use std::path::PathBuf;

use clap::Args;

use crate::app::Context;
use crate::error::{Error, Outcome, Result};
use crate::server::{self, Settings};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on [default: the config's, else 127.0.0.1:8765]
    #[arg(long, value_name = "ADDR:PORT")]
    pub listen: Option<String>,
    /// Serve HTTPS with this certificate chain (PEM), with --tls-key
    #[arg(long, value_name = "PEM", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The private key of --tls-cert (PEM)
    #[arg(long, value_name = "PEM", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
}

pub fn run(args: ServeArgs, ctx: &Context) -> Result<Outcome> {
    let config = &ctx.config.serve;
    let listen = args.listen.unwrap_or_else(|| config.listen.clone());
    let tls = match (args.tls_cert, args.tls_key) {
        (Some(cert), Some(key)) => Some((cert, key)),
        _ => match (&config.tls_cert, &config.tls_key) {
            (Some(cert), Some(key)) => Some((cert.clone(), key.clone())),
            (None, None) => None,
            _ => {
                return Err(Error::usage(
                    "the config's [serve] table gives only one of tls_cert and tls_key; give both or neither",
                ));
            }
        },
    };
    let settings = Settings::new(ctx, &listen, tls)?;
    server::run(settings)?;
    Ok(Outcome::Success)
}
