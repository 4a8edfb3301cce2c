package rules

import (
	"path"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// WorkdirSystemDir flags a WORKDIR inside /proc, /sys, /dev, /boot and the
// like (Trivy DS-0030): the runtime mounts its own file systems there, so
// the directory the image creates is hidden, and a process working inside
// a kernel file system is one step from the host's.
var WorkdirSystemDir = &lint.Rule{
	ID: "DF459", Name: "workdir-system-dir",
	Aliases:  []string{"DS-0030"},
	Title:    "WORKDIR inside a system directory (/proc, /sys, /dev, /boot)",
	Severity: lint.Warning,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.InstructionsOf("WORKDIR") {
			if in.Stage != nil && in.Stage.IsWindows() {
				continue // C:\dev is a directory like any other
			}
			dir, ok := f.VarsAt(in).Expand(in.ArgText())
			if !ok || !path.IsAbs(dir) {
				continue
			}
			dir = path.Clean(dir)
			for _, sys := range []string{"/proc", "/sys", "/dev", "/boot", "/initrd", "/lost+found"} {
				if dir == sys || strings.HasPrefix(dir, sys+"/") {
					p.Report(lint.Diagnostic{
						Range:   in.ArgsRange,
						Message: "WORKDIR " + dir + " is inside " + sys + ", which the runtime mounts over or which holds the host's boot files: work in a directory of the image's own, such as /app",
					})
					break
				}
			}
		}
	},
}
