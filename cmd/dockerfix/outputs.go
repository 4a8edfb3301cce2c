package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/dockerfix/dockerfix/internal/report"
)

// output is one report a run writes: a format, and the file it goes to
// ("" for standard output).
type output struct {
	format string
	path   string
}

// outputArg is one --format or --output of the command line.
type outputArg struct {
	isOutput bool
	value    string
}

// outputArgs records the --format and --output values in command-line
// order. urfave/cli keeps the order of one flag's values but not between
// two flags, and an --output belongs to the --format before it.
type outputArgs struct{ list []outputArg }

// orderedFlag is a string flag whose every value is also recorded, in
// order, in its Config's outputArgs.
type orderedFlag = cli.FlagBase[string, orderedConfig, orderedValue]

type orderedConfig struct {
	args     *outputArgs
	isOutput bool
}

// orderedValue is orderedFlag's value; urfave/cli sets it once per
// occurrence, in command-line order.
type orderedValue struct {
	dest *string
	cfg  orderedConfig
}

func (orderedValue) Create(v string, p *string, c orderedConfig) cli.Value {
	*p = v
	return &orderedValue{dest: p, cfg: c}
}

func (orderedValue) ToString(v string) string { return v }

func (v *orderedValue) Set(s string) error {
	*v.dest = s
	v.cfg.args.list = append(v.cfg.args.list, outputArg{isOutput: v.cfg.isOutput, value: s})
	return nil
}

func (v *orderedValue) Get() any { return *v.dest }

func (v *orderedValue) String() string {
	if v == nil || v.dest == nil {
		return ""
	}
	return *v.dest
}

// pairOutputs reads the recorded --format and --output values as the
// reports to write. Each --format takes the --output that follows it,
// before the next --format, or standard output without one; an --output
// before any --format goes with the first one (with the default text
// format when there is none), so `--output r.json --format json` works.
// "-" is standard output. At most one report may go there, and no file
// may take two.
func pairOutputs(args []outputArg) ([]output, error) {
	var outs []output
	var early *outputArg // an --output before any --format
	for i := range args {
		a := &args[i]
		switch {
		case !a.isOutput:
			if !slices.Contains(report.Formats(), a.value) {
				return nil, &usageError{fmt.Sprintf("unknown --format %q (want %s)", a.value, strings.Join(report.Formats(), ", "))}
			}
			outs = append(outs, output{format: a.value})
			if len(outs) == 1 && early != nil {
				outs[0].path = early.value
			}
		case len(outs) == 0 && early != nil:
			return nil, &usageError{fmt.Sprintf("--output %s and --output %s both come before the first --format", early.value, a.value)}
		case len(outs) == 0:
			early = a
		default:
			last := &outs[len(outs)-1]
			if last.path != "" {
				return nil, &usageError{fmt.Sprintf("--format %s has two outputs: %s and %s (each --output goes with the --format before it)", last.format, last.path, a.value)}
			}
			last.path = a.value
		}
	}
	if len(outs) == 0 {
		outs = []output{{format: "text"}}
		if early != nil {
			outs[0].path = early.value
		}
	}
	stdout := -1
	for i := range outs {
		if outs[i].path == "-" {
			outs[i].path = ""
		}
		if outs[i].path == "" {
			if stdout >= 0 {
				return nil, &usageError{fmt.Sprintf("--format %s and --format %s both write to standard output: give one an --output FILE", outs[stdout].format, outs[i].format)}
			}
			stdout = i
			continue
		}
		for _, o := range outs[:i] {
			if o.path != "" && sameFile(o.path, outs[i].path) {
				return nil, &usageError{fmt.Sprintf("--output %s takes two reports (--format %s and --format %s)", outs[i].path, o.format, outs[i].format)}
			}
		}
	}
	return outs, nil
}

// sameFile reports whether two --output paths name one file: equal once
// cleaned, or the same existing file.
func sameFile(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}
