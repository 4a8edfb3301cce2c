// Command stats prints what the rules find over a folder of Dockerfiles
// (the real-world corpus): how many external base images the catalog knows,
// how many DF101 findings there are and how many carry a fix, the DF201
// findings by the kind of fix they get, the DF301 findings by what their
// fix does, the package-manager hygiene rules' findings by fix safety, the
// instruction rules' findings, then each BuildKit check's and each
// supply-chain rule's findings (ruleCounts). bench/coverage.sh runs it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/osv"
	"github.com/dockerfix/dockerfix/rules"
)

func main() {
	date := flag.String("date", "2026-12-04", "judge support status on this date")
	unknown := flag.Int("unknown", 0, "also list the `N` most common external images the catalog does not know")
	osvDB := flag.String("osv-db", "", "weigh DF301's findings with the OSV databases in `DIR` (DIR/<Ecosystem>/all.zip)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: stats [-date YYYY-MM-DD] [-osv-db DIR] DIR")
		os.Exit(2)
	}
	day, err := time.Parse("2006-01-02", *date)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if err := run(flag.Arg(0), day, *unknown, *osvDB); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}

// rootFixKind names the DF201 fix by the preference it came from.
func rootFixKind(d lint.Diagnostic) string {
	if len(d.Fixes) == 0 {
		return "none"
	}
	m := d.Fixes[0].Message
	switch {
	case strings.Contains(m, "the user set on line"):
		return "1 earlier user"
	case strings.Contains(m, "created on line"):
		return "1b user the Dockerfile creates"
	case strings.Contains(m, "COPY --chown gives files to"):
		return "1c owner of COPY --chown"
	case strings.Contains(m, "ships it"):
		return "2 user the image ships"
	default:
		return "3 new user (unsafe)"
	}
}

// rootOutcome sorts a DF201 finding by what the user gets: the image
// drops privileges itself (reported at info, no fix), a safe fix, an
// unsafe one, or none.
func rootOutcome(d lint.Diagnostic) string {
	switch {
	case len(d.Fixes) == 0 && d.Severity == lint.Info:
		return "privileges dropped (no fix)"
	case len(d.Fixes) == 0:
		return "no fix"
	case d.Fixes[0].Safe:
		return "safe fix"
	}
	return "unsafe fix"
}

// piecemealOutcome sorts a DF301 finding by what its fix does and
// whether it is safe.
func piecemealOutcome(d lint.Diagnostic) string {
	if len(d.Fixes) == 0 {
		return "no fix"
	}
	fx := d.Fixes[0]
	var what string
	switch {
	case strings.Contains(fx.Message, "(the whole RUN)"):
		what = "removes the whole RUN"
	case strings.HasPrefix(fx.Message, "Remove "):
		what = "removes the command"
	default:
		what = "drops the versions"
	}
	if strings.Contains(fx.Message, " and bump ") || strings.Contains(fx.Message, " and move ") {
		what += " + base"
	}
	if fx.Safe {
		return what + ", safe"
	}
	return what + ", unsafe"
}

