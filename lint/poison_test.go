package lint

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/internal/poison"
)

// TestPoisonFile: whatever a caller may hold of a File (its instructions
// and their words, flags, heredocs, nodes, logical lines and scripts, its
// stages, comments, global ARGs, warnings, line index and source) reads
// otherwise once the File is poisoned, which is what makes the
// dockerfix_poison build show any reader of a File past its Parser's next
// Check.
func TestPoisonFile(t *testing.T) {
	src := []byte("ARG BASE=alpine:3.20\n# build stage\nFROM --platform=linux/amd64 ${BASE} AS build\n" +
		"RUN apt-get update \\\n\n  && sudo apt-get install -y curl\n" +
		"COPY --chown=app <<EOF /etc/x\nhello\nEOF\nONBUILD RUN echo hi\n# runtime\nFROM build\nUSER app\nCMD [\"sh\"]\n")
	var p Parser
	f, _, err := p.Check("Dockerfile", src, nil, nil)
	if err != nil || len(f.Instructions) != 8 || len(f.Stages) != 2 || len(f.Comments) != 2 || len(f.Warnings) != 1 {
		t.Fatalf("setup: %v, %d instructions, %d stages, %d comments, %d warnings",
			err, len(f.Instructions), len(f.Stages), len(f.Comments), len(f.Warnings))
	}
	run, cp, onbuild := f.Instructions[2], f.Instructions[3], f.Instructions[4]
	script := run.Shell(f)
	if script == nil || len(run.Args()) == 0 || len(cp.Flags) == 0 || len(cp.Heredocs) == 0 || onbuild.Node.Next == nil ||
		len(f.Instructions[1].Node.PrevComment) == 0 {
		t.Fatal("setup: the file lacks a part to hold")
	}
	deref := func(ins []*Instruction) string {
		var b strings.Builder
		for _, in := range ins {
			fmt.Fprintf(&b, "%+v\n", *in)
		}
		return b.String()
	}
	// What a caller could have kept, and how it would read it.
	var (
		ins, stages, globals  = f.Instructions, f.Stages, f.GlobalArgs
		args, flags, heredocs = run.Args(), cp.Flags, cp.Heredocs
		node, onbuildNode     = run.Node, onbuild.Node.Next.Children[0]
		prevComment           = f.Instructions[1].Node.PrevComment
		logical               = run.logical.text
		stageInstructions     = f.Stages[1].Instructions
		comments, warnings    = f.Comments, f.Warnings
		lines, source         = f.lineStart, f.Src
	)
	held := map[string]func() string{
		"file":               func() string { return fmt.Sprintf("%+v", *f) },
		"instructions":       func() string { return deref(ins) },
		"args":               func() string { return fmt.Sprint(args) },
		"flags":              func() string { return fmt.Sprint(flags) },
		"heredocs":           func() string { return fmt.Sprint(heredocs) },
		"node":               func() string { return fmt.Sprintf("%+v", *node) },
		"onbuild's node":     func() string { return fmt.Sprintf("%+v", *onbuildNode) },
		"prev comment":       func() string { return fmt.Sprint(prevComment) },
		"logical line":       func() string { return string(logical) },
		"script":             func() string { return fmt.Sprintf("%+v", *script) },
		"stages":             func() string { return fmt.Sprintf("%+v %+v", *stages[0], *stages[1]) },
		"stage instructions": func() string { return deref(stageInstructions) },
		"global args":        func() string { return deref(globals) },
		"comments":           func() string { return fmt.Sprint(comments) },
		"warnings":           func() string { return fmt.Sprintf("%+v", warnings) },
		"lines":              func() string { return fmt.Sprint(lines) },
		"source":             func() string { return string(source) },
	}
	before := map[string]string{}
	for name, read := range held {
		before[name] = read()
	}
	poisonFile(f)

	for name, read := range held {
		if after := read(); after == before[name] {
			t.Errorf("%s reads the same after poisoning: %s", name, after)
		}
	}
	if !bytes.Equal(source, bytes.Repeat([]byte{0xFF}, len(src))) {
		t.Errorf("source after poisoning: %q", source)
	}
	for _, in := range ins {
		if in.Keyword != poison.String || in.Range.Start != poison.Int || in.StartLine != poison.Int {
			t.Errorf("instruction after poisoning: %+v", *in)
		}
	}
	for _, st := range stages {
		if st.Name != poison.String || st.Index != poison.Int {
			t.Errorf("stage after poisoning: %+v", *st)
		}
	}
	// The Parser is not the File's: it parses on.
	g, _, err := p.Check("Dockerfile", []byte("FROM a\n"), nil, nil)
	if err != nil || len(g.Instructions) != 1 || g.Instructions[0].Keyword != "FROM" {
		t.Errorf("after poisoning a File, its Parser gave %+v, %v", g, err)
	}
}
