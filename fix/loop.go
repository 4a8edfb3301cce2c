package fix

import (
	"bytes"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// DefaultMaxRounds bounds the fix loop; real files settle in two or three.
const DefaultMaxRounds = 10

// Options configures Loop.
type Options struct {
	Rules     []*lint.Rule
	Env       *lint.Env // Env.Context reads the other files a fix may edit
	Unsafe    bool      // also apply fixes marked unsafe
	MaxRounds int       // 0 = DefaultMaxRounds
	// Suppressed asks for Result.Suppressed (for SARIF); without it the
	// lint keeps nothing of what pragmas hide.
	Suppressed bool
}

// Change is a file of the build context that fixes edited.
type Change struct {
	Path     string // as in lint.Edit.Path
	Old, New []byte
}

// Result is the outcome of fixing one Dockerfile.
type Result struct {
	Path      string
	Original  []byte
	Fixed     []byte   // the Dockerfile after all rounds
	Others    []Change // other files of the build context, sorted by path
	Applied   []Applied
	Conflicts []Applied // skipped in some round because they overlapped another fix
	// Refused are fixes left out because the Dockerfile would not parse
	// with them: a rule's mistake, never written.
	Refused []Applied
	// File and Diagnostics are the last lint of Fixed: what remains.
	File        *lint.File
	Diagnostics []lint.Diagnostic
	// Suppressed are the diagnostics of the last lint that ignore pragmas
	// hid, when Options.Suppressed asks for them.
	Suppressed []lint.Suppressed
}

// Changed reports whether any file changed.
func (r *Result) Changed() bool {
	return !bytes.Equal(r.Original, r.Fixed) || len(r.Others) > 0
}

// overlay serves edited build-context files ahead of the real ones, so later
// rounds lint against what earlier rounds wrote. Its paths are Edit.Path's,
// relative to the Dockerfile's directory; a context the base locates above
// it (lint.ContextLocator) is read under its own prefix ("../").
type overlay struct {
	base    lint.ContextReader
	files   map[string][]byte
	orig    map[string][]byte
	located map[string]lint.ContextReader // by directory relative to the Dockerfile's: ".."
}

func (o *overlay) ReadFile(name string) ([]byte, error) {
	if b, ok := o.files[name]; ok {
		return b, nil
	}
	if o.base == nil {
		return nil, fmt.Errorf("%s: no build context", name)
	}
	for dir, ctx := range o.located {
		if rest, ok := strings.CutPrefix(name, dir+"/"); ok {
			return ctx.ReadFile(rest)
		}
	}
	return o.base.ReadFile(name)
}

// Locate implements lint.ContextLocator when the base does, so that a fix
// run reads the context a lint run does.
func (o *overlay) Locate(sources []string) (lint.ContextReader, string) {
	loc, ok := o.base.(lint.ContextLocator)
	if !ok {
		return o, ""
	}
	ctx, dir := loc.Locate(sources)
	if dir == "" {
		return o, ""
	}
	if o.located == nil {
		o.located = map[string]lint.ContextReader{}
	}
	o.located[dir] = ctx
	return &locatedOverlay{o: o, dir: dir, base: ctx}, dir
}

// NamedContext implements lint.NamedContexter when the base does.
func (o *overlay) NamedContext(name string) bool {
	nc, ok := o.base.(lint.NamedContexter)
	return ok && nc.NamedContext(name)
}

// locatedOverlay is the overlay seen from a context above the Dockerfile's
// directory: its paths are relative to that context's root.
type locatedOverlay struct {
	o    *overlay
	dir  string // the context's root, relative to the Dockerfile's directory
	base lint.ContextReader
}

func (l *locatedOverlay) ReadFile(name string) ([]byte, error) {
	if b, ok := l.o.files[path.Join(l.dir, name)]; ok {
		return b, nil
	}
	return l.base.ReadFile(name)
}

func (l *locatedOverlay) ListFiles(limit int, ignore *lint.Dockerignore) (*lint.ContextListing, error) {
	lister, ok := l.base.(lint.ContextLister)
	if !ok {
		return nil, fmt.Errorf("the build context cannot be listed")
	}
	return lister.ListFiles(limit, ignore)
}

func (l *locatedOverlay) NamedContext(name string) bool { return l.o.NamedContext(name) }

// ListFiles lists the base context's files, when it can: an edit changes
// files, never their names.
func (o *overlay) ListFiles(limit int, ignore *lint.Dockerignore) (*lint.ContextListing, error) {
	l, ok := o.base.(lint.ContextLister)
	if !ok {
		return nil, fmt.Errorf("the build context cannot be listed")
	}
	return l.ListFiles(limit, ignore)
}

// Loop lints src, applies the chosen fixes, and repeats until no fix
// applies. It never returns a Dockerfile that BuildKit cannot parse: when a
// round's fixes together would produce one, they are tried one by one and
// those that break the file are refused (Result.Refused) for the rest of
// the loop.
func Loop(path string, src []byte, opts Options) (*Result, error) {
	env := lint.Env{}
	if opts.Env != nil {
		env = *opts.Env
	}
	ov := &overlay{base: env.Context, files: map[string][]byte{}, orig: map[string][]byte{}}
	env.Context = ov
	maxRounds := opts.MaxRounds
	if maxRounds <= 0 {
		maxRounds = DefaultMaxRounds
	}
	res := &Result{Path: path, Original: src}
	refused := map[string]bool{}
	cur := src
	var parsed *lint.File // cur, when the previous round parsed it already
	for round := 0; ; round++ {
		var f *lint.File
		var diags []lint.Diagnostic
		var hidden []lint.Suppressed
		var err error
		switch {
		case parsed != nil && opts.Suppressed:
			f = parsed
			diags, hidden, err = lint.RunSuppressed(f, opts.Rules, &env)
		case parsed != nil:
			f = parsed
			diags, err = lint.Run(f, opts.Rules, &env)
		case opts.Suppressed:
			f, diags, hidden, err = new(lint.Parser).CheckSuppressed(path, cur, opts.Rules, &env)
		default:
			f, diags, err = lint.Check(path, cur, opts.Rules, &env)
		}
		if err != nil {
			return nil, err
		}
		res.File, res.Diagnostics, res.Suppressed, res.Fixed = f, diags, hidden, cur
		if len(f.Instructions) == 0 && hasParseError(diags) {
			if round > 0 {
				// Unreachable: every round is checked before it is kept.
				return nil, fmt.Errorf("%s: fixes produced a Dockerfile that does not parse (%s); nothing written", path, diags[0].Message)
			}
			break
		}
		sel := selectFixes(diags, opts.Unsafe, refused)
		if len(sel.Edits) == 0 {
			break
		}
		if round == maxRounds {
			return nil, fmt.Errorf("%s: fixes did not settle after %d rounds; nothing written", path, maxRounds)
		}
		next, others, err := applyRound(cur, sel.Edits, ov)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		refusedBefore := len(res.Refused)
		if parsed, _ = lint.Parse(path, next); parsed == nil {
			sel, next, others, err = keepParsing(path, cur, sel, ov, refused, res)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", path, err)
			}
			parsed = nil // keepParsing's choice is parsed again by the next round
		}
		if bytes.Equal(next, cur) && len(others) == 0 {
			if len(res.Refused) > refusedBefore {
				parsed = nil
				continue // fixes that overlapped a refused one may apply now
			}
			break
		}
		ov.commit(others)
		res.Applied = append(res.Applied, sel.Applied...)
		res.Conflicts = append(res.Conflicts, sel.Conflict...)
		cur = next
	}
	for p, b := range ov.files {
		if !bytes.Equal(ov.orig[p], b) {
			res.Others = append(res.Others, Change{Path: p, Old: ov.orig[p], New: b})
		}
	}
	sort.Slice(res.Others, func(i, j int) bool { return res.Others[i].Path < res.Others[j].Path })
	return res, nil
}

