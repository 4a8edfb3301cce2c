package lint

import (
	"fmt"
	"strings"
	"testing"

	"mvdan.cc/sh/v3/syntax"
)

// describeDownloads prints what Downloads found in the file's last
// instruction, one line per download.
func describeDownloads(t *testing.T, src string) []string {
	t.Helper()
	f, err := Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in := f.Instructions[len(f.Instructions)-1]
	var out []string
	for _, d := range in.Downloads(f) {
		s := fmt.Sprintf("%s %s", d.Tool, d.URL)
		if e := d.Expanded(); e != "" && e != d.URL {
			s += " =" + e
		}
		for _, c := range d.Candidates() {
			s += " ?" + c
		}
		switch {
		case d.Stdout:
			s += " stdout"
		case d.Output != "":
			s += " > " + d.Output
		}
		for _, r := range d.Readers {
			s += " | " + CommandOf(r).Name
		}
		if d.Enclosing != nil {
			s += fmt.Sprintf(" in %s[%d]", CommandOf(d.Enclosing).Name, d.EnclosingArg)
		}
		for _, o := range d.Insecure {
			s += " insecure:" + o.Name
			if o.Letter >= 0 {
				s += fmt.Sprintf("@%d", o.Letter)
			}
		}
		if d.Checksum {
			s += " checksum"
		}
		if got := f.Text(d.URLRange); !strings.Contains(got, strings.Trim(d.URL, `"'`)) && !strings.Contains(got, "$") {
			t.Errorf("URLRange %q does not hold %q", got, d.URL)
		}
		out = append(out, s)
	}
	return out
}

func TestDownloads(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"curl -o", "FROM alpine\nRUN curl -fsSL https://x.org/a.tgz -o /tmp/a.tgz\n",
			[]string{"curl https://x.org/a.tgz > /tmp/a.tgz"}},
		{"curl cluster with o", "FROM alpine\nRUN curl -fsSLo a.tgz https://x.org/a.tgz\n",
			[]string{"curl https://x.org/a.tgz > a.tgz"}},
		{"curl -O and --output-dir", "FROM alpine\nRUN curl -O --output-dir /opt https://x.org/d/b.zip?x=1\n",
			[]string{"curl https://x.org/d/b.zip?x=1 > /opt/b.zip"}},
		{"curl to stdout into tar", "FROM alpine\nRUN curl -sL https://x.org/c.tgz | tar -xz -C /usr/local/bin\n",
			[]string{"curl https://x.org/c.tgz stdout | tar"}},
		{"curl redirected", "FROM alpine\nRUN curl -s https://x.org/d > /usr/local/bin/d\n",
			[]string{"curl https://x.org/d > /usr/local/bin/d"}},
		{"curl values are not URLs", "FROM alpine\nRUN curl -H 'Accept: x' -u me:pw --retry 3 -A agent https://x.org/e\n",
			[]string{"curl https://x.org/e stdout"}},
		{"curl --url", "FROM alpine\nRUN curl --url https://x.org/f -o f\n",
			[]string{"curl https://x.org/f > f"}},
		{"curl insecure", "FROM alpine\nRUN curl -fsSLk https://x.org/g -o g && curl --insecure -o h https://x.org/h\n",
			[]string{"curl https://x.org/g > g insecure:-k@5", "curl https://x.org/h > h insecure:--insecure"}},
		{"wget default name", "FROM alpine\nRUN wget -q https://x.org/dl/i.deb\n",
			[]string{"wget https://x.org/dl/i.deb > i.deb"}},
		{"wget -P", "FROM alpine\nRUN wget -P /tmp https://x.org/j.tgz\n",
			[]string{"wget https://x.org/j.tgz > /tmp/j.tgz"}},
		{"wget -qO-", "FROM alpine\nRUN wget -qO- https://x.org/k.sh | sh\n",
			[]string{"wget https://x.org/k.sh stdout | sh"}},
		{"wget -O file", "FROM alpine\nRUN wget --no-check-certificate -O /usr/local/bin/l https://x.org/l\n",
			[]string{"wget https://x.org/l > /usr/local/bin/l insecure:--no-check-certificate"}},
		{"behind sudo", "FROM alpine\nRUN sudo curl -o m https://x.org/m\n",
			[]string{"curl https://x.org/m > m"}},
		{"command substitution", "FROM alpine\nRUN sh -c \"$(curl -fsSL https://x.org/n.sh)\"\n",
			[]string{"curl https://x.org/n.sh stdout in sh[2]"}},
		{"process substitution", "FROM alpine\nRUN bash <(curl -s https://x.org/o.sh)\n",
			[]string{"curl https://x.org/o.sh stdout in bash[1]"}},
		{"process substitution redirected", "FROM alpine\nRUN bash < <(curl -s https://x.org/p.sh)\n",
			[]string{"curl https://x.org/p.sh stdout in bash[-1]"}},
		{"variables expanded", "FROM alpine\nARG V=1.2\nENV BASE=https://x.org\nRUN curl -o q.tgz \"$BASE/q-${V}.tgz\"\n",
			[]string{"curl ${BASE}/q-${V}.tgz =https://x.org/q-1.2.tgz > q.tgz"}},
		{"a variable set in the script", "FROM alpine\nARG A=http://x.org/a.deb\nARG B=http://x.org/b.deb\nRUN URL=$([ \"$TARGETARCH\" = arm64 ] && echo ${A} || echo ${B}) && curl -o /tmp/x.deb ${URL}\n",
			[]string{"curl ${URL} ?http://x.org/a.deb ?http://x.org/b.deb > /tmp/x.deb"}},
		{"ADD URL to a directory", "FROM alpine\nADD https://x.org/r.tgz /tmp/\n",
			[]string{"ADD https://x.org/r.tgz > /tmp/r.tgz"}},
		{"ADD URL to a file, with checksum", "FROM alpine\nADD --checksum=sha256:00 https://x.org/s /usr/bin/s\n",
			[]string{"ADD https://x.org/s > /usr/bin/s checksum"}},
		{"ADD of a Git repository is no download", "FROM alpine\nADD https://github.com/x/y.git#v1 /src\n", nil},
		{"ADD of a local file", "FROM alpine\nADD app.tgz /app/\n", nil},
		{"other commands", "FROM alpine\nRUN echo curl https://x.org && curlie https://x.org\n", nil},
		{"COPY", "FROM alpine\nCOPY https://x.org/t /t\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := describeDownloads(t, tc.src)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestDownloadURLParts(t *testing.T) {
	tests := []struct {
		url, scheme, host, base string
		loopback, pinned        bool
	}{
		{url: "https://Example.org:8443/a/b.tgz?x=1#y", scheme: "https", host: "example.org", base: "b.tgz"},
		{url: "HTTP://user:pw@[::1]:80/x/", scheme: "http", host: "::1", base: "x", loopback: true},
		{url: "http://127.0.0.1/", scheme: "http", host: "127.0.0.1", base: ".", loopback: true},
		{url: "ftp://ftp.gnu.org/gnu/m4.tgz", scheme: "ftp", host: "ftp.gnu.org", base: "m4.tgz"},
		{url: "example.org/x", base: "x"},
		{url: "${MIRROR}/x.deb", base: "x.deb"},
		{url: "https://raw.githubusercontent.com/moby/moby/8d9e3502aba39127e4d12196dae16d306f76993d/hack/dind",
			scheme: "https", host: "raw.githubusercontent.com", base: "dind", pinned: true},
		{url: "https://github.com/moby/moby/archive/8d9e3502aba39127e4d12196dae16d306f76993d.tar.gz",
			scheme: "https", host: "github.com", base: "8d9e3502aba39127e4d12196dae16d306f76993d.tar.gz", pinned: true},
		{url: "https://example.org/8d9e3502aba39127e4d12196dae16d306f76993d/x", scheme: "https", host: "example.org", base: "x"},
		{url: "https://github.com/moby/moby/archive/v25.0.1.tar.gz", scheme: "https", host: "github.com", base: "v25.0.1.tar.gz"},
	}
	for _, tc := range tests {
		d := Download{URL: tc.url, url: &urlValue{done: true}}
		if !strings.Contains(tc.url, "$") {
			d.url.expanded = tc.url
		}
		if got := d.Scheme(); got != tc.scheme {
			t.Errorf("%s: Scheme = %q, want %q", tc.url, got, tc.scheme)
		}
		if got := d.Host(); got != tc.host {
			t.Errorf("%s: Host = %q, want %q", tc.url, got, tc.host)
		}
		if got := URLBase(tc.url); got != tc.base {
			t.Errorf("%s: URLBase = %q, want %q", tc.url, got, tc.base)
		}
		if got := IsLoopback(d.Host()); got != tc.loopback {
			t.Errorf("%s: IsLoopback = %v", tc.url, got)
		}
		if got := d.CommitPinned(); got != tc.pinned {
			t.Errorf("%s: CommitPinned = %v", tc.url, got)
		}
	}
	mixed := Download{URL: "${U}", url: &urlValue{done: true, candidates: []string{"http://a/x", "https://b/x"}}}
	if s := mixed.Scheme(); s != "" {
		t.Errorf("candidates of two schemes: Scheme = %q, want none", s)
	}
	if s := mixed.Shown(); s != "${U} (http://a/x or another)" {
		t.Errorf("Shown = %q", s)
	}
}

