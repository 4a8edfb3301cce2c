package gomod

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"

	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/internal/deps/depstest"
	"github.com/dockerfix/dockerfix/internal/deps/gomod/gomodtest"
)

var update = flag.Bool("update", false, "rewrite the .golden files")

// applyPlan copies the project in src into a new folder with plan's
// edits applied and returns it.
func applyPlan(t *testing.T, src string, plan *deps.Plan) string {
	return depstest.ApplyPlan(t, src, projectFiles, plan)
}

// projectFiles are the files of a testdata project.
var projectFiles = []string{"go.mod", "go.sum", "main.go"}

// testProxy writes the proxy of testdata/mod and returns its file:// URL.
func testProxy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := gomodtest.WriteProxy(dir, filepath.Join("testdata", "mod")); err != nil {
		t.Fatal(err)
	}
	return gomodtest.URL(dir)
}

// envOf is a Getenv over vars.
func envOf(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// proxyEco reads projects through the file:// proxy, with the testdata
// modules exempt from the checksum database, as the go command would
// need them to be.
func proxyEco(url string) Ecosystem {
	return Ecosystem{Fetcher: deps.LocalFetcher{}, Getenv: envOf(map[string]string{"GOPROXY": url, "GONOSUMDB": "example.com"})}
}

// atLeast is a target fixed from version min on.
func atLeast(name, min string) deps.Target {
	return deps.Target{Name: name, Fixed: func(v string) bool { return semver.Compare(v, min) >= 0 }}
}

func loadProject(t *testing.T, dir string, eco Ecosystem) *Project {
	t.Helper()
	p, err := eco.load(context.Background(), depstest.Dir(dir), "go.mod")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUpgrade(t *testing.T) {
	const parse = "example.com/htmlparse"
	tests := []struct {
		dir    string
		policy deps.Policy
		plan   string // Plan.Describe
		safe   bool
		fixed  string
	}{
		// htmlparse v0.17.0 comes through httpkit v1.2.0; v1.2.1 still
		// requires it, v1.3.0 requires v0.23.0: a minor bump.
		{dir: "basic", policy: deps.Minor, plan: "bump example.com/httpkit v1.2.0 → v1.3.0", fixed: "v0.23.0"},
		// A patch of the direct dependency fixes it: safe.
		{dir: "patch", policy: deps.Minor, plan: "bump example.com/cli v1.0.0 → v1.0.1", safe: true, fixed: "v0.23.0"},
		// webkit v1.1.0 needs a new module: go.mod's one-line indirect
		// require becomes a block with it.
		{dir: "newmod", policy: deps.Minor, plan: "bump example.com/webkit v1.0.0 → v1.1.0", fixed: "v0.23.0"},
		// router v1.2.0 retracts v1.1.0, which is skipped.
		{dir: "retract", policy: deps.Minor, plan: "bump example.com/router v1.0.0 → v1.2.0", fixed: "v0.23.0"},
		// A go 1.16 module: the whole graph is read, through deeplib;
		// go.mod lists oldlib alone.
		{dir: "unpruned", policy: deps.Minor, plan: "bump example.com/oldlib v1.0.0 → v1.1.0", fixed: "v0.23.0"},
		// The vulnerable module is a direct requirement.
		{dir: "direct", policy: deps.Minor, plan: "bump example.com/htmlparse v0.17.0 → v0.23.0", fixed: "v0.23.0"},
		// modernkit v1.1.0 says go 1.22: go get raises go.mod's go line.
		{dir: "goline", policy: deps.Minor, plan: "bump example.com/modernkit v1.0.0 → v1.1.0, go 1.21 → 1.22", fixed: "v0.23.0"},
	}
	url := testProxy(t)
	eco := proxyEco(url)
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			t.Parallel()
			src := filepath.Join("testdata", "projects", tt.dir)
			p := loadProject(t, src, eco)
			targets := []deps.Target{atLeast(parse, "v0.23.0")}
			plan, err := p.Upgrade(context.Background(), targets, tt.policy)
			if err != nil {
				t.Fatal(err)
			}
			if got := plan.Describe(); got != tt.plan {
				t.Errorf("plan %q, want %q", got, tt.plan)
			}
			if plan.Safe() != tt.safe {
				t.Errorf("safe = %v", plan.Safe())
			}
			if len(plan.Unresolved) > 0 {
				t.Errorf("unresolved: %+v", plan.Unresolved)
			}
			if want := []deps.Locked{{Name: parse, Version: tt.fixed}}; !slices.Equal(plan.Fixed, want) {
				t.Errorf("fixed %v, want %v", plan.Fixed, want)
			}
			out := applyPlan(t, src, plan)
			for _, name := range []string{"go.mod", "go.sum"} {
				b, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Fatal(err)
				}
				depstest.Golden(t, b, filepath.Join(src, name+".golden"), *update)
			}
			goCheck(t, out, url)

			// The result is a fixed point.
			again := loadProject(t, out, eco)
			plan2, err := again.Upgrade(context.Background(), targets, tt.policy)
			if err != nil {
				t.Fatal(err)
			}
			if len(plan2.Edits) > 0 || len(plan2.Upgrades) > 0 {
				t.Errorf("second plan not empty: %+v", plan2)
			}
		})
	}
}

