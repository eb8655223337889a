// Checking a keywright license token offline with golang-jwt (v4), as an
// application does (docs/verify-in-your-language.md says why each check is
// there).
//
//	go get github.com/golang-jwt/jwt/v4
//
// As a program (what the tests run):
//
//	go run . TOKEN JWKS.json PRODUCT [--feature F]... [--domain HOST]
//	    [--fingerprint FP] [--revocations revoked.jwt] [--min-seq N]
//	    [--build-date YYYY-MM-DD]
//
// prints {"code": ..., "usable": ..., "claims": ...} and exits 0 when the
// license is usable (VALID, GRACE, or EXPIRED under a rule that lets it go
// on), 3 when not.
package main

// --- begin snippet: golang-jwt ---
import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v4"
)

// LoadKeys reads the public keys of `keywright key export --format jwks`, by kid.
func LoadKeys(jwksJSON []byte) (map[string]ed25519.PublicKey, error) {
	var set struct {
		Keys []struct{ Kty, Crv, Kid, X string }
	}
	if err := json.Unmarshal(jwksJSON, &set); err != nil {
		return nil, err
	}
	keys := map[string]ed25519.PublicKey{}
	for _, k := range set.Keys {
		raw, err := base64.RawURLEncoding.DecodeString(k.X)
		if k.Kty == "OKP" && k.Crv == "Ed25519" && err == nil && len(raw) == ed25519.PublicKeySize {
			keys[k.Kid] = ed25519.PublicKey(raw)
		}
	}
	return keys, nil
}

var errUnknownKey = errors.New("UNKNOWN_KEY")

// verified returns the claims of a token of this typ signed by one of keys,
// and the kid of the key that signed it.
// v4 checks exp and nbf in Valid() with no leeway for grace, and never
// checks aud: claim validation is skipped here and done by hand.
func verified(token string, keys map[string]ed25519.PublicKey, typ string, required []string) (jwt.MapClaims, string, error) {
	parser := jwt.Parser{ValidMethods: []string{"EdDSA"}, SkipClaimsValidation: true}
	claims := jwt.MapClaims{}
	var kid string
	_, err := parser.ParseWithClaims(token, claims, func(t *jwt.Token) (interface{}, error) {
		if t.Header["typ"] != typ { // a revocation list or a reply is no license
			return nil, fmt.Errorf("typ is not %s", typ)
		}
		kid, _ = t.Header["kid"].(string)
		if key, ok := keys[kid]; ok {
			return key, nil
		}
		return nil, errUnknownKey
	})
	if err != nil {
		return nil, "", err
	}
	for _, name := range required {
		if _, ok := claims[name]; !ok {
			return nil, "", fmt.Errorf("no %s", name)
		}
	}
	return claims, kid, nil
}

// failure is the code of a token that does not verify.
func failure(err error) string {
	switch {
	case errors.Is(err, errUnknownKey):
		return "UNKNOWN_KEY"
	case errors.Is(err, jwt.ErrTokenSignatureInvalid):
		return "BAD_SIGNATURE"
	default:
		return "MALFORMED"
	}
}

// usableList returns the claims of a revocation list when it can be trusted,
// else the code that says why not. Keep the highest seq you accept and pass
// it as minSeq next time.
func usableList(token string, keys map[string]ed25519.PublicKey, now float64, minSeq float64) (jwt.MapClaims, string) {
	list, _, err := verified(token, keys, "lrl+jwt", []string{"iss", "iat", "seq"})
	if err != nil {
		return nil, failure(err) // a list that does not verify proves nothing
	}
	if exp, ok := number(list, "exp"); ok && now >= exp {
		return nil, "EXPIRED" // a stale list: fetch a fresh one
	}
	if seq, _ := number(list, "seq"); seq < minSeq {
		return nil, "CLOCK_ROLLBACK" // older than one seen: it would un-revoke
	}
	return list, ""
}

// DomainMatches says whether host is covered: `*.example.com` covers one label.
func DomainMatches(pattern, host string) bool {
	pattern, host = strings.ToLower(pattern), strings.ToLower(host)
	if strings.HasPrefix(pattern, "*.") {
		dot := strings.Index(host, ".")
		return dot > 0 && host[dot+1:] == pattern[2:]
	}
	return pattern == host
}

// Options are what the application asks of the license.
type Options struct {
	Features            []string
	Domain, Fingerprint string
	Revocations         string  // a signed revocation list, when the application has one
	MinSeq              float64 // the highest list seq accepted so far
	BuildDate           string  // the day this build was released, YYYY-MM-DD
}

