"""A self-hosted FastAPI application that gates its endpoints on the
features of its keywright license, checked offline with PyJWT:
`Depends(require_feature("sso"))`, as vendors already gate endpoints.

    pip install "pyjwt[crypto]>=2.8" fastapi uvicorn
    KEYWRIGHT_LICENSE_FILE=license.jwt KEYWRIGHT_JWKS=jwks.json \\
        KEYWRIGHT_PRODUCT=desktop python fastapi_app.py 8000

The license is read once at start (`keywright license token KEY` wrote
it); each request checks it again, so an expiry is honoured while the
application runs. A usable license answers 200, a missing feature 403
with FEATURE_MISSING, an unusable license 403 with its code.
"""

import os
import sys
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException

from keywright_license import check_license, load_keys, usable

KEYS = load_keys(Path(os.environ["KEYWRIGHT_JWKS"]).read_text())
LICENSE = Path(os.environ["KEYWRIGHT_LICENSE_FILE"]).read_text().strip()
PRODUCT = os.environ.get("KEYWRIGHT_PRODUCT", "desktop")
BUILD_DATE = os.environ.get("KEYWRIGHT_BUILD_DATE")  # this build's release day, YYYY-MM-DD


def require_feature(feature):
    """A dependency that lets the request through only when the installed
    license is usable and grants `feature`; it hands the claims on."""

    def licensed():
        code, claims = check_license(LICENSE, KEYS, PRODUCT, features=[feature],
                                     build_date=BUILD_DATE)
        if not usable(code, claims, BUILD_DATE):
            raise HTTPException(status_code=403, detail={"code": code, "feature": feature})
        return {"code": code, "claims": claims}

    return licensed


app = FastAPI(title="An application licensed by keywright")


@app.get("/health")
def health():
    return {"ok": True}


@app.get("/sso/login")
def sso_login(license=Depends(require_feature("sso"))):
    return {"feature": "sso", "license": license["code"], "customer": license["claims"].get("customer")}


@app.get("/reports/export")
def export_reports(license=Depends(require_feature("export"))):
    return {"feature": "export", "license": license["code"]}


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