func run(dir string, day time.Time, listUnknown int, osvDB string) error {
	cat, err := images.Load()
	if err != nil {
		return err
	}
	env := &lint.Env{Now: func() time.Time { return day }, Config: &lint.Config{}, Images: rules.NewImages(cat)}
	if osvDB != "" {
		db := osv.NewLocal(osv.LocalOptions{Dirs: []string{osvDB}})
		defer db.Close()
		env.OSV = &rules.OSV{Source: db}
	}
	for _, r := range instructionRules {
		if r.OptIn {
			env.Config.Enable = append(env.Config.Enable, r.ID)
		}
	}
	instr := map[string]*ruleCount{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var external, known, df101, df101Fix, df101Safe, df201, df301, df301Upgrades int
	df301Files := map[string]bool{}
	piecemeal := map[string]int{}
	hygiene := hygieneRules()
	hygieneFixes := map[string]map[string]int{} // rule ID → fix kind → findings
	kinds := map[string]int{}
	outcomes := map[string]int{}
	df101Sev := map[string]int{}
	unknownRepos := map[string]int{}
	for _, e := range entries {
		src, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return err
		}
		f, diags, err := lint.Check(e.Name(), src, rules.All(), env)
		if err != nil || len(f.Instructions) == 0 {
			continue
		}
		for _, st := range f.Stages {
			if st.Parent != nil || st.IsScratch() || !st.ImageResolved {
				continue
			}
			r, err := images.ParseRef(st.ImageExpanded)
			if err != nil {
				continue
			}
			external++
			if _, ok := cat.Lookup(r); ok {
				known++
			} else {
				unknownRepos[r.Name]++
			}
		}
		countInstructionRules(instr, diags)
		for _, d := range diags {
			switch d.Rule {
			case rules.OutdatedBaseImage.ID:
				df101++
				df101Sev[d.Severity.String()]++
				if len(d.Fixes) > 0 {
					df101Fix++
					if d.Fixes[0].Safe {
						df101Safe++
					}
				}
			case rules.RootUser.ID:
				df201++
				kinds[rootFixKind(d)]++
				outcomes[rootOutcome(d)]++
			case rules.PiecemealOSPackage.ID:
				df301++
				df301Files[e.Name()] = true
				if strings.HasPrefix(d.Message, "piecemeal upgrade") {
					df301Upgrades++
				}
				piecemeal[piecemealOutcome(d)]++
			}
			if hygiene[d.Rule] != nil {
				if hygieneFixes[d.Rule] == nil {
					hygieneFixes[d.Rule] = map[string]int{}
				}
				hygieneFixes[d.Rule][fixSafety(d)]++
			}
		}
	}
	fmt.Printf("base images (%s, catalog snapshot %s):\n", day.Format("2006-01-02"), cat.SnapshotDate())
	fmt.Printf("  external FROM images: %d, known to the catalog: %d (%s)\n", external, known, pct(known, external))
	fmt.Printf("  DF101 findings: %d, with a fix: %d (%s), safe: %d\n", df101, df101Fix, pct(df101Fix, df101), df101Safe)
	fmt.Printf("  DF101 by severity: error %d, warning %d, info %d; fixes: safe %d, unsafe only %d, none %d\n",
		df101Sev["error"], df101Sev["warning"], df101Sev["info"], df101Safe, df101Fix-df101Safe, df101-df101Fix)
	fmt.Printf("root user:\n  DF201 findings: %d\n", df201)
	for _, k := range []string{"privileges dropped (no fix)", "safe fix", "unsafe fix", "no fix"} {
		fmt.Printf("    %-32s %d\n", k+":", outcomes[k])
	}
	var names []string
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("    fix %-32s %d\n", k+":", kinds[k])
	}
	fmt.Printf("piecemeal OS packages:\n  DF301 findings: %d in %d files (upgrades %d, pins %d)\n", df301, len(df301Files), df301Upgrades, df301-df301Upgrades)
	names = names[:0]
	for k := range piecemeal {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("    %-40s %d\n", k+":", piecemeal[k])
	}
	fmt.Printf("package-manager hygiene:\n")
	for _, r := range rules.All() {
		if hygiene[r.ID] == nil {
			continue
		}
		k := hygieneFixes[r.ID]
		fmt.Printf("  %s %-34s %5d findings: safe fix %d, unsafe fix %d, no fix %d\n", r.ID, r.Name,
			k["safe"]+k["unsafe"]+k["none"], k["safe"], k["unsafe"], k["none"])
	}
	printInstructionRules(instr, len(entries))
	if err := ruleCounts("BuildKit's build checks", dir, env, "DF410", "DF439"); err != nil {
		return err
	}
	// The corpus has no build contexts: DF508 sees only the names
	// Dockerfiles copy, and DF503 runs offline.
	if err := ruleCounts("supply-chain and shell rules, offline, without build contexts", dir, env, "DF501", "DF599"); err != nil {
		return err
	}
	if listUnknown > 0 {
		repos := make([]string, 0, len(unknownRepos))
		for r := range unknownRepos {
			repos = append(repos, r)
		}
		sort.Slice(repos, func(i, j int) bool {
			a, b := repos[i], repos[j]
			return unknownRepos[a] > unknownRepos[b] || (unknownRepos[a] == unknownRepos[b] && a < b)
		})
		fmt.Printf("most common unknown images (%d distinct):\n", len(repos))
		for _, r := range repos[:min(listUnknown, len(repos))] {
			fmt.Printf("  %5d  %s\n", unknownRepos[r], r)
		}
	}
	return nil
}