// GoesOn says whether an expired license still works by its own rule:
// on_expiry is "allow", or "maintain" and this build (released on
// buildDate, YYYY-MM-DD) came out before the day of exp (UTC).
func GoesOn(claims jwt.MapClaims, buildDate string) bool {
	exp, _ := number(claims, "exp")
	lastDay := time.Unix(int64(exp), 0).UTC().Format("2006-01-02")
	rule, _ := claims["on_expiry"].(string)
	return rule == "allow" || (rule == "maintain" && buildDate != "" && buildDate < lastDay)
}

// Usable says whether the application may run: VALID, GRACE, or EXPIRED
// under a rule that lets the license go on.
func Usable(code string, claims jwt.MapClaims, buildDate string) bool {
	return code == "VALID" || code == "GRACE" || (code == "EXPIRED" && claims != nil && GoesOn(claims, buildDate))
}

func texts(v interface{}) []string {
	var out []string
	switch list := v.(type) {
	case string:
		out = append(out, list)
	case []interface{}:
		for _, item := range list {
			if s, ok := item.(string); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

func contains(list []string, item string) bool {
	for _, s := range list {
		if s == item {
			return true
		}
	}
	return false
}

func number(claims jwt.MapClaims, name string) (float64, bool) {
	n, ok := claims[name].(float64)
	return n, ok
}

// CheckLicense gives the code and claims of a license token, in keywright's order of checks.
func CheckLicense(token string, keys map[string]ed25519.PublicKey, product string, opts Options) (string, jwt.MapClaims) {
	now := float64(time.Now().Unix())
	var list jwt.MapClaims
	if opts.Revocations != "" {
		var problem string
		if list, problem = usableList(opts.Revocations, keys, now, opts.MinSeq); problem != "" {
			return problem, nil
		}
	}
	claims, kid, err := verified(token, keys, "lic+jwt", []string{"iss", "sub", "aud", "iat"})
	if err != nil {
		return failure(err), nil
	}
	if !contains(texts(claims["aud"]), product) {
		return "WRONG_PRODUCT", claims
	}
	if list != nil && list["iss"] == claims["iss"] {
		if sub, _ := claims["sub"].(string); contains(texts(list["revoked"]), sub) {
			return "REVOKED", claims
		}
		if contains(texts(list["revoked_kids"]), kid) {
			return "REVOKED", claims // the key that signed it was revoked
		}
	}
	if _, waits := claims["starts"]; waits { // its term waits for its first activation or validation
		return "NOT_STARTED", claims
	}
	if nbf, ok := number(claims, "nbf"); ok && now < nbf {
		return "NOT_YET_VALID", claims
	}
	code := "VALID"
	if exp, ok := number(claims, "exp"); ok && now >= exp {
		code = "GRACE" // still usable: tell the user to renew
		if grace, _ := number(claims, "grace"); now >= exp+grace {
			if !GoesOn(claims, opts.BuildDate) {
				return "EXPIRED", claims
			}
			code = "EXPIRED" // but its rule lets it go on: usable
		}
	}
	if domains := texts(claims["domains"]); opts.Domain != "" && len(domains) > 0 {
		matched := false
		for _, pattern := range domains {
			matched = matched || DomainMatches(pattern, opts.Domain)
		}
		if !matched {
			return "DOMAIN_MISMATCH", claims
		}
	}
	if machines := texts(claims["machines"]); opts.Fingerprint != "" && len(machines) > 0 && !contains(machines, opts.Fingerprint) {
		return "FINGERPRINT_MISMATCH", claims
	}
	granted := texts(claims["features"])
	for _, feature := range opts.Features {
		if !contains(granted, feature) && !contains(granted, "*") {
			return "FEATURE_MISSING", claims
		}
	}
	return code, claims
}

// --- end snippet: golang-jwt ---

func main() {
	args := os.Args[1:]
	token, jwksPath, product := args[0], args[1], args[2]
	var opts Options
	for i := 3; i+1 < len(args); i += 2 {
		switch value := args[i+1]; args[i] {
		case "--feature":
			opts.Features = append(opts.Features, value)
		case "--domain":
			opts.Domain = value
		case "--fingerprint":
			opts.Fingerprint = value
		case "--revocations":
			text, _ := os.ReadFile(value)
			opts.Revocations = strings.TrimSpace(string(text))
		case "--min-seq":
			opts.MinSeq, _ = strconv.ParseFloat(value, 64)
		case "--build-date":
			opts.BuildDate = value
		}
	}
	jwks, err := os.ReadFile(jwksPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	keys, err := LoadKeys(jwks)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code, claims := CheckLicense(token, keys, product, opts)
	usable := Usable(code, claims, opts.BuildDate)
	out, _ := json.Marshal(map[string]interface{}{"code": code, "usable": usable, "claims": claims})
	fmt.Println(string(out))
	if !usable {
		os.Exit(3)
	}
}
