
use builtin;
use str;

set edit:completion:arg-completer[keywright] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'keywright'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'keywright'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database and the config file (safe to run again)'
            cand tenant 'Manage tenants: the vendor companies whose licenses this database holds'
            cand key 'Manage signing keys: generate, rotate, list, export, import'
            cand product 'Manage products and their known features'
            cand plan 'Manage plans: per-product defaults for licenses'
            cand customer 'Manage customers'
            cand license 'Issue, list and show licenses; manage their machines'
            cand machine 'Play a machine without a network: make its activation requests and deactivation proofs'
            cand validate 'Check a license against the database'
            cand verify 'Check tokens offline, with a public key, a JWKS, a secret or the tenant''s keys'
            cand sign 'Mint a token from claims with a key from a file or the environment; no database'
            cand export 'Export licenses, customers, products or the audit log as CSV or JSON'
            cand revocations 'Export the signed revocation list for offline verifiers'
            cand audit 'Read and verify the tamper-evident audit log'
            cand doctor 'Check the schema, every license against its token, the audit chain, the signing keys and the key store'
            cand serve 'Run the license service over HTTP: validation, activation, check-in, and an admin API'
            cand api-key 'Make, list and revoke API keys of the license service'
            cand db 'The database itself: its status, and a consistent backup while it is in use'
            cand webhooks 'Show the webhooks the service has queued, delivered or given up on'
            cand billing 'Payments drive licenses: connect Stripe, map prices, see and apply events'
            cand email 'License emails: how they go out, a test message, the outbox'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;init'= {
            cand --key-store 'Where signing secrets will live: the OS keyring or 0600 files'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;tenant'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a tenant: a slug, abbreviation and key prefix are derived from its name'
            cand list 'List every tenant'
            cand show 'Show one tenant (default: the current one)'
            cand update 'Change a tenant''s name, time zone or key prefix'
            cand suspend 'Suspend a tenant: it issues nothing and its licenses stop validating'
            cand reactivate 'Reactivate a suspended tenant'
            cand use 'Make a tenant the default (writes default_tenant to the config file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;tenant;create'= {
            cand --slug 'The slug [default: from the name, with -2, -3 on collision]'
            cand --timezone 'IANA time zone in which expiry dates end'
            cand --key-prefix 'Prefix of license keys [default: the abbreviation]'
            cand --algorithm 'Algorithm of the tenant''s first signing key: ed25519 or hmac'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;tenant;list'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;tenant;show'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;tenant;update'= {
            cand --name 'A new display name (the slug stays)'
            cand --timezone 'A new IANA time zone for expiry dates issued from now on'
            cand --key-prefix 'A new prefix for license keys issued from now on'
            cand --webhook-url 'Post suspicious-activity events here (a secret to check them is made once)'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --no-webhook 'Stop posting webhooks'
            cand --webhook-allow-private 'Let webhooks go to loopback, link-local and private addresses (a receiver on your own network)'
            cand --webhook-public-only 'Send webhooks to public addresses only (the default)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;tenant;suspend'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;tenant;reactivate'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;tenant;use'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;tenant;help'= {
            cand create 'Create a tenant: a slug, abbreviation and key prefix are derived from its name'
            cand list 'List every tenant'
            cand show 'Show one tenant (default: the current one)'
            cand update 'Change a tenant''s name, time zone or key prefix'
            cand suspend 'Suspend a tenant: it issues nothing and its licenses stop validating'
            cand reactivate 'Reactivate a suspended tenant'
            cand use 'Make a tenant the default (writes default_tenant to the config file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;tenant;help;create'= {
        }
        &'keywright;tenant;help;list'= {
        }
        &'keywright;tenant;help;show'= {
        }
        &'keywright;tenant;help;update'= {
        }
        &'keywright;tenant;help;suspend'= {
        }
        &'keywright;tenant;help;reactivate'= {
        }
        &'keywright;tenant;help;use'= {
        }
        &'keywright;tenant;help;help'= {
        }
        &'keywright;key'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Make a new active signing key; older keys keep signing and verifying'
            cand rotate 'Make a new signing key and retire the others for signing (they still verify)'
            cand list 'List the tenant''s keys and whether each secret can be reached'
            cand export 'Print public keys: --format pem (default), jwk, jwks (every key) or raw'
            cand export-private 'Write a private key to a file (mode 0600): PKCS#8 PEM, or a JWK for HMAC; or, with --webhook-secret, the secret that signs the tenant''s webhooks'
            cand import 'Import an Ed25519 PKCS#8 PEM key, e.g. from `openssl genpkey -algorithm ed25519`'
            cand revoke 'Revoke a key for good: it signs and verifies nothing more, and later revocation lists name it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;key;generate'= {
            cand --algorithm 'ed25519 (default) or hmac, the symmetric fallback'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;key;rotate'= {
            cand --algorithm 'ed25519 (default) or hmac, the symmetric fallback'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;key;list'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;key;export'= {
            cand --kid 'The key to export [default: the signing key]'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;key;export-private'= {
            cand --kid 'The key to export (key ids may start with ''-'')'
            cand --out 'out'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --webhook-secret 'Export the webhook secret instead of a signing key'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;key;import'= {
            cand --file 'file'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;key;revoke'= {
            cand --reason 'Why, e.g. "leaked"'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;key;help'= {
            cand generate 'Make a new active signing key; older keys keep signing and verifying'
            cand rotate 'Make a new signing key and retire the others for signing (they still verify)'
            cand list 'List the tenant''s keys and whether each secret can be reached'
            cand export 'Print public keys: --format pem (default), jwk, jwks (every key) or raw'
            cand export-private 'Write a private key to a file (mode 0600): PKCS#8 PEM, or a JWK for HMAC; or, with --webhook-secret, the secret that signs the tenant''s webhooks'
            cand import 'Import an Ed25519 PKCS#8 PEM key, e.g. from `openssl genpkey -algorithm ed25519`'
            cand revoke 'Revoke a key for good: it signs and verifies nothing more, and later revocation lists name it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;key;help;generate'= {
        }
        &'keywright;key;help;rotate'= {
        }
        &'keywright;key;help;list'= {
        }
        &'keywright;key;help;export'= {
        }
        &'keywright;key;help;export-private'= {
        }
        &'keywright;key;help;import'= {
        }
        &'keywright;key;help;revoke'= {
        }
        &'keywright;key;help;help'= {
        }
        &'keywright;product'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a product'
            cand list 'List products'
            cand show 'Show one product'
            cand update 'Change a product''s name or features'
            cand activate 'Allow licenses to be issued for a product again'
            cand deactivate 'Stop issuing licenses for a product (existing ones stay valid)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;product;create'= {
            cand --name 'Display name'
            cand --feature 'A feature licenses of this product can grant (repeatable)'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;product;list'= {
            cand --search 'Only products whose slug or name contains this text'
            cand --status 'status'
            cand --sort 'sort'
            cand --order 'order'
            cand --page 'Page to show, from 1 [default: 1]'
            cand --limit 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;product;show'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;product;update'= {
            cand --name 'name'
            cand --feature 'Replace the features with these (repeatable)'
            cand --add-feature 'Add a feature (repeatable)'
            cand --remove-feature 'Remove a feature (repeatable)'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;product;activate'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;product;deactivate'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;product;help'= {
            cand create 'Create a product'
            cand list 'List products'
            cand show 'Show one product'
            cand update 'Change a product''s name or features'
            cand activate 'Allow licenses to be issued for a product again'
            cand deactivate 'Stop issuing licenses for a product (existing ones stay valid)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;product;help;create'= {
        }
        &'keywright;product;help;list'= {
        }
        &'keywright;product;help;show'= {
        }
        &'keywright;product;help;update'= {
        }
        &'keywright;product;help;activate'= {
        }
        &'keywright;product;help;deactivate'= {
        }
        &'keywright;product;help;help'= {
        }
        &'keywright;plan'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a plan of a product'
            cand list 'List plans, of one product or all'
            cand show 'Show one plan'
            cand update 'Change a plan''s defaults (licenses already issued keep their terms)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;plan;create'= {
            cand --feature 'A feature the plan grants (repeatable); `*` grants every feature'
            cand --seats 'Machines a license may be activated on'
            cand --duration 'How long a license of this plan lasts, e.g. 365d or 1y (absent: perpetual)'
            cand --grace 'Time after expiry during which the license still works, e.g. 7d'
            cand --limit 'A numeric limit, NAME=INTEGER (repeatable)'
            cand --heartbeat 'Floating seats: a machine not checked in within this period frees its seat, e.g. 1h'
            cand --offline-lease 'How long a machine license (activation by file) lasts before the machine checks in again, e.g. 30d [default: the config''s offline_lease]'
            cand --expiry-basis 'What a license''s expiry counts from [default: issue]'
            cand --on-expiry 'What an expired license does [default: restrict]'
            cand --renew-from 'What a renewal''s period counts from [default: expiry]'
            cand --meter 'A usage meter, NAME=LIMIT or NAME=LIMIT/month (repeatable)'
            cand --overage 'How far past its limit a meter may count [default: none]'
            cand --machine-scope 'How widely a machine may be active at once [default: license]'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --trial 'Licenses of this plan are trials'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;plan;list'= {
            cand --search 'Only plans whose name or product contains this text'
            cand --sort 'sort'
            cand --order 'order'
            cand --page 'Page to show, from 1 [default: 1]'
            cand --limit 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;plan;show'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;plan;update'= {
            cand --feature 'Replace the features with these (repeatable)'
            cand --add-feature 'Add a feature (repeatable)'
            cand --remove-feature 'Remove a feature (repeatable)'
            cand --seats 'Machines a license may be activated on'
            cand --duration 'How long a license lasts, e.g. 365d or 1y'
            cand --grace 'Time after expiry during which a license still works, e.g. 7d'
            cand --limit 'Set a numeric limit, NAME=INTEGER (repeatable)'
            cand --remove-limit 'Remove a limit (repeatable)'
            cand --trial 'Make the plan a trial (or not): true or false'
            cand --heartbeat 'Floating seats'' check-in period, e.g. 1h; `none` for node-locked seats'
            cand --offline-lease 'How long a machine license lasts before the machine checks in by file again, e.g. 30d; `none` for the config''s offline_lease'
            cand --expiry-basis 'What a license''s expiry counts from [default: issue]'
            cand --on-expiry 'What an expired license does [default: restrict]'
            cand --renew-from 'What a renewal''s period counts from [default: expiry]'
            cand --meter 'A usage meter, NAME=LIMIT or NAME=LIMIT/month (repeatable)'
            cand --overage 'How far past its limit a meter may count [default: none]'
            cand --machine-scope 'How widely a machine may be active at once [default: license]'
            cand --remove-meter 'Remove a usage meter (repeatable)'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;plan;help'= {
            cand create 'Create a plan of a product'
            cand list 'List plans, of one product or all'
            cand show 'Show one plan'
            cand update 'Change a plan''s defaults (licenses already issued keep their terms)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;plan;help;create'= {
        }
        &'keywright;plan;help;list'= {
        }
        &'keywright;plan;help;show'= {
        }
        &'keywright;plan;help;update'= {
        }
        &'keywright;plan;help;help'= {
        }
        &'keywright;customer'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a customer'
            cand list 'List customers'
            cand show 'Show one customer, by email or external id'
            cand update 'Change a customer''s details (an empty value clears a field)'
            cand delete 'Mark a customer deleted (soft: `update --restore` undoes it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;customer;create'= {
            cand --name 'Display name'
            cand --company 'Company name'
            cand --external-id 'Your own id for this customer, e.g. from a CRM'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;customer;list'= {
            cand --search 'Only customers whose email, name, company or external id contains this text'
            cand --status 'status'
            cand --sort 'sort'
            cand --order 'order'
            cand --page 'Page to show, from 1 [default: 1]'
            cand --limit 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;customer;show'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;customer;update'= {
            cand --email 'A new email address'
            cand --name 'Display name'
            cand --company 'Company name'
            cand --external-id 'external-id'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --restore 'Undo a deletion'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;customer;delete'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;customer;help'= {
            cand create 'Create a customer'
            cand list 'List customers'
            cand show 'Show one customer, by email or external id'
            cand update 'Change a customer''s details (an empty value clears a field)'
            cand delete 'Mark a customer deleted (soft: `update --restore` undoes it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;customer;help;create'= {
        }
        &'keywright;customer;help;list'= {
        }
        &'keywright;customer;help;show'= {
        }
        &'keywright;customer;help;update'= {
        }
        &'keywright;customer;help;delete'= {
        }
        &'keywright;customer;help;help'= {
        }
        &'keywright;license'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand issue 'Issue licenses: a key and a signed token each'
            cand import 'Issue licenses from CSV, all or nothing; an error names its line'
            cand list 'List licenses with filters and a summary footer'
            cand show 'Show one license'
            cand token 'Print a license''s signed token'
            cand machines 'List the machines a license is activated on, and whether each takes a seat'
            cand renew 'Extend a license (re-signs; prints the new token)'
            cand update 'Change a license''s contract: features, seats, limits, domains, machines (re-signs)'
            cand reissue 'Sign again with the active key every license a (revoked) key signed'
            cand suspend 'Suspend a license: it stops validating until reinstated'
            cand reinstate 'Reinstate a suspended license'
            cand revoke 'Revoke licenses for good: name them, or select them with --bulk'
            cand activate 'Activate a license on a machine, or answer a machine''s request file with a machine license'
            cand deactivate 'Remove a machine from a license, named or by its deactivation proof file'
            cand check-in 'Record that a machine is still running (floating seats'' heartbeat), or answer its request file'
            cand convert 'Move a license to another plan (a trial to a paid one): same key and machines, re-signed'
            cand usage 'Show a license''s usage meters (used, limit, period), or start one again'
            cand send '(Re)send a license''s email to its customer, or to --to'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;license;issue'= {
            cand --product 'The product (slug) the licenses are for'
            cand --plan 'A plan of the product, whose terms are the defaults'
            cand --customer 'The customer''s email or external id'
            cand --expires 'Last day of validity, YYYY-MM-DD, in the tenant''s time zone'
            cand --duration 'Validity from now, e.g. 30d or 1y [default: the plan''s, else perpetual]'
            cand --feature 'A granted feature (repeatable; replaces the plan''s features)'
            cand --seats 'Machines the license may be activated on (the `seats` limit)'
            cand --domain 'A host name the license covers; *.example.com covers one label (repeatable)'
            cand --fingerprint 'A machine fingerprint the license is locked to (repeatable)'
            cand --limit 'A numeric limit, NAME=INTEGER (repeatable; overrides the plan''s)'
            cand --grace 'Time after expiry during which the license still works, e.g. 7d'
            cand --heartbeat 'Floating seats: a machine not checked in within this period frees its seat, e.g. 1h'
            cand --offline-lease 'How long a machine license (activation by file) lasts before the machine checks in again, e.g. 30d [default: the plan''s, else the config''s offline_lease]'
            cand --count 'How many licenses to issue with these terms'
            cand --key-file 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store'
            cand --expiry-basis 'What a license''s expiry counts from [default: issue]'
            cand --on-expiry 'What an expired license does [default: restrict]'
            cand --renew-from 'What a renewal''s period counts from [default: expiry]'
            cand --meter 'A usage meter, NAME=LIMIT or NAME=LIMIT/month (repeatable)'
            cand --overage 'How far past its limit a meter may count [default: none]'
            cand --machine-scope 'How widely a machine may be active at once [default: license]'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --trial 'Mark the licenses as trials'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;import'= {
            cand --key-file 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;list'= {
            cand --product 'Only licenses of this product'
            cand --customer 'Email or external id'
            cand --status 'Only licenses with this status at this moment'
            cand --expires-within 'Only licenses that expire within this period, e.g. 30d'
            cand --feature 'Only licenses that grant this feature'
            cand --search 'Text in the key, customer email, name, company, external id or product'
            cand --issued-since 'Only licenses issued at or after this time (RFC 3339, or a date in the tenant''s time zone)'
            cand --issued-before 'Only licenses issued before this time (RFC 3339, or a date in the tenant''s time zone)'
            cand --sort 'sort'
            cand --order 'order'
            cand --page 'Page to show, from 1 [default: 1]'
            cand --limit 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;show'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;token'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;machines'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;renew'= {
            cand --until 'The new last day of validity, YYYY-MM-DD, in the tenant''s time zone'
            cand --extend 'Add this period to the expiry (or to now, if it has passed), e.g. 1y'
            cand --key-file 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;update'= {
            cand --feature 'Replace the features with these (repeatable)'
            cand --add-feature 'Add a feature (repeatable)'
            cand --remove-feature 'Remove a feature (repeatable)'
            cand --seats 'Machines the license may be activated on (the `seats` limit)'
            cand --limit 'Set a numeric limit, NAME=INTEGER (repeatable)'
            cand --remove-limit 'Remove a limit (repeatable)'
            cand --domain 'Replace the host names the license covers (repeatable)'
            cand --fingerprint 'Replace the machines the license is locked to (repeatable)'
            cand --heartbeat 'Floating seats'' check-in period, e.g. 1h; `none` for node-locked seats'
            cand --offline-lease 'How long a machine license lasts before the machine checks in by file again, e.g. 30d; `none` for the config''s offline_lease'
            cand --key-file 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --no-domains 'Remove every domain restriction'
            cand --no-fingerprints 'Remove every machine lock'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;reissue'= {
            cand --kid 'The (revoked) key whose licenses are signed again with the active key'
            cand --key-file 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;suspend'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;reinstate'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;revoke'= {
            cand --reason 'Why, e.g. "refunded" or "key leaked"'
            cand --product 'Only licenses of this product'
            cand --customer 'Only licenses of this customer (email or external id)'
            cand --plan 'Only licenses of this plan (with --product)'
            cand --issued-before 'Only licenses issued before this date (in the tenant''s time zone) or time'
            cand --from-file 'License keys, one per line (- for stdin); with filters, only keys that match them'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --bulk 'Select licenses by the filters below and/or --from-file, instead of naming them'
            cand --expired 'Only licenses that have expired (past their grace)'
            cand --dry-run 'Show what would be revoked; change nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;activate'= {
            cand --fingerprint 'fingerprint'
            cand --hostname 'hostname'
            cand --request 'An activation request file a machine made (- for stdin): answered with a machine license'
            cand --out 'Write the machine license to this file instead of stdout'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;deactivate'= {
            cand --fingerprint 'fingerprint'
            cand --proof 'A deactivation proof file the machine made (- for stdin)'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;check-in'= {
            cand --fingerprint 'fingerprint'
            cand --hostname 'hostname'
            cand --request 'An activation request file a machine made (- for stdin): answered with a machine license'
            cand --out 'Write the machine license to this file instead of stdout'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;convert'= {
            cand --plan 'The plan whose terms and policies it takes'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;usage'= {
            cand --reset 'Start this meter''s current period again from nothing'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;send'= {
            cand --to 'Send it here instead of to the customer''s email'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;license;help'= {
            cand issue 'Issue licenses: a key and a signed token each'
            cand import 'Issue licenses from CSV, all or nothing; an error names its line'
            cand list 'List licenses with filters and a summary footer'
            cand show 'Show one license'
            cand token 'Print a license''s signed token'
            cand machines 'List the machines a license is activated on, and whether each takes a seat'
            cand renew 'Extend a license (re-signs; prints the new token)'
            cand update 'Change a license''s contract: features, seats, limits, domains, machines (re-signs)'
            cand reissue 'Sign again with the active key every license a (revoked) key signed'
            cand suspend 'Suspend a license: it stops validating until reinstated'
            cand reinstate 'Reinstate a suspended license'
            cand revoke 'Revoke licenses for good: name them, or select them with --bulk'
            cand activate 'Activate a license on a machine, or answer a machine''s request file with a machine license'
            cand deactivate 'Remove a machine from a license, named or by its deactivation proof file'
            cand check-in 'Record that a machine is still running (floating seats'' heartbeat), or answer its request file'
            cand convert 'Move a license to another plan (a trial to a paid one): same key and machines, re-signed'
            cand usage 'Show a license''s usage meters (used, limit, period), or start one again'
            cand send '(Re)send a license''s email to its customer, or to --to'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;license;help;issue'= {
        }
        &'keywright;license;help;import'= {
        }
        &'keywright;license;help;list'= {
        }
        &'keywright;license;help;show'= {
        }
        &'keywright;license;help;token'= {
        }
        &'keywright;license;help;machines'= {
        }
        &'keywright;license;help;renew'= {
        }
        &'keywright;license;help;update'= {
        }
        &'keywright;license;help;reissue'= {
        }
        &'keywright;license;help;suspend'= {
        }
        &'keywright;license;help;reinstate'= {
        }
        &'keywright;license;help;revoke'= {
        }
        &'keywright;license;help;activate'= {
        }
        &'keywright;license;help;deactivate'= {
        }
        &'keywright;license;help;check-in'= {
        }
        &'keywright;license;help;convert'= {
        }
        &'keywright;license;help;usage'= {
        }
        &'keywright;license;help;send'= {
        }
        &'keywright;license;help;help'= {
        }
        &'keywright;machine'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand request 'Write an activation request (also a check-in: a new lease) signed by the machine''s key'
            cand check-in 'Write an activation request (also a check-in: a new lease) signed by the machine''s key'
            cand proof 'Write a deactivation proof signed by the machine''s key, to free its seat'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;machine;request'= {
            cand --fingerprint 'The machine''s fingerprint [default: the one in the folder]'
            cand --hostname 'The machine''s host name'
            cand --usage 'Usage of a meter since the last request, METER=AMOUNT (repeatable): counted once, when the vendor answers the request'
            cand --dir 'The machine''s folder: its key pair and what it asked last (made if missing)'
            cand --out 'Write the file here instead of stdout'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;machine;check-in'= {
            cand --fingerprint 'The machine''s fingerprint [default: the one in the folder]'
            cand --hostname 'The machine''s host name'
            cand --usage 'Usage of a meter since the last request, METER=AMOUNT (repeatable): counted once, when the vendor answers the request'
            cand --dir 'The machine''s folder: its key pair and what it asked last (made if missing)'
            cand --out 'Write the file here instead of stdout'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;machine;proof'= {
            cand --dir 'The machine''s folder: its key pair and what it asked last (made if missing)'
            cand --out 'Write the file here instead of stdout'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;machine;help'= {
            cand request 'Write an activation request (also a check-in: a new lease) signed by the machine''s key'
            cand proof 'Write a deactivation proof signed by the machine''s key, to free its seat'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;machine;help;request'= {
        }
        &'keywright;machine;help;proof'= {
        }
        &'keywright;machine;help;help'= {
        }
        &'keywright;validate'= {
            cand --fingerprint 'The machine asking'
            cand --domain 'The host name asking'
            cand --feature 'A feature that must be granted (repeatable)'
            cand --at 'Check as at this time (RFC 3339, with its offset or Z) instead of now: what the license will say then, with the database as it is now'
            cand --build-date 'The day the asking build was released (YYYY-MM-DD): under an on-expiry maintain policy, builds released before the expiry stay valid'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;verify'= {
            cand --public-key 'Trust this public key: PEM, JWK or raw base64url, as `key export` writes it (repeatable)'
            cand --jwks 'Trust the keys of this JWKS file, and the keys its endorsements add'
            cand --secret-env 'Trust the HMAC secret in this environment variable (an "oct" JWK or base64url)'
            cand --product 'The token must be for this product'
            cand --domain 'The host name asking; checked when the token names domains'
            cand --fingerprint 'The machine asking; checked when the token names machines'
            cand --feature 'A feature that must be granted (repeatable)'
            cand --revocations 'A signed revocation list (from `revocations export`) to honour'
            cand --min-seq 'Refuse a revocation list numbered below this: the highest `seq` already accepted (CLOCK_ROLLBACK)'
            cand --at 'Check as at this time (RFC 3339, with its offset or Z) instead of now'
            cand --clock-floor 'Refuse a time before the newest signed time seen (CLOCK_ROLLBACK), kept in this file'
            cand --machine 'Check a machine license as the machine of this folder does (`keywright machine`): bound to its key and fingerprint, answering its last request'
            cand --build-date 'The day the running build was released (YYYY-MM-DD): a token whose on_expiry is maintain stays valid past its expiry for builds released before it'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;sign'= {
            cand --claims 'The claims: a .json or .toml file, or - for JSON or TOML on stdin'
            cand --key-file 'The private key: PKCS#8 PEM (Ed25519) or an "oct" JWK (HMAC)'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;export'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand licenses 'Licenses with their terms and signed tokens'
            cand customers 'Customers'
            cand products 'Products'
            cand audit 'Audit entries, oldest first, with their hashes'
            cand usage 'Usage of the licenses'' meters: license, meter, period, used'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;export;licenses'= {
            cand --product 'Only licenses of this product'
            cand --customer 'Email or external id'
            cand --status 'Only licenses with this status at this moment'
            cand --expires-within 'Only licenses that expire within this period, e.g. 30d'
            cand --feature 'Only licenses that grant this feature'
            cand --search 'Text in the key, customer email, name, company, external id or product'
            cand --issued-since 'Only licenses issued at or after this time (RFC 3339, or a date in the tenant''s time zone)'
            cand --issued-before 'Only licenses issued before this time (RFC 3339, or a date in the tenant''s time zone)'
            cand --out 'Write to this file instead of stdout'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;export;customers'= {
            cand --search 'Text in the email, name, company or external id'
            cand --status 'status'
            cand --out 'Write to this file instead of stdout'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;export;products'= {
            cand --search 'Text in the slug or name'
            cand --status 'status'
            cand --out 'Write to this file instead of stdout'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;export;audit'= {
            cand --action 'Only this action, e.g. product.created; `license.*` for a prefix'
            cand --target 'Only entries about this target id (a slug, email or license key)'
            cand --since 'From this time (RFC 3339, or a date in the tenant''s time zone)'
            cand --until 'Before this time (RFC 3339, or a date in the tenant''s time zone)'
            cand --out 'Write to this file instead of stdout'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;export;usage'= {
            cand --out 'Write to this file instead of stdout'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;export;help'= {
            cand licenses 'Licenses with their terms and signed tokens'
            cand customers 'Customers'
            cand products 'Products'
            cand audit 'Audit entries, oldest first, with their hashes'
            cand usage 'Usage of the licenses'' meters: license, meter, period, used'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;export;help;licenses'= {
        }
        &'keywright;export;help;customers'= {
        }
        &'keywright;export;help;products'= {
        }
        &'keywright;export;help;audit'= {
        }
        &'keywright;export;help;usage'= {
        }
        &'keywright;export;help;help'= {
        }
        &'keywright;revocations'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Write the signed list of revoked license keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;revocations;export'= {
            cand --out 'Write the list to this file instead of stdout'
            cand --valid-for 'Let the list expire after this period (`exp`), e.g. 7d; absent: no expiry'
            cand --key-file 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;revocations;help'= {
            cand export 'Write the signed list of revoked license keys'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;revocations;help;export'= {
        }
        &'keywright;revocations;help;help'= {
        }
        &'keywright;audit'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List audit entries, newest first'
            cand verify 'Recompute the hash chain and check every checkpoint; report the first problem'
            cand checkpoint 'Sign the chain''s head with the tenant''s key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;audit;list'= {
            cand --action 'Only this action, e.g. product.created; `license.*` for a prefix'
            cand --target 'Only entries about this target id (a slug, email or license key)'
            cand --since 'From this time (RFC 3339, or a date in the tenant''s time zone)'
            cand --until 'Before this time (RFC 3339, or a date in the tenant''s time zone)'
            cand --page 'Page to show, from 1 [default: 1]'
            cand --limit 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;audit;verify'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;audit;checkpoint'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;audit;help'= {
            cand list 'List audit entries, newest first'
            cand verify 'Recompute the hash chain and check every checkpoint; report the first problem'
            cand checkpoint 'Sign the chain''s head with the tenant''s key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;audit;help;list'= {
        }
        &'keywright;audit;help;verify'= {
        }
        &'keywright;audit;help;checkpoint'= {
        }
        &'keywright;audit;help;help'= {
        }
        &'keywright;doctor'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --remove-orphans 'Remove the secrets in the key store that no key row accounts for (left by a killed command); without it they are only reported'
            cand --reseal 'Seal every row as it is now: trust the database as it stands, after reviewing what doctor reported (docs/threat-model.md)'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;serve'= {
            cand --listen 'Address and port to listen on [default: the config''s, else 127.0.0.1:8765]'
            cand --tls-cert 'Serve HTTPS with this certificate chain (PEM), with --tls-key'
            cand --tls-key 'The private key of --tls-cert (PEM)'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;api-key'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Make a key: validator (safe to embed in an application), reader or admin'
            cand list 'List the tenant''s keys (never their secrets)'
            cand revoke 'Revoke a key for good'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;api-key;create'= {
            cand --role 'validator: validate, activate, check in; reader: and read; admin: and change'
            cand --name 'A name for the audit log and the list [default: the key''s id]'
            cand --expires 'Last day the key works, YYYY-MM-DD, in the tenant''s time zone'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;api-key;list'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;api-key;revoke'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;api-key;help'= {
            cand create 'Make a key: validator (safe to embed in an application), reader or admin'
            cand list 'List the tenant''s keys (never their secrets)'
            cand revoke 'Revoke a key for good'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;api-key;help;create'= {
        }
        &'keywright;api-key;help;list'= {
        }
        &'keywright;api-key;help;revoke'= {
        }
        &'keywright;api-key;help;help'= {
        }
        &'keywright;db'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show the backend, the schema version, how many rows each kind of record has, and where the keys come from'
            cand backup 'Copy the database as it is at one instant, while commands and `serve` go on writing'
            cand copy 'Copy every tenant, row, seal and audit entry into an empty PostgreSQL database, once the source''s seals and audit chains check out'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;db;status'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;db;backup'= {
            cand --out 'The file to write, owner-only (mode 0600); an existing file is replaced only after confirmation (or --yes)'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;db;copy'= {
            cand --to 'The database to copy into: postgres://USER@HOST:PORT/DB, empty (its schema is made on first use)'
            cand --from 'The database to copy from: a SQLite file, sqlite:PATH or postgres://USER@HOST:PORT/DB [default: --db]'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;db;help'= {
            cand status 'Show the backend, the schema version, how many rows each kind of record has, and where the keys come from'
            cand backup 'Copy the database as it is at one instant, while commands and `serve` go on writing'
            cand copy 'Copy every tenant, row, seal and audit entry into an empty PostgreSQL database, once the source''s seals and audit chains check out'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;db;help;status'= {
        }
        &'keywright;db;help;backup'= {
        }
        &'keywright;db;help;copy'= {
        }
        &'keywright;db;help;help'= {
        }
        &'keywright;webhooks'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List webhooks, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;webhooks;list'= {
            cand --status 'Only webhooks in this state'
            cand --limit 'How many to show, 1 to 1000'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;webhooks;help'= {
            cand list 'List webhooks, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;webhooks;help;list'= {
        }
        &'keywright;webhooks;help;help'= {
        }
        &'keywright;billing'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand stripe 'Connect Stripe: the webhook signing secret (whsec_...) is read from stdin'
            cand status 'Show whether Stripe is connected and which secrets are set'
            cand price 'Map Stripe prices to the licenses they make'
            cand events 'What each delivered event did, newest first'
            cand apply 'Process Stripe events from a file (JSON lines or an array) as if delivered'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;billing;stripe'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand connect 'Store the webhook signing secret (stdin); a new one keeps the old valid for 24 hours'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;billing;stripe;connect'= {
            cand --on-cancel 'What a cancelled subscription does to its licenses [default: expire]'
            cand --api-key '`-`: also read a restricted API key (rk_...) from the next line of stdin, to list one-time payments'' line items'
            cand --api-base 'Where Stripe''s API is [default: https://api.stripe.com]'
            cand --tolerance 'How far a delivery''s timestamp may be from now, e.g. 300s or 10m [default: 300s]'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;billing;stripe;help'= {
            cand connect 'Store the webhook signing secret (stdin); a new one keeps the old valid for 24 hours'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;billing;stripe;help;connect'= {
        }
        &'keywright;billing;stripe;help;help'= {
        }
        &'keywright;billing;status'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;billing;price'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Map a price (price_...) to a product and plan'
            cand list 'List the mapped prices'
            cand remove 'Remove a price''s mapping (licenses it made stay)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;billing;price;add'= {
            cand --product 'The product its licenses are for'
            cand --plan 'The plan whose terms they get'
            cand --seats-per-unit 'Seats per unit bought: a quantity of 3 with 5 seats per unit gives 15 seats'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;billing;price;list'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;billing;price;remove'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;billing;price;help'= {
            cand add 'Map a price (price_...) to a product and plan'
            cand list 'List the mapped prices'
            cand remove 'Remove a price''s mapping (licenses it made stay)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;billing;price;help;add'= {
        }
        &'keywright;billing;price;help;list'= {
        }
        &'keywright;billing;price;help;remove'= {
        }
        &'keywright;billing;price;help;help'= {
        }
        &'keywright;billing;events'= {
            cand --status 'Only events with this outcome'
            cand --limit 'How many to show, 1 to 1000'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;billing;apply'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;billing;help'= {
            cand stripe 'Connect Stripe: the webhook signing secret (whsec_...) is read from stdin'
            cand status 'Show whether Stripe is connected and which secrets are set'
            cand price 'Map Stripe prices to the licenses they make'
            cand events 'What each delivered event did, newest first'
            cand apply 'Process Stripe events from a file (JSON lines or an array) as if delivered'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;billing;help;stripe'= {
            cand connect 'Store the webhook signing secret (stdin); a new one keeps the old valid for 24 hours'
        }
        &'keywright;billing;help;stripe;connect'= {
        }
        &'keywright;billing;help;status'= {
        }
        &'keywright;billing;help;price'= {
            cand add 'Map a price (price_...) to a product and plan'
            cand list 'List the mapped prices'
            cand remove 'Remove a price''s mapping (licenses it made stay)'
        }
        &'keywright;billing;help;price;add'= {
        }
        &'keywright;billing;help;price;list'= {
        }
        &'keywright;billing;help;price;remove'= {
        }
        &'keywright;billing;help;events'= {
        }
        &'keywright;billing;help;apply'= {
        }
        &'keywright;billing;help;help'= {
        }
        &'keywright;email'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand setup 'Set how license emails go out; the SMTP password (if the URL names a user) is read from stdin'
            cand test 'Send a test message now, and say whether the server took it'
            cand list 'List queued emails, newest first'
            cand deliver 'Send every pending email now, without waiting for its next attempt'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;email;setup'= {
            cand --smtp 'smtps://USER@HOST:PORT (TLS), or smtp://USER@HOST:PORT (STARTTLS; without TLS only to a loopback address)'
            cand --from 'The sender, e.g. "Acme Licensing <licenses@acme.example>"'
            cand --template 'The tenant''s own template: a `Subject: ...` line, an empty line, the body; placeholders {{key}}, {{token}}, {{expires}}, {{product}}, {{plan}}, {{customer}}, {{tenant}}'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;email;test'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;email;list'= {
            cand --status 'Only emails in this state'
            cand --limit 'How many to show, 1 to 1000'
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;email;deliver'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;email;help'= {
            cand setup 'Set how license emails go out; the SMTP password (if the URL names a user) is read from stdin'
            cand test 'Send a test message now, and say whether the server took it'
            cand list 'List queued emails, newest first'
            cand deliver 'Send every pending email now, without waiting for its next attempt'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;email;help;setup'= {
        }
        &'keywright;email;help;test'= {
        }
        &'keywright;email;help;list'= {
        }
        &'keywright;email;help;deliver'= {
        }
        &'keywright;email;help;help'= {
        }
        &'keywright;completions'= {
            cand --db 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]'
            cand -t 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --tenant 'The tenant to act for [default: config''s default_tenant, or the only tenant]'
            cand --format 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)'
            cand --actor 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor'
            cand --config 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]'
            cand --json 'Shorthand for --format json'
            cand -q 'Print only the essential value (a key, a token, a slug)'
            cand --quiet 'Print only the essential value (a key, a token, a slug)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keywright;help'= {
            cand init 'Create the database and the config file (safe to run again)'
            cand tenant 'Manage tenants: the vendor companies whose licenses this database holds'
            cand key 'Manage signing keys: generate, rotate, list, export, import'
            cand product 'Manage products and their known features'
            cand plan 'Manage plans: per-product defaults for licenses'
            cand customer 'Manage customers'
            cand license 'Issue, list and show licenses; manage their machines'
            cand machine 'Play a machine without a network: make its activation requests and deactivation proofs'
            cand validate 'Check a license against the database'
            cand verify 'Check tokens offline, with a public key, a JWKS, a secret or the tenant''s keys'
            cand sign 'Mint a token from claims with a key from a file or the environment; no database'
            cand export 'Export licenses, customers, products or the audit log as CSV or JSON'
            cand revocations 'Export the signed revocation list for offline verifiers'
            cand audit 'Read and verify the tamper-evident audit log'
            cand doctor 'Check the schema, every license against its token, the audit chain, the signing keys and the key store'
            cand serve 'Run the license service over HTTP: validation, activation, check-in, and an admin API'
            cand api-key 'Make, list and revoke API keys of the license service'
            cand db 'The database itself: its status, and a consistent backup while it is in use'
            cand webhooks 'Show the webhooks the service has queued, delivered or given up on'
            cand billing 'Payments drive licenses: connect Stripe, map prices, see and apply events'
            cand email 'License emails: how they go out, a test message, the outbox'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keywright;help;init'= {
        }
        &'keywright;help;tenant'= {
            cand create 'Create a tenant: a slug, abbreviation and key prefix are derived from its name'
            cand list 'List every tenant'
            cand show 'Show one tenant (default: the current one)'
            cand update 'Change a tenant''s name, time zone or key prefix'
            cand suspend 'Suspend a tenant: it issues nothing and its licenses stop validating'
            cand reactivate 'Reactivate a suspended tenant'
            cand use 'Make a tenant the default (writes default_tenant to the config file)'
        }
        &'keywright;help;tenant;create'= {
        }
        &'keywright;help;tenant;list'= {
        }
        &'keywright;help;tenant;show'= {
        }
        &'keywright;help;tenant;update'= {
        }
        &'keywright;help;tenant;suspend'= {
        }
        &'keywright;help;tenant;reactivate'= {
        }
        &'keywright;help;tenant;use'= {
        }
        &'keywright;help;key'= {
            cand generate 'Make a new active signing key; older keys keep signing and verifying'
            cand rotate 'Make a new signing key and retire the others for signing (they still verify)'
            cand list 'List the tenant''s keys and whether each secret can be reached'
            cand export 'Print public keys: --format pem (default), jwk, jwks (every key) or raw'
            cand export-private 'Write a private key to a file (mode 0600): PKCS#8 PEM, or a JWK for HMAC; or, with --webhook-secret, the secret that signs the tenant''s webhooks'
            cand import 'Import an Ed25519 PKCS#8 PEM key, e.g. from `openssl genpkey -algorithm ed25519`'
            cand revoke 'Revoke a key for good: it signs and verifies nothing more, and later revocation lists name it'
        }
        &'keywright;help;key;generate'= {
        }
        &'keywright;help;key;rotate'= {
        }
        &'keywright;help;key;list'= {
        }
        &'keywright;help;key;export'= {
        }
        &'keywright;help;key;export-private'= {
        }
        &'keywright;help;key;import'= {
        }
        &'keywright;help;key;revoke'= {
        }
        &'keywright;help;product'= {
            cand create 'Create a product'
            cand list 'List products'
            cand show 'Show one product'
            cand update 'Change a product''s name or features'
            cand activate 'Allow licenses to be issued for a product again'
            cand deactivate 'Stop issuing licenses for a product (existing ones stay valid)'
        }
        &'keywright;help;product;create'= {
        }
        &'keywright;help;product;list'= {
        }
        &'keywright;help;product;show'= {
        }
        &'keywright;help;product;update'= {
        }
        &'keywright;help;product;activate'= {
        }
        &'keywright;help;product;deactivate'= {
        }
        &'keywright;help;plan'= {
            cand create 'Create a plan of a product'
            cand list 'List plans, of one product or all'
            cand show 'Show one plan'
            cand update 'Change a plan''s defaults (licenses already issued keep their terms)'
        }
        &'keywright;help;plan;create'= {
        }
        &'keywright;help;plan;list'= {
        }
        &'keywright;help;plan;show'= {
        }
        &'keywright;help;plan;update'= {
        }
        &'keywright;help;customer'= {
            cand create 'Create a customer'
            cand list 'List customers'
            cand show 'Show one customer, by email or external id'
            cand update 'Change a customer''s details (an empty value clears a field)'
            cand delete 'Mark a customer deleted (soft: `update --restore` undoes it)'
        }
        &'keywright;help;customer;create'= {
        }
        &'keywright;help;customer;list'= {
        }
        &'keywright;help;customer;show'= {
        }
        &'keywright;help;customer;update'= {
        }
        &'keywright;help;customer;delete'= {
        }
        &'keywright;help;license'= {
            cand issue 'Issue licenses: a key and a signed token each'
            cand import 'Issue licenses from CSV, all or nothing; an error names its line'
            cand list 'List licenses with filters and a summary footer'
            cand show 'Show one license'
            cand token 'Print a license''s signed token'
            cand machines 'List the machines a license is activated on, and whether each takes a seat'
            cand renew 'Extend a license (re-signs; prints the new token)'
            cand update 'Change a license''s contract: features, seats, limits, domains, machines (re-signs)'
            cand reissue 'Sign again with the active key every license a (revoked) key signed'
            cand suspend 'Suspend a license: it stops validating until reinstated'
            cand reinstate 'Reinstate a suspended license'
            cand revoke 'Revoke licenses for good: name them, or select them with --bulk'
            cand activate 'Activate a license on a machine, or answer a machine''s request file with a machine license'
            cand deactivate 'Remove a machine from a license, named or by its deactivation proof file'
            cand check-in 'Record that a machine is still running (floating seats'' heartbeat), or answer its request file'
            cand convert 'Move a license to another plan (a trial to a paid one): same key and machines, re-signed'
            cand usage 'Show a license''s usage meters (used, limit, period), or start one again'
            cand send '(Re)send a license''s email to its customer, or to --to'
        }
        &'keywright;help;license;issue'= {
        }
        &'keywright;help;license;import'= {
        }
        &'keywright;help;license;list'= {
        }
        &'keywright;help;license;show'= {
        }
        &'keywright;help;license;token'= {
        }
        &'keywright;help;license;machines'= {
        }
        &'keywright;help;license;renew'= {
        }
        &'keywright;help;license;update'= {
        }
        &'keywright;help;license;reissue'= {
        }
        &'keywright;help;license;suspend'= {
        }
        &'keywright;help;license;reinstate'= {
        }
        &'keywright;help;license;revoke'= {
        }
        &'keywright;help;license;activate'= {
        }
        &'keywright;help;license;deactivate'= {
        }
        &'keywright;help;license;check-in'= {
        }
        &'keywright;help;license;convert'= {
        }
        &'keywright;help;license;usage'= {
        }
        &'keywright;help;license;send'= {
        }
        &'keywright;help;machine'= {
            cand request 'Write an activation request (also a check-in: a new lease) signed by the machine''s key'
            cand proof 'Write a deactivation proof signed by the machine''s key, to free its seat'
        }
        &'keywright;help;machine;request'= {
        }
        &'keywright;help;machine;proof'= {
        }
        &'keywright;help;validate'= {
        }
        &'keywright;help;verify'= {
        }
        &'keywright;help;sign'= {
        }
        &'keywright;help;export'= {
            cand licenses 'Licenses with their terms and signed tokens'
            cand customers 'Customers'
            cand products 'Products'
            cand audit 'Audit entries, oldest first, with their hashes'
            cand usage 'Usage of the licenses'' meters: license, meter, period, used'
        }
        &'keywright;help;export;licenses'= {
        }
        &'keywright;help;export;customers'= {
        }
        &'keywright;help;export;products'= {
        }
        &'keywright;help;export;audit'= {
        }
        &'keywright;help;export;usage'= {
        }
        &'keywright;help;revocations'= {
            cand export 'Write the signed list of revoked license keys'
        }
        &'keywright;help;revocations;export'= {
        }
        &'keywright;help;audit'= {
            cand list 'List audit entries, newest first'
            cand verify 'Recompute the hash chain and check every checkpoint; report the first problem'
            cand checkpoint 'Sign the chain''s head with the tenant''s key'
        }
        &'keywright;help;audit;list'= {
        }
        &'keywright;help;audit;verify'= {
        }
        &'keywright;help;audit;checkpoint'= {
        }
        &'keywright;help;doctor'= {
        }
        &'keywright;help;serve'= {
        }
        &'keywright;help;api-key'= {
            cand create 'Make a key: validator (safe to embed in an application), reader or admin'
            cand list 'List the tenant''s keys (never their secrets)'
            cand revoke 'Revoke a key for good'
        }
        &'keywright;help;api-key;create'= {
        }
        &'keywright;help;api-key;list'= {
        }
        &'keywright;help;api-key;revoke'= {
        }
        &'keywright;help;db'= {
            cand status 'Show the backend, the schema version, how many rows each kind of record has, and where the keys come from'
            cand backup 'Copy the database as it is at one instant, while commands and `serve` go on writing'
            cand copy 'Copy every tenant, row, seal and audit entry into an empty PostgreSQL database, once the source''s seals and audit chains check out'
        }
        &'keywright;help;db;status'= {
        }
        &'keywright;help;db;backup'= {
        }
        &'keywright;help;db;copy'= {
        }
        &'keywright;help;webhooks'= {
            cand list 'List webhooks, newest first'
        }
        &'keywright;help;webhooks;list'= {
        }
        &'keywright;help;billing'= {
            cand stripe 'Connect Stripe: the webhook signing secret (whsec_...) is read from stdin'
            cand status 'Show whether Stripe is connected and which secrets are set'
            cand price 'Map Stripe prices to the licenses they make'
            cand events 'What each delivered event did, newest first'
            cand apply 'Process Stripe events from a file (JSON lines or an array) as if delivered'
        }
        &'keywright;help;billing;stripe'= {
            cand connect 'Store the webhook signing secret (stdin); a new one keeps the old valid for 24 hours'
        }
        &'keywright;help;billing;stripe;connect'= {
        }
        &'keywright;help;billing;status'= {
        }
        &'keywright;help;billing;price'= {
            cand add 'Map a price (price_...) to a product and plan'
            cand list 'List the mapped prices'
            cand remove 'Remove a price''s mapping (licenses it made stay)'
        }
        &'keywright;help;billing;price;add'= {
        }
        &'keywright;help;billing;price;list'= {
        }
        &'keywright;help;billing;price;remove'= {
        }
        &'keywright;help;billing;events'= {
        }
        &'keywright;help;billing;apply'= {
        }
        &'keywright;help;email'= {
            cand setup 'Set how license emails go out; the SMTP password (if the URL names a user) is read from stdin'
            cand test 'Send a test message now, and say whether the server took it'
            cand list 'List queued emails, newest first'
            cand deliver 'Send every pending email now, without waiting for its next attempt'
        }
        &'keywright;help;email;setup'= {
        }
        &'keywright;help;email;test'= {
        }
        &'keywright;help;email;list'= {
        }
        &'keywright;help;email;deliver'= {
        }
        &'keywright;help;completions'= {
        }
        &'keywright;help;help'= {
        }
    ]
    $completions[$command]
}
