package online

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// refused is what a dial to a closed port returns.
var refused = &url.Error{Op: "Get", URL: "https://registry.example/v2/", Err: &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}}

// warnings collects a Session's warnings.
type warnings struct {
	mu   sync.Mutex
	msgs []string
}

func (w *warnings) warn(msg string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.msgs = append(w.msgs, msg)
}

func (w *warnings) list() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.msgs...)
}

func TestHostFailure(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"an HTTP answer", errors.New("GET /v2/x/tags/list: NAME_UNKNOWN"), false},
		{"cancelled by the caller", context.Canceled, false},
		{"a cancelled request", &url.Error{Op: "Get", URL: "u", Err: context.Canceled}, false},
		{"deadline", context.DeadlineExceeded, true},
		{"a request past its deadline", fmt.Errorf("list tags: %w", &url.Error{Op: "Get", URL: "u", Err: context.DeadlineExceeded}), true},
		{"a malformed URL", func() error { _, err := url.Parse("http://a b/"); return err }(), false},
		{"refused", refused, true},
		{"refused, wrapped", fmt.Errorf("list tags of x: %w", refused), true},
		{"DNS", &net.DNSError{Err: "no such host", Name: "registry.example", IsNotFound: true}, true},
		{"dropped mid-answer", fmt.Errorf("read body: %w", io.ErrUnexpectedEOF), true},
		{"marked unavailable", Unavailable(errors.New("503 Service Unavailable")), true},
		{"marked nil", Unavailable(nil), false},
	} {
		if got := HostFailure(tc.err); got != tc.want {
			t.Errorf("%s: HostFailure(%v) = %v, want %v", tc.name, tc.err, got, tc.want)
		}
	}
}

func TestUnavailableStatus(t *testing.T) {
	for code, want := range map[int]bool{200: false, 401: false, 404: false, 429: true, 500: true, 502: true, 503: true} {
		if got := UnavailableStatus(code); got != want {
			t.Errorf("UnavailableStatus(%d) = %v, want %v", code, got, want)
		}
	}
}

// TestDeadline: a host that never answers holds the run only until the
// budget is spent; then nothing more is asked, of any host.
func TestDeadline(t *testing.T) {
	var w warnings
	s := &Session{Budget: 200 * time.Millisecond, Warn: w.warn}
	var calls atomic.Int32
	hang := func(ctx context.Context) error {
		calls.Add(1)
		<-ctx.Done()
		return &url.Error{Op: "Get", URL: "u", Err: ctx.Err()}
	}
	start := time.Now()
	var wg sync.WaitGroup
	errs := make([]error, 5)
	for i := range errs {
		wg.Go(func() { errs[i] = s.Do(context.Background(), "slow.example", hang) })
	}
	wg.Wait()
	if d := time.Since(start); d > 200*time.Millisecond+5*time.Second {
		t.Errorf("took %v with a budget of 200ms", d)
	}
	for _, err := range errs {
		var e *Error
		if !errors.As(err, &e) || !e.Down || e.Host != "slow.example" || !strings.Contains(err.Error(), "no answer within the online time budget of 200ms") {
			t.Errorf("err = %v", err)
		}
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("the hanging host was asked %d times, want 1 (the others wait for the first answer)", n)
	}
	// Past the deadline, another host is not asked either.
	if err := s.Do(context.Background(), "other.example", func(context.Context) error {
		t.Error("a request started after the budget was spent")
		return nil
	}); err == nil {
		t.Error("no error past the deadline")
	}
	if got := w.list(); len(got) != 2 || got[0] != "slow.example: no answer within the online time budget of 200ms; not asked again in this run; the embedded data answers instead" {
		t.Errorf("warnings = %q", got)
	}
}

// TestBreaker: after a connection failure the host is not asked again,
// even by look-ups that were waiting at the time; other hosts still are.
func TestBreaker(t *testing.T) {
	var w warnings
	s := &Session{Warn: w.warn}
	var calls atomic.Int32
	fail := func(context.Context) error {
		calls.Add(1)
		time.Sleep(20 * time.Millisecond) // let the others queue behind it
		return fmt.Errorf("list tags of node: %w", refused)
	}
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() {
			err := s.Do(context.Background(), "dead.example", fail)
			var e *Error
			if !errors.As(err, &e) || !e.Down || !strings.Contains(err.Error(), "connection refused") {
				t.Errorf("err = %v", err)
			}
		})
	}
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("the dead host was asked %d times, want 1", n)
	}
	if err := s.Do(context.Background(), "alive.example", func(context.Context) error { return nil }); err != nil {
		t.Errorf("another host: %v", err)
	}
	want := "dead.example: dial tcp: connection refused; not asked again in this run; the embedded data answers instead"
	if got := w.list(); len(got) != 1 || got[0] != want {
		t.Errorf("warnings = %q, want [%q]", got, want)
	}
}

// TestRefusedRequest: an answer that refuses one request (404) leaves the
// host up, and is reported only when the caller reports it.
func TestRefusedRequest(t *testing.T) {
	var w warnings
	s := &Session{Warn: w.warn}
	calls := 0
	notFound := func(context.Context) error { calls++; return errors.New("NAME_UNKNOWN") }
	for range 3 {
		err := s.Do(context.Background(), "reg.example", notFound)
		var e *Error
		if !errors.As(err, &e) || e.Down || err.Error() != "reg.example: NAME_UNKNOWN" {
			t.Errorf("err = %v", err)
		}
		s.Report(err)
	}
	if calls != 3 {
		t.Errorf("%d requests, want 3: a 404 does not put the host down", calls)
	}
	if got := w.list(); len(got) != 1 || got[0] != "reg.example: NAME_UNKNOWN; the embedded data answers instead" {
		t.Errorf("warnings = %q", got)
	}
}

