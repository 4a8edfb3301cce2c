package fix

import (
	"bytes"
	"fmt"
	"sort"

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
	// File and Diagnostics are the last lint of Fixed: what remains.
	File        *lint.File
	Diagnostics []lint.Diagnostic
}

// Changed reports whether any file changed.
func (r *Result) Changed() bool {
	return !bytes.Equal(r.Original, r.Fixed) || len(r.Others) > 0
}

// overlay serves edited build-context files ahead of the real ones, so later
// rounds lint against what earlier rounds wrote.
type overlay struct {
	base  lint.ContextReader
	files map[string][]byte
	orig  map[string][]byte
}

func (o *overlay) ReadFile(path string) ([]byte, error) {
	if b, ok := o.files[path]; ok {
		return b, nil
	}
	if o.base == nil {
		return nil, fmt.Errorf("%s: no build context", path)
	}
	return o.base.ReadFile(path)
}

// Loop lints src, applies the chosen fixes, and repeats until no fix
// applies. It never returns a Dockerfile that BuildKit cannot parse: a round
// that would produce one is an error (a rule bug), and nothing is written.
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
	cur := src
	for round := 0; ; round++ {
		f, diags, err := lint.Check(path, cur, opts.Rules, &env)
		if err != nil {
			return nil, err
		}
		res.File, res.Diagnostics, res.Fixed = f, diags, cur
		if len(f.Instructions) == 0 && hasParseError(diags) {
			if round > 0 {
				return nil, fmt.Errorf("%s: fixes produced a Dockerfile that does not parse (%s); nothing written", path, diags[0].Message)
			}
			break
		}
		sel := Select(diags, opts.Unsafe)
		if len(sel.Edits) == 0 {
			break
		}
		if round == maxRounds {
			return nil, fmt.Errorf("%s: fixes did not settle after %d rounds; nothing written", path, maxRounds)
		}
		next, changed, err := applyRound(cur, sel.Edits, ov)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		if !changed {
			break
		}
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

func hasParseError(diags []lint.Diagnostic) bool {
	for _, d := range diags {
		if d.Rule == lint.ParseErrorRule.ID {
			return true
		}
	}
	return false
}

// applyRound applies one round's edits to the Dockerfile and to the other
// files they name.
func applyRound(cur []byte, edits []lint.Edit, ov *overlay) ([]byte, bool, error) {
	groups := byPath(edits)
	changed := false
	paths := make([]string, 0, len(groups))
	for p := range groups {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	next := cur
	for _, p := range paths {
		es := groups[p]
		old := cur
		if p != "" {
			b, err := ov.ReadFile(p)
			if err != nil {
				return nil, false, fmt.Errorf("fix edits %s: %v", p, err)
			}
			old = b
		}
		if err := lint.ValidateEdits(es, func(string) int { return len(old) }); err != nil {
			return nil, false, err
		}
		nb := ApplyEdits(old, es)
		if bytes.Equal(nb, old) {
			continue
		}
		changed = true
		if p == "" {
			next = nb
			continue
		}
		if _, seen := ov.orig[p]; !seen {
			ov.orig[p] = old
		}
		ov.files[p] = nb
	}
	return next, changed, nil
}
