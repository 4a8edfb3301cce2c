package osv

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ossf/osv-schema/bindings/go/osvschema"
	"google.golang.org/protobuf/encoding/protojson"
	"osv.dev/bindings/go/api"
	"osv.dev/bindings/go/osvdev"
)

// fakeAPI serves the testdata records as OSV's API does, on 127.0.0.1,
// reading requests and writing answers with the API's own Go bindings
// (osv.dev/bindings/go/api), so Online's hand-written JSON is checked
// against them: querybatch answers with IDs (by package and ecosystem,
// ignoring the version, so the client's own matching must sort them), two
// per page; vulns/{id} with the record's bytes as stored.
type fakeAPI struct {
	records map[string]testRecord
	mu      sync.Mutex
	calls   []string // "POST /v1/querybatch", "GET /v1/vulns/ID"
	fail    int      // answer this many next requests with 503
	delay   time.Duration
	// protoNames writes next_page_token as the API does; false writes
	// protojson's nextPageToken, which the Go bindings accept too.
	protoNames bool
}

func newFakeAPI(t *testing.T) (*fakeAPI, *httptest.Server) {
	f := &fakeAPI{records: map[string]testRecord{}, protoNames: true}
	for _, r := range testRecords(t) {
		f.records[r.id] = r
	}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

func (f *fakeAPI) requests() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls)
}

const fakePageSize = 2

func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.calls = append(f.calls, r.Method+" "+r.URL.Path)
	failing := f.fail > 0
	f.fail--
	delay := f.delay
	f.mu.Unlock()
	// Read the body first: the server notices a client that gave up only
	// once it has.
	body, _ := io.ReadAll(r.Body)
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
	}
	if failing {
		http.Error(w, "try later", http.StatusServiceUnavailable)
		return
	}
	switch {
	case r.Method == http.MethodPost && r.URL.Path == osvdev.QueryBatchEndpoint:
		if r.Header.Get("Content-Type") != "application/json" {
			http.Error(w, "not JSON", http.StatusUnsupportedMediaType)
			return
		}
		var batch api.BatchQuery
		if err := protojson.Unmarshal(body, &batch); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		out := &api.BatchVulnerabilityList{}
		for _, q := range batch.GetQueries() {
			out.Results = append(out.Results, f.query(q))
		}
		b, _ := protojson.MarshalOptions{UseProtoNames: f.protoNames}.Marshal(out)
		w.Write(b)
	case r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, osvdev.GetEndpoint+"/"):
		rec, ok := f.records[strings.TrimPrefix(r.URL.Path, osvdev.GetEndpoint+"/")]
		if !ok {
			http.Error(w, `{"code":5,"message":"Bug not found."}`, http.StatusNotFound)
			return
		}
		w.Write(rec.data)
	default:
		http.Error(w, "no such endpoint", http.StatusNotFound)
	}
}

// query finds the records naming the package in the ecosystem (or any
// release of it, for an ecosystem without one) and pages them.
func (f *fakeAPI) query(q *api.Query) *api.VulnerabilityList {
	var ids []string
	for id, r := range f.records {
		rec, _ := skim(r.data)
		for _, a := range rec.Affected {
			e := a.Ecosystem
			if a.Name == q.GetPackage().GetName() &&
				(e == q.GetPackage().GetEcosystem() || !strings.Contains(q.GetPackage().GetEcosystem(), ":") && Base(e) == q.GetPackage().GetEcosystem()) {
				ids = append(ids, id)
				break
			}
		}
	}
	slices.Sort(ids)
	start, _ := strconv.Atoi(q.GetPageToken())
	end := min(start+fakePageSize, len(ids))
	list := &api.VulnerabilityList{}
	for _, id := range ids[start:end] {
		rec, _ := Decode(f.records[id].data)
		list.Vulns = append(list.Vulns, &osvschema.Vulnerability{Id: id, Modified: rec.GetModified()})
	}
	if end < len(ids) {
		list.NextPageToken = strconv.Itoa(end)
	}
	return list
}

func newTestOnline(srv *httptest.Server, opts OnlineOptions) *Online {
	opts.BaseURL = srv.URL
	opts.HTTPClient = srv.Client()
	if opts.Backoff == 0 {
		opts.Backoff = -1
	}
	return NewOnline(opts)
}

