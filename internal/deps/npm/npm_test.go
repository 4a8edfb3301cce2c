package npm

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"deps.dev/util/semver"

	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/internal/deps/depstest"
	"github.com/dockerfix/dockerfix/internal/online"
)

var update = flag.Bool("update", false, "rewrite the .golden files")

// FakeRegistry serves testdata/registry/<name>.json as packuments on
// 127.0.0.1 and counts the requests.
func fakeRegistry(t *testing.T) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		name := strings.ReplaceAll(strings.TrimPrefix(r.URL.EscapedPath(), "/"), "%2f", "/")
		b, err := os.ReadFile(filepath.Join("testdata", "registry", filepath.FromSlash(name)+".json"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/vnd.npm.install-v1+json")
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

// atLeast is a target fixed from version min on.
func atLeast(name, min string) deps.Target {
	return deps.Target{Name: name, Fixed: func(v string) bool { return semver.NPM.Compare(v, min) >= 0 }}
}

// applyPlan writes the project with plan's edits applied into a new
// folder and returns it.
func applyPlan(t *testing.T, dir string, plan *deps.Plan) string {
	return depstest.ApplyPlan(t, filepath.Join("testdata", "projects", dir), []string{"package.json", "package-lock.json", "npm-shrinkwrap.json"}, plan)
}

func loadProject(t *testing.T, dir string, eco Ecosystem) *Project {
	t.Helper()
	p, err := eco.load(depstest.Dir(filepath.Join("testdata", "projects", dir)), "package.json")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUpgrade(t *testing.T) {
	tests := []struct {
		dir      string
		targets  []deps.Target
		policy   deps.Policy
		upgrades string // Plan.Describe
		safe     bool
		fixed    []deps.Locked
	}{
		// minimist 0.0.8 comes through mkdirp 0.5.1's exact requirement:
		// 0.5.2, the smallest patch that requires ^1.2.5, locks 1.2.8.
		{"basic", []deps.Target{atLeast("minimist", "1.2.6")}, deps.Minor, "bump mkdirp 0.5.1 → 0.5.2", true, []deps.Locked{{Name: "minimist", Version: "1.2.8"}}},
		// mkdirp 0.5.5 already admits a fixed minimist: the lockfile alone
		// moves.
		{"relock", []deps.Target{atLeast("minimist", "1.2.6")}, deps.Minor, "update the lockfile", true, []deps.Locked{{Name: "minimist", Version: "1.2.8"}}},
		// A direct dependency is bumped itself, to its smallest fixed
		// version, exact as it was.
		{"direct", []deps.Target{atLeast("minimist", "1.2.6")}, deps.Patch, "bump minimist 1.2.5 → 1.2.6", true, []deps.Locked{{Name: "minimist", Version: "1.2.6"}}},
		// v2 keeps the legacy tree in step; the nested 0.0.8 goes, the dev
		// copy at the top is already fixed.
		{"v2", []deps.Target{atLeast("minimist", "1.2.6")}, deps.Minor, "bump mkdirp 0.5.1 → 0.5.2", true, []deps.Locked{{Name: "minimist", Version: "1.2.8"}}},
	}
	srv, _ := fakeRegistry(t)
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			eco := Ecosystem{Fetcher: &deps.HTTPFetcher{Session: &online.Session{}}, Registry: srv.URL}
			p := loadProject(t, tt.dir, eco)
			plan, err := p.Upgrade(context.Background(), tt.targets, tt.policy)
			if err != nil {
				t.Fatal(err)
			}
			if got := plan.Describe(); got != tt.upgrades {
				t.Errorf("plan %q, want %q", got, tt.upgrades)
			}
			if plan.Safe() != tt.safe {
				t.Errorf("safe = %v", plan.Safe())
			}
			if len(plan.Unresolved) > 0 {
				t.Errorf("unresolved: %+v", plan.Unresolved)
			}
			if !slices.Equal(plan.Fixed, tt.fixed) {
				t.Errorf("fixed %v, want %v", plan.Fixed, tt.fixed)
			}
			out := applyPlan(t, tt.dir, plan)
			for _, name := range []string{"package.json", "package-lock.json"} {
				b, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Fatal(err)
				}
				depstest.Golden(t, b, filepath.Join("testdata", "projects", tt.dir, name+".golden"), *update)
			}
			checkConsistent(t, out)
			npmLs(t, out)

			// The result is a fixed point: nothing left to do.
			again, err := eco.load(depstest.Dir(out), "package.json")
			if err != nil {
				t.Fatal(err)
			}
			plan2, err := again.Upgrade(context.Background(), tt.targets, tt.policy)
			if err != nil {
				t.Fatal(err)
			}
			if len(plan2.Edits) > 0 || len(plan2.Upgrades) > 0 {
				t.Errorf("second plan not empty: %+v", plan2)
			}
		})
	}
}

