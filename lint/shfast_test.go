package lint

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/internal/bktest"
	"github.com/dockerfix/dockerfix/internal/poison"
)

// scriptText is the text parseShell hands to the shell parsers.
func scriptText(s *Script) []byte {
	return bytes.ReplaceAll(s.src.text, []byte{'\r'}, []byte{' '})
}

// checkFastShell parses text with fast and with mvdan and, if fast takes
// it, requires the same tree. It reports whether fast took it.
func checkFastShell(t testing.TB, fast *fastShell, text []byte) bool {
	t.Helper()
	got := fast.parse(text, "")
	if got == nil {
		return false
	}
	want, err := syntax.NewParser(syntax.Variant(syntax.LangBash)).Parse(bytes.NewReader(text), "")
	if err != nil {
		t.Fatalf("fast parser takes %q, which mvdan refuses: %v", text, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("fast parser's tree of %q:\n%s\nmvdan's:\n%s", text, shellDump(got), shellDump(want))
	}
	return true
}

// shellDump prints every field of a tree, and every node's offsets, which
// DebugPrint leaves out.
func shellDump(f *syntax.File) string {
	var b strings.Builder
	syntax.DebugPrint(&b, f)
	syntax.Walk(f, func(n syntax.Node) bool {
		if n != nil {
			fmt.Fprintf(&b, "%T [%d,%d)\n", n, n.Pos().Offset(), n.End().Offset())
		}
		return true
	})
	return b.String()
}

// TestShellFastTrees parses every shell-form RUN, CMD and ENTRYPOINT at
// hand (the corpus, the rules' testdata, BuildKit's test files) with both
// parsers: wherever the fast one takes a script, the trees must be equal.
// One fastShell parses them all, reset per file, as a Parser does.
func TestShellFastTrees(t *testing.T) {
	var fast fastShell
	var scripts, taken, bytesAll, bytesTaken int
	var corpusRuns, corpusRunsTaken, corpusBytes, corpusBytesTaken int
	bktest.Dockerfiles(t, func(path string, src []byte, corpus bool) {
		f, err := Parse(path, src)
		if err != nil {
			return
		}
		fast.reset()
		for _, in := range f.Instructions {
			s := in.Shell(f)
			if s == nil {
				continue
			}
			text := scriptText(s)
			ok := checkFastShell(t, &fast, text)
			scripts++
			bytesAll += len(text)
			if ok {
				taken++
				bytesTaken += len(text)
			}
			if corpus && in.Keyword == "RUN" {
				corpusRuns++
				corpusBytes += len(text)
				if ok {
					corpusRunsTaken++
					corpusBytesTaken += len(text)
				}
			}
		}
	})
	t.Logf("all scripts: fast parser took %d of %d (%.1f%%), %d of %d bytes (%.1f%%)",
		taken, scripts, pct(taken, scripts), bytesTaken, bytesAll, pct(bytesTaken, bytesAll))
	if corpusRuns > 0 {
		t.Logf("corpus RUNs: fast parser took %d of %d (%.1f%%), %d of %d bytes (%.1f%%)",
			corpusRunsTaken, corpusRuns, pct(corpusRunsTaken, corpusRuns),
			corpusBytesTaken, corpusBytes, pct(corpusBytesTaken, corpusBytes))
	}
	if taken == 0 || taken == scripts {
		t.Fatalf("fast parser took %d of %d scripts: the comparison proves nothing", taken, scripts)
	}
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }

// TestShellFastCases pins the edges of the subset: each script is either
// taken with mvdan's tree or left to mvdan.
func TestShellFastCases(t *testing.T) {
	for _, tc := range []struct {
		src   string
		taken bool
	}{
		{"", true},
		{"\n \n", true},
		{"apt-get update && apt-get install -y curl", true},
		{"a; b\nc || d | e && f", true},
		{"a;", true},
		{"a |\n\n b &&\n c", true},
		{"A=1 B+=2 C= cmd x=y", true},
		{"A=x\"$Y\"z${W}", true},
		{"A=", true},
		{"echo 'a\nb' \"c\nd $E\" f", true},
		{"echo a[1] [x] {a[1]} $A[1] é", true},
		{"echo a#b 'x'#y \"$z\"#w $v#u", true},
		{"echo a #c", false},
		{"(0$A#)", false},
		{"echo $(a $b#c)", false},
		{"case a in b) c \"d\"#e;; esac", false},
		{"case a in b) c d#e;; esac", true},
		{"echo \"\" '' \"${HOME}/bin:$PATH\"", true},
		{"echo $1 $@ $(x) `x`", false},
		{"echo \"${x:-'a'}\" ${x:-a b} ${x#*-} ${#x} ${x:-} ${x%%\"a\"$y} ${x^^} ${x:-$(a)} ${x:-\\}} ${x:-a\nb}", true},
		{"echo ${x:1}", false},
		{"echo ${x/a/b}", false},
		{"echo ${x:#a}", false},
		{"echo ${#x:-a}", false},
		{"echo ${x[1]}", false},
		{"echo ${!x}", false},
		{"echo ${x@Q}", false},
		{"echo ${x:-a", false},
		{"echo ${#}", false},
		{"a[1]=x b", false},
		{"a-b=c[1] d", false},
		{"export A=1 B -n \"$C\" D+=x", true},
		{"export", true},
		{"local a-b=1", false},
		{"export a[1]=2", false},
		{"export A >f", false},
		{"FOO=1 export A", true},
		{"if a; then b; elif c; then d; else e; fi && f | g", true},
		{"if a\nthen\n b\nfi;x", true},
		{"{ a; b; } | c; $(if a; then b; fi)", true},
		{"if a; then fi", false},
		{"if; then a; fi", false},
		{"if a; then b; fi > x 2>&1 | y", true},
		{"if a; then b; fi x", false},
		{"if a; then b fi", false},
		{"echo $(if a; then b)", false},
		{"then a", false},
		{"if>x a; then b; fi", false},
		{"! a | b && ! c; !d", true},
		{"! ! a", false},
		{"a | ! b", false},
		{"!", false},
		{"for x in a \"$b\" $(c); do d $x; done\nfor y in\ndo e; done", true},
		{"for x in a b\n\ndo c; done | d", true},
		{"for x; do a; done", false},
		{"for ((i=0;i<2;i++)); do a; done", false},
		{"for x in a; do done", false},
		{"for 1 in a; do b; done", false},
		{"while a; do b; done; until c\ndo d\ndone", true},
		{"while a; do b; done 2>/dev/null >>x; { a; } >&2", true},
		{"case \"$a\" in\n  x|y) b;;\n  (*) c; d ;;\n  z) ;;\nesac", true},
		{"case $a in x) b; esac; case a in esac", true},
		{"case a in x) b;& y) c;; esac", false},
		{"case a in x) b;;& esac", false},
		{"case a in x|\ny) b;; esac", false},
		{"case a in x) b;; ", false},
		{"case a { x) b;; }", false},
		{"a;; b", false},
		{"{ a }", false},
		{"{a; }", false},
		{"{ a; }x", false},
		{"{ a; fi }", false},
		{"a & b", false},
		{"a |& b", false},
		{"a ;; b", false},
		{"; a", false},
		{"a &&", false},
		{"a > b 2>&1 >>c &>d &>>e <f <&3 g", true},
		{">f a; 2>/dev/null b", true},
		{"a2>f", true},
		{"a 2&>f 3<g", true},
		{"\"2\">f", false},
		{"$A>f", false},
		{"a >>|f", false},
		{"a >", false},
		{"a > #c", false},
		{"cat <<EOF\nx\nEOF", false},
		{"a <(b)", false},
		{">f", false},
		{"a \\\n b", false},
		{"echo 'a\\\nb'", false},
		{"echo 'a\\b'", true},
		{"echo \"a\\b\\\"\\$c\"", true},
		{"find . -exec rm {} \\; a\\ b A\\=b c", true},
		{"echo \\", false},
		{"echo \"a\\\nb\"", false},
		{"a=\"$(b c | d)\" $(e; f\n) $() x$(g)y", true},
		{"echo $((1))", false},
		{"echo $( (a) ) $((1))", false},
		{"echo $( (a; b) | c ) && (d) >x", true},
		{"()", false},
		{"(a", false},
		{"((a))", false},
		{"echo $(a", false},
		{"a)", false},
		{"f() { a; }; g ( ) \n { b; } && c; h() i | j", true},
		{"f(a) { b; }", false},
		{"if() { a; }", false},
		{"a=1 f() { a; }", false},
		{"echo f() { a; }", false},
		{"f\n() { a; }", false},
		{"done 2 >x", false},
		{"{ a; } 2 >x", false},
		{"echo @(a) a\x00b", false},
		{"echo '", false},
		{"echo \"$", false},
	} {
		var fast fastShell
		if got := checkFastShell(t, &fast, []byte(tc.src)); got != tc.taken {
			t.Errorf("fast parser took %q: %v, want %v", tc.src, got, tc.taken)
		}
	}
}

// FuzzShellFast: wherever the fast parser takes a script, mvdan's tree is
// the same. Seeded with the scripts of every Dockerfile at hand.
func FuzzShellFast(f *testing.F) {
	seen := map[string]bool{}
	bktest.Dockerfiles(f, func(path string, src []byte, _ bool) {
		file, err := Parse(path, src)
		if err != nil {
			return
		}
		for _, in := range file.Instructions {
			if s := in.Shell(file); s != nil {
				text := string(scriptText(s))
				if !seen[text] && len(text) <= 4096 {
					seen[text] = true
					f.Add(text)
				}
			}
		}
	})
	var fast fastShell
	f.Fuzz(func(t *testing.T, text string) {
		fast.reset()
		checkFastShell(t, &fast, []byte(text))
	})
}

// TestShellFastPoison: poisonFile, which the dockerfix_poison build runs
// before a Parser's next Check, scribbles over the fast parser's slabs
// too, the chunks a growing slab left behind among them, so whatever
// reads a tree past its File's life reads garbage.
func TestShellFastPoison(t *testing.T) {
	var src strings.Builder
	src.WriteString("FROM a\n")
	for i := range 100 {
		fmt.Fprintf(&src, "RUN apt-get install -y \"pkg%d\" && echo $HOME\n", i)
	}
	f := mustParse(t, src.String())
	var stmts []*syntax.Stmt
	for _, in := range f.Instructions[1:] {
		s := in.Shell(f)
		if s == nil {
			t.Fatalf("%s: no script", in.Original())
		}
		stmts = append(stmts, s.File.Stmts[0])
	}
	first := stmts[0].Cmd.(*syntax.BinaryCmd).X.Cmd.(*syntax.CallExpr)
	lit := first.Args[0].Parts[0].(*syntax.Lit)
	if lit.Value != "apt-get" {
		t.Fatalf("first word %q", lit.Value)
	}
	if len(f.parser.fast.lits.full) == 0 {
		t.Fatal("the Lit slab never grew: the test covers one chunk only")
	}
	poisonFile(f)
	if lit.Value != poison.String || first.Args[0] != nil {
		t.Errorf("a node of the first chunk after poisoning: %+v, args %v", *lit, first.Args)
	}
	for i, s := range stmts {
		if s.Cmd != nil {
			t.Errorf("statement %d after poisoning: %+v", i, *s)
		}
	}
}

// BenchmarkShellParse parses the scripts of every Dockerfile at hand as
// parseShell does (fast, else mvdan), and with mvdan alone.
func BenchmarkShellParse(b *testing.B) {
	var scripts [][]byte
	bktest.Dockerfiles(b, func(path string, src []byte, _ bool) {
		f, err := Parse(path, src)
		if err != nil {
			return
		}
		for _, in := range f.Instructions {
			if s := in.Shell(f); s != nil {
				scripts = append(scripts, scriptText(s))
			}
		}
	})
	size := 0
	for _, s := range scripts {
		size += len(s)
	}
	mvdan := syntax.NewParser(syntax.Variant(syntax.LangBash))
	b.Run("fast", func(b *testing.B) {
		var fast fastShell
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			fast.reset()
			for _, s := range scripts {
				if fast.parse(s, "") == nil {
					mvdan.Parse(bytes.NewReader(s), "")
				}
			}
		}
	})
	b.Run("mvdan", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range scripts {
				mvdan.Parse(bytes.NewReader(s), "")
			}
		}
	})
}
