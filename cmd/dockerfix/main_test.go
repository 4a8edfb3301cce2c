package main

import (
	"archive/zip"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"flag"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/dockerfix/dockerfix/internal/deps/gomod/gomodtest"
	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/osv"
)

func TestMain(m *testing.M) {
	// Scripts, and the tests that start the binary, run main itself:
	// signals and the collector as a user's run has them.
	testscript.Main(m, map[string]func(){"dockerfix": main})
}

var updateScripts = flag.Bool("update-scripts", false, "rewrite the files that cmp compares in testdata/script")

func TestScripts(t *testing.T) {
	modulesDir, err := filepath.Abs(filepath.Join("..", "..", "internal", "deps", "gomod", "testdata", "mod"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *updateScripts,
		Setup: func(env *testscript.Env) error {
			// No colour, no user config, no git identity prompts.
			env.Setenv("NO_COLOR", "1")
			env.Setenv("GIT_CONFIG_NOSYSTEM", "1")
			env.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Geteuid() == 0, nil
			}
			return false, nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// parses FILE: BuildKit accepts the file.
			"parses": func(ts *testscript.TestScript, neg bool, args []string) {
				for _, a := range args {
					_, err := parser.Parse(bytes.NewReader([]byte(ts.ReadFile(a))))
					if (err == nil) == neg {
						ts.Fatalf("%s: parse error = %v", a, err)
					}
				}
			},
			// goproxy DIR: write a GOPROXY directory of the modules in
			// internal/deps/gomod/testdata/mod and set GOPROXY to it.
			"goproxy": func(ts *testscript.TestScript, neg bool, args []string) {
				dir := ts.MkAbs(args[0])
				ts.Check(gomodtest.WriteProxy(dir, modulesDir))
				ts.Setenv("GOPROXY", gomodtest.URL(dir))
			},
			// writehex FILE HEX: write raw bytes.
			"writehex": func(ts *testscript.TestScript, neg bool, args []string) {
				b, err := hex.DecodeString(args[1])
				ts.Check(err)
				ts.Check(writeFile(ts.MkAbs(args[0]), b))
			},
			// mkbig FILE BYTES: a file of comment lines of the given size.
			"mkbig": func(ts *testscript.TestScript, neg bool, args []string) {
				n, err := strconv.Atoi(args[1])
				ts.Check(err)
				line := []byte("# padding padding padding padding padding padding padding padding\n")
				b := bytes.Repeat(line, n/len(line)+1)[:n]
				ts.Check(writeFile(ts.MkAbs(args[0]), b))
			},
			// catalogday NAME DAYS: set $NAME to the embedded catalog's
			// snapshot date plus DAYS days, YYYY-MM-DD.
			"catalogday": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: catalogday NAME DAYS")
				}
				cat, err := images.Load()
				ts.Check(err)
				snap, err := time.Parse(time.DateOnly, cat.SnapshotDate())
				ts.Check(err)
				days, err := strconv.Atoi(args[1])
				ts.Check(err)
				ts.Setenv(args[0], snap.AddDate(0, 0, days).Format(time.DateOnly))
			},
			// deadproxy NAME: start an HTTP proxy on 127.0.0.1 that accepts
			// connections and never answers; set $NAME to its URL.
			"deadproxy": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 1 {
					ts.Fatalf("usage: deadproxy NAME")
				}
				ln, err := net.Listen("tcp", "127.0.0.1:0")
				ts.Check(err)
				done := make(chan struct{})
				go func() {
					defer close(done)
					var conns []net.Conn // held open, never answered
					for {
						c, err := ln.Accept()
						if err != nil {
							break
						}
						conns = append(conns, c)
					}
					for _, c := range conns {
						c.Close()
					}
				}()
				ts.Defer(func() { ln.Close(); <-done })
				ts.Setenv(args[0], "http://"+ln.Addr().String())
			},
			// clock NAME: set $NAME to the time now, for within.
			"clock": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 1 {
					ts.Fatalf("usage: clock NAME")
				}
				ts.Setenv(args[0], strconv.FormatInt(time.Now().UnixNano(), 10))
			},
			// within NAME DURATION: no more than DURATION has passed since
			// clock NAME.
			"within": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: within NAME DURATION")
				}
				start, err := strconv.ParseInt(ts.Getenv(args[0]), 10, 64)
				ts.Check(err)
				limit, err := time.ParseDuration(args[1])
				ts.Check(err)
				if d := time.Since(time.Unix(0, start)); d > limit {
					ts.Fatalf("%v since clock %s, want at most %v", d, args[0], limit)
				}
			},
			// osvdb DIR RECORD...: write the OSV records (JSON files) as OSV
			// publishes them, DIR/<Ecosystem>/all.zip per base ecosystem.
			"osvdb": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: osvdb DIR RECORD...")
				}
				byBase := map[string][]osvRecord{}
				for _, a := range args[1:] {
					r := readOSVRecord(ts, a)
					for _, b := range r.bases() {
						byBase[b] = append(byBase[b], r)
					}
				}
				for base, recs := range byBase {
					var buf bytes.Buffer
					w := zip.NewWriter(&buf)
					for _, r := range recs {
						f, err := w.Create(r.ID + ".json")
						ts.Check(err)
						_, err = f.Write(r.data)
						ts.Check(err)
					}
					ts.Check(w.Close())
					ts.Check(writeFile(filepath.Join(ts.MkAbs(args[0]), base, "all.zip"), buf.Bytes()))
				}
			},
			// osvapi NAME RECORD...: serve the OSV records as the OSV API
			// does, on 127.0.0.1; set $NAME to its URL.
			"osvapi": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: osvapi NAME RECORD...")
				}
				var recs []osvRecord
				for _, a := range args[1:] {
					recs = append(recs, readOSVRecord(ts, a))
				}
				srv := httptest.NewServer(osvAPI(recs))
				ts.Defer(srv.Close)
				ts.Setenv(args[0], srv.URL)
			},
			// mode FILE OCTAL: the file's permission bits are OCTAL.
			"mode": func(ts *testscript.TestScript, neg bool, args []string) {
				st, err := os.Stat(ts.MkAbs(args[0]))
				ts.Check(err)
				want, err := strconv.ParseUint(args[1], 8, 32)
				ts.Check(err)
				if got := uint64(st.Mode().Perm()); (got == want) == neg {
					ts.Fatalf("%s: mode %o, want %o", args[0], got, want)
				}
			},
			// hardlink NEW OLD: NEW is another name of the file OLD.
			"hardlink": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: hardlink NEW OLD")
				}
				ts.Check(os.Link(ts.MkAbs(args[1]), ts.MkAbs(args[0])))
			},
			// age DURATION FILE...: the files were last modified DURATION ago.
			"age": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: age DURATION FILE...")
				}
				d, err := time.ParseDuration(args[0])
				ts.Check(err)
				t := time.Now().Add(-d)
				for _, f := range args[1:] {
					ts.Check(os.Chtimes(ts.MkAbs(f), t, t))
				}
			},
		},
	})
}

