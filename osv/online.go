package osv

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ossf/osv-schema/bindings/go/osvschema"
	"osv.dev/bindings/go/api"
	"osv.dev/bindings/go/osvdev"
)

// OnlineOptions configure an Online source. The zero value queries
// api.osv.dev with a 20-second timeout per request and no disk cache.
type OnlineOptions struct {
	// BaseURL is the API's root; "" means osvdev.DefaultBaseURL. Tests
	// point it at a fake API on 127.0.0.1.
	BaseURL string
	// HTTPClient carries the requests; nil means one with a 20-second
	// timeout. Its transport is where a run-wide budget plugs in.
	HTTPClient *http.Client
	// Attempts bounds the tries per request (network errors, 429 and 5xx
	// are retried); zero means 3.
	Attempts int
	// Backoff is the wait before the second try; the n-th waits n² times
	// it. Zero means half a second; negative means none (tests).
	Backoff time.Duration
	// CacheDir keeps answers on disk; "" means no disk cache.
	// DefaultOnlineCacheDir gives the usual place.
	CacheDir string
	// TTL is how long a query's cached answer (the IDs of the records
	// naming a package) is used; zero means 24 hours. A cached record is
	// used for as long as the answers naming it say it has not changed.
	TTL time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// UserAgent names the client to the API.
	UserAgent string
}

// DefaultOnlineCacheDir is the user cache directory's dockerfix/osv.
func DefaultOnlineCacheDir() string {
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "dockerfix", "osv")
}

// Online answers from the OSV API: one batch query for the record IDs that
// affect the package (osvdev's QueryBatch), then each record by ID. The
// records go through the same matching as a LocalDB's, so both give the
// same answers for the same data. It is safe for concurrent use.
type Online struct {
	opts   OnlineOptions
	client *osvdev.OSVClient
	mu     sync.Mutex
	vulns  map[string]*osvschema.Vulnerability // records fetched in this run
}

