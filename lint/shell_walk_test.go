package lint

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"mvdan.cc/sh/v3/syntax"
)

// TestScriptWalk: Calls, Commands and Pipes come from one walk of the RUN's
// syntax tree, nested commands included.
func TestScriptWalk(t *testing.T) {
	for _, tc := range []struct {
		run      string
		commands []string // Commands' names, "" for a non-literal program
		pipes    []string // each pipe as its source text
	}{
		{"RUN a && b", []string{"a", "b"}, nil},
		{"RUN curl -s x | sudo tar -x", []string{"curl", "tar"}, []string{"curl -s x | sudo tar -x"}},
		{"RUN a | b |& c", []string{"a", "b", "c"}, []string{"a | b |& c", "a | b"}},
		{"RUN a || b", []string{"a", "b"}, nil},
		{"RUN x=$(dpkg --print-architecture | cut -d- -f1) && $CC", []string{"dpkg", "cut", ""}, []string{"dpkg --print-architecture | cut -d- -f1"}},
		{"RUN if true; then (cd /x && make); fi", []string{"true", "cd", "make"}, nil},
		{"RUN X=1", nil, nil},
		// Commands inside words: quoted, in a parameter's default, assigned.
		{"RUN echo \"v$(uname -m)\" ${A:-$(id -u)} 'x' X=`hostname`", []string{"echo", "uname", "id", "hostname"}, nil},
		{"RUN X=\"$(a | b)\"", []string{"a", "b"}, []string{"a | b"}},
	} {
		f := mustParse(t, "FROM a\n"+tc.run+"\n")
		sc := f.Instructions[1].Shell(f)
		if sc == nil {
			t.Fatalf("%q does not parse", tc.run)
		}
		var names []string
		for _, c := range sc.Commands() {
			names = append(names, c.Name)
		}
		if len(sc.Commands()) != len(sc.Calls()) {
			t.Errorf("%q: %d commands for %d calls", tc.run, len(sc.Commands()), len(sc.Calls()))
		}
		var pipes []string
		for _, p := range sc.Pipes() {
			pipes = append(pipes, f.Text(sc.Range(p)))
		}
		if !reflect.DeepEqual(names, tc.commands) || !reflect.DeepEqual(pipes, tc.pipes) {
			t.Errorf("%q: commands %q, pipes %q; want %q, %q", tc.run, names, pipes, tc.commands, tc.pipes)
		}
	}
}

// TestScriptAssignments: Assignments comes from the same walk, in order,
// with where each assignment sits.
func TestScriptAssignments(t *testing.T) {
	for _, tc := range []struct {
		run  string
		want []string // name=value, then "decl", "alone", "prefix" or "loop"
	}{
		{"RUN X=1", []string{"X=1 alone"}},
		{"RUN A=1 B=$(c) make", []string{"A=1 prefix", "B=$(c) prefix"}},
		{"RUN export PIP_NO_CACHE_DIR=1 Y && pip install x", []string{"PIP_NO_CACHE_DIR=1 decl", "Y= decl"}},
		{"RUN for u in a b; do local v=$u; done", []string{"u= loop", "v=$u decl"}},
		{"RUN echo $(Z=2 true)", []string{"Z=2 prefix"}},
		{"RUN declare -x K=v", []string{"=-x decl", "K=v decl"}}, // an option: no name
	} {
		f := mustParse(t, "FROM a\n"+tc.run+"\n")
		sc := f.Instructions[1].Shell(f)
		if sc == nil {
			t.Fatalf("%q does not parse", tc.run)
		}
		var got []string
		for _, a := range sc.Assignments() {
			value := ""
			if v := a.Value(); v != nil {
				value = f.Text(sc.Range(v))
			}
			where := "loop"
			switch {
			case a.Decl != nil:
				where = "decl"
			case a.Call != nil && len(a.Call.Args) == 0:
				where = "alone"
			case a.Call != nil:
				where = "prefix"
			}
			got = append(got, a.Name+"="+value+" "+where)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: assignments %q, want %q", tc.run, got, tc.want)
		}
	}
}

// TestScriptEnclosing: the path from the root down to a command.
func TestScriptEnclosing(t *testing.T) {
	f := mustParse(t, "FROM a\nRUN if x; then a && useradd app; fi; b\n")
	sc := f.Instructions[1].Shell(f)
	calls := sc.Calls()
	var kinds []string
	for _, n := range sc.Enclosing(calls[2]) { // useradd
		kinds = append(kinds, strings.TrimPrefix(reflect.TypeOf(n).String(), "*syntax."))
	}
	want := []string{"File", "Stmt", "IfClause", "Stmt", "BinaryCmd", "Stmt"}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("Enclosing(useradd) = %q, want %q", kinds, want)
	}
	if got := CallsIn(sc.File); !reflect.DeepEqual(got, calls) {
		t.Errorf("CallsIn gives %d calls, Calls %d", len(got), len(calls))
	}
}

