package github

import (
	"fmt"
	"strconv"
	"strings"
)

// Hunk is the lines of a file's new version that one hunk of a pull
// request's diff shows, First through Last (1-based, inclusive): its
// context and added lines, which a review comment may target on the RIGHT
// side. A multi-line comment must lie within one hunk.
type Hunk struct{ First, Last int }

// ChangedFile is a file of a pull request, as its list of files gives it.
type ChangedFile struct {
	Path   string // the file's path in the head, from the repository root
	Status string // added, modified, renamed, removed, copied, changed, unchanged
	// Hunks are where comments may go; none when GitHub leaves the patch
	// out (a binary or very large diff).
	Hunks []Hunk
}

// Covers reports whether lines first through last lie in one hunk, so that
// one comment can span them.
func (f ChangedFile) Covers(first, last int) bool {
	for _, h := range f.Hunks {
		if h.First <= first && last <= h.Last {
			return true
		}
	}
	return false
}

// Clip is the part of lines first through last in the first hunk they
// share a line with; ok is false when no line of theirs is in the diff.
func (f ChangedFile) Clip(first, last int) (from, to int, ok bool) {
	for _, h := range f.Hunks {
		if h.First <= last && first <= h.Last {
			return max(first, h.First), min(last, h.Last), true
		}
	}
	return 0, 0, false
}

// ParsePatch reads the hunks of a file's patch, as the pull request's list
// of files gives it: unified-diff hunks without file headers. Each hunk
// shows the lines of the new version from its header's start, one per
// context (' ') or added ('+') line; removed lines ('-') and "\ No newline
// at end of file" notes show none.
func ParsePatch(patch string) ([]Hunk, error) {
	var hunks []Hunk
	next := 0 // the new version's line the next shown line is; 0 outside a hunk
	lines := strings.Split(patch, "\n")
	for n, line := range lines {
		switch {
		case strings.HasPrefix(line, "@@"):
			start, err := hunkStart(line)
			if err != nil {
				return nil, fmt.Errorf("patch line %d: %v", n+1, err)
			}
			hunks = append(hunks, Hunk{First: start, Last: start - 1})
			next = start
		case next == 0:
			if line != "" {
				return nil, fmt.Errorf("patch line %d: text before the first hunk header", n+1)
			}
		case strings.HasPrefix(line, "+"), strings.HasPrefix(line, " "):
			hunks[len(hunks)-1].Last = next
			next++
		case line == "" && n == len(lines)-1:
			// The newline that ends the patch.
		case strings.HasPrefix(line, "-"), strings.HasPrefix(line, `\`):
		case line == "":
			// An empty context line whose leading space was trimmed.
			hunks[len(hunks)-1].Last = next
			next++
		default:
			return nil, fmt.Errorf("patch line %d: %q is no diff line", n+1, line)
		}
	}
	// A hunk that only removes lines shows none of the new version.
	var kept []Hunk
	for _, h := range hunks {
		if h.Last >= h.First {
			kept = append(kept, h)
		}
	}
	return kept, nil
}

// hunkStart is the new version's first line in a hunk header,
// "@@ -a,b +c,d @@ context".
func hunkStart(header string) (int, error) {
	_, rest, ok := strings.Cut(header, " +")
	if !ok {
		return 0, fmt.Errorf("hunk header %q has no +start", header)
	}
	end := strings.IndexAny(rest, ", ")
	if end < 0 {
		return 0, fmt.Errorf("hunk header %q has no +start", header)
	}
	start, err := strconv.Atoi(rest[:end])
	if err != nil || start < 0 {
		return 0, fmt.Errorf("hunk header %q: bad +start", header)
	}
	if start == 0 {
		start = 1 // "+0,0": the new version is empty
	}
	return start, nil
}
