package bkcheck

import (
	"errors"
	"slices"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/command"
	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/util/suggest"
)

// Upstream's "did you mean" hint picks the closest name while ranging over
// a map, so between two names at the same distance (A00: ADD or ARG?) it
// picks at random, and the same file would get a different message on each
// run. stableSuggestion redoes the search over the names in sorted order.

const didYouMean = " (did you mean "

// stableError is upstream's error with a message whose hint is stable.
type stableError struct {
	err error
	msg string
}

func (e *stableError) Error() string { return e.msg }
func (e *stableError) Unwrap() error { return e.err }

// stableSuggestion returns err with its hint recomputed over sorted names,
// or err itself when it has no hint of a kind it knows.
func stableSuggestion(ast *parser.Node, err error) error {
	msg := err.Error()
	i := strings.LastIndex(msg, didYouMean)
	if i < 0 || !strings.HasSuffix(msg, "?)") {
		return err
	}
	val, names, caseSensitive := hintSource(ast, err, msg[:i])
	if names == nil {
		return err
	}
	slices.Sort(names)
	match, ok := suggest.Search(val, names, caseSensitive)
	if !ok {
		return err // cannot happen: upstream found one
	}
	return &stableError{err: err, msg: msg[:i] + didYouMean + match + "?)"}
}

// hintSource is the value and the names upstream searched for the hint of
// an error whose message, hint removed, is msg.
func hintSource(ast *parser.Node, err error, msg string) (val string, names []string, caseSensitive bool) {
	var unknown *instructions.UnknownInstructionError
	if errors.As(err, &unknown) {
		for name := range command.Commands {
			names = append(names, strings.ToUpper(name))
		}
		return unknown.Instruction, names, false
	}
	const unknownFlag = "unknown flag: --"
	j := strings.LastIndex(msg, unknownFlag)
	var loc *parser.LocationError
	if j < 0 || !errors.As(err, &loc) || len(loc.Locations) == 0 || len(loc.Locations[0]) == 0 {
		return "", nil, false
	}
	line := loc.Locations[0][0].Start.Line
	for _, n := range ast.Children {
		if n.StartLine == line {
			name, _ := lowerASCII(n.Value)
			return msg[j+len(unknownFlag):], flagNames(name), true
		}
	}
	return "", nil, false
}

// flagNames are the flags upstream defines for an instruction that has any.
func flagNames(instruction string) []string {
	var specs []flagSpec
	switch instruction {
	case "from":
		specs = fromFlags
	case "copy":
		specs = copyFlags
	case "add":
		specs = addFlags
	case "run":
		return []string{"device", "mount", "network", "security"}
	case "healthcheck":
		return []string{"interval", "retries", "start-interval", "start-period", "timeout"}
	default:
		return nil
	}
	names := make([]string, len(specs))
	for i, s := range specs {
		names[i] = s.name
	}
	return names
}
