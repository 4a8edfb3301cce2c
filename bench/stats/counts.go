package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/rules"
)

// ruleCounts prints, for the rules with IDs from first to last, each
// rule's findings over the Dockerfiles in dir, the files with one, how
// many are info (an info rule's, or a finding a rule lowers to info, such
// as DF5xx's in a build stage the final image does not contain), and how
// many carry a safe or only an unsafe fix. Opt-in rules are enabled for
// the count and marked.
func ruleCounts(title, dir string, env *lint.Env, first, last string) error {
	var selected []*lint.Rule
	var enable []string
	for _, r := range rules.All() {
		if r.ID >= first && r.ID <= last {
			selected = append(selected, r)
			enable = append(enable, r.ID)
		}
	}
	e := *env
	e.Config = &lint.Config{Enable: enable}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	type count struct{ findings, files, info, safe, unsafe int }
	counts := map[string]*count{}
	for _, r := range selected {
		counts[r.ID] = &count{}
	}
	var p lint.Parser
	for _, ent := range entries {
		src, err := os.ReadFile(filepath.Join(dir, ent.Name()))
		if err != nil {
			return err
		}
		_, diags, err := p.Check(ent.Name(), src, selected, &e)
		if err != nil {
			return err
		}
		seen := map[string]bool{}
		for _, d := range diags {
			c, ok := counts[d.Rule]
			if !ok {
				continue
			}
			c.findings++
			if !seen[d.Rule] {
				seen[d.Rule] = true
				c.files++
			}
			if d.Severity == lint.Info {
				c.info++
			}
			switch {
			case len(d.Fixes) == 0:
			case d.Fixes[0].Safe:
				c.safe++
			default:
				c.unsafe++
			}
		}
	}
	fmt.Printf("%s (%d files; opt-in rules enabled and marked *):\n", title, len(entries))
	fmt.Printf("  %-6s %-32s %8s %6s %6s %6s %7s\n", "rule", "name", "findings", "files", "info", "safe", "unsafe")
	for _, r := range selected {
		c := counts[r.ID]
		name := r.Name
		if r.OptIn {
			name += " *"
		}
		fmt.Printf("  %-6s %-32s %8d %6d %6d %6d %7d\n", r.ID, name, c.findings, c.files, c.info, c.safe, c.unsafe)
	}
	return nil
}
