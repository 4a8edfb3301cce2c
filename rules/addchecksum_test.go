package rules

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dockerfix/dockerfix/fix"
	"github.com/dockerfix/dockerfix/internal/online"
	"github.com/dockerfix/dockerfix/lint"
)

// TestAddChecksumOnline pins ADD --checksum with the digest of what a
// server on 127.0.0.1 serves, through online.Files as --online builds it:
// one request per URL however many Dockerfiles and fix rounds ask, and no
// fix for a file over the size bound.
func TestAddChecksumOnline(t *testing.T) {
	tool := bytes.Repeat([]byte("a release binary\n"), 100)
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		switch r.URL.Path {
		case "/tool":
			w.Write(tool)
		case "/huge.iso":
			w.Write(bytes.Repeat([]byte{0}, 8<<10))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	files := &online.Files{Session: &online.Session{}, Client: srv.Client(), MaxBytes: 4 << 10, Timeout: 5 * time.Second}
	env := &lint.Env{Now: func() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) }, Remote: files}
	rs := []*lint.Rule{AddURLWithoutChecksum}

	src := "FROM debian:trixie-slim\nADD --chmod=0755 " + srv.URL + "/tool /usr/local/bin/tool\nADD " + srv.URL + "/huge.iso /tmp/\nADD " + srv.URL + "/gone.tgz /tmp/\n"
	sum := sha256.Sum256(tool)
	want := strings.Replace(src, "ADD --chmod", fmt.Sprintf("ADD --checksum=sha256:%x --chmod", sum), 1)
	for i := 0; i < 2; i++ { // a second Dockerfile naming the same URLs
		res, err := fix.Loop("Dockerfile", []byte(src), fix.Options{Rules: rs, Env: env, Unsafe: true})
		if err != nil {
			t.Fatal(err)
		}
		if string(res.Fixed) != want {
			t.Fatalf("fixed:\n%s\nwant:\n%s", res.Fixed, want)
		}
		var msgs []string
		for _, d := range res.Diagnostics {
			msgs = append(msgs, d.Message)
		}
		got := strings.Join(msgs, "\n")
		if !strings.Contains(got, "huge.iso has no --checksum: the build takes whatever the server sends (--online did not fetch it: file too large (over 4096 bytes))") ||
			!strings.Contains(got, "gone.tgz has no --checksum: the build takes whatever the server sends (--online did not fetch it: 404 Not Found)") {
			t.Errorf("remaining findings:\n%s", got)
		}
	}
	if n := requests.Load(); n != 3 {
		t.Errorf("%d requests, want one per URL", n)
	}

	// Without the fix's permission, the finding says the fix is unsafe.
	_, diags, err := lint.Check("Dockerfile", []byte(src), rs, env)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 3 || len(diags[0].Fixes) != 1 || diags[0].Fixes[0].Safe {
		t.Errorf("findings: %+v", diags)
	}
}
