package fix

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// numbered returns "1\n2\n...n\n".
func numbered(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d\n", i)
	}
	return b.String()
}

// replaceLine replaces line n (1-based) of s, which must end in '\n'.
func replaceLine(s string, n int, with string) string {
	lines := strings.SplitAfter(s, "\n")
	lines[n-1] = with + "\n"
	return strings.Join(lines, "")
}

type diffCase struct {
	name     string
	old, new string
	want     string // hunks only; headers are checked separately
}

func diffCases() []diffCase {
	n20 := numbered(20)
	return []diffCase{
		{"insert at start", "b\nc\nd\n", "a\nb\nc\nd\n",
			"@@ -1,3 +1,4 @@\n+a\n b\n c\n d\n"},
		{"insert in middle", numbered(8), "1\n2\n3\n4\nx\n5\n6\n7\n8\n",
			"@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+x\n 5\n 6\n 7\n"},
		{"insert at end", "a\nb\nc\nd\ne\n", "a\nb\nc\nd\ne\nf\n",
			"@@ -3,3 +3,4 @@\n c\n d\n e\n+f\n"},
		{"delete all", "a\nb\n", "",
			"@@ -1,2 +0,0 @@\n-a\n-b\n"},
		{"add to empty", "", "FROM x\n",
			"@@ -0,0 +1 @@\n+FROM x\n"},
		{"single line", "a\n", "b\n",
			"@@ -1 +1 @@\n-a\n+b\n"},
		{"delete middle", "a\nb\nc\n", "a\nc\n",
			"@@ -1,3 +1,2 @@\n a\n-b\n c\n"},
		{"old lacks newline", "a\nb", "a\nb\n",
			"@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"},
		{"new lacks newline", "a\nb\n", "a\nb",
			"@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n"},
		{"both lack newline, last line changed", "a\nb", "a\nc",
			"@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"},
		{"both lack newline, last line is context", "a\nb", "A\nb",
			"@@ -1,2 +1,2 @@\n-a\n+A\n b\n\\ No newline at end of file\n"},
		{"both lack newline, last line out of context", "a\nb\nc\nd\ne\nf", "a\nB\nc\nd\ne\nf",
			"@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n"},
		{"only line lacks newline, deleted", "a", "",
			"@@ -1 +0,0 @@\n-a\n\\ No newline at end of file\n"},
		{"crlf", "FROM a\r\nRUN x\r\n", "FROM b\r\nRUN x\r\n",
			"@@ -1,2 +1,2 @@\n-FROM a\r\n+FROM b\r\n RUN x\r\n"},
		{"crlf to lf", "a\r\nb\r\n", "a\r\nb\n",
			"@@ -1,2 +1,2 @@\n a\r\n-b\r\n+b\n"},
		{"lone cr without newline", "a\n\r", "a\n",
			"@@ -1,2 +1 @@\n a\n-\r\n\\ No newline at end of file\n"},
		{"two far-apart hunks", n20, replaceLine(replaceLine(n20, 2, "X"), 18, "Y"),
			"@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n" +
				"@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+Y\n 19\n 20\n"},
		{"second hunk shifted", n20, "1\na\nb\n" + strings.TrimPrefix(replaceLine(n20, 18, "Y"), "1\n"),
			"@@ -1,4 +1,6 @@\n 1\n+a\n+b\n 2\n 3\n 4\n" +
				"@@ -15,6 +17,6 @@\n 15\n 16\n 17\n-18\n+Y\n 19\n 20\n"},
		{"contexts touch: merged", n20, replaceLine(replaceLine(n20, 2, "X"), 9, "Y"),
			"@@ -1,12 +1,12 @@\n 1\n-2\n+X\n 3\n 4\n 5\n 6\n 7\n 8\n-9\n+Y\n 10\n 11\n 12\n"},
		{"one line apart: split", n20, replaceLine(replaceLine(n20, 2, "X"), 10, "Y"),
			"@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n" +
				"@@ -7,7 +7,7 @@\n 7\n 8\n 9\n-10\n+Y\n 11\n 12\n 13\n"},
		{"replace block", "a\nb\nc\n", "x\ny\n",
			"@@ -1,3 +1,2 @@\n-a\n-b\n-c\n+x\n+y\n"},
	}
}

