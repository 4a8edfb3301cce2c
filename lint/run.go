package lint

import (
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
)

// ParseErrorRule is DF000: the file does not parse. The driver reports it.
var ParseErrorRule = &Rule{
	ID: "DF000", Name: "parse-error",
	// hadolint's instruction-order and ONBUILD-trigger rules are
	// instructions BuildKit refuses to parse.
	Aliases:  []string{"DL3043", "DL3061"},
	Title:    "Dockerfile does not parse",
	Severity: Error,
}

// UnusedIgnoreRule is DF001: an ignore pragma that suppresses nothing. The
// driver reports it after the other rules ran.
var UnusedIgnoreRule = &Rule{
	ID: "DF001", Name: "unused-ignore",
	Title:    "Ignore pragma suppresses nothing",
	Severity: Info,
	Fix:      FixSafe,
}

// Check parses src and runs the rules on it. A source that does not parse
// yields the file (without instructions) and one DF000 diagnostic. The error
// is for rule bugs only: a panic or an invalid fix.
func Check(path string, src []byte, rules []*Rule, env *Env) (*File, []Diagnostic, error) {
	return new(Parser).Check(path, src, rules, env)
}

// Check is the package's Check, reusing p's memory (see Parser).
func (p *Parser) Check(path string, src []byte, rules []*Rule, env *Env) (*File, []Diagnostic, error) {
	return p.check(path, src, rules, env, nil)
}

// CheckSuppressed is Check that also returns the diagnostics ignore pragmas
// hid, for formats that list them (SARIF).
func (p *Parser) CheckSuppressed(path string, src []byte, rules []*Rule, env *Env) (*File, []Diagnostic, []Suppressed, error) {
	var hidden []Suppressed
	f, diags, err := p.check(path, src, rules, env, &hidden)
	return f, diags, hidden, err
}

func (p *Parser) check(path string, src []byte, rules []*Rule, env *Env, hidden *[]Suppressed) (*File, []Diagnostic, error) {
	src = p.retire(src)
	f, err := p.Parse(path, src)
	if err != nil {
		pe, ok := err.(*ParseError)
		if !ok {
			return nil, nil, err
		}
		f = p.newFile(path, src)
		p.lines = lineStarts(p.lines, src)
		f.lineStart = p.lines
		var cfg *Config
		if env != nil {
			cfg = env.Config
		}
		d := Diagnostic{Rule: ParseErrorRule.ID, Severity: cfg.SeverityOf(ParseErrorRule), Message: pe.Msg}
		if pe.Line >= 1 && pe.Line <= f.NumLines() {
			d.Range = f.LineRange(pe.Line)
		}
		return f, []Diagnostic{d}, nil
	}
	diags, err := run(f, rules, env, hidden)
	return f, diags, err
}

// Suppressed is a diagnostic that an ignore pragma hid.
type Suppressed struct {
	Diagnostic
	// Pragma is the comment of the dockerfix or hadolint pragma that hid
	// the diagnostic; the zero Range for BuildKit's check directive, whose
	// comment is not located.
	Pragma Range
	// Reason is what follows "--" in a dockerfix pragma; "" when none.
	Reason string
}

// Run runs the enabled rules over f, applies ignore pragmas, reports unused
// pragmas, and returns the diagnostics sorted by position and rule.
func Run(f *File, rules []*Rule, env *Env) ([]Diagnostic, error) {
	return run(f, rules, env, nil)
}

// RunSuppressed is Run that also returns the diagnostics ignore pragmas
// hid, sorted likewise. Only the formats that list suppressions ask: Run
// keeps nothing of them.
func RunSuppressed(f *File, rules []*Rule, env *Env) ([]Diagnostic, []Suppressed, error) {
	var hidden []Suppressed
	diags, err := run(f, rules, env, &hidden)
	return diags, hidden, err
}

// run is Run; when hidden is not nil, the suppressed diagnostics are
// appended to it.
func run(f *File, rules []*Rule, env *Env, hidden *[]Suppressed) ([]Diagnostic, error) {
	if env == nil {
		env = &Env{}
	}
	cfg := env.Config
	pragmas := f.pragmas()
	var diags []Diagnostic
	var errs []string
	// One Pass for all the rules; Report reads which rule is running.
	var (
		r          *Rule
		sev        Severity
		overridden bool
		safety     bool // the fix safety the config imposes on r
		regraded   bool // whether it imposes one
	)
	pass := &Pass{File: f, Env: env, Report: func(d Diagnostic) {
		d.Rule = r.ID
		// A rule may grade a finding itself; configuration has the last word.
		if d.Severity == 0 || overridden {
			d.Severity = sev
		}
		if err := validate(f, d); err != nil {
			errs = append(errs, fmt.Sprintf("%s: rule %s: %v", f.Path, r.ID, err))
			return
		}
		if regraded && len(d.Fixes) > 0 {
			d.Fixes = slices.Clone(d.Fixes) // the rule may share its slice
			for i := range d.Fixes {
				d.Fixes[i].Safe = safety
			}
		}
		for _, p := range pragmas {
			if p.suppresses(r, d) {
				if hidden != nil {
					*hidden = append(*hidden, Suppressed{Diagnostic: d, Pragma: p.comment.Range, Reason: p.reason(f)})
				}
				return
			}
		}
		diags = append(diags, d)
	}}
	for _, r = range rules {
		set := cfg.settings(r)
		if r.Check == nil || !set.enabled {
			continue
		}
		sev, overridden = set.severity, set.overridden
		safety, regraded = set.safe, set.regraded
		if err := runCheck(r, pass); err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", f.Path, err))
		}
	}
	if containsRule(rules, UnusedIgnoreRule) && cfg.Enabled(UnusedIgnoreRule) {
		diags = append(diags, unusedIgnores(f, rules, cfg, pragmas)...)
	}
	SortDiagnostics(diags)
	if hidden != nil {
		sort.SliceStable(*hidden, func(i, j int) bool { return diagnosticLess((*hidden)[i].Diagnostic, (*hidden)[j].Diagnostic) })
	}
	if len(errs) > 0 {
		return diags, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return diags, nil
}

