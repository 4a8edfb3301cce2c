package rules

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/internal/deps/pypi"
	"github.com/dockerfix/dockerfix/lint"
)

// VulnerableDependency reports a package locked in a lockfile the
// Dockerfile copies that a known vulnerability affects (OSV data, local or
// --online), on the COPY that brings the lockfile in, with the direct
// dependency it comes through: npm's package-lock.json, a pip
// requirements file, or the module versions go.mod selects (on the COPY
// of go.sum). The fix is DF302's: bump that dependency.
var VulnerableDependency = &lint.Rule{
	ID: "DF303", Name: "vulnerable-dependency",
	Title:    "A package locked in a copied lockfile has known vulnerabilities",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check: func(p *lint.Pass) {
		if p.Env.OSV == nil || p.Context() == nil {
			return
		}
		for _, st := range p.File.Stages {
			for _, proj := range appProjects(p, st) {
				if proj.lockCopy != nil || proj.eco == ecoGo {
					checkLockedVulns(p, st, proj)
				}
			}
		}
	},
}

// lockedVuln is a vulnerable package at one version.
type lockedVuln struct {
	name, version string
	ids           []string // the advisories that affect it
	via           []string
	dev           bool
}

func checkLockedVulns(p *lint.Pass, st *lint.Stage, proj *appProject) {
	project, _ := loadProject(p, proj)
	if project == nil {
		return
	}
	g := project.Graph()
	advisories := map[[2]string][]string{} // (name, version) → affecting IDs
	affecting := func(name, version string) ([]string, error) {
		key := [2]string{name, version}
		if ids, ok := advisories[key]; ok {
			return ids, nil
		}
		var ids []string
		for _, n := range osvNames(proj.eco, name) {
			adv, err := p.Env.OSV.Advisories(proj.eco.osv(), n, version)
			if err != nil {
				return nil, err
			}
			for _, a := range adv.Advisories {
				if a.Affects {
					ids = append(ids, a.ID)
				}
			}
		}
		ids = slices.Compact(slices.Sorted(slices.Values(ids)))
		advisories[key] = ids
		return ids, nil
	}
	var vulns []*lockedVuln
	byKey := map[[2]string]*lockedVuln{}
	for i, n := range g.Nodes[1:] {
		if n.Dev && proj.omitDev {
			continue
		}
		ids, err := affecting(n.Name, n.Version)
		if errors.Is(err, lint.ErrNoOSVData) {
			return
		}
		if err != nil || len(ids) == 0 {
			continue
		}
		key := [2]string{n.Name, n.Version}
		v := byKey[key]
		if v == nil {
			v = &lockedVuln{name: n.Name, version: n.Version, ids: ids, dev: true}
			byKey[key] = v
			vulns = append(vulns, v)
		}
		v.via = append(v.via, g.Via(i+1)...)
		v.dev = v.dev && n.Dev
	}
	if len(vulns) == 0 {
		return
	}
	// One fix for the project: every vulnerable package a target, fixed
	// at a version none of the advisories that affect it now affect.
	var targets []deps.Target
	idsOf := map[string][]string{}
	for _, v := range vulns {
		idsOf[v.name] = append(idsOf[v.name], v.ids...)
	}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for n := range idsOf {
			if !yield(n) {
				return
			}
		}
	}) {
		ids := idsOf[name]
		targets = append(targets, deps.Target{Name: name, Fixed: func(version string) bool {
			now, err := affecting(name, version)
			return err == nil && !slices.ContainsFunc(now, func(id string) bool { return slices.Contains(ids, id) })
		}})
	}
	var pins []appPin
	for _, pin := range appPins(p, st, proj) {
		if slices.ContainsFunc(pin.pkgs, func(a lint.PackageArg) bool { return idsOf[a.Name] != nil }) {
			pins = append(pins, pin)
		}
	}
	af := planFix(p, proj, project, targets, pins)
	// Go's versions come from go.mod, and go.sum may come in a COPY of its
	// own: the finding goes on the COPY of go.sum, else of go.mod.
	at := proj.lockCopy
	if at == nil {
		at = proj.copy
	}
	file, verb := proj.eco.lockedIn(g)
	for _, v := range vulns {
		via := slices.Compact(slices.Sorted(slices.Values(v.via)))
		msg := fmt.Sprintf("%s %s %s %s, affected by %s", file, verb, v.name, v.version, countedIDs(v.ids))
		switch {
		case len(via) == 1 && via[0] == v.name:
			msg += "; it is a direct dependency"
		case len(via) == 0:
			msg += "; it is an indirect requirement"
		default:
			msg += "; it comes through " + strings.Join(via, ", ")
		}
		if v.dev {
			msg += " (development only)"
		}
		if af.note != "" {
			msg += "; " + af.note
		}
		d := lint.Diagnostic{Range: at.Range, Message: msg}
		if af.fix != nil {
			d.Fixes = []lint.Fix{*af.fix}
		}
		p.Report(d)
	}
}

// osvNames are the names to ask OSV for a package by: PyPI's records
// name a project as PyPI spells it or normalized (PEP 503), and a
// requirements file may spell it either way.
func osvNames(eco appEcosystem, name string) []string {
	if !eco.python() {
		return []string{name}
	}
	norm := pypi.Normalize(name)
	if norm == name {
		return []string{name}
	}
	return []string{name, norm}
}

// countedIDs is "2 known vulnerabilities (GHSA-…, GHSA-…)".
func countedIDs(ids []string) string {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	noun := "known vulnerabilities"
	if len(ids) == 1 {
		noun = "a known vulnerability"
		return fmt.Sprintf("%s (%s)", noun, ids[0])
	}
	return fmt.Sprintf("%d %s (%s)", len(ids), noun, strings.Join(ids, ", "))
}