// keepParsing keeps the fixes of sel with which the Dockerfile still
// parses; the others are refused. It tries them in order, a block at a
// time: a block that parses with the fixes kept before it is kept whole,
// one that does not is halved, down to the single fixes to refuse. A
// round of many fixes with one bad one thus costs a few parses per level
// of halving, not one per fix.
func keepParsing(path string, cur []byte, sel Selection, ov *overlay, refused map[string]bool, res *Result) (Selection, []byte, map[string][]byte, error) {
	kp := &keeper{path: path, cur: cur, sel: sel, ov: ov, kept: Selection{Conflict: sel.Conflict}, next: cur}
	// The caller has tried them all together already.
	if err := kp.split(0, len(sel.Fixes)); err != nil {
		return Selection{}, nil, nil, err
	}
	for _, i := range kp.refused {
		refused[fixKey(sel.Applied[i].Rule, sel.Fixes[i])] = true
		res.Refused = append(res.Refused, sel.Applied[i])
	}
	return kp.kept, kp.next, kp.others, nil
}

// keeper is keepParsing's state: the fixes kept so far and what they make.
type keeper struct {
	path    string
	cur     []byte
	sel     Selection
	ov      *overlay
	kept    Selection
	next    []byte
	others  map[string][]byte
	refused []int // indexes into sel, in order
}

