package pypi

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
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

// applyPlan writes the project with plan's edits applied into a new
// folder and returns it.
func applyPlan(t *testing.T, dir string, plan *deps.Plan) string {
	return depstest.ApplyPlan(t, filepath.Join("testdata", "projects", dir), nil, plan)
}

// fakePyPI serves testdata/registry as PyPI's JSON API on 127.0.0.1
// (/pypi/<name>/json and /pypi/<name>/<version>/json) and counts the
// requests.
func fakePyPI(t *testing.T) (string, *atomic.Int64) {
	t.Helper()
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
		var file string
		switch {
		case len(parts) == 3 && parts[0] == "pypi" && parts[2] == "json":
			file = filepath.Join("testdata", "registry", parts[1]+".json")
		case len(parts) == 4 && parts[0] == "pypi" && parts[3] == "json":
			file = filepath.Join("testdata", "registry", parts[1], parts[2]+".json")
		default:
			http.NotFound(w, r)
			return
		}
		b, err := os.ReadFile(file)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/pypi/", &n
}

// atLeast is a target fixed from version min on.
func atLeast(name, min string) deps.Target {
	return deps.Target{Name: name, Fixed: func(v string) bool { return semver.PyPI.Compare(v, min) >= 0 }}
}

// fixedIn is a target affected below each fixed version of its major
// release line, as OSV ranges often say it: fixedIn("urllib3", "1.26.19",
// "2.2.2") is affected below 1.26.19 and from 2.0.0 below 2.2.2.
func fixedIn(name string, fixed ...string) deps.Target {
	return deps.Target{Name: name, Fixed: func(v string) bool {
		for _, f := range fixed {
			if deps.Level(v, f) != deps.Major && semver.PyPI.Compare(v, f) >= 0 {
				return true
			}
		}
		return semver.PyPI.Compare(v, fixed[len(fixed)-1]) >= 0
	}}
}

