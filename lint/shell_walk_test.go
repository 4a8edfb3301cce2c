package lint

import (
	"reflect"
	"strings"
	"testing"
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

func TestNonPosixShell(t *testing.T) {
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
	for line, want := range map[int]bool{2: false, 4: true, 6: true, 8: false, 10: true, 13: true, 15: true} {
		if got := f.InstructionAt(line).NonPosixShell(); got != want {
			t.Errorf("line %d: NonPosixShell = %v, want %v", line, got, want)
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