// checkConsistent checks that every requirement of the lockfile in dir
// resolves, by Node's lookup, to a version that satisfies its range, and
// that package.json's requirements are the lockfile root's.
func checkConsistent(t *testing.T, dir string) {
	t.Helper()
	p, err := Ecosystem{}.load(depstest.Dir(dir), "package.json")
	if err != nil {
		t.Fatal(err)
	}
	entries := p.lock.entries
	for _, k := range sortedKeys(entries) {
		for _, d := range entries[k].edges() {
			found := lookup(entries, k, d.name)
			if found == "" {
				if !d.optional {
					t.Errorf("%q requires %s@%s: not locked", k, d.name, d.spec)
				}
				continue
			}
			if v := entries[follow(entries, found)].version; !satisfies(v, d.spec) {
				t.Errorf("%q requires %s@%s: %s has %s", k, d.name, d.spec, found, v)
			}
		}
	}
	root := entries[""]
	for _, field := range []string{"dependencies", "devDependencies", "optionalDependencies"} {
		for _, d := range p.mval.stringMap(field) {
			if !slices.ContainsFunc(root.deps, func(x dep) bool { return x.name == d.name && x.spec == d.spec }) {
				t.Errorf("package.json %s %s@%s is not the lockfile root's", field, d.name, d.spec)
			}
		}
	}
	reached, prod := reach(state(entries), true), reach(state(entries), false)
	for k, e := range entries {
		if !reached[k] {
			t.Errorf("%q is locked but nothing requires it", k)
		}
		if k != "" && e.dev == prod[k] {
			t.Errorf("%q: dev is %v, but production needs it: %v", k, e.dev, prod[k])
		}
	}
	if legacy := p.lock.legacy; legacy != nil {
		for _, m := range legacy.members {
			if e := entries[childKey("", m.key)]; e == nil || e.version != m.val.text("version") {
				t.Errorf("legacy dependencies[%q] is %s, packages has %v", m.key, m.val.text("version"), e)
			}
		}
	}
}

// npmLs runs the real `npm ls --package-lock-only` over dir, which fails on
// a lockfile that does not satisfy package.json or itself.
func npmLs(t *testing.T, dir string) {
	t.Helper()
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Log("npm is not installed: the lockfile is not checked by npm ls")
		return
	}
	cmd := exec.Command(npm, "ls", "--all", "--package-lock-only", "--offline")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "npm_config_cache="+t.TempDir(), "npm_config_update_notifier=false", "npm_config_registry=http://127.0.0.1:9/")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Errorf("npm ls --package-lock-only: %v\n%s", err, out)
	}
}

func TestUnresolved(t *testing.T) {
	srv, _ := fakeRegistry(t)
	eco := Ecosystem{Fetcher: &deps.HTTPFetcher{}, Registry: srv.URL}
	for _, tt := range []struct {
		dir    string
		target deps.Target
		policy deps.Policy
		reason string
	}{
		// No 0.5.x mkdirp requires minimist 2 (1.0.4, a major, drops it).
		{"basic", atLeast("minimist", "2.0.0"), deps.Minor, "no minor upgrade of mkdirp locks a fixed minimist"},
		// 1.2.6 is a patch away, but a patch policy keeps 1.2.x of minimist
		// and here asks for 1.3.
		{"direct", atLeast("minimist", "1.3.0"), deps.Patch, "no patch upgrade of minimist locks a fixed minimist"},
	} {
		p := loadProject(t, tt.dir, eco)
		plan, err := p.Upgrade(context.Background(), []deps.Target{tt.target}, tt.policy)
		if err != nil {
			t.Fatal(err)
		}
		if len(plan.Unresolved) != 1 || plan.Unresolved[0].Reason != tt.reason {
			t.Errorf("%s: unresolved %+v, want %q", tt.dir, plan.Unresolved, tt.reason)
		}
		if len(plan.Edits) != 0 || len(plan.Upgrades) != 0 {
			t.Errorf("%s: a plan that fixes nothing edits: %+v", tt.dir, plan)
		}
	}
}

func TestOffline(t *testing.T) {
	p := loadProject(t, "basic", Ecosystem{})
	_, err := p.Upgrade(context.Background(), []deps.Target{atLeast("minimist", "1.2.6")}, deps.Minor)
	if !errors.Is(err, deps.ErrNoRegistry) {
		t.Errorf("offline upgrade: %v, want ErrNoRegistry", err)
	}
}

