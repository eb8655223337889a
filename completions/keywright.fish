# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_keywright_global_optspecs
    string join \n db= t/tenant= format= json q/quiet y/yes actor= config= h/help V/version
end

function __fish_keywright_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_keywright_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_keywright_using_subcommand
    set -l cmd (__fish_keywright_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c keywright -n "__fish_keywright_needs_command" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_needs_command" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_needs_command" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_needs_command" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_needs_command" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_needs_command" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_needs_command" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_needs_command" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keywright -n "__fish_keywright_needs_command" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "init" -d 'Create the database and the config file (safe to run again)'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "tenant" -d 'Manage tenants: the vendor companies whose licenses this database holds'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "key" -d 'Manage signing keys: generate, rotate, list, export, import'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "product" -d 'Manage products and their known features'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "plan" -d 'Manage plans: per-product defaults for licenses'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "customer" -d 'Manage customers'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "license" -d 'Issue, list and show licenses; manage their machines'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "machine" -d 'Play a machine without a network: make its activation requests and deactivation proofs'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "validate" -d 'Check a license against the database'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "verify" -d 'Check tokens offline, with a public key, a JWKS, a secret or the tenant\'s keys'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "sign" -d 'Mint a token from claims with a key from a file or the environment; no database'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "export" -d 'Export licenses, customers, products or the audit log as CSV or JSON'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "revocations" -d 'Export the signed revocation list for offline verifiers'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "audit" -d 'Read and verify the tamper-evident audit log'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "doctor" -d 'Check the schema, every license against its token, the audit chain, the signing keys and the key store'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "serve" -d 'Run the license service over HTTP: validation, activation, check-in, and an admin API'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "api-key" -d 'Make, list and revoke API keys of the license service'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "db" -d 'The database itself: its status, and a consistent backup while it is in use'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "webhooks" -d 'Show the webhooks the service has queued, delivered or given up on'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "billing" -d 'Payments drive licenses: connect Stripe, map prices, see and apply events'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "email" -d 'License emails: how they go out, a test message, the outbox'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c keywright -n "__fish_keywright_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand init" -l key-store -d 'Where signing secrets will live: the OS keyring or 0600 files' -r -f -a "keyring\t''
file\t''"
complete -c keywright -n "__fish_keywright_using_subcommand init" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand init" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand init" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand init" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand init" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand init" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand init" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand init" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand init" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -f -a "create" -d 'Create a tenant: a slug, abbreviation and key prefix are derived from its name'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -f -a "list" -d 'List every tenant'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -f -a "show" -d 'Show one tenant (default: the current one)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -f -a "update" -d 'Change a tenant\'s name, time zone or key prefix'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -f -a "suspend" -d 'Suspend a tenant: it issues nothing and its licenses stop validating'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -f -a "reactivate" -d 'Reactivate a suspended tenant'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -f -a "use" -d 'Make a tenant the default (writes default_tenant to the config file)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and not __fish_seen_subcommand_from create list show update suspend reactivate use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -l slug -d 'The slug [default: from the name, with -2, -3 on collision]' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -l timezone -d 'IANA time zone in which expiry dates end' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -l key-prefix -d 'Prefix of license keys [default: the abbreviation]' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -l algorithm -d 'Algorithm of the tenant\'s first signing key: ed25519 or hmac' -r -f -a "ed25519\t''
hmac\t''"
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from list" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from list" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from show" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from show" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from show" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -l name -d 'A new display name (the slug stays)' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -l timezone -d 'A new IANA time zone for expiry dates issued from now on' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -l key-prefix -d 'A new prefix for license keys issued from now on' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -l webhook-url -d 'Post suspicious-activity events here (a secret to check them is made once)' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -l no-webhook -d 'Stop posting webhooks'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -l webhook-allow-private -d 'Let webhooks go to loopback, link-local and private addresses (a receiver on your own network)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -l webhook-public-only -d 'Send webhooks to public addresses only (the default)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from reactivate" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from reactivate" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from reactivate" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from reactivate" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from reactivate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from reactivate" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from reactivate" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from reactivate" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from reactivate" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from use" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from use" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from use" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from use" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from use" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from use" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a tenant: a slug, abbreviation and key prefix are derived from its name'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every tenant'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one tenant (default: the current one)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a tenant\'s name, time zone or key prefix'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend a tenant: it issues nothing and its licenses stop validating'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "reactivate" -d 'Reactivate a suspended tenant'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a tenant the default (writes default_tenant to the config file)'
complete -c keywright -n "__fish_keywright_using_subcommand tenant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -f -a "generate" -d 'Make a new active signing key; older keys keep signing and verifying'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -f -a "rotate" -d 'Make a new signing key and retire the others for signing (they still verify)'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -f -a "list" -d 'List the tenant\'s keys and whether each secret can be reached'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -f -a "export" -d 'Print public keys: --format pem (default), jwk, jwks (every key) or raw'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -f -a "export-private" -d 'Write a private key to a file (mode 0600): PKCS#8 PEM, or a JWK for HMAC; or, with --webhook-secret, the secret that signs the tenant\'s webhooks'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -f -a "import" -d 'Import an Ed25519 PKCS#8 PEM key, e.g. from `openssl genpkey -algorithm ed25519`'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -f -a "revoke" -d 'Revoke a key for good: it signs and verifies nothing more, and later revocation lists name it'
complete -c keywright -n "__fish_keywright_using_subcommand key; and not __fish_seen_subcommand_from generate rotate list export export-private import revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from generate" -l algorithm -d 'ed25519 (default) or hmac, the symmetric fallback' -r -f -a "ed25519\t''
hmac\t''"
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from generate" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from generate" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from generate" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from generate" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from generate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from generate" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from generate" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from rotate" -l algorithm -d 'ed25519 (default) or hmac, the symmetric fallback' -r -f -a "ed25519\t''
hmac\t''"
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from rotate" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from rotate" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from rotate" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from rotate" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from rotate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from rotate" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from rotate" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from list" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from list" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export" -l kid -d 'The key to export [default: the signing key]' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -l kid -d 'The key to export (key ids may start with \'-\')' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -l out -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -l webhook-secret -d 'Export the webhook secret instead of a signing key'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from export-private" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from import" -l file -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from import" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from import" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from import" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from import" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from import" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from import" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from revoke" -l reason -d 'Why, e.g. "leaked"' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from revoke" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from revoke" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from revoke" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from revoke" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from revoke" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from revoke" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Make a new active signing key; older keys keep signing and verifying'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Make a new signing key and retire the others for signing (they still verify)'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenant\'s keys and whether each secret can be reached'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "export" -d 'Print public keys: --format pem (default), jwk, jwks (every key) or raw'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "export-private" -d 'Write a private key to a file (mode 0600): PKCS#8 PEM, or a JWK for HMAC; or, with --webhook-secret, the secret that signs the tenant\'s webhooks'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import an Ed25519 PKCS#8 PEM key, e.g. from `openssl genpkey -algorithm ed25519`'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a key for good: it signs and verifies nothing more, and later revocation lists name it'
complete -c keywright -n "__fish_keywright_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -f -a "create" -d 'Create a product'
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -f -a "list" -d 'List products'
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -f -a "show" -d 'Show one product'
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -f -a "update" -d 'Change a product\'s name or features'
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -f -a "activate" -d 'Allow licenses to be issued for a product again'
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -f -a "deactivate" -d 'Stop issuing licenses for a product (existing ones stay valid)'
complete -c keywright -n "__fish_keywright_using_subcommand product; and not __fish_seen_subcommand_from create list show update activate deactivate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from create" -l name -d 'Display name' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from create" -l feature -d 'A feature licenses of this product can grant (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from create" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from create" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from create" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from create" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -l search -d 'Only products whose slug or name contains this text' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -l status -r -f -a "all\t''
active\t''
inactive\t''"
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -l sort -r -f -a "slug\t''
name\t''
created\t''"
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -l order -r -f -a "asc\t''
desc\t''"
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -l page -d 'Page to show, from 1 [default: 1]' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -l limit -d 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from show" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from show" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from show" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -l name -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -l feature -d 'Replace the features with these (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -l add-feature -d 'Add a feature (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -l remove-feature -d 'Remove a feature (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from activate" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from activate" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from activate" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from activate" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from activate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from activate" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from deactivate" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from deactivate" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from deactivate" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from deactivate" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from deactivate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from deactivate" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a product'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "list" -d 'List products'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one product'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a product\'s name or features'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Allow licenses to be issued for a product again'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Stop issuing licenses for a product (existing ones stay valid)'
complete -c keywright -n "__fish_keywright_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -f -a "create" -d 'Create a plan of a product'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -f -a "list" -d 'List plans, of one product or all'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -f -a "show" -d 'Show one plan'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -f -a "update" -d 'Change a plan\'s defaults (licenses already issued keep their terms)'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and not __fish_seen_subcommand_from create list show update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l feature -d 'A feature the plan grants (repeatable); `*` grants every feature' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l seats -d 'Machines a license may be activated on' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l duration -d 'How long a license of this plan lasts, e.g. 365d or 1y (absent: perpetual)' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l grace -d 'Time after expiry during which the license still works, e.g. 7d' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l limit -d 'A numeric limit, NAME=INTEGER (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l heartbeat -d 'Floating seats: a machine not checked in within this period frees its seat, e.g. 1h' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l offline-lease -d 'How long a machine license (activation by file) lasts before the machine checks in again, e.g. 30d [default: the config\'s offline_lease]' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l expiry-basis -d 'What a license\'s expiry counts from [default: issue]' -r -f -a "issue\t''
first-activation\t''
first-validation\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l on-expiry -d 'What an expired license does [default: restrict]' -r -f -a "restrict\t''
allow\t''
revoke\t''
maintain\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l renew-from -d 'What a renewal\'s period counts from [default: expiry]' -r -f -a "expiry\t''
now\t''
now-if-expired\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l meter -d 'A usage meter, NAME=LIMIT or NAME=LIMIT/month (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l overage -d 'How far past its limit a meter may count [default: none]' -r -f -a "none\t''
1.25x\t''
1.5x\t''
2x\t''
always\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l machine-scope -d 'How widely a machine may be active at once [default: license]' -r -f -a "license\t''
product\t''
tenant\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l trial -d 'Licenses of this plan are trials'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -l search -d 'Only plans whose name or product contains this text' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -l sort -r -f -a "name\t''
product\t''
created\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -l order -r -f -a "asc\t''
desc\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -l page -d 'Page to show, from 1 [default: 1]' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -l limit -d 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from show" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from show" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from show" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l feature -d 'Replace the features with these (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l add-feature -d 'Add a feature (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l remove-feature -d 'Remove a feature (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l seats -d 'Machines a license may be activated on' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l duration -d 'How long a license lasts, e.g. 365d or 1y' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l grace -d 'Time after expiry during which a license still works, e.g. 7d' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l limit -d 'Set a numeric limit, NAME=INTEGER (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l remove-limit -d 'Remove a limit (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l trial -d 'Make the plan a trial (or not): true or false' -r -f -a "true\t''
false\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l heartbeat -d 'Floating seats\' check-in period, e.g. 1h; `none` for node-locked seats' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l offline-lease -d 'How long a machine license lasts before the machine checks in by file again, e.g. 30d; `none` for the config\'s offline_lease' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l expiry-basis -d 'What a license\'s expiry counts from [default: issue]' -r -f -a "issue\t''
first-activation\t''
first-validation\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l on-expiry -d 'What an expired license does [default: restrict]' -r -f -a "restrict\t''
allow\t''
revoke\t''
maintain\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l renew-from -d 'What a renewal\'s period counts from [default: expiry]' -r -f -a "expiry\t''
now\t''
now-if-expired\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l meter -d 'A usage meter, NAME=LIMIT or NAME=LIMIT/month (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l overage -d 'How far past its limit a meter may count [default: none]' -r -f -a "none\t''
1.25x\t''
1.5x\t''
2x\t''
always\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l machine-scope -d 'How widely a machine may be active at once [default: license]' -r -f -a "license\t''
product\t''
tenant\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l remove-meter -d 'Remove a usage meter (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a plan of a product'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "list" -d 'List plans, of one product or all'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one plan'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a plan\'s defaults (licenses already issued keep their terms)'
complete -c keywright -n "__fish_keywright_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -f -a "create" -d 'Create a customer'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -f -a "list" -d 'List customers'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -f -a "show" -d 'Show one customer, by email or external id'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -f -a "update" -d 'Change a customer\'s details (an empty value clears a field)'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -f -a "delete" -d 'Mark a customer deleted (soft: `update --restore` undoes it)'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and not __fish_seen_subcommand_from create list show update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -l name -d 'Display name' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -l company -d 'Company name' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -l external-id -d 'Your own id for this customer, e.g. from a CRM' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -l search -d 'Only customers whose email, name, company or external id contains this text' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -l status -r -f -a "active\t''
deleted\t''
all\t''"
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -l sort -r -f -a "email\t''
name\t''
company\t''
created\t''"
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -l order -r -f -a "asc\t''
desc\t''"
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -l page -d 'Page to show, from 1 [default: 1]' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -l limit -d 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from show" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from show" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from show" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -l email -d 'A new email address' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -l name -d 'Display name' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -l company -d 'Company name' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -l external-id -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -l restore -d 'Undo a deletion'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from delete" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from delete" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from delete" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from delete" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from delete" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a customer'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "list" -d 'List customers'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one customer, by email or external id'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a customer\'s details (an empty value clears a field)'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Mark a customer deleted (soft: `update --restore` undoes it)'
complete -c keywright -n "__fish_keywright_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "issue" -d 'Issue licenses: a key and a signed token each'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "import" -d 'Issue licenses from CSV, all or nothing; an error names its line'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "list" -d 'List licenses with filters and a summary footer'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "show" -d 'Show one license'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "token" -d 'Print a license\'s signed token'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "machines" -d 'List the machines a license is activated on, and whether each takes a seat'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "renew" -d 'Extend a license (re-signs; prints the new token)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "update" -d 'Change a license\'s contract: features, seats, limits, domains, machines (re-signs)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "reissue" -d 'Sign again with the active key every license a (revoked) key signed'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "suspend" -d 'Suspend a license: it stops validating until reinstated'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "reinstate" -d 'Reinstate a suspended license'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "revoke" -d 'Revoke licenses for good: name them, or select them with --bulk'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "activate" -d 'Activate a license on a machine, or answer a machine\'s request file with a machine license'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "deactivate" -d 'Remove a machine from a license, named or by its deactivation proof file'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "check-in" -d 'Record that a machine is still running (floating seats\' heartbeat), or answer its request file'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "convert" -d 'Move a license to another plan (a trial to a paid one): same key and machines, re-signed'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "usage" -d 'Show a license\'s usage meters (used, limit, period), or start one again'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "send" -d '(Re)send a license\'s email to its customer, or to --to'
complete -c keywright -n "__fish_keywright_using_subcommand license; and not __fish_seen_subcommand_from issue import list show token machines renew update reissue suspend reinstate revoke activate deactivate check-in convert usage send help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l product -d 'The product (slug) the licenses are for' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l plan -d 'A plan of the product, whose terms are the defaults' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l customer -d 'The customer\'s email or external id' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l expires -d 'Last day of validity, YYYY-MM-DD, in the tenant\'s time zone' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l duration -d 'Validity from now, e.g. 30d or 1y [default: the plan\'s, else perpetual]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l feature -d 'A granted feature (repeatable; replaces the plan\'s features)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l seats -d 'Machines the license may be activated on (the `seats` limit)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l domain -d 'A host name the license covers; *.example.com covers one label (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l fingerprint -d 'A machine fingerprint the license is locked to (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l limit -d 'A numeric limit, NAME=INTEGER (repeatable; overrides the plan\'s)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l grace -d 'Time after expiry during which the license still works, e.g. 7d' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l heartbeat -d 'Floating seats: a machine not checked in within this period frees its seat, e.g. 1h' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l offline-lease -d 'How long a machine license (activation by file) lasts before the machine checks in again, e.g. 30d [default: the plan\'s, else the config\'s offline_lease]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l count -d 'How many licenses to issue with these terms' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l key-file -d 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l expiry-basis -d 'What a license\'s expiry counts from [default: issue]' -r -f -a "issue\t''
first-activation\t''
first-validation\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l on-expiry -d 'What an expired license does [default: restrict]' -r -f -a "restrict\t''
allow\t''
revoke\t''
maintain\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l renew-from -d 'What a renewal\'s period counts from [default: expiry]' -r -f -a "expiry\t''
now\t''
now-if-expired\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l meter -d 'A usage meter, NAME=LIMIT or NAME=LIMIT/month (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l overage -d 'How far past its limit a meter may count [default: none]' -r -f -a "none\t''
1.25x\t''
1.5x\t''
2x\t''
always\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l machine-scope -d 'How widely a machine may be active at once [default: license]' -r -f -a "license\t''
product\t''
tenant\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l trial -d 'Mark the licenses as trials'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from issue" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from import" -l key-file -d 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from import" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from import" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from import" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from import" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from import" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from import" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l product -d 'Only licenses of this product' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l customer -d 'Email or external id' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l status -d 'Only licenses with this status at this moment' -r -f -a "active\t''
expired\t''
grace\t''
revoked\t''
suspended\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l expires-within -d 'Only licenses that expire within this period, e.g. 30d' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l feature -d 'Only licenses that grant this feature' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l search -d 'Text in the key, customer email, name, company, external id or product' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l issued-since -d 'Only licenses issued at or after this time (RFC 3339, or a date in the tenant\'s time zone)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l issued-before -d 'Only licenses issued before this time (RFC 3339, or a date in the tenant\'s time zone)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l sort -r -f -a "issued\t''
expires\t''
customer\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l order -r -f -a "asc\t''
desc\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l page -d 'Page to show, from 1 [default: 1]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l limit -d 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from show" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from show" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from show" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from token" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from token" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from token" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from token" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from token" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from token" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from token" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from machines" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from machines" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from machines" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from machines" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from machines" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from machines" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from machines" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from machines" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from machines" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from machines" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -l until -d 'The new last day of validity, YYYY-MM-DD, in the tenant\'s time zone' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -l extend -d 'Add this period to the expiry (or to now, if it has passed), e.g. 1y' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -l key-file -d 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from renew" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l feature -d 'Replace the features with these (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l add-feature -d 'Add a feature (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l remove-feature -d 'Remove a feature (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l seats -d 'Machines the license may be activated on (the `seats` limit)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l limit -d 'Set a numeric limit, NAME=INTEGER (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l remove-limit -d 'Remove a limit (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l domain -d 'Replace the host names the license covers (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l fingerprint -d 'Replace the machines the license is locked to (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l heartbeat -d 'Floating seats\' check-in period, e.g. 1h; `none` for node-locked seats' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l offline-lease -d 'How long a machine license lasts before the machine checks in by file again, e.g. 30d; `none` for the config\'s offline_lease' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l key-file -d 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l no-domains -d 'Remove every domain restriction'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l no-fingerprints -d 'Remove every machine lock'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reissue" -l kid -d 'The (revoked) key whose licenses are signed again with the active key' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reissue" -l key-file -d 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reissue" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reissue" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reissue" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reissue" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reissue" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reissue" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reissue" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reissue" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reissue" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reissue" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from suspend" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from suspend" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from suspend" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from suspend" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from suspend" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from suspend" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from suspend" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reinstate" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reinstate" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reinstate" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reinstate" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reinstate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reinstate" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reinstate" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reinstate" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reinstate" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from reinstate" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l reason -d 'Why, e.g. "refunded" or "key leaked"' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l product -d 'Only licenses of this product' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l customer -d 'Only licenses of this customer (email or external id)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l plan -d 'Only licenses of this plan (with --product)' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l issued-before -d 'Only licenses issued before this date (in the tenant\'s time zone) or time' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l from-file -d 'License keys, one per line (- for stdin); with filters, only keys that match them' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l bulk -d 'Select licenses by the filters below and/or --from-file, instead of naming them'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l expired -d 'Only licenses that have expired (past their grace)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Show what would be revoked; change nothing'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -l fingerprint -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -l hostname -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -l request -d 'An activation request file a machine made (- for stdin): answered with a machine license' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -l out -d 'Write the machine license to this file instead of stdout' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from deactivate" -l fingerprint -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from deactivate" -l proof -d 'A deactivation proof file the machine made (- for stdin)' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from deactivate" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from deactivate" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from deactivate" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from deactivate" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from deactivate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from deactivate" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -l fingerprint -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -l hostname -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -l request -d 'An activation request file a machine made (- for stdin): answered with a machine license' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -l out -d 'Write the machine license to this file instead of stdout' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from check-in" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from convert" -l plan -d 'The plan whose terms and policies it takes' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from convert" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from convert" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from convert" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from convert" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from convert" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from convert" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from convert" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from convert" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from convert" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from convert" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from usage" -l reset -d 'Start this meter\'s current period again from nothing' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from usage" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from usage" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from usage" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from usage" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from usage" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from usage" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from usage" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from usage" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from send" -l to -d 'Send it here instead of to the customer\'s email' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from send" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from send" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from send" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from send" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from send" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from send" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from send" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "issue" -d 'Issue licenses: a key and a signed token each'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "import" -d 'Issue licenses from CSV, all or nothing; an error names its line'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "list" -d 'List licenses with filters and a summary footer'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one license'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print a license\'s signed token'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "machines" -d 'List the machines a license is activated on, and whether each takes a seat'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "renew" -d 'Extend a license (re-signs; prints the new token)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a license\'s contract: features, seats, limits, domains, machines (re-signs)'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "reissue" -d 'Sign again with the active key every license a (revoked) key signed'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend a license: it stops validating until reinstated'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "reinstate" -d 'Reinstate a suspended license'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke licenses for good: name them, or select them with --bulk'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Activate a license on a machine, or answer a machine\'s request file with a machine license'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Remove a machine from a license, named or by its deactivation proof file'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "check-in" -d 'Record that a machine is still running (floating seats\' heartbeat), or answer its request file'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "convert" -d 'Move a license to another plan (a trial to a paid one): same key and machines, re-signed'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "usage" -d 'Show a license\'s usage meters (used, limit, period), or start one again'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "send" -d '(Re)send a license\'s email to its customer, or to --to'
complete -c keywright -n "__fish_keywright_using_subcommand license; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -f -a "request" -d 'Write an activation request (also a check-in: a new lease) signed by the machine\'s key'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -f -a "check-in" -d 'Write an activation request (also a check-in: a new lease) signed by the machine\'s key'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -f -a "proof" -d 'Write a deactivation proof signed by the machine\'s key, to free its seat'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and not __fish_seen_subcommand_from request check-in proof help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -l fingerprint -d 'The machine\'s fingerprint [default: the one in the folder]' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -l hostname -d 'The machine\'s host name' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -l usage -d 'Usage of a meter since the last request, METER=AMOUNT (repeatable): counted once, when the vendor answers the request' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -l dir -d 'The machine\'s folder: its key pair and what it asked last (made if missing)' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -l out -d 'Write the file here instead of stdout' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from request" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -l fingerprint -d 'The machine\'s fingerprint [default: the one in the folder]' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -l hostname -d 'The machine\'s host name' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -l usage -d 'Usage of a meter since the last request, METER=AMOUNT (repeatable): counted once, when the vendor answers the request' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -l dir -d 'The machine\'s folder: its key pair and what it asked last (made if missing)' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -l out -d 'Write the file here instead of stdout' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from check-in" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from proof" -l dir -d 'The machine\'s folder: its key pair and what it asked last (made if missing)' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from proof" -l out -d 'Write the file here instead of stdout' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from proof" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from proof" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from proof" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from proof" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from proof" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from proof" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from proof" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from proof" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from proof" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from proof" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from help" -f -a "request" -d 'Write an activation request (also a check-in: a new lease) signed by the machine\'s key'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from help" -f -a "proof" -d 'Write a deactivation proof signed by the machine\'s key, to free its seat'
complete -c keywright -n "__fish_keywright_using_subcommand machine; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand validate" -l fingerprint -d 'The machine asking' -r
complete -c keywright -n "__fish_keywright_using_subcommand validate" -l domain -d 'The host name asking' -r
complete -c keywright -n "__fish_keywright_using_subcommand validate" -l feature -d 'A feature that must be granted (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand validate" -l at -d 'Check as at this time (RFC 3339, with its offset or Z) instead of now: what the license will say then, with the database as it is now' -r
complete -c keywright -n "__fish_keywright_using_subcommand validate" -l build-date -d 'The day the asking build was released (YYYY-MM-DD): under an on-expiry maintain policy, builds released before the expiry stay valid' -r
complete -c keywright -n "__fish_keywright_using_subcommand validate" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand validate" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand validate" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand validate" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand validate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand validate" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand validate" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand validate" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand validate" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand validate" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l public-key -d 'Trust this public key: PEM, JWK or raw base64url, as `key export` writes it (repeatable)' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l jwks -d 'Trust the keys of this JWKS file, and the keys its endorsements add' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l secret-env -d 'Trust the HMAC secret in this environment variable (an "oct" JWK or base64url)' -r
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l product -d 'The token must be for this product' -r
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l domain -d 'The host name asking; checked when the token names domains' -r
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l fingerprint -d 'The machine asking; checked when the token names machines' -r
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l feature -d 'A feature that must be granted (repeatable)' -r
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l revocations -d 'A signed revocation list (from `revocations export`) to honour' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l min-seq -d 'Refuse a revocation list numbered below this: the highest `seq` already accepted (CLOCK_ROLLBACK)' -r
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l at -d 'Check as at this time (RFC 3339, with its offset or Z) instead of now' -r
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l clock-floor -d 'Refuse a time before the newest signed time seen (CLOCK_ROLLBACK), kept in this file' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l machine -d 'Check a machine license as the machine of this folder does (`keywright machine`): bound to its key and fingerprint, answering its last request' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l build-date -d 'The day the running build was released (YYYY-MM-DD): a token whose on_expiry is maintain stays valid past its expiry for builds released before it' -r
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand verify" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand verify" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand verify" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand verify" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand verify" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand verify" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand sign" -l claims -d 'The claims: a .json or .toml file, or - for JSON or TOML on stdin' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand sign" -l key-file -d 'The private key: PKCS#8 PEM (Ed25519) or an "oct" JWK (HMAC)' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand sign" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand sign" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand sign" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand sign" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand sign" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand sign" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand sign" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand sign" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand sign" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand sign" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -f -a "licenses" -d 'Licenses with their terms and signed tokens'
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -f -a "customers" -d 'Customers'
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -f -a "products" -d 'Products'
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -f -a "audit" -d 'Audit entries, oldest first, with their hashes'
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -f -a "usage" -d 'Usage of the licenses\' meters: license, meter, period, used'
complete -c keywright -n "__fish_keywright_using_subcommand export; and not __fish_seen_subcommand_from licenses customers products audit usage help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l product -d 'Only licenses of this product' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l customer -d 'Email or external id' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l status -d 'Only licenses with this status at this moment' -r -f -a "active\t''
expired\t''
grace\t''
revoked\t''
suspended\t''"
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l expires-within -d 'Only licenses that expire within this period, e.g. 30d' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l feature -d 'Only licenses that grant this feature' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l search -d 'Text in the key, customer email, name, company, external id or product' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l issued-since -d 'Only licenses issued at or after this time (RFC 3339, or a date in the tenant\'s time zone)' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l issued-before -d 'Only licenses issued before this time (RFC 3339, or a date in the tenant\'s time zone)' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l out -d 'Write to this file instead of stdout' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from licenses" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -l search -d 'Text in the email, name, company or external id' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -l status -r -f -a "active\t''
deleted\t''
all\t''"
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -l out -d 'Write to this file instead of stdout' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from customers" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -l search -d 'Text in the slug or name' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -l status -r -f -a "all\t''
active\t''
inactive\t''"
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -l out -d 'Write to this file instead of stdout' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from products" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -l action -d 'Only this action, e.g. product.created; `license.*` for a prefix' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -l target -d 'Only entries about this target id (a slug, email or license key)' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -l since -d 'From this time (RFC 3339, or a date in the tenant\'s time zone)' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -l until -d 'Before this time (RFC 3339, or a date in the tenant\'s time zone)' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -l out -d 'Write to this file instead of stdout' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from audit" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from usage" -l out -d 'Write to this file instead of stdout' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from usage" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from usage" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from usage" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from usage" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from usage" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from usage" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from usage" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from usage" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "licenses" -d 'Licenses with their terms and signed tokens'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "customers" -d 'Customers'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "products" -d 'Products'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "audit" -d 'Audit entries, oldest first, with their hashes'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "usage" -d 'Usage of the licenses\' meters: license, meter, period, used'
complete -c keywright -n "__fish_keywright_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and not __fish_seen_subcommand_from export help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and not __fish_seen_subcommand_from export help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and not __fish_seen_subcommand_from export help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and not __fish_seen_subcommand_from export help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and not __fish_seen_subcommand_from export help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and not __fish_seen_subcommand_from export help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and not __fish_seen_subcommand_from export help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and not __fish_seen_subcommand_from export help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and not __fish_seen_subcommand_from export help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write the signed list of revoked license keys'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -l out -d 'Write the list to this file instead of stdout' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -l valid-for -d 'Let the list expire after this period (`exp`), e.g. 7d; absent: no expiry' -r
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -l key-file -d 'Sign with this PKCS#8 PEM key (or JWK) instead of the key store' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the signed list of revoked license keys'
complete -c keywright -n "__fish_keywright_using_subcommand revocations; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -f -a "list" -d 'List audit entries, newest first'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -f -a "verify" -d 'Recompute the hash chain and check every checkpoint; report the first problem'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -f -a "checkpoint" -d 'Sign the chain\'s head with the tenant\'s key'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and not __fish_seen_subcommand_from list verify checkpoint help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Only this action, e.g. product.created; `license.*` for a prefix' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -l target -d 'Only entries about this target id (a slug, email or license key)' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'From this time (RFC 3339, or a date in the tenant\'s time zone)' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -l until -d 'Before this time (RFC 3339, or a date in the tenant\'s time zone)' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -l page -d 'Page to show, from 1 [default: 1]' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'Rows per page, 1 to 1000 [default: 50; with -q and no --page: every row]' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from verify" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from verify" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from verify" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from verify" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from checkpoint" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit entries, newest first'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Recompute the hash chain and check every checkpoint; report the first problem'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "checkpoint" -d 'Sign the chain\'s head with the tenant\'s key'
complete -c keywright -n "__fish_keywright_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand doctor" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand doctor" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand doctor" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand doctor" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand doctor" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand doctor" -l remove-orphans -d 'Remove the secrets in the key store that no key row accounts for (left by a killed command); without it they are only reported'
complete -c keywright -n "__fish_keywright_using_subcommand doctor" -l reseal -d 'Seal every row as it is now: trust the database as it stands, after reviewing what doctor reported (docs/threat-model.md)'
complete -c keywright -n "__fish_keywright_using_subcommand doctor" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand doctor" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand serve" -l listen -d 'Address and port to listen on [default: the config\'s, else 127.0.0.1:8765]' -r
complete -c keywright -n "__fish_keywright_using_subcommand serve" -l tls-cert -d 'Serve HTTPS with this certificate chain (PEM), with --tls-key' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand serve" -l tls-key -d 'The private key of --tls-cert (PEM)' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand serve" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand serve" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand serve" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand serve" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand serve" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand serve" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand serve" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand serve" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand serve" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand serve" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -f -a "create" -d 'Make a key: validator (safe to embed in an application), reader or admin'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -f -a "list" -d 'List the tenant\'s keys (never their secrets)'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -f -a "revoke" -d 'Revoke a key for good'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and not __fish_seen_subcommand_from create list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -l role -d 'validator: validate, activate, check in; reader: and read; admin: and change' -r -f -a "validator\t''
reader\t''
admin\t''"
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -l name -d 'A name for the audit log and the list [default: the key\'s id]' -r
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -l expires -d 'Last day the key works, YYYY-MM-DD, in the tenant\'s time zone' -r
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from list" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from list" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a key: validator (safe to embed in an application), reader or admin'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenant\'s keys (never their secrets)'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a key for good'
complete -c keywright -n "__fish_keywright_using_subcommand api-key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -f -a "status" -d 'Show the backend, the schema version, how many rows each kind of record has, and where the keys come from'
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -f -a "backup" -d 'Copy the database as it is at one instant, while commands and `serve` go on writing'
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -f -a "copy" -d 'Copy every tenant, row, seal and audit entry into an empty PostgreSQL database, once the source\'s seals and audit chains check out'
complete -c keywright -n "__fish_keywright_using_subcommand db; and not __fish_seen_subcommand_from status backup copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from status" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from status" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from status" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from status" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from status" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from status" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from backup" -l out -d 'The file to write, owner-only (mode 0600); an existing file is replaced only after confirmation (or --yes)' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from backup" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from backup" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from backup" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from backup" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from backup" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'The database to copy into: postgres://USER@HOST:PORT/DB, empty (its schema is made on first use)' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from copy" -l from -d 'The database to copy from: a SQLite file, sqlite:PATH or postgres://USER@HOST:PORT/DB [default: --db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from copy" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from copy" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from copy" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from copy" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the backend, the schema version, how many rows each kind of record has, and where the keys come from'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Copy the database as it is at one instant, while commands and `serve` go on writing'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy every tenant, row, seal and audit entry into an empty PostgreSQL database, once the source\'s seals and audit chains check out'
complete -c keywright -n "__fish_keywright_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and not __fish_seen_subcommand_from list help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and not __fish_seen_subcommand_from list help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and not __fish_seen_subcommand_from list help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and not __fish_seen_subcommand_from list help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and not __fish_seen_subcommand_from list help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and not __fish_seen_subcommand_from list help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List webhooks, newest first'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l status -d 'Only webhooks in this state' -r -f -a "pending\t''
delivered\t''
failed\t''"
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l limit -d 'How many to show, 1 to 1000' -r
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "list" -d 'List webhooks, newest first'
complete -c keywright -n "__fish_keywright_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -f -a "stripe" -d 'Connect Stripe: the webhook signing secret (whsec_...) is read from stdin'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -f -a "status" -d 'Show whether Stripe is connected and which secrets are set'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -f -a "price" -d 'Map Stripe prices to the licenses they make'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -f -a "events" -d 'What each delivered event did, newest first'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -f -a "apply" -d 'Process Stripe events from a file (JSON lines or an array) as if delivered'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and not __fish_seen_subcommand_from stripe status price events apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from stripe" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from stripe" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from stripe" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from stripe" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from stripe" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from stripe" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from stripe" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from stripe" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from stripe" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from stripe" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from stripe" -f -a "connect" -d 'Store the webhook signing secret (stdin); a new one keeps the old valid for 24 hours'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from stripe" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from status" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from status" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from status" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from status" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from status" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from status" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -f -a "add" -d 'Map a price (price_...) to a product and plan'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -f -a "list" -d 'List the mapped prices'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -f -a "remove" -d 'Remove a price\'s mapping (licenses it made stay)'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from price" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from events" -l status -d 'Only events with this outcome' -r -f -a "applied\t''
duplicate\t''
ignored\t''
failed\t''"
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from events" -l limit -d 'How many to show, 1 to 1000' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from events" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from events" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from events" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from events" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from events" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from events" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from events" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from events" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from apply" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from apply" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from apply" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from apply" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from apply" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from apply" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "stripe" -d 'Connect Stripe: the webhook signing secret (whsec_...) is read from stdin'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show whether Stripe is connected and which secrets are set'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "price" -d 'Map Stripe prices to the licenses they make'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "events" -d 'What each delivered event did, newest first'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Process Stripe events from a file (JSON lines or an array) as if delivered'
complete -c keywright -n "__fish_keywright_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -f -a "setup" -d 'Set how license emails go out; the SMTP password (if the URL names a user) is read from stdin'
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -f -a "test" -d 'Send a test message now, and say whether the server took it'
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -f -a "list" -d 'List queued emails, newest first'
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -f -a "deliver" -d 'Send every pending email now, without waiting for its next attempt'
complete -c keywright -n "__fish_keywright_using_subcommand email; and not __fish_seen_subcommand_from setup test list deliver help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -l smtp -d 'smtps://USER@HOST:PORT (TLS), or smtp://USER@HOST:PORT (STARTTLS; without TLS only to a loopback address)' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -l from -d 'The sender, e.g. "Acme Licensing <licenses@acme.example>"' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -l template -d 'The tenant\'s own template: a `Subject: ...` line, an empty line, the body; placeholders {{key}}, {{token}}, {{expires}}, {{product}}, {{plan}}, {{customer}}, {{tenant}}' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from setup" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from test" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from test" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from test" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from test" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from test" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from test" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from test" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from list" -l status -d 'Only emails in this state' -r -f -a "pending\t''
sent\t''
failed\t''"
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from list" -l limit -d 'How many to show, 1 to 1000' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from list" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from list" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from list" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from deliver" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from deliver" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from deliver" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from deliver" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from deliver" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from deliver" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from deliver" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from deliver" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from deliver" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from deliver" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "setup" -d 'Set how license emails go out; the SMTP password (if the URL names a user) is read from stdin'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "test" -d 'Send a test message now, and say whether the server took it'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "list" -d 'List queued emails, newest first'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "deliver" -d 'Send every pending email now, without waiting for its next attempt'
complete -c keywright -n "__fish_keywright_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand completions" -l db -d 'The database: a file or sqlite:PATH, or postgres://USER@HOST:PORT/DB?sslmode=MODE [default: $XDG_DATA_HOME/keywright/keywright.db]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand completions" -s t -l tenant -d 'The tenant to act for [default: config\'s default_tenant, or the only tenant]' -r
complete -c keywright -n "__fish_keywright_using_subcommand completions" -l format -d 'Output format: table, json or csv (key export: pem, jwk, jwks or raw)' -r -f -a "table\t''
json\t''
csv\t''
pem\t''
jwk\t''
jwks\t''
raw\t''"
complete -c keywright -n "__fish_keywright_using_subcommand completions" -l actor -d 'Who is acting, for the audit log [default: the OS user name]; with `audit list` and `export audit`, only entries by this actor' -r
complete -c keywright -n "__fish_keywright_using_subcommand completions" -l config -d 'The config file [default: $XDG_CONFIG_HOME/keywright/config.toml]' -r -F
complete -c keywright -n "__fish_keywright_using_subcommand completions" -l json -d 'Shorthand for --format json'
complete -c keywright -n "__fish_keywright_using_subcommand completions" -s q -l quiet -d 'Print only the essential value (a key, a token, a slug)'
complete -c keywright -n "__fish_keywright_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations'
complete -c keywright -n "__fish_keywright_using_subcommand completions" -s h -l help -d 'Print help'
complete -c keywright -n "__fish_keywright_using_subcommand completions" -s V -l version -d 'Print version'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "init" -d 'Create the database and the config file (safe to run again)'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "tenant" -d 'Manage tenants: the vendor companies whose licenses this database holds'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "key" -d 'Manage signing keys: generate, rotate, list, export, import'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "product" -d 'Manage products and their known features'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "plan" -d 'Manage plans: per-product defaults for licenses'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "customer" -d 'Manage customers'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "license" -d 'Issue, list and show licenses; manage their machines'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "machine" -d 'Play a machine without a network: make its activation requests and deactivation proofs'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "validate" -d 'Check a license against the database'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "verify" -d 'Check tokens offline, with a public key, a JWKS, a secret or the tenant\'s keys'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "sign" -d 'Mint a token from claims with a key from a file or the environment; no database'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "export" -d 'Export licenses, customers, products or the audit log as CSV or JSON'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "revocations" -d 'Export the signed revocation list for offline verifiers'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "audit" -d 'Read and verify the tamper-evident audit log'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "doctor" -d 'Check the schema, every license against its token, the audit chain, the signing keys and the key store'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "serve" -d 'Run the license service over HTTP: validation, activation, check-in, and an admin API'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "api-key" -d 'Make, list and revoke API keys of the license service'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "db" -d 'The database itself: its status, and a consistent backup while it is in use'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "webhooks" -d 'Show the webhooks the service has queued, delivered or given up on'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "billing" -d 'Payments drive licenses: connect Stripe, map prices, see and apply events'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "email" -d 'License emails: how they go out, a test message, the outbox'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c keywright -n "__fish_keywright_using_subcommand help; and not __fish_seen_subcommand_from init tenant key product plan customer license machine validate verify sign export revocations audit doctor serve api-key db webhooks billing email completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "create" -d 'Create a tenant: a slug, abbreviation and key prefix are derived from its name'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "list" -d 'List every tenant'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "show" -d 'Show one tenant (default: the current one)'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "update" -d 'Change a tenant\'s name, time zone or key prefix'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "suspend" -d 'Suspend a tenant: it issues nothing and its licenses stop validating'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "reactivate" -d 'Reactivate a suspended tenant'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from tenant" -f -a "use" -d 'Make a tenant the default (writes default_tenant to the config file)'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "generate" -d 'Make a new active signing key; older keys keep signing and verifying'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "rotate" -d 'Make a new signing key and retire the others for signing (they still verify)'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "list" -d 'List the tenant\'s keys and whether each secret can be reached'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "export" -d 'Print public keys: --format pem (default), jwk, jwks (every key) or raw'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "export-private" -d 'Write a private key to a file (mode 0600): PKCS#8 PEM, or a JWK for HMAC; or, with --webhook-secret, the secret that signs the tenant\'s webhooks'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "import" -d 'Import an Ed25519 PKCS#8 PEM key, e.g. from `openssl genpkey -algorithm ed25519`'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "revoke" -d 'Revoke a key for good: it signs and verifies nothing more, and later revocation lists name it'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "create" -d 'Create a product'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "list" -d 'List products'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "show" -d 'Show one product'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "update" -d 'Change a product\'s name or features'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "activate" -d 'Allow licenses to be issued for a product again'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "deactivate" -d 'Stop issuing licenses for a product (existing ones stay valid)'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "create" -d 'Create a plan of a product'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "list" -d 'List plans, of one product or all'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "show" -d 'Show one plan'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "update" -d 'Change a plan\'s defaults (licenses already issued keep their terms)'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "create" -d 'Create a customer'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "list" -d 'List customers'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "show" -d 'Show one customer, by email or external id'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "update" -d 'Change a customer\'s details (an empty value clears a field)'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "delete" -d 'Mark a customer deleted (soft: `update --restore` undoes it)'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "issue" -d 'Issue licenses: a key and a signed token each'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "import" -d 'Issue licenses from CSV, all or nothing; an error names its line'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "list" -d 'List licenses with filters and a summary footer'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "show" -d 'Show one license'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "token" -d 'Print a license\'s signed token'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "machines" -d 'List the machines a license is activated on, and whether each takes a seat'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "renew" -d 'Extend a license (re-signs; prints the new token)'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "update" -d 'Change a license\'s contract: features, seats, limits, domains, machines (re-signs)'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "reissue" -d 'Sign again with the active key every license a (revoked) key signed'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "suspend" -d 'Suspend a license: it stops validating until reinstated'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "reinstate" -d 'Reinstate a suspended license'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "revoke" -d 'Revoke licenses for good: name them, or select them with --bulk'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "activate" -d 'Activate a license on a machine, or answer a machine\'s request file with a machine license'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "deactivate" -d 'Remove a machine from a license, named or by its deactivation proof file'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "check-in" -d 'Record that a machine is still running (floating seats\' heartbeat), or answer its request file'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "convert" -d 'Move a license to another plan (a trial to a paid one): same key and machines, re-signed'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "usage" -d 'Show a license\'s usage meters (used, limit, period), or start one again'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from license" -f -a "send" -d '(Re)send a license\'s email to its customer, or to --to'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from machine" -f -a "request" -d 'Write an activation request (also a check-in: a new lease) signed by the machine\'s key'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from machine" -f -a "proof" -d 'Write a deactivation proof signed by the machine\'s key, to free its seat'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "licenses" -d 'Licenses with their terms and signed tokens'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "customers" -d 'Customers'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "products" -d 'Products'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "audit" -d 'Audit entries, oldest first, with their hashes'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "usage" -d 'Usage of the licenses\' meters: license, meter, period, used'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from revocations" -f -a "export" -d 'Write the signed list of revoked license keys'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit entries, newest first'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Recompute the hash chain and check every checkpoint; report the first problem'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "checkpoint" -d 'Sign the chain\'s head with the tenant\'s key'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from api-key" -f -a "create" -d 'Make a key: validator (safe to embed in an application), reader or admin'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from api-key" -f -a "list" -d 'List the tenant\'s keys (never their secrets)'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from api-key" -f -a "revoke" -d 'Revoke a key for good'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Show the backend, the schema version, how many rows each kind of record has, and where the keys come from'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Copy the database as it is at one instant, while commands and `serve` go on writing'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy every tenant, row, seal and audit entry into an empty PostgreSQL database, once the source\'s seals and audit chains check out'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "list" -d 'List webhooks, newest first'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "stripe" -d 'Connect Stripe: the webhook signing secret (whsec_...) is read from stdin'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "status" -d 'Show whether Stripe is connected and which secrets are set'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "price" -d 'Map Stripe prices to the licenses they make'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "events" -d 'What each delivered event did, newest first'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "apply" -d 'Process Stripe events from a file (JSON lines or an array) as if delivered'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from email" -f -a "setup" -d 'Set how license emails go out; the SMTP password (if the URL names a user) is read from stdin'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from email" -f -a "test" -d 'Send a test message now, and say whether the server took it'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from email" -f -a "list" -d 'List queued emails, newest first'
complete -c keywright -n "__fish_keywright_using_subcommand help; and __fish_seen_subcommand_from email" -f -a "deliver" -d 'Send every pending email now, without waiting for its next attempt'
