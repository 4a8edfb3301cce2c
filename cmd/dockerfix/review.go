package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v3"

	ghreview "github.com/dockerfix/dockerfix/internal/github"
	"github.com/dockerfix/dockerfix/internal/report"
	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/rules"
)

// reviewCommand is `dockerfix review --github [PATH...]`, the pull-request
// suggestion bot. lookupEnv reads GitHub Actions' variables.
func reviewCommand(stdout, stderr io.Writer, lookupEnv func(string) (string, bool)) *cli.Command {
	return &cli.Command{
		Name:      "review",
		Usage:     "post the findings on a pull request's changed Dockerfiles as one review, with their fixes as suggested changes",
		UsageText: "dockerfix review --github [--pr N] [--commit SHA] [options] [PATH...]",
		Description: "Reads GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL and the pull_request event at GITHUB_EVENT_PATH,\n" +
			"as GitHub Actions sets them. Lints the Dockerfiles the pull request changes (below PATH, default .)\n" +
			"in the working tree, which must be the pull request's head, and exits like a lint run.",
		Flags: slices.Concat([]cli.Flag{
			&cli.BoolFlag{Name: "github", Usage: "review a GitHub pull request (the one code host review knows)"},
			&cli.IntFlag{Name: "pr", Usage: "the pull request's `NUMBER` (default: the event's)"},
			&cli.StringFlag{Name: "commit", Usage: "the head commit `SHA` the review is on (default: the event's, or the pull request's head)"},
		}, lintFlags(false)),
		// One line for a mistake, as the main command gives.
		OnUsageError: func(_ context.Context, _ *cli.Command, err error, _ bool) error {
			return &usageError{err.Error()}
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if !cmd.Bool("github") {
				return &usageError{"review needs --github: GitHub is the one code host it can post to"}
			}
			o := &options{paths: cmd.Args().Slice(), rules: rules.All(), now: time.Now, stdout: stdout, stderr: stderr}
			if err := o.setUp(cmd); err != nil {
				return err
			}
			defer o.close()
			if len(o.paths) == 0 {
				o.paths = []string{"."}
			}
			in, err := reviewInputsFrom(cmd, lookupEnv)
			if err != nil {
				return err
			}
			code, err := o.review(ctx, in)
			if err != nil {
				return err
			}
			return exitCode(code)
		},
	}
}

// reviewInputs is what review reads from GitHub Actions' environment and
// its flags.
type reviewInputs struct {
	token, apiURL string
	pr            ghreview.PR
	commit        string // "" when neither the event nor --commit gives it
}

// prEvent is the part of a pull_request event review reads.
type prEvent struct {
	PullRequest *struct {
		Number int `json:"number"`
		Head   struct {
			SHA string `json:"sha"`
		} `json:"head"`
	} `json:"pull_request"`
}