func TestUnifiedDiff(t *testing.T) {
	for _, tc := range diffCases() {
		t.Run(tc.name, func(t *testing.T) {
			got := string(UnifiedDiff("Dockerfile", "Dockerfile", []byte(tc.old), []byte(tc.new)))
			want := "--- a/Dockerfile\n+++ b/Dockerfile\n" + tc.want
			if got != want {
				t.Errorf("got:\n%s\nwant:\n%s", strconv.Quote(got), strconv.Quote(want))
			}
			checkStrict(t, []byte(tc.old), []byte(tc.new), []byte(got))
		})
	}
}

func TestUnifiedDiffEqual(t *testing.T) {
	for _, s := range []string{"", "a", "a\n", "a\r\nb"} {
		if d := UnifiedDiff("x", "x", []byte(s), []byte(s)); d != nil {
			t.Errorf("UnifiedDiff(%q, %q) = %q, want nil", s, s, d)
		}
	}
	if d := UnifiedDiff("x", "x", nil, []byte{}); d != nil {
		t.Errorf("nil vs empty: got %q, want nil", d)
	}
}

func TestUnifiedDiffHeaders(t *testing.T) {
	d := string(UnifiedDiff("sub/Dockerfile", "sub/Dockerfile.new", []byte("a\n"), []byte("b\n")))
	if !strings.HasPrefix(d, "--- a/sub/Dockerfile\n+++ b/sub/Dockerfile.new\n@@ ") {
		t.Errorf("bad headers:\n%s", d)
	}
}

// oddNames are file names whose diff headers need care, with their ---
// line as git diff writes it (core.quotePath on, its default).
var oddNames = []struct{ name, header string }{
	{"plain.Dockerfile", "--- a/plain.Dockerfile"},
	{"with space.Dockerfile", "--- a/with space.Dockerfile\t"},
	{"sub dir/Dockerfile", "--- a/sub dir/Dockerfile\t"},
	{"a\nb.Dockerfile", `--- "a/a\nb.Dockerfile"`},
	{"ta\tb.Dockerfile", `--- "a/ta\tb.Dockerfile"`},
	{`q"uote.Dockerfile`, `--- "a/q\"uote.Dockerfile"`},
	{`back\slash.Dockerfile`, `--- "a/back\\slash.Dockerfile"`},
	{"bel\a\x01\x7f.Dockerfile", `--- "a/bel\a\001\177.Dockerfile"`},
	{"sp ace\nnl.Dockerfile", "--- \"a/sp ace\\nnl.Dockerfile\"\t"},
	{"\u00e9t\u00e9.Dockerfile", `--- "a/\303\251t\303\251.Dockerfile"`},
}

func TestUnifiedDiffOddNames(t *testing.T) {
	for _, tt := range oddNames {
		d := string(UnifiedDiff(tt.name, tt.name, []byte("a\n"), []byte("b\n")))
		plus := strings.Replace(strings.Replace(tt.header, "--- ", "+++ ", 1), "a/", "b/", 1)
		want := tt.header + "\n" + plus
		if !strings.HasPrefix(d, want+"\n@@ ") {
			t.Errorf("%q: headers\n%q\nwant\n%q", tt.name, d, want)
		}
	}
}

// TestUnifiedDiffOddNamesMatchGit compares the headers with git diff's own
// for the same names.
func TestUnifiedDiffOddNamesMatchGit(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the names are not valid file names on Windows")
	}
	a := newApplier(t)
	if err := os.Mkdir(filepath.Join(a.dir, "sub dir"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tt := range oddNames {
		writeTestFile(t, filepath.Join(a.dir, tt.name), "a\n")
	}
	a.run(t, nil, "git", "add", "-A")
	for _, tt := range oddNames {
		writeTestFile(t, filepath.Join(a.dir, tt.name), "b\n")
	}
	cmd := exec.Command("git", "diff", "--no-color")
	cmd.Dir, cmd.Env = a.dir, a.env
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("git diff: %v", err)
	}
	var gits []string
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "--- ") {
			gits = append(gits, l)
		}
	}
	for _, tt := range oddNames {
		if !slices.Contains(gits, tt.header) {
			t.Errorf("%q: git diff has no header %q; its headers: %q", tt.name, tt.header, gits)
		}
	}
}

// TestUnifiedDiffApplyOddNames applies diffs of odd names with git apply
// and patch -p1.
func TestUnifiedDiffApplyOddNames(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the names are not valid file names on Windows")
	}
	a := newApplier(t)
	for _, tt := range oddNames {
		a.check(t, tt.name, []byte("FROM a\nMAINTAINER x\n"), []byte("FROM a\nLABEL x\n"))
	}
}