// NewOnline returns an Online source.
func NewOnline(opts OnlineOptions) *Online {
	if opts.BaseURL == "" {
		opts.BaseURL = osvdev.DefaultBaseURL
	}
	if opts.HTTPClient == nil {
		opts.HTTPClient = &http.Client{Timeout: 20 * time.Second}
	}
	if opts.Attempts <= 0 {
		opts.Attempts = 3
	}
	if opts.Backoff == 0 {
		opts.Backoff = 500 * time.Millisecond
	}
	if opts.Backoff < 0 {
		opts.Backoff = 0
	}
	if opts.TTL <= 0 {
		opts.TTL = 24 * time.Hour
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.UserAgent == "" {
		opts.UserAgent = "dockerfix"
	}
	cfg := osvdev.DefaultConfig()
	cfg.MaxRetryAttempts = opts.Attempts
	cfg.BackoffDurationMultiplier = opts.Backoff.Seconds()
	cfg.JitterMultiplier = opts.Backoff.Seconds() / 2
	cfg.MaxConcurrentBatchRequests = 1
	cfg.UserAgent = opts.UserAgent
	return &Online{
		opts:   opts,
		client: &osvdev.OSVClient{HTTPClient: opts.HTTPClient, Config: cfg, BaseHostURL: opts.BaseURL},
		vulns:  map[string]*osvschema.Vulnerability{},
	}
}

// maxPages bounds the pages followed for one package: OSV pages a
// package's results past a thousand or so records.
const maxPages = 10

// Vulnerabilities implements Source.
func (o *Online) Vulnerabilities(ctx context.Context, ecosystem, pkg, version string) ([]Match, error) {
	if !Supported(ecosystem) {
		return nil, fmt.Errorf("osv: no version ordering for ecosystem %q", ecosystem)
	}
	if version != "" {
		if _, err := parseVersion(RangeEcosystem, ecosystem, version); err != nil {
			return nil, err
		}
	}
	refs, err := o.query(ctx, ecosystem, pkg, version)
	if err != nil {
		return nil, err
	}
	var out []Match
	for _, ref := range refs {
		rec, err := o.record(ctx, ref)
		if err != nil {
			return nil, err
		}
		m, ok := matchOf(rec, ecosystem, pkg)
		if !ok {
			continue
		}
		if version != "" {
			affects, err := m.Affects(version)
			if err != nil {
				return nil, err
			}
			if !affects {
				continue
			}
		}
		out = append(out, m)
	}
	sortMatches(out)
	return out, nil
}

// ref is a record ID as a query returns it, with its modification time.
type ref struct {
	ID       string    `json:"id"`
	Modified time.Time `json:"modified"`
}

// cached is one disk cache file: a query's refs, or a record.
type cached struct {
	Key     string          `json:"key"`
	Fetched time.Time       `json:"fetched"`
	Refs    []ref           `json:"refs,omitempty"`
	Record  json.RawMessage `json:"record,omitempty"`
}

// apiEcosystem is what the API is asked for: Red Hat's records carry the
// repository stream, which a query for the release would not match
// exactly, so the whole ecosystem is asked and matchOf filters.
func apiEcosystem(ecosystem string) string {
	if Base(ecosystem) == "Red Hat" {
		return "Red Hat"
	}
	return ecosystem
}

func (o *Online) query(ctx context.Context, ecosystem, pkg, version string) ([]ref, error) {
	key := "query\x00" + ecosystem + "\x00" + pkg + "\x00" + version
	if c, fresh, ok := o.readCache(key); ok && fresh {
		return c.Refs, nil
	}
	q := &api.Query{Package: &osvschema.Package{Name: pkg, Ecosystem: apiEcosystem(ecosystem)}}
	if version != "" {
		q.Param = &api.Query_Version{Version: version}
	}
	var refs []ref
	for range maxPages {
		res, err := o.client.QueryBatch(ctx, []*api.Query{q})
		if err != nil {
			return nil, fmt.Errorf("osv: OSV API %s: %w", o.opts.BaseURL, err)
		}
		if len(res.GetResults()) != 1 {
			return nil, fmt.Errorf("osv: OSV API %s: %d results for 1 query", o.opts.BaseURL, len(res.GetResults()))
		}
		r := res.GetResults()[0]
		for _, v := range r.GetVulns() {
			refs = append(refs, ref{ID: v.GetId(), Modified: v.GetModified().AsTime()})
		}
		if r.GetNextPageToken() == "" {
			o.writeCache(cached{Key: key, Fetched: o.opts.Now(), Refs: refs})
			return refs, nil
		}
		q.PageToken = r.GetNextPageToken()
	}
	return nil, fmt.Errorf("osv: OSV API %s: more than %d pages of records for %s in %s", o.opts.BaseURL, maxPages, pkg, ecosystem)
}

// record returns the record of r, from this run, the disk cache (when it
// is fresh and not older than r says), or the API.
func (o *Online) record(ctx context.Context, r ref) (*osvschema.Vulnerability, error) {
	o.mu.Lock()
	rec, ok := o.vulns[r.ID]
	o.mu.Unlock()
	if ok {
		return rec, nil
	}
	key := "vuln\x00" + r.ID
	if c, fresh, ok := o.readCache(key); ok {
		// A record is as fresh as its modification time says, however
		// old the copy: the query that named it gave the current one.
		rec, err := Decode(c.Record)
		if err == nil && (fresh || !r.Modified.IsZero()) && !rec.GetModified().AsTime().Before(r.Modified) {
			o.remember(r.ID, rec)
			return rec, nil
		}
	}
	data, err := o.get(ctx, osvdev.GetEndpoint+"/"+url.PathEscape(r.ID))
	if err != nil {
		return nil, fmt.Errorf("osv: OSV API %s: record %s: %w", o.opts.BaseURL, r.ID, err)
	}
	rec, err = Decode(data)
	if err != nil {
		return nil, fmt.Errorf("osv: OSV API %s: record %s: malformed record: %w", o.opts.BaseURL, r.ID, err)
	}
	o.writeCache(cached{Key: key, Fetched: o.opts.Now(), Record: data})
	o.remember(r.ID, rec)
	return rec, nil
}

func (o *Online) remember(id string, rec *osvschema.Vulnerability) {
	o.mu.Lock()
	o.vulns[id] = rec
	o.mu.Unlock()
}

// maxRecordBytes bounds one record read from the API.
const maxRecordBytes = 32 << 20

// get fetches one record. It does what osvdev's GetVulnByID does, with
// the same retries, but keeps the bytes for the cache and decodes them
// leniently: GetVulnByID's strict protojson.Unmarshal fails on a record
// with a field newer than the bindings, which must be kept.
func (o *Online) get(ctx context.Context, path string) ([]byte, error) {
	var lastErr error
	for attempt := range o.opts.Attempts {
		if attempt > 0 {
			wait := o.opts.Backoff * time.Duration(attempt*attempt)
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return nil, ctx.Err()
			case <-t.C:
			}
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, o.opts.BaseURL+path, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("User-Agent", o.opts.UserAgent)
		resp, err := o.opts.HTTPClient.Do(req)
		if err != nil {
			if ctx.Err() != nil {
				return nil, err
			}
			lastErr = err
			continue
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, maxRecordBytes+1))
		resp.Body.Close()
		switch {
		case err != nil:
			lastErr = err
			continue
		case len(body) > maxRecordBytes:
			return nil, fmt.Errorf("record over %d bytes", maxRecordBytes)
		case resp.StatusCode == http.StatusOK:
			return body, nil
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			lastErr = fmt.Errorf("status %s", resp.Status)
			continue
		default:
			return nil, fmt.Errorf("status %s", resp.Status)
		}
	}
	return nil, fmt.Errorf("%d attempts: %w", o.opts.Attempts, lastErr)
}

func (o *Online) cachePath(key string) string {
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(o.opts.CacheDir, hex.EncodeToString(sum[:12])+".json")
}

// readCache returns the cache entry for key and whether it is younger than
// the TTL; a missing or corrupt one is simply fetched again.
func (o *Online) readCache(key string) (c cached, fresh, ok bool) {
	if o.opts.CacheDir == "" {
		return cached{}, false, false
	}
	b, err := os.ReadFile(o.cachePath(key))
	if err != nil {
		return cached{}, false, false
	}
	if json.Unmarshal(b, &c) != nil || c.Key != key {
		return cached{}, false, false
	}
	age := o.opts.Now().Sub(c.Fetched)
	return c, age >= 0 && age < o.opts.TTL, true
}

// writeCache stores an answer atomically; failing to cache is not an
// error for the query.
func (o *Online) writeCache(c cached) {
	if o.opts.CacheDir == "" {
		return
	}
	b, err := json.Marshal(c)
	if err != nil {
		return
	}
	_ = writeAtomic(o.cachePath(c.Key), b)
}