func reviewInputsFrom(cmd *cli.Command, lookupEnv func(string) (string, bool)) (reviewInputs, error) {
	env := func(name string) string { v, _ := lookupEnv(name); return v }
	in := reviewInputs{token: env("GITHUB_TOKEN"), apiURL: env("GITHUB_API_URL"), commit: cmd.String("commit")}
	if in.token == "" {
		return in, &usageError{"GITHUB_TOKEN is not set: review needs a token allowed to write pull-request reviews (permissions: pull-requests: write)"}
	}
	if in.apiURL == "" {
		in.apiURL = ghreview.DefaultAPIURL
	}
	repo, ok := lookupEnv("GITHUB_REPOSITORY")
	if !ok {
		return in, &usageError{"GITHUB_REPOSITORY is not set: want owner/repo, as GitHub Actions sets it"}
	}
	var err error
	if in.pr.Owner, in.pr.Repo, err = ghreview.ParseRepository(repo); err != nil {
		return in, &usageError{err.Error()}
	}
	in.pr.Number = cmd.Int("pr")
	if cmd.IsSet("pr") && in.pr.Number <= 0 {
		return in, &usageError{fmt.Sprintf("--pr %d: want a pull request number", in.pr.Number)}
	}
	if in.pr.Number > 0 && in.commit != "" {
		return in, nil // the event is not needed
	}
	eventPath := env("GITHUB_EVENT_PATH")
	if eventPath == "" {
		if in.pr.Number > 0 {
			return in, nil // the head commit is asked of the API
		}
		return in, &usageError{"GITHUB_EVENT_PATH is not set: run review on a pull_request event, or give --pr (and --commit)"}
	}
	b, err := os.ReadFile(eventPath)
	if err != nil {
		return in, fmt.Errorf("GITHUB_EVENT_PATH: %s: %v", eventPath, unwrapPathError(err))
	}
	var ev prEvent
	if err := json.Unmarshal(b, &ev); err != nil {
		return in, fmt.Errorf("GITHUB_EVENT_PATH: %s: not an event's JSON: %v", eventPath, err)
	}
	if ev.PullRequest == nil || ev.PullRequest.Number <= 0 {
		if in.pr.Number > 0 {
			return in, nil
		}
		return in, &usageError{fmt.Sprintf("GITHUB_EVENT_PATH: %s holds no pull_request event: run review on pull_request, or give --pr (and --commit)", eventPath)}
	}
	if in.pr.Number == 0 {
		in.pr.Number = ev.PullRequest.Number
	}
	if in.commit == "" && in.pr.Number == ev.PullRequest.Number {
		in.commit = ev.PullRequest.Head.SHA
	}
	return in, nil
}

// review lints the Dockerfiles the pull request changes, prints the text
// report, posts the review and returns the exit code of a lint run. An
// error (the API's, a file that cannot be read) is returned before anything
// is posted when it can be.
func (o *options) review(ctx context.Context, in reviewInputs) (int, error) {
	client, err := ghreview.NewClient(in.apiURL, in.token, in.pr, nil)
	if err != nil {
		return exitError, err
	}
	o.warnCatalogAge()
	if in.commit == "" {
		if in.commit, err = client.HeadSHA(ctx); err != nil {
			return exitError, err
		}
	}
	changed, err := client.Files(ctx)
	if err != nil {
		return exitError, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return exitError, err
	}
	o.wd = wd
	root := repoRoot(wd)
	if warning := headWarning(root, in.commit); warning != "" {
		fmt.Fprintln(o.stderr, warning)
	}
	targets, err := reviewTargets(changed, root, wd, o.paths)
	if err != nil {
		return exitError, err
	}
	var files []ghreview.File
	var reports []report.File
	failed := false
	worst := lint.Severity(0)
	for _, t := range targets {
		src, err := readDockerfile(t.target, nil, nil)
		if err != nil {
			return exitError, err
		}
		var p lint.Parser // one per file: a Parser reuses its tables
		env := o.env(&job{target: t.target})
		file, diags, err := p.Check(t.display, src, o.rules, env)
		if err != nil {
			return exitError, fmt.Errorf("%s: internal error: %v", t.display, err)
		}
		for _, d := range diags {
			worst = max(worst, d.Severity)
			failed = failed || d.Rule == lint.ParseErrorRule.ID
		}
		var readContext func(string) ([]byte, error)
		if cd, ok := env.Context.(contextDir); ok {
			readContext = cd.readEdited
		}
		files = append(files, ghreview.File{Path: t.repoPath, File: file, Diagnostics: diags, ReadContext: readContext})
		reports = append(reports, report.File{Path: t.display, File: file, Diagnostics: diags})
	}
	if err := report.Text(o.stdout, reports, report.TextOptions{Color: o.color, Summary: true, Unsafe: o.unsafe}); err != nil {
		return exitError, err
	}
	if line := onlineWarningLine(o.onlineWarnings); line != "" {
		fmt.Fprintln(o.stderr, line)
	}
	byPath := make(map[string]ghreview.ChangedFile, len(changed))
	for _, f := range changed {
		byPath[f.Path] = f
	}
	rv := ghreview.Build(files, byPath, o.rules)
	out, err := client.Publish(ctx, in.commit, rv)
	if err != nil {
		return exitError, err
	}
	fmt.Fprintln(o.stderr, reviewLine(in, out))
	switch {
	case failed:
		return exitError, nil
	case worst != 0 && worst >= o.failLevel:
		return exitFindings, nil
	}
	return exitOK, nil
}

