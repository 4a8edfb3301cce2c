package lint

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"mvdan.cc/sh/v3/syntax"
)

func TestTraceDownloads(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // per download: "URL verified" or "URL: use; use"
	}{
		{"checksum in the same RUN",
			"FROM alpine\nRUN curl -fsSL https://x.org/a.tgz -o a.tgz && echo \"$SHA  a.tgz\" | sha256sum -c - && tar -xzf a.tgz\n",
			[]string{"https://x.org/a.tgz verified"}},
		{"no check",
			"FROM alpine\nRUN curl -fsSLO https://x.org/t_1_amd64.deb && dpkg -i t_1_amd64.deb\n",
			[]string{"https://x.org/t_1_amd64.deb: 2 installed with dpkg -i"}},
		{"signature names the file",
			"FROM alpine\nRUN wget -O /usr/local/bin/gosu https://x.org/gosu; wget -O /usr/local/bin/gosu.asc https://x.org/gosu.asc; gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; chmod +x /usr/local/bin/gosu\n",
			[]string{"https://x.org/gosu verified", "https://x.org/gosu.asc"}},
		{"a check names another file",
			"FROM alpine\nRUN curl -o a.tgz https://x.org/a.tgz && curl -o b.tgz https://x.org/b.tgz && echo \"$S  a.tgz\" | sha256sum -c && tar xzf a.tgz && tar xzf b.tgz\n",
			[]string{"https://x.org/a.tgz verified", "https://x.org/b.tgz: 2 extracted with tar"}},
		{"a checksum list covers them all",
			"FROM alpine\nRUN curl -O https://x.org/a.tgz -O https://x.org/SHA256SUMS && sha256sum -c --ignore-missing SHA256SUMS && tar xzf a.tgz\n",
			[]string{"https://x.org/a.tgz verified", "https://x.org/SHA256SUMS verified"}},
		{"a sum compared in a test",
			"FROM alpine\nRUN curl -o x.tgz https://x.org/x.tgz && [ \"$(openssl sha512 -r x.tgz)\" = \"$SUM\" ] && tar xzf x.tgz\n",
			[]string{"https://x.org/x.tgz verified"}},
		{"a sum printed only",
			"FROM alpine\nRUN curl -o x.tgz https://x.org/x.tgz && sha256sum x.tgz && tar xzf x.tgz\n",
			[]string{"https://x.org/x.tgz: 2 extracted with tar"}},
		{"checked in a later RUN, before use",
			"FROM alpine\nARG SHA=abc\nADD https://x.org/z.tgz /tmp/\nRUN echo \"${SHA}  /tmp/z.tgz\" | sha256sum -c - && tar -xzf /tmp/z.tgz\n",
			[]string{"https://x.org/z.tgz verified"}},
		{"used in a later RUN, never checked",
			"FROM alpine\nRUN curl -o /tmp/y.tgz https://x.org/y.tgz\nRUN tar -xf /tmp/y.tgz\n",
			[]string{"https://x.org/y.tgz: 3 extracted with tar"}},
		{"made executable, checked in a later RUN",
			"FROM alpine\nRUN curl -o /go/bin/m https://x.org/m && chmod +x /go/bin/m\nRUN minisign -Vqm /go/bin/m -P KEY\n",
			[]string{"https://x.org/m verified"}},
		{"made executable, never checked",
			"FROM alpine\nRUN curl -o /usr/local/bin/m https://x.org/m && chmod +x /usr/local/bin/m\n",
			[]string{"https://x.org/m: 2 saved into /usr/local/bin; 2 made executable with chmod"}},
		{"streamed into tar",
			"FROM alpine\nRUN curl -sL https://x.org/s.tgz | tar -xz -C /opt\n",
			[]string{"https://x.org/s.tgz: 2 extracted with tar as it streams in"}},
		{"piped into a shell is not a file use",
			"FROM alpine\nRUN curl -sL https://x.org/i.sh | sh\n",
			[]string{"https://x.org/i.sh"}},
		{"run with sh",
			"FROM alpine\nRUN curl -fsSL https://get.docker.com -o get-docker.sh && sh get-docker.sh\n",
			[]string{"https://get.docker.com: 2 executed with sh"}},
		{"ADD --checksum",
			"FROM alpine\nADD --checksum=sha256:00 https://x.org/w.tgz /tmp/w.tgz\nRUN tar xzf /tmp/w.tgz\n",
			[]string{"https://x.org/w.tgz verified"}},
		{"by commit",
			"FROM alpine\nRUN wget -O /usr/local/bin/dind https://raw.githubusercontent.com/moby/moby/8d9e3502aba39127e4d12196dae16d306f76993d/hack/dind && chmod +x /usr/local/bin/dind\n",
			[]string{"https://raw.githubusercontent.com/moby/moby/8d9e3502aba39127e4d12196dae16d306f76993d/hack/dind verified"}},
		{"installed by name",
			"FROM debian\nRUN wget https://x.org/p.deb && apt-get install -y ./p.deb\n",
			[]string{"https://x.org/p.deb: 2 installed with apt-get install"}},
		{"not followed into another stage",
			"FROM alpine AS a\nRUN curl -o /x.tgz https://x.org/x.tgz\nFROM a\nRUN tar xzf /x.tgz\n",
			[]string{"https://x.org/x.tgz"}},
		{"PowerShell's RUN is not read",
			"FROM alpine\nSHELL [\"pwsh\", \"-c\"]\nRUN curl -o x.tgz https://x.org/x.tgz; tar xzf x.tgz\n",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse("Dockerfile", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, tr := range f.TraceDownloads() {
				s := tr.URL
				if e := tr.Expanded(); e != "" {
					s = e
				}
				switch {
				case tr.Verified():
					s += " verified"
				case len(tr.Uses) > 0:
					var uses []string
					for _, u := range tr.Uses {
						uses = append(uses, fmt.Sprintf("%d %s", f.Position(u.Range.Start).Line, u.How))
					}
					s += ": " + strings.Join(uses, "; ")
				}
				got = append(got, s)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestIsSumFile(t *testing.T) {
	for name, want := range map[string]bool{
		"SHA256SUMS": true, "x.tgz.asc": true, "9.0.1-sha.txt": true, "sha256.txt": true, "x.sha512": true,
		"checksums.txt": true, "node.tar.xz": false, "shadow.tgz": false, "gosu": false, "md5sum.txt": true,
	} {
		if got := isSumFile(name); got != want {
			t.Errorf("isSumFile(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestModeAddsExec(t *testing.T) {
	for mode, want := range map[string]bool{
		"+x": true, "u+x": true, "a+rx": true, "755": true, "0700": true, "644": false, "0644": false, "go-w": false, "u=rw,o=x": true,
	} {
		if got := modeAddsExec(mode); got != want {
			t.Errorf("modeAddsExec(%q) = %v, want %v", mode, got, want)
		}
	}
}

func TestLitArgs(t *testing.T) {
	for _, tc := range []struct {
		script string
		from   int
		want   []string
	}{
		{`tar -xzf "app.tgz" -C $DIR`, 1, []string{"-xzf", "app.tgz", "-C", ""}},
		{`tar -xzf app.tgz`, 3, []string{}},
		{`tar`, 2, nil},
	} {
		f, err := syntax.NewParser().Parse(strings.NewReader(tc.script), "")
		if err != nil {
			t.Fatal(err)
		}
		call := f.Stmts[0].Cmd.(*syntax.CallExpr)
		if got := LitArgs(call, tc.from); !slices.Equal(got, tc.want) || (got == nil) != (tc.want == nil) {
			t.Errorf("LitArgs(%q, %d) = %q, want %q", tc.script, tc.from, got, tc.want)
		}
	}
}

func TestChmodMode(t *testing.T) {
	for _, tc := range []struct {
		lits []string
		mode string
		at   int
		ok   bool
	}{
		{[]string{"+x", "tool"}, "+x", 0, true},
		{[]string{"-R", "755", "/opt"}, "755", 1, true},
		{[]string{"--recursive", "-v", "a+w", "/x"}, "a+w", 2, true},
		{[]string{"-Rv", "u+x", "f"}, "u+x", 1, true},
		{[]string{"", "755"}, "", 0, false}, // a variable before the mode
		{[]string{"-R"}, "", 0, false},
	} {
		mode, at, ok := ChmodMode(tc.lits)
		if mode != tc.mode || at != tc.at || ok != tc.ok {
			t.Errorf("ChmodMode(%q) = %q, %d, %v; want %q, %d, %v", tc.lits, mode, at, ok, tc.mode, tc.at, tc.ok)
		}
	}
}
