package rules

import (
	"strings"
	"testing"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

func TestPortableUserName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"app", true},
		{"svc-user_1.2", true},
		{"Jenkins", true},
		{"", false},
		{" root", false},
		{"a b", false},
		{"$USER", false},
		{"-x", false},
		{"1000", false},
		{"1000a", true},
		{"user:group", false},
		{"ünïcode", false},
		{"abcdefghijklmnopqrstuvwxyz012345", true},
		{"abcdefghijklmnopqrstuvwxyz0123456", false},
	} {
		if got := portableUserName(tc.name); got != tc.want {
			t.Errorf("portableUserName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestTakesValue(t *testing.T) {
	for _, tc := range []struct {
		opt  string
		want bool
	}{
		{"-s", true},
		{"-D", false},
		{"-Ds", true},        // busybox: -D, then -s with the next word
		{"-sD", false},       // -s with "D" attached
		{"-s/bin/sh", false}, // value attached
		{"-DS", false},
		{"--shell", true},
		{"--shell=/bin/sh", false},
		{"--system", false},
	} {
		if got := takesValue(tc.opt); got != tc.want {
			t.Errorf("takesValue(%q) = %v, want %v", tc.opt, got, tc.want)
		}
	}
}

// runScript parses a Dockerfile whose last instruction is a RUN and
// returns that RUN's script with the variables in scope.
func runScript(t *testing.T, src string) (*lint.Script, shellWords) {
	t.Helper()
	f, err := lint.Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in := f.Instructions[len(f.Instructions)-1]
	sc := in.Shell(f)
	if sc == nil {
		t.Fatalf("%q: no shell script", src)
	}
	return sc, shellWords{vars: f.VarsAt(in), assigned: assignedNames(sc)}
}

func TestCreationOf(t *testing.T) {
	for _, tc := range []struct {
		args   string // Dockerfile lines before the RUN
		script string
		want   creation
	}{
		{"", "useradd app", createdAlways},
		{"", "groupadd g && useradd app", createdAlways},
		{"", "useradd app || true", createdAlways},
		{"", "echo $(useradd app)", createdAlways},
		{"", "id app || useradd app", createdMaybe},
		{"", "for u in a; do useradd app; done", createdMaybe},
		{"", "while false; do useradd app; done", createdMaybe},
		{"", "case $X in a) useradd app ;; esac", createdMaybe},
		{"ARG UID=0", `if [ "$UID" != 0 ]; then useradd app; fi`, createdNotByDefault},
		{"ARG UID=0", `if [ $UID -ne 0 ]; then useradd -u $UID app; fi`, createdNotByDefault},
		{"ARG UID=1000", `if [ "$UID" != 0 ]; then useradd app; fi`, createdByDefault},
		{"ARG UID", `if [ "$UID" != 0 ]; then useradd app; fi`, createdMaybe},
		{"", `if [ "$UID" != 0 ]; then useradd app; fi`, createdMaybe},
		{"ARG UID=0", `if [ "$UID" -eq 0 ]; then echo root; else useradd app; fi`, createdNotByDefault},
		{"ARG UID=1000", `if [ "$UID" -eq 0 ]; then echo root; else useradd app; fi`, createdByDefault},
		{"ARG UID=0", `if ! [ "$UID" = 0 ]; then useradd app; fi`, createdNotByDefault},
		{"ARG UID=0", `if test "${UID}" -gt 0; then useradd app; fi`, createdNotByDefault},
		{"ARG USER_NAME=", `if [ -n "$USER_NAME" ]; then useradd app; fi`, createdNotByDefault},
		{"ARG USER_NAME=", `if [ -z "$USER_NAME" ]; then useradd app; fi`, createdByDefault},
		{"ARG USER_NAME=", `if [ "$USER_NAME" ]; then useradd app; fi`, createdNotByDefault},
		{"ARG UID=0", `[[ "$UID" != 0 ]] && useradd app`, createdNotByDefault},
		{"ENV MODE=dev", `test "$MODE" = prod && useradd app`, createdNotByDefault},
		{"ENV MODE=dev", `[ "$MODE" = prod ] || useradd app`, createdByDefault},
		{"ARG A=1\nARG B=1", `if [ "$A" = 1 ]; then :; elif [ "$B" = 1 ]; then useradd app; fi`, createdNotByDefault},
		{"ARG UID=0", `if [ "$UID" != 0 ] || [ -n "$X" ]; then useradd app; fi`, createdMaybe},
		{"ARG UID=0", `UID=5; if [ "$UID" != 0 ]; then useradd app; fi`, createdMaybe},
		{"ARG UID=0", `if [[ $UID -gt 0 && -n "$X" ]]; then useradd app; fi`, createdMaybe},
		{"ARG UID=0 X=y", `if [[ $UID -gt 0 && -n "$X" ]]; then useradd app; fi`, createdNotByDefault},
		{"ARG M=prod", `if [[ "$M" == pro* ]]; then useradd app; fi`, createdMaybe},
		{"ARG UID=abc", `if [ "$UID" -ne 0 ]; then useradd app; fi`, createdMaybe},
	} {
		src := "FROM debian:trixie-slim\n"
		if tc.args != "" {
			src += strings.ReplaceAll(tc.args, `\n`, "\n") + "\n"
		}
		src += "RUN " + tc.script + "\n"
		sc, words := runScript(t, src)
		var call *syntax.CallExpr
		for _, c := range sc.Calls() {
			if lint.CommandOf(c).Name == "useradd" {
				call = c
			}
		}
		if call == nil {
			t.Fatalf("%q: no useradd call", tc.script)
		}
		if got, text := creationOf(words, sc, call); got != tc.want {
			t.Errorf("%s / %q: creationOf = %v (%q), want %v", tc.args, tc.script, got, text, tc.want)
		}
	}
}

func TestUserCreated(t *testing.T) {
	for _, tc := range []struct {
		args, script string
		name, param  string
		uid          string
	}{
		{"", "useradd -u 977 vault", "vault", "", "977"},
		{"", "useradd --uid=1000 -m app", "app", "", "1000"},
		{"", "adduser -D -u1001 -s /bin/sh app", "app", "", "1001"},
		{"", "adduser --system --ingroup app app", "app", "", ""},
		{"ARG USERNAME=dev USER_UID=1000", `useradd --uid "$USER_UID" -m "$USERNAME"`, "dev", "USERNAME", "1000"},
		{"ARG USERNAME=dev", `useradd "${USERNAME}"`, "dev", "USERNAME", ""},
		{"ARG USERNAME=dev", `useradd "x${USERNAME}"`, "xdev", "", ""},
		{"ARG USERNAME", `useradd "$USERNAME"`, "", "", ""},
		{"", `sudo -E useradd -u 1000 app`, "app", "", "1000"},
		{"", `useradd " root"`, "", "", ""},
	} {
		src := "FROM debian:trixie-slim\n"
		if tc.args != "" {
			src += tc.args + "\n"
		}
		sc, words := runScript(t, src+"RUN "+tc.script+"\n")
		call := sc.Calls()[0]
		cmd := lint.CommandOf(call)
		name, uid, ok := userCreated(cmd.Name, call.Args[cmd.At+1:], words)
		if ok != (tc.name != "") || name.value != tc.name || name.param != tc.param || uid != tc.uid {
			t.Errorf("%q: userCreated = %+v %q %v; want %q %q %q", tc.script, name, uid, ok, tc.name, tc.param, tc.uid)
		}
	}
}

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
