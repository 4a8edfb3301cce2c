package lint

import (
	"strings"
	"testing"

	"mvdan.cc/sh/v3/syntax"
)

func parseCall(t *testing.T, script string) *syntax.CallExpr {
	t.Helper()
	file, err := syntax.NewParser().Parse(strings.NewReader(script), "")
	if err != nil {
		t.Fatal(err)
	}
	call, ok := file.Stmts[0].Cmd.(*syntax.CallExpr)
	if !ok {
		t.Fatalf("%q: not a simple command", script)
	}
	return call
}

func TestCommandOf(t *testing.T) {
	for _, tc := range []struct {
		script   string
		name     string
		at, sudo int
	}{
		{"useradd app", "useradd", 0, -1},
		{"/usr/sbin/useradd app", "useradd", 0, -1},
		{"exec gosu app cmd", "gosu", 1, -1},
		{"exec env A=1 B=2 su-exec app cmd", "su-exec", 4, -1},
		{"nohup nice xargs command tini", "tini", 4, -1},
		{"sudo -E -u root useradd app", "useradd", 4, 0},
		{"sudo --user=root DEBIAN_FRONTEND=x apt-get install", "apt-get", 3, 0},
		{"exec sudo exec gosu x", "gosu", 3, 1},
		{"sudo", "", 1, 0},
		{"sudo $CMD x", "", 1, 0},
		{"$CMD sudo x", "", 0, -1},
		{"sudo sudo x", "sudo", 1, 0},
		{"env -i x", "", 1, -1},
		{"xargs -rt apt-get install -y", "apt-get", 2, -1},
		{"xargs -r -n 1 -I{} --max-procs=4 -P 2 -- sh -c x", "sh", 9, -1},
		{"xargs -0 --arg-file list.txt rm", "rm", 4, -1},
		{"xargs -n1 apt-mark manual", "apt-mark", 2, -1},
		{"xargs", "", 1, -1},
		{"xargs -I $X echo", "echo", 3, -1},
		{"xargs $OPTS apt-get install", "", 1, -1},
		// The runners' options and operands.
		{"nice -n 19 apt-get install x", "apt-get", 3, -1},
		{"nice -n19 apt-get install x", "apt-get", 2, -1},
		{"nice -10 make", "make", 2, -1},
		{"nice --adjustment=5 make", "make", 2, -1},
		{"exec ionice -c 3 smbd -FS", "smbd", 4, -1},
		{"ionice -c2 -n7 -t rsync a b", "rsync", 4, -1},
		{"ionice -p 1", "", 1, -1},
		{"setsid -f sshd -D", "sshd", 2, -1},
		{"stdbuf -oL -e L tail -f x", "tail", 4, -1},
		{"stdbuf --output=L tail", "tail", 2, -1},
		{"timeout 60 curl -fsSL x", "curl", 2, -1},
		{"timeout -s KILL --kill-after=5 10m wget x", "wget", 5, -1},
		{"timeout --preserve-status 5 sh -c x", "sh", 3, -1},
		{"timeout -- 5 curl", "curl", 3, -1},
		{"timeout 5", "", 2, -1},
		{"nice $LEVEL make", "", 1, -1},
		{"sudo nice -n 5 gosu app x", "gosu", 4, 0},
	} {
		c := CommandOf(parseCall(t, tc.script))
		if c.Name != tc.name || c.At != tc.at || c.Sudo != tc.sudo {
			t.Errorf("CommandOf(%q) = %+v, want %q at %d, sudo %d", tc.script, c, tc.name, tc.at, tc.sudo)
		}
	}
}

func TestParseSudo(t *testing.T) {
	for _, tc := range []struct {
		script        string
		cmdStart, cmd int
		removable     bool
		user          string
	}{
		{"sudo apt-get update", 1, 1, true, ""},
		{"sudo -E -H apt-get update", 3, 3, true, ""},
		{"sudo -u root -g 0 x", 5, 5, true, ""},
		{"sudo -u app x", 3, 3, false, "app"},
		{"sudo -uapp x", 2, 2, false, "app"},
		{"sudo --user=$U x", 2, 2, false, "$U"},
		{"sudo -u \"$U\" x", 3, 3, false, `"$U"`},
		{"sudo -i x", 2, 2, false, ""},
		{"sudo -- x", 2, 2, true, ""},
		{"sudo A=1 x", 1, 2, true, ""},
		{"sudo -E", 2, 2, false, ""},
	} {
		c := ParseSudo(parseCall(t, tc.script).Args, 0)
		if c.CmdStart != tc.cmdStart || c.Cmd != tc.cmd || c.Removable != tc.removable || c.User != tc.user {
			t.Errorf("ParseSudo(%q) = %+v, want %d %d %v %q", tc.script, c, tc.cmdStart, tc.cmd, tc.removable, tc.user)
		}
	}
}

func TestSkipInit(t *testing.T) {
	for _, tc := range []struct{ argv, want string }{
		{"/sbin/tini -- /entrypoint.sh run", "/entrypoint.sh run"},
		{"tini -g -p SIGTERM -- app", "app"},
		{"dumb-init --rewrite 15:2 -- app", "app"},
		{"/usr/bin/dumb-init app", "app"},
		{"tini", ""},
		{"app --flag", "app --flag"},
	} {
		if got := strings.Join(SkipInit(strings.Fields(tc.argv)), " "); got != tc.want {
			t.Errorf("SkipInit(%q) = %q, want %q", tc.argv, got, tc.want)
		}
	}
}

func TestPrograms(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string // "name word: args…"
	}{
		{"RUN wget -q $URL && sudo tar -xf /a.tar", []string{"wget wget: -q $URL", "tar tar: -xf /a.tar"}},
		{`RUN ["wget", "-q", "http://x"]`, []string{`wget "wget": -q http://x`}},
		{`RUN ["/usr/bin/curl"]`, []string{`curl "/usr/bin/curl": `}},
		{"ONBUILD RUN top -b", []string{"top top: -b"}},
		{"RUN $CC -o x", []string{" $CC: -o x"}},
		{"RUN env", nil}, // a wrapper without its program
		{"CMD top", nil},
		{"RUN []", nil},
		{"SHELL [\"pwsh\", \"-c\"]\nRUN top -b", nil},
		{"SHELL [\"pwsh\", \"-c\"]\nRUN [\"top\"]", []string{`top "top": `}},
	} {
		f := mustParse(t, "FROM a\n"+tc.src+"\n")
		var got []string
		for _, p := range f.Instructions[len(f.Instructions)-1].Programs(f) {
			got = append(got, p.Name+" "+f.Text(p.Range)+": "+strings.Join(p.Args(), " "))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: Programs = %q, want %q", tc.src, got, tc.want)
		}
	}
}
