package github

import (
	"context"
	"fmt"
	"net"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dockerfix/dockerfix/internal/github/githubtest"
)

const testToken = "ghs_testtoken0123456789abcdef"

func newTestClient(t *testing.T) (*Client, *githubtest.Server) {
	t.Helper()
	srv := githubtest.New(t, testToken, "acme", "shop", 7)
	srv.Head = "0123456789abcdef0123456789abcdef01234567"
	c, err := NewClient(srv.URL, testToken, PR{Owner: "acme", Repo: "shop", Number: 7}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c, srv
}

func TestFilesPages(t *testing.T) {
	c, srv := newTestClient(t)
	for i := range 5 {
		srv.Files = append(srv.Files, githubtest.File{Filename: fmt.Sprintf("f%d/Dockerfile", i), Status: "modified", Patch: fmt.Sprintf("@@ -1,1 +%d,2 @@\n a\n+b", i+1)})
	}
	srv.Files = append(srv.Files, githubtest.File{Filename: "logo.png", Status: "added"})
	files, err := c.Files(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 6 {
		t.Fatalf("%d files, want 6 (paged 2 at a time)", len(files))
	}
	if want := (ChangedFile{Path: "f4/Dockerfile", Status: "modified", Hunks: []Hunk{{5, 6}}}); !reflect.DeepEqual(files[4], want) {
		t.Errorf("files[4] = %+v, want %+v", files[4], want)
	}
	if files[5].Hunks != nil {
		t.Errorf("a file without a patch has hunks %v", files[5].Hunks)
	}
	gets := 0
	for _, r := range srv.Requests() {
		if strings.HasSuffix(r.Path, "/files") {
			gets++
		}
	}
	if gets != 3 {
		t.Errorf("%d requests for files, want 3 pages", gets)
	}
}

func TestHeadSHA(t *testing.T) {
	c, srv := newTestClient(t)
	sha, err := c.HeadSHA(context.Background())
	if err != nil || sha != srv.Head {
		t.Errorf("HeadSHA = %q, %v; want %q", sha, err, srv.Head)
	}
}

// TestPublishRerun posts a review, then runs again as a re-run would: with
// the same review, a changed summary, a new comment, and nothing at all.
func TestPublishRerun(t *testing.T) {
	c, srv := newTestClient(t)
	ctx := context.Background()
	srv.Files = []githubtest.File{{Filename: "Dockerfile", Status: "modified", Patch: "@@ -1,3 +1,4 @@\n FROM a\n+RUN b\n RUN c\n+CMD d"}}
	comment := func(line int, text string) Comment {
		return newComment("Dockerfile", line, line, "DF999", text, false, "")
	}
	first := Review{Findings: 3, Summary: summaryMarker + "\nthree findings\n", Comments: []Comment{comment(1, "a"), comment(2, "b"), comment(4, "c")}}
	out, err := c.Publish(ctx, srv.Head, first)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Outcome{Posted: 3, Review: "created"}); out != want {
		t.Errorf("first run: %+v, want %+v", out, want)
	}
	posted := srv.Posted()
	if len(posted) != 1 || posted[0].Event != "COMMENT" || posted[0].CommitID != srv.Head || posted[0].Body != first.Summary || len(posted[0].Comments) != 3 {
		t.Fatalf("posted %+v", posted)
	}

	// The same again: nothing is written.
	before := len(srv.Requests())
	out, err = c.Publish(ctx, srv.Head, first)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Outcome{Existing: 3, Review: "unchanged"}); out != want {
		t.Errorf("second run: %+v, want %+v", out, want)
	}
	for _, r := range srv.Requests()[before:] {
		if r.Method != "GET" {
			t.Errorf("second run wrote: %s %s", r.Method, r.Path)
		}
	}

	// One finding fixed: the summary is rewritten in place.
	second := Review{Findings: 2, Summary: summaryMarker + "\ntwo findings\n", Comments: first.Comments[:2]}
	if out, err = c.Publish(ctx, srv.Head, second); err != nil {
		t.Fatal(err)
	}
	if want := (Outcome{Existing: 2, Review: "updated"}); out != want {
		t.Errorf("third run: %+v, want %+v", out, want)
	}
	if rv := srv.Reviews(); len(rv) != 1 || rv[0].Body != second.Summary {
		t.Errorf("reviews after the update: %+v", rv)
	}

	// A new finding: a new review, and the old summary points to it.
	third := Review{Findings: 3, Summary: summaryMarker + "\nthree again\n", Comments: append(first.Comments[:2:2], comment(3, "new"))}
	if out, err = c.Publish(ctx, srv.Head, third); err != nil {
		t.Fatal(err)
	}
	if want := (Outcome{Posted: 1, Existing: 2, Review: "created"}); out != want {
		t.Errorf("fourth run: %+v, want %+v", out, want)
	}
	rv := srv.Reviews()
	if len(rv) != 2 || rv[0].Body != supersededBody || rv[1].Body != third.Summary {
		t.Errorf("reviews after a new one: %+v", rv)
	}
	if n := len(srv.Comments()); n != 4 {
		t.Errorf("%d comments on the pull request, want 4", n)
	}
	// Once all is fixed, the latest summary says so.
	clean := Review{Summary: summaryMarker + "\nno findings\n"}
	if out, err = c.Publish(ctx, srv.Head, clean); err != nil {
		t.Fatal(err)
	}
	if rv := srv.Reviews(); out.Review != "updated" || rv[1].Body != clean.Summary || rv[0].Body != supersededBody {
		t.Errorf("clean run: %+v, reviews %+v", out, rv)
	}
}

