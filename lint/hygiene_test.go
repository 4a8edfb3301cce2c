package lint

import (
	"reflect"
	"strings"
	"testing"
)

// applyEdit applies one edit to src.
func applyEdit(src []byte, e Edit) string {
	return string(src[:e.Range.Start]) + e.New + string(src[e.Range.End:])
}

func TestCacheMounts(t *testing.T) {
	for _, tc := range []struct {
		dockerfile string
		want       []string
	}{
		{"RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,dst=/var/lib/apt apt-get update", []string{"/var/cache/apt", "/var/lib/apt"}},
		{"RUN --mount=target=/root/.cache/pip,type=cache pip install x", []string{"/root/.cache/pip"}},
		{"RUN --mount=type=tmpfs,destination=/var/cache/apk apk add x", []string{"/var/cache/apk"}},
		{"RUN --mount=type=bind,target=/src --mount=target=/x --mount=type=secret,id=k make", nil},
		{"RUN --network=none --mount=type=cache,target=/c make", []string{"/c"}},
		{"ONBUILD RUN --mount=type=cache,target=/var/cache/apk apk add x", []string{"/var/cache/apk"}},
		{`ONBUILD RUN --network=host --mount="type=cache,target=/a" make --mount=type=cache,target=/b`, []string{"/a"}},
		{"COPY --link a /x", nil},
		// BuildKit expands the build's variables in the options.
		{"ARG C=/root/.cache/pip\nRUN --mount=type=cache,target=$C pip install x", []string{"/root/.cache/pip"}},
		{"ENV C=/var/cache\nRUN --mount=type=cache,target=${C}/apk apk add x", []string{"/var/cache/apk"}},
		{"RUN --mount=type=cache,target=$UNSET pip install x", []string{"$UNSET"}},
	} {
		f := mustParse(t, "FROM alpine\n"+tc.dockerfile+"\n")
		if got := f.Instructions[len(f.Instructions)-1].CacheMounts(f); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: CacheMounts = %q, want %q", tc.dockerfile, got, tc.want)
		}
	}
}

func TestPathWithin(t *testing.T) {
	for _, tc := range []struct {
		p, dir string
		want   bool
	}{
		{"/var/lib/apt/lists", "/var/lib/apt/lists", true},
		{"/var/lib/apt/lists", "/var/lib/apt/lists/", true},
		{"/var/lib/apt/lists", "/var/lib/apt", true},
		{"/var/lib/apt/lists", "/", true},
		{"/var/lib/apt", "/var/lib/apt/lists", false},
		{"/var/lib/aptitude", "/var/lib/apt", false},
	} {
		if got := PathWithin(tc.p, tc.dir); got != tc.want {
			t.Errorf("PathWithin(%q, %q) = %v, want %v", tc.p, tc.dir, got, tc.want)
		}
	}
}

func TestStageHelpers(t *testing.T) {
	f := mustParse(t, `FROM debian AS base
RUN echo a
RUN echo b
FROM base AS build
RUN echo c
FROM golang AS tool
RUN echo d
FROM base AS side
RUN echo e
FROM build
RUN echo f
`)
	lines := func(ins []*Instruction) []int {
		var out []int
		for _, in := range ins {
			out = append(out, in.StartLine)
		}
		return out
	}
	var final []int
	for _, st := range f.Stages {
		if f.InFinalImage(st) {
			final = append(final, st.Index)
		}
	}
	if want := []int{0, 1, 4}; !reflect.DeepEqual(final, want) {
		t.Errorf("stages in the final image: %v, want %v", final, want)
	}
	if got, want := lines(f.BuiltOn(f.Instructions[1])), []int{3, 4, 5, 8, 9, 10, 11}; !reflect.DeepEqual(got, want) {
		t.Errorf("BuiltOn(line 2) = %v, want %v", got, want)
	}
	if got := lines(f.BuiltOn(f.Instructions[6])); got != nil {
		t.Errorf("BuiltOn(line 7) = %v, want none", got)
	}
	if got, want := lines(f.Before(f.Instructions[10])), []int{1, 2, 3, 4, 5, 10}; !reflect.DeepEqual(got, want) {
		t.Errorf("Before(line 11) = %v, want %v", got, want)
	}
	// BuiltOn's result is the caller's: appending to it leaves the stage alone.
	_ = append(f.BuiltOn(f.Instructions[0]), f.Instructions[0])
	if len(f.Stages[0].Instructions) != 3 || f.Stages[0].Instructions[2].StartLine != 3 || f.Instructions[3].Keyword != "FROM" {
		t.Errorf("BuiltOn shares the stage's instructions")
	}
}

