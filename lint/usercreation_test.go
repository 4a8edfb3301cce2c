package lint

import (
	"strings"
	"testing"

	"mvdan.cc/sh/v3/syntax"
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
		if got := UserOptionTakesValue(tc.opt); got != tc.want {
			t.Errorf("UserOptionTakesValue(%q) = %v, want %v", tc.opt, got, tc.want)
		}
	}
}

// runScript parses a Dockerfile whose last instruction is a RUN and
// returns that RUN's script with the variables in scope.
func runScript(t *testing.T, src string) (*Script, ShellWords) {
	t.Helper()
	f, err := Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in := f.Instructions[len(f.Instructions)-1]
	sc := in.Shell(f)
	if sc == nil {
		t.Fatalf("%q: no shell script", src)
	}
	return sc, f.ShellWords(in, sc)
}

func TestCreationOf(t *testing.T) {
	for _, tc := range []struct {
		args   string // Dockerfile lines before the RUN
		script string
		want   Creation
	}{
		{"", "useradd app", CreatedAlways},
		{"", "groupadd g && useradd app", CreatedAlways},
		{"", "useradd app || true", CreatedAlways},
		{"", "echo $(useradd app)", CreatedAlways},
		{"", "id app || useradd app", CreatedMaybe},
		{"", "for u in a; do useradd app; done", CreatedMaybe},
		{"", "while false; do useradd app; done", CreatedMaybe},
		{"", "case $X in a) useradd app ;; esac", CreatedMaybe},
		{"ARG UID=0", `if [ "$UID" != 0 ]; then useradd app; fi`, CreatedNotByDefault},
		{"ARG UID=0", `if [ $UID -ne 0 ]; then useradd -u $UID app; fi`, CreatedNotByDefault},
		{"ARG UID=1000", `if [ "$UID" != 0 ]; then useradd app; fi`, CreatedByDefault},
		{"ARG UID", `if [ "$UID" != 0 ]; then useradd app; fi`, CreatedMaybe},
		{"", `if [ "$UID" != 0 ]; then useradd app; fi`, CreatedMaybe},
		{"ARG UID=0", `if [ "$UID" -eq 0 ]; then echo root; else useradd app; fi`, CreatedNotByDefault},
		{"ARG UID=1000", `if [ "$UID" -eq 0 ]; then echo root; else useradd app; fi`, CreatedByDefault},
		{"ARG UID=0", `if ! [ "$UID" = 0 ]; then useradd app; fi`, CreatedNotByDefault},
		{"ARG UID=0", `if test "${UID}" -gt 0; then useradd app; fi`, CreatedNotByDefault},
		{"ARG USER_NAME=", `if [ -n "$USER_NAME" ]; then useradd app; fi`, CreatedNotByDefault},
		{"ARG USER_NAME=", `if [ -z "$USER_NAME" ]; then useradd app; fi`, CreatedByDefault},
		{"ARG USER_NAME=", `if [ "$USER_NAME" ]; then useradd app; fi`, CreatedNotByDefault},
		{"ARG UID=0", `[[ "$UID" != 0 ]] && useradd app`, CreatedNotByDefault},
		{"ENV MODE=dev", `test "$MODE" = prod && useradd app`, CreatedNotByDefault},
		{"ENV MODE=dev", `[ "$MODE" = prod ] || useradd app`, CreatedByDefault},
		{"ARG A=1\nARG B=1", `if [ "$A" = 1 ]; then :; elif [ "$B" = 1 ]; then useradd app; fi`, CreatedNotByDefault},
		{"ARG UID=0", `if [ "$UID" != 0 ] || [ -n "$X" ]; then useradd app; fi`, CreatedMaybe},
		{"ARG UID=0", `UID=5; if [ "$UID" != 0 ]; then useradd app; fi`, CreatedMaybe},
		{"ARG UID=0", `if [[ $UID -gt 0 && -n "$X" ]]; then useradd app; fi`, CreatedMaybe},
		{"ARG UID=0 X=y", `if [[ $UID -gt 0 && -n "$X" ]]; then useradd app; fi`, CreatedNotByDefault},
		{"ARG M=prod", `if [[ "$M" == pro* ]]; then useradd app; fi`, CreatedMaybe},
		{"ARG UID=abc", `if [ "$UID" -ne 0 ]; then useradd app; fi`, CreatedMaybe},
		// Every branch creates the user: the if is no condition on it.
		{"ARG UID", `if [ -z "$UID" ]; then useradd -u 911 app; else useradd -u "$UID" app; fi`, CreatedAlways},
		{"ARG A\nARG B", `if [ "$A" = 1 ]; then useradd app; elif [ "$B" = 1 ]; then useradd -m app; else useradd -r app; fi`, CreatedAlways},
		{"ARG A\nARG B", `if [ "$A" = 1 ]; then useradd app; elif [ "$B" = 1 ]; then useradd app; fi`, CreatedMaybe},
		{"ARG UID", `if [ -z "$UID" ]; then useradd -u 911 app; fi`, CreatedMaybe},
		{"ARG UID", `if [ -z "$UID" ]; then useradd other; else useradd app; fi`, CreatedMaybe},
		{"ARG UID=0", `if [ "$UID" != 0 ]; then if [ -n "$X" ]; then useradd app; else useradd app; fi; fi`, CreatedNotByDefault},
		{"", `for u in a; do if [ -z "$X" ]; then useradd app; else useradd app; fi; done`, CreatedMaybe},
	} {
		src := "FROM debian:trixie-slim\n"
		if tc.args != "" {
			src += strings.ReplaceAll(tc.args, `\n`, "\n") + "\n"
		}
		src += "RUN " + tc.script + "\n"
		sc, words := runScript(t, src)
		var call *syntax.CallExpr
		for _, c := range sc.Calls() {
			if CommandOf(c).Name == "useradd" {
				call = c
			}
		}
		if call == nil {
			t.Fatalf("%q: no useradd call", tc.script)
		}
		createsApp := func(stmts []*syntax.Stmt) bool { return createsUser(stmts, "app", words) }
		if got, text := creationOf(words, sc, call, createsApp); got != tc.want {
			t.Errorf("%s / %q: creationOf = %v (%q), want %v", tc.args, tc.script, got, text, tc.want)
		}
	}
}