// goCheck has the real go command check the project in dir against the
// proxy, with no network (gomodtest.Checks).
func goCheck(t *testing.T, dir, proxyURL string) {
	t.Helper()
	goCmd, err := gomodtest.GoCommand()
	if err != nil {
		t.Skip("no go command: the written go.mod and go.sum are not checked by go")
	}
	env := gomodtest.GoEnv(proxyURL, t.TempDir())
	for _, args := range gomodtest.Checks {
		cmd := exec.Command(goCmd, args...)
		cmd.Dir = dir
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

func TestUnresolved(t *testing.T) {
	eco := proxyEco(testProxy(t))
	for _, tt := range []struct {
		dir    string
		target deps.Target
		policy deps.Policy
		reason string
	}{
		// httpkit v1.2.1 still requires v0.17.0.
		{"basic", atLeast("example.com/htmlparse", "v0.23.0"), deps.Patch, "no patch upgrade of example.com/httpkit selects a fixed example.com/htmlparse"},
		// No release of htmlparse is fixed.
		{"direct", atLeast("example.com/htmlparse", "v9.0.0"), deps.Major, "no major upgrade of example.com/htmlparse selects a fixed example.com/htmlparse"},
	} {
		p := loadProject(t, filepath.Join("testdata", "projects", tt.dir), eco)
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

func TestGraph(t *testing.T) {
	p := loadProject(t, filepath.Join("testdata", "projects", "unpruned"), proxyEco(testProxy(t)))
	g := p.Graph()
	var got []string
	for i, n := range g.Nodes[1:] {
		got = append(got, fmt.Sprintf("%s@%s via=%v", n.Name, n.Version, g.Via(i+1)))
	}
	want := []string{
		"example.com/deeplib@v1.0.0 via=[example.com/oldlib]",
		"example.com/htmlparse@v0.17.0 via=[example.com/oldlib]",
		"example.com/oldlib@v1.0.0 via=[example.com/oldlib]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("graph:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if g.Nodes[0].Name != "example.com/app" || g.Manifest != "go.mod" || g.Lockfile != "go.sum" {
		t.Errorf("root %q, paths %q %q", g.Nodes[0].Name, g.Manifest, g.Lockfile)
	}
	if p.graph.err != nil {
		t.Errorf("graph error: %v", p.graph.err)
	}
}

// Without a module source, the graph is go.mod's: the direct requirements
// hang from the root, the indirect ones from nothing; Upgrade asks for
// the network.
func TestOffline(t *testing.T) {
	dir := filepath.Join("testdata", "projects", "basic")
	for _, eco := range []Ecosystem{{}, {Fetcher: deps.LocalFetcher{}}} {
		p := loadProject(t, dir, eco)
		g := p.Graph()
		i := g.Find("example.com/htmlparse")
		if len(i) != 1 || len(g.Via(i[0])) != 0 || p.direct("example.com/htmlparse") {
			t.Errorf("offline, htmlparse is %v via %v", i, g.Via(i[0]))
		}
		if len(g.Nodes[0].Deps) != 2 {
			t.Errorf("offline root deps %v, want httpkit and logfmt", g.Nodes[0].Deps)
		}
		if !errors.Is(p.graph.err, deps.ErrNoRegistry) {
			t.Errorf("graph error %v, want ErrNoRegistry", p.graph.err)
		}
		_, err := p.Upgrade(context.Background(), []deps.Target{atLeast("example.com/htmlparse", "v0.23.0")}, deps.Minor)
		if !errors.Is(err, deps.ErrNoRegistry) {
			t.Errorf("offline upgrade: %v, want ErrNoRegistry", err)
		}
	}
}

// A GOPROXY that cannot be read leaves go.mod's graph, and Upgrade says
// why it has no more.
func TestBadGOPROXY(t *testing.T) {
	eco := Ecosystem{Fetcher: deps.LocalFetcher{}, Getenv: envOf(map[string]string{"GOPROXY": "ftp://mirror.example"})}
	p := loadProject(t, filepath.Join("testdata", "projects", "basic"), eco)
	if n := len(p.Graph().Nodes); n != 4 {
		t.Errorf("graph of %d nodes, want the root and go.mod's 3 requirements", n)
	}
	_, err := p.Upgrade(context.Background(), []deps.Target{atLeast("example.com/htmlparse", "v0.23.0")}, deps.Minor)
	if err == nil || !strings.HasPrefix(err.Error(), "GOPROXY: invalid proxy URL") {
		t.Errorf("Upgrade: %v, want the GOPROXY error", err)
	}
}

func TestVendored(t *testing.T) {
	files := depstest.Files{}
	for _, name := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join("testdata", "projects", "basic", name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(b)
	}
	files["vendor/modules.txt"] = "# example.com/httpkit v1.2.0\n"
	url := testProxy(t)
	target := []deps.Target{atLeast("example.com/htmlparse", "v0.23.0")}
	for flags, vendored := range map[string]bool{"": true, "-mod=vendor": true, "-mod=mod": false} {
		eco := Ecosystem{Fetcher: deps.LocalFetcher{}, Getenv: envOf(map[string]string{"GOPROXY": url, "GONOSUMDB": "example.com", "GOFLAGS": flags})}
		p, err := eco.Load(files, "go.mod")
		if err != nil {
			t.Fatal(err)
		}
		_, err = p.Upgrade(context.Background(), target, deps.Minor)
		if got := errors.Is(err, ErrVendored); got != vendored {
			t.Errorf("GOFLAGS=%q: %v, want vendored %v", flags, err, vendored)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tt := range []struct {
		files map[string]string
		want  string
	}{
		{map[string]string{"go.mod": "module x\n"}, "go.mod: no lockfile"},
		{map[string]string{"go.mod": "module x\nrequire (\n", "go.sum": ""}, "go.mod:3: syntax error"},
		{map[string]string{"go.mod": "go 1.21\n", "go.sum": ""}, "go.mod: no module line"},
		{map[string]string{"go.mod": "module x\n", "go.sum": "x v1.0.0\n"}, "go.sum:1: malformed go.sum line"},
	} {
		_, err := Ecosystem{}.Load(depstest.Files(tt.files), "go.mod")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%v: error %v, want %q…", tt.files, err, tt.want)
		}
	}
	_, err := Ecosystem{}.Load(depstest.Files{"go.mod": "module x\n"}, "go.mod")
	if !errors.Is(err, deps.ErrNoLockfile) {
		t.Errorf("no go.sum: %v does not wrap ErrNoLockfile", err)
	}
}

func TestCompareSumKeys(t *testing.T) {
	k := func(p, v string, goMod bool) sumKey { return sumKey{module.Version{Path: p, Version: v}, goMod} }
	ordered := []sumKey{
		k("a.example/x", "v1.2.0", false),
		k("a.example/x", "v1.2.0", true),
		k("a.example/x", "v1.10.0", false), // semver order, not text order
		k("a.example/x/v2", "v2.0.0", true),
		k("b.example/y", "v0.0.0-20200101000000-abcdefabcdef", false),
		k("b.example/y", "v0.1.0", false),
	}
	for i := range ordered {
		for j := range ordered {
			if got, want := compareSumKeys(ordered[i], ordered[j]), cmp.Compare(i, j); got != want {
				t.Errorf("compareSumKeys(%v, %v) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
}

// TestRewriteSum checks that go.sum's edits touch only the lines dropped
// and inserted, and keep every other byte (an unsorted or foreign line, a
// last line without a newline).
func TestRewriteSum(t *testing.T) {
	src := "a.example/x v1.0.0 h1:A=\n" +
		"a.example/x v1.0.0/go.mod h1:B=\n" +
		"z.example/kept v1.0.0/go.mod h1:C=\n" +
		"c.example/z v1.0.0/go.mod h1:D="
	sum, err := parseGoSum("go.sum", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p := &Project{sumPath: "go.sum", sumSrc: []byte(src), sum: sum}
	for _, tt := range []struct {
		drop  []bool
		lines []string
		want  string
	}{
		{[]bool{true, true, false, false}, []string{"a.example/x v1.1.0 h1:E=\n", "a.example/x v1.1.0/go.mod h1:F=\n"},
			"a.example/x v1.1.0 h1:E=\na.example/x v1.1.0/go.mod h1:F=\nz.example/kept v1.0.0/go.mod h1:C=\nc.example/z v1.0.0/go.mod h1:D="},
		{[]bool{false, false, false, false}, []string{"zz.example/new v1.0.0/go.mod h1:G=\n"},
			src + "\nzz.example/new v1.0.0/go.mod h1:G=\n"},
		// Before the first kept line that sorts after it.
		{[]bool{false, false, false, false}, []string{"d.example/new v1.0.0/go.mod h1:G=\n"},
			"a.example/x v1.0.0 h1:A=\na.example/x v1.0.0/go.mod h1:B=\nd.example/new v1.0.0/go.mod h1:G=\nz.example/kept v1.0.0/go.mod h1:C=\nc.example/z v1.0.0/go.mod h1:D="},
		{[]bool{false, false, false, true}, nil, "a.example/x v1.0.0 h1:A=\na.example/x v1.0.0/go.mod h1:B=\nz.example/kept v1.0.0/go.mod h1:C=\n"},
		{[]bool{false, true, false, false}, []string{"b.example/y v1.0.0 h1:H=\n"},
			"a.example/x v1.0.0 h1:A=\nb.example/y v1.0.0 h1:H=\nz.example/kept v1.0.0/go.mod h1:C=\nc.example/z v1.0.0/go.mod h1:D="},
	} {
		edits := p.rewriteSum(tt.drop, tt.lines)
		got, err := depstest.Apply([]byte(src), edits)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tt.want {
			t.Errorf("drop %v, add %q:\n%s\nwant:\n%s", tt.drop, tt.lines, got, tt.want)
		}
	}
}

// TestInsertRequires checks where a newly needed module's requirement
// goes: in path order in the block of indirect ones, into a block made of
// a one-line indirect require, or at the end.
func TestInsertRequires(t *testing.T) {
	add := func(p string) module.Version { return module.Version{Path: p, Version: "v1.0.0"} }
	for _, tt := range []struct {
		gomod string
		added []module.Version
		want  string
	}{
		{"module m\n\ngo 1.21\n\nrequire x.example/a v1.0.0\n\nrequire (\n    x.example/c v1.0.0 // indirect\n    x.example/e v1.0.0 // indirect\n)\n",
			[]module.Version{add("x.example/b"), add("x.example/d"), add("x.example/f")},
			"module m\n\ngo 1.21\n\nrequire x.example/a v1.0.0\n\nrequire (\n    x.example/b v1.0.0 // indirect\n    x.example/c v1.0.0 // indirect\n    x.example/d v1.0.0 // indirect\n    x.example/e v1.0.0 // indirect\n    x.example/f v1.0.0 // indirect\n)\n"},
		{"module m\n\ngo 1.21\n\nrequire x.example/c v1.0.0 // indirect\n// the end\n",
			[]module.Version{add("x.example/b")},
			"module m\n\ngo 1.21\n\nrequire (\n\tx.example/b v1.0.0 // indirect\n\tx.example/c v1.0.0 // indirect\n)\n// the end\n"},
		{"module m\n\ngo 1.21",
			[]module.Version{add("x.example/b")},
			"module m\n\ngo 1.21\n\nrequire x.example/b v1.0.0 // indirect\n"},
		{"module m\n\ngo 1.21\n\nrequire x.example/a v1.0.0\n",
			[]module.Version{add("x.example/b"), add("x.example/c")},
			"module m\n\ngo 1.21\n\nrequire x.example/a v1.0.0\n\nrequire (\n\tx.example/b v1.0.0 // indirect\n\tx.example/c v1.0.0 // indirect\n)\n"},
	} {
		mod, err := modfile.Parse("go.mod", []byte(tt.gomod), nil)
		if err != nil {
			t.Fatal(err)
		}
		p := &Project{manifest: "go.mod", modSrc: []byte(tt.gomod), mod: mod}
		g := &modGraph{}
		for _, r := range mod.Require {
			g.roots = append(g.roots, r.Mod)
		}
		g.roots = append(g.roots, tt.added...)
		p.graph = g
		edits, err := p.modEdits(g)
		if err != nil {
			t.Fatal(err)
		}
		got, err := depstest.Apply([]byte(tt.gomod), edits)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tt.want {
			t.Errorf("adding %v to\n%s\ngot:\n%s\nwant:\n%s", tt.added, tt.gomod, got, tt.want)
		}
		if _, err := modfile.Parse("go.mod", got, nil); err != nil {
			t.Errorf("the result does not parse: %v", err)
		}
	}
}
