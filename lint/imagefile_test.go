package lint

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// mapContext is a build context held in memory.
type mapContext map[string]string

func (m mapContext) ReadFile(p string) ([]byte, error) {
	if s, ok := m[p]; ok {
		return []byte(s), nil
	}
	return nil, errors.New("not found")
}

// TestImageFilesFindTree: a tree copied onto / or /usr brings its files
// at their paths, and the bare names PATH finds in it; onto /, only files
// the context has.
func TestImageFilesFindTree(t *testing.T) {
	f, err := Parse("Dockerfile", []byte("FROM ubuntu:24.04\nCOPY tree /usr\nCOPY overlay /\n"))
	if err != nil {
		t.Fatal(err)
	}
	files := NewImageFiles(f, mapContext{
		"overlay/usr/bin/entrypoint": "#!/bin/sh\nexec \"$@\"\n",
		"overlay/usr/bin/server":     "#!/bin/sh\nexec apachectl\n",
		"tree/local/bin/tool":        "#!/bin/sh\nexec gosu app tool\n",
	})
	for _, tt := range []struct {
		prog, src string // src: the file's content, "" when not copied
	}{
		{"/usr/bin/entrypoint", "#!/bin/sh\nexec \"$@\"\n"},
		{"server", "#!/bin/sh\nexec apachectl\n"},
		{"tool", "#!/bin/sh\nexec gosu app tool\n"},
		{"/usr/local/bin/tool", "#!/bin/sh\nexec gosu app tool\n"},
		{"/docker-entrypoint.sh", ""}, // not in overlay/: the base image's
		{"/usr/sbin/nginx", ""},       // not in overlay/ nor tree/: the base image's
		{"nginx", ""},
	} {
		got, ok := files.Find(f.FinalStage(), tt.prog)
		if !ok || got.Read != (tt.src != "") || string(got.Src) != tt.src {
			t.Errorf("Find(%q) = %+v, %v; want read %q", tt.prog, got, ok, tt.src)
		}
	}
}

func TestImageFilesFind(t *testing.T) {
	src := `FROM alpine:3.22 AS base
COPY scripts/entrypoint.sh /usr/local/bin/
FROM base
WORKDIR /app
COPY . .
COPY --from=base /etc/passwd /copied-from-stage
COPY <<EOF /run.sh
#!/bin/sh
exec app
EOF
COPY bin/tool* /opt/bin/
COPY big.sh /big.sh
ADD ./sbin /usr/local/sbin
WORKDIR $UNKNOWN
`
	f, err := Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ctx := mapContext{
		"scripts/entrypoint.sh":      "#!/bin/sh\nexec gosu app \"$@\"\n",
		"start.sh":                   "echo no shebang\n",
		"bin/tool-x":                 "\x7fELF",
		"big.sh":                     "#!/bin/sh\n" + string(make([]byte, 100)),
		"sbin/ovpn_run":              "#!/bin/bash\nexec openvpn\n",
		"overlay/usr/bin/entrypoint": "#!/bin/sh\nexec \"$@\"\n",
		"overlay/usr/bin/server":     "#!/bin/sh\nexec apachectl\n",
		"tree/local/bin/tool":        "#!/bin/sh\nexec gosu app tool\n",
	}
	final := f.FinalStage()
	files := NewImageFiles(f, ctx)
	files.MaxSize = 64
	tests := []struct {
		prog             string
		ok, copied, read bool
		viaDir           bool
		path, srcPrefix  string
	}{
		{prog: "/usr/local/bin/entrypoint.sh", ok: true, copied: true, read: true, path: "/usr/local/bin/entrypoint.sh", srcPrefix: "#!/bin/sh\nexec gosu"},
		{prog: "entrypoint.sh", ok: true, copied: true, read: true, path: "entrypoint.sh", srcPrefix: "#!/bin/sh"},
		{prog: "/run.sh", ok: true, copied: true, read: true, path: "/run.sh", srcPrefix: "#!/bin/sh\nexec app"},
		{prog: "/app/start.sh", ok: true, copied: true, read: true, viaDir: true, path: "/app/start.sh", srcPrefix: "echo no shebang"},
		{prog: "/app/missing.sh", ok: true, copied: true, viaDir: true, path: "/app/missing.sh"},
		{prog: "/opt/bin/tool-x", ok: true, copied: true, read: true, path: "/opt/bin/tool-x", srcPrefix: "\x7fELF"},
		{prog: "/big.sh", ok: true, copied: true, path: "/big.sh"}, // over MaxSize
		{prog: "/copied-from-stage", ok: true, path: "/copied-from-stage"},
		{prog: "node", ok: true, path: "node"},
		// A bare name found on PATH in a directory copied whole, only
		// when the context has the file.
		{prog: "ovpn_run", ok: true, copied: true, read: true, viaDir: true, path: "ovpn_run", srcPrefix: "#!/bin/bash"},
		{prog: "ovpn_status", ok: true, path: "ovpn_status"},
		{prog: "./start.sh", ok: false}, // the final WORKDIR is unknown
		{prog: "", ok: false},
	}
	for _, tt := range tests {
		got, ok := files.Find(final, tt.prog)
		if ok != tt.ok || got.Copied != tt.copied || got.Read != tt.read || got.ViaDir != tt.viaDir || (ok && got.Path != tt.path) {
			t.Errorf("Find(%q) = %+v, %v; want ok=%v copied=%v read=%v viaDir=%v path=%q", tt.prog, got, ok, tt.ok, tt.copied, tt.read, tt.viaDir, tt.path)
		}
		if tt.read && string(got.Src[:len(tt.srcPrefix)]) != tt.srcPrefix {
			t.Errorf("Find(%q).Src = %q, want prefix %q", tt.prog, got.Src, tt.srcPrefix)
		}
	}
	if dir, ok := files.Workdir(final, f.Instructions[len(f.Instructions)-1]); dir != "/app" || !ok {
		t.Errorf("Workdir before the last WORKDIR = %q, %v; want /app, true", dir, ok)
	}
	if _, ok := files.Workdir(final, nil); ok {
		t.Error("Workdir at the end: a WORKDIR from an unknown variable should leave it unknown")
	}
	// No build context: copied, not read.
	if got, _ := NewImageFiles(f, nil).Find(final, "/usr/local/bin/entrypoint.sh"); !got.Copied || got.Read {
		t.Errorf("without a context: %+v", got)
	}
}