func loadProject(t *testing.T, dir string, eco Ecosystem) *Project {
	t.Helper()
	p, err := eco.load(depstest.Dir(filepath.Join("testdata", "projects", dir)), "requirements.txt")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestParseRequirement(t *testing.T) {
	for _, tt := range []struct {
		in                      string
		name, key, spec, marker string
		extras                  []string
		url                     bool
	}{
		{in: "urllib3 (<1.27,>=1.21.1)", name: "urllib3", key: "urllib3", spec: "<1.27,>=1.21.1"},
		{in: "PySocks (!=1.5.7,>=1.5.6) ; extra == 'socks'", name: "PySocks", key: "pysocks", spec: "!=1.5.7,>=1.5.6", marker: "extra == 'socks'"},
		{in: "charset_normalizer<4,>=2", name: "charset_normalizer", key: "charset-normalizer", spec: "<4,>=2"},
		{in: "requests[socks, security]==2.31.0", name: "requests", key: "requests", spec: "==2.31.0", extras: []string{"socks", "security"}},
		{in: "Zope.Interface", name: "Zope.Interface", key: "zope-interface"},
		{in: "pip @ https://example.invalid/pip.zip ; python_version >= '3'", name: "pip", key: "pip", marker: "python_version >= '3'", url: true},
	} {
		r, err := parseRequirement(tt.in)
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if r.name != tt.name || r.key != tt.key || r.spec != tt.spec || r.marker != tt.marker || !slices.Equal(r.extras, tt.extras) || r.url != tt.url {
			t.Errorf("%q = %+v", tt.in, r)
		}
	}
	for _, bad := range []string{"", "==1.0", "requests[socks", "requests >=>1"} {
		if _, err := parseRequirement(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestMarkers(t *testing.T) {
	env := environment{Python: "3.8"}
	for _, tt := range []struct {
		marker string
		extras []string
		want   bool
	}{
		{marker: "", want: true},
		{marker: `python_version < "3.8"`, want: false},
		{marker: `python_version >= "3"`, want: true},
		{marker: `"3.7" < python_version`, want: true},
		{marker: `platform_system == "Windows"`, want: false},
		{marker: `sys_platform == "linux" and python_version == "3.8"`, want: true},
		{marker: `(sys_platform == "win32" and python_version == "2.7") and extra == 'socks'`, extras: []string{"socks"}, want: false},
		{marker: `extra == 'socks'`, want: false},
		{marker: `extra == "use_chardet_on_py3"`, extras: []string{"use-chardet-on-py3"}, want: true},
		{marker: `python_version < "3.6" or python_version >= "3.8"`, want: true},
		{marker: `platform_machine in "x86_64 aarch64"`, want: true},
		{marker: `implementation_name not in "pypy"`, want: true},
		{marker: `this is not a marker`, want: true}, // unreadable: kept
	} {
		if got := env.applies(tt.marker, tt.extras); got != tt.want {
			t.Errorf("%q extras %v = %v, want %v", tt.marker, tt.extras, got, tt.want)
		}
	}
}

func TestParseRequirements(t *testing.T) {
	src := "# a comment\n" +
		"-i https://mirror.example/simple\n" +
		"Flask[async]==2.0.3 ; python_version >= \"3.6\"\n" +
		"requests >= 2.25, <3   # an inline comment\n" +
		"urllib3==1.26.5 \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb\n    # via\n    #   botocore\n    #   requests\n" +
		"idna==2.10                # via requests\n"
	f, err := parseRequirements("requirements.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if !f.compiled || f.indexURL != "https://mirror.example/simple" || len(f.entries) != 4 {
		t.Fatalf("compiled %v, index %q, %d entries", f.compiled, f.indexURL, len(f.entries))
	}
	at := func(a, b int) string { return src[a:b] }
	flask, reqs, urllib3, idna := f.entries[0], f.entries[1], f.entries[2], f.entries[3]
	if flask.version != "2.0.3" || at(flask.specStart, flask.specEnd) != "==2.0.3" || at(flask.verStart, flask.verEnd) != "2.0.3" || flask.req.marker == "" {
		t.Errorf("flask: %+v", flask)
	}
	if reqs.version != "" || at(reqs.specStart, reqs.specEnd) != ">= 2.25, <3" || reqs.via != nil {
		t.Errorf("requests: %+v", reqs)
	}
	if !urllib3.hashes || at(urllib3.optStart, urllib3.reqEnd) != " \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb" ||
		!slices.Equal(urllib3.via, []string{"botocore", "requests"}) || at(urllib3.viaStart, urllib3.viaEnd) != "    # via\n    #   botocore\n    #   requests\n" ||
		at(urllib3.start, urllib3.end) != "urllib3==1.26.5 \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb\n    # via\n    #   botocore\n    #   requests\n" {
		t.Errorf("urllib3: %+v", urllib3)
	}
	if !f.inlineVia || !slices.Equal(idna.via, []string{"requests"}) || at(idna.viaStart, idna.viaEnd) != "                # via requests" {
		t.Errorf("idna: %+v %q", idna, at(idna.viaStart, idna.viaEnd))
	}
	if _, err := parseRequirements("r.txt", []byte("ok==1\n==2\n")); err == nil || !strings.HasPrefix(err.Error(), "r.txt:2: ") {
		t.Errorf("a bad line: %v, want an error naming r.txt:2", err)
	}
}

func TestRegistryURL(t *testing.T) {
	for _, tt := range []struct {
		files  map[string]string
		config string
		want   string
	}{
		{want: DefaultRegistry},
		{config: "https://pypi.corp.example/pypi", want: "https://pypi.corp.example/pypi/"},
		{files: map[string]string{"pip.conf": "[global]\nindex-url = https://nexus.example/repository/pypi/simple/\n"}, config: "https://x.example/pypi/", want: "https://nexus.example/repository/pypi/pypi/"},
		{files: map[string]string{"requirements.txt": "--index-url=https://a.example/simple\nx==1\n", "pip.conf": "[global]\nindex-url = https://b.example/simple\n"}, want: "https://a.example/pypi/"},
		{files: map[string]string{"pip.conf": "[global]\nindex-url = https://devpi.example/root/pypi/+simple/\n"}, want: DefaultRegistry},
	} {
		dir := t.TempDir()
		files := map[string]string{"requirements.txt": "x==1\n"}
		for k, v := range tt.files {
			files[k] = v
		}
		for k, v := range files {
			os.WriteFile(filepath.Join(dir, k), []byte(v), 0o644)
		}
		p, err := Ecosystem{Registry: tt.config}.load(depstest.Dir(dir), "requirements.txt")
		if err != nil {
			t.Fatal(err)
		}
		if p.registry != tt.want {
			t.Errorf("%v, config %q: registry %q, want %q", tt.files, tt.config, p.registry, tt.want)
		}
	}
}

func TestGraph(t *testing.T) {
	p := loadProject(t, "compiled", Ecosystem{})
	g := p.Graph()
	if g.Manifest != "requirements.in" || g.Lockfile != "requirements.txt" || p.Python() != "3.8" {
		t.Errorf("manifest %q, lockfile %q, python %q", g.Manifest, g.Lockfile, p.Python())
	}
	var direct []string
	for _, i := range g.Nodes[0].Deps {
		direct = append(direct, g.Nodes[i].Name)
	}
	if !slices.Equal(direct, []string{"flask", "gunicorn", "requests"}) {
		t.Errorf("direct %v", direct)
	}
	for name, want := range map[string][]string{"urllib3": {"requests"}, "markupsafe": {"flask"}, "requests": {"requests"}} {
		if via := g.Via(g.Find(name)[0]); !slices.Equal(via, want) {
			t.Errorf("Via(%s) = %v, want %v", name, via, want)
		}
	}
	plain := loadProject(t, "plain", Ecosystem{})
	if g := plain.Graph(); len(g.Nodes) != 4 || len(g.Nodes[0].Deps) != 3 || g.Manifest != "requirements.txt" {
		t.Errorf("plain graph %+v", g)
	}
	if _, err := (Ecosystem{}).load(depstest.Dir(t.TempDir()), "requirements.txt"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("no file: %v", err)
	}
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "requirements.txt"), []byte("-r base.txt\n"), 0o644)
	if _, err := (Ecosystem{}).load(depstest.Dir(empty), "requirements.txt"); !errors.Is(err, deps.ErrNoLockfile) {
		t.Errorf("a file without pins: %v", err)
	}
}

func TestUpgrade(t *testing.T) {
	for _, tt := range []struct {
		name, dir string
		python    string
		targets   []deps.Target
		policy    deps.Policy
		describe  string
		fixed     []string
		safe      bool
		golden    bool
	}{
		{name: "relock", dir: "compiled", targets: []deps.Target{atLeast("urllib3", "1.26.18")},
			describe: "update the lockfile", fixed: []string{"urllib3 1.26.20"}, safe: true, golden: true},
		{name: "bump", dir: "compiled", targets: []deps.Target{fixedIn("requests", "2.31.0"), fixedIn("urllib3", "1.26.19", "2.2.2")},
			describe: "bump requests 2.25.1 → 2.31.0", fixed: []string{"requests 2.31.0", "urllib3 2.2.3"}, golden: true},
		{name: "plain", dir: "plain", targets: []deps.Target{fixedIn("requests", "2.31.0")},
			describe: "bump requests 2.25.1 → 2.31.0", fixed: []string{"requests 2.31.0"}, golden: true},
		{name: "hashes", dir: "hashes", python: "3.7", targets: []deps.Target{fixedIn("requests", "2.31.0"), fixedIn("urllib3", "1.26.19", "2.2.2")},
			describe: "bump requests 2.25.1 → 2.31.0", fixed: []string{"requests 2.31.0", "urllib3 1.26.20"}, golden: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			base, _ := fakePyPI(t)
			eco := Ecosystem{Fetcher: &deps.HTTPFetcher{Session: &online.Session{}}, Registry: base, Python: tt.python}
			p := loadProject(t, tt.dir, eco)
			policy := tt.policy
			if policy == 0 {
				policy = deps.Minor
			}
			plan, err := p.Upgrade(context.Background(), tt.targets, policy)
			if err != nil {
				t.Fatal(err)
			}
			if len(plan.Unresolved) > 0 {
				t.Fatalf("unresolved: %+v", plan.Unresolved)
			}
			if got := plan.Describe(); got != tt.describe {
				t.Errorf("Describe() = %q, want %q", got, tt.describe)
			}
			var fixed []string
			for _, l := range plan.Fixed {
				fixed = append(fixed, l.Name+" "+l.Version)
			}
			if !slices.Equal(fixed, tt.fixed) {
				t.Errorf("Fixed = %v, want %v", fixed, tt.fixed)
			}
			if plan.Safe() != tt.safe {
				t.Errorf("Safe() = %v, want %v", plan.Safe(), tt.safe)
			}
			out := applyPlan(t, tt.dir, plan)
			for _, name := range []string{"requirements.txt", "requirements.in"} {
				b, err := os.ReadFile(filepath.Join(out, name))
				if errors.Is(err, os.ErrNotExist) {
					continue
				}
				depstest.Golden(t, b, filepath.Join("testdata", "projects", tt.dir, name+"."+tt.name+".golden"), *update)
			}
			// The checks of the result get a session of their own: the
			// online budget is for one run.
			eco.Fetcher = &deps.HTTPFetcher{Session: &online.Session{}}
			written, err := eco.load(depstest.Dir(out), "requirements.txt")
			if err != nil {
				t.Fatal(err)
			}
			if err := written.Check(context.Background()); err != nil {
				t.Errorf("Check: %v", err)
			}
			// A fixed point: the written project needs no further change.
			again, err := eco.load(depstest.Dir(out), "requirements.txt")
			if err != nil {
				t.Fatal(err)
			}
			plan2, err := again.Upgrade(context.Background(), tt.targets, policy)
			if err != nil {
				t.Fatal(err)
			}
			if len(plan2.Edits) > 0 || len(plan2.Upgrades) > 0 {
				t.Errorf("upgrading the result again changes it: %+v", plan2)
			}
			checkConsistent(t, out, eco.Python)
		})
	}
}

func TestUpgradeLimits(t *testing.T) {
	base, n := fakePyPI(t)
	eco := Ecosystem{Fetcher: &deps.HTTPFetcher{Session: &online.Session{}}, Registry: base}
	p := loadProject(t, "compiled", eco)

	// Within patch upgrades, no requests release is fixed.
	plan, err := p.Upgrade(context.Background(), []deps.Target{fixedIn("requests", "2.31.0")}, deps.Patch)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Unresolved) != 1 || plan.Unresolved[0].Reason != "no patch upgrade of requests pins a fixed requests" || len(plan.Edits) != 0 {
		t.Errorf("patch policy: %+v", plan)
	}
	// urllib3 2.5.0 needs Python 3.9: on the file's 3.8, nothing fixes it.
	plan, err = p.Upgrade(context.Background(), []deps.Target{atLeast("urllib3", "2.5.0")}, deps.Major)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Unresolved) != 1 || len(plan.Edits) != 0 {
		t.Errorf("urllib3 2.5.0 on Python 3.8: %+v", plan)
	}
	if n.Load() == 0 {
		t.Error("no request reached the fake PyPI")
	}

	// Check finds what does not fit: requests 2.25.1 needs urllib3 <1.27.
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "requirements.txt"), []byte("# via annotations make it compiled\nrequests==2.25.1\n    # via -r requirements.in\nurllib3==2.2.3\n    # via requests\n"), 0o644)
	badProject, err := eco.load(depstest.Dir(bad), "requirements.txt")
	if err != nil {
		t.Fatal(err)
	}
	err = badProject.Check(context.Background())
	for _, want := range []string{"requests 2.25.1 requires urllib3 <1.27,>=1.21.1; requirements.txt pins 2.2.3", "requests 2.25.1 requires chardet, which requirements.txt does not pin"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Check: %v, want %q", err, want)
		}
	}

	// Offline: the registry is needed.
	off := loadProject(t, "compiled", Ecosystem{})
	if _, err := off.Upgrade(context.Background(), []deps.Target{atLeast("urllib3", "1.26.18")}, deps.Minor); !errors.Is(err, deps.ErrNoRegistry) {
		t.Errorf("offline: %v, want ErrNoRegistry", err)
	}
}

