// Package bkcheck tells whether BuildKit's instruction parser accepts a
// Dockerfile, without building its typed instructions.
//
// instructions.Parse builds a typed command per instruction: two flag maps,
// a location slice, the argument list, state for each RUN hook. A linter
// only needs its verdict, and on real Dockerfiles building all that costs as
// much as parsing the file. Instructions vouches for the instructions whose
// acceptance is plain from the tree (the argument count, the flags, RUN's
// mount values), allocating only for the mounts, and hands any other
// instruction to upstream's ParseInstruction, in Parse's order and with
// Parse's wrapping. So the error is always upstream's own (with one fix, see
// stableSuggestion); the tests check that it is Parse's, that every
// instruction vouched for is one upstream accepts, and that the upstream
// files whose rules vouch repeats are those it was written against.
package bkcheck

import (
	"fmt"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/linter"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/tonistiigi/go-csvvalue"

	"github.com/dockerfix/dockerfix/internal/ascii"
	"github.com/dockerfix/dockerfix/internal/bkparser"
)

// Instructions returns the error instructions.Parse returns on t's tree,
// with a "did you mean" hint that does not change from run to run. It
// builds the argument nodes of what it hands to upstream (Tree.Fill).
func Instructions(t *bkparser.Tree) error {
	if err := check(t); err != nil {
		return stableSuggestion(t.Root, err)
	}
	return nil
}

// silentLinter is a linter that reports nothing. Upstream's parser needs
// one: with none (nil) it panics on a `# check=` comment above an
// instruction, which it merges into the linter's configuration.
func silentLinter() *linter.Linter { return linter.New(&linter.Config{}) }

// check is the loop of instructions.Parse without its typed commands: the
// same instructions in the same order, so the same first error, wrapped as
// Parse wraps it. Upstream parses only what vouch cannot judge.
func check(t *bkparser.Tree) error {
	inStage := false
	var silent *linter.Linter // made for the first instruction left to upstream
	for i, n := range t.Root.Children {
		name, ok := lowerASCII(n.Value)
		if !ok {
			name = strings.ToLower(n.Value) // as upstream reads it
		}
		if !ok || !vouch(name, n, t.Args(i)) {
			if silent == nil {
				silent = silentLinter()
			}
			if _, err := instructions.ParseInstructionWithLinter(t.Fill(i), silent); err != nil {
				return &parseError{inner: err, node: n}
			}
		}
		switch {
		case name == "from":
			inStage = true
		case !inStage && name != "arg":
			// Only ARG may come before the first FROM.
			_, err := instructions.CurrentStage(nil)
			return parser.WithLocation(err, n.Location())
		}
	}
	return nil
}

// parseError is instructions.Parse's error for an instruction it rejects
// (parseError in parse.go, which upstream does not export).
type parseError struct {
	inner error
	node  *parser.Node
}

func (e *parseError) Error() string {
	return fmt.Sprintf("dockerfile parse error on line %d: %v", e.node.StartLine, e.inner.Error())
}

func (e *parseError) Unwrap() error { return e.inner }

// vouch reports whether upstream's parser accepts the instruction n, named
// name (lower case), judging by rules read off parse.go. args are the
// values of its argument nodes, what nodeArgs in parse.go returns but for
// ONBUILD, which is left to upstream. False means "ask upstream", not
// "rejected".
func vouch(name string, n *parser.Node, args []string) bool {
	switch name {
	case "env", "label":
		// parseKvps: name, value, delimiter triples with non-empty names.
		if len(args) == 0 || len(args)%3 != 0 || len(n.Flags) > 0 {
			return false
		}
		for i := 0; i < len(args); i += 3 {
			if args[i] == "" {
				return false
			}
		}
		return true
	case "maintainer", "workdir", "user":
		return len(args) == 1 && len(n.Flags) == 0
	case "cmd", "entrypoint":
		return len(n.Flags) == 0
	case "run":
		return runFlagsOK(n.Flags)
	case "expose":
		return len(args) > 0 && len(n.Flags) == 0
	case "volume":
		if len(args) == 0 || len(n.Flags) > 0 {
			return false
		}
		for _, a := range args {
			if strings.TrimSpace(a) == "" {
				return false
			}
		}
		return true
	case "stopsignal":
		return len(args) == 1 // its flags are never parsed
	case "arg":
		// Flags are never parsed; a name=value needs a name.
		if len(args) == 0 {
			return false
		}
		for _, a := range args {
			if strings.HasPrefix(a, "=") {
				return false
			}
		}
		return true
	case "shell":
		return len(n.Flags) == 0 && len(args) > 0 && n.Attributes["json"]
	case "from":
		return fromArgsOK(args) && flagsOK(n.Flags, fromFlags)
	case "copy":
		return len(args) >= 2 && destOK(args) && flagsOK(n.Flags, copyFlags)
	case "add":
		return len(args) >= 2 && destOK(args) && flagsOK(n.Flags, addFlags)
	}
	return false // onbuild, healthcheck, unknown instructions
}

