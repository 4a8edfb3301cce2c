package gomod

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/mod/sumdb/note"
)

// DefaultProxy is the go command's GOPROXY when none is set.
const DefaultProxy = "https://proxy.golang.org,direct"

// knownSumDBs are the verifier keys of the checksum databases GOSUMDB may
// name by host alone, as the go command knows them.
var knownSumDBs = map[string]string{
	"sum.golang.org": "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8",
}

// ErrDirect is wrapped by a look-up that the go command would make from
// version control (GOPROXY's direct, GONOPROXY, GOPRIVATE), which dockerfix
// does not do.
var ErrDirect = errors.New("dockerfix does not fetch modules from version control (GOPROXY=direct)")

// ErrProxyOff is wrapped by a look-up that GOPROXY=off forbids.
var ErrProxyOff = errors.New("module lookup disabled by GOPROXY=off")

// GoEnv is the part of the go command's environment (go help environment)
// that decides where modules come from, which checksums the checksum
// database vouches for, and whether the build may complete go.sum itself.
type GoEnv struct {
	Proxies []ProxyEntry
	// NoProxy (GONOPROXY, else GOPRIVATE) and NoSumDB (GONOSUMDB, its old
	// name GONOSUMCHECK, else GOPRIVATE) are comma-separated glob patterns
	// of module path prefixes.
	NoProxy, NoSumDB string
	// SumDB is the checksum database; nil when GOSUMDB=off or SumDBErr.
	SumDB *SumDB
	// SumDBErr is why GOSUMDB cannot be read: the graph does not need
	// it, new go.sum lines do.
	SumDBErr error
	// ModFlag is GOFLAGS' -mod value ("mod", "readonly", "vendor" or "").
	ModFlag string
}

// ProxyEntry is one GOPROXY entry.
type ProxyEntry struct {
	// URL is an http(s) or file URL, or the keyword "direct" or "off".
	URL string
	// AnyError: the entry is followed by '|', so any error falls through
	// to the next; after ',' only "not found" does.
	AnyError bool
}

// SumDB is a checksum database as GOSUMDB names it.
type SumDB struct {
	Name, Key string // "sum.golang.org", its verifier key
	URL       string // where to ask it; "" is https://Name, or a proxy's /sumdb/Name
}

// ReadGoEnv reads the go command's variables through getenv (nil: none
// set), with the go command's defaults and syntax.
func ReadGoEnv(getenv func(string) string) (GoEnv, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	or := func(v, def string) string {
		if v == "" {
			return def
		}
		return v
	}
	var env GoEnv
	var err error
	if env.Proxies, err = parseGOPROXY(or(getenv("GOPROXY"), DefaultProxy)); err != nil {
		return GoEnv{}, err
	}
	private := getenv("GOPRIVATE")
	env.NoProxy = or(getenv("GONOPROXY"), private)
	env.NoSumDB = or(getenv("GONOSUMDB"), or(getenv("GONOSUMCHECK"), private))
	env.SumDB, env.SumDBErr = parseGOSUMDB(or(getenv("GOSUMDB"), "sum.golang.org"))
	for _, f := range strings.Fields(getenv("GOFLAGS")) {
		if v, ok := strings.CutPrefix(strings.TrimLeft(f, "-"), "mod="); ok {
			env.ModFlag = v
		}
	}
	return env, nil
}

// parseGOPROXY reads GOPROXY as the go command does: entries separated by
// ',' or '|', "off" and "direct" ending the list, a URL without a scheme
// taken as https.
func parseGOPROXY(list string) ([]ProxyEntry, error) {
	var out []ProxyEntry
	for list != "" {
		var entry string
		anyError := false
		if i := strings.IndexAny(list, ",|"); i >= 0 {
			entry, anyError, list = list[:i], list[i] == '|', list[i+1:]
		} else {
			entry, list = list, ""
		}
		entry = strings.TrimSpace(entry)
		switch {
		case entry == "":
			continue
		case entry == "off", entry == "direct":
			return append(out, ProxyEntry{URL: entry}), nil
		}
		if strings.ContainsAny(entry, ".:/") && !strings.Contains(entry, ":/") && !filepath.IsAbs(entry) && !path.IsAbs(entry) {
			entry = "https://" + entry
		}
		u, err := url.Parse(entry)
		if err != nil || u.Scheme != "https" && u.Scheme != "http" && u.Scheme != "file" {
			return nil, fmt.Errorf("GOPROXY: invalid proxy URL %q (want https, http or file)", entry)
		}
		out = append(out, ProxyEntry{URL: strings.TrimSuffix(entry, "/"), AnyError: anyError})
	}
	if len(out) == 0 {
		return nil, errors.New("GOPROXY: the list has no entries")
	}
	return out, nil
}

// parseGOSUMDB reads GOSUMDB: "off", a known host, "name+key" or
// "name+key URL".
func parseGOSUMDB(s string) (*SumDB, error) {
	if s == "off" {
		return nil, nil
	}
	if s == "sum.golang.google.cn" {
		s = "sum.golang.org https://sum.golang.google.cn"
	}
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 {
		return nil, fmt.Errorf("GOSUMDB: want a key and at most a URL, got %q", s)
	}
	if k, ok := knownSumDBs[f[0]]; ok {
		f[0] = k
	}
	v, err := note.NewVerifier(f[0])
	if err != nil {
		return nil, fmt.Errorf("GOSUMDB: %v", err)
	}
	db := &SumDB{Name: v.Name(), Key: f[0]}
	if len(f) == 2 {
		if u, err := url.Parse(f[1]); err != nil || u.Scheme == "" {
			return nil, fmt.Errorf("GOSUMDB: invalid URL %q", f[1])
		}
		db.URL = strings.TrimSuffix(f[1], "/")
	}
	return db, nil
}

// direct reports whether the go command fetches mod from version control
// (GONOPROXY, GOPRIVATE).
func (e GoEnv) direct(mod string) bool {
	return module.MatchPrefixPatterns(e.NoProxy, mod)
}

// checkedBySumDB reports whether new go.sum lines for mod must be vouched
// for by the checksum database.
func (e GoEnv) checkedBySumDB(mod string) bool {
	return (e.SumDB != nil || e.SumDBErr != nil) && !module.MatchPrefixPatterns(e.NoSumDB, mod)
}

// completesGoSum reports whether the build adds missing go.sum lines itself
// (GOFLAGS=-mod=mod), checked by the checksum database as it does.
func (e GoEnv) completesGoSum() bool { return e.ModFlag == "mod" }
