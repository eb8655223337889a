//! The guided first run of `keywright init`: on a terminal, with no tenant
//! yet, it offers to create the first tenant, product and plan, asks for
//! their values (checked as the commands check them), and runs the very
//! commands a person would type, printing each one first so that the next
//! time they can type it themselves. Without a terminal, or with `--yes`,
//! `--quiet` or a format for programs, it asks nothing.

use std::io::IsTerminal;

use clap::FromArgMatches;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, Input};

use super::{Cli, Context, dispatch, manual};
use crate::domain::naming::is_valid_slug;
use crate::domain::time::{Period, parse_timezone};
use crate::error::{Error, Result};
use crate::output::Format;

/// Offers the guided set-up when a person is at the terminal and the
/// database has no tenant yet.
pub fn offer(ctx: &Context) -> Result<()> {
    let person = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let asks = person && !ctx.yes && !ctx.printer.quiet() && ctx.printer.format() == Format::Table;
    if !asks || has_tenant(ctx)? {
        return Ok(());
    }
    let theme: Box<dyn Theme> = if std::env::var_os("NO_COLOR").is_some() {
        Box::new(SimpleTheme)
    } else {
        Box::new(ColorfulTheme::default())
    };
    // The config `init` has just written (its key store) holds from here on.
    let ctx = ctx.reloaded()?;
    let guide = Guide {
        ctx: &ctx,
        theme: theme.as_ref(),
    };
    guide.run()
}

fn has_tenant(ctx: &Context) -> Result<bool> {
    let mut store = ctx.open_store()?;
    store.read(|tx| Ok(!tx.tenants()?.is_empty()))
}

struct Guide<'a> {
    ctx: &'a Context,
    theme: &'a dyn Theme,
}

