
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'keywright' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'keywright'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'keywright' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database and the config file (safe to run again)')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Manage tenants: the vendor companies whose licenses this database holds')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Manage signing keys: generate, rotate, list, export, import')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'Manage products and their known features')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Manage plans: per-product defaults for licenses')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'Manage customers')
            [CompletionResult]::new('license', 'license', [CompletionResultType]::ParameterValue, 'Issue, list and show licenses; manage their machines')
            [CompletionResult]::new('machine', 'machine', [CompletionResultType]::ParameterValue, 'Play a machine without a network: make its activation requests and deactivation proofs')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a license against the database')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check tokens offline, with a public key, a JWKS, a secret or the tenant''s keys')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Mint a token from claims with a key from a file or the environment; no database')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export licenses, customers, products or the audit log as CSV or JSON')
            [CompletionResult]::new('revocations', 'revocations', [CompletionResultType]::ParameterValue, 'Export the signed revocation list for offline verifiers')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read and verify the tamper-evident audit log')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the schema, every license against its token, the audit chain, the signing keys and the key store')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the license service over HTTP: validation, activation, check-in, and an admin API')
            [CompletionResult]::new('api-key', 'api-key', [CompletionResultType]::ParameterValue, 'Make, list and revoke API keys of the license service')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The database itself: its status, and a consistent backup while it is in use')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Show the webhooks the service has queued, delivered or given up on')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'Payments drive licenses: connect Stripe, map prices, see and apply events')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'License emails: how they go out, a test message, the outbox')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;init' {
            [CompletionResult]::new('--key-store', '--key-store', [CompletionResultType]::ParameterName, 'Where signing secrets will live: the OS keyring or 0600 files')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;tenant' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant: a slug, abbreviation and key prefix are derived from its name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every tenant')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one tenant (default: the current one)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s name, time zone or key prefix')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a tenant: it issues nothing and its licenses stop validating')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended tenant')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a tenant the default (writes default_tenant to the config file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;tenant;create' {
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'The slug [default: from the name, with -2, -3 on collision]')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'IANA time zone in which expiry dates end')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of license keys [default: the abbreviation]')
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'Algorithm of the tenant''s first signing key: ed25519 or hmac')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;tenant;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;tenant;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;tenant;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new display name (the slug stays)')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'A new IANA time zone for expiry dates issued from now on')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'A new prefix for license keys issued from now on')
            [CompletionResult]::new('--webhook-url', '--webhook-url', [CompletionResultType]::ParameterName, 'Post suspicious-activity events here (a secret to check them is made once)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--no-webhook', '--no-webhook', [CompletionResultType]::ParameterName, 'Stop posting webhooks')
            [CompletionResult]::new('--webhook-allow-private', '--webhook-allow-private', [CompletionResultType]::ParameterName, 'Let webhooks go to loopback, link-local and private addresses (a receiver on your own network)')
            [CompletionResult]::new('--webhook-public-only', '--webhook-public-only', [CompletionResultType]::ParameterName, 'Send webhooks to public addresses only (the default)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;tenant;suspend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;tenant;reactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;tenant;use' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;tenant;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant: a slug, abbreviation and key prefix are derived from its name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every tenant')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one tenant (default: the current one)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s name, time zone or key prefix')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a tenant: it issues nothing and its licenses stop validating')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended tenant')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a tenant the default (writes default_tenant to the config file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;tenant;help;create' {
            break
        }
        'keywright;tenant;help;list' {
            break
        }
        'keywright;tenant;help;show' {
            break
        }
        'keywright;tenant;help;update' {
            break
        }
        'keywright;tenant;help;suspend' {
            break
        }
        'keywright;tenant;help;reactivate' {
            break
        }
        'keywright;tenant;help;use' {
            break
        }
        'keywright;tenant;help;help' {
            break
        }
        'keywright;key' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new active signing key; older keys keep signing and verifying')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new signing key and retire the others for signing (they still verify)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s keys and whether each secret can be reached')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print public keys: --format pem (default), jwk, jwks (every key) or raw')
            [CompletionResult]::new('export-private', 'export-private', [CompletionResultType]::ParameterValue, 'Write a private key to a file (mode 0600): PKCS#8 PEM, or a JWK for HMAC; or, with --webhook-secret, the secret that signs the tenant''s webhooks')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an Ed25519 PKCS#8 PEM key, e.g. from `openssl genpkey -algorithm ed25519`')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key for good: it signs and verifies nothing more, and later revocation lists name it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;key;generate' {
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'ed25519 (default) or hmac, the symmetric fallback')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;key;rotate' {
            [CompletionResult]::new('--algorithm', '--algorithm', [CompletionResultType]::ParameterName, 'ed25519 (default) or hmac, the symmetric fallback')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;key;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;key;export' {
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'The key to export [default: the signing key]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;key;export-private' {
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'The key to export (key ids may start with ''-'')')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'out')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--webhook-secret', '--webhook-secret', [CompletionResultType]::ParameterName, 'Export the webhook secret instead of a signing key')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;key;import' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;key;revoke' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, e.g. "leaked"')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;key;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new active signing key; older keys keep signing and verifying')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new signing key and retire the others for signing (they still verify)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s keys and whether each secret can be reached')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print public keys: --format pem (default), jwk, jwks (every key) or raw')
            [CompletionResult]::new('export-private', 'export-private', [CompletionResultType]::ParameterValue, 'Write a private key to a file (mode 0600): PKCS#8 PEM, or a JWK for HMAC; or, with --webhook-secret, the secret that signs the tenant''s webhooks')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an Ed25519 PKCS#8 PEM key, e.g. from `openssl genpkey -algorithm ed25519`')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key for good: it signs and verifies nothing more, and later revocation lists name it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;key;help;generate' {
            break
        }
        'keywright;key;help;rotate' {
            break
        }
        'keywright;key;help;list' {
            break
        }
        'keywright;key;help;export' {
            break
        }
        'keywright;key;help;export-private' {
            break
        }
        'keywright;key;help;import' {
            break
        }
        'keywright;key;help;revoke' {
            break
        }
        'keywright;key;help;help' {
            break
        }
        'keywright;product' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a product')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List products')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one product')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a product''s name or features')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Allow licenses to be issued for a product again')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop issuing licenses for a product (existing ones stay valid)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;product;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'A feature licenses of this product can grant (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;product;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only products whose slug or name contains this text')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'sort')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'order')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1 [default: 1]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;product;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;product;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'Replace the features with these (repeatable)')
            [CompletionResult]::new('--add-feature', '--add-feature', [CompletionResultType]::ParameterName, 'Add a feature (repeatable)')
            [CompletionResult]::new('--remove-feature', '--remove-feature', [CompletionResultType]::ParameterName, 'Remove a feature (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;product;activate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;product;deactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;product;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a product')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List products')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one product')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a product''s name or features')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Allow licenses to be issued for a product again')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop issuing licenses for a product (existing ones stay valid)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;product;help;create' {
            break
        }
        'keywright;product;help;list' {
            break
        }
        'keywright;product;help;show' {
            break
        }
        'keywright;product;help;update' {
            break
        }
        'keywright;product;help;activate' {
            break
        }
        'keywright;product;help;deactivate' {
            break
        }
        'keywright;product;help;help' {
            break
        }
        'keywright;plan' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan of a product')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plans, of one product or all')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one plan')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a plan''s defaults (licenses already issued keep their terms)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;plan;create' {
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'A feature the plan grants (repeatable); `*` grants every feature')
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Machines a license may be activated on')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long a license of this plan lasts, e.g. 365d or 1y (absent: perpetual)')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time after expiry during which the license still works, e.g. 7d')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'A numeric limit, NAME=INTEGER (repeatable)')
            [CompletionResult]::new('--heartbeat', '--heartbeat', [CompletionResultType]::ParameterName, 'Floating seats: a machine not checked in within this period frees its seat, e.g. 1h')
            [CompletionResult]::new('--offline-lease', '--offline-lease', [CompletionResultType]::ParameterName, 'How long a machine license (activation by file) lasts before the machine checks in again, e.g. 30d [default: the config''s offline_lease]')
            [CompletionResult]::new('--expiry-basis', '--expiry-basis', [CompletionResultType]::ParameterName, 'What a license''s expiry counts from [default: issue]')
            [CompletionResult]::new('--on-expiry', '--on-expiry', [CompletionResultType]::ParameterName, 'What an expired license does [default: restrict]')
            [CompletionResult]::new('--renew-from', '--renew-from', [CompletionResultType]::ParameterName, 'What a renewal''s period counts from [default: expiry]')
            [CompletionResult]::new('--meter', '--meter', [CompletionResultType]::ParameterName, 'A usage meter, NAME=LIMIT or NAME=LIMIT/month (repeatable)')
            [CompletionResult]::new('--overage', '--overage', [CompletionResultType]::ParameterName, 'How far past its limit a meter may count [default: none]')
            [CompletionResult]::new('--machine-scope', '--machine-scope', [CompletionResultType]::ParameterName, 'How widely a machine may be active at once [default: license]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--trial', '--trial', [CompletionResultType]::ParameterName, 'Licenses of this plan are trials')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;plan;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only plans whose name or product contains this text')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'sort')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'order')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1 [default: 1]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;plan;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;plan;update' {
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'Replace the features with these (repeatable)')
            [CompletionResult]::new('--add-feature', '--add-feature', [CompletionResultType]::ParameterName, 'Add a feature (repeatable)')
            [CompletionResult]::new('--remove-feature', '--remove-feature', [CompletionResultType]::ParameterName, 'Remove a feature (repeatable)')
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Machines a license may be activated on')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long a license lasts, e.g. 365d or 1y')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time after expiry during which a license still works, e.g. 7d')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Set a numeric limit, NAME=INTEGER (repeatable)')
            [CompletionResult]::new('--remove-limit', '--remove-limit', [CompletionResultType]::ParameterName, 'Remove a limit (repeatable)')
            [CompletionResult]::new('--trial', '--trial', [CompletionResultType]::ParameterName, 'Make the plan a trial (or not): true or false')
            [CompletionResult]::new('--heartbeat', '--heartbeat', [CompletionResultType]::ParameterName, 'Floating seats'' check-in period, e.g. 1h; `none` for node-locked seats')
            [CompletionResult]::new('--offline-lease', '--offline-lease', [CompletionResultType]::ParameterName, 'How long a machine license lasts before the machine checks in by file again, e.g. 30d; `none` for the config''s offline_lease')
            [CompletionResult]::new('--expiry-basis', '--expiry-basis', [CompletionResultType]::ParameterName, 'What a license''s expiry counts from [default: issue]')
            [CompletionResult]::new('--on-expiry', '--on-expiry', [CompletionResultType]::ParameterName, 'What an expired license does [default: restrict]')
            [CompletionResult]::new('--renew-from', '--renew-from', [CompletionResultType]::ParameterName, 'What a renewal''s period counts from [default: expiry]')
            [CompletionResult]::new('--meter', '--meter', [CompletionResultType]::ParameterName, 'A usage meter, NAME=LIMIT or NAME=LIMIT/month (repeatable)')
            [CompletionResult]::new('--overage', '--overage', [CompletionResultType]::ParameterName, 'How far past its limit a meter may count [default: none]')
            [CompletionResult]::new('--machine-scope', '--machine-scope', [CompletionResultType]::ParameterName, 'How widely a machine may be active at once [default: license]')
            [CompletionResult]::new('--remove-meter', '--remove-meter', [CompletionResultType]::ParameterName, 'Remove a usage meter (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;plan;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan of a product')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plans, of one product or all')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one plan')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a plan''s defaults (licenses already issued keep their terms)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;plan;help;create' {
            break
        }
        'keywright;plan;help;list' {
            break
        }
        'keywright;plan;help;show' {
            break
        }
        'keywright;plan;help;update' {
            break
        }
        'keywright;plan;help;help' {
            break
        }
        'keywright;customer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one customer, by email or external id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a customer''s details (an empty value clears a field)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Mark a customer deleted (soft: `update --restore` undoes it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;customer;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Company name')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Your own id for this customer, e.g. from a CRM')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;customer;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only customers whose email, name, company or external id contains this text')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'sort')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'order')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1 [default: 1]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;customer;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;customer;update' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'A new email address')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Company name')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'external-id')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--restore', '--restore', [CompletionResultType]::ParameterName, 'Undo a deletion')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;customer;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;customer;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one customer, by email or external id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a customer''s details (an empty value clears a field)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Mark a customer deleted (soft: `update --restore` undoes it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;customer;help;create' {
            break
        }
        'keywright;customer;help;list' {
            break
        }
        'keywright;customer;help;show' {
            break
        }
        'keywright;customer;help;update' {
            break
        }
        'keywright;customer;help;delete' {
            break
        }
        'keywright;customer;help;help' {
            break
        }
        'keywright;license' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue licenses: a key and a signed token each')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Issue licenses from CSV, all or nothing; an error names its line')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List licenses with filters and a summary footer')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one license')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a license''s signed token')
            [CompletionResult]::new('machines', 'machines', [CompletionResultType]::ParameterValue, 'List the machines a license is activated on, and whether each takes a seat')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Extend a license (re-signs; prints the new token)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a license''s contract: features, seats, limits, domains, machines (re-signs)')
            [CompletionResult]::new('reissue', 'reissue', [CompletionResultType]::ParameterValue, 'Sign again with the active key every license a (revoked) key signed')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a license: it stops validating until reinstated')
            [CompletionResult]::new('reinstate', 'reinstate', [CompletionResultType]::ParameterValue, 'Reinstate a suspended license')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke licenses for good: name them, or select them with --bulk')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a license on a machine, or answer a machine''s request file with a machine license')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Remove a machine from a license, named or by its deactivation proof file')
            [CompletionResult]::new('check-in', 'check-in', [CompletionResultType]::ParameterValue, 'Record that a machine is still running (floating seats'' heartbeat), or answer its request file')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Move a license to another plan (a trial to a paid one): same key and machines, re-signed')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Show a license''s usage meters (used, limit, period), or start one again')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, '(Re)send a license''s email to its customer, or to --to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;license;issue' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product (slug) the licenses are for')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'A plan of the product, whose terms are the defaults')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer''s email or external id')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Last day of validity, YYYY-MM-DD, in the tenant''s time zone')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Validity from now, e.g. 30d or 1y [default: the plan''s, else perpetual]')
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'A granted feature (repeatable; replaces the plan''s features)')
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Machines the license may be activated on (the `seats` limit)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'A host name the license covers; *.example.com covers one label (repeatable)')
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'A machine fingerprint the license is locked to (repeatable)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'A numeric limit, NAME=INTEGER (repeatable; overrides the plan''s)')
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'Time after expiry during which the license still works, e.g. 7d')
            [CompletionResult]::new('--heartbeat', '--heartbeat', [CompletionResultType]::ParameterName, 'Floating seats: a machine not checked in within this period frees its seat, e.g. 1h')
            [CompletionResult]::new('--offline-lease', '--offline-lease', [CompletionResultType]::ParameterName, 'How long a machine license (activation by file) lasts before the machine checks in again, e.g. 30d [default: the plan''s, else the config''s offline_lease]')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many licenses to issue with these terms')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store')
            [CompletionResult]::new('--expiry-basis', '--expiry-basis', [CompletionResultType]::ParameterName, 'What a license''s expiry counts from [default: issue]')
            [CompletionResult]::new('--on-expiry', '--on-expiry', [CompletionResultType]::ParameterName, 'What an expired license does [default: restrict]')
            [CompletionResult]::new('--renew-from', '--renew-from', [CompletionResultType]::ParameterName, 'What a renewal''s period counts from [default: expiry]')
            [CompletionResult]::new('--meter', '--meter', [CompletionResultType]::ParameterName, 'A usage meter, NAME=LIMIT or NAME=LIMIT/month (repeatable)')
            [CompletionResult]::new('--overage', '--overage', [CompletionResultType]::ParameterName, 'How far past its limit a meter may count [default: none]')
            [CompletionResult]::new('--machine-scope', '--machine-scope', [CompletionResultType]::ParameterName, 'How widely a machine may be active at once [default: license]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--trial', '--trial', [CompletionResultType]::ParameterName, 'Mark the licenses as trials')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;import' {
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;list' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Only licenses of this product')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Email or external id')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only licenses with this status at this moment')
            [CompletionResult]::new('--expires-within', '--expires-within', [CompletionResultType]::ParameterName, 'Only licenses that expire within this period, e.g. 30d')
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'Only licenses that grant this feature')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text in the key, customer email, name, company, external id or product')
            [CompletionResult]::new('--issued-since', '--issued-since', [CompletionResultType]::ParameterName, 'Only licenses issued at or after this time (RFC 3339, or a date in the tenant''s time zone)')
            [CompletionResult]::new('--issued-before', '--issued-before', [CompletionResultType]::ParameterName, 'Only licenses issued before this time (RFC 3339, or a date in the tenant''s time zone)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'sort')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'order')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1 [default: 1]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;token' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;machines' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;renew' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The new last day of validity, YYYY-MM-DD, in the tenant''s time zone')
            [CompletionResult]::new('--extend', '--extend', [CompletionResultType]::ParameterName, 'Add this period to the expiry (or to now, if it has passed), e.g. 1y')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;update' {
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'Replace the features with these (repeatable)')
            [CompletionResult]::new('--add-feature', '--add-feature', [CompletionResultType]::ParameterName, 'Add a feature (repeatable)')
            [CompletionResult]::new('--remove-feature', '--remove-feature', [CompletionResultType]::ParameterName, 'Remove a feature (repeatable)')
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Machines the license may be activated on (the `seats` limit)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Set a numeric limit, NAME=INTEGER (repeatable)')
            [CompletionResult]::new('--remove-limit', '--remove-limit', [CompletionResultType]::ParameterName, 'Remove a limit (repeatable)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Replace the host names the license covers (repeatable)')
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'Replace the machines the license is locked to (repeatable)')
            [CompletionResult]::new('--heartbeat', '--heartbeat', [CompletionResultType]::ParameterName, 'Floating seats'' check-in period, e.g. 1h; `none` for node-locked seats')
            [CompletionResult]::new('--offline-lease', '--offline-lease', [CompletionResultType]::ParameterName, 'How long a machine license lasts before the machine checks in by file again, e.g. 30d; `none` for the config''s offline_lease')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--no-domains', '--no-domains', [CompletionResultType]::ParameterName, 'Remove every domain restriction')
            [CompletionResult]::new('--no-fingerprints', '--no-fingerprints', [CompletionResultType]::ParameterName, 'Remove every machine lock')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;reissue' {
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'The (revoked) key whose licenses are signed again with the active key')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;suspend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;reinstate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;revoke' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, e.g. "refunded" or "key leaked"')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Only licenses of this product')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only licenses of this customer (email or external id)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Only licenses of this plan (with --product)')
            [CompletionResult]::new('--issued-before', '--issued-before', [CompletionResultType]::ParameterName, 'Only licenses issued before this date (in the tenant''s time zone) or time')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'License keys, one per line (- for stdin); with filters, only keys that match them')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--bulk', '--bulk', [CompletionResultType]::ParameterName, 'Select licenses by the filters below and/or --from-file, instead of naming them')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only licenses that have expired (past their grace)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be revoked; change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;activate' {
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'fingerprint')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'hostname')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'An activation request file a machine made (- for stdin): answered with a machine license')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the machine license to this file instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;deactivate' {
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'fingerprint')
            [CompletionResult]::new('--proof', '--proof', [CompletionResultType]::ParameterName, 'A deactivation proof file the machine made (- for stdin)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;check-in' {
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'fingerprint')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'hostname')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'An activation request file a machine made (- for stdin): answered with a machine license')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the machine license to this file instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;convert' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The plan whose terms and policies it takes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;usage' {
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Start this meter''s current period again from nothing')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;send' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Send it here instead of to the customer''s email')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;license;help' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue licenses: a key and a signed token each')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Issue licenses from CSV, all or nothing; an error names its line')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List licenses with filters and a summary footer')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one license')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a license''s signed token')
            [CompletionResult]::new('machines', 'machines', [CompletionResultType]::ParameterValue, 'List the machines a license is activated on, and whether each takes a seat')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Extend a license (re-signs; prints the new token)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a license''s contract: features, seats, limits, domains, machines (re-signs)')
            [CompletionResult]::new('reissue', 'reissue', [CompletionResultType]::ParameterValue, 'Sign again with the active key every license a (revoked) key signed')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a license: it stops validating until reinstated')
            [CompletionResult]::new('reinstate', 'reinstate', [CompletionResultType]::ParameterValue, 'Reinstate a suspended license')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke licenses for good: name them, or select them with --bulk')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a license on a machine, or answer a machine''s request file with a machine license')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Remove a machine from a license, named or by its deactivation proof file')
            [CompletionResult]::new('check-in', 'check-in', [CompletionResultType]::ParameterValue, 'Record that a machine is still running (floating seats'' heartbeat), or answer its request file')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Move a license to another plan (a trial to a paid one): same key and machines, re-signed')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Show a license''s usage meters (used, limit, period), or start one again')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, '(Re)send a license''s email to its customer, or to --to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;license;help;issue' {
            break
        }
        'keywright;license;help;import' {
            break
        }
        'keywright;license;help;list' {
            break
        }
        'keywright;license;help;show' {
            break
        }
        'keywright;license;help;token' {
            break
        }
        'keywright;license;help;machines' {
            break
        }
        'keywright;license;help;renew' {
            break
        }
        'keywright;license;help;update' {
            break
        }
        'keywright;license;help;reissue' {
            break
        }
        'keywright;license;help;suspend' {
            break
        }
        'keywright;license;help;reinstate' {
            break
        }
        'keywright;license;help;revoke' {
            break
        }
        'keywright;license;help;activate' {
            break
        }
        'keywright;license;help;deactivate' {
            break
        }
        'keywright;license;help;check-in' {
            break
        }
        'keywright;license;help;convert' {
            break
        }
        'keywright;license;help;usage' {
            break
        }
        'keywright;license;help;send' {
            break
        }
        'keywright;license;help;help' {
            break
        }
        'keywright;machine' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Write an activation request (also a check-in: a new lease) signed by the machine''s key')
            [CompletionResult]::new('check-in', 'check-in', [CompletionResultType]::ParameterValue, 'Write an activation request (also a check-in: a new lease) signed by the machine''s key')
            [CompletionResult]::new('proof', 'proof', [CompletionResultType]::ParameterValue, 'Write a deactivation proof signed by the machine''s key, to free its seat')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;machine;request' {
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'The machine''s fingerprint [default: the one in the folder]')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'The machine''s host name')
            [CompletionResult]::new('--usage', '--usage', [CompletionResultType]::ParameterName, 'Usage of a meter since the last request, METER=AMOUNT (repeatable): counted once, when the vendor answers the request')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The machine''s folder: its key pair and what it asked last (made if missing)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the file here instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;machine;check-in' {
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'The machine''s fingerprint [default: the one in the folder]')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'The machine''s host name')
            [CompletionResult]::new('--usage', '--usage', [CompletionResultType]::ParameterName, 'Usage of a meter since the last request, METER=AMOUNT (repeatable): counted once, when the vendor answers the request')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The machine''s folder: its key pair and what it asked last (made if missing)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the file here instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;machine;proof' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The machine''s folder: its key pair and what it asked last (made if missing)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the file here instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;machine;help' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Write an activation request (also a check-in: a new lease) signed by the machine''s key')
            [CompletionResult]::new('proof', 'proof', [CompletionResultType]::ParameterValue, 'Write a deactivation proof signed by the machine''s key, to free its seat')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;machine;help;request' {
            break
        }
        'keywright;machine;help;proof' {
            break
        }
        'keywright;machine;help;help' {
            break
        }
        'keywright;validate' {
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'The machine asking')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The host name asking')
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'A feature that must be granted (repeatable)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Check as at this time (RFC 3339, with its offset or Z) instead of now: what the license will say then, with the database as it is now')
            [CompletionResult]::new('--build-date', '--build-date', [CompletionResultType]::ParameterName, 'The day the asking build was released (YYYY-MM-DD): under an on-expiry maintain policy, builds released before the expiry stay valid')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;verify' {
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Trust this public key: PEM, JWK or raw base64url, as `key export` writes it (repeatable)')
            [CompletionResult]::new('--jwks', '--jwks', [CompletionResultType]::ParameterName, 'Trust the keys of this JWKS file, and the keys its endorsements add')
            [CompletionResult]::new('--secret-env', '--secret-env', [CompletionResultType]::ParameterName, 'Trust the HMAC secret in this environment variable (an "oct" JWK or base64url)')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The token must be for this product')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'The host name asking; checked when the token names domains')
            [CompletionResult]::new('--fingerprint', '--fingerprint', [CompletionResultType]::ParameterName, 'The machine asking; checked when the token names machines')
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'A feature that must be granted (repeatable)')
            [CompletionResult]::new('--revocations', '--revocations', [CompletionResultType]::ParameterName, 'A signed revocation list (from `revocations export`) to honour')
            [CompletionResult]::new('--min-seq', '--min-seq', [CompletionResultType]::ParameterName, 'Refuse a revocation list numbered below this: the highest `seq` already accepted (CLOCK_ROLLBACK)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Check as at this time (RFC 3339, with its offset or Z) instead of now')
            [CompletionResult]::new('--clock-floor', '--clock-floor', [CompletionResultType]::ParameterName, 'Refuse a time before the newest signed time seen (CLOCK_ROLLBACK), kept in this file')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Check a machine license as the machine of this folder does (`keywright machine`): bound to its key and fingerprint, answering its last request')
            [CompletionResult]::new('--build-date', '--build-date', [CompletionResultType]::ParameterName, 'The day the running build was released (YYYY-MM-DD): a token whose on_expiry is maintain stays valid past its expiry for builds released before it')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;sign' {
            [CompletionResult]::new('--claims', '--claims', [CompletionResultType]::ParameterName, 'The claims: a .json or .toml file, or - for JSON or TOML on stdin')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The private key: PKCS#8 PEM (Ed25519) or an "oct" JWK (HMAC)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('licenses', 'licenses', [CompletionResultType]::ParameterValue, 'Licenses with their terms and signed tokens')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers')
            [CompletionResult]::new('products', 'products', [CompletionResultType]::ParameterValue, 'Products')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Audit entries, oldest first, with their hashes')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Usage of the licenses'' meters: license, meter, period, used')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;export;licenses' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Only licenses of this product')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Email or external id')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only licenses with this status at this moment')
            [CompletionResult]::new('--expires-within', '--expires-within', [CompletionResultType]::ParameterName, 'Only licenses that expire within this period, e.g. 30d')
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'Only licenses that grant this feature')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text in the key, customer email, name, company, external id or product')
            [CompletionResult]::new('--issued-since', '--issued-since', [CompletionResultType]::ParameterName, 'Only licenses issued at or after this time (RFC 3339, or a date in the tenant''s time zone)')
            [CompletionResult]::new('--issued-before', '--issued-before', [CompletionResultType]::ParameterName, 'Only licenses issued before this time (RFC 3339, or a date in the tenant''s time zone)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;export;customers' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text in the email, name, company or external id')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;export;products' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text in the slug or name')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;export;audit' {
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action, e.g. product.created; `license.*` for a prefix')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Only entries about this target id (a slug, email or license key)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this time (RFC 3339, or a date in the tenant''s time zone)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Before this time (RFC 3339, or a date in the tenant''s time zone)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;export;usage' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;export;help' {
            [CompletionResult]::new('licenses', 'licenses', [CompletionResultType]::ParameterValue, 'Licenses with their terms and signed tokens')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers')
            [CompletionResult]::new('products', 'products', [CompletionResultType]::ParameterValue, 'Products')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Audit entries, oldest first, with their hashes')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Usage of the licenses'' meters: license, meter, period, used')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;export;help;licenses' {
            break
        }
        'keywright;export;help;customers' {
            break
        }
        'keywright;export;help;products' {
            break
        }
        'keywright;export;help;audit' {
            break
        }
        'keywright;export;help;usage' {
            break
        }
        'keywright;export;help;help' {
            break
        }
        'keywright;revocations' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the signed list of revoked license keys')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;revocations;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the list to this file instead of stdout')
            [CompletionResult]::new('--valid-for', '--valid-for', [CompletionResultType]::ParameterName, 'Let the list expire after this period (`exp`), e.g. 7d; absent: no expiry')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;revocations;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the signed list of revoked license keys')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;revocations;help;export' {
            break
        }
        'keywright;revocations;help;help' {
            break
        }
        'keywright;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute the hash chain and check every checkpoint; report the first problem')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign the chain''s head with the tenant''s key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;audit;list' {
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action, e.g. product.created; `license.*` for a prefix')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Only entries about this target id (a slug, email or license key)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this time (RFC 3339, or a date in the tenant''s time zone)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Before this time (RFC 3339, or a date in the tenant''s time zone)')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'Page to show, from 1 [default: 1]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;audit;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;audit;checkpoint' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute the hash chain and check every checkpoint; report the first problem')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign the chain''s head with the tenant''s key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;audit;help;list' {
            break
        }
        'keywright;audit;help;verify' {
            break
        }
        'keywright;audit;help;checkpoint' {
            break
        }
        'keywright;audit;help;help' {
            break
        }
        'keywright;doctor' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--remove-orphans', '--remove-orphans', [CompletionResultType]::ParameterName, 'Remove the secrets in the key store that no key row accounts for (left by a killed command); without it they are only reported')
            [CompletionResult]::new('--reseal', '--reseal', [CompletionResultType]::ParameterName, 'Seal every row as it is now: trust the database as it stands, after reviewing what doctor reported (docs/threat-model.md)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address and port to listen on [default: the config''s, else 127.0.0.1:8765]')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this certificate chain (PEM), with --tls-key')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The private key of --tls-cert (PEM)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;api-key' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a key: validator (safe to embed in an application), reader or admin')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s keys (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key for good')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;api-key;create' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'validator: validate, activate, check in; reader: and read; admin: and change')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for the audit log and the list [default: the key''s id]')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Last day the key works, YYYY-MM-DD, in the tenant''s time zone')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;api-key;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;api-key;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;api-key;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a key: validator (safe to embed in an application), reader or admin')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s keys (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key for good')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;api-key;help;create' {
            break
        }
        'keywright;api-key;help;list' {
            break
        }
        'keywright;api-key;help;revoke' {
            break
        }
        'keywright;api-key;help;help' {
            break
        }
        'keywright;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the backend, the schema version, how many rows each kind of record has, and where the keys come from')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database as it is at one instant, while commands and `serve` go on writing')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every tenant, row, seal and audit entry into an empty PostgreSQL database, once the source''s seals and audit chains check out')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;db;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;db;backup' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The file to write, owner-only (mode 0600); an existing file is replaced only after confirmation (or --yes)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;db;copy' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The database to copy into: postgres://USER@HOST:PORT/DB, empty (its schema is made on first use)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The database to copy from: a SQLite file, sqlite:PATH or postgres://USER@HOST:PORT/DB [default: --db]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;db;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the backend, the schema version, how many rows each kind of record has, and where the keys come from')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database as it is at one instant, while commands and `serve` go on writing')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every tenant, row, seal and audit entry into an empty PostgreSQL database, once the source''s seals and audit chains check out')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;db;help;status' {
            break
        }
        'keywright;db;help;backup' {
            break
        }
        'keywright;db;help;copy' {
            break
        }
        'keywright;db;help;help' {
            break
        }
        'keywright;webhooks' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhooks, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;webhooks;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only webhooks in this state')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many to show, 1 to 1000')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;webhooks;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhooks, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;webhooks;help;list' {
            break
        }
        'keywright;webhooks;help;help' {
            break
        }
        'keywright;billing' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('stripe', 'stripe', [CompletionResultType]::ParameterValue, 'Connect Stripe: the webhook signing secret (whsec_...) is read from stdin')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether Stripe is connected and which secrets are set')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Map Stripe prices to the licenses they make')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'What each delivered event did, newest first')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Process Stripe events from a file (JSON lines or an array) as if delivered')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;billing;stripe' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Store the webhook signing secret (stdin); a new one keeps the old valid for 24 hours')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;billing;stripe;connect' {
            [CompletionResult]::new('--on-cancel', '--on-cancel', [CompletionResultType]::ParameterName, 'What a cancelled subscription does to its licenses [default: expire]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, '`-`: also read a restricted API key (rk_...) from the next line of stdin, to list one-time payments'' line items')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Where Stripe''s API is [default: https://api.stripe.com]')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'How far a delivery''s timestamp may be from now, e.g. 300s or 10m [default: 300s]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;billing;stripe;help' {
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Store the webhook signing secret (stdin); a new one keeps the old valid for 24 hours')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;billing;stripe;help;connect' {
            break
        }
        'keywright;billing;stripe;help;help' {
            break
        }
        'keywright;billing;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;billing;price' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Map a price (price_...) to a product and plan')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the mapped prices')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a price''s mapping (licenses it made stay)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;billing;price;add' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product its licenses are for')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The plan whose terms they get')
            [CompletionResult]::new('--seats-per-unit', '--seats-per-unit', [CompletionResultType]::ParameterName, 'Seats per unit bought: a quantity of 3 with 5 seats per unit gives 15 seats')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;billing;price;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;billing;price;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;billing;price;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Map a price (price_...) to a product and plan')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the mapped prices')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a price''s mapping (licenses it made stay)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;billing;price;help;add' {
            break
        }
        'keywright;billing;price;help;list' {
            break
        }
        'keywright;billing;price;help;remove' {
            break
        }
        'keywright;billing;price;help;help' {
            break
        }
        'keywright;billing;events' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only events with this outcome')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many to show, 1 to 1000')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;billing;apply' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;billing;help' {
            [CompletionResult]::new('stripe', 'stripe', [CompletionResultType]::ParameterValue, 'Connect Stripe: the webhook signing secret (whsec_...) is read from stdin')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether Stripe is connected and which secrets are set')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Map Stripe prices to the licenses they make')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'What each delivered event did, newest first')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Process Stripe events from a file (JSON lines or an array) as if delivered')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;billing;help;stripe' {
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Store the webhook signing secret (stdin); a new one keeps the old valid for 24 hours')
            break
        }
        'keywright;billing;help;stripe;connect' {
            break
        }
        'keywright;billing;help;status' {
            break
        }
        'keywright;billing;help;price' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Map a price (price_...) to a product and plan')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the mapped prices')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a price''s mapping (licenses it made stay)')
            break
        }
        'keywright;billing;help;price;add' {
            break
        }
        'keywright;billing;help;price;list' {
            break
        }
        'keywright;billing;help;price;remove' {
            break
        }
        'keywright;billing;help;events' {
            break
        }
        'keywright;billing;help;apply' {
            break
        }
        'keywright;billing;help;help' {
            break
        }
        'keywright;email' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Set how license emails go out; the SMTP password (if the URL names a user) is read from stdin')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test message now, and say whether the server took it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List queued emails, newest first')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Send every pending email now, without waiting for its next attempt')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;email;setup' {
            [CompletionResult]::new('--smtp', '--smtp', [CompletionResultType]::ParameterName, 'smtps://USER@HOST:PORT (TLS), or smtp://USER@HOST:PORT (STARTTLS; without TLS only to a loopback address)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The sender, e.g. "Acme Licensing <licenses@acme.example>"')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The tenant''s own template: a `Subject: ...` line, an empty line, the body; placeholders {{key}}, {{token}}, {{expires}}, {{product}}, {{plan}}, {{customer}}, {{tenant}}')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;email;test' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;email;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only emails in this state')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many to show, 1 to 1000')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;email;deliver' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;email;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Set how license emails go out; the SMTP password (if the URL names a user) is read from stdin')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test message now, and say whether the server took it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List queued emails, newest first')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Send every pending email now, without waiting for its next attempt')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;email;help;setup' {
            break
        }
        'keywright;email;help;test' {
            break
        }
        'keywright;email;help;list' {
            break
        }
        'keywright;email;help;deliver' {
            break
        }
        'keywright;email;help;help' {
            break
        }
        'keywright;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant to act for [default: config''s default_tenant, or the only tenant]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the essential value (a key, a token, a slug)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keywright;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database and the config file (safe to run again)')
            [CompletionResult]::new('tenant', 'tenant', [CompletionResultType]::ParameterValue, 'Manage tenants: the vendor companies whose licenses this database holds')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Manage signing keys: generate, rotate, list, export, import')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'Manage products and their known features')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Manage plans: per-product defaults for licenses')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'Manage customers')
            [CompletionResult]::new('license', 'license', [CompletionResultType]::ParameterValue, 'Issue, list and show licenses; manage their machines')
            [CompletionResult]::new('machine', 'machine', [CompletionResultType]::ParameterValue, 'Play a machine without a network: make its activation requests and deactivation proofs')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a license against the database')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check tokens offline, with a public key, a JWKS, a secret or the tenant''s keys')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Mint a token from claims with a key from a file or the environment; no database')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export licenses, customers, products or the audit log as CSV or JSON')
            [CompletionResult]::new('revocations', 'revocations', [CompletionResultType]::ParameterValue, 'Export the signed revocation list for offline verifiers')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read and verify the tamper-evident audit log')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the schema, every license against its token, the audit chain, the signing keys and the key store')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the license service over HTTP: validation, activation, check-in, and an admin API')
            [CompletionResult]::new('api-key', 'api-key', [CompletionResultType]::ParameterValue, 'Make, list and revoke API keys of the license service')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The database itself: its status, and a consistent backup while it is in use')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Show the webhooks the service has queued, delivered or given up on')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'Payments drive licenses: connect Stripe, map prices, see and apply events')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'License emails: how they go out, a test message, the outbox')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keywright;help;init' {
            break
        }
        'keywright;help;tenant' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant: a slug, abbreviation and key prefix are derived from its name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every tenant')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one tenant (default: the current one)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s name, time zone or key prefix')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a tenant: it issues nothing and its licenses stop validating')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a suspended tenant')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a tenant the default (writes default_tenant to the config file)')
            break
        }
        'keywright;help;tenant;create' {
            break
        }
        'keywright;help;tenant;list' {
            break
        }
        'keywright;help;tenant;show' {
            break
        }
        'keywright;help;tenant;update' {
            break
        }
        'keywright;help;tenant;suspend' {
            break
        }
        'keywright;help;tenant;reactivate' {
            break
        }
        'keywright;help;tenant;use' {
            break
        }
        'keywright;help;key' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Make a new active signing key; older keys keep signing and verifying')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new signing key and retire the others for signing (they still verify)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s keys and whether each secret can be reached')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print public keys: --format pem (default), jwk, jwks (every key) or raw')
            [CompletionResult]::new('export-private', 'export-private', [CompletionResultType]::ParameterValue, 'Write a private key to a file (mode 0600): PKCS#8 PEM, or a JWK for HMAC; or, with --webhook-secret, the secret that signs the tenant''s webhooks')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an Ed25519 PKCS#8 PEM key, e.g. from `openssl genpkey -algorithm ed25519`')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key for good: it signs and verifies nothing more, and later revocation lists name it')
            break
        }
        'keywright;help;key;generate' {
            break
        }
        'keywright;help;key;rotate' {
            break
        }
        'keywright;help;key;list' {
            break
        }
        'keywright;help;key;export' {
            break
        }
        'keywright;help;key;export-private' {
            break
        }
        'keywright;help;key;import' {
            break
        }
        'keywright;help;key;revoke' {
            break
        }
        'keywright;help;product' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a product')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List products')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one product')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a product''s name or features')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Allow licenses to be issued for a product again')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop issuing licenses for a product (existing ones stay valid)')
            break
        }
        'keywright;help;product;create' {
            break
        }
        'keywright;help;product;list' {
            break
        }
        'keywright;help;product;show' {
            break
        }
        'keywright;help;product;update' {
            break
        }
        'keywright;help;product;activate' {
            break
        }
        'keywright;help;product;deactivate' {
            break
        }
        'keywright;help;plan' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan of a product')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plans, of one product or all')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one plan')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a plan''s defaults (licenses already issued keep their terms)')
            break
        }
        'keywright;help;plan;create' {
            break
        }
        'keywright;help;plan;list' {
            break
        }
        'keywright;help;plan;show' {
            break
        }
        'keywright;help;plan;update' {
            break
        }
        'keywright;help;customer' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one customer, by email or external id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a customer''s details (an empty value clears a field)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Mark a customer deleted (soft: `update --restore` undoes it)')
            break
        }
        'keywright;help;customer;create' {
            break
        }
        'keywright;help;customer;list' {
            break
        }
        'keywright;help;customer;show' {
            break
        }
        'keywright;help;customer;update' {
            break
        }
        'keywright;help;customer;delete' {
            break
        }
        'keywright;help;license' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue licenses: a key and a signed token each')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Issue licenses from CSV, all or nothing; an error names its line')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List licenses with filters and a summary footer')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one license')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a license''s signed token')
            [CompletionResult]::new('machines', 'machines', [CompletionResultType]::ParameterValue, 'List the machines a license is activated on, and whether each takes a seat')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Extend a license (re-signs; prints the new token)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a license''s contract: features, seats, limits, domains, machines (re-signs)')
            [CompletionResult]::new('reissue', 'reissue', [CompletionResultType]::ParameterValue, 'Sign again with the active key every license a (revoked) key signed')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a license: it stops validating until reinstated')
            [CompletionResult]::new('reinstate', 'reinstate', [CompletionResultType]::ParameterValue, 'Reinstate a suspended license')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke licenses for good: name them, or select them with --bulk')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a license on a machine, or answer a machine''s request file with a machine license')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Remove a machine from a license, named or by its deactivation proof file')
            [CompletionResult]::new('check-in', 'check-in', [CompletionResultType]::ParameterValue, 'Record that a machine is still running (floating seats'' heartbeat), or answer its request file')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Move a license to another plan (a trial to a paid one): same key and machines, re-signed')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Show a license''s usage meters (used, limit, period), or start one again')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, '(Re)send a license''s email to its customer, or to --to')
            break
        }
        'keywright;help;license;issue' {
            break
        }
        'keywright;help;license;import' {
            break
        }
        'keywright;help;license;list' {
            break
        }
        'keywright;help;license;show' {
            break
        }
        'keywright;help;license;token' {
            break
        }
        'keywright;help;license;machines' {
            break
        }
        'keywright;help;license;renew' {
            break
        }
        'keywright;help;license;update' {
            break
        }
        'keywright;help;license;reissue' {
            break
        }
        'keywright;help;license;suspend' {
            break
        }
        'keywright;help;license;reinstate' {
            break
        }
        'keywright;help;license;revoke' {
            break
        }
        'keywright;help;license;activate' {
            break
        }
        'keywright;help;license;deactivate' {
            break
        }
        'keywright;help;license;check-in' {
            break
        }
        'keywright;help;license;convert' {
            break
        }
        'keywright;help;license;usage' {
            break
        }
        'keywright;help;license;send' {
            break
        }
        'keywright;help;machine' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Write an activation request (also a check-in: a new lease) signed by the machine''s key')
            [CompletionResult]::new('proof', 'proof', [CompletionResultType]::ParameterValue, 'Write a deactivation proof signed by the machine''s key, to free its seat')
            break
        }
        'keywright;help;machine;request' {
            break
        }
        'keywright;help;machine;proof' {
            break
        }
        'keywright;help;validate' {
            break
        }
        'keywright;help;verify' {
            break
        }
        'keywright;help;sign' {
            break
        }
        'keywright;help;export' {
            [CompletionResult]::new('licenses', 'licenses', [CompletionResultType]::ParameterValue, 'Licenses with their terms and signed tokens')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers')
            [CompletionResult]::new('products', 'products', [CompletionResultType]::ParameterValue, 'Products')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Audit entries, oldest first, with their hashes')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Usage of the licenses'' meters: license, meter, period, used')
            break
        }
        'keywright;help;export;licenses' {
            break
        }
        'keywright;help;export;customers' {
            break
        }
        'keywright;help;export;products' {
            break
        }
        'keywright;help;export;audit' {
            break
        }
        'keywright;help;export;usage' {
            break
        }
        'keywright;help;revocations' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the signed list of revoked license keys')
            break
        }
        'keywright;help;revocations;export' {
            break
        }
        'keywright;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, newest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute the hash chain and check every checkpoint; report the first problem')
            [CompletionResult]::new('checkpoint', 'checkpoint', [CompletionResultType]::ParameterValue, 'Sign the chain''s head with the tenant''s key')
            break
        }
        'keywright;help;audit;list' {
            break
        }
        'keywright;help;audit;verify' {
            break
        }
        'keywright;help;audit;checkpoint' {
            break
        }
        'keywright;help;doctor' {
            break
        }
        'keywright;help;serve' {
            break
        }
        'keywright;help;api-key' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a key: validator (safe to embed in an application), reader or admin')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s keys (never their secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key for good')
            break
        }
        'keywright;help;api-key;create' {
            break
        }
        'keywright;help;api-key;list' {
            break
        }
        'keywright;help;api-key;revoke' {
            break
        }
        'keywright;help;db' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the backend, the schema version, how many rows each kind of record has, and where the keys come from')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database as it is at one instant, while commands and `serve` go on writing')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every tenant, row, seal and audit entry into an empty PostgreSQL database, once the source''s seals and audit chains check out')
            break
        }
        'keywright;help;db;status' {
            break
        }
        'keywright;help;db;backup' {
            break
        }
        'keywright;help;db;copy' {
            break
        }
        'keywright;help;webhooks' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List webhooks, newest first')
            break
        }
        'keywright;help;webhooks;list' {
            break
        }
        'keywright;help;billing' {
            [CompletionResult]::new('stripe', 'stripe', [CompletionResultType]::ParameterValue, 'Connect Stripe: the webhook signing secret (whsec_...) is read from stdin')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether Stripe is connected and which secrets are set')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Map Stripe prices to the licenses they make')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'What each delivered event did, newest first')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Process Stripe events from a file (JSON lines or an array) as if delivered')
            break
        }
        'keywright;help;billing;stripe' {
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Store the webhook signing secret (stdin); a new one keeps the old valid for 24 hours')
            break
        }
        'keywright;help;billing;stripe;connect' {
            break
        }
        'keywright;help;billing;status' {
            break
        }
        'keywright;help;billing;price' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Map a price (price_...) to a product and plan')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the mapped prices')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a price''s mapping (licenses it made stay)')
            break
        }
        'keywright;help;billing;price;add' {
            break
        }
        'keywright;help;billing;price;list' {
            break
        }
        'keywright;help;billing;price;remove' {
            break
        }
        'keywright;help;billing;events' {
            break
        }
        'keywright;help;billing;apply' {
            break
        }
        'keywright;help;email' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Set how license emails go out; the SMTP password (if the URL names a user) is read from stdin')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a test message now, and say whether the server took it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List queued emails, newest first')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Send every pending email now, without waiting for its next attempt')
            break
        }
        'keywright;help;email;setup' {
            break
        }
        'keywright;help;email;test' {
            break
        }
        'keywright;help;email;list' {
            break
        }
        'keywright;help;email;deliver' {
            break
        }
        'keywright;help;completions' {
            break
        }
        'keywright;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
