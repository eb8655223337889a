//! The examples of every command, as data: what each does, and its
//! command line.

use super::{Example, ex};

/// The examples of each command, by its path below `keywright` (`""` is the
/// tool itself). A test checks that every command has some and that every
/// path names a command.
pub const EXAMPLES: &[(&str, &[Example])] = &[
    (
        "",
        &[
            ex("Create the database and config", "keywright init"),
            ex(
                "A first tenant",
                "keywright tenant create \"Acme Bank Ltd\" --timezone Africa/Nairobi",
            ),
            ex(
                "Issue a license and keep only its token",
                "keywright license issue --product desktop --customer ada@example.com -q",
            ),
        ],
    ),
    (
        "init",
        &[
            ex(
                "Create the database and config (asks for a first tenant on a terminal)",
                "keywright init",
            ),
            ex(
                "On a server without an OS keyring, keep secrets in 0600 files",
                "keywright init --key-store file",
            ),
        ],
    ),
    (
        "tenant",
        &[
            ex("List the tenants", "keywright tenant list"),
            ex("Make one the default", "keywright tenant use acme-bank-ltd"),
        ],
    ),
    (
        "tenant create",
        &[
            ex(
                "A tenant whose expiry dates end in Nairobi time",
                "keywright tenant create \"Acme Bank Ltd\" --timezone Africa/Nairobi",
            ),
            ex(
                "With a slug and key prefix of your choice",
                "keywright tenant create \"Globex Inc\" --slug globex --key-prefix GLX",
            ),
        ],
    ),
    (
        "tenant list",
        &[ex("Every tenant as JSON", "keywright tenant list --json")],
    ),
    (
        "tenant show",
        &[
            ex("The resolved tenant", "keywright tenant show"),
            ex("A named one", "keywright tenant show acme-bank-ltd"),
        ],
    ),
    (
        "tenant update",
        &[
            ex(
                "A new display name",
                "keywright tenant update acme-bank-ltd --name \"Acme Bank plc\"",
            ),
            ex(
                "Post suspicious activity to your endpoint",
                "keywright tenant update acme-bank-ltd --webhook-url https://example.com/hooks/keywright",
            ),
        ],
    ),
    (
        "tenant suspend",
        &[ex(
            "Stop issuing; its licenses validate as TENANT_SUSPENDED",
            "keywright tenant suspend acme-bank-ltd",
        )],
    ),
    (
        "tenant reactivate",
        &[ex(
            "Undo a suspension",
            "keywright tenant reactivate acme-bank-ltd",
        )],
    ),
    (
        "tenant use",
        &[ex(
            "Commands act for this tenant unless told otherwise",
            "keywright tenant use acme-bank-ltd",
        )],
    ),
    (
        "key",
        &[
            ex("The tenant's signing keys", "keywright key list"),
            ex(
                "Public keys for your applications",
                "keywright key export --format jwks > jwks.json",
            ),
        ],
    ),
    (
        "key generate",
        &[
            ex("One more active Ed25519 key", "keywright key generate"),
            ex(
                "An HMAC key (the symmetric fallback)",
                "keywright key generate --algorithm hmac",
            ),
        ],
    ),
    (
        "key rotate",
        &[ex(
            "A new signing key; the old ones retire and keep verifying",
            "keywright key rotate",
        )],
    ),
    (
        "key list",
        &[ex(
            "Kid, algorithm, status, store and reachability of each key",
            "keywright key list",
        )],
    ),
    (
        "key export",
        &[
            ex(
                "The signing key's public key as PEM",
                "keywright key export > public.pem",
            ),
            ex(
                "Every public key, with endorsements, as a JWKS",
                "keywright key export --format jwks > jwks.json",
            ),
        ],
    ),
    (
        "key export-private",
        &[ex(
            "Back up a signing key as PKCS#8 PEM (0600, audited)",
            "keywright key export-private --kid KID --out key.pem",
        )],
    ),
    (
        "key import",
        &[ex(
            "Sign with a key made by openssl",
            "openssl genpkey -algorithm ed25519 -out key.pem && keywright key import --file key.pem",
        )],
    ),
    (
        "key revoke",
        &[ex(
            "Put a leaked key on every later revocation list",
            "keywright key revoke KID --reason leaked",
        )],
    ),
    (
        "product",
        &[ex(
            "The products and their features",
            "keywright product list",
        )],
    ),
    (
        "product create",
        &[ex(
            "A product whose licenses can grant two features",
            "keywright product create desktop --name \"Desktop App\" --feature sso --feature export",
        )],
    ),
    (
        "product list",
        &[ex(
            "Active products only",
            "keywright product list --status active",
        )],
    ),
    (
        "product show",
        &[ex("One product", "keywright product show desktop")],
    ),
    (
        "product update",
        &[ex(
            "Declare one more feature",
            "keywright product update desktop --add-feature audit-log",
        )],
    ),
    (
        "product activate",
        &[ex(
            "Take a product back into use",
            "keywright product activate desktop",
        )],
    ),
    (
        "product deactivate",
        &[ex(
            "Issue no more licenses of a product",
            "keywright product deactivate desktop",
        )],
    ),
    (
        "plan",
        &[ex("The plans of a product", "keywright plan list desktop")],
    ),
    (
        "plan create",
        &[
            ex(
                "A yearly plan with five seats and a week of grace",
                "keywright plan create desktop pro --feature sso --seats 5 --duration 1y --grace 7d",
            ),
            ex(
                "A 14-day trial with floating seats",
                "keywright plan create desktop trial --duration 14d --trial --seats 2 --heartbeat 1h",
            ),
        ],
    ),
    (
        "plan list",
        &[ex("Every plan, as CSV", "keywright plan list --format csv")],
    ),
    (
        "plan show",
        &[ex("One plan's terms", "keywright plan show desktop pro")],
    ),
    (
        "plan update",
        &[ex(
            "More seats for licenses issued from now on",
            "keywright plan update desktop pro --seats 10",
        )],
    ),
    (
        "customer",
        &[ex(
            "Find a customer",
            "keywright customer list --search lovelace",
        )],
    ),
    (
        "customer create",
        &[ex(
            "A customer with your CRM's id (tokens then name the id, not the email)",
            "keywright customer create ada@example.com --name \"Ada Lovelace\" --external-id crm-17",
        )],
    ),
    (
        "customer list",
        &[ex(
            "Deleted customers too",
            "keywright customer list --status all",
        )],
    ),
    (
        "customer show",
        &[ex(
            "By email or external id",
            "keywright customer show crm-17",
        )],
    ),
    (
        "customer update",
        &[ex(
            "A new company name",
            "keywright customer update ada@example.com --company \"Analytical Engines\"",
        )],
    ),
    (
        "customer delete",
        &[ex(
            "Soft-delete (undo with update --restore)",
            "keywright customer delete ada@example.com",
        )],
    ),
    (
        "license",
        &[
            ex(
                "Issue one",
                "keywright license issue --product desktop --plan pro --customer ada@example.com",
            ),
            ex(
                "Licenses that expire within a month",
                "keywright license list --expires-within 30d",
            ),
        ],
    ),
    (
        "license issue",
        &[
            ex(
                "A license of the pro plan",
                "keywright license issue --product desktop --plan pro --customer ada@example.com",
            ),
            ex(
                "Only the token, valid to the end of a day in the tenant's zone",
                "keywright license issue --product desktop --customer crm-17 --expires 2027-03-31 -q",
            ),
            ex(
                "A thousand at once, as CSV",
                "keywright license issue --product desktop --customer crm-17 --count 1000 --yes --format csv",
            ),
        ],
    ),
    (
        "license import",
        &[ex(
            "Issue one license per row, all or nothing",
            "keywright license import licenses.csv --yes",
        )],
    ),
    (
        "license list",
        &[
            ex(
                "Active licenses of one product",
                "keywright license list --product desktop --status active",
            ),
            ex(
                "Every key of a customer, one per line",
                "keywright license list --customer ada@example.com -q",
            ),
        ],
    ),
    (
        "license show",
        &[ex(
            "One license with its terms",
            "keywright license show ACB-7KQ2M-X9D4R-PW3HT-N6B8K",
        )],
    ),
    (
        "license token",
        &[ex(
            "Its current signed token",
            "keywright license token ACB-7KQ2M-X9D4R-PW3HT-N6B8K",
        )],
    ),
    (
        "license machines",
        &[ex(
            "The machines it is activated on",
            "keywright license machines ACB-7KQ2M-X9D4R-PW3HT-N6B8K",
        )],
    ),
    (
        "license renew",
        &[
            ex(
                "One more year",
                "keywright license renew ACB-7KQ2M-X9D4R-PW3HT-N6B8K --extend 1y",
            ),
            ex(
                "Until a date",
                "keywright license renew ACB-7KQ2M-X9D4R-PW3HT-N6B8K --until 2028-12-31",
            ),
        ],
    ),
    (
        "license update",
        &[ex(
            "Grant a feature and more seats (re-signs)",
            "keywright license update ACB-7KQ2M-X9D4R-PW3HT-N6B8K --add-feature export --seats 10",
        )],
    ),
    (
        "license reissue",
        &[ex(
            "After `key revoke` of a leaked key: sign its licenses again with the active key, as CSV",
            "keywright license reissue --kid KID --yes --format csv > reissued.csv",
        )],
    ),
    (
        "license suspend",
        &[ex(
            "Stop a license for now",
            "keywright license suspend ACB-7KQ2M-X9D4R-PW3HT-N6B8K",
        )],
    ),
    (
        "license reinstate",
        &[ex(
            "Undo a suspension",
            "keywright license reinstate ACB-7KQ2M-X9D4R-PW3HT-N6B8K",
        )],
    ),
    (
        "license revoke",
        &[
            ex(
                "Revoke one, for good",
                "keywright license revoke ACB-7KQ2M-X9D4R-PW3HT-N6B8K --reason refunded",
            ),
            ex(
                "See what a bulk revocation would select",
                "keywright license revoke --bulk --product desktop --expired --dry-run",
            ),
            ex(
                "Revoke the keys listed in a file",
                "keywright license revoke --bulk --from-file leaked.txt --reason leaked --yes",
            ),
        ],
    ),
    (
        "license activate",
        &[
            ex(
                "Activate a machine",
                "keywright license activate ACB-7KQ2M-X9D4R-PW3HT-N6B8K --fingerprint laptop-1",
            ),
            ex(
                "Answer an air-gapped machine's request with a machine license",
                "keywright license activate --request request.txt --out machine.lic",
            ),
        ],
    ),
    (
        "license deactivate",
        &[
            ex(
                "Free a seat",
                "keywright license deactivate ACB-7KQ2M-X9D4R-PW3HT-N6B8K --fingerprint laptop-1",
            ),
            ex(
                "Free it with the machine's signed proof",
                "keywright license deactivate --proof proof.txt",
            ),
        ],
    ),
    (
        "license check-in",
        &[
            ex(
                "Refresh a floating seat",
                "keywright license check-in ACB-7KQ2M-X9D4R-PW3HT-N6B8K --fingerprint laptop-1",
            ),
            ex(
                "A new lease for an air-gapped machine",
                "keywright license check-in --request request.txt --out machine.lic",
            ),
        ],
    ),
    (
        "machine",
        &[ex(
            "Try activation by file from a terminal: the machine's side",
            "keywright machine request ACB-7KQ2M-X9D4R-PW3HT-N6B8K --fingerprint pc7 --dir pc7 > req.txt",
        )],
    ),
    (
        "machine request",
        &[
            ex(
                "An activation request, signed by the machine key kept in the folder",
                "keywright machine request ACB-7KQ2M-X9D4R-PW3HT-N6B8K --fingerprint pc7 --dir pc7 --out req.txt",
            ),
            ex(
                "A check-in request for a new lease, same machine",
                "keywright machine check-in ACB-7KQ2M-X9D4R-PW3HT-N6B8K --dir pc7 > checkin.txt",
            ),
        ],
    ),
    (
        "machine proof",
        &[ex(
            "The proof that frees the machine's seat",
            "keywright machine proof --dir pc7 --out proof.txt",
        )],
    ),
    (
        "validate",
        &[
            ex(
                "Check a license against the database",
                "keywright validate ACB-7KQ2M-X9D4R-PW3HT-N6B8K",
            ),
            ex(
                "As the machine asking, with a feature it needs",
                "keywright validate ACB-7KQ2M-X9D4R-PW3HT-N6B8K --fingerprint laptop-1 --feature sso",
            ),
        ],
    ),
    (
        "verify",
        &[
            ex(
                "Offline, with the public key only",
                "keywright verify \"$TOKEN\" --public-key public.pem --product desktop --feature sso",
            ),
            ex(
                "Many tokens, one per line, with a revocation list",
                "keywright verify - --jwks jwks.json --revocations revoked.jwt < tokens.txt",
            ),
        ],
    ),
    (
        "sign",
        &[ex(
            "Mint in CI with the key from a secret, without a database",
            "KEYWRIGHT_SIGNING_KEY=\"$RELEASE_KEY\" keywright sign --claims release-license.toml > license.jwt",
        )],
    ),
    (
        "export",
        &[ex(
            "Every active license to a CSV file",
            "keywright export licenses --status active --out licenses.csv",
        )],
    ),
    (
        "export licenses",
        &[
            ex(
                "As CSV to a file (0600)",
                "keywright export licenses --product desktop --out licenses.csv",
            ),
            ex(
                "As JSON, for jq",
                "keywright export licenses --json | jq '.[].key'",
            ),
        ],
    ),
    (
        "export customers",
        &[ex(
            "Every customer's email",
            "keywright export customers --json | jq -r '.[].email'",
        )],
    ),
    (
        "export products",
        &[ex(
            "The catalog as CSV",
            "keywright export products > products.csv",
        )],
    ),
    (
        "export audit",
        &[ex(
            "The audit log of a month",
            "keywright export audit --since 2027-01-01 --until 2027-02-01 --out audit.csv",
        )],
    ),
    (
        "revocations",
        &[ex(
            "Publish the revocation list",
            "keywright revocations export --out revoked.jwt --valid-for 7d",
        )],
    ),
    (
        "revocations export",
        &[ex(
            "A signed list of revoked keys, valid for a week",
            "keywright revocations export --out revoked.jwt --valid-for 7d",
        )],
    ),
    (
        "audit",
        &[ex(
            "Recompute the hash chain and checkpoints",
            "keywright audit verify",
        )],
    ),
    (
        "audit list",
        &[
            ex(
                "What happened to licenses",
                "keywright audit list --action 'license.*'",
            ),
            ex(
                "Everything about one license",
                "keywright audit list --target ACB-7KQ2M-X9D4R-PW3HT-N6B8K",
            ),
        ],
    ),
    (
        "audit verify",
        &[ex(
            "Name the first edited, deleted or reordered entry",
            "keywright audit verify",
        )],
    ),
    (
        "audit checkpoint",
        &[ex(
            "Sign the chain's head with the tenant's key",
            "keywright audit checkpoint",
        )],
    ),
    (
        "doctor",
        &[
            ex("Check everything", "keywright doctor"),
            ex(
                "Remove secrets a killed command left in the key store",
                "keywright doctor --remove-orphans",
            ),
        ],
    ),
    (
        "serve",
        &[
            ex(
                "The license service on the default address",
                "keywright serve",
            ),
            ex(
                "HTTPS on every interface",
                "keywright serve --listen 0.0.0.0:8443 --tls-cert cert.pem --tls-key key.pem",
            ),
        ],
    ),
    (
        "api-key",
        &[ex("The service's API keys", "keywright api-key list")],
    ),
    (
        "api-key create",
        &[
            ex(
                "A key to embed in an application (printed once)",
                "keywright api-key create --role validator --name desktop-app",
            ),
            ex(
                "A back-office key that expires",
                "keywright api-key create --role admin --name crm --expires 2027-12-31",
            ),
        ],
    ),
    (
        "api-key list",
        &[ex(
            "Id, name, role, status and expiry of each key",
            "keywright api-key list",
        )],
    ),
    (
        "api-key revoke",
        &[ex(
            "Stop a key at once",
            "keywright api-key revoke kw_AbCdEfGh",
        )],
    ),
    (
        "license convert",
        &[ex(
            "A trial becomes a paid license, same key and machines",
            "keywright license convert ACB-7KQ2M-X9D4R-PW3HT-N6B8K --plan pro",
        )],
    ),
    (
        "export usage",
        &[ex(
            "Every meter's use, for billing by usage",
            "keywright export usage --out usage.csv",
        )],
    ),
    (
        "license usage",
        &[
            ex(
                "What a license has used of its meters",
                "keywright license usage ACB-7KQ2M-X9D4R-PW3HT-N6B8K",
            ),
            ex(
                "Start a meter's month again",
                "keywright license usage ACB-7KQ2M-X9D4R-PW3HT-N6B8K --reset exports",
            ),
        ],
    ),
    (
        "license send",
        &[
            ex(
                "Mail a license to its customer again",
                "keywright license send ACB-7KQ2M-X9D4R-PW3HT-N6B8K",
            ),
            ex(
                "Mail it to someone else",
                "keywright license send ACB-7KQ2M-X9D4R-PW3HT-N6B8K --to it@example.com",
            ),
        ],
    ),
    (
        "billing",
        &[ex(
            "What Stripe's deliveries did",
            "keywright billing events --status failed",
        )],
    ),
    (
        "billing stripe",
        &[ex(
            "Connect Stripe with the endpoint's signing secret",
            "keywright billing stripe connect < whsec.txt",
        )],
    ),
    (
        "billing stripe connect",
        &[
            ex(
                "Connect Stripe with the endpoint's signing secret",
                "keywright billing stripe connect < whsec.txt",
            ),
            ex(
                "Also a restricted API key (on the next line), and revoke on cancellation",
                "cat whsec.txt rk.txt | keywright billing stripe connect --api-key - --on-cancel revoke",
            ),
        ],
    ),
    (
        "billing status",
        &[ex(
            "Whether Stripe is connected",
            "keywright billing status",
        )],
    ),
    (
        "billing price",
        &[ex("The mapped prices", "keywright billing price list")],
    ),
    (
        "billing price add",
        &[
            ex(
                "A price makes licenses of a plan",
                "keywright billing price add price_1Pro --product desktop --plan pro",
            ),
            ex(
                "Five seats per unit bought",
                "keywright billing price add price_1Team --product desktop --plan pro --seats-per-unit 5",
            ),
        ],
    ),
    (
        "billing price list",
        &[ex("The mapped prices", "keywright billing price list")],
    ),
    (
        "billing price remove",
        &[ex(
            "Stop a price making licenses",
            "keywright billing price remove price_1Team",
        )],
    ),
    (
        "billing events",
        &[
            ex("The last deliveries", "keywright billing events --limit 10"),
            ex(
                "Events keywright could not apply",
                "keywright billing events --status failed",
            ),
        ],
    ),
    (
        "billing apply",
        &[ex(
            "Replay events exported from Stripe",
            "keywright billing apply events.jsonl",
        )],
    ),
    ("email", &[ex("The email outbox", "keywright email list")]),
    (
        "email setup",
        &[ex(
            "Send license emails through your SMTP server",
            "keywright email setup --smtp smtps://me%40acme.test@mail.acme.test --from me@acme.test < pw",
        )],
    ),
    (
        "email test",
        &[ex(
            "Check the settings",
            "keywright email test you@acme.example",
        )],
    ),
    (
        "email list",
        &[ex(
            "Emails still waiting",
            "keywright email list --status pending",
        )],
    ),
    (
        "email deliver",
        &[ex("Send what waits, now", "keywright email deliver")],
    ),
    (
        "webhooks",
        &[ex(
            "Webhooks that failed",
            "keywright webhooks list --status failed",
        )],
    ),
    (
        "webhooks list",
        &[ex(
            "The last webhooks queued",
            "keywright webhooks list --limit 10",
        )],
    ),
    (
        "db",
        &[ex("What the database holds", "keywright db status")],
    ),
    (
        "db status",
        &[ex("The same for a script", "keywright db status --json")],
    ),
    (
        "db backup",
        &[ex(
            "A consistent copy while the service runs",
            "keywright db backup --out /backups/keywright.db",
        )],
    ),
    (
        "db copy",
        &[
            ex(
                "Carry the SQLite database into an empty PostgreSQL database",
                "keywright db copy --to postgres://keywright@db.internal:5432/keywright?sslmode=verify-full",
            ),
            ex(
                "From another file, the password from PGPASSWORD or ~/.pgpass",
                "keywright db copy --from old/keywright.db --to postgres://keywright@127.0.0.1/keywright",
            ),
        ],
    ),
    (
        "completions",
        &[
            ex(
                "Bash completions for this shell",
                "source <(keywright completions bash)",
            ),
            ex(
                "Zsh, installed",
                "keywright completions zsh > \"${fpath[1]}/_keywright\"",
            ),
        ],
    ),
];
