package rules

import (
	"fmt"

	"github.com/dockerfix/dockerfix/lint"
)

// PointlessCommand flags programs that make no sense in a build step
// (hadolint DL3001): a RUN is a throwaway shell without a terminal, an
// init or the running container's processes.
var PointlessCommand = &lint.Rule{
	ID: "DF440", Name: "pointless-command",
	Aliases:  []string{"DL3001"},
	Title:    "A command that makes no sense in a build step",
	Severity: lint.Info,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.Instructions {
			if !in.IsRun() || !in.MayRun(f, "ssh", "vim", "shutdown", "service", "ps", "free", "top", "kill", "mount", "ifconfig") {
				continue
			}
			for _, prog := range in.Programs(f) {
				if why := pointless(prog.Name); why != "" {
					p.Report(lint.Diagnostic{Range: prog.Range, Message: fmt.Sprintf("%s in a build step %s", prog.Name, why)})
				}
			}
		}
	},
}

// pointless says why a program is useless in a RUN, or "".
func pointless(name string) string {
	switch name {
	case "vim":
		return "waits for a terminal no build has; edit with sed or COPY the file"
	case "ssh":
		return "logs in to another host; fetch what you need with COPY, ADD or RUN --mount=type=ssh"
	case "shutdown":
		return "has no system to shut down"
	case "service":
		return "starts a service that stops when the step ends; start it from CMD or ENTRYPOINT"
	case "ps", "top", "free":
		return "shows the build container, not the one that will run"
	case "kill":
		return "can only reach processes of the same step"
	case "mount":
		return "needs privileges a build does not have; use RUN --mount"
	case "ifconfig":
		return "shows the build's network, not the container's"
	}
	return ""
}
