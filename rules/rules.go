// Package rules holds dockerfix's rules, one file each, and the registry.
package rules

import (
	"embed"
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

//go:embed docs/*.md
var docs embed.FS

// All returns every rule, sorted by ID. Adding a rule is adding its file and
// one line here.
func All() []*lint.Rule {
	return []*lint.Rule{
		lint.ParseErrorRule,
		lint.UnusedIgnoreRule,
		OutdatedBaseImage,
		UntaggedBaseImage,
		BaseImageNotPinned,
		RootUser,
		Sudo,
		SecretsInArgOrEnv,
		UseraddNoLogInit,
		Maintainer,
		MultipleInstructions,
		JSONArgs,
		PointlessCommand,
		CdInRun,
		CopiedArchiveExtracted,
		ExposePortRange,
		AddInsteadOfCopy,
		CopyDestNotDir,
		CopyFromUnknownStage,
		CopyFromOwnStage,
		FromPlatformFlag,
		EnvSameInstructionRef,
		CopyRelativeWithoutWorkdir,
		WgetProgress,
		LabelKey,
		NoHealthcheck,
		ConsecutiveRun,
		WgetAndCurl,
		LnBinSh,
		Pipefail,
		ExposeSSH,
		WorkdirSystemDir,
	}
}

// Doc returns the Markdown documentation of the rule with the given ID,
// name or alias.
func Doc(name string) (*lint.Rule, string, error) {
	r := lint.LookupRule(All(), name)
	if r == nil {
		return nil, "", fmt.Errorf("unknown rule %q (see `dockerfix rules`)", name)
	}
	b, err := docs.ReadFile("docs/" + r.ID + ".md")
	if err != nil {
		return r, "", fmt.Errorf("rule %s has no documentation", r.ID)
	}
	return r, strings.TrimRight(string(b), "\n") + "\n", nil
}

// DocHeader is how docs/<ID>.md begins: the heading, a blank line and a line
// with the rule's severity, fix kind, aliases and opt-in status. It is
// rendered from the Rule so that the doc cannot drift from the registry;
// `go test ./rules -run TestDocHeaders -update` rewrites the docs' headers.
func DocHeader(r *lint.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s %s\n\n**Severity:** %s · **Fix:** %s", r.ID, r.Name, r.Severity, r.Fix)
	if len(r.Aliases) > 0 {
		b.WriteString(" · **Aliases:** " + strings.Join(r.Aliases, ", "))
	}
	if r.OptIn {
		fmt.Fprintf(&b, " · **Opt-in:** enable it with `enable: [%s]`", r.ID)
	}
	b.WriteString("\n")
	return b.String()
}