// TestImageFilesLongChain: a chain of many stages costs time linear in its
// length: every stage's start and last copy are remembered.
func TestImageFilesLongChain(t *testing.T) {
	var b strings.Builder
	b.WriteString("FROM alpine:3.22 AS s0\nWORKDIR /app\nCOPY run.sh ./\n")
	const n = 20000
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "FROM s%d AS s%d\nCMD ./run.sh\n", i-1, i)
	}
	f, err := Parse("Dockerfile", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	files := NewImageFiles(f, mapContext{"run.sh": "#!/bin/sh\n"})
	for _, st := range f.Stages {
		got, ok := files.Find(st, "./run.sh")
		if !ok || !got.Read || got.Path != "/app/run.sh" {
			t.Fatalf("stage %d: %+v, %v", st.Index, got, ok)
		}
	}
}

// TestUnseenScript: the scripts a RUN runs whose commands may run apt,
// for the last RUN of each file.
func TestUnseenScript(t *testing.T) {
	ctx := mapContext{"deps.sh": "apt-get install -y git\n", "build.sh": "make\n", "install": "apt-get install -y x\n"}
	for _, tc := range []struct {
		src  string // after FROM debian
		want string
	}{
		{"RUN make", ""},
		{"COPY deps.sh /\nRUN /deps.sh", "deps.sh"},
		{"COPY build.sh /\nRUN /build.sh", ""},
		{"COPY build.sh /\nRUN sh /build.sh", ""},
		{"RUN bash /missing.sh", "missing.sh"},
		{"RUN /missing.sh arg", "missing.sh"},
		{"RUN curl -fsSL https://x | bash /dev/stdin -v", "a script piped to bash"},
		{"RUN sh -c 'make'", ""},
		{"RUN sh -ec 'make'", ""},
		{"RUN bash -e /missing.sh", "missing.sh"},
		{"RUN apt-get update && /missing.sh", ""}, // after the RUN's own update
		{"WORKDIR /src\nRUN ./configure && make", ""},
		{"WORKDIR /src\nCOPY install .\nRUN ./install", "install"},
	} {
		f := mustParse(t, "FROM debian\n"+tc.src+"\n")
		run := f.Instructions[len(f.Instructions)-1]
		if got := NewImageFiles(f, ctx).UnseenScript(run, "apt"); got != tc.want {
			t.Errorf("%q: UnseenScript = %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestUnseenScriptAfter: only the scripts after the offset count, the
// ones an update before them fetched for.
func TestUnseenScriptAfter(t *testing.T) {
	ctx := mapContext{"deps.sh": "apt-get install -y git\n", "build.sh": "make\n"}
	for _, tc := range []struct {
		run  string // after FROM debian and COPY *.sh /
		want string
	}{
		{"RUN apt-get update && /missing.sh", "missing.sh"},
		{"RUN /missing.sh && apt-get update", ""},
		{"RUN apt-get update && /deps.sh", "deps.sh"},
		{"RUN apt-get update && /build.sh", ""},
		{"RUN apt-get update && make", ""},
	} {
		f := mustParse(t, "FROM debian\nCOPY *.sh /\n"+tc.run+"\n")
		run := f.Instructions[len(f.Instructions)-1]
		sc := run.Shell(f)
		after := -1
		for _, pc := range sc.PackageCommands() {
			if pc.VerbIs("update") {
				after = int(pc.Call.End().Offset())
			}
		}
		if got := NewImageFiles(f, ctx).UnseenScriptAfter(run, "apt", after); got != tc.want {
			t.Errorf("%q: UnseenScriptAfter = %q, want %q", tc.run, got, tc.want)
		}
	}
}
