// Package githubtest is a stand-in for the parts of GitHub's REST API that
// the review bot uses, for tests: an httptest server on 127.0.0.1 that
// keeps a pull request's files, review comments and reviews, checks what
// it is sent as GitHub does (the token, a review's event and commit, that
// each comment lies on lines of the diff), pages its lists, and records
// every request.
package githubtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// File is a file of the pull request.
type File struct {
	Filename string `json:"filename"`
	Status   string `json:"status"`
	Patch    string `json:"patch,omitempty"`
}

// Comment is a review comment, as the API lists it.
type Comment struct {
	ID        int64  `json:"id"`
	ReviewID  int64  `json:"pull_request_review_id"`
	Path      string `json:"path"`
	Line      int    `json:"line"`
	StartLine *int   `json:"start_line"`
	Side      string `json:"side"`
	StartSide string `json:"start_side,omitempty"`
	CommitID  string `json:"commit_id"`
	Body      string `json:"body"`
}

// Review is a submitted review.
type Review struct {
	ID       int64  `json:"id"`
	Body     string `json:"body"`
	CommitID string `json:"commit_id"`
	State    string `json:"state"`
}

// Request is one request the server received.
type Request struct {
	Method, Path, Query string
	Body                string
}

// DraftComment is a comment of a review as the client sends it.
type DraftComment struct {
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Side      string `json:"side"`
	StartLine int    `json:"start_line,omitempty"`
	StartSide string `json:"start_side,omitempty"`
	Body      string `json:"body"`
	Position  int    `json:"position,omitempty"`
}

// ReviewRequest is a review as the client posts it.
type ReviewRequest struct {
	CommitID string         `json:"commit_id"`
	Body     string         `json:"body"`
	Event    string         `json:"event"`
	Comments []DraftComment `json:"comments"`
}

// Server is the fake API, for one pull request. Set its fields before the
// first request; read them after the last.
type Server struct {
	*httptest.Server
	Token       string
	Owner, Repo string
	Number      int
	Head        string // the head commit
	PageSize    int    // lists answer at most this many items a page, whatever is asked
	Files       []File
	// RateLimited makes every request fail as GitHub's primary rate
	// limit does: 403, X-RateLimit-Remaining 0.
	RateLimited bool
	// RateReset is when the rate limit resets.
	RateReset time.Time

	mu       sync.Mutex
	comments []Comment
	reviews  []Review
	posted   []ReviewRequest
	requests []Request
	nextID   int64
}

// New starts a server for pull request owner/repo#number, answering only
// requests with token; it closes when the test ends.
func New(t testing.TB, token, owner, repo string, number int) *Server {
	s := &Server{Token: token, Owner: owner, Repo: repo, Number: number, PageSize: 2, nextID: 1000}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// Requests is every request received, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Posted is the reviews posted, as they were sent.
func (s *Server) Posted() []ReviewRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ReviewRequest(nil), s.posted...)
}

// Reviews is the pull request's reviews as they stand.
func (s *Server) Reviews() []Review {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Review(nil), s.reviews...)
}

// Comments is the pull request's review comments.
func (s *Server) Comments() []Comment {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Comment(nil), s.comments...)
}

var (
	pullRe    = regexp.MustCompile(`^/repos/([^/]+)/([^/]+)/pulls/([0-9]+)(/files|/comments|/reviews|/reviews/([0-9]+))?$`)
	hunkStart = regexp.MustCompile(`^@@ -[0-9]+(?:,[0-9]+)? \+([0-9]+)(?:,[0-9]+)? @@`)
)

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Body: string(body)})
	w.Header().Set("Content-Type", "application/json")
	if r.Header.Get("Authorization") != "Bearer "+s.Token {
		fail(w, http.StatusUnauthorized, "Bad credentials")
		return
	}
	if s.RateLimited {
		w.Header().Set("X-RateLimit-Limit", "5000")
		w.Header().Set("X-RateLimit-Remaining", "0")
		w.Header().Set("X-RateLimit-Reset", strconv.FormatInt(s.RateReset.Unix(), 10))
		w.Header().Set("X-RateLimit-Resource", "core")
		fail(w, http.StatusForbidden, "API rate limit exceeded for installation ID 4242.")
		return
	}
	m := pullRe.FindStringSubmatch(r.URL.Path)
	if m == nil || m[1] != s.Owner || m[2] != s.Repo || m[3] != strconv.Itoa(s.Number) {
		fail(w, http.StatusNotFound, "Not Found")
		return
	}
	switch {
	case m[4] == "" && r.Method == http.MethodGet:
		writeJSON(w, map[string]any{"number": s.Number, "head": map[string]string{"sha": s.Head}})
	case m[4] == "/files" && r.Method == http.MethodGet:
		page(w, r, s.PageSize, s.Files)
	case m[4] == "/comments" && r.Method == http.MethodGet:
		page(w, r, s.PageSize, s.comments)
	case m[4] == "/reviews" && r.Method == http.MethodGet:
		page(w, r, s.PageSize, s.reviews)
	case m[4] == "/reviews" && r.Method == http.MethodPost:
		s.createReview(w, body)
	case m[5] != "" && r.Method == http.MethodPut:
		s.updateReview(w, m[5], body)
	default:
		fail(w, http.StatusNotFound, "Not Found")
	}
}

