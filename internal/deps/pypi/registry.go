package pypi

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"deps.dev/util/semver"

	"github.com/dockerfix/dockerfix/internal/deps"
)

const acceptJSON = "application/json"

// projectDoc is the part of /pypi/<name>/json Upgrade reads: every
// release's files.
type projectDoc struct {
	Releases map[string][]fileDoc `json:"releases"`
	sorted   []string             // installable versions, lowest first
}

// fileDoc is one distribution file of a release.
type fileDoc struct {
	Filename       string  `json:"filename"`
	RequiresPython *string `json:"requires_python"`
	Yanked         bool    `json:"yanked"`
	Digests        struct {
		SHA256 string `json:"sha256"`
	} `json:"digests"`
}

// releaseDoc is the part of /pypi/<name>/<version>/json Upgrade reads.
type releaseDoc struct {
	Info struct {
		Name         string   `json:"name"`
		Version      string   `json:"version"`
		RequiresDist []string `json:"requires_dist"`
	} `json:"info"`
	URLs []fileDoc `json:"urls"`
}

// registry fetches and parses JSON API documents for one Upgrade.
type registry struct {
	fetcher  deps.Fetcher
	base     string
	env      environment
	mu       sync.Mutex
	projects map[string]*projectDoc
	releases map[string]*releaseDoc // "key\x00version"
}

func (r *registry) get(ctx context.Context, u string, into any) error {
	if r.fetcher == nil {
		return fmt.Errorf("%s: %w", u, deps.ErrNoRegistry)
	}
	b, err := r.fetcher.Fetch(ctx, u, acceptJSON)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, into); err != nil {
		return fmt.Errorf("%s: %v", u, err)
	}
	return nil
}

// project is the versions of key that pip would install on the
// environment's Python: a release with a file that is not yanked and
// whose requires_python admits it.
func (r *registry) project(ctx context.Context, key string) (*projectDoc, error) {
	r.mu.Lock()
	doc, ok := r.projects[key]
	r.mu.Unlock()
	if ok {
		return doc, nil
	}
	doc = &projectDoc{}
	if err := r.get(ctx, r.base+key+"/json", doc); err != nil {
		return nil, err
	}
	py := r.env.values()["python_version"]
	for v, files := range doc.Releases {
		if _, err := semver.PyPI.Parse(v); err != nil {
			continue
		}
		if slices.ContainsFunc(files, func(f fileDoc) bool {
			return !f.Yanked && (f.RequiresPython == nil || *f.RequiresPython == "" || matchesOrUnreadable(*f.RequiresPython, py))
		}) {
			doc.sorted = append(doc.sorted, v)
		}
	}
	slices.SortFunc(doc.sorted, semver.PyPI.Compare)
	r.mu.Lock()
	if r.projects == nil {
		r.projects = map[string]*projectDoc{}
	}
	r.projects[key] = doc
	r.mu.Unlock()
	return doc, nil
}

// matchesOrUnreadable: a requires_python that does not parse does not
// exclude the release (pip warns and goes on).
func matchesOrUnreadable(spec, version string) bool {
	c, err := semver.PyPI.ParseConstraint(spec)
	return err != nil || c.Match(version)
}

// release is one version's document.
func (r *registry) release(ctx context.Context, key, version string) (*releaseDoc, error) {
	k := key + "\x00" + version
	r.mu.Lock()
	doc, ok := r.releases[k]
	r.mu.Unlock()
	if ok {
		return doc, nil
	}
	doc = &releaseDoc{}
	if err := r.get(ctx, r.base+key+"/"+version+"/json", doc); err != nil {
		return nil, err
	}
	r.mu.Lock()
	if r.releases == nil {
		r.releases = map[string]*releaseDoc{}
	}
	r.releases[k] = doc
	r.mu.Unlock()
	return doc, nil
}

// requirements are the version's requirements that apply on the
// environment with extras requested.
func (r *registry) requirements(ctx context.Context, key, version string, extras []string) ([]requirement, error) {
	doc, err := r.release(ctx, key, version)
	if err != nil {
		return nil, err
	}
	var out []requirement
	for _, s := range doc.Info.RequiresDist {
		req, err := parseRequirement(s)
		if err != nil || req.url || !r.env.applies(req.marker, extras) {
			continue
		}
		out = append(out, req)
	}
	return out, nil
}

// hashes are the sha256 digests of the version's files, sorted, as
// pip-compile --generate-hashes writes them.
func (r *registry) hashes(ctx context.Context, key, version string) ([]string, error) {
	doc, err := r.release(ctx, key, version)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range doc.URLs {
		if f.Digests.SHA256 != "" {
			out = append(out, "sha256:"+f.Digests.SHA256)
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// pick is the highest installable final release that meets every
// specifier and accept (nil accepts all); ok is false when there is none.
func (d *projectDoc) pick(specs []string, accept func(string) bool) (string, bool) {
	for i := len(d.sorted) - 1; i >= 0; i-- {
		v := d.sorted[i]
		if pv, err := semver.PyPI.Parse(v); err != nil || pv.IsPrerelease() {
			continue
		}
		if (accept == nil || accept(v)) && !slices.ContainsFunc(specs, func(s string) bool { return !matches(s, v) }) {
			return v, true
		}
	}
	return "", false
}