// TestUnifiedDiffMatchesGNU checks the table against GNU diff itself, when
// it is installed, since the header and grouping rules copy it.
func TestUnifiedDiffMatchesGNU(t *testing.T) {
	out, err := exec.Command("diff", "--version").Output()
	if err != nil || !bytes.Contains(out, []byte("GNU diffutils")) {
		t.Skip("GNU diff not available")
	}
	dir := t.TempDir()
	for _, tc := range diffCases() {
		a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
		writeTestFile(t, a, tc.old)
		writeTestFile(t, b, tc.new)
		gnu, err := exec.Command("diff", "-u", "--label", "a/Dockerfile", "--label", "b/Dockerfile", a, b).Output()
		var ee *exec.ExitError
		if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
			t.Fatalf("%s: diff: %v", tc.name, err)
		}
		if got := UnifiedDiff("Dockerfile", "Dockerfile", []byte(tc.old), []byte(tc.new)); !bytes.Equal(got, gnu) {
			t.Errorf("%s: differs from GNU diff:\ngot:  %q\ngnu:  %q", tc.name, got, gnu)
		}
	}
}

func TestUnifiedDiffApply(t *testing.T) {
	a := newApplier(t)
	for i, tc := range diffCases() {
		a.check(t, fmt.Sprintf("table%d/Dockerfile", i), []byte(tc.old), []byte(tc.new))
	}
}

// TestUnifiedDiffApplyRandom round-trips random line edits through the
// strict checker, git apply and patch. The seed is fixed so failures repeat.
func TestUnifiedDiffApplyRandom(t *testing.T) {
	a := newApplier(t)
	r := rand.New(rand.NewPCG(1, 2))
	n := 200
	if testing.Short() {
		n = 20
	}
	for i := range n {
		old, new := randomEdit(r)
		a.check(t, fmt.Sprintf("rand%d/Dockerfile", i), old, new)
	}
}

func TestUnifiedDiffLarge(t *testing.T) {
	var old, new strings.Builder
	for i := range 100000 {
		fmt.Fprintf(&old, "RUN step %d\n", i)
		switch {
		case i == 10:
			new.WriteString("RUN changed\n")
		case i == 50000:
		case i == 99990:
			fmt.Fprintf(&new, "RUN step %d\nRUN added\n", i)
		default:
			fmt.Fprintf(&new, "RUN step %d\n", i)
		}
	}
	d := UnifiedDiff("Dockerfile", "Dockerfile", []byte(old.String()), []byte(new.String()))
	if got := bytes.Count(d, []byte("\n@@ ")); got != 3 {
		t.Errorf("got %d hunks, want 3:\n%s", got, d)
	}
	checkStrict(t, []byte(old.String()), []byte(new.String()), d)
}

// TestUnifiedDiffManyDistinctLines exceeds the rune alphabet of the line
// mode; the diff must still be correct (one replacing hunk).
func TestUnifiedDiffManyDistinctLines(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	const n = maxDistinctLines/2 + 1000
	var old, new bytes.Buffer
	old.WriteString("FROM a\n")
	new.WriteString("FROM a\n")
	for i := range n {
		fmt.Fprintf(&old, "o%d\n", i)
		fmt.Fprintf(&new, "n%d\n", i)
	}
	old.WriteString("END\n")
	new.WriteString("END\n")
	d := UnifiedDiff("f", "f", old.Bytes(), new.Bytes())
	if want := fmt.Sprintf("@@ -1,%d +1,%d @@\n FROM a\n-o0\n", n+2, n+2); !bytes.Contains(d, []byte(want)) {
		t.Errorf("diff does not start with %q: %q", want, d[:min(len(d), 200)])
	}
	checkStrict(t, old.Bytes(), new.Bytes(), d)
}

func FuzzUnifiedDiff(f *testing.F) {
	for _, tc := range diffCases() {
		f.Add([]byte(tc.old), []byte(tc.new))
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		old, new := randomEdit(r)
		f.Add(old, new)
	}
	f.Fuzz(func(t *testing.T, old, new []byte) {
		checkStrict(t, old, new, UnifiedDiff("Dockerfile", "Dockerfile", old, new))
	})
}