func TestGraph(t *testing.T) {
	p := loadProject(t, "v2", Ecosystem{})
	g := p.Graph()
	var got []string
	for i, n := range g.Nodes[1:] {
		got = append(got, fmt.Sprintf("%s@%s dev=%v via=%v", n.Name, n.Version, n.Dev, g.Via(i+1)))
	}
	want := []string{
		"minimist@1.2.8 dev=true via=[minimist]",
		"mkdirp@0.5.1 dev=false via=[mkdirp]",
		"minimist@0.0.8 dev=false via=[mkdirp]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("graph:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if g.Manifest != "package.json" || g.Lockfile != "package-lock.json" {
		t.Errorf("paths %q %q", g.Manifest, g.Lockfile)
	}
}

func TestRegistryURL(t *testing.T) {
	ctx := depstest.Files{
		"app/.npmrc":       "; comment\nregistry = https://npm.corp.example/\n@scope:registry=https://scoped.example/npm\n@local:registry=file:///etc/\n",
		"app/package.json": "{}",
	}
	for _, tt := range []struct {
		eco       Ecosystem
		dir, name string
		want      string
	}{
		{Ecosystem{}, ".", "mkdirp", "https://registry.npmjs.org/mkdirp"},
		{Ecosystem{Registry: "http://127.0.0.1:9"}, ".", "@types/node", "http://127.0.0.1:9/@types%2fnode"},
		{Ecosystem{Registry: "http://config.example/"}, "app", "mkdirp", "https://npm.corp.example/mkdirp"},
		{Ecosystem{}, "app", "@scope/x", "https://scoped.example/npm/@scope%2fx"},
		{Ecosystem{}, "app", "@local/x", "https://npm.corp.example/@local%2fx"}, // a file:// registry is ignored
		{Ecosystem{Override: "http://env.example/"}, "app", "mkdirp", "http://env.example/mkdirp"},
	} {
		if got := tt.eco.registryFor(ctx, tt.dir).url(tt.name); got != tt.want {
			t.Errorf("%+v in %s: %s, want %s", tt.eco, tt.dir, got, tt.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tt := range []struct {
		files map[string]string
		want  string
	}{
		{map[string]string{"package.json": "{}"}, "package.json: no lockfile"},
		{map[string]string{"package.json": "{", "package-lock.json": "{}"}, "package.json: unexpected end of JSON input"},
		{map[string]string{"package.json": "{}", "package-lock.json": `{"lockfileVersion": 1, "dependencies": {}}`}, "package-lock.json: lockfileVersion 1 has no \"packages\""},
		{map[string]string{"package.json": "{}", "package-lock.json": `{"lockfileVersion": 3, "packages": {"node_modules/a": {}}}`}, "package-lock.json: no root package"},
	} {
		_, err := Ecosystem{}.Load(depstest.Files(tt.files), "package.json")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%v: error %v, want %q…", tt.files, err, tt.want)
		}
	}
	_, err := Ecosystem{}.Load(depstest.Files{"package.json": "{}"}, "package.json")
	if !errors.Is(err, deps.ErrNoLockfile) {
		t.Errorf("no lockfile: %v does not wrap ErrNoLockfile", err)
	}
}

func TestShrinkwrapPreferred(t *testing.T) {
	lock := `{"lockfileVersion": 3, "packages": {"": {"name": "x"}}}`
	p, err := Ecosystem{}.Load(depstest.Files{"package.json": "{}", "package-lock.json": lock, "npm-shrinkwrap.json": lock}, "package.json")
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Graph().Lockfile; got != "npm-shrinkwrap.json" {
		t.Errorf("lockfile %s, want npm-shrinkwrap.json", got)
	}
}

func TestNewSpec(t *testing.T) {
	for _, tt := range []struct{ old, v, want string }{
		{"^1.2.3", "1.4.0", "^1.4.0"},
		{"~0.5.1", "0.5.2", "~0.5.2"},
		{"0.5.1", "0.5.2", "0.5.2"},
		{"=0.5.1", "0.5.2", "0.5.2"},
		{">=1 <3", "2.0.0", ">=1 <3"},
		{"1.x", "2.1.0", "^2.1.0"},
		{"*", "2.1.0", "*"},
	} {
		if got := newSpec(tt.old, tt.v); got != tt.want {
			t.Errorf("newSpec(%q, %q) = %q, want %q", tt.old, tt.v, got, tt.want)
		}
	}
}
