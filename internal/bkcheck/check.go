// Package bkcheck tells whether BuildKit's instruction parser accepts a
// Dockerfile, without building its typed instructions.
//
// instructions.Parse builds a typed command per instruction: two flag maps,
// a location slice, the argument list, state for each RUN hook. A linter
// only needs its verdict, and on real Dockerfiles building all that costs as
// much as parsing the file. Instructions vouches, with no allocation, for
// the instructions whose acceptance is plain from the tree (the argument
// count and the flags), hands any other instruction to upstream's
// ParseInstruction, and when anything fails runs upstream's Parse for its
// exact error. So the error is always upstream's own (with one fix, see
// stableSuggestion); the tests check that every instruction vouched for is
// one upstream accepts.
package bkcheck

import (
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/linter"
	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/dockerfix/dockerfix/internal/ascii"
)

// Instructions returns the error instructions.Parse returns, with a "did
// you mean" hint that does not change from run to run.
func Instructions(ast *parser.Node) error {
	if accepts(ast) {
		return nil
	}
	if _, _, err := instructions.Parse(ast, silentLinter()); err != nil {
		return stableSuggestion(ast, err)
	}
	return nil
}

// silentLinter is a linter that reports nothing. Upstream's parser needs
// one: with none (nil) it panics on a `# check=` comment above an
// instruction, which it merges into the linter's configuration.
func silentLinter() *linter.Linter { return linter.New(&linter.Config{}) }

// accepts reports whether instructions.Parse surely accepts ast; false
// means it may not.
func accepts(ast *parser.Node) bool {
	inStage := false
	var silent *linter.Linter // made for the first instruction left to upstream
	for _, n := range ast.Children {
		name, ok := lowerASCII(n.Value)
		if !ok {
			return false
		}
		if !vouch(name, n) {
			if silent == nil {
				silent = silentLinter()
			}
			if _, err := instructions.ParseInstructionWithLinter(n, silent); err != nil {
				return false
			}
		}
		switch {
		case name == "from":
			inStage = true
		case !inStage && name != "arg":
			return false // a command before the first FROM
		}
	}
	return true
}

// vouch reports whether upstream's parser accepts the instruction n, named
// name (lower case), judging by rules read off parse.go. False means "ask
// upstream", not "rejected".
func vouch(name string, n *parser.Node) bool {
	args, ok := countArgs(n)
	if !ok {
		return false
	}
	switch name {
	case "env", "label":
		// parseKvps: name, value, delimiter triples with non-empty names.
		if args == 0 || args%3 != 0 || len(n.Flags) > 0 {
			return false
		}
		i := 0
		for a := n.Next; a != nil; a = a.Next {
			if i%3 == 0 && a.Value == "" {
				return false
			}
			i++
		}
		return true
	case "maintainer", "workdir", "user":
		return args == 1 && len(n.Flags) == 0
	case "cmd", "entrypoint":
		return len(n.Flags) == 0
	case "run":
		// With no flags, the RUN hooks see no mount or device and the
		// default network and security, which are valid.
		return len(n.Flags) == 0
	case "expose":
		return args > 0 && len(n.Flags) == 0
	case "volume":
		if args == 0 || len(n.Flags) > 0 {
			return false
		}
		for a := n.Next; a != nil; a = a.Next {
			if strings.TrimSpace(a.Value) == "" {
				return false
			}
		}
		return true
	case "stopsignal":
		return args == 1 // its flags are never parsed
	case "arg":
		// Flags are never parsed; a name=value needs a name.
		if args == 0 {
			return false
		}
		for a := n.Next; a != nil; a = a.Next {
			if strings.HasPrefix(a.Value, "=") {
				return false
			}
		}
		return true
	case "shell":
		return len(n.Flags) == 0 && args > 0 && n.Attributes["json"]
	case "from":
		return fromArgsOK(n, args) && flagsOK(n.Flags, fromFlags)
	case "copy":
		return args >= 2 && destOK(n) && flagsOK(n.Flags, copyFlags)
	case "add":
		return args >= 2 && destOK(n) && flagsOK(n.Flags, addFlags)
	}
	return false // onbuild, healthcheck, unknown instructions
}

// countArgs counts what nodeArgs in parse.go returns for n. Only ONBUILD
// nests nodes; it is left to upstream.
func countArgs(n *parser.Node) (int, bool) {
	count := 0
	for a := n.Next; a != nil; a = a.Next {
		if len(a.Children) > 0 {
			return 0, false
		}
		count++
	}
	return count, true
}

// fromArgsOK is parseBuildStageName: an image, optionally AS and a stage
// name that, lower-cased, matches ^[a-z][a-z0-9-_.]*$.
func fromArgsOK(n *parser.Node, args int) bool {
	switch args {
	case 1:
		return true
	case 3:
		as, stage := n.Next.Next.Value, n.Next.Next.Next.Value
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

// destOK is parseSourcesAndDest's check that the destination is no heredoc.
func destOK(n *parser.Node) bool {
	dest := n.Next
	for dest.Next != nil {
		dest = dest.Next
	}
	// Upstream's heredoc regexp needs "<<"; most destinations lack it.
	return !strings.Contains(dest.Value, "<<") || parser.MustParseHeredoc(dest.Value) == nil
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

// lowerASCII is strings.ToLower for an ASCII name, without allocating.
// Other names are not ours to judge: ok is false.
func lowerASCII(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			return lowerKnown(s), true
		}
	}
	return s, true
}

// lowerKnown lowers an ASCII instruction name, returning a constant for the
// known ones so that the common upper-case spelling does not allocate.
func lowerKnown(s string) string {
	for _, k := range known {
		if ascii.EqualFold(s, k) {
			return k
		}
	}
	return strings.ToLower(s)
}

var known = [...]string{
	"from", "run", "copy", "env", "label", "workdir", "cmd", "entrypoint",
	"expose", "user", "arg", "add", "volume", "maintainer", "shell",
	"stopsignal", "healthcheck", "onbuild",
}
