package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v3"

	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/rules"
)

func rulesCommand(stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:  "rules",
		Usage: "list the rules with their IDs, names, severities and fixes",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, json or markdown"},
		},
		Action: func(_ context.Context, cmd *cli.Command) error {
			return writeRules(stdout, rules.All(), cmd.String("format"))
		},
	}
}

type ruleJSON struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Title    string   `json:"title"`
	Severity string   `json:"severity"`
	Fix      string   `json:"fix"`
	Aliases  []string `json:"aliases"`
	URL      string   `json:"url"`
}

func writeRules(w io.Writer, all []*lint.Rule, format string) error {
	switch format {
	case "json":
		out := make([]ruleJSON, 0, len(all))
		for _, r := range all {
			aliases := r.Aliases
			if aliases == nil {
				aliases = []string{}
			}
			out = append(out, ruleJSON{
				ID: r.ID, Name: r.Name, Title: r.Title, Severity: r.Severity.String(),
				Fix: r.Fix.String(), Aliases: aliases, URL: r.DocURL(),
			})
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	case "markdown":
		_, err := io.WriteString(w, rulesMarkdown(all))
		return err
	case "text":
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tSEVERITY\tFIX\tALIASES")
		for _, r := range all {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Name, r.Severity, r.Fix.String(), strings.Join(r.Aliases, ", "))
		}
		return tw.Flush()
	}
	return &usageError{fmt.Sprintf("unknown --format %q (want text, json or markdown)", format)}
}

// rulesMarkdown is the README's rule table; each ID links to its doc.
func rulesMarkdown(all []*lint.Rule) string {
	var b strings.Builder
	b.WriteString("| ID | name | what it checks | severity | fix | aliases |\n")
	b.WriteString("|---|---|---|---|---|---|\n")
	for _, r := range all {
		title := r.Title
		if r.OptIn {
			title += " (opt-in)"
		}
		fmt.Fprintf(&b, "| [%s](%s) | `%s` | %s | %s | %s | %s |\n", r.ID, r.DocURL(), r.Name, title, r.Severity, r.Fix.String(), strings.Join(r.Aliases, ", "))
	}
	return b.String()
}

func explainCommand(stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "print a rule's documentation",
		ArgsUsage: "ID|name",
		Action: func(_ context.Context, cmd *cli.Command) error {
			if cmd.Args().Len() != 1 {
				return &usageError{"explain takes one rule ID or name, e.g. dockerfix explain DF401"}
			}
			_, doc, err := rules.Doc(cmd.Args().First())
			if err != nil {
				return &usageError{err.Error()}
			}
			_, err = io.WriteString(stdout, doc)
			return err
		},
	}
}
