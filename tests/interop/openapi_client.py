"""Drives keywright's license service through a client generated from
docs/openapi.json by openapi-python-client, as a vendor who generates
their own client would: activate and validate a machine (no API key),
then list, show and issue licenses with an admin API key.

Usage: openapi_client.py CLIENT_DIR BASE_URL TENANT LICENSE_KEY ADMIN_KEY
Prints what it did as JSON; exits 1 with the reason when an answer is not
what the document promises.
"""

import json
import sys


def fail(why):
    print(why, file=sys.stderr)
    sys.exit(1)


def main(client_dir, base_url, tenant, license_key, admin_key):
    sys.path.insert(0, client_dir)
    from keywright_license_service_client import AuthenticatedClient, Client
    from keywright_license_service_client.api.application import activate, validate
    from keywright_license_service_client.api.back_office import (
        issue,
        list_licenses,
        show_license,
    )
    from keywright_license_service_client.models import (
        ActivateInput,
        CursorPageLicense,
        IssueInput,
        IssuedList,
        License,
        SignedAnswer,
        ValidateInput,
    )

    app = Client(base_url=base_url, raise_on_unexpected_status=True)
    activated = activate.sync(
        tenant, client=app, body=ActivateInput(key=license_key, fingerprint="gen-1", nonce="n-1")
    )
    if not isinstance(activated, SignedAnswer) or activated.code != "VALID":
        fail(f"activate: {activated}")
    validated = validate.sync(
        tenant,
        client=app,
        body=ValidateInput(key=license_key, fingerprint="gen-1", nonce="n-2"),
    )
    if not isinstance(validated, SignedAnswer) or not validated.valid or not validated.signed:
        fail(f"validate: {validated}")

    office = AuthenticatedClient(base_url=base_url, token=admin_key, raise_on_unexpected_status=True)
    page = list_licenses.sync(client=office)
    if not isinstance(page, CursorPageLicense):
        fail(f"list: {page}")
    listed = [item.key for item in page.items]
    if license_key not in listed:
        fail(f"list: {license_key} is not in {listed}")
    shown = show_license.sync(license_key, client=office)
    if not isinstance(shown, License) or shown.key != license_key:
        fail(f"show: {shown}")
    issued = issue.sync(
        client=office,
        body=IssueInput(product="app", customer="ada@example.com", count=2),
    )
    if not isinstance(issued, IssuedList) or len(issued.items) != 2:
        fail(f"issue: {issued}")
    print(json.dumps({
        "activated": activated.code,
        "validated": validated.code,
        "listed": len(listed),
        "issued": [item.key for item in issued.items],
    }))


if __name__ == "__main__":
    main(*sys.argv[1:6])
