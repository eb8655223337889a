#!/usr/bin/env bash
# Exports the licenses issued last month (from its first day to the first
# day of this month, in the tenant's time zone) to a CSV file named after
# the month, e.g. licenses-2027-01.csv, and prints the file's name.
#
#   examples/export-last-month.sh [--tenant SLUG] [OUT_DIR]
#
# Any keywright global option can come first (--db, --tenant, ...).
# MONTH=2027-01 exports that month instead.
set -euo pipefail
options=()
while [ $# -gt 0 ] && [ "${1#--}" != "$1" ]; do options+=("$1" "$2"); shift 2; done
out_dir=${1:-.}

if [ -n "${MONTH:-}" ]; then
    first="$MONTH-01"
else
    first=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-01)
fi
next=$(date -d "$first +1 month" +%Y-%m-01)
file="$out_dir/licenses-${first%-01}.csv"

keywright "${options[@]}" export licenses --issued-since "$first" --issued-before "$next" --out "$file"
echo "$file"
