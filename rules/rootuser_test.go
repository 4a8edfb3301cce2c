package rules

import (
	"testing"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

func TestStripJSONC(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"a": 1}`, `{"a": 1}`},
		{"{\"a\": 1, // note\n}", "{\"a\": 1         \n}"},
		{`{"a": [1, 2,], "b": {"c": 3,},}`, `{"a": [1, 2 ], "b": {"c": 3 } }`},
		{`{"a": 1 /* x, y */ , }`, `{"a": 1              }`},
		{"{\"a\": 1, /* multi\nline */ }", "{\"a\": 1          \n        }"},
		{`{"url": "http://x//y", "s": "a,]"}`, `{"url": "http://x//y", "s": "a,]"}`},
		{`{"q": "say \"//hi\",", }`, `{"q": "say \"//hi\","  }`},
		{`[1, "/*", 2]`, `[1, "/*", 2]`},
		{"{\"a\": 1 /* unterminated", "{\"a\": 1                "},
	} {
		got := string(stripJSONC([]byte(tc.in)))
		if got != tc.want {
			t.Errorf("stripJSONC(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if len(got) != len(tc.in) {
			t.Errorf("stripJSONC(%q) changed the length", tc.in)
		}
	}
}

func TestCallDrops(t *testing.T) {
	for _, tc := range []struct{ script, want string }{
		{`exec gosu app "$@"`, "calls gosu"},
		{`exec su-exec app:app server`, "calls su-exec"},
		{`exec /sbin/su-exec app server`, "calls su-exec"},
		{`setpriv --reuid=app --regid=app --init-groups server`, "calls setpriv"},
		{`runuser -u app -- server`, "calls runuser"},
		{`chroot --userspec=app / server`, "calls chroot --userspec"},
		{`chroot /srv server`, ""},
		{`capsh --user=app -- -c server`, "calls capsh --user"},
		{`capsh --print`, ""},
		{`chpst -u app server`, "calls chpst -u"},
		{`chpst -e /env server`, ""},
		{`s6-setuidgid app server`, "calls s6-setuidgid"},
		{`su -s /bin/sh -c server app`, "calls su"},
		{`sudo -u app server`, "calls sudo -u"},
		{`sudo server`, ""},
		{`exec env HOME=/home/app gosu app server`, "calls gosu"},
		{`exec /usr/bin/supervisord -n`, "runs supervisord"},
		{`exec /init`, "runs s6-overlay's /init"},
		{`/usr/local/bin/init`, ""},
		{`/sbin/my_init`, "runs my_init"},
		{`exec server --user app`, ""},
		// A program found on the PATH at run time.
		{`exec $(which squid) -f /etc/squid/squid.conf -NYCd 1`, "runs squid, which starts as root by design"},
		{`exec "$(command -v nginx)" -g 'daemon off;'`, "runs nginx, which starts as root by design"},
		{"exec `which /usr/sbin/sshd` -D", "runs sshd, which starts as root by design"},
		{`/usr/local/openresty/bin/openresty -g 'daemon off;'`, "runs openresty, which starts as root by design"},
		{`lighttpd -D -f /etc/lighttpd/lighttpd.conf`, "runs lighttpd, which starts as root by design"},
		{`exec $(which server) --port 80`, ""},
		{`exec $(which squid nginx)`, ""},
		{`exec $(command squid)`, ""},
		{`exec "$(which squid)-wrapper"`, ""},
		{`exec $SQUID`, ""},
	} {
		file, err := parseScript(tc.script)
		if err != nil {
			t.Fatal(err)
		}
		call := file.Stmts[0].Cmd.(*syntax.CallExpr)
		got, ok := callDrops(call)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("callDrops(%q) = %q, %v; want %q", tc.script, got, ok, tc.want)
		}
	}
}

func TestInstallsDropTool(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"RUN apt-get update && apt-get install -y --no-install-recommends gosu", "RUN on line 2 installs gosu"},
		{"RUN apk add --no-cache 'su-exec>=0.2' tini", "RUN on line 2 installs su-exec"},
		{"RUN dnf install -y supervisor && dnf clean all", "RUN on line 2 installs supervisor"},
		{"RUN pip install --no-cache-dir supervisor==4.2.5", "RUN on line 2 installs supervisor"},
		{"RUN apt-get install -y runit", "RUN on line 2 installs runit"},
		{"RUN apt-get remove -y gosu", ""},
		{"RUN echo gosu", ""},
		{"RUN set -eux; gosu --version; gosu nobody true", "RUN on line 2 calls gosu"},
		{"RUN curl -fsSL -o /usr/local/bin/gosu \"https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-amd64\"", "RUN on line 2 downloads gosu"},
		{"RUN git clone https://github.com/ncopa/su-exec.git && make -C su-exec", "RUN on line 2 downloads su-exec"},
		{"ADD https://github.com/just-containers/s6-overlay/releases/download/v3.2.1.0/s6-overlay-noarch.tar.xz /tmp", "ADD on line 2 downloads s6-overlay"},
		{"COPY --from=tianon/gosu /gosu /usr/local/bin/", "COPY on line 2 copies from tianon/gosu"},
		{"COPY --from=build /usr/local/bin/su-exec /usr/local/bin/su-exec", "COPY on line 2 copies su-exec"},
		{"COPY gosu.md /docs/", ""},
	} {
		f, err := lint.Parse("Dockerfile", []byte("FROM debian:trixie-slim\n"+tc.src+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		got, ok := installsDropTool(f, f.Stages[0].Chain())
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("%q: %q, %v; want %q", tc.src, got, ok, tc.want)
		}
	}
}

func TestBootableName(t *testing.T) {
	tests := []struct {
		image string
		want  bool
	}{
		{"quay.io/fedora/fedora-bootc:44", true},
		{"quay.io/centos-bootc/centos-bootc:stream10", true},
		{"registry.redhat.io/rhel9/rhel-bootc:9.6", true},
		{"quay.io/fedora-ostree-desktops/silverblue:44", true},
		{"example.com/spring-bootcamp:1", false},
		{"myorg/ostreeish:2", false},
		{"node:24-alpine", false},
	}
	for _, tt := range tests {
		if got := bootableName(tt.image); got != tt.want {
			t.Errorf("bootableName(%q) = %v, want %v", tt.image, got, tt.want)
		}
	}
}