// TestCreatedUsersBranchUIDs: a user that each branch of an if creates
// with another UID has no UID the file fixes.
func TestCreatedUsersBranchUIDs(t *testing.T) {
	for _, tc := range []struct {
		src     string
		literal bool
	}{
		{"FROM debian:trixie-slim\nARG UID\nRUN if [ -z \"$UID\" ]; then useradd -u 911 app; else useradd -u \"$UID\" app; fi\n", false},
		{"FROM debian:trixie-slim\nRUN if [ -f /x ]; then useradd -u 911 app; else useradd -u 912 app; fi\n", false},
		{"FROM debian:trixie-slim\nRUN if [ -f /x ]; then useradd -u 911 app; else useradd -m -u 911 app; fi\n", true},
		{"FROM debian:trixie-slim\nRUN useradd -u 911 app\n", true},
	} {
		f, err := Parse("Dockerfile", []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		users := f.CreatedUsers(f.Stages[len(f.Stages)-1:])
		if len(users) == 0 {
			t.Fatalf("%q: no user", tc.src)
		}
		for _, u := range users {
			if u.Creation != CreatedAlways || u.LiteralUID != tc.literal {
				t.Errorf("%q: %s uid %s: creation %v, literal UID %v; want always, %v", tc.src, u.Name, u.UID, u.Creation, u.LiteralUID, tc.literal)
			}
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
		cmd := CommandOf(call)
		name, uidVal, _, ok := userCreatedUID(cmd.Name, call.Args[cmd.At+1:], words)
		uid := uidVal.Value
		if ok != (tc.name != "") || name.Value != tc.name || name.Param != tc.param || uid != tc.uid {
			t.Errorf("%q: userCreated = %+v %q %v; want %q %q %q", tc.script, name, uid, ok, tc.name, tc.param, tc.uid)
		}
	}
}
