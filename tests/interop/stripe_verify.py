"""Stripe's own verdict on webhook deliveries, from the official `stripe`
package (PyPI): reads a JSON object {"secret", "tolerance", "cases": [{"payload",
"header"}]} on stdin and prints one line per case, `valid` or `invalid`, as
`stripe.WebhookSignature.verify_header` judges it now. With `sign`, prints
the header Stripe's code makes for {"secret", "timestamp", "payload"}."""

import json
import sys

import stripe


def verdicts(request):
    for case in request["cases"]:
        try:
            stripe.WebhookSignature.verify_header(
                case["payload"], case["header"], request["secret"], request["tolerance"]
            )
            print("valid")
        except stripe.SignatureVerificationError:
            print("invalid")


def sign(request):
    signed = f"{request['timestamp']}.{request['payload']}"
    signature = stripe.WebhookSignature._compute_signature(signed, request["secret"])
    print(f"t={request['timestamp']},{stripe.WebhookSignature.EXPECTED_SCHEME}={signature}")


if __name__ == "__main__":
    request = json.load(sys.stdin)
    if sys.argv[1:] == ["sign"]:
        sign(request)
    else:
        verdicts(request)