func TestNewSpec(t *testing.T) {
	for _, tt := range []struct{ old, v, want string }{
		{"==2.25.1", "2.31.0", "==2.31.0"},
		{"~=2.25", "2.31.0", "~=2.31"},
		{"~=2.25.1", "3.1", "~=3.1.0"},
		{">=2,<2.30", "2.31.0", ">=2.31.0"},
	} {
		if got := newSpec(tt.old, tt.v); got != tt.want {
			t.Errorf("newSpec(%q, %q) = %q, want %q", tt.old, tt.v, got, tt.want)
		}
	}
}

// checkConsistent checks the written requirements file against the
// registry's metadata: every pinned version meets every specifier the
// other pins' requires_dist put on it, a compiled file pins everything
// they require (but what it lists as unsafe), and, where pip is
// installed, pip resolves the file offline from wheels made of the same
// metadata.
func checkConsistent(t *testing.T, dir, python string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "requirements.txt"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := parseRequirements("requirements.txt", b)
	if err != nil {
		t.Fatal(err)
	}
	env := environment{Python: f.python}
	if env.Python == "" {
		env.Python = python
	}
	pinned := map[string]*entry{}
	for _, e := range f.entries {
		pinned[e.req.key] = e
	}
	for _, e := range f.entries {
		var doc releaseDoc
		raw, err := os.ReadFile(filepath.Join("testdata", "registry", e.req.key, e.version+".json"))
		if err != nil {
			t.Fatalf("%s %s is not in the registry: %v", e.req.key, e.version, err)
		}
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatal(err)
		}
		for _, s := range doc.Info.RequiresDist {
			r, _ := parseRequirement(s)
			if !env.applies(r.marker, e.req.extras) {
				continue
			}
			switch dep := pinned[r.key]; {
			case dep != nil && !matches(r.spec, dep.version):
				t.Errorf("%s %s requires %s %s; the file pins %s", e.req.key, e.version, r.key, r.spec, dep.version)
			case dep == nil && f.compiled && !f.unsafe[r.key]:
				t.Errorf("%s %s requires %s, which the compiled file does not pin", e.req.key, e.version, r.key)
			}
		}
	}
	if !f.hashes {
		if err := pipResolves(t, dir, env.Python); err != nil {
			t.Error(err)
		}
	}
}

