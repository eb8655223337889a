#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests and the benchmark, from
# Debian's `postgresql` package: a new cluster in a temporary folder, on a
# free loopback port, with a password for the `keywright` role. PostgreSQL
# refuses to run as root, so when run as root the cluster belongs to the
# `postgres` user.
#
# Prints these lines and returns once the server accepts connections:
#   url: postgres://keywright:PASSWORD@127.0.0.1:PORT/keywright
#   stop: COMMAND   (stops the server and removes its folder)
#   pause: COMMAND  (stops the server, keeping its data)
#   resume: COMMAND (starts it again as it was)
#
# With --owner PID the server stops by itself once that process has ended
# (a test run that shares one server and cannot stop it at its end).
#
# With --tls the server also speaks TLS with a certificate made here by
# openssl for 127.0.0.1 and localhost, and a last line names the root
# certificate that signed it:
#   root: FILE
#
# Each --setting NAME=VALUE is passed to the server (`postgres -c`), as
# the benchmark sizes its shared buffers.
set -euo pipefail

tls=false
owner=""
settings=()
while [ $# -gt 0 ]; do
    case "$1" in
        --tls) tls=true ;;
        --owner) owner="$2"; shift ;;
        --setting) settings+=("-c $2"); shift ;;
        *) echo "usage: $0 [--tls] [--owner PID] [--setting NAME=VALUE]..." >&2; exit 2 ;;
    esac
    shift
done

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL's server is not installed: apt-get install postgresql" >&2; exit 1; }

as_owner=()
if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u postgres --); fi

dir=$(mktemp -d /tmp/keywright-pg.XXXXXX)
chmod 0755 "$dir"
[ ${#as_owner[@]} -eq 0 ] || chown postgres: "$dir"
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" > "$dir/password"
[ ${#as_owner[@]} -eq 0 ] || chown postgres: "$dir/password"

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U keywright --pwfile="$dir/password" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
rm "$dir/password"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
options="-c listen_addresses=127.0.0.1 -c port=$port -k $dir -c fsync=off -c full_page_writes=off -c max_connections=200 ${settings[*]}"
if $tls; then
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=keywright test root" \
        -keyout "$dir/root.key" -out "$dir/root.crt" 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=127.0.0.1" \
        -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$dir/san.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/root.crt" -CAkey "$dir/root.key" -CAcreateserial \
        -days 2 -extfile "$dir/san.ext" -out "$dir/server.crt" 2>/dev/null
    chmod 0600 "$dir/server.key"
    [ ${#as_owner[@]} -eq 0 ] || chown postgres: "$dir/server.key" "$dir/server.crt"
    options="$options -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key"
fi
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$options" -w start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U keywright -d postgres -q \
    -c 'CREATE DATABASE keywright' >/dev/null

stop="${as_owner[*]} $bin/pg_ctl -D $dir/data -m immediate stop >/dev/null; rm -rf $dir"
if [ -n "$owner" ]; then
    nohup bash -c "while kill -0 $owner 2>/dev/null; do sleep 1; done; $stop" >/dev/null 2>&1 &
fi
echo "url: postgres://keywright:$password@127.0.0.1:$port/keywright"
echo "stop: $stop"
# To take the server away for a while and bring it back, as an outage does.
echo "pause: ${as_owner[*]} $bin/pg_ctl -D $dir/data -m fast stop >/dev/null"
echo "resume: ${as_owner[*]} $bin/pg_ctl -D $dir/data -l $dir/server.log -w restart >/dev/null 2>&1"
$tls && echo "root: $dir/root.crt"
exit 0
