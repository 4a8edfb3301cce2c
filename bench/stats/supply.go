package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/rules"
)

// supplyCounts prints each supply-chain rule's (DF5xx) findings over the
// Dockerfiles in dir: the findings, the files with one, how many are info
// (a build stage the final image does not contain, or an info rule), and
// how many carry a fix. The corpus has no build contexts: DF508 sees only
// the names Dockerfiles copy explicitly, and DF503 runs offline.
func supplyCounts(dir string, env *lint.Env) error {
	var selected []*lint.Rule
	for _, r := range rules.All() {
		if strings.HasPrefix(r.ID, "DF5") {
			selected = append(selected, r)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	type count struct{ findings, files, info, fixes int }
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
		_, diags, err := p.Check(ent.Name(), src, selected, env)
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
			if len(d.Fixes) > 0 {
				c.fixes++
			}
		}
	}
	fmt.Printf("supply-chain and shell rules (%d files, offline, no build contexts):\n", len(entries))
	fmt.Printf("  %-6s %-30s %8s %6s %6s %6s\n", "rule", "name", "findings", "files", "info", "fixes")
	for _, r := range selected {
		c := counts[r.ID]
		fmt.Printf("  %-6s %-30s %8d %6d %6d %6d\n", r.ID, r.Name, c.findings, c.files, c.info, c.fixes)
	}
	return nil
}