// TestPipResolves checks that the pip check catches a conflict: requests
// 2.25.1 with urllib3 2.2.3.
func TestPipResolves(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "requirements.txt"), []byte("requests==2.25.1\nurllib3==2.2.3\n"), 0o644)
	if err := pipResolves(t, dir, "3.8"); err == nil && pipAvailable() {
		t.Error("pip accepts requests 2.25.1 with urllib3 2.2.3")
	}
}

func pipAvailable() bool {
	return exec.Command("python3", "-m", "pip", "--version").Run() == nil
}

// pipResolves runs pip install --dry-run --no-index over wheels made from
// testdata/registry's metadata, for the file's Python; nil when pip
// accepts the file or is not installed. Hashes are not checked this way:
// the registry's digests are made up.
func pipResolves(t *testing.T, dir, python string) error {
	t.Helper()
	if !pipAvailable() {
		t.Log("python3 -m pip is not available: pip does not check the written file")
		return nil
	}
	wheels := t.TempDir()
	releases, _ := filepath.Glob(filepath.Join("testdata", "registry", "*", "*.json"))
	for _, r := range releases {
		var doc releaseDoc
		b, err := os.ReadFile(r)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		var rp struct {
			Info struct {
				RequiresPython *string `json:"requires_python"`
			} `json:"info"`
		}
		json.Unmarshal(b, &rp)
		writeWheel(t, wheels, doc, rp.Info.RequiresPython)
	}
	cmd := exec.Command("python3", "-m", "pip", "install", "--dry-run", "--no-index", "--find-links", wheels, "--ignore-installed",
		"--disable-pip-version-check", "--no-cache-dir", "--only-binary=:all:", "--python-version", python, "--target", t.TempDir(),
		"-r", filepath.Join(dir, "requirements.txt"))
	// pip's own configuration (PIP_FIND_LINKS, a pip.conf) stays out.
	cmd.Env = []string{"PIP_CONFIG_FILE=" + os.DevNull, "PIP_NO_INPUT=1"}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PIP_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("pip install --dry-run --no-index: %v\n%s", err, out)
	}
	return nil
}

