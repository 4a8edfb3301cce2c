package rules

import (
	"bytes"
	"fmt"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// SudoInstalled flags sudo installed into the final image: a container
// user with a sudoers entry, or a password, becomes root at will. The fix
// drops it from the install (unsafe: a script or user may rely on it); no
// fix is offered where the Dockerfile itself goes on to use or configure
// sudo.
var SudoInstalled = &lint.Rule{
	ID: "DF506", Name: "sudo-installed",
	Title:    "Do not install sudo in the final image",
	Severity: lint.Warning,
	Fix:      lint.FixUnsafe,
	Check:    checkSudoInstalled,
}

func checkSudoInstalled(p *lint.Pass) {
	f := p.File
	for _, st := range f.Stages {
		if !f.InFinalImage(st) {
			continue
		}
		for _, in := range st.Instructions {
			if in.Keyword != "RUN" || !f.RunsBourneShell(in) || !in.MayCall(f, "sudo") {
				continue
			}
			sc := in.Shell(f)
			if sc == nil {
				continue
			}
			for _, pc := range sc.PackageCommands() {
				if !pc.IsOS() || !pc.Installs() || pc.Verb == "upgrade" || pc.Verb == "update" || pc.Verb == "up" {
					continue // an upgrade of a sudo the base already has
				}
				pkgs := pc.Packages()
				for _, a := range pkgs {
					if a.Name != "sudo" {
						continue
					}
					w := pc.Call.Args[a.At]
					d := lint.Diagnostic{
						Range:   sc.Range(w),
						Message: fmt.Sprintf("%s %s installs sudo into the final image, where it lets a user become root", pc.Manager, pc.Verb),
					}
					if use := sudoUsedAfter(f, in); use != "" {
						d.Message += "; " + use + ", so there is no fix"
					} else if edit, ok := removeInstalledPackage(f, in, sc, pc, w, len(pkgs)); ok {
						d.Message += "; needs review: a script or user of the image may rely on it"
						d.Fixes = []lint.Fix{{Message: "Do not install sudo", Edits: []lint.Edit{edit}}}
					}
					p.Report(d)
				}
			}
		}
	}
}

// removeInstalledPackage removes one package word from an install, or the whole
// command when it is the only package.
func removeInstalledPackage(f *lint.File, in *lint.Instruction, sc *lint.Script, pc lint.PackageCommand, w *syntax.Word, packages int) (lint.Edit, bool) {
	if packages > 1 {
		return f.RemoveSpan(in, sc.Range(w))
	}
	return f.RemoveCommandEdit(in, pc.Call, func(c *syntax.CallExpr) bool {
		// An index update that only served this install may go with it.
		for _, o := range sc.PackageCommands() {
			if o.Call == c {
				return o.Verb == "update"
			}
		}
		return false
	})
}

// sudoUsedAfter says how the stage (or one built on it that ships) uses
// sudo after in: a RUN that calls it, or a sudoers entry or sudo group;
// "" when nothing does.
func sudoUsedAfter(f *lint.File, in *lint.Instruction) string {
	for _, x := range f.Instructions[in.Index:] {
		if x.Stage == nil || !f.InFinalImage(x.Stage) {
			continue
		}
		text := []byte(x.Original())
		switch {
		case bytes.Contains(text, []byte("sudoers")) && x == in:
			return "the same RUN writes a sudoers entry"
		case bytes.Contains(text, []byte("sudoers")):
			return fmt.Sprintf("line %d writes a sudoers entry", x.StartLine)
		case x != in && x.IsRun() && x.MayCall(f, "sudo"):
			if sc := x.Shell(f); sc != nil {
				for _, c := range sc.Commands() {
					if c.Sudo >= 0 {
						return fmt.Sprintf("line %d runs sudo", x.StartLine)
					}
				}
				if bytes.Contains(text, []byte(" sudo ")) || bytes.HasSuffix(text, []byte(" sudo")) {
					// usermod -aG sudo, adduser x sudo: the group it grants.
					for _, c := range sc.Commands() {
						switch c.Name {
						case "usermod", "adduser", "useradd", "gpasswd", "addgroup":
							return fmt.Sprintf("line %d adds a user to the sudo group", x.StartLine)
						}
					}
				}
			}
		case x.Is("ENTRYPOINT", "CMD") && x.MayCall(f, "sudo"):
			return fmt.Sprintf("line %d runs sudo", x.StartLine)
		}
	}
	return ""
}