func runCheck(r *Rule, pass *Pass) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("rule %s panicked: %v\n%s", r.ID, v, debug.Stack())
		}
	}()
	r.Check(pass)
	return nil
}

func containsRule(rules []*Rule, r *Rule) bool {
	for _, x := range rules {
		if x == r {
			return true
		}
	}
	return false
}

// validate rejects diagnostics with a range (its own or a related one)
// outside the file, or edits a fixer could not apply.
func validate(f *File, d Diagnostic) error {
	n := len(f.Src)
	inBounds := func(r Range) bool { return 0 <= r.Start && r.Start <= r.End && r.End <= n }
	if !inBounds(d.Range) {
		return fmt.Errorf("range %v out of bounds", d.Range)
	}
	for _, rel := range d.Related {
		if !inBounds(rel.Range) {
			return fmt.Errorf("related range %v (%q) out of bounds", rel.Range, rel.Message)
		}
	}
	for _, fx := range d.Fixes {
		if len(fx.Edits) == 0 {
			return fmt.Errorf("fix %q has no edits", fx.Message)
		}
		if err := ValidateEdits(fx.Edits, func(path string) int {
			if path == "" {
				return n
			}
			return -1
		}); err != nil {
			return fmt.Errorf("fix %q: %v", fx.Message, err)
		}
	}
	return nil
}

// ValidateEdits checks that edits are in bounds and do not overlap within
// the same file. size returns a file's length, or -1 when unknown.
func ValidateEdits(edits []Edit, size func(path string) int) error {
	for _, e := range edits {
		if e.Range.Start < 0 || e.Range.Start > e.Range.End {
			return fmt.Errorf("edit %v is inverted or negative", e.Range)
		}
		if n := size(e.Path); n >= 0 && e.Range.End > n {
			return fmt.Errorf("edit %v beyond end of %s (%d bytes)", e.Range, displayPath(e.Path), n)
		}
	}
	// A fix has a few edits; a fixer's round may have one per line of a
	// large file, where comparing every pair would be quadratic.
	if len(edits) <= 16 {
		for i, e := range edits {
			for _, o := range edits[:i] {
				if o.Path == e.Path && o.Range.Overlaps(e.Range) {
					return fmt.Errorf("edits %v and %v overlap in %s", o.Range, e.Range, displayPath(e.Path))
				}
			}
		}
		return nil
	}
	// Sorted by file and start, two edits overlap only if two neighbours do.
	sorted := slices.Clone(edits)
	slices.SortStableFunc(sorted, func(a, b Edit) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return a.Range.Start - b.Range.Start
	})
	for i := 1; i < len(sorted); i++ {
		o, e := sorted[i-1], sorted[i]
		if o.Path == e.Path && o.Range.Overlaps(e.Range) {
			return fmt.Errorf("edits %v and %v overlap in %s", o.Range, e.Range, displayPath(e.Path))
		}
	}
	return nil
}

func displayPath(p string) string {
	if p == "" {
		return "the Dockerfile"
	}
	return p
}

// SortDiagnostics orders by position, then rule ID, then message.
func SortDiagnostics(diags []Diagnostic) {
	sort.SliceStable(diags, func(i, j int) bool { return diagnosticLess(diags[i], diags[j]) })
}

func diagnosticLess(a, b Diagnostic) bool {
	if a.Range.Start != b.Range.Start {
		return a.Range.Start < b.Range.Start
	}
	if a.Rule != b.Rule {
		return a.Rule < b.Rule
	}
	return a.Message < b.Message
}

// unusedIgnores reports dockerfix pragmas (or IDs in them) that suppressed
// nothing; hadolint and BuildKit pragmas are left alone, since those tools
// read them too.
func unusedIgnores(f *File, rules []*Rule, cfg *Config, pragmas []*pragma) []Diagnostic {
	sev := cfg.SeverityOf(UnusedIgnoreRule)
	// A global ignore of DF001 silences this report.
	for _, p := range pragmas {
		if p.global && p.suppresses(UnusedIgnoreRule, Diagnostic{}) {
			return nil
		}
	}
	var out []Diagnostic
	for _, p := range pragmas {
		if p.kind != pragmaDockerfix {
			continue
		}
		var keep, unused []string
		for _, id := range p.ids {
			r := LookupRule(rules, id.name)
			switch {
			case r == nil:
				unused = append(unused, id.name+" (unknown rule)")
			case id.used || r == UnusedIgnoreRule || !cfg.Enabled(r):
				keep = append(keep, id.name)
			default:
				unused = append(unused, id.name)
			}
		}
		if len(unused) == 0 {
			continue
		}
		d := Diagnostic{
			Rule: UnusedIgnoreRule.ID, Severity: sev, Range: p.comment.Range,
			Message: "unused ignore: " + strings.Join(unused, ", ") + " suppresses nothing here",
		}
		if p.target == nil && !p.global {
			d.Message = "ignore pragma has no instruction after it"
		}
		if len(keep) == 0 {
			d.Fixes = []Fix{{Message: "Remove the ignore pragma", Safe: true,
				Edits: []Edit{{Range: f.FullLineRange(p.comment.Line)}}}}
		} else {
			d.Fixes = []Fix{Replace("Remove "+strings.Join(unused, ", ")+" from the pragma", p.list, strings.Join(keep, ","), true)}
		}
		out = append(out, d)
	}
	return out
}