func TestWordKey(t *testing.T) {
	tests := map[string]string{
		`/tmp/a.tgz`:        "/tmp/a.tgz",
		`"$DIR/a-${V}.tgz"`: "${DIR}/a-${V}.tgz",
		`'a b'"c"`:          "a bc",
		`"$@"`:              "$@",
		`x$(pwd)`:           "x$(pwd)",
	}
	for src, want := range tests {
		f, err := Parse("Dockerfile", []byte("FROM alpine\nRUN echo "+src+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		call := f.Instructions[1].Shell(f).Calls()[0]
		if got := WordKey(call.Args[1]); got != want {
			t.Errorf("WordKey(%s) = %q, want %q", src, got, want)
		}
	}
}

func TestSoleParam(t *testing.T) {
	for _, tc := range []struct {
		word   string
		name   string
		quoted bool
	}{
		{"$URL", "URL", false},
		{"${URL}", "URL", false},
		{`"$URL"`, "URL", true},
		{`"${URL}"`, "URL", true},
		{"${URL:-x}", "", false},
		{"${#URL}", "", false},
		{"${!URL}", "", false},
		{"x$URL", "", false},
		{`"$URL"x`, "", false},
		{"url", "", false},
	} {
		f, err := syntax.NewParser().Parse(strings.NewReader("echo "+tc.word), "")
		if err != nil {
			t.Fatal(err)
		}
		w := f.Stmts[0].Cmd.(*syntax.CallExpr).Args[1]
		if name, quoted := SoleParam(w.Parts); name != tc.name || quoted != tc.quoted {
			t.Errorf("SoleParam(%s) = %q, %v; want %q, %v", tc.word, name, quoted, tc.name, tc.quoted)
		}
	}
}
