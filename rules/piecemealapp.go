package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/lint"
)

// PiecemealAppPackage flags a RUN that pins single packages of the app's
// own ecosystem after the stage installed from its manifest: `RUN npm
// install minimist@1.2.6` after `npm ci`, `RUN pip install
// urllib3==1.26.18` after `pip install -r requirements.txt`, `RUN go get
// golang.org/x/net@v0.23.0` after `COPY go.mod go.sum` and before `go
// build`. The fix bumps the direct dependency that brings the package in,
// in the manifest and its lockfile, and drops the pin.
var PiecemealAppPackage = &lint.Rule{
	ID: "DF302", Name: "piecemeal-app-package",
	Title:    "A RUN pins a package of the app's dependency tree outside its manifest",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check: func(p *lint.Pass) {
		for _, st := range p.File.Stages {
			for _, proj := range appProjects(p, st) {
				checkAppPins(p, st, proj)
			}
		}
	},
}

func checkAppPins(p *lint.Pass, st *lint.Stage, proj *appProject) {
	pins := appPins(p, st, proj)
	if len(pins) == 0 {
		return
	}
	project, note := loadProject(p, proj)
	var g *deps.Graph
	if project != nil {
		g = project.Graph()
	}
	var targets []deps.Target
	seen := map[string]bool{}
	for _, pin := range pins {
		for _, a := range pin.pkgs {
			name := packageOf(proj.eco, g, a.Name)
			if t, ok := atLeast(proj.eco, name, a.Version); ok && !seen[name] {
				seen[name] = true
				targets = append(targets, t)
			}
		}
	}
	// Every pin of the project gets the same fix: the lockfile can only
	// be changed once, for all of them.
	var af appFix
	var facts []string
	if project != nil {
		lockedAll := true
		file, verb := proj.eco.lockedIn(g)
		for _, t := range targets {
			nodes := g.Find(t.Name)
			if len(nodes) == 0 {
				lockedAll = false
				if proj.eco == ecoGo {
					facts = append(facts, fmt.Sprintf("%s does not require %s: add it to %s instead", g.Manifest, t.Name, g.Manifest))
				} else {
					facts = append(facts, fmt.Sprintf("%s does not lock %s: add it to %s instead", g.Lockfile, t.Name, g.Manifest))
				}
				continue
			}
			var fixed []string
			for _, i := range nodes {
				n := g.Nodes[i]
				if t.Fixed(n.Version) {
					fixed = append(fixed, n.Version)
					continue
				}
				facts = append(facts, lockedVia(proj.eco, g, i))
			}
			if len(fixed) == len(nodes) {
				facts = append(facts, fmt.Sprintf("%s already %s %s %s", file, verb, t.Name, strings.Join(fixed, ", ")))
			}
		}
		if lockedAll && len(targets) > 0 {
			af = planFix(p, proj, project, targets, pins)
			note = af.note
		}
	}
	for _, pin := range pins {
		var names []string
		for _, a := range pin.pkgs {
			names = append(names, a.Text)
		}
		msg := fmt.Sprintf("%s %s %s patches the app's dependency tree outside %s; bump the direct dependency that brings it in",
			pin.cmd.Manager, pin.cmd.Verb, strings.Join(names, " "), proj.manifest)
		for _, f := range facts {
			msg += "; " + f
		}
		if note != "" {
			msg += "; " + note
		}
		d := lint.Diagnostic{Range: pin.in.Shell(p.File).Range(pin.cmd.Call), Message: msg}
		if af.fix != nil {
			d.Fixes = []lint.Fix{*af.fix}
		}
		p.Report(d)
	}
}
