package gomod

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"golang.org/x/mod/module"
	"golang.org/x/mod/sumdb"

	"github.com/dockerfix/dockerfix/internal/deps"
)

// sumDB asks the checksum database (GOSUMDB) to vouch for the go.sum lines
// Upgrade computes: a line written to go.sum is trusted by every later
// build without asking the database, so a line hashed from what a proxy
// served must be one the database agrees with, as the go command makes
// sure before it writes one.
type sumDB struct {
	env     GoEnv
	fetcher deps.Fetcher

	once   sync.Once
	client *sumdb.Client
	ops    *sumDBOps
	err    error
}

// ErrChecksumMismatch is wrapped when the checksum database disagrees with
// a hash computed from what the proxy served.
var ErrChecksumMismatch = errors.New("checksum mismatch")

// ErrNoSumDB is wrapped when the checksum database could not be asked to
// vouch for a new go.sum line (offline, down, GOSUMDB unreadable).
var ErrNoSumDB = errors.New("no answer from the checksum database")

// verify checks line, go.sum's line for m (goMod: its go.mod), against the
// checksum database; nil when GONOSUMDB or GOSUMDB=off exempts m.
func (s *sumDB) verify(ctx context.Context, m module.Version, goMod bool, line string) error {
	err := s.lookup(ctx, m, goMod, line)
	if err != nil && !errors.Is(err, ErrChecksumMismatch) {
		return fmt.Errorf("%w: %w", ErrNoSumDB, err)
	}
	return err
}

func (s *sumDB) lookup(ctx context.Context, m module.Version, goMod bool, line string) error {
	if !s.env.checkedBySumDB(m.Path) {
		return nil
	}
	if s.env.SumDBErr != nil {
		return s.env.SumDBErr
	}
	s.once.Do(func() { s.err = s.init(ctx) })
	if s.err != nil {
		return s.err
	}
	vers := m.Version
	if goMod {
		vers += "/go.mod"
	}
	lines, err := s.client.Lookup(m.Path, vers)
	if errors.Is(err, sumdb.ErrSecurity) {
		return fmt.Errorf("checksum database %s: %w: %s", s.env.SumDB.Name, err, s.ops.securityError())
	}
	if re := s.ops.lastRemoteErr(); err != nil && re != nil {
		// The client's error says what it asked; the fetcher's says why
		// it got no answer (offline, a host down).
		return fmt.Errorf("checksum database %s: %w", s.env.SumDB.Name, re)
	}
	if err != nil {
		return fmt.Errorf("checksum database %s: %w", s.env.SumDB.Name, err)
	}
	if !slices.Contains(lines, line) {
		return fmt.Errorf("%s %s: %w: computed %q, the checksum database %s has %q",
			m.Path, vers, ErrChecksumMismatch, line, s.env.SumDB.Name, strings.Join(lines, "; "))
	}
	return nil
}

// init finds where to ask the database, as the go command does: the URL
// GOSUMDB names, else the first proxy that says it serves the database
// (/sumdb/NAME/supported), else https://NAME.
func (s *sumDB) init(ctx context.Context) error {
	if s.fetcher == nil {
		return fmt.Errorf("checksum database %s: %w", s.env.SumDB.Name, deps.ErrNoRegistry)
	}
	db := s.env.SumDB
	base := db.URL
	if base == "" {
	proxies:
		for _, e := range s.env.Proxies {
			switch e.URL {
			case "off", "direct":
				break proxies
			}
			u := e.URL + "/sumdb/" + db.Name
			_, err := s.fetcher.Fetch(ctx, u+"/supported", "")
			if err == nil {
				base = u
				break
			}
			if !errors.Is(err, deps.ErrNotFound) {
				return fmt.Errorf("checksum database %s: %w", db.Name, err)
			}
		}
	}
	if base == "" {
		base = "https://" + db.Name
	}
	s.ops = &sumDBOps{ctx: ctx, fetcher: s.fetcher, base: base, key: db.Key, config: map[string][]byte{}}
	s.client = sumdb.NewClient(s.ops)
	return nil
}

// sumDBOps are the checksum-database client's operations: requests
// through the fetcher (cached with its documents), its configuration
// (the key and the latest signed tree) in memory for the run.
type sumDBOps struct {
	ctx     context.Context
	fetcher deps.Fetcher
	base    string
	key     string

	mu        sync.Mutex
	config    map[string][]byte
	security  string // the first security error the client reported
	remoteErr error  // the last request's error
}

func (o *sumDBOps) ReadRemote(p string) ([]byte, error) {
	b, err := o.fetcher.Fetch(o.ctx, o.base+p, "")
	o.mu.Lock()
	o.remoteErr = err
	o.mu.Unlock()
	return b, err
}

func (o *sumDBOps) lastRemoteErr() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.remoteErr
}

func (o *sumDBOps) ReadConfig(file string) ([]byte, error) {
	if file == "key" {
		return []byte(o.key), nil
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.config[file], nil // nil: start from an empty tree
}

func (o *sumDBOps) WriteConfig(file string, old, new []byte) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if string(o.config[file]) != string(old) {
		return sumdb.ErrWriteConflict
	}
	o.config[file] = new
	return nil
}

// The fetcher caches the documents; the client's own cache is not needed.
func (o *sumDBOps) ReadCache(string) ([]byte, error) { return nil, errors.New("no cache") }
func (o *sumDBOps) WriteCache(string, []byte)        {}
func (o *sumDBOps) Log(string)                       {}

func (o *sumDBOps) securityError() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.security
}

func (o *sumDBOps) SecurityError(msg string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.security == "" {
		o.security = msg
	}
}