// osvRecord is an OSV record a script gives, and what the fakes need of it.
type osvRecord struct {
	ID       string `json:"id"`
	Modified string `json:"modified"`
	Affected []struct {
		Package struct{ Name, Ecosystem string } `json:"package"`
	} `json:"affected"`
	data []byte
}

func readOSVRecord(ts *testscript.TestScript, name string) osvRecord {
	data := []byte(ts.ReadFile(name))
	var r osvRecord
	ts.Check(json.Unmarshal(data, &r))
	r.data = data
	return r
}

func (r osvRecord) bases() []string {
	var out []string
	for _, a := range r.Affected {
		if b := osv.Base(a.Package.Ecosystem); !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	return out
}

// osvAPI answers the two requests dockerfix makes of the OSV API:
// querybatch (the IDs of the records naming a package in an ecosystem)
// and a record by ID.
func osvAPI(recs []osvRecord) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/querybatch", func(w http.ResponseWriter, r *http.Request) {
		var q struct {
			Queries []struct {
				Package struct{ Name, Ecosystem string } `json:"package"`
			} `json:"queries"`
		}
		if err := json.NewDecoder(r.Body).Decode(&q); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		results := []map[string][]map[string]string{}
		for _, qq := range q.Queries {
			vulns := []map[string]string{}
			for _, rec := range recs {
				for _, a := range rec.Affected {
					if a.Package.Name == qq.Package.Name && osv.Matches(qq.Package.Ecosystem, a.Package.Ecosystem) {
						vulns = append(vulns, map[string]string{"id": rec.ID, "modified": rec.Modified})
						break
					}
				}
			}
			results = append(results, map[string][]map[string]string{"vulns": vulns})
		}
		json.NewEncoder(w).Encode(map[string]any{"results": results})
	})
	mux.HandleFunc("GET /v1/vulns/{id}", func(w http.ResponseWriter, r *http.Request) {
		for _, rec := range recs {
			if rec.ID == r.PathValue("id") {
				w.Write(rec.data)
				return
			}
		}
		http.NotFound(w, r)
	})
	return mux
}

func writeFile(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