// keep decides the fixes sel.Fixes[lo:hi].
func (kp *keeper) keep(lo, hi int) error {
	if lo == hi {
		return nil
	}
	edits := slices.Clip(kp.kept.Edits)
	for _, fx := range kp.sel.Fixes[lo:hi] {
		edits = append(edits, fx.Edits...)
	}
	n, o, err := applyRound(kp.cur, edits, kp.ov)
	if err != nil {
		return err
	}
	if _, err := lint.Parse(kp.path, n); err == nil {
		kp.kept.Edits, kp.next, kp.others = edits, n, o
		kp.kept.Applied = append(kp.kept.Applied, kp.sel.Applied[lo:hi]...)
		kp.kept.Fixes = append(kp.kept.Fixes, kp.sel.Fixes[lo:hi]...)
		return nil
	}
	return kp.split(lo, hi)
}

// split decides sel.Fixes[lo:hi], which do not parse together, half by
// half; a single fix is refused.
func (kp *keeper) split(lo, hi int) error {
	switch hi - lo {
	case 0:
		return nil
	case 1:
		kp.refused = append(kp.refused, lo)
		return nil
	}
	mid := lo + (hi-lo)/2
	if err := kp.keep(lo, mid); err != nil {
		return err
	}
	return kp.keep(mid, hi)
}

func hasParseError(diags []lint.Diagnostic) bool {
	for _, d := range diags {
		if d.Rule == lint.ParseErrorRule.ID {
			return true
		}
	}
	return false
}

// applyRound applies one round's edits. It returns the new Dockerfile and
// the other files the edits change, leaving ov alone until the caller
// commits them.
func applyRound(cur []byte, edits []lint.Edit, ov *overlay) ([]byte, map[string][]byte, error) {
	next := cur
	var others map[string][]byte
	for p, es := range byPath(edits) {
		old := cur
		if p != "" {
			b, err := ov.ReadFile(p)
			if err != nil {
				return nil, nil, fmt.Errorf("fix edits %s: %v", p, err)
			}
			old = b
		}
		if err := lint.ValidateEdits(es, func(string) int { return len(old) }); err != nil {
			return nil, nil, err
		}
		nb := ApplyEdits(old, es)
		switch {
		case p == "":
			next = nb
		case !bytes.Equal(nb, old):
			if others == nil {
				others = map[string][]byte{}
			}
			others[p] = nb
		}
	}
	return next, others, nil
}

// commit makes the other files of a round visible to later rounds.
func (o *overlay) commit(others map[string][]byte) {
	for p, b := range others {
		if _, seen := o.orig[p]; !seen {
			old, _ := o.ReadFile(p)
			o.orig[p] = old
		}
		o.files[p] = b
	}
}