// TestOnlineMatchesLocal: the API gives the same answers as the local
// database made of the same records, field for field.
func TestOnlineMatchesLocal(t *testing.T) {
	_, srv := newFakeAPI(t)
	online := newTestOnline(srv, OnlineOptions{})
	checkCases(t, online)

	local := NewLocal(LocalOptions{Dirs: []string{testDB(t)}, IndexDir: t.TempDir()})
	defer local.Close()
	ctx := context.Background()
	for _, c := range queryCases {
		want, err1 := local.Vulnerabilities(ctx, c.ecosystem, c.pkg, c.version)
		got, err2 := online.Vulnerabilities(ctx, c.ecosystem, c.pkg, c.version)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s %s %q:\nonline %+v, %v\nlocal  %+v, %v", c.ecosystem, c.pkg, c.version, got, err2, want, err1)
		}
	}
}

// TestGetVulnByIDRejectsNewerFields is why Online fetches records itself:
// osvdev's GetVulnByID decodes strictly, and a record with a field newer
// than the bindings (DEBIAN-CVE-2025-9230 here) fails. When this test
// fails, GetVulnByID has become lenient and Online can use it.
func TestGetVulnByIDRejectsNewerFields(t *testing.T) {
	_, srv := newFakeAPI(t)
	c := &osvdev.OSVClient{HTTPClient: srv.Client(), Config: osvdev.DefaultConfig(), BaseHostURL: srv.URL}
	if _, err := c.GetVulnByID(context.Background(), "DEBIAN-CVE-2025-9230"); err == nil || !strings.Contains(err.Error(), "unknown field") {
		t.Errorf("GetVulnByID on a record with newer fields: %v", err)
	}
	if v, err := c.GetVulnByID(context.Background(), "DEBIAN-CVE-2024-5535"); err != nil || v.GetId() != "DEBIAN-CVE-2024-5535" {
		t.Errorf("GetVulnByID on a plain record: %v, %v", v, err)
	}
}

func TestOnlinePaging(t *testing.T) {
	fake, srv := newFakeAPI(t)
	online := newTestOnline(srv, OnlineOptions{})
	// Debian openssl names four records: two pages of two.
	ms, err := online.Vulnerabilities(context.Background(), "Debian:12", "openssl", "")
	if err != nil || len(ms) != 3 {
		t.Fatalf("got %q, %v", IDs(ms), err)
	}
	if n := strings.Count(strings.Join(fake.requests(), "\n"), "POST"); n != 2 {
		t.Errorf("%d batch requests, want 2 pages: %q", n, fake.requests())
	}
	// The same with the page token spelt as protojson spells it.
	fake, srv = newFakeAPI(t)
	fake.protoNames = false
	ms, err = newTestOnline(srv, OnlineOptions{}).Vulnerabilities(context.Background(), "Debian:12", "openssl", "")
	if err != nil || len(ms) != 3 {
		t.Errorf("with nextPageToken: %q, %v", IDs(ms), err)
	}
}

func TestOnlineRetries(t *testing.T) {
	fake, srv := newFakeAPI(t)
	fake.fail = 2
	online := newTestOnline(srv, OnlineOptions{Attempts: 3})
	ms, err := online.Vulnerabilities(context.Background(), "Debian:12", "curl", "7.88.1-10")
	if err != nil || !slices.Equal(IDs(ms), []string{"DEBIAN-CVE-2023-38545"}) {
		t.Errorf("after two failures: %q, %v", IDs(ms), err)
	}

	// A server that keeps failing: the tries are bounded and the error says
	// what failed.
	fake, srv = newFakeAPI(t)
	fake.fail = 100
	online = newTestOnline(srv, OnlineOptions{Attempts: 2})
	_, err = online.Vulnerabilities(context.Background(), "Debian:12", "curl", "7.88.1-10")
	if err == nil || !strings.Contains(err.Error(), "OSV API "+srv.URL) || !strings.Contains(err.Error(), "503") {
		t.Errorf("failing server: %v", err)
	}
	if n := len(fake.requests()); n != 2 {
		t.Errorf("%d requests to a failing server, want 2", n)
	}

	// A record the batch names but the API has lost: an error naming it,
	// not retried (404 is a definite answer).
	fake, srv = newFakeAPI(t)
	online = newTestOnline(srv, OnlineOptions{Attempts: 3})
	if _, err := online.record(context.Background(), ref{ID: "NO-SUCH-ID"}); err == nil ||
		!strings.Contains(err.Error(), "record NO-SUCH-ID") || !strings.Contains(err.Error(), "404") {
		t.Errorf("missing record: %v", err)
	}
	if got := fake.requests(); len(got) != 1 {
		t.Errorf("requests for a missing record: %q, want one", got)
	}
}

