// Package github is the API side of dockerfix's pull-request review bot:
// it lists a pull request's files and the lines its diff shows, turns the
// findings on changed Dockerfiles into review comments with suggested
// changes, and posts them as one review that a re-run updates instead of
// repeating.
package github

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/dockerfix/dockerfix/internal/report"
	"github.com/dockerfix/dockerfix/lint"
)

// File is a changed Dockerfile, linted in the working tree.
type File struct {
	Path        string // from the repository root, slash-separated
	File        *lint.File
	Diagnostics []lint.Diagnostic
	// ReadContext reads a file of the Dockerfile's build context, by its
	// slash-separated path relative to the Dockerfile's directory: a
	// manifest that a fix also edits.
	ReadContext func(rel string) ([]byte, error)
}

// Comment is one review comment on the RIGHT side of the diff.
type Comment struct {
	Path      string // from the repository root
	StartLine int    // the first line commented on; equal to Line for one line
	Line      int    // the last line commented on
	Body      string // markdown, ending with the comment's marker
}

// Key is the marker Body carries, which a re-run looks for to skip a
// comment that is already there.
func (c Comment) Key() string { return markerKey(c.Body) }

// Review is what a run posts: the comments and the summary that goes in
// the review's body.
type Review struct {
	Comments []Comment
	Summary  string // markdown, starting with the summary marker
	// Findings counts the findings of the changed Dockerfiles; a run with
	// none, and no earlier review to update, posts nothing.
	Findings int
}

// The hidden markers: an HTML comment, which GitHub does not show.
const (
	commentMarker    = "<!-- dockerfix:comment "
	summaryMarker    = "<!-- dockerfix:summary -->"
	supersededMarker = "<!-- dockerfix:superseded -->"
	markerEnd        = " -->"
)

// supersededBody replaces the summary of a review that a later one
// supersedes: the summary is kept in one place, the latest review.
const supersededBody = supersededMarker + "\n_This dockerfix summary is out of date: see the latest dockerfix review._"

// markerKey is the key of the comment marker in body, or "".
func markerKey(body string) string {
	i := strings.LastIndex(body, commentMarker)
	if i < 0 {
		return ""
	}
	key, _, ok := strings.Cut(body[i+len(commentMarker):], markerEnd)
	if !ok {
		return ""
	}
	return key
}

// maxListed bounds the summary's list of findings outside the diff.
const maxListed = 20

// Build plans the review of the changed Dockerfiles files, whose pull
// request changes the files in changed (by path). rules gives each
// finding's rule name and documentation link.
//
// Each finding is commented on where its fix's suggestion can go, else on
// its own lines, else it is listed in the summary:
//   - A fix is suggested as whole lines (a ```suggestion block replaces
//     exactly the lines commented on), safe and unsafe fixes alike, each
//     labelled. When the fix's edits lie on the finding's lines, the
//     comment is on those (report.SuggestFix); when they lie elsewhere
//     (DF201 reports the FROM and inserts USER before the CMD), the
//     comment is on the lines the fix changes, and says where the finding
//     is reported. Those lines must all be in one hunk of the diff.
//   - When they are not, the comment goes on the finding's lines in the
//     diff, names the fix and says why it is not suggested.
//   - A fix that also edits another file (a manifest beside the
//     Dockerfile) gets a comment with a suggestion in that file when the
//     pull request changes it on those lines; otherwise the main comment
//     says the fix changes it too.
//   - A finding with no line in the diff, nor a suggestion there, is
//     listed in the review's summary.
func Build(files []File, changed map[string]ChangedFile, rules []*lint.Rule) Review {
	var rv Review
	var outside []string
	inDiff, safe, unsafe := 0, 0, 0
	seen := map[string]bool{}
	for _, f := range files {
		for _, d := range f.Diagnostics {
			rv.Findings++
			comments := planFinding(f, d, changed, rules)
			onFile := false
			for _, c := range comments {
				if k := c.Key(); !seen[k] {
					seen[k] = true
					rv.Comments = append(rv.Comments, c)
				}
				onFile = onFile || c.Path == f.Path
			}
			if !onFile {
				outside = append(outside, outsideLine(f, d))
				continue
			}
			inDiff++
			if len(d.Fixes) > 0 {
				if d.Fixes[0].Safe {
					safe++
				} else {
					unsafe++
				}
			}
		}
	}
	slices.SortStableFunc(rv.Comments, func(a, b Comment) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return a.StartLine - b.StartLine
	})
	rv.Summary = summary(len(files), rv.Findings, inDiff, safe, unsafe, outside)
	return rv
}