func TestPublishNothingToSay(t *testing.T) {
	c, srv := newTestClient(t)
	out, err := c.Publish(context.Background(), srv.Head, Review{Summary: summaryMarker + "\nno findings\n"})
	if err != nil || out.Review != "none" || len(srv.Posted()) != 0 {
		t.Errorf("a clean first run: %+v, %v, posted %+v", out, err, srv.Posted())
	}
	// Findings, all outside the diff: the summary alone.
	out, err = c.Publish(context.Background(), srv.Head, Review{Findings: 1, Summary: summaryMarker + "\n1 finding outside the diff\n"})
	if err != nil || out.Review != "created" || len(srv.Posted()) != 1 || len(srv.Posted()[0].Comments) != 0 {
		t.Errorf("a run with findings outside the diff: %+v, %v, posted %+v", out, err, srv.Posted())
	}
}

func TestAPIErrors(t *testing.T) {
	ctx := context.Background()

	c, srv := newTestClient(t)
	srv.RateLimited = true
	srv.RateReset = time.Date(2026, 12, 4, 15, 4, 5, 0, time.UTC)
	_, err := c.Files(ctx)
	want := "GitHub API: listing the files of pull request acme/shop#7: rate limit exceeded (HTTP 403); it resets at 2026-12-04 15:04:05 UTC: API rate limit exceeded for installation ID 4242."
	if err == nil || err.Error() != want {
		t.Errorf("rate limit: %v\nwant %s", err, want)
	}

	// GitHub refuses a comment: its message, on one line.
	c, srv = newTestClient(t)
	srv.Files = []githubtest.File{{Filename: "Dockerfile", Status: "modified", Patch: "@@ -1 +1 @@\n-a\n+b"}}
	_, err = c.Publish(ctx, srv.Head, Review{Findings: 1, Summary: "s", Comments: []Comment{newComment("Dockerfile", 5, 5, "DF999", "x", false, "")}})
	want = "GitHub API: posting the review on acme/shop#7: HTTP 422: Unprocessable Entity: Dockerfile: lines 5-5 are not in one hunk of the diff"
	if err == nil || err.Error() != want {
		t.Errorf("refused comment: %v\nwant %s", err, want)
	}

	// A bad token.
	bad, err := NewClient(srv.URL, "wrong-token", PR{Owner: "acme", Repo: "shop", Number: 7}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = bad.Files(ctx)
	if want := "GitHub API: listing the files of pull request acme/shop#7: HTTP 401: Bad credentials"; err == nil || err.Error() != want {
		t.Errorf("bad token: %v\nwant %s", err, want)
	}

	// Nothing listening: the cause, without the URL.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	down, err := NewClient("http://"+addr+"/api/v3", testToken, PR{Owner: "acme", Repo: "shop", Number: 7}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = down.Files(ctx)
	if err == nil || !strings.HasPrefix(err.Error(), "GitHub API: listing the files of pull request acme/shop#7: ") ||
		strings.Contains(err.Error(), "/api/v3") || strings.Contains(err.Error(), "\n") {
		t.Errorf("no server: %v", err)
	}
}

func TestAPIErrorKeepsTheTokenOut(t *testing.T) {
	c := &Client{token: testToken}
	err := c.apiError("reading", fmt.Errorf("the server said: Bearer %s\nwas wrong", testToken))
	if want := "GitHub API: reading: the server said: Bearer [token] was wrong"; err.Error() != want {
		t.Errorf("got %q, want %q", err, want)
	}
}

func TestNewClient(t *testing.T) {
	pr := PR{Owner: "o", Repo: "r", Number: 1}
	tests := []struct{ url, token, err string }{
		{"https://api.github.com", "", "GITHUB_TOKEN is not set"},
		{"ftp://example.com", "t", `GITHUB_API_URL "ftp://example.com": want an http or https URL`},
		{"https://x-access-token:" + testToken + "@ghe.example.com/api/v3", "t", `GITHUB_API_URL "https://ghe.example.com/api/v3": credentials go in GITHUB_TOKEN, not in the URL`},
		{"https://ghe.example.com/api/v3", "t", ""},
	}
	for _, tt := range tests {
		c, err := NewClient(tt.url, tt.token, pr, nil)
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("%s: %v", tt.url, err)
		case tt.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.err)):
			t.Errorf("%s: error %v, want %q", tt.url, err, tt.err)
		case tt.err == "" && c.api.BaseURL.String() != tt.url+"/":
			t.Errorf("%s: base URL %s, want it as is", tt.url, c.api.BaseURL)
		}
	}
}

func TestParseRepository(t *testing.T) {
	for in, ok := range map[string]bool{"acme/shop": true, "acme": false, "/shop": false, "acme/": false, "a/b/c": false} {
		_, _, err := ParseRepository(in)
		if (err == nil) != ok {
			t.Errorf("ParseRepository(%q): %v", in, err)
		}
	}
}
