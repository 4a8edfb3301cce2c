package rules

import (
	"sort"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// EnvSameInstructionRef flags an ENV value that reads a variable the same
// ENV sets (hadolint DL3044): BuildKit expands every value before it sets
// any, so `ENV A=1 B=$A` gives B the A from before the ENV.
var EnvSameInstructionRef = &lint.Rule{
	ID: "DF449", Name: "env-same-instruction-ref",
	Aliases:  []string{"DL3044"},
	Title:    "An ENV value reads a variable the same ENV sets",
	Severity: lint.Warning,
	Fix:      lint.FixUnsafe,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.Instructions {
			if in.Keyword != "ENV" || in.Stage == nil {
				continue
			}
			pairs := in.EnvPairs()
			if len(pairs) < 2 || !strings.Contains(in.ArgText(), "$") {
				continue
			}
			var before map[string]bool // names set before the ENV, found on first need
			// finding[j] is the pair j reads that the ENV also sets, or -1.
			finding := make([]int, len(pairs))
			var refs []string
			for j, pr := range pairs {
				finding[j] = -1
				ref := ""
				for _, name := range readNames(f, pr.Value) {
					i := pairIndex(pairs, name, j)
					if name == pr.Key.Text && i > j {
						i = -1 // PATH=/x:$PATH reads its own old value, as meant
					}
					if i < 0 || (finding[j] >= 0 && finding[j] < j) {
						continue // not the ENV's, or an earlier pair is already found
					}
					if before == nil {
						before = namesSetBefore(f, in)
					}
					if !before[name] { // else it reads an earlier value, which exists
						finding[j], ref = i, name
					}
				}
				refs = append(refs, ref)
			}
			fx, fixable := envSplitFix(f, in, envSplits(finding))
			for j, i := range finding {
				if i < 0 {
					continue
				}
				pr, name := pairs[j], refs[j]
				d := lint.Diagnostic{Range: pr.Key.Range}
				if i < j {
					d.Message = pr.Key.Text + " reads " + name + ", which this ENV sets too: BuildKit expands all its values first, so " + pr.Key.Text + " gets the " + name + " from before the ENV, not " + pairs[i].Value
					if fixable {
						d.Fixes = []lint.Fix{fx}
					}
				} else {
					d.Message = pr.Key.Text + " reads " + name + ", which this ENV sets after it: it gets the " + name + " from before the ENV"
				}
				p.Report(d)
			}
		}
	},
}

// readNames lists the variables word reads, as BuildKit expands it.
func readNames(f *lint.File, word string) []string {
	if !strings.Contains(word, "$") {
		return nil
	}
	res, err := f.ExpandWord(word, noVars{})
	if err != nil {
		return nil
	}
	names := make([]string, 0, len(res.Unmatched))
	for n := range res.Unmatched {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// noVars is an empty shell.EnvGetter: expanding with it leaves every name
// a word reads in Unmatched, without looking any up.
type noVars struct{}

func (noVars) Get(string) (string, bool) { return "", false }
func (noVars) Keys() []string            { return nil }

// pairIndex is the index of the pair other than j that sets name, the
// last one before j first; -1 when none does.
func pairIndex(pairs []lint.KeyValue, name string, j int) int {
	for i := j - 1; i >= 0; i-- {
		if pairs[i].Key.Text == name {
			return i
		}
	}
	for i := j + 1; i < len(pairs); i++ {
		if pairs[i].Key.Text == name {
			return i
		}
	}
	return -1
}

// namesSetBefore are the variables an ENV or ARG sets before in, in its
// stage chain, and the global ARGs (which hadolint counts as well).
func namesSetBefore(f *lint.File, in *lint.Instruction) map[string]bool {
	names := map[string]bool{}
	add := func(x *lint.Instruction) {
		for _, p := range x.EnvPairs() {
			names[p.Key.Text] = true
		}
		for _, d := range x.ArgDecls() {
			names[d.Name] = true
		}
	}
	for _, x := range f.GlobalArgs {
		add(x)
	}
	for _, st := range in.Stage.Chain() {
		for _, x := range st.Instructions {
			if x == in {
				break
			}
			add(x)
		}
	}
	return names
}

// envSplits are the pair indexes before which an ENV splits so that no
// pair reads a variable set earlier in its own ENV: finding[j] is the
// pair that pair j reads, or -1.
func envSplits(finding []int) []int {
	var splits []int
	start := 0
	for j, i := range finding {
		if i >= start && i < j {
			splits = append(splits, j)
			start = j
		}
	}
	return splits
}

// envSplitFix splits the ENV into several, one line each, at splits.
func envSplitFix(f *lint.File, in *lint.Instruction, splits []int) (lint.Fix, bool) {
	args := in.Args()
	if len(splits) == 0 || len(args) != len(in.EnvPairs()) {
		return lint.Fix{}, false
	}
	indent := f.Text(lint.Range{Start: in.Lines.Start, End: in.Range.Start})
	var edits []lint.Edit
	for _, j := range splits {
		gap := lint.Range{Start: args[j-1].Range.End, End: args[j].Range.Start}
		for _, line := range strings.Split(f.Text(gap), "\n")[1:] {
			if strings.HasPrefix(strings.TrimLeft(line, " \t"), "#") {
				return lint.Fix{}, false // a comment inside the ENV
			}
		}
		edits = append(edits, lint.Edit{Range: gap, New: f.Newline + indent + in.KeywordLike("ENV") + " "})
	}
	return lint.Fix{
		Message: "Split the ENV so that each value reads the variables set before it (unsafe: the values change; check that the new ones are meant)",
		Edits:   edits,
	}, true
}