// writeWheel writes a wheel that holds only the release's metadata.
func writeWheel(t *testing.T, dir string, doc releaseDoc, requiresPython *string) {
	t.Helper()
	dist := strings.ReplaceAll(normalize(doc.Info.Name), "-", "_") + "-" + doc.Info.Version
	var meta strings.Builder
	fmt.Fprintf(&meta, "Metadata-Version: 2.1\nName: %s\nVersion: %s\n", doc.Info.Name, doc.Info.Version)
	if requiresPython != nil && *requiresPython != "" {
		fmt.Fprintf(&meta, "Requires-Python: %s\n", *requiresPython)
	}
	for _, r := range doc.Info.RequiresDist {
		fmt.Fprintf(&meta, "Requires-Dist: %s\n", r)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	files := map[string]string{
		dist + ".dist-info/METADATA": meta.String(),
		dist + ".dist-info/WHEEL":    "Wheel-Version: 1.0\nGenerator: dockerfix-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
	}
	files[dist+".dist-info/RECORD"] = dist + ".dist-info/METADATA,,\n" + dist + ".dist-info/WHEEL,,\n" + dist + ".dist-info/RECORD,,\n"
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range files {
			if !yield(k) {
				return
			}
		}
	}) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(files[name]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, dist+"-py3-none-any.whl"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRenderVia(t *testing.T) {
	for _, tt := range []struct {
		f     reqFile
		items []string
		want  string
	}{
		{reqFile{newline: "\n"}, []string{"requests"}, "    # via requests\n"},
		{reqFile{newline: "\r\n"}, []string{"-r requirements.in", "requests"}, "    # via\r\n    #   -r requirements.in\r\n    #   requests\r\n"},
		{reqFile{newline: "\n", inlineVia: true}, []string{"botocore", "requests"}, "  # via botocore, requests"},
	} {
		if got := tt.f.renderVia(tt.items); got != tt.want {
			t.Errorf("renderVia(%v) = %q, want %q", tt.items, got, tt.want)
		}
	}
}

func TestMergeEdits(t *testing.T) {
	got := mergeEdits([]deps.Edit{
		{Path: "r.txt", Start: 10, End: 20},             // a dropped pin
		{Path: "r.txt", Start: 20, End: 20, New: "b\n"}, // a new one right after it
		{Path: "r.txt", Start: 10, End: 10, New: "a\n"}, // and one right before
		{Path: "r.in", Start: 3, End: 5, New: "x"},
		{Path: "r.txt", Start: 30, End: 31, New: "y"},
	})
	want := []deps.Edit{
		{Path: "r.in", Start: 3, End: 5, New: "x"},
		{Path: "r.txt", Start: 10, End: 20, New: "a\nb\n"},
		{Path: "r.txt", Start: 30, End: 31, New: "y"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("mergeEdits = %+v, want %+v", got, want)
	}
}