// planFinding is the comments on d: none when it has no place in the diff.
func planFinding(f File, d lint.Diagnostic, changed map[string]ChangedFile, rules []*lint.Rule) []Comment {
	first, last := report.LineSpan(f.File, d.Range)
	diff := changed[f.Path]
	head := heading(d, rules)
	if len(d.Fixes) == 0 {
		from, to, ok := diff.Clip(first, last)
		if !ok {
			return nil
		}
		return []Comment{newComment(f.Path, from, to, d.Rule, head, false, "")}
	}
	fx := d.Fixes[0]
	var own []lint.Edit
	others := map[string][]lint.Edit{}
	for _, e := range fx.Edits {
		if e.Path == "" {
			own = append(own, e)
		} else {
			others[e.Path] = append(others[e.Path], e)
		}
	}
	var comments []Comment
	var notes []string
	// The fix's other files first, to know what the main comment says of
	// them.
	for _, rel := range sortedKeys(others) {
		p := path.Join(path.Dir(f.Path), rel)
		var s report.Suggestion
		ok := f.ReadContext != nil
		if ok {
			src, err := f.ReadContext(rel)
			if ok = err == nil; ok {
				s, ok = report.SuggestEdits(src, others[rel])
			}
		}
		if ok && changed[p].Covers(s.StartLine, s.EndLine) {
			body := fmt.Sprintf("%s\n\nThis is the part of its fix in `%s`, for the finding on %s of `%s`. %s",
				head, p, linesText(first, last), f.Path, fixText(fx, d.Message))
			comments = append(comments, newComment(p, s.StartLine, s.EndLine, d.Rule, body, true, s.Lines()))
			notes = append(notes, fmt.Sprintf("The fix also changes `%s` (%s): accept the suggestion there too.", p, linesText(s.StartLine, s.EndLine)))
			continue
		}
		where := "`" + p + "`"
		if ok {
			where += " (" + linesText(s.StartLine, s.EndLine) + ")"
		}
		notes = append(notes, fmt.Sprintf("The fix also changes %s, outside this pull request's diff: `%s` applies it there.", where, fixCommand(fx)))
	}
	mainComment := func(from, to int, note string, suggest bool, suggestion string) Comment {
		parts := []string{head, fixText(fx, d.Message)}
		if note != "" {
			parts = append(parts, note)
		}
		parts = append(parts, notes...)
		return newComment(f.Path, from, to, d.Rule, strings.Join(parts, "\n\n"), suggest, suggestion)
	}
	if len(own) == 0 {
		if from, to, ok := diff.Clip(first, last); ok {
			comments = append([]Comment{mainComment(from, to, "", false, "")}, comments...)
		}
		return comments
	}
	s, ok := report.SuggestFix(f.File, d, lint.Fix{Edits: own})
	if !ok {
		s, ok = report.SuggestEdits(f.File.Src, own)
	}
	switch {
	case ok && diff.Covers(s.StartLine, s.EndLine):
		note := ""
		if s.StartLine != first || s.EndLine != last {
			note = fmt.Sprintf("Reported on %s; the fix edits these lines, so the suggestion is here.", linesText(first, last))
		}
		return append([]Comment{mainComment(s.StartLine, s.EndLine, note, true, s.Lines())}, comments...)
	default:
		from, to, inDiff := diff.Clip(first, last)
		if !inDiff {
			return comments
		}
		note := "The fix cannot be written as whole lines here, so it is not suggested: `" + fixCommand(fx) + "` applies it."
		if ok {
			note = fmt.Sprintf("The fix changes %s, not all of them in one hunk of this pull request's diff, so it cannot be suggested here: `%s` applies it.",
				linesText(s.StartLine, s.EndLine), fixCommand(fx))
		}
		return append([]Comment{mainComment(from, to, note, false, "")}, comments...)
	}
}

// newComment is a comment on lines from through to of p, ending with the
// suggestion block when suggest is true, and its marker. The marker's key
// names the place, the rule and the suggestion (or the text, without one),
// so that a re-run finds the comment again while a changed fix gets a new
// one.
func newComment(p string, from, to int, rule, text string, suggest bool, suggestion string) Comment {
	body := text
	k := key(p, strconv.Itoa(from), strconv.Itoa(to), rule, "text", text)
	if suggest {
		body += "\n\n" + suggestionBlock(suggestion)
		k = key(p, strconv.Itoa(from), strconv.Itoa(to), rule, "suggestion", suggestion)
	}
	return Comment{Path: p, StartLine: from, Line: to, Body: body + "\n\n" + commentMarker + k + markerEnd}
}

// sortedKeys is m's keys in order.
func sortedKeys(m map[string][]lint.Edit) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// heading is a comment's first paragraph: the finding, without the
// "needs review" reason that fixText gives.
func heading(d lint.Diagnostic, rules []*lint.Rule) string {
	msg, _ := splitReview(d.Message)
	rule := d.Rule
	if r := lint.LookupRule(rules, d.Rule); r != nil {
		rule = fmt.Sprintf("[%s %s](%s)", r.ID, r.Name, r.DocURL())
	}
	return fmt.Sprintf("**%s** %s: %s", d.Severity, rule, escape(msg))
}