func TestOnlineTimeout(t *testing.T) {
	fake, srv := newFakeAPI(t)
	fake.delay = time.Minute
	online := newTestOnline(srv, OnlineOptions{})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := online.Vulnerabilities(ctx, "Debian:12", "curl", "7.88.1-10"); err == nil {
		t.Error("no error past the deadline")
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v past a 50 ms deadline", d)
	}
}

// TestOnlineCache: answers are kept on disk for the TTL; a later run asks
// nothing, a run after the TTL asks again, and a record newer than the
// cached copy is fetched again.
func TestOnlineCache(t *testing.T) {
	fake, srv := newFakeAPI(t)
	dir := filepath.Join(t.TempDir(), "osv")
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	ask := func() []string {
		t.Helper()
		before := len(fake.requests())
		online := newTestOnline(srv, OnlineOptions{CacheDir: dir, Now: clock})
		ms, err := online.Vulnerabilities(context.Background(), "Debian:12", "openssl", "3.0.14-1~deb12u1")
		if err != nil || !slices.Equal(IDs(ms), []string{"DEBIAN-CVE-2024-6119", "DEBIAN-CVE-2025-9230"}) {
			t.Fatalf("got %q, %v", IDs(ms), err)
		}
		return fake.requests()[before:]
	}
	if got := ask(); len(got) != 2+4 {
		t.Errorf("first run: %q, want 2 pages and 4 records", got)
	}
	if got := ask(); len(got) != 0 {
		t.Errorf("second run within the TTL: %q, want nothing", got)
	}
	now = now.Add(25 * time.Hour)
	if got := ask(); len(got) != 2 {
		t.Errorf("after the TTL: %q, want the 2 pages again and the cached records", got)
	}
	// The API says a record changed: it is fetched again.
	now = now.Add(25 * time.Hour)
	r := fake.records["DEBIAN-CVE-2025-9230"]
	r.data = []byte(strings.Replace(string(r.data), "2025-10-02T08:44:10.770011Z", "2026-11-01T00:00:00Z", 1))
	fake.records["DEBIAN-CVE-2025-9230"] = r
	if got := ask(); !slices.Equal(got, []string{"POST /v1/querybatch", "POST /v1/querybatch", "GET /v1/vulns/DEBIAN-CVE-2025-9230"}) {
		t.Errorf("after a record changed: %q", got)
	}
	// A corrupt cache file is fetched again, not an error.
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	for _, f := range files {
		writeFile(t, f, []byte("{not json"))
	}
	now = now.Add(time.Hour)
	if got := ask(); len(got) != 6 {
		t.Errorf("with a corrupt cache: %q, want everything again", got)
	}
	if tmps, _ := filepath.Glob(filepath.Join(dir, ".dockerfix-tmp-*")); len(tmps) != 0 {
		t.Errorf("temporary files left: %q", tmps)
	}
	if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 1 {
		t.Errorf("files beside the cache directory: %v", entries)
	}
}

func TestOnlineBadQueries(t *testing.T) {
	fake, srv := newFakeAPI(t)
	online := newTestOnline(srv, OnlineOptions{})
	if _, err := online.Vulnerabilities(context.Background(), "Debian:12", "openssl", "${V}"); err == nil {
		t.Error("templated version: no error")
	}
	if _, err := online.Vulnerabilities(context.Background(), "Photon OS:5.0", "openssl", "3.0.0-1"); err == nil {
		t.Error("ecosystem without an ordering: no error")
	}
	if got := fake.requests(); len(got) != 0 {
		t.Errorf("requests for queries that cannot be answered: %q", got)
	}
}