// randomEdit returns a Dockerfile-ish text and a copy with random line
// edits. Lines come from a small vocabulary so that repeats make the diff
// ambiguous, and endings mix "\n", "\r\n" and a missing final newline.
func randomEdit(r *rand.Rand) (old, new []byte) {
	vocab := []string{"FROM alpine", "RUN true", "", "COPY . .", "RUN apk add x", " \t", "# c"}
	line := func() string {
		if r.IntN(5) == 0 {
			return fmt.Sprintf("ENV X=%d", r.IntN(1000))
		}
		return vocab[r.IntN(len(vocab))]
	}
	eol := func() string {
		if r.IntN(8) == 0 {
			return "\r\n"
		}
		return "\n"
	}
	var lines []string
	for range r.IntN(40) {
		lines = append(lines, line()+eol())
	}
	edited := append([]string(nil), lines...)
	for range r.IntN(6) {
		i := r.IntN(len(edited) + 1)
		switch r.IntN(3) {
		case 0: // insert a run
			var run []string
			for range 1 + r.IntN(3) {
				run = append(run, line()+eol())
			}
			edited = append(edited[:i], append(run, edited[i:]...)...)
		case 1: // delete a run
			j := min(len(edited), i+1+r.IntN(3))
			edited = append(edited[:i], edited[j:]...)
		case 2: // replace a line
			if i < len(edited) {
				edited[i] = line() + eol()
			}
		}
	}
	dropNL := func(s []string) string {
		j := strings.Join(s, "")
		if r.IntN(4) == 0 {
			j = strings.TrimSuffix(j, "\n")
		}
		return j
	}
	return []byte(dropNL(lines)), []byte(dropNL(edited))
}

// applier applies diffs with the strict checker and the real tools, in one
// scratch directory that is a git work tree.
type applier struct {
	dir   string
	env   []string
	patch bool // GNU patch (or another patch) is on PATH
}

func newApplier(t *testing.T) *applier {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not on PATH")
	}
	dir := t.TempDir()
	// Keep the user's and system git config (autocrlf, ...) out of the test.
	env := append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull, "HOME="+dir)
	a := &applier{dir: dir, env: env}
	a.run(t, nil, "git", "init", "-q")
	_, err := exec.LookPath("patch")
	a.patch = err == nil
	if !a.patch {
		t.Log("patch not on PATH; checking git apply only")
	}
	return a
}

func (a *applier) run(t *testing.T, stdin []byte, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = a.dir
	cmd.Env = a.env
	cmd.Stdin = bytes.NewReader(stdin)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

func (a *applier) check(t *testing.T, rel string, old, new []byte) {
	t.Helper()
	d := UnifiedDiff(rel, rel, old, new)
	checkStrict(t, old, new, d)
	if d == nil {
		return
	}
	file := filepath.Join(a.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}

	writeTestFile(t, file, string(old))
	a.run(t, d, "git", "apply", "--whitespace=nowarn", "-")
	a.compare(t, "git apply", file, old, new, d)

	if a.patch {
		writeTestFile(t, file, string(old))
		a.run(t, d, "patch", "-p1", "--batch", "--fuzz=0", "--no-backup-if-mismatch", "--silent")
		a.compare(t, "patch -p1", file, old, new, d)
	}
}

func (a *applier) compare(t *testing.T, tool, file string, old, new, d []byte) {
	t.Helper()
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%s: %v\nold: %q\nnew: %q\ndiff:\n%s", tool, err, old, new, d)
	}
	if !bytes.Equal(got, new) {
		t.Fatalf("%s: result differs\nold:  %q\nnew:  %q\ngot:  %q\ndiff:\n%s", tool, old, new, got, d)
	}
}

func writeTestFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// checkStrict applies d to old with no offset or fuzz, checks the result is
// new, and checks the GNU -u shape: header counts, exactly three lines of
// context at hunk edges, hunks split only when more than six unchanged
// lines separate them, and removals before additions in each change.
func checkStrict(t *testing.T, old, new, d []byte) {
	t.Helper()
	if bytes.Equal(old, new) {
		if d != nil {
			t.Fatalf("equal inputs gave a diff: %q", d)
		}
		return
	}
	got, err := applyStrict(old, d)
	if err != nil {
		t.Fatalf("%v\nold: %q\nnew: %q\ndiff: %q", err, old, new, d)
	}
	if !bytes.Equal(got, new) {
		t.Fatalf("applied diff differs\nold: %q\nnew: %q\ngot: %q\ndiff: %q", old, new, got, d)
	}
}

var headerLine = regexp.MustCompile(`^(--- "?a/|\+\+\+ "?b/)`)