func TestLeadingCommand(t *testing.T) {
	for _, tc := range []struct {
		run  string
		want string // the leading command's source, then "|" and what Cut deletes; "" when there is none
	}{
		{"RUN cd /app && make", "cd /app|cd /app && "},
		{"RUN cd /app && make && make install", "cd /app|cd /app && "},
		{"RUN cd /app && make || true", "cd /app|cd /app && "},
		{"RUN cd /app; make", "cd /app|cd /app; "},
		{"RUN cd /app \\\n && make", "cd /app|cd /app \\\n && "},
		{"RUN cd /app && \\\n    make", "cd /app|cd /app && \\\n    "},
		{"RUN cd /app", "cd /app|"},
		{"RUN cd /app || exit 1 && make", ""},
		{"RUN cd /app | tee x", ""},
		{"RUN cd /app > log && make", ""},
		{"RUN ! cd /app && make", ""},
		{"RUN X=1 cd /app && make", ""},
		{"RUN (cd /app && make)", ""},
		{"RUN cd /app && make &", ""},
		{"RUN cd /app && \\\n# why\n    make", ""},
	} {
		f := mustParse(t, "FROM a\n"+tc.run+"\n")
		sc := f.Instructions[1].Shell(f)
		l, ok := sc.LeadingCommand(f)
		got := ""
		if ok {
			got = f.Text(sc.Range(l.Call)) + "|" + f.Text(l.Cut)
			if l.Rest != (l.Cut.Len() > 0) {
				t.Errorf("%q: Rest = %v with Cut %q", tc.run, l.Rest, f.Text(l.Cut))
			}
		}
		if got != tc.want {
			t.Errorf("%q: LeadingCommand = %q, want %q", tc.run, got, tc.want)
		}
	}
}

func TestKeywordLike(t *testing.T) {
	f := mustParse(t, "from a\nRun x\nRUN y\nworkdir /\n")
	for i, want := range []string{"shell", "SHELL", "SHELL", "shell"} {
		if got := f.Instructions[i].KeywordLike("SHELL"); got != want {
			t.Errorf("KeywordLike beside %q = %q, want %q", f.Text(f.Instructions[i].KeywordRange), got, want)
		}
	}
}

func TestRunsBourneShell(t *testing.T) {
	src := `FROM alpine AS a
RUN one
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN two
FROM a AS b
RUN three
SHELL ["pwsh", "-Command"]
RUN four
FROM b
RUN five
SHELL ["/bin/sh", "-c"]
RUN six
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN seven
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["bash", "-c"]
RUN eight
`
	f, err := Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"one": true, "two": true, "three": true, "four": false, "five": false, "six": true, "seven": false, "eight": true}
	for _, in := range f.InstructionsOf("RUN") {
		if got := f.RunsBourneShell(in); got != want[in.ArgText()] {
			t.Errorf("RUN %s: RunsBourneShell = %v", in.ArgText(), got)
		}
	}
}

// TestRunsBourneShellInherited: a SHELL carries over to the stages built
// on its stage; PowerShell and cmd, by any path, are no Bourne shells.
func TestRunsBourneShellInherited(t *testing.T) {
	f := mustParse(t, `FROM debian AS base
RUN a
SHELL ["pwsh", "-c"]
RUN b
FROM base
RUN c
SHELL ["/bin/bash", "-c"]
RUN d
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN e
FROM debian
SHELL ["C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"]
RUN f
SHELL ["cmd.exe", "/S", "/C"]
RUN g
`)
	for line, want := range map[int]bool{2: true, 4: false, 6: false, 8: true, 10: false, 13: false, 15: false} {
		if got := f.RunsBourneShell(f.InstructionAt(line)); got != want {
			t.Errorf("line %d: RunsBourneShell = %v, want %v", line, got, want)
		}
	}
}

