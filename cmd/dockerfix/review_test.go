package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dockerfix/dockerfix/internal/github/githubtest"
	"github.com/dockerfix/dockerfix/lint"
)

const reviewToken = "ghs_e2eSecretToken0123456789"

// reviewRepo is a pull request's working tree: two changed Dockerfiles.
var reviewRepo = map[string]string{
	"Dockerfile": "FROM node:24-alpine\n" + // 1
		"WORKDIR /app\n" + // 2
		"COPY . .\n" + // 3
		"MAINTAINER Zoë ⚓ \\\n" + // 4
		"  <z@example.com>\n" + // 5
		"CMD node a.js\n" + // 6
		"CMD [\"node\", \"server.js\"]\n", // 7
	"svc/api.Dockerfile": "FROM python:3.8-slim\n" + // 1
		"WORKDIR /srv\n" + // 2
		"COPY app.py .\n" + // 3
		"RUN pip install --no-cache-dir flask\n" + // 4
		"USER 1000\n" + // 5
		"CMD python app.py\n", // 6
	"README.md": "# shop\n",
}

// reviewFiles is what the pull request changes: lines 3-7 of Dockerfile
// (not its FROM), lines 4-6 of svc/api.Dockerfile (not its FROM), the
// README, and a Dockerfile it removes.
var reviewFiles = []githubtest.File{
	{Filename: "Dockerfile", Status: "modified", Patch: "@@ -3,4 +3,5 @@\n COPY . .\n-MAINTAINER Zoe\n+MAINTAINER Zoë ⚓ \\\n+  <z@example.com>\n CMD node a.js\n CMD [\"node\", \"server.js\"]"},
	{Filename: "README.md", Status: "modified", Patch: "@@ -1 +1 @@\n-# old\n+# shop"},
	{Filename: "old/Dockerfile", Status: "removed", Patch: "@@ -1 +0,0 @@\n-FROM scratch"},
	{Filename: "svc/api.Dockerfile", Status: "modified", Patch: "@@ -4,2 +4,3 @@\n RUN pip install --no-cache-dir flask\n+USER 1000\n CMD python app.py"},
}

// reviewRun runs `dockerfix review --github` in dir and returns its exit
// code, stdout and stderr, checking that the token is in neither.
func reviewRun(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := Main(context.Background(), append([]string{"dockerfix", "review", "--github", "--date", "2026-11-20"}, args...), nil, &stdout, &stderr)
	for name, out := range map[string]string{"stdout": stdout.String(), "stderr": stderr.String()} {
		if strings.Contains(out, reviewToken) {
			t.Errorf("the token is in %s:\n%s", name, out)
		}
	}
	return code, stdout.String(), stderr.String()
}

