"""Checks the claims of tokens against the JSON Schemas of docs/schemas
with the `jsonschema` package (installed with schemathesis by
scripts/test.sh).

Reads lines of `SCHEMA_FILE TOKEN` on stdin; prints one line per token
whose claims break its schema, and exits 1 if any did.
"""

import base64
import json
import sys

from jsonschema import Draft202012Validator

failed = False
for line in sys.stdin:
    schema_path, token = line.split()
    payload = token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    validator = Draft202012Validator(json.load(open(schema_path)))
    Draft202012Validator.check_schema(validator.schema)
    for error in validator.iter_errors(claims):
        failed = True
        print(f"{schema_path}: {error.json_path}: {error.message}")
sys.exit(1 if failed else 0)
