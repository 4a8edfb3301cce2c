package gomod

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"

	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/internal/online"
)

// proxy fetches module documents through the GOPROXY protocol (go help
// goproxy): $base/$module/@v/list, $version.mod and $version.zip, each
// asked of GOPROXY's entries in turn. Answers are kept for the proxy's
// life (one Load and its Upgrade).
type proxy struct {
	env     GoEnv
	fetcher deps.Fetcher // nil: nothing can be fetched (offline)

	docs  online.Once[string, fetchedDoc] // by "$module/@v/$file"
	mu    sync.Mutex
	mods  map[module.Version]*goMod
	retrs map[string][]*modfile.Retract // by module path
}

type fetchedDoc struct {
	data []byte
	err  error
}

// goMod is a dependency's go.mod as the module graph reads it.
type goMod struct {
	data      []byte
	require   []module.Version
	pruned    bool   // go 1.17 or later: its own requirements are complete
	goVersion string // its go line: "1.21"; "" when it has none
	err       error
}

// get fetches "$module/@v/$file" from the first GOPROXY entry that has
// it: after ',' only a "not found" falls through, after '|' any error.
func (p *proxy) get(ctx context.Context, mod, file string) ([]byte, error) {
	d := p.docs.Get(mod+"/@v/"+file, func() fetchedDoc {
		data, err := p.fetch(ctx, mod, file)
		return fetchedDoc{data, err}
	})
	return d.data, d.err
}

func (p *proxy) fetch(ctx context.Context, mod, file string) ([]byte, error) {
	if p.env.direct(mod) {
		return nil, fmt.Errorf("%s: GONOPROXY or GOPRIVATE: %w", mod, ErrDirect)
	}
	esc, err := module.EscapePath(mod)
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, e := range p.env.Proxies {
		switch e.URL {
		case "off":
			return nil, fmt.Errorf("%s: %w", mod, ErrProxyOff)
		case "direct":
			if len(errs) > 0 {
				return nil, fmt.Errorf("%w; then %s: %w", errors.Join(errs...), mod, ErrDirect)
			}
			return nil, fmt.Errorf("%s: %w", mod, ErrDirect)
		}
		if p.fetcher == nil {
			return nil, fmt.Errorf("%s: %w", mod, deps.ErrNoRegistry)
		}
		data, err := p.fetcher.Fetch(ctx, e.URL+"/"+esc+"/@v/"+file, "")
		if err == nil {
			return data, nil
		}
		errs = append(errs, err)
		if !e.AnyError && !errors.Is(err, deps.ErrNotFound) {
			break
		}
	}
	return nil, errors.Join(errs...)
}

// versions lists the module's released versions, lowest first.
func (p *proxy) versions(ctx context.Context, mod string) ([]string, error) {
	b, err := p.get(ctx, mod, "list")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, v := range strings.Fields(string(b)) {
		if semver.IsValid(v) {
			out = append(out, v)
		}
	}
	semver.Sort(out)
	return out, nil
}

// goMod fetches and parses the go.mod of m.
func (p *proxy) goMod(ctx context.Context, m module.Version) *goMod {
	p.mu.Lock()
	if p.mods == nil {
		p.mods = map[module.Version]*goMod{}
	}
	if g, ok := p.mods[m]; ok {
		p.mu.Unlock()
		return g
	}
	p.mu.Unlock()
	g := &goMod{}
	ev, err := module.EscapeVersion(m.Version)
	if err == nil {
		g.data, err = p.get(ctx, m.Path, ev+".mod")
	}
	if err == nil {
		g.require, g.pruned, g.goVersion, err = parseDepGoMod(m, g.data)
	}
	g.err = err
	p.mu.Lock()
	p.mods[m] = g
	p.mu.Unlock()
	return g
}

// parseDepGoMod reads a dependency's go.mod leniently, as the go command
// does: only its requirements and go version count.
func parseDepGoMod(m module.Version, data []byte) (req []module.Version, pruned bool, goVersion string, err error) {
	f, err := modfile.ParseLax(m.Path+"@"+m.Version+"/go.mod", data, nil)
	if err != nil {
		return nil, false, "", err
	}
	for _, r := range f.Require {
		req = append(req, r.Mod)
	}
	if f.Go != nil {
		goVersion = f.Go.Version
	}
	return req, gover(goVersion, "1.17") >= 0, goVersion, nil
}

// gover compares two go versions ("1.21", "1.21.3", "1.22rc1"); "" is
// older than any.
func gover(a, b string) int {
	return semver.Compare(goSemver(a), goSemver(b))
}

// goSemver is a go version as a semantic version, close enough to order
// releases: "1.21" → v1.21.0, "1.22rc1" → v1.22.0-rc1.
func goSemver(v string) string {
	if v == "" {
		return "v0.0.0"
	}
	pre := ""
	if i := strings.IndexAny(v, "abcdefghijklmnopqrstuvwxyz"); i >= 0 {
		v, pre = v[:i], "-"+v[i:]
	}
	if strings.Count(v, ".") == 1 {
		v += ".0"
	}
	return "v" + v + pre
}

// retractions are the version ranges the module's latest release
// retracts (the go command reads them from that release's go.mod).
func (p *proxy) retractions(ctx context.Context, mod string, versions []string) []*modfile.Retract {
	p.mu.Lock()
	r, ok := p.retrs[mod]
	p.mu.Unlock()
	if ok {
		return r
	}
	latest := ""
	for _, v := range versions {
		if semver.Prerelease(v) == "" {
			latest = v
		}
	}
	if latest == "" && len(versions) > 0 {
		latest = versions[len(versions)-1]
	}
	if latest != "" {
		if g := p.goMod(ctx, module.Version{Path: mod, Version: latest}); g.err == nil {
			if f, err := modfile.ParseLax(mod+"@"+latest+"/go.mod", g.data, nil); err == nil {
				r = f.Retract
			}
		}
	}
	p.mu.Lock()
	if p.retrs == nil {
		p.retrs = map[string][]*modfile.Retract{}
	}
	p.retrs[mod] = r
	p.mu.Unlock()
	return r
}

// zip fetches the module zip of m.
func (p *proxy) zip(ctx context.Context, m module.Version) ([]byte, error) {
	ev, err := module.EscapeVersion(m.Version)
	if err != nil {
		return nil, err
	}
	return p.get(ctx, m.Path, ev+".zip")
}