// fixText says what fx does, whether it is safe and, for an unsafe fix,
// why it needs a review (from the finding's message).
func fixText(fx lint.Fix, message string) string {
	if fx.Safe {
		return fmt.Sprintf("**Safe fix**: %s (`%s` applies it).", escape(fx.Message), fixCommand(fx))
	}
	text := fmt.Sprintf("**Unsafe fix**, review it before committing: %s (only `%s` applies it).", escape(fx.Message), fixCommand(fx))
	if _, why := splitReview(message); why != "" {
		text += " Needs review: " + escape(why)
		if !strings.HasSuffix(why, ".") {
			text += "."
		}
	}
	return text
}

// fixCommand is the command that applies fx.
func fixCommand(fx lint.Fix) string {
	if fx.Safe {
		return "dockerfix --write"
	}
	return "dockerfix --write --unsafe-fixes"
}

// splitReview splits a finding's message at its "needs review: " reason
// ("…; needs review: a new node release line", "…; the rewrite needs
// review: …"), which rules give for an unsafe fix.
func splitReview(msg string) (finding, why string) {
	const tag = "needs review: "
	i := strings.LastIndex(msg, tag)
	if i < 0 {
		return msg, ""
	}
	finding = strings.TrimSpace(msg[:i])
	finding = strings.TrimSpace(strings.TrimSuffix(finding, "the rewrite"))
	return strings.TrimRight(finding, "; "), msg[i+len(tag):]
}

// linesText is "line 3" or "lines 3–5".
func linesText(first, last int) string {
	if first == last {
		return "line " + strconv.Itoa(first)
	}
	return fmt.Sprintf("lines %d–%d", first, last)
}

// outsideLine is the summary's entry for a finding outside the diff.
func outsideLine(f File, d lint.Diagnostic) string {
	first, _ := report.LineSpan(f.File, d.Range)
	line := fmt.Sprintf("- `%s` line %d: **%s** %s: %s", f.Path, first, d.Severity, d.Rule, escape(d.Message))
	if len(d.Fixes) > 0 {
		label := "fix"
		if !d.Fixes[0].Safe {
			label = "unsafe fix"
		}
		line += fmt.Sprintf(" (%s: %s)", label, escape(d.Fixes[0].Message))
	}
	return line
}

// summary is the review's body.
func summary(files, findings, inDiff, safe, unsafe int, outside []string) string {
	var b strings.Builder
	b.WriteString(summaryMarker + "\n")
	switch {
	case files == 0:
		b.WriteString("**dockerfix**: this pull request changes no Dockerfile.\n")
		return b.String()
	case findings == 0:
		fmt.Fprintf(&b, "**dockerfix**: no findings in the %s this pull request changes.\n", report.Plural(files, "Dockerfile"))
		return b.String()
	}
	fmt.Fprintf(&b, "**dockerfix**: %s in the %s this pull request changes.\n", report.Plural(findings, "finding"), report.Plural(files, "Dockerfile"))
	if inDiff > 0 {
		fmt.Fprintf(&b, "\n%s commented on in the diff", isAre(inDiff))
		var fixes []string
		if safe > 0 {
			fixes = append(fixes, strconv.Itoa(safe)+" safe")
		}
		if unsafe > 0 {
			fixes = append(fixes, strconv.Itoa(unsafe)+" unsafe (review before committing)")
		}
		if len(fixes) > 0 {
			b.WriteString("; their fixes: " + strings.Join(fixes, ", "))
		}
		b.WriteString(".\n")
	}
	if len(outside) > 0 {
		fmt.Fprintf(&b, "\n%s on lines outside the diff:\n\n", isAre(len(outside)))
		for _, l := range outside[:min(len(outside), maxListed)] {
			b.WriteString(l + "\n")
		}
		if n := len(outside) - maxListed; n > 0 {
			fmt.Fprintf(&b, "- … and %d more: run `dockerfix` on the changed Dockerfiles.\n", n)
		}
	}
	return b.String()
}

// isAre is "1 is" or "3 are".
func isAre(n int) string {
	if n == 1 {
		return "1 is"
	}
	return strconv.Itoa(n) + " are"
}

// escape backslash-escapes the markdown punctuation that could format or
// hide text in a one-line message: emphasis, code, links, HTML tags,
// tables.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~&", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// suggestionBlock is a ```suggestion block whose text replaces the lines
// commented on ("" deletes them). Its fence is longer than any run of
// backticks in the text.
func suggestionBlock(text string) string {
	fence := "```"
	for strings.Contains(text, fence) {
		fence += "`"
	}
	if text != "" {
		text += "\n"
	}
	return fence + "suggestion\n" + text + fence
}

// key hashes what makes a comment the same one on a re-run.
func key(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