func TestMayRun(t *testing.T) {
	for _, tc := range []struct {
		run  string
		name string
		want bool
	}{
		{"RUN cd /x", "cd", true},
		{"RUN make && cd /x", "cd", true},
		{"RUN (cd /x)", "cd", true},
		{"RUN x=$(cd /x; pwd)", "cd", true},
		{"RUN /usr/bin/cd /x", "cd", true},
		{`RUN c"d" /x`, "cd", true},
		{"RUN c\\\nd /x", "cd", true},
		{"RUN <<EOF\ncd /x\nEOF", "cd", true},
		{"RUN echo abcd cdrom cd-rom cd_x", "cd", false},
		{"RUN curl https://example.com", "ps", false},
		{"RUN service nginx stop", "top", false},
		{"RUN apt-get install -y openssh-server", "ssh", false},
		{"RUN ssh-keygen -A", "ssh", false},
		{"RUN wget -q x", "wget", true},
		{"RUN sudo wget", "wget", true},
		{"RUN [\"wget\", \"x\"]", "wget", true},
		{"RUN <<EOF\nw\\\nget x\nEOF", "wget", true}, // a continuation inside the name
		{"RUN <<EOF\nmake\ncd /x\nEOF", "cd", true},  // a line break between words
		{"RUN ['wget']", "wget", true},
		{"RUN --mount=type=cache,target=/x make mount.cfg", "mount", false},
		{"RUN make cdd", "cd", false},
		{"RUN " + strings.Repeat("x", 40) + " cd", "cd", true},
		{"RUN ln -s /bin/bash /bin/sh", "/bin/sh", true}, // not a word: MayCall decides
		{"RUN ls /bin", "/bin/sh", false},
		{"# escape=`\nFROM a\nRUN su`\ndo true", "sudo", true},
	} {
		src := "FROM a\n" + tc.run + "\n"
		if strings.HasPrefix(tc.run, "#") {
			src = tc.run + "\n"
		}
		f := mustParse(t, src)
		if got := f.Instructions[len(f.Instructions)-1].MayRun(f, tc.name); got != tc.want {
			t.Errorf("%q: MayRun(%q) = %v, want %v", tc.run, tc.name, got, tc.want)
		}
	}
}

// TestStderrRead: where a command's standard error can be read by the
// script, for the first call of each RUN.
func TestStderrRead(t *testing.T) {
	for _, tc := range []struct {
		run  string
		want bool
	}{
		{"RUN wget x", false},
		{"RUN wget x 2>&1 | grep y", true},
		{"RUN wget x 2>log", true},
		{"RUN wget x 2>>log", true},
		{"RUN wget x &>log", true},
		{"RUN wget x >&log", true},
		{"RUN wget x |& tee log", true},
		{"RUN { wget x; } 2>log", true},
		{"RUN (wget x) 2>&1 | cat", true},
		{"RUN wget x 2>/dev/null", false},
		{"RUN wget x 2>&-", false},
		{"RUN wget x >&2", false},
		{"RUN wget x >out", false},
		{"RUN wget x | grep y", false},
		{"RUN echo a |& wget x", false}, // wget reads the pipe; its stderr is free
	} {
		f := mustParse(t, "FROM a\n"+tc.run+"\n")
		sc := f.Instructions[1].Shell(f)
		var call *syntax.CallExpr
		for i, c := range sc.Commands() {
			if c.Name == "wget" {
				call = sc.Calls()[i]
			}
		}
		if call == nil {
			t.Fatalf("%q: no wget", tc.run)
		}
		if got := sc.StderrRead(call); got != tc.want {
			t.Errorf("%q: StderrRead = %v, want %v", tc.run, got, tc.want)
		}
	}
}

func TestLitPrefix(t *testing.T) {
	for _, tc := range []struct{ word, want string }{
		{`--user=pihole`, "--user=pihole"},
		{`--user="${DNSMASQ_USER}"`, "--user="},
		{`--user=$U`, "--user="},
		{`"--userspec=$U:$G"`, "--userspec="},
		{`'-u'"x"`, "-ux"},
		{`a*b`, "a"},
		{`"a*b"`, "a*b"},
		{`"a\"b"`, "a"},
		{`~/x`, ""},
		{`$(id -u)`, ""},
		{`$'x'`, ""},
	} {
		f, err := syntax.NewParser().Parse(strings.NewReader("x "+tc.word), "")
		if err != nil {
			t.Fatalf("%s: %v", tc.word, err)
		}
		w := f.Stmts[0].Cmd.(*syntax.CallExpr).Args[1]
		if got := LitPrefix(w); got != tc.want {
			t.Errorf("LitPrefix(%s) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

func TestHeredocShell(t *testing.T) {
	for _, tc := range []struct {
		args string
		want []string
	}{
		{"<<EOF bash", []string{"bash"}},
		{"bash <<EOF", []string{"bash"}},
		{"<<-'EOT' sh -ex", []string{"sh", "-ex"}},
		{"/bin/bash -o pipefail -e <<EOF", []string{"/bin/bash", "-o", "pipefail", "-e"}},
		{"bash --noprofile -s <<EOF", []string{"bash", "--noprofile", "-s"}},
		{"<<EOF", nil},                   // the SHELL runs it: onlyHeredocMarkers
		{"python3 <<EOF", nil},           // not a shell
		{"bash -c 'echo hi' <<EOF", nil}, // the script is the -c string
		{"bash <<EOF > /log", nil},       // a redirection
		{"bash script.sh <<EOF", nil},    // a script file, the heredoc its input
		{"bash <<A <<B", nil},            // two heredocs
		{"bash -o <<EOF", nil},           // -o without its option
		{"bash --rcfile x <<EOF", nil},   // an option with a value
		{"bash <<EOF && echo done", nil}, // a second command
	} {
		got := heredocShell(tc.args)
		if !slices.Equal(got, tc.want) {
			t.Errorf("heredocShell(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}