impl Guide<'_> {
    fn run(&self) -> Result<()> {
        eprintln!();
        if !self.confirm("Create your first tenant, product and plan now?")? {
            eprintln!(
                "Next: keywright tenant create \"Your Company Ltd\" --timezone Europe/Berlin"
            );
            return Ok(());
        }
        let tenant = self.tenant()?;
        let (product, features) = self.product(&tenant)?;
        let plan =
            if self.confirm("Add a plan (default terms for the licenses of this product)?")? {
                Some(self.plan(&tenant, &product, &features)?)
            } else {
                None
            };
        let plan_flag = plan.map(|p| format!(" --plan {p}")).unwrap_or_default();
        eprintln!("\nDone. Next, a customer and their first license:");
        eprintln!("  keywright customer create ada@example.com --name \"Ada Lovelace\"");
        eprintln!(
            "  keywright license issue --product {product}{plan_flag} --customer ada@example.com"
        );
        Ok(())
    }

    fn tenant(&self) -> Result<String> {
        let name = self.ask("Your company's name (the tenant)", None, |text| {
            non_empty(text, "a name")
        })?;
        let zone = self.ask("Time zone in which expiry dates end", Some("UTC"), |text| {
            parse_timezone(text).map(drop).map_err(|e| e.to_string())
        })?;
        self.command(&["tenant", "create", &name, "--timezone", &zone])?;
        self.only_tenant_slug()
    }

    /// The product's slug and its features, comma-separated.
    fn product(&self, tenant: &str) -> Result<(String, String)> {
        let slug = self.ask(
            "Product slug (the `aud` of its tokens)",
            Some("desktop"),
            slug_rule,
        )?;
        let name = self.ask("Product name", Some(&title_case(&slug)), |text| {
            non_empty(text, "a name")
        })?;
        let features =
            self.ask_optional("Features its licenses can grant, comma-separated (empty: none)")?;
        let mut args = vec![
            "--tenant", tenant, "product", "create", &slug, "--name", &name,
        ];
        args.extend(feature_flags(&features));
        self.command(&args)?;
        Ok((slug, features))
    }

    fn plan(&self, tenant: &str, product: &str, product_features: &str) -> Result<String> {
        let name = self.ask("Plan name", Some("standard"), slug_rule)?;
        let features = if product_features.is_empty() {
            String::new()
        } else {
            self.ask(
                "Features the plan grants, comma-separated",
                Some(product_features),
                |_| Ok(()),
            )?
        };
        let duration = self.ask_checked(
            "How long a license lasts, e.g. 1y or 30d (empty: perpetual)",
            |text| text.parse::<Period>().map(drop).map_err(|e| e.to_string()),
        )?;
        let seats =
            self.ask_checked("Machines per license (empty: no limit)", |text| match text
                .parse::<i64>()
            {
                Ok(n) if n > 0 => Ok(()),
                _ => Err("give a whole number of at least 1, or leave it empty".to_string()),
            })?;
        let mut args = vec!["--tenant", tenant, "plan", "create", product, &name];
        args.extend(feature_flags(&features));
        if !duration.is_empty() {
            args.extend(["--duration", &duration]);
        }
        if !seats.is_empty() {
            args.extend(["--seats", &seats]);
        }
        self.command(&args)?;
        Ok(name)
    }

    fn only_tenant_slug(&self) -> Result<String> {
        let mut store = self.ctx.open_store()?;
        store.read(|tx| {
            tx.tenants()?
                .first()
                .map(|t| t.slug().to_string())
                .ok_or_else(|| Error::runtime("the tenant just created is not in the database"))
        })
    }

    /// Prints the command as a person would type it, then runs it.
    fn command(&self, args: &[&str]) -> Result<()> {
        eprintln!(
            "$ keywright {}",
            args.iter().map(|a| quoted(a)).collect::<Vec<_>>().join(" ")
        );
        let matches = manual::command()
            .try_get_matches_from(std::iter::once("keywright").chain(args.iter().copied()))
            .map_err(|e| Error::usage(e.to_string()))?;
        let cli = Cli::from_arg_matches(&matches).map_err(|e| Error::usage(e.to_string()))?;
        dispatch(cli.command, self.ctx)?;
        Ok(())
    }

    fn confirm(&self, question: &str) -> Result<bool> {
        Confirm::with_theme(self.theme)
            .with_prompt(question)
            .default(true)
            .wait_for_newline(true)
            .interact()
            .map_err(no_answer)
    }

    fn ask(
        &self,
        prompt: &str,
        default: Option<&str>,
        rule: impl Fn(&str) -> std::result::Result<(), String>,
    ) -> Result<String> {
        let mut input = Input::<String>::with_theme(self.theme).with_prompt(prompt);
        if let Some(default) = default {
            input = input.default(default.to_string());
        }
        let answer = input
            .validate_with(|text: &String| rule(text.trim()))
            .interact_text()
            .map_err(no_answer)?;
        Ok(answer.trim().to_string())
    }

    fn ask_optional(&self, prompt: &str) -> Result<String> {
        self.ask_checked(prompt, |_| Ok(()))
    }

    /// A question that may be left empty; a non-empty answer must pass `rule`.
    fn ask_checked(
        &self,
        prompt: &str,
        rule: impl Fn(&str) -> std::result::Result<(), String>,
    ) -> Result<String> {
        let answer = Input::<String>::with_theme(self.theme)
            .with_prompt(prompt)
            .allow_empty(true)
            .validate_with(|text: &String| match text.trim() {
                "" => Ok(()),
                text => rule(text),
            })
            .interact_text()
            .map_err(no_answer)?;
        Ok(answer.trim().to_string())
    }
}

/// `--feature F` for each of the comma-separated features.
fn feature_flags(features: &str) -> Vec<&str> {
    features
        .split(',')
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .flat_map(|feature| ["--feature", feature])
        .collect()
}

fn no_answer(err: dialoguer::Error) -> Error {
    Error::runtime(format!(
        "could not read the answer ({err}); the database is created, go on with `keywright tenant create NAME`"
    ))
}

fn non_empty(text: &str, what: &str) -> std::result::Result<(), String> {
    if text.is_empty() {
        Err(format!("give {what}"))
    } else {
        Ok(())
    }
}

fn slug_rule(text: &str) -> std::result::Result<(), String> {
    if is_valid_slug(text) {
        Ok(())
    } else {
        Err("use lower-case letters, digits and single dashes, e.g. desktop-app".to_string())
    }
}

fn title_case(slug: &str) -> String {
    slug.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An argument as a shell reads it back: quoted when it holds anything but
/// plain characters.
fn quoted(arg: &str) -> String {
    let plain = !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./@:=,".contains(c));
    if plain {
        arg.to_string()
    } else {
        format!("\"{}\"", arg.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_printed_as_a_shell_reads_them() {
        assert_eq!(quoted("Acme Bank Ltd"), "\"Acme Bank Ltd\"");
        assert_eq!(quoted("Africa/Nairobi"), "Africa/Nairobi");
        assert_eq!(quoted("say \"hi\""), "\"say \\\"hi\\\"\"");
        assert_eq!(title_case("desktop-app"), "Desktop App");
    }
}