// TestCancelled: a caller that gives up puts no host down and is not
// warned about.
func TestCancelled(t *testing.T) {
	var w warnings
	s := &Session{Warn: w.warn}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := s.Do(ctx, "reg.example", func(ctx context.Context) error { return ctx.Err() })
	s.Report(err)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
	if err := s.Do(context.Background(), "reg.example", func(context.Context) error { return nil }); err != nil {
		t.Errorf("after a cancelled look-up: %v", err)
	}
	if got := w.list(); len(got) != 0 {
		t.Errorf("warnings = %q", got)
	}
}

// TestParallel: requests run in parallel up to the bound, and a host that
// hangs does not hold up the others.
func TestParallel(t *testing.T) {
	s := &Session{Parallel: 3, Budget: time.Minute}
	release := make(chan struct{})
	defer close(release)
	// The hanging host's probe holds one slot until the test ends.
	holding := make(chan struct{})
	go s.Do(context.Background(), "hang.example", func(ctx context.Context) error {
		close(holding)
		select {
		case <-release:
		case <-ctx.Done():
		}
		return nil
	})
	<-holding
	var inFlight, most atomic.Int32
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Go(func() {
			err := s.Do(context.Background(), fmt.Sprintf("reg%d.example", i%4), func(context.Context) error {
				n := inFlight.Add(1)
				defer inFlight.Add(-1)
				for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
				}
				time.Sleep(10 * time.Millisecond)
				return nil
			})
			if err != nil {
				t.Error(err)
			}
		})
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("a hanging host held up the others")
	}
	if m := most.Load(); m != 2 {
		t.Errorf("at most %d requests in flight beside the hanging one, want 2 (Parallel 3, one slot held)", m)
	}
}

func TestReportWithoutHost(t *testing.T) {
	var w warnings
	s := &Session{Warn: w.warn}
	s.Report(errors.New("bad name"))
	s.Report(errors.New("bad name"))
	s.Report(nil)
	if got := w.list(); len(got) != 1 || got[0] != "bad name; the embedded data answers instead" {
		t.Errorf("warnings = %q", got)
	}
	(&Session{}).Report(refused) // no Warn: dropped, no panic
}

// TestParallelPerHost: one host gets at most half the slots: when all its
// requests hang, another host is still asked.
func TestParallelPerHost(t *testing.T) {
	s := &Session{Parallel: 4, Budget: time.Minute}
	if err := s.Do(context.Background(), "hang.example", func(context.Context) error { return nil }); err != nil {
		t.Fatal(err) // the probe: the host answered once
	}
	release := make(chan struct{})
	var hanging, most atomic.Int32
	var wg sync.WaitGroup
	for range 6 {
		wg.Go(func() {
			s.Do(context.Background(), "hang.example", func(ctx context.Context) error {
				n := hanging.Add(1)
				for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
				}
				<-release
				hanging.Add(-1)
				return nil
			})
		})
	}
	for hanging.Load() < 2 {
		time.Sleep(time.Millisecond)
	}
	if err := s.Do(context.Background(), "other.example", func(context.Context) error { return nil }); err != nil {
		t.Error(err)
	}
	close(release)
	wg.Wait()
	if m := most.Load(); m != 2 {
		t.Errorf("%d requests to one host in flight, want 2 (half of Parallel 4)", m)
	}
}

// TestFallback: a host's warning names what answers instead of it.
func TestFallback(t *testing.T) {
	var w warnings
	s := &Session{Warn: w.warn, Fallback: func(host string) string {
		if host == "api.osv.dev" {
			return "the local OSV database"
		}
		return ""
	}}
	for _, host := range []string{"api.osv.dev", "index.docker.io"} {
		s.Do(context.Background(), host, func(context.Context) error { return refused })
	}
	want := []string{
		"api.osv.dev: dial tcp: connection refused; not asked again in this run; the local OSV database answers instead",
		"index.docker.io: dial tcp: connection refused; not asked again in this run; the embedded data answers instead",
	}
	if got := w.list(); !slices.Equal(got, want) {
		t.Errorf("warnings = %q, want %q", got, want)
	}
}

// TestTransport: an HTTP client on the session's transport gets whole
// answers, and a 503 puts the host down for the run, warned about once.
func TestTransport(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path == "/down" {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, strings.Repeat("x", 100<<10))
	}))
	defer srv.Close()
	var w warnings
	s := &Session{Warn: w.warn}
	client := &http.Client{Transport: s.Transport(srv.Client().Transport)}
	resp, err := client.Get(srv.URL + "/ok")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || len(body) != 100<<10 || resp.StatusCode != http.StatusOK {
		t.Fatalf("answer: %d bytes, status %d, %v", len(body), resp.StatusCode, err)
	}
	for range 3 {
		if _, err := client.Get(srv.URL + "/down"); err == nil {
			t.Error("a 503 came back as an answer")
		}
	}
	if n := hits.Load(); n != 2 {
		t.Errorf("the server was asked %d times, want 2: the 503 puts the host down", n)
	}
	if got := w.list(); len(got) != 1 || !strings.Contains(got[0], "503 Service Unavailable; not asked again in this run") {
		t.Errorf("warnings = %q", got)
	}
}