func (s *Server) createReview(w http.ResponseWriter, body []byte) {
	var req ReviewRequest
	if err := json.Unmarshal(body, &req); err != nil {
		fail(w, http.StatusBadRequest, "Problems parsing JSON")
		return
	}
	switch {
	case req.Event != "COMMENT":
		fail(w, http.StatusUnprocessableEntity, "event must be COMMENT for this bot")
		return
	case req.CommitID != s.Head:
		fail(w, http.StatusUnprocessableEntity, "commit_id is not the pull request's head")
		return
	case req.Body == "" && len(req.Comments) == 0:
		fail(w, http.StatusUnprocessableEntity, "a COMMENT review needs a body or comments")
		return
	}
	for _, c := range req.Comments {
		if msg := s.checkComment(c); msg != "" {
			fail(w, http.StatusUnprocessableEntity, "Unprocessable Entity: "+msg)
			return
		}
	}
	s.posted = append(s.posted, req)
	s.nextID++
	rv := Review{ID: s.nextID, Body: req.Body, CommitID: req.CommitID, State: "COMMENTED"}
	s.reviews = append(s.reviews, rv)
	for _, c := range req.Comments {
		s.nextID++
		cm := Comment{ID: s.nextID, ReviewID: rv.ID, Path: c.Path, Line: c.Line, Side: c.Side, StartSide: c.StartSide, CommitID: req.CommitID, Body: c.Body}
		if c.StartLine != 0 {
			start := c.StartLine
			cm.StartLine = &start
		}
		s.comments = append(s.comments, cm)
	}
	writeJSON(w, rv)
}

// checkComment says what GitHub would refuse in c, or "".
func (s *Server) checkComment(c DraftComment) string {
	if c.Position != 0 || c.Side != "RIGHT" || c.StartLine != 0 && c.StartSide != "RIGHT" {
		return fmt.Sprintf("%s:%d: want side RIGHT with line numbers", c.Path, c.Line)
	}
	start := c.Line
	if c.StartLine != 0 {
		if c.StartLine >= c.Line {
			return fmt.Sprintf("%s: start_line %d must precede line %d", c.Path, c.StartLine, c.Line)
		}
		start = c.StartLine
	}
	for _, f := range s.Files {
		if f.Filename != c.Path {
			continue
		}
		for _, h := range hunks(f.Patch) {
			if h[0] <= start && c.Line <= h[1] {
				return ""
			}
		}
		return fmt.Sprintf("%s: lines %d-%d are not in one hunk of the diff", c.Path, start, c.Line)
	}
	return c.Path + " is not part of the pull request"
}

// hunks is the new-side line ranges of a patch's hunks.
func hunks(patch string) [][2]int {
	var out [][2]int
	next := 0
	for _, line := range strings.Split(patch, "\n") {
		if m := hunkStart.FindStringSubmatch(line); m != nil {
			next, _ = strconv.Atoi(m[1])
			out = append(out, [2]int{next, next - 1})
			continue
		}
		if len(out) > 0 && (strings.HasPrefix(line, " ") || strings.HasPrefix(line, "+")) {
			out[len(out)-1][1] = next
			next++
		}
	}
	return out
}

func (s *Server) updateReview(w http.ResponseWriter, id string, body []byte) {
	var req struct {
		Body string `json:"body"`
	}
	if err := json.Unmarshal(body, &req); err != nil || req.Body == "" {
		fail(w, http.StatusUnprocessableEntity, "body is required")
		return
	}
	for i := range s.reviews {
		if strconv.FormatInt(s.reviews[i].ID, 10) == id {
			s.reviews[i].Body = req.Body
			writeJSON(w, s.reviews[i])
			return
		}
	}
	fail(w, http.StatusNotFound, "Not Found")
}

// page writes the page of items that r asks for, at most size of them,
// with the Link header that names the next page.
func page[T any](w http.ResponseWriter, r *http.Request, size int, items []T) {
	n := 1
	if p := r.URL.Query().Get("page"); p != "" {
		n, _ = strconv.Atoi(p)
	}
	if pp, _ := strconv.Atoi(r.URL.Query().Get("per_page")); pp > 0 && pp < size {
		size = pp
	}
	from := min((n-1)*size, len(items))
	to := min(from+size, len(items))
	if to < len(items) {
		next := fmt.Sprintf("http://%s%s?page=%d&per_page=%d", r.Host, r.URL.Path, n+1, size)
		w.Header().Set("Link", fmt.Sprintf(`<%s>; rel="next"`, next))
	}
	out := items[from:to]
	if out == nil {
		out = []T{}
	}
	writeJSON(w, out)
}

func writeJSON(w http.ResponseWriter, v any) {
	b, _ := json.Marshal(v)
	w.Write(b)
}

func fail(w http.ResponseWriter, code int, msg string) {
	w.WriteHeader(code)
	writeJSON(w, map[string]string{"message": msg, "documentation_url": "https://docs.github.com/rest"})
}
