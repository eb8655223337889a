//! What to do about an error, in the words of the terminal: the command
//! that lists, creates or changes a record, the option to give. The service
//! says the same remedies in its own words (`server::error`).

use crate::error::{Error, Field, Fix, Hints, Record, Remedy};

/// The error's sentence as the terminal shows it.
pub fn message(err: &Error) -> String {
    err.with_hint(&Terminal)
}

/// The terminal's words.
struct Terminal;

impl Hints for Terminal {
    fn remedy(&self, what: Record, id: &str, remedy: &Remedy) -> Option<String> {
        record_remedy(what, id, remedy)
    }

    fn fix(&self, fix: &Fix) -> String {
        match fix {
            Fix::ReactivateTenant { tenant } => {
                format!("reactivate it with `keywright tenant reactivate {tenant}`")
            }
            Fix::GenerateKey => "make one with `keywright key generate`".into(),
            Fix::RotateFirst => "rotate first with `keywright key rotate`, then try again".into(),
            Fix::ImportKey => "register it with `keywright key import --file`".into(),
            Fix::Doctor => "run `keywright doctor`".into(),
            Fix::ActivateProduct { product } => {
                format!("activate it with `keywright product activate {product}`")
            }
            Fix::AddFeature { product, feature } => {
                format!("add it with `keywright product update {product} --add-feature {feature}`")
            }
            Fix::RestoreCustomer { email } => {
                format!("restore it with `keywright customer update {email} --restore`")
            }
            Fix::DeactivateMachine {
                license,
                fingerprint,
            } => format!(
                "deactivate it with `keywright license deactivate {license} --fingerprint {fingerprint}`"
            ),
            Fix::SetWebhookUrl { tenant } => {
                format!("set a URL with `keywright tenant update {tenant} --webhook-url URL`")
            }
            Fix::SetUpEmail => {
                "set it up with `keywright email setup --smtp URL --from ADDRESS`".into()
            }
            Fix::ConnectStripe => {
                "connect it with `keywright billing stripe connect` (the webhook secret on stdin)"
                    .into()
            }
            Fix::ShowLicense { license } => {
                format!("see it with `keywright license show {license}`")
            }
            Fix::GiveOneOf(fields) => format!("pass {}", Field::one_of(fields, option)),
            Fix::Give(field) => format!("pass {}", option(field)),
        }
    }
}

fn option(field: &Field) -> String {
    format!("--{}", field.option)
}

fn record_remedy(what: Record, id: &str, remedy: &Remedy) -> Option<String> {
    Some(match remedy {
        Remedy::Look => format!("see `{}`", list_command(what, id)),
        Remedy::LookOrCreate => match create_command(what, id) {
            Some(create) => format!(
                "see `{}`, or create it with `{create}`",
                list_command(what, id)
            ),
            None => format!("see `{}`", list_command(what, id)),
        },
        Remedy::ChooseAnother => choose_another(what).into(),
        Remedy::Restore => {
            "it was deleted; bring it back with `keywright customer update EMAIL --restore`".into()
        }
        Remedy::Activate { license } => {
            format!("see `keywright license machines {license}`, or activate it first")
        }
        Remedy::OtherTenant => "it may be for another tenant: pass --tenant".into(),
        Remedy::Said(_) => return None,
    })
}

/// The command that lists records of this kind (a plan's, of its product).
fn list_command(what: Record, id: &str) -> String {
    match what {
        Record::Tenant => "keywright tenant list".into(),
        Record::Product => "keywright product list".into(),
        Record::Plan => format!("keywright plan list {}", plan_parts(id).0),
        Record::Customer | Record::CustomerExternalId => "keywright customer list".into(),
        Record::License => "keywright license list".into(),
        Record::Machine => "keywright license machines KEY".into(),
        Record::ApiKey | Record::ApiKeyName => "keywright api-key list".into(),
        Record::SigningKey => "keywright key list".into(),
        Record::Price => "keywright billing price list".into(),
    }
}

/// The command that creates the record named `id`, for the kinds a
/// person creates by name.
fn create_command(what: Record, id: &str) -> Option<String> {
    match what {
        Record::Product => Some(format!("keywright product create {id} --name NAME")),
        Record::Plan => {
            let (product, name) = plan_parts(id);
            Some(format!("keywright plan create {product} {name}"))
        }
        Record::Customer if is_plain_email(id) => Some(format!("keywright customer create {id}")),
        Record::Customer => Some("keywright customer create EMAIL".into()),
        _ => None,
    }
}

fn choose_another(what: Record) -> &'static str {
    match what {
        Record::Tenant => "choose another --slug, or leave it out to derive one from the name",
        Record::Product => "pick another slug, or change it with `keywright product update`",
        Record::Plan => "pick another plan name, or change this one with `keywright plan update`",
        Record::Customer | Record::CustomerExternalId => {
            "change it with `keywright customer update`"
        }
        Record::ApiKey | Record::ApiKeyName => "choose another --name",
        Record::SigningKey => "it is already registered; see `keywright key list`",
        Record::License | Record::Machine => "choose another",
        Record::Price => "see `keywright billing price list`",
    }
}

/// A plan's name `PRODUCT/NAME` as its two parts.
fn plan_parts(id: &str) -> (&str, &str) {
    id.split_once('/').unwrap_or((id, ""))
}

/// Text that can stand in a suggested command as an email as it is.
fn is_plain_email(text: &str) -> bool {
    text.contains('@')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn not_found(what: Record, id: &str, remedy: Remedy) -> String {
        message(&Error::NotFound {
            what,
            id: id.into(),
            scope: "in tenant 'acme'".into(),
            remedy,
        })
    }

    #[test]
    fn the_terminal_names_the_command_to_run() {
        assert_eq!(
            not_found(Record::Plan, "desktop/pro", Remedy::LookOrCreate),
            "no plan 'desktop/pro' in tenant 'acme'; see `keywright plan list desktop`, or create it with `keywright plan create desktop pro`"
        );
        assert_eq!(
            not_found(Record::Customer, "x y", Remedy::LookOrCreate),
            "no customer 'x y' in tenant 'acme'; see `keywright customer list`, or create it with `keywright customer create EMAIL`"
        );
        assert_eq!(
            not_found(Record::License, "K", Remedy::Said("pass --tenant".into())),
            "no license 'K' in tenant 'acme'; pass --tenant"
        );
    }
}