func TestMentionedBefore(t *testing.T) {
	f := mustParse(t, `FROM debian AS base
RUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes
FROM base
ENV NOTE="apt::get::assume-yes true"
RUN apt-get install curl
FROM debian
ENV NOTE="apt::get::assume-yes true"
RUN apt-get -o APT::Get::Assume-Yes=true install curl
RUN apt-get install curl
`)
	const key = "apt::get::assume-yes"
	for _, tc := range []struct {
		line   int
		accept func([]byte, int) bool
		want   bool
	}{
		{5, NotAssigned(key), true},  // written by the stage built on
		{2, NotAssigned(key), true},  // by the instruction itself
		{9, NotAssigned(key), false}, // ENV does not count, nor a -o option
		{9, nil, true},               // unless any mention does
		{1, nil, false},              // a FROM mentions nothing
	} {
		if got := f.MentionedBefore(f.InstructionAt(tc.line), key, tc.accept); got != tc.want {
			t.Errorf("line %d: MentionedBefore = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestNotAssigned(t *testing.T) {
	const key = "apt::get::assume-yes"
	for _, tc := range []struct {
		text string
		want bool
	}{
		{`echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes`, true},
		{`apt-get -o APT::Get::Assume-Yes=true install x`, false},
		{`x APT::Get::Assume-Yes`, false}, // nothing after it
	} {
		at := indexFold([]byte(tc.text), key)
		if got := at >= 0 && NotAssigned(key)([]byte(tc.text), at); got != tc.want {
			t.Errorf("NotAssigned on %q = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestIndexFold(t *testing.T) {
	for _, tc := range []struct {
		text, key string
		want      int
	}{
		{"echo APT::Get::Assume-Yes", "apt::get::assume-yes", 5},
		{"gemrc", "gemrc", 0},
		{"GEMRC", "gemrc", 0},
		{"gemr", "gemrc", -1},
		{"x", "", 0},
		{"ssetopt=assumeyes=1", "assumeyes=", 8},
	} {
		if got := indexFold([]byte(tc.text), tc.key); got != tc.want {
			t.Errorf("indexFold(%q, %q) = %d, want %d", tc.text, tc.key, got, tc.want)
		}
	}
}

func TestRunScripts(t *testing.T) {
	f := mustParse(t, `FROM debian
RUN apt-get update
RUN echo hi
RUN ["apt-get", "install", "x"]
ONBUILD RUN apt-get install -y y
RUN python3 <<PY
apt = 1
PY
RUN apt-get install z
`)
	var got []int
	for in, sc := range f.RunScripts(nil, "apt") {
		if sc == nil {
			t.Fatal("nil script")
		}
		got = append(got, in.StartLine)
		if in.StartLine == 5 {
			break // the iterator stops when asked
		}
	}
	if want := []int{2, 5}; !reflect.DeepEqual(got, want) {
		t.Errorf("RunScripts(apt) lines = %v, want %v", got, want)
	}
	got = nil
	for in := range f.RunScripts(func(in *Instruction) bool { return in.Keyword == "RUN" }, "apt", "sudo") {
		got = append(got, in.StartLine)
	}
	if want := []int{2, 6, 9}; !reflect.DeepEqual(got, want) {
		t.Errorf("RunScripts(RUN only; apt, sudo) lines = %v, want %v", got, want)
	}
}

// TestPackageManagerMask: the one-pass memo answers as MayCall does.
func TestPackageManagerMask(t *testing.T) {
	for _, src := range []string{
		"RUN apt-get update && a\"p\"k add x",
		"RUN y'um' install -y x; dn\\\n  f clean all",
		"RUN echo zypper pip3 npm yarn gem",
		"RUN echo nothing here: ap pi ge",
		"ONBUILD RUN gem install x",
		"RUN <<EOF\nyarn install\nEOF",
		"RUN pipx install x",
	} {
		f := mustParse(t, "FROM alpine\n"+src+"\n")
		in := f.Instructions[1]
		for _, name := range []string{"apt", "apk", "yum", "dnf", "zypper", "pip", "npm", "yarn", "gem", "sudo"} {
			if got, want := in.mayCallAny(f, []string{name}), in.MayCall(f, name); got != want {
				t.Errorf("%q: mayCallAny(%s) = %v, MayCall = %v", src, name, got, want)
			}
		}
	}
}

func TestRemoves(t *testing.T) {
	for _, tc := range []struct {
		run  string
		dir  string
		want bool
	}{
		{"apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*", "/var/lib/apt/lists", true},
		{"apt-get update && rm -fr /var/lib/apt/lists", "/var/lib/apt/lists", true},
		{"apt-get update && sudo rm -r -f '/var/lib/apt/lists'/*", "/var/lib/apt/lists", true},
		{"apt-get update && rm -rf /var/lib/apt/* /tmp/*", "/var/lib/apt/lists", true},
		{"apt-get update && rm -rf /var/lib/apt/lists/*.lz4", "/var/lib/apt/lists", true},
		{"rm -rf /var/lib/apt/lists/* && apt-get update", "/var/lib/apt/lists", false},
		{"apt-get update && rm -rf /tmp/* /var/tmp/*", "/var/lib/apt/lists", false},
		{"apt-get update && rm -rf /var/lib/apt/lists/partial", "/var/lib/apt/lists", false},
		{"apt-get update && rm -rf $LISTS/*", "/var/lib/apt/lists", false},
		{"apt-get update && echo rm -rf /var/lib/apt/lists", "/var/lib/apt/lists", false},
		{"apk add x && rm -rf /var/cache/apk/*", "/var/cache/apk", true},
		// find that deletes every file below a starting point.
		{"apt-get update && find /var/cache/apt/archives /var/lib/apt/lists -not -name lock -type f -delete", "/var/lib/apt/lists", true},
		{"apt-get update && find /var/lib/apt/lists/ -mindepth 1 -delete", "/var/lib/apt/lists", true},
		{"apt-get update && find /var/lib/apt -type f -exec rm -f {} \\; -print", "/var/lib/apt/lists", true},
		{"apt-get update && find /var/lib/apt/lists -type f -exec rm -f {} +", "/var/lib/apt/lists", true},
		{"apt-get update && find /var/lib/apt/lists -name '*.lz4' -delete", "/var/lib/apt/lists", false},
		{"apt-get update && find /var/lib/apt/lists -type d -delete", "/var/lib/apt/lists", false},
		{"apt-get update && find /var/lib/apt/lists -mtime +1 -delete", "/var/lib/apt/lists", false},
		{"apt-get update && find /var/lib/apt/lists -type f", "/var/lib/apt/lists", false},
		{"apt-get update && find /var/lib/apt/lists -type f -exec cat {} +", "/var/lib/apt/lists", false},
		{"apt-get update && find /tmp -type f -delete", "/var/lib/apt/lists", false},
		{"apt-get update && find /var/lib/apt/lists -delete -type", "/var/lib/apt/lists", false}, // cut short
		{"apt-get update && find /var/lib/apt/lists -delete -not", "/var/lib/apt/lists", false},
		{"apt-get update && find /var/lib/apt/lists -exec", "/var/lib/apt/lists", false},
	} {
		sc := scriptOf(t, tc.run)
		after := 0
		if pcs := sc.PackageCommands(); len(pcs) > 0 {
			after = int(pcs[0].Call.End().Offset())
		}
		if got := sc.Removes(after, tc.dir); got != tc.want {
			t.Errorf("%q: Removes(%s) = %v, want %v", tc.run, tc.dir, got, tc.want)
		}
	}
}

func TestAppendCommand(t *testing.T) {
	const cmd = "rm -rf /var/lib/apt/lists/*"
	for _, tc := range []struct {
		dockerfile, want string // want "" when there is no edit
	}{
		{"RUN apt-get update && apt-get install -y x\n",
			"RUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\n"},
		{"RUN apt-get update; apt-get install -y x;\n",
			"RUN apt-get update; apt-get install -y x && rm -rf /var/lib/apt/lists/*;\n"},
		{"RUN apt-get install -y x > /dev/null # quiet\n",
			"RUN apt-get install -y x > /dev/null && rm -rf /var/lib/apt/lists/* # quiet\n"},
		{"RUN apt-get update \\\n    && apt-get install -y x\n",
			"RUN apt-get update \\\n    && apt-get install -y x \\\n    && rm -rf /var/lib/apt/lists/*\n"},
		{"RUN apt-get update && \\\n\tapt-get install -y x\n",
			"RUN apt-get update && \\\n\tapt-get install -y x && \\\n\trm -rf /var/lib/apt/lists/*\n"},
		{"RUN apt-get update \\\r\n    && apt-get install -y x\r\n",
			"RUN apt-get update \\\r\n    && apt-get install -y x \\\r\n    && rm -rf /var/lib/apt/lists/*\r\n"},
		{"RUN apt-get install -y \\\n      curl \\\n      git\n",
			"RUN apt-get install -y \\\n      curl \\\n      git && rm -rf /var/lib/apt/lists/*\n"},
		{"RUN apt-get update \\\n    && apt-get install -y x \\\n    # a comment\n",
			"RUN apt-get update \\\n    && apt-get install -y x && rm -rf /var/lib/apt/lists/* \\\n    # a comment\n"},
		// Joined to the last command, not a line of its own, whose status
		// would hide the install's failure without set -e.
		{"RUN <<EOF\napt-get update\napt-get install -y x\nEOF\n",
			"RUN <<EOF\napt-get update\napt-get install -y x && rm -rf /var/lib/apt/lists/*\nEOF\n"},
		{"RUN <<EOF\nset -e\nif [ -n \"$X\" ]; then\n  apt-get install -y x\nfi # optional\n\nEOF\n",
			"RUN <<EOF\nset -e\nif [ -n \"$X\" ]; then\n  apt-get install -y x\nfi && rm -rf /var/lib/apt/lists/* # optional\n\nEOF\n"},
		{"RUN <<EOF\napt-get install -y x;\nEOF\n",
			"RUN <<EOF\napt-get install -y x && rm -rf /var/lib/apt/lists/*;\nEOF\n"},
		{"RUN <<EOF\napt-get install -y \\\n  x \\\nEOF\n", ""},
		{"RUN bash <<EOF\napt-get install -y x\nEOF\n", ""},
		{"RUN apt-get install -y x &\n", ""},
		{"RUN apt-get install -y x && exec nginx\n", ""},
		{"RUN apt-get install -y x; exit 0\n", ""},
		{"RUN f() { apt-get install -y x; }\n", ""},
	} {
		f := mustParse(t, "FROM debian\n"+tc.dockerfile)
		in := f.Instructions[1]
		sc := in.Shell(f)
		if sc == nil {
			t.Fatalf("%q: no script", tc.dockerfile)
		}
		e, ok := sc.AppendCommand(f, in, cmd)
		got := ""
		if ok {
			got = strings.TrimPrefix(applyEdit(f.Src, e), "FROM debian\n")
		}
		if got != tc.want {
			t.Errorf("AppendCommand on %q:\n got %q\nwant %q", tc.dockerfile, got, tc.want)
		}
	}
}

func TestInsertAfter(t *testing.T) {
	f := mustParse(t, "FROM debian\nRUN apt-get \\\n  install curl\n")
	sc := f.Instructions[1].Shell(f)
	pc := sc.PackageCommands()[0]
	if got, want := applyEdit(f.Src, sc.InsertAfter(pc.VerbWord(), " -y")), "FROM debian\nRUN apt-get \\\n  install -y curl\n"; got != want {
		t.Errorf("InsertAfter: %q, want %q", got, want)
	}
}