var hunkHeader = regexp.MustCompile(`^@@ -(\d+)(,(\d+))? \+(\d+)(,(\d+))? @@\n$`)

func applyStrict(old, d []byte) ([]byte, error) {
	a := splitLines(old)
	lines := splitLines(d)
	if len(lines) < 3 || !headerLine.Match(lines[0]) || !headerLine.Match(lines[1]) {
		return nil, errors.New("missing --- a/ +++ b/ headers")
	}
	lines = lines[2:]
	var out []byte
	pos := 0         // next line of a to copy
	lastChange := -1 // end in a of the previous hunk's last change
	bLen := 0        // lines of the result so far
	for len(lines) > 0 {
		m := hunkHeader.FindSubmatch(lines[0])
		if m == nil {
			return nil, fmt.Errorf("bad hunk header %q", lines[0])
		}
		lines = lines[1:]
		if string(m[3]) == "1" || string(m[6]) == "1" {
			return nil, fmt.Errorf("explicit ,1 count in %q; GNU diff omits it", m[0])
		}
		num := func(i int) int { n, _ := strconv.Atoi(string(m[i])); return n }
		count := func(i int) int {
			if m[i] == nil {
				return 1
			}
			return num(i)
		}
		aStart, aCount, bStart, bCount := num(1), count(3), num(4), count(6)
		if aCount > 0 {
			aStart--
		}
		if bCount > 0 {
			bStart--
		}
		if aStart < pos {
			return nil, fmt.Errorf("hunk at %d overlaps previous (ends %d)", aStart, pos)
		}
		out = append(out, bytes.Join(a[pos:aStart], nil)...)
		bLen += aStart - pos
		if bStart != bLen {
			return nil, fmt.Errorf("hunk new start %d, want %d", bStart, bLen)
		}
		pos = aStart

		// Body: record the shape as runs of context and changes.
		var ctxRuns []int // context run lengths, split by changes
		ctx, seenChange, seenAdd := 0, false, false
		firstChange, endChange := -1, -1
		na, nb := 0, 0
		for len(lines) > 0 && !bytes.HasPrefix(lines[0], []byte("@@ ")) {
			l := lines[0]
			lines = lines[1:]
			body := l[1:]
			if len(lines) > 0 && string(lines[0]) == "\\ No newline at end of file\n" {
				lines = lines[1:]
				body = body[:len(body)-1]
			}
			switch l[0] {
			case ' ', '-':
				if pos >= len(a) || !bytes.Equal(a[pos], body) {
					return nil, fmt.Errorf("line %d of old does not match %q", pos+1, l)
				}
				pos++
				na++
				if l[0] == ' ' {
					out = append(out, body...)
					nb++
					ctx++
					seenAdd = false
					continue
				}
				if seenAdd {
					return nil, fmt.Errorf("removal after addition at %q", l)
				}
			case '+':
				out = append(out, body...)
				nb++
				seenAdd = true
			default:
				return nil, fmt.Errorf("bad diff line %q", l)
			}
			if !seenChange || ctx > 0 {
				ctxRuns = append(ctxRuns, ctx)
			}
			if firstChange < 0 {
				firstChange = pos - 1
				if l[0] == '+' {
					firstChange = pos
				}
			}
			ctx, seenChange = 0, true
			endChange = pos
		}
		ctxRuns = append(ctxRuns, ctx)
		bLen += nb
		if na != aCount || nb != bCount {
			return nil, fmt.Errorf("hunk -%d,%d +%d,%d has %d old and %d new lines", aStart, aCount, bStart, bCount, na, nb)
		}
		if !seenChange {
			return nil, errors.New("hunk without changes")
		}
		if lead := ctxRuns[0]; lead != min(diffContext, firstChange) {
			return nil, fmt.Errorf("leading context %d at line %d", lead, firstChange)
		}
		if trail := ctxRuns[len(ctxRuns)-1]; trail != min(diffContext, len(a)-endChange) {
			return nil, fmt.Errorf("trailing context %d", trail)
		}
		for _, c := range ctxRuns[1 : len(ctxRuns)-1] {
			if c > 2*diffContext {
				return nil, fmt.Errorf("%d unchanged lines inside a hunk", c)
			}
		}
		if lastChange >= 0 && firstChange-lastChange <= 2*diffContext {
			return nil, fmt.Errorf("hunks %d lines apart were not merged", firstChange-lastChange)
		}
		lastChange = endChange
	}
	out = append(out, bytes.Join(a[pos:], nil)...)
	return out, nil
}