// fromArgsOK is parseBuildStageName: an image, optionally AS and a stage
// name that, lower-cased, matches ^[a-z][a-z0-9-_.]*$.
func fromArgsOK(args []string) bool {
	switch len(args) {
	case 1:
		return true
	case 3:
		as, stage := args[1], args[2]
		if len(as) != 2 || as[0]|0x20 != 'a' || as[1]|0x20 != 's' {
			return false
		}
		if stage == "" {
			return false
		}
		for i := 0; i < len(stage); i++ {
			c := stage[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			switch {
			case 'a' <= c && c <= 'z':
			case i > 0 && ('0' <= c && c <= '9' || c == '-' || c == '_' || c == '.'):
			default:
				return false // a digit first, a symbol, or non-ASCII
			}
		}
		return true
	}
	return false
}

// destOK is parseSourcesAndDest's check that the destination, the last
// argument, is no heredoc.
func destOK(args []string) bool {
	dest := args[len(args)-1]
	// Upstream's heredoc regexp needs "<<"; most destinations lack it.
	return !strings.Contains(dest, "<<") || parser.MustParseHeredoc(dest) == nil
}

type flagType uint8

const (
	boolFlag flagType = iota + 1
	stringFlag
	stringsFlag
)

// The flags parse.go defines per instruction.
var (
	fromFlags = []flagSpec{{"platform", stringFlag}}
	copyFlags = []flagSpec{
		{"chown", stringFlag}, {"from", stringFlag}, {"chmod", stringFlag},
		{"link", boolFlag}, {"exclude", stringsFlag}, {"parents", boolFlag},
	}
	addFlags = []flagSpec{
		{"chown", stringFlag}, {"chmod", stringFlag}, {"link", boolFlag},
		{"keep-git-dir", boolFlag}, {"checksum", stringFlag}, {"unpack", boolFlag},
		{"exclude", stringsFlag},
	}
)

// RUN's flags but --device, whose parsing is left to upstream.
var runFlags = []flagSpec{{"mount", stringsFlag}, {"network", stringFlag}, {"security", stringFlag}}

type flagSpec struct {
	name string
	typ  flagType
}

// flagsOK is BFlags.Parse in bflag.go returning no error, for an
// instruction whose flags need no further check.
func flagsOK(args []string, specs []flagSpec) bool {
	var used uint32 // bit i: specs[i] seen
	for _, a := range args {
		if a == "--" {
			return true
		}
		name, value, hasValue := strings.Cut(a, "=")
		if !strings.HasPrefix(name, "--") {
			return false
		}
		i := 0
		for i < len(specs) && specs[i].name != name[2:] {
			i++
		}
		if i == len(specs) {
			return false // unknown flag
		}
		spec := specs[i]
		if used&(1<<i) != 0 && spec.typ != stringsFlag {
			return false // duplicate
		}
		used |= 1 << i
		switch spec.typ {
		case boolFlag:
			if hasValue && value == "" {
				return false
			}
			// Upstream lower-cases with strings.ToLower, which EqualFold
			// does not match outside ASCII ("falſe").
			if value != "" && !ascii.EqualFold(value, "true") && !ascii.EqualFold(value, "false") {
				return false
			}
		default:
			if !hasValue {
				return false
			}
		}
	}
	return true
}

// runFlagsOK is BFlags.Parse and the RUN hooks of the commands_run*.go
// files returning no error. Without flags, the hooks see no mount or device
// and the default network and security, which are valid.
func runFlagsOK(flags []string) bool {
	if !flagsOK(flags, runFlags) {
		return false
	}
	for _, f := range flags {
		name, value, _ := strings.Cut(f, "=")
		switch name {
		case "--":
			return true
		case "--mount":
			if !mountOK(value) {
				return false
			}
		case "--network":
			if value != "default" && value != "none" && value != "host" {
				return false
			}
		case "--security":
			if value != "sandbox" && value != "insecure" {
				return false
			}
		}
	}
	return true
}

// mountOK is parseMount with no expander, as the parser calls it, returning
// no error: before variables are expanded it checks only that the value is
// CSV and that a from= uses none (a "$" at its end is literal).
func mountOK(value string) bool {
	fields, err := csvvalue.Fields(value, nil)
	if err != nil {
		return false
	}
	for _, field := range fields {
		key, v, ok := strings.Cut(field, "=")
		if ok && strings.ToLower(key) == "from" {
			if i := strings.IndexByte(v, '$'); i != -1 && i != len(v)-1 {
				return false
			}
		}
	}
	return true
}

// lowerASCII is strings.ToLower for an ASCII name, without allocating.
// Other names are not ours to judge: ok is false.
func lowerASCII(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			return ascii.LowerName(s), true
		}
	}
	return s, true
}
