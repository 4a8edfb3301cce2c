package gomod

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"golang.org/x/mod/module"
	"golang.org/x/mod/sumdb"
	"golang.org/x/mod/sumdb/dirhash"
	"golang.org/x/mod/sumdb/note"

	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/internal/deps/depstest"
	"github.com/dockerfix/dockerfix/internal/deps/gomod/gomodtest"
	"github.com/dockerfix/dockerfix/internal/online"
)

func TestReadGoEnv(t *testing.T) {
	golang := &SumDB{Name: "sum.golang.org", Key: knownSumDBs["sum.golang.org"]}
	for _, tt := range []struct {
		vars map[string]string
		want GoEnv
		err  string
	}{
		{nil, GoEnv{Proxies: []ProxyEntry{{URL: "https://proxy.golang.org"}, {URL: "direct"}}, SumDB: golang}, ""},
		{map[string]string{"GOPROXY": " proxy.example.com/go/|file:///srv/goproxy,off,https://never", "GOFLAGS": "-v --mod=mod"},
			GoEnv{Proxies: []ProxyEntry{{URL: "https://proxy.example.com/go", AnyError: true}, {URL: "file:///srv/goproxy"}, {URL: "off"}}, SumDB: golang, ModFlag: "mod"}, ""},
		{map[string]string{"GOPRIVATE": "corp.example", "GOSUMDB": "off", "GOFLAGS": "-mod=vendor"},
			GoEnv{Proxies: []ProxyEntry{{URL: "https://proxy.golang.org"}, {URL: "direct"}}, NoProxy: "corp.example", NoSumDB: "corp.example", ModFlag: "vendor"}, ""},
		{map[string]string{"GOPRIVATE": "corp.example", "GONOPROXY": "none.example", "GONOSUMCHECK": "old.example", "GOSUMDB": "sum.golang.google.cn"},
			GoEnv{Proxies: []ProxyEntry{{URL: "https://proxy.golang.org"}, {URL: "direct"}}, NoProxy: "none.example", NoSumDB: "old.example",
				SumDB: &SumDB{Name: "sum.golang.org", Key: golang.Key, URL: "https://sum.golang.google.cn"}}, ""},
		{map[string]string{"GONOSUMDB": "new.example", "GONOSUMCHECK": "old.example", "GOPROXY": "direct"},
			GoEnv{Proxies: []ProxyEntry{{URL: "direct"}}, NoSumDB: "new.example", SumDB: golang}, ""},
		{map[string]string{"GOPROXY": "ftp://mirror.example"}, GoEnv{}, `GOPROXY: invalid proxy URL "ftp://mirror.example" (want https, http or file)`},
		{map[string]string{"GOPROXY": ", |"}, GoEnv{}, "GOPROXY: the list has no entries"},
	} {
		got, err := ReadGoEnv(envOf(tt.vars))
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%v: error %v, want %q", tt.vars, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%v:\n got %+v, %v\nwant %+v", tt.vars, got, err, tt.want)
		}
	}
	env, _ := ReadGoEnv(envOf(map[string]string{"GOSUMDB": "not a key at all"}))
	if env.SumDBErr == nil || !env.checkedBySumDB("example.com/x") {
		t.Errorf("a bad GOSUMDB: %+v, want SumDBErr and lines still checked", env)
	}
}

// TestProxyList checks GOPROXY's fall-through rules with a proxy on
// 127.0.0.1 that answers 404 under /gone and 500 under /down.
func TestProxyList(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/gone/") {
			http.NotFound(w, r)
			return
		}
		w.WriteHeader(http.StatusInternalServerError)
	}))
	t.Cleanup(srv.Close)
	file := testProxy(t)
	fetcher := deps.LocalFetcher{Online: &deps.HTTPFetcher{}}
	for _, tt := range []struct {
		goproxy, gonoproxy string
		want               error // nil: the file proxy answers
	}{
		{srv.URL + "/gone," + file, "", nil},
		{srv.URL + "/down|" + file, "", nil},
		{srv.URL + "/down," + file, "", errStatus},
		{srv.URL + "/gone,direct", "", ErrDirect},
		{"direct", "", ErrDirect},
		{"off", "", ErrProxyOff},
		{file, "example.com", ErrDirect},
	} {
		env, err := ReadGoEnv(envOf(map[string]string{"GOPROXY": tt.goproxy, "GONOPROXY": tt.gonoproxy}))
		if err != nil {
			t.Fatal(err)
		}
		p := &proxy{env: env, fetcher: fetcher}
		vs, err := p.versions(context.Background(), "example.com/httpkit")
		switch {
		case tt.want == nil && (err != nil || strings.Join(vs, " ") != "v1.2.0 v1.2.1 v1.3.0 v1.3.1"):
			t.Errorf("GOPROXY=%s: %v, %v", tt.goproxy, vs, err)
		case tt.want == errStatus && (err == nil || !strings.Contains(err.Error(), "500")):
			t.Errorf("GOPROXY=%s: %v, want the 500", tt.goproxy, err)
		case tt.want != nil && tt.want != errStatus && !errors.Is(err, tt.want):
			t.Errorf("GOPROXY=%s GONOPROXY=%s: %v, want %v", tt.goproxy, tt.gonoproxy, err, tt.want)
		}
	}
}

var errStatus = errors.New("an HTTP status")