// reviewLine says what review did on the pull request.
func reviewLine(in reviewInputs, out ghreview.Outcome) string {
	line := fmt.Sprintf("dockerfix: review of %s at %s: %s posted", in.pr, shortSHA(in.commit), report.Plural(out.Posted, "comment"))
	if out.Existing > 0 {
		line += fmt.Sprintf(" (%d already there)", out.Existing)
	}
	switch out.Review {
	case "created":
		line += ", in a new review"
	case "updated":
		line += ", summary updated"
	case "unchanged":
		line += ", summary unchanged"
	case "none":
		line += ", nothing to report"
	}
	return line
}

func shortSHA(sha string) string { return sha[:min(len(sha), 12)] }

// reviewTarget is a changed Dockerfile to lint.
type reviewTarget struct {
	target
	repoPath string // from the repository root, as the API names it
}

// reviewTargets picks the changed files to lint: those that a lint of
// paths would take (a Dockerfile by its name below a directory named, not
// in node_modules, vendor or .git; or a file named itself), that the pull
// request does not remove.
func reviewTargets(changed []ghreview.ChangedFile, root, wd string, paths []string) ([]reviewTarget, error) {
	abs := make([]string, len(paths))
	for i, p := range paths {
		a, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		abs[i] = a
	}
	var out []reviewTarget
	for _, cf := range changed {
		if cf.Status == "removed" {
			continue
		}
		p := filepath.Join(root, filepath.FromSlash(cf.Path))
		if !slices.ContainsFunc(abs, func(a string) bool { return p == a || below(p, a) && walkable(cf.Path) }) {
			continue
		}
		display := p
		if rel, err := filepath.Rel(wd, p); err == nil && !isOutside(rel) {
			display = rel
		}
		out = append(out, reviewTarget{
			target:   target{path: display, display: filepath.ToSlash(display), root: filepath.Dir(display), size: -1},
			repoPath: cf.Path,
		})
	}
	slices.SortFunc(out, func(a, b reviewTarget) int { return strings.Compare(a.display, b.display) })
	return out, nil
}

// below reports whether p lies below the directory dir.
func below(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != "." && !isOutside(rel)
}

// walkable reports whether a directory walk takes the repository file p:
// a Dockerfile by name, in no directory the walk skips.
func walkable(p string) bool {
	dirs := strings.Split(p, "/")
	name := dirs[len(dirs)-1]
	return IsDockerfileName(name) && !slices.ContainsFunc(dirs[:len(dirs)-1], skipDir)
}

// headWarning warns when the working tree is not at the commit reviewed:
// actions/checkout checks out the merge of a pull request unless told
// its head, and the lines commented on would then be the merge's. Outside
// git, or without it, nothing is known and nothing said.
func headWarning(root, commit string) string {
	out, err := exec.Command("git", "-C", root, "rev-parse", "HEAD").Output()
	if err != nil {
		return ""
	}
	head := strings.TrimSpace(string(out))
	if head == "" || strings.HasPrefix(head, commit) || strings.HasPrefix(commit, head) {
		return ""
	}
	return fmt.Sprintf("dockerfix: warning: the working tree is at %s, not the pull request's head %s: findings may land on the wrong lines (check out the head: actions/checkout with ref: ${{ github.event.pull_request.head.sha }})",
		shortSHA(head), shortSHA(commit))
}
