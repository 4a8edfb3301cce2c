// Command dockerfix lints Dockerfiles and fixes them.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/urfave/cli/v3"

	"github.com/dockerfix/dockerfix/internal/online"
)

// Exit codes of the CLI contract.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

func main() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		tuneGC()
	}
	intr := catchInterrupts(os.Stderr, os.Exit)
	code := runApp(context.Background(), newApp(os.Stdin, os.Stdout, os.Stderr, intr), os.Args, os.Stderr)
	intr.done()
	os.Exit(code)
}

// usageError marks a command-line mistake: exit 2 with the message.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// exitCode carries the exit code decided by an action.
type exitCode int

func (e exitCode) Error() string { return fmt.Sprintf("exit %d", int(e)) }

// Main runs the CLI and returns its exit code. Unlike main, it leaves the
// garbage collector as it finds it: tests call it in their own process.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runApp(ctx, newApp(stdin, stdout, stderr, nil), args, stderr)
}

// runApp runs app and returns its exit code.
func runApp(ctx context.Context, app *cli.Command, args []string, stderr io.Writer) int {
	err := app.Run(ctx, args)
	var code exitCode
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &code):
		return int(code)
	default:
		fmt.Fprintf(stderr, "dockerfix: %v\n", err)
		return exitError
	}
}

// newApp builds the command line. intr, when not nil, guards the writes
// of --write against signals.
func newApp(stdin io.Reader, stdout, stderr io.Writer, intr *interrupts) *cli.Command {
	outArgs := &outputArgs{}
	return &cli.Command{
		Name:      "dockerfix",
		Usage:     "lint Dockerfiles and fix them",
		UsageText: "dockerfix [--diff | --write] [--unsafe-fixes] [--format F [--output FILE]]... [options] [PATH|-]...",
		// --version is ours: it also prints the catalog's dates.
		HideVersion: true,
		Reader:      stdin,
		Writer:      stdout,
		ErrWriter:   stderr,
		// Exit codes are ours to decide; never let the library call os.Exit.
		// The flags are Local: a subcommand takes only its own, so that
		// `dockerfix review --write` is an error, not ignored.
		ExitErrHandler: func(context.Context, *cli.Command, error) {},
		OnUsageError: func(_ context.Context, _ *cli.Command, err error, _ bool) error {
			return &usageError{err.Error()}
		},
		Flags: slices.Concat([]cli.Flag{
			&cli.BoolFlag{Name: "diff", Local: true, Usage: "print the fixes as a unified diff instead of findings"},
			&cli.BoolFlag{Name: "write", Local: true, Aliases: []string{"w"}, Usage: "apply the fixes in place, then report what remains"},
			&cli.BoolFlag{Name: "unsafe-fixes", Local: true, Usage: "also apply fixes that may change behaviour beyond the finding"},
			&cli.BoolFlag{Name: "show-fixes", Local: true, Usage: "with --write or --diff, list each fix applied"},
			&orderedFlag{Name: "format", Local: true, Aliases: []string{"f"}, Value: "text", Config: orderedConfig{args: outArgs},
				Usage: "output format: text, json, sarif, github, rdjson, rdjsonl or gitlab; repeat it to write several, each to the --output after it"},
			&orderedFlag{Name: "output", Local: true, Aliases: []string{"o"}, Config: orderedConfig{args: outArgs, isOutput: true}, TakesFile: true,
				Usage: "write the report of the --format before it (or of the first one) to `FILE` instead of standard output"},
		}, lintFlags(true), []cli.Flag{
			&cli.BoolFlag{Name: "verbose", Local: true, Usage: "also say, once on stderr, which base images the catalog does not know, so DF101 could not judge them offline"},
			&cli.BoolFlag{Name: "version", Local: true, Aliases: []string{"v"}, Usage: "print the version and the base-image catalog's snapshot dates"},
		}),
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.Bool("version") {
				return printVersion(stdout)
			}
			opts, err := optionsFrom(cmd, outArgs.list, stdin, stdout, stderr)
			if err != nil {
				return err
			}
			opts.intr = intr
			defer opts.close()
			return exitCode(opts.run(ctx))
		},
		Commands: []*cli.Command{
			reviewCommand(stdout, stderr, os.LookupEnv),
			rulesCommand(stdout),
			explainCommand(stdout),
		},
	}
}

// lintFlags are the flags of a lint that the main command and review share
// (options.setUp reads them); local keeps them from subcommands.
func lintFlags(local bool) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "config", Local: local, Aliases: []string{"c"}, Usage: "read configuration from `FILE` (default: .dockerfix.yaml here or in a parent, up to the repository root)", TakesFile: true},
		&cli.StringFlag{Name: "fail-level", Local: local, Usage: "lowest severity that makes the exit code 1: info, warning or error (default info)"},
		&cli.StringFlag{Name: "date", Local: local, Usage: "judge support status on `YYYY-MM-DD` instead of today"},
		&cli.StringFlag{Name: "bump", Local: local, Usage: "base-image bump policy: latest-lts (newest supported LTS) or minimal (oldest supported at or above the current release)"},
		&cli.StringFlag{Name: "upgrade", Local: local, Usage: "how far a dependency bump may go (DF302, DF303): major, minor or patch (default minor)"},
		&cli.BoolFlag{Name: "online", Local: local, Usage: "refresh base-image tags and resolve digests from registries (Docker credentials, cached)"},
		&cli.DurationFlag{Name: "online-timeout", Local: local, Value: online.DefaultBudget, Usage: "with --online, the time all network look-ups of the run share (overrides online-timeout in the config)"},
		&cli.StringFlag{Name: "osv-db", Local: local, Usage: "read OSV databases from `DIR`/<Ecosystem>/all.zip (default: where osv-scanner's offline mode downloads them)", TakesFile: true},
		&cli.BoolFlag{Name: "no-color", Local: local, Usage: "never colour the output (colour is used only on a terminal)"},
	}
}