// setUpReview writes the working tree and the event, starts the fake API
// and points the environment at them.
func setUpReview(t *testing.T) (string, *githubtest.Server) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range reviewRepo {
		if err := writeFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	srv := githubtest.New(t, reviewToken, "acme", "shop", 42)
	srv.Head = "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432"
	srv.Files = reviewFiles
	event := filepath.Join(t.TempDir(), "event.json")
	ev := `{"action": "synchronize", "number": 42, "pull_request": {"number": 42, "head": {"sha": "` + srv.Head + `", "ref": "feature"}}}`
	if err := os.WriteFile(event, []byte(ev), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GITHUB_TOKEN", reviewToken)
	t.Setenv("GITHUB_REPOSITORY", "acme/shop")
	t.Setenv("GITHUB_API_URL", srv.URL)
	t.Setenv("GITHUB_EVENT_PATH", event)
	return dir, srv
}

// wantComment is a review comment the test expects.
type wantComment struct {
	path            string
	startLine, line int
	rule            string
	safe            bool
	suggestion      string // the block's text; "-" for no block
	alsoSays        string // a further part of the body, or ""
}

// TestReviewEndToEnd runs the review bot against a fake GitHub API: the
// exact review it posts, a re-run that posts nothing again, a rate-limit
// answer, and the token kept out of every output.
func TestReviewEndToEnd(t *testing.T) {
	dir, srv := setUpReview(t)

	code, stdout, stderr := reviewRun(t, dir)
	if code != exitFindings {
		t.Fatalf("exit %d, want 1 (findings at the default fail level)\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	// stdout is the text report of a lint of the changed Dockerfiles.
	wantStdout := []string{
		"Dockerfile:1:1: warning DF201 ",
		"Dockerfile:4:1: warning DF401 MAINTAINER is deprecated; use a LABEL",
		"Dockerfile:6:1: warning DF402 CMD is overridden by the CMD on line 7",
		"Dockerfile:6:1: warning DF403 ",
		"svc/api.Dockerfile:1:6: warning DF101 python:3.8-slim: ",
		"svc/api.Dockerfile:6:1: warning DF403 ",
		"6 findings in 2 files, 4 fixable with --write (2 more with --unsafe-fixes)",
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != len(wantStdout) {
		t.Fatalf("stdout has %d lines, want %d:\n%s", len(lines), len(wantStdout), stdout)
	}
	for i, w := range wantStdout {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("stdout line %d: %q, want it to start with %q", i+1, lines[i], w)
		}
	}
	if want := "dockerfix: review of acme/shop#42 at 9f8e7d6c5b4a: 5 comments posted, in a new review\n"; stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
	}

	posted := srv.Posted()
	if len(posted) != 1 {
		t.Fatalf("%d reviews posted, want 1", len(posted))
	}
	rv := posted[0]
	if rv.Event != "COMMENT" || rv.CommitID != srv.Head {
		t.Errorf("review event %q on %q, want COMMENT on %s", rv.Event, rv.CommitID, srv.Head)
	}
	want := []wantComment{
		{path: "Dockerfile", startLine: 4, line: 5, rule: "DF401", safe: true,
			suggestion: "LABEL org.opencontainers.image.authors=\"Zoë ⚓   <z@example.com>\"\n"},
		// DF201 reports the FROM, outside the diff; its fix inserts USER
		// before the CMD, in it: the suggestion is there.
		{path: "Dockerfile", startLine: 6, line: 6, rule: "DF201", safe: false,
			suggestion: "USER node\nCMD node a.js\n", alsoSays: "Reported on line 1; the fix edits these lines, so the suggestion is here."},
		{path: "Dockerfile", startLine: 6, line: 6, rule: "DF402", safe: true, suggestion: ""},
		{path: "Dockerfile", startLine: 6, line: 6, rule: "DF403", safe: true, suggestion: "CMD [\"node\", \"a.js\"]\n"},
		{path: "svc/api.Dockerfile", startLine: 6, line: 6, rule: "DF403", safe: true, suggestion: "CMD [\"python\", \"app.py\"]\n"},
	}
	if len(rv.Comments) != len(want) {
		t.Fatalf("%d comments, want %d: %+v", len(rv.Comments), len(want), rv.Comments)
	}
	for i, w := range want {
		c := rv.Comments[i]
		startLine := 0 // sent only for a range
		if w.startLine != w.line {
			startLine = w.startLine
		}
		if c.Path != w.path || c.Line != w.line || c.StartLine != startLine || c.Side != "RIGHT" {
			t.Errorf("comment %d: %s line %d start_line %d side %s, want %s line %d start_line %d side RIGHT",
				i, c.Path, c.Line, c.StartLine, c.Side, w.path, w.line, startLine)
		}
		if startLine != 0 && c.StartSide != "RIGHT" {
			t.Errorf("comment %d: start_side %q", i, c.StartSide)
		}
		block := "```suggestion\n" + w.suggestion + "```\n"
		if !strings.Contains(c.Body, block) || strings.Count(c.Body, "```suggestion") != 1 {
			t.Errorf("comment %d (%s) lacks the suggestion block\n%s\nin:\n%s", i, w.rule, block, c.Body)
		}
		label := "**Safe fix**: "
		if !w.safe {
			label = "**Unsafe fix**, review it before committing: "
		}
		if !strings.Contains(c.Body, label) || !strings.Contains(c.Body, "["+w.rule+" ") {
			t.Errorf("comment %d does not name %s and its %q:\n%s", i, w.rule, label, c.Body)
		}
		if w.alsoSays != "" && !strings.Contains(c.Body, w.alsoSays) {
			t.Errorf("comment %d lacks %q:\n%s", i, w.alsoSays, c.Body)
		}
		if !strings.Contains(c.Body, "\n\n<!-- dockerfix:comment ") {
			t.Errorf("comment %d has no marker:\n%s", i, c.Body)
		}
	}
	// One body whole: the unsafe fix says why it needs a review.
	wantDF201 := "**warning** [DF201 root-user](" + lint.DocBaseURL + "DF201.md): the container runs as root: no USER in the final stage (node:24-alpine runs as root by default)\n\n" +
		"**Unsafe fix**, review it before committing: Switch to USER node (node:24-alpine ships it; unsafe: the file gives it no files (no chown, no COPY --chown), so what its program writes may be root's) (only `dockerfix --write --unsafe-fixes` applies it).\n\n" +
		"Reported on line 1; the fix edits these lines, so the suggestion is here.\n\n" +
		"```suggestion\nUSER node\nCMD node a.js\n```\n\n<!-- dockerfix:comment "
	if !strings.HasPrefix(rv.Comments[1].Body, wantDF201) {
		t.Errorf("DF201's comment:\n%s\nwant it to start:\n%s", rv.Comments[1].Body, wantDF201)
	}
	wantSummary := "<!-- dockerfix:summary -->\n" +
		"**dockerfix**: 6 findings in the 2 Dockerfiles this pull request changes.\n\n" +
		"5 are commented on in the diff; their fixes: 4 safe, 1 unsafe (review before committing).\n\n" +
		"1 is on lines outside the diff:\n\n" +
		"- `svc/api.Dockerfile` line 1: **warning** DF101: python:3.8-slim: python 3.8 reached end of support on 2024-10-07; bump to python:3.14-slim (python 3.8 → 3.14), or to python:3.11-slim (python 3.8 → 3.11) with --bump minimal; needs review: a new python release line (unsafe fix: Bump python:3.8-slim to python:3.14-slim (python 3.8 → 3.14))\n"
	if rv.Body != wantSummary {
		t.Errorf("review body:\n%s\nwant:\n%s", rv.Body, wantSummary)
	}

	// A re-run on the same head posts nothing: every comment is there, the
	// summary has not changed. --fail-level error: nothing reaches it.
	before := len(srv.Requests())
	code2, stdout2, stderr2 := reviewRun(t, dir, "--fail-level", "error")
	if code2 != exitOK {
		t.Errorf("re-run with --fail-level error: exit %d, want 0\n%s", code2, stderr2)
	}
	if stdout2 != stdout {
		t.Errorf("re-run's report:\n%s\nwant the first run's:\n%s", stdout2, stdout)
	}
	if want := "dockerfix: review of acme/shop#42 at 9f8e7d6c5b4a: 0 comments posted (5 already there), summary unchanged\n"; stderr2 != want {
		t.Errorf("re-run's stderr:\n%s\nwant:\n%s", stderr2, want)
	}
	for _, r := range srv.Requests()[before:] {
		if r.Method != "GET" {
			t.Errorf("the re-run wrote: %s %s %s", r.Method, r.Path, r.Body)
		}
	}
	if n, m := len(srv.Posted()), len(srv.Comments()); n != 1 || m != 5 {
		t.Errorf("after the re-run: %d reviews, %d comments; want 1 and 5", n, m)
	}

	// Every list was read a page at a time (the fake serves two items a
	// page): the four files take two requests.
	pages := map[string]int{}
	for _, r := range srv.Requests() {
		if r.Method == "GET" {
			pages[r.Path]++
		}
	}
	if n := pages["/repos/acme/shop/pulls/42/files"]; n != 4 {
		t.Errorf("%d requests for the files in two runs, want 4 (two pages each)", n)
	}
	if n := pages["/repos/acme/shop/pulls/42/comments"]; n != 1+3 {
		t.Errorf("%d requests for the comments in two runs, want 1 (none yet) + 3 (five comments, two a page)", n)
	}

	// The API's rate limit: one clear line, exit 2, nothing on stdout.
	srv.RateLimited = true
	srv.RateReset = time.Date(2026, 11, 20, 13, 0, 0, 0, time.UTC)
	code3, stdout3, stderr3 := reviewRun(t, dir)
	if code3 != exitError || stdout3 != "" {
		t.Errorf("rate limited: exit %d, stdout %q; want 2 and nothing", code3, stdout3)
	}
	if want := "dockerfix: GitHub API: listing the files of pull request acme/shop#42: rate limit exceeded (HTTP 403); it resets at 2026-11-20 13:00:00 UTC: API rate limit exceeded for installation ID 4242.\n"; stderr3 != want {
		t.Errorf("rate limited: stderr\n%q\nwant\n%q", stderr3, want)
	}

	// The token went only where it belongs, the Authorization header: no
	// request body or query holds it.
	for _, r := range srv.Requests() {
		if strings.Contains(r.Body+r.Query+r.Path, reviewToken) {
			t.Errorf("a request carries the token outside its header: %s %s", r.Method, r.Path)
		}
	}
}

// TestReviewInputs covers what review reads from the environment and its
// flags, and its usage errors.
func TestReviewInputs(t *testing.T) {
	dir, srv := setUpReview(t)

	// --pr without --commit: the head commit comes from the API, and
	// PATH arguments narrow the files.
	t.Setenv("GITHUB_EVENT_PATH", "")
	code, stdout, stderr := reviewRun(t, dir, "--pr", "42", "svc")
	if code != exitFindings || !strings.HasPrefix(stdout, "svc/api.Dockerfile:1:6: warning DF101") || strings.Contains(stdout, "\nDockerfile:") {
		t.Errorf("--pr 42 svc: exit %d\n%s%s", code, stdout, stderr)
	}
	posted := srv.Posted()
	if len(posted) != 1 || posted[0].CommitID != srv.Head || len(posted[0].Comments) != 1 {
		t.Errorf("--pr 42 svc posted %+v", posted)
	}

	// --commit is the commit the review is on.
	_, _, stderr = reviewRun(t, dir, "--pr", "42", "--commit", srv.Head)
	if !strings.Contains(stderr, "at 9f8e7d6c5b4a: 4 comments posted (1 already there), in a new review") {
		t.Errorf("--pr --commit: %s", stderr)
	}

	usage := []struct {
		env  map[string]string
		args []string
		want string
	}{
		{map[string]string{"GITHUB_TOKEN": ""}, nil, "dockerfix: GITHUB_TOKEN is not set: review needs a token allowed to write pull-request reviews (permissions: pull-requests: write)\n"},
		{map[string]string{"GITHUB_REPOSITORY": "acme"}, nil, "dockerfix: GITHUB_REPOSITORY \"acme\": want owner/repo\n"},
		{nil, nil, "dockerfix: GITHUB_EVENT_PATH is not set: run review on a pull_request event, or give --pr (and --commit)\n"},
		{nil, []string{"--pr", "-3"}, "dockerfix: --pr -3: want a pull request number\n"},
		{map[string]string{"GITHUB_API_URL": "https://x-access-token:" + reviewToken + "@ghe.example.com/api/v3"}, []string{"--pr", "1"},
			"dockerfix: GITHUB_API_URL \"https://ghe.example.com/api/v3\": credentials go in GITHUB_TOKEN, not in the URL\n"},
	}
	base := map[string]string{"GITHUB_TOKEN": reviewToken, "GITHUB_REPOSITORY": "acme/shop", "GITHUB_API_URL": srv.URL, "GITHUB_EVENT_PATH": ""}
	for _, u := range usage {
		for k, v := range base {
			t.Setenv(k, v)
		}
		for k, v := range u.env {
			t.Setenv(k, v)
		}
		code, stdout, stderr := reviewRun(t, dir, u.args...)
		if code != exitError || stdout != "" || stderr != u.want {
			t.Errorf("%v %v: exit %d, stdout %q, stderr %q; want 2 and %q", u.env, u.args, code, stdout, stderr, u.want)
		}
	}
	for k, v := range base {
		t.Setenv(k, v)
	}
	// Not a pull_request event.
	push := filepath.Join(t.TempDir(), "push.json")
	if err := os.WriteFile(push, []byte(`{"ref": "refs/heads/main"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GITHUB_EVENT_PATH", push)
	if code, _, stderr := reviewRun(t, dir); code != exitError || !strings.Contains(stderr, "holds no pull_request event") {
		t.Errorf("a push event: exit %d, %s", code, stderr)
	}
	// Without --github.
	var out, errOut bytes.Buffer
	if code := Main(context.Background(), []string{"dockerfix", "review"}, nil, &out, &errOut); code != exitError ||
		errOut.String() != "dockerfix: review needs --github: GitHub is the one code host it can post to\n" {
		t.Errorf("review without --github: exit %d, %q", code, errOut.String())
	}
	// The main command's flags are not review's.
	out.Reset()
	errOut.Reset()
	if code := Main(context.Background(), []string{"dockerfix", "review", "--github", "--write"}, nil, &out, &errOut); code != exitError ||
		errOut.String() != "dockerfix: flag provided but not defined: -write\n" || out.Len() != 0 {
		t.Errorf("review --write: exit %d, %q, %q", code, errOut.String(), out.String())
	}
	// A changed Dockerfile missing from the working tree: named, exit 2,
	// nothing posted.
	if err := os.Remove(filepath.Join(dir, "Dockerfile")); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GITHUB_EVENT_PATH", "")
	n := len(srv.Posted())
	if code, _, stderr := reviewRun(t, dir, "--pr", "42"); code != exitError || !strings.HasPrefix(stderr, "dockerfix: Dockerfile: ") || len(srv.Posted()) != n {
		t.Errorf("missing Dockerfile: exit %d, %s", code, stderr)
	}
}

// TestReviewEventJSON keeps prEvent in step with the event's shape.
func TestReviewEventJSON(t *testing.T) {
	var ev prEvent
	if err := json.Unmarshal([]byte(`{"pull_request": {"number": 3, "head": {"sha": "abc"}}}`), &ev); err != nil ||
		ev.PullRequest == nil || ev.PullRequest.Number != 3 || ev.PullRequest.Head.SHA != "abc" {
		t.Errorf("%+v, %v", ev, err)
	}
}