// hygieneRules are the package-manager hygiene rules, by ID.
func hygieneRules() map[string]*lint.Rule {
	m := map[string]*lint.Rule{}
	for _, r := range []*lint.Rule{rules.PackageManagerWithoutYes, rules.AptWithoutNoInstallRecommends,
		rules.AptListsNotRemoved, rules.AptInsteadOfAptGet, rules.PackageUpdateAlone, rules.ApkWithoutNoCache,
		rules.PipWithoutNoCacheDir, rules.PackageCacheNotCleaned, rules.NpmInstallInsteadOfCI, rules.GemWithoutNoDocument} {
		m[r.ID] = r
	}
	return m
}

// fixSafety is "safe", "unsafe" or "none": the first fix a finding offers.
func fixSafety(d lint.Diagnostic) string {
	switch {
	case len(d.Fixes) == 0:
		return "none"
	case d.Fixes[0].Safe:
		return "safe"
	}
	return "unsafe"
}

func pct(a, b int) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
}

// instructionRules are the rules that read instructions, flags, stages and
// variables (hadolint's DL3xxx/DL4xxx, Trivy's DS checks); the opt-in ones
// are enabled for the count.
var instructionRules = []*lint.Rule{
	rules.PointlessCommand, rules.CdInRun, rules.CopiedArchiveExtracted, rules.ExposePortRange,
	rules.AddInsteadOfCopy, rules.CopyDestNotDir, rules.CopyFromUnknownStage, rules.CopyFromOwnStage,
	rules.FromPlatformFlag, rules.EnvSameInstructionRef, rules.CopyRelativeWithoutWorkdir, rules.WgetProgress,
	rules.LabelKey, rules.NoHealthcheck, rules.ConsecutiveRun, rules.WgetAndCurl, rules.LnBinSh,
	rules.Pipefail, rules.ExposeSSH, rules.WorkdirSystemDir,
}

// ruleCount is what one rule found over the corpus.
type ruleCount struct {
	findings, files, safe, unsafe int
}

func countInstructionRules(counts map[string]*ruleCount, diags []lint.Diagnostic) {
	seen := map[string]bool{}
	for _, d := range diags {
		c := counts[d.Rule]
		if c == nil {
			c = &ruleCount{}
			counts[d.Rule] = c
		}
		c.findings++
		if !seen[d.Rule] {
			seen[d.Rule] = true
			c.files++
		}
		if len(d.Fixes) > 0 {
			if d.Fixes[0].Safe {
				c.safe++
			} else {
				c.unsafe++
			}
		}
	}
}

func printInstructionRules(counts map[string]*ruleCount, files int) {
	fmt.Printf("instruction rules (%d files; opt-in rules enabled):\n", files)
	fmt.Printf("  %-6s %-30s %-8s %8s %6s %6s %6s %6s\n", "ID", "name", "severity", "findings", "files", "files%", "safe", "unsafe")
	for _, r := range instructionRules {
		c := counts[r.ID]
		if c == nil {
			c = &ruleCount{}
		}
		name := r.Name
		if r.OptIn {
			name += " (opt-in)"
		}
		fmt.Printf("  %-6s %-30s %-8s %8d %6d %6s %6d %6d\n", r.ID, name, r.Severity, c.findings, c.files, pct(c.files, files), c.safe, c.unsafe)
	}
}
