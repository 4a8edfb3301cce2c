// Package online bounds the network work of one run. Every online source
// (registries now; OSV, npm and GitHub later) makes its requests through a
// Session, which gives them one deadline for the whole run, stops asking a
// host after its first connection failure or timeout, bounds the requests
// in flight, and warns once per host. A failed look-up is never fatal: the
// caller falls back to what it knows offline.
package online

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"
)

const (
	// DefaultBudget is the run's time for all its network work.
	DefaultBudget = 10 * time.Second
	// DefaultParallel bounds the requests in flight at once.
	DefaultParallel = 8
)

// Session is the network work of one run. Its zero value is ready to use;
// it is safe for concurrent use.
type Session struct {
	// Budget is the time all requests of the run share, counted from the
	// first one; zero means DefaultBudget. A request still running at the
	// end is cancelled, and no request starts after it.
	Budget time.Duration
	// Parallel bounds the requests in flight; zero means DefaultParallel.
	// One host gets at most half of them (at least one), so that a host
	// that hangs leaves room for the others.
	Parallel int
	// Warn prints a warning; nil drops it. Report calls it at most once
	// per host.
	Warn func(string)
	// Fallback says what answers instead of a failed host, for its
	// warning ("the local OSV database"); nil, or "" for a host, means the
	// embedded data.
	Fallback func(host string) string

	mu       sync.Mutex
	deadline time.Time // set by the first request
	slots    chan struct{}
	hosts    map[string]*host
	warned   map[string]bool
}

// host is what the run knows of one host.
type host struct {
	// probed is closed when the first request to the host has an answer
	// (or fails): until then the others wait, so that a dead host costs
	// one connection attempt, not one per look-up.
	probed chan struct{}
	// down is why the host is not asked again; nil while it is.
	down error
	// slots bounds the host's requests in flight.
	slots chan struct{}
}

// Error is a failed look-up, or one not made because of an earlier failure.
type Error struct {
	Host string
	Err  error
	// Down means the host is not asked again in this run: this failure,
	// or an earlier one, was the host's (HostFailure).
	Down bool
}

func (e *Error) Error() string { return e.Host + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// errUnavailable marks an answer that says the host cannot serve now.
var errUnavailable = errors.New("host unavailable")

type unavailable struct{ err error }

func (u unavailable) Error() string   { return u.err.Error() }
func (u unavailable) Unwrap() []error { return []error{u.err, errUnavailable} }

// Unavailable marks err, an HTTP answer such as 429 Too Many Requests or
// a 5xx, as the host's failure: like a connection failure, it stops the
// run from asking the host again.
func Unavailable(err error) error {
	if err == nil {
		return nil
	}
	return unavailable{err}
}

// UnavailableStatus reports whether an HTTP status says the host cannot
// serve now (rate limited or failing), rather than refusing one request.
func UnavailableStatus(code int) bool {
	return code == 429 || code >= 500
}

// HostFailure reports whether err means the host did not answer: a failed
// connection (refused, DNS, TLS, proxy), a timeout, a connection dropped
// mid-answer, or an answer marked Unavailable. An HTTP error such as 404
// answers one request only. A cancelled request is nobody's failure.
func HostFailure(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	// An http.Client reports a request without an answer as a *url.Error
	// whose Op is the method; url.Parse's have Op "parse".
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return urlErr.Op != "parse"
	}
	var netErr net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, errUnavailable) ||
		errors.As(err, &netErr) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)
}

func (s *Session) budget() time.Duration {
	if s.Budget <= 0 {
		return DefaultBudget
	}
	return s.Budget
}

// enter returns the run's deadline and host's state, and whether this
// caller is the host's first (its probe).
func (s *Session) enter(name string) (time.Time, *host, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.deadline.IsZero() {
		s.deadline = time.Now().Add(s.budget())
		n := s.Parallel
		if n <= 0 {
			n = DefaultParallel
		}
		s.slots = make(chan struct{}, n)
		s.hosts = map[string]*host{}
	}
	h, ok := s.hosts[name]
	if !ok {
		h = &host{probed: make(chan struct{}), slots: make(chan struct{}, max(1, cap(s.slots)/2))}
		s.hosts[name] = h
	}
	return s.deadline, h, !ok
}

func (s *Session) downErr(h *host) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return h.down
}