// fakeSumDB serves a checksum database on 127.0.0.1 that vouches for the
// go.sum lines of the proxy in dir, except those lie returns altered; it
// returns GOSUMDB's value for it.
func fakeSumDB(t *testing.T, dir string, lie func(line string) string) string {
	t.Helper()
	skey, vkey, err := note.GenerateKey(rand.Reader, "sumdb.test")
	if err != nil {
		t.Fatal(err)
	}
	gosum := func(p, v string) ([]byte, error) {
		esc, _ := module.EscapePath(p)
		base := filepath.Join(dir, filepath.FromSlash(esc), "@v", v)
		mod, err := os.ReadFile(base + ".mod")
		if err != nil {
			return nil, err
		}
		modHash, _ := dirhash.Hash1([]string{"go.mod"}, func(string) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(mod)), nil })
		zip, err := os.ReadFile(base + ".zip")
		if err != nil {
			return nil, err
		}
		zipHash, err := hashZip(zip)
		if err != nil {
			return nil, err
		}
		return []byte(lie(p+" "+v+" "+zipHash) + "\n" + lie(p+" "+v+"/go.mod "+modHash) + "\n"), nil
	}
	srv := httptest.NewServer(sumdb.NewServer(sumdb.NewTestServer(skey, gosum)))
	t.Cleanup(srv.Close)
	return vkey + " " + srv.URL
}

// TestSumDB checks new go.sum lines against a checksum database: they
// are written when it agrees, refused when it does not, and offline left
// to the build only when GOFLAGS=-mod=mod lets it complete go.sum.
func TestSumDB(t *testing.T) {
	dir := t.TempDir()
	if err := gomodtest.WriteProxy(dir, filepath.Join("testdata", "mod")); err != nil {
		t.Fatal(err)
	}
	url := gomodtest.URL(dir)
	honest := fakeSumDB(t, dir, func(l string) string { return l })
	lying := fakeSumDB(t, dir, func(l string) string {
		if strings.HasPrefix(l, "example.com/httpkit v1.3.0 ") {
			return l[:len(l)-5] + "AAAA="
		}
		return l
	})
	src := filepath.Join("testdata", "projects", "basic")
	target := []deps.Target{atLeast("example.com/htmlparse", "v0.23.0")}
	online := deps.LocalFetcher{Online: &deps.HTTPFetcher{}}
	upgrade := func(f deps.Fetcher, vars map[string]string) (*deps.Plan, error) {
		vars["GOPROXY"] = url
		p := loadProject(t, src, Ecosystem{Fetcher: f, Getenv: envOf(vars)})
		return p.Upgrade(context.Background(), target, deps.Minor)
	}

	plan, err := upgrade(online, map[string]string{"GOSUMDB": honest})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(applyPlan(t, src, plan), "go.sum"))
	depstest.Golden(t, b, filepath.Join(src, "go.sum.golden"), *update)

	if _, err := upgrade(online, map[string]string{"GOSUMDB": lying}); !errors.Is(err, ErrChecksumMismatch) {
		t.Errorf("a checksum database that disagrees: %v, want ErrChecksumMismatch", err)
	}
	// GONOSUMDB exempts the modules: the database is not asked.
	if _, err := upgrade(online, map[string]string{"GOSUMDB": lying, "GONOSUMDB": "example.com/httpkit"}); err != nil {
		t.Errorf("GONOSUMDB: %v", err)
	}

	offline := deps.LocalFetcher{}
	if _, err := upgrade(offline, map[string]string{"GOSUMDB": honest}); !errors.Is(err, deps.ErrNoRegistry) || !errors.Is(err, ErrNoSumDB) {
		t.Errorf("offline, the checksum database cannot vouch: %v, want ErrNoRegistry and ErrNoSumDB", err)
	}
	plan, err = upgrade(offline, map[string]string{"GOSUMDB": honest, "GOFLAGS": "-mod=mod"})
	if err != nil {
		t.Fatal(err)
	}
	out := applyPlan(t, src, plan)
	mod, _ := os.ReadFile(filepath.Join(out, "go.mod"))
	sum, _ := os.ReadFile(filepath.Join(out, "go.sum"))
	if !bytes.Contains(mod, []byte("example.com/httpkit v1.3.0")) || bytes.Contains(sum, []byte("v1.3.0")) || bytes.Contains(sum, []byte("v1.2.0")) {
		t.Errorf("with -mod=mod offline, go.mod moves and go.sum only loses the old lines:\n%s\n%s", mod, sum)
	}
}

// TestHTTPProxy bumps through a proxy on 127.0.0.1 within an online
// session: the same result as from the file:// proxy, each document asked
// once.
func TestHTTPProxy(t *testing.T) {
	dir := t.TempDir()
	if err := gomodtest.WriteProxy(dir, filepath.Join("testdata", "mod")); err != nil {
		t.Fatal(err)
	}
	asked := map[string]int{}
	var mu sync.Mutex
	files := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked[r.URL.Path]++
		mu.Unlock()
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	src := filepath.Join("testdata", "projects", "basic")
	eco := Ecosystem{
		Fetcher: deps.LocalFetcher{Online: &deps.HTTPFetcher{Session: &online.Session{}}},
		Getenv:  envOf(map[string]string{"GOPROXY": srv.URL, "GONOSUMDB": "example.com"}),
	}
	p := loadProject(t, src, eco)
	plan, err := p.Upgrade(context.Background(), []deps.Target{atLeast("example.com/htmlparse", "v0.23.0")}, deps.Minor)
	if err != nil {
		t.Fatal(err)
	}
	out := applyPlan(t, src, plan)
	for _, name := range []string{"go.mod", "go.sum"} {
		b, _ := os.ReadFile(filepath.Join(out, name))
		depstest.Golden(t, b, filepath.Join(src, name+".golden"), *update)
	}
	for path, n := range asked {
		if n > 1 {
			t.Errorf("%s asked %d times", path, n)
		}
	}
	if asked["/example.com/httpkit/@v/v1.3.0.zip"] != 1 || asked["/example.com/httpkit/@v/list"] != 1 {
		t.Errorf("requests: %v", asked)
	}
}
