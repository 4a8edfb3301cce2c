package osv

import (
	"bytes"
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
	"sync/atomic"
	"time"

	"github.com/dockerfix/dockerfix/internal/online"
	"github.com/ossf/osv-schema/bindings/go/osvschema"
)

// OnlineOptions configure an Online source. The zero value queries
// api.osv.dev with a 20-second timeout per request and no disk cache.
type OnlineOptions struct {
	// BaseURL is the API's root; "" means DefaultBaseURL. Tests point it
	// at a fake API on 127.0.0.1.
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

// DefaultBaseURL is the OSV API's.
const DefaultBaseURL = "https://api.osv.dev"

// The API's endpoints, as osv.dev/bindings/go/osvdev names them.
const (
	queryBatchEndpoint = "/v1/querybatch"
	vulnEndpoint       = "/v1/vulns/"
)

// DefaultOnlineCacheDir is the user cache directory's dockerfix/osv.
func DefaultOnlineCacheDir() string { return online.CacheDir("osv") }

// Online answers from the OSV API: a batch query for the IDs of the
// records that affect the package, then each record by ID. The records go
// through the same matching as a LocalDB's, so both give the same answers
// for the same data. It is safe for concurrent use.
//
// It speaks the API's JSON itself rather than through osvdev (the API's Go
// client, osv.dev/bindings/go): osvdev's package links gRPC, which made
// every dockerfix run, online or not, about 1.5 ms slower and 4 MB larger,
// and its GetVulnByID decodes strictly, failing on a record with a field
// newer than the bindings. The tests check the requests and answers against
// osvdev's own types.
type Online struct {
	opts  OnlineOptions
	mu    sync.Mutex
	vulns map[string]*osvschema.Vulnerability // records fetched in this run
}

// NewOnline returns an Online source.
func NewOnline(opts OnlineOptions) *Online {
	if opts.BaseURL == "" {
		opts.BaseURL = DefaultBaseURL
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
	return &Online{opts: opts, vulns: map[string]*osvschema.Vulnerability{}}
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
	recs, err := o.records(ctx, refs)
	if err != nil {
		return nil, err
	}
	return matchesOf(recs, ecosystem, pkg, version)
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

// batchQuery and batchAnswer are the querybatch endpoint's JSON, one
// query at a time.
type batchQuery struct {
	Queries []apiQuery `json:"queries"`
}

type apiQuery struct {
	Package   apiPackage `json:"package"`
	Version   string     `json:"version,omitempty"`
	PageToken string     `json:"page_token,omitempty"`
}

type apiPackage struct {
	Name      string `json:"name"`
	Ecosystem string `json:"ecosystem"`
}

type batchAnswer struct {
	Results []struct {
		Vulns         []ref  `json:"vulns"`
		NextPageToken string `json:"next_page_token"`
		// protojson's name for it, which the API's Go bindings accept too.
		NextPageTokenCamel string `json:"nextPageToken"`
	} `json:"results"`
}

func (o *Online) query(ctx context.Context, ecosystem, pkg, version string) ([]ref, error) {
	key := "query\x00" + ecosystem + "\x00" + pkg + "\x00" + version
	if c, fresh, ok := o.readCache(key); ok && fresh {
		return c.Refs, nil
	}
	q := apiQuery{Package: apiPackage{Name: pkg, Ecosystem: apiEcosystem(ecosystem)}, Version: version}
	var refs []ref
	for range maxPages {
		body, err := json.Marshal(batchQuery{Queries: []apiQuery{q}})
		if err != nil {
			return nil, err
		}
		data, err := o.do(ctx, http.MethodPost, queryBatchEndpoint, body)
		if err != nil {
			return nil, fmt.Errorf("osv: OSV API %s: %w", o.opts.BaseURL, err)
		}
		var answer batchAnswer
		if err := json.Unmarshal(data, &answer); err != nil {
			return nil, fmt.Errorf("osv: OSV API %s: malformed answer: %w", o.opts.BaseURL, err)
		}
		if len(answer.Results) != 1 {
			return nil, fmt.Errorf("osv: OSV API %s: %d results for 1 query", o.opts.BaseURL, len(answer.Results))
		}
		r := answer.Results[0]
		refs = append(refs, r.Vulns...)
		if r.NextPageToken == "" {
			r.NextPageToken = r.NextPageTokenCamel
		}
		if r.NextPageToken == "" {
			o.writeCache(cached{Key: key, Fetched: o.opts.Now(), Refs: refs})
			return refs, nil
		}
		q.PageToken = r.NextPageToken
	}
	return nil, fmt.Errorf("osv: OSV API %s: more than %d pages of records for %s in %s", o.opts.BaseURL, maxPages, pkg, ecosystem)
}

// fetchers bounds the records fetched at once.
const fetchers = 8

// records returns the records refs name, in order, fetching up to
// fetchers of them at once.
func (o *Online) records(ctx context.Context, refs []ref) ([]*osvschema.Vulnerability, error) {
	recs := make([]*osvschema.Vulnerability, len(refs))
	errs := make([]error, len(refs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(fetchers, len(refs)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(refs) || ctx.Err() != nil {
					return
				}
				recs[i], errs[i] = o.record(ctx, refs[i])
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return recs, nil
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
	data, err := o.do(ctx, http.MethodGet, vulnEndpoint+url.PathEscape(r.ID), nil)
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

// maxAnswerBytes bounds one answer read from the API.
const maxAnswerBytes = 32 << 20

// do makes one request, retrying network errors, 429 and 5xx up to
// Attempts times with a growing wait; other statuses are final.
func (o *Online) do(ctx context.Context, method, path string, body []byte) ([]byte, error) {
	var lastErr error
	for attempt := range o.opts.Attempts {
		if attempt > 0 {
			t := time.NewTimer(o.opts.Backoff * time.Duration(attempt*attempt))
			select {
			case <-ctx.Done():
				t.Stop()
				return nil, ctx.Err()
			case <-t.C:
			}
		}
		req, err := http.NewRequestWithContext(ctx, method, o.opts.BaseURL+path, bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
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
		data, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswerBytes+1))
		resp.Body.Close()
		switch {
		case err != nil:
			lastErr = err
			continue
		case len(data) > maxAnswerBytes:
			return nil, fmt.Errorf("answer over %d bytes", maxAnswerBytes)
		case resp.StatusCode == http.StatusOK:
			return data, nil
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