// Do runs fn, the request of one look-up at host, within the run's
// deadline, unless host is down. It returns fn's error, or an *Error
// naming host when the look-up failed or was not made.
func (s *Session) Do(ctx context.Context, host string, fn func(context.Context) error) error {
	deadline, h, probe := s.enter(host)
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	if probe {
		defer close(h.probed)
	} else {
		select {
		case <-h.probed:
		case <-ctx.Done():
			return s.fail(host, h, s.cut(ctx, deadline))
		}
		if cause := s.downErr(h); cause != nil {
			return &Error{Host: host, Err: cause, Down: true}
		}
	}
	for _, slots := range []chan struct{}{h.slots, s.slots} {
		select {
		case slots <- struct{}{}:
			defer func() { <-slots }()
		case <-ctx.Done():
			return s.fail(host, h, s.cut(ctx, deadline))
		}
	}
	if ctx.Err() != nil {
		return s.fail(host, h, s.cut(ctx, deadline))
	}
	err := fn(ctx)
	if err == nil {
		return nil
	}
	if ctx.Err() == context.DeadlineExceeded && !time.Now().Before(deadline) {
		err = budgetError{s.budget()}
	}
	return s.fail(host, h, err)
}

// cut says why ctx ended: the run's budget, or the caller's own reason.
func (s *Session) cut(ctx context.Context, deadline time.Time) error {
	if ctx.Err() == context.DeadlineExceeded && !time.Now().Before(deadline) {
		return budgetError{s.budget()}
	}
	return ctx.Err()
}

// budgetError is a request cut short by the end of the run's budget.
type budgetError struct{ budget time.Duration }

func (e budgetError) Error() string {
	return fmt.Sprintf("no answer within the online time budget of %s", e.budget)
}

func (e budgetError) Unwrap() error { return context.DeadlineExceeded }

// fail records host's failure err: a host failure puts the host down for
// the rest of the run, and is reported.
func (s *Session) fail(name string, h *host, err error) error {
	if !HostFailure(err) {
		return &Error{Host: name, Err: err}
	}
	s.mu.Lock()
	if h.down == nil {
		h.down = cause(err)
	}
	e := &Error{Host: name, Err: h.down, Down: true}
	s.mu.Unlock()
	s.Report(e)
	return e
}

// cause is the part of a host failure that says what went wrong: the
// error inside a *url.Error, without the request it was for (which the
// host's name already stands for).
func cause(err error) error {
	var be budgetError
	if errors.As(err, &be) {
		return be
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// Report warns about a failed look-up once per host: the first failure of
// the host in the run names it and the cause. An error naming no host is
// warned about once per message; a cancelled look-up not at all.
func (s *Session) Report(err error) {
	if err == nil || s.Warn == nil || errors.Is(err, context.Canceled) {
		return
	}
	key, msg := "\x00"+err.Error(), err.Error()
	fallback := "the embedded data"
	var e *Error
	if errors.As(err, &e) {
		key = e.Host
		msg = e.Error()
		if e.Down {
			msg += "; not asked again in this run"
		}
		if s.Fallback != nil {
			if f := s.Fallback(e.Host); f != "" {
				fallback = f
			}
		}
	}
	msg += "; " + fallback + " answers instead"
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.warned[key] {
		return
	}
	if s.warned == nil {
		s.warned = map[string]bool{}
	}
	s.warned[key] = true
	s.Warn(msg)
}

// maxAnswer bounds an answer Transport reads into memory.
const maxAnswer = 64 << 20

// Transport carries HTTP requests through the session: each is one Do at
// its URL's host, so an HTTP client built on it (the OSV API's) shares the
// run's deadline, breaker and bound on requests in flight. Answers are
// read whole within the request's time (at most 64 MiB), since its context
// ends when Do returns; 429 and 5xx answers count as the host's failure.
// base nil means http.DefaultTransport.
func (s *Session) Transport(base http.RoundTripper) http.RoundTripper {
	if base == nil {
		base = http.DefaultTransport
	}
	return sessionTransport{s, base}
}

type sessionTransport struct {
	s    *Session
	base http.RoundTripper
}

func (t sessionTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var resp *http.Response
	err := t.s.Do(req.Context(), req.URL.Host, func(ctx context.Context) error {
		r, err := t.base.RoundTrip(req.WithContext(ctx))
		if err != nil {
			return err
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, maxAnswer+1))
		r.Body.Close()
		switch {
		case err != nil:
			return err
		case len(body) > maxAnswer:
			return fmt.Errorf("%s %s: answer over %d MiB", req.Method, req.URL, maxAnswer>>20)
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		if UnavailableStatus(r.StatusCode) {
			return Unavailable(fmt.Errorf("%s %s: %s", req.Method, req.URL.Path, r.Status))
		}
		resp = r
		return nil
	})
	if err != nil {
		return nil, err
	}
	return resp, nil
}
