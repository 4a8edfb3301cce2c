package bkparser

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/dockerfix/dockerfix/internal/bktest"
	"github.com/dockerfix/dockerfix/internal/exhaustive"
)

// upstreamFiles are the hashes of the upstream files this package copies
// from (toRanges and discardBOM come from errors.go and directives.go), at
// upstreamVersion. A BuildKit upgrade that changes one fails
// TestUpstreamUnchanged until the change is ported here.
var upstreamFiles = map[string]string{
	"parser.go":        "717a69f442dc7e0b5f904e0cfd3e0779b39113f4b4a991a922afba6d0d127c76",
	"line_parsers.go":  "ac1a3ed84cc0ffa7457001fa865a9b9c001ff0a69df44509d4379cdadbe685c2",
	"split_command.go": "ca14f9205add7e802704fd86801c471e6ea0a0e11ca29931cc6a8b8254f57559",
	"directives.go":    "19df5de51fca03252f2033b5b6a5c5a52265668e5cb91c2f212cb1350ba25d56",
	"errors.go":        "f4c851e8465ff8a73e0d858e43d26b1b37c2e7ea69ec845581044556b035ed00",
}

func TestUpstreamUnchanged(t *testing.T) {
	dir := bktest.UpstreamDir(t, "frontend/dockerfile/parser")
	for name, want := range upstreamFiles {
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(src)
		if got := hex.EncodeToString(sum[:]); got != want {
			t.Errorf("upstream %s changed since %s (sha256 %s): port the change to this package, "+
				"run its tests, then update upstreamVersion and this hash", name, upstreamVersion, got)
		}
	}
}

// same parses src with upstream's parser and this one and fails on any
// difference in the tree, the warnings or the error.
func same(t testing.TB, name string, src []byte) {
	t.Helper()
	want, wantErr := parser.Parse(bytes.NewReader(src))
	got, gotErr := Parse(src)
	if (wantErr == nil) != (gotErr == nil) || (wantErr != nil && wantErr.Error() != gotErr.Error()) {
		t.Fatalf("%s: error %v, upstream %v", name, gotErr, wantErr)
	}
	var wl, gl *parser.LocationError
	if errors.As(wantErr, &wl) != errors.As(gotErr, &gl) || (wl != nil && !reflect.DeepEqual(wl.Locations, gl.Locations)) {
		t.Fatalf("%s: error locations %+v, upstream %+v", name, gl, wl)
	}
	sameTree(t, name, src, want)
	if !reflect.DeepEqual(got, want) {
		var g, w string
		if got != nil && got.AST != nil {
			g = got.AST.Dump()
		}
		if want != nil && want.AST != nil {
			w = want.AST.Dump()
		}
		t.Fatalf("%s: result differs from upstream\ngot:\n%s\nupstream:\n%s\n(%+v vs %+v)", name, g, w, got, want)
	}
}

// sameTree checks ParseTree against upstream's result want: instructions
// whose argument chain is unbuilt, Args the values of upstream's chain, and
// Fill building that chain once.
func sameTree(t testing.TB, name string, src []byte, want *Result) {
	t.Helper()
	tree, _ := ParseTree(src, string(src))
	if (tree == nil) != (want == nil) {
		t.Fatalf("%s: ParseTree gave a tree: %v, upstream: %v", name, tree != nil, want != nil)
	}
	if tree == nil {
		return
	}
	if len(tree.Root.Children) != len(want.AST.Children) {
		t.Fatalf("%s: %d instructions, upstream %d", name, len(tree.Root.Children), len(want.AST.Children))
	}
	for i, n := range tree.Root.Children {
		w := want.AST.Children[i]
		var vals []string
		if w.Next == nil || len(w.Next.Children) == 0 {
			for a := w.Next; a != nil; a = a.Next {
				vals = append(vals, a.Value)
			}
			if n.Next != nil {
				t.Fatalf("%s:%d: argument chain built before Fill", name, n.StartLine)
			}
		}
		if args := tree.Args(i); !slices.Equal(args, vals) {
			t.Fatalf("%s:%d: Args %q, upstream's chain %q", name, n.StartLine, args, vals)
		}
		filled := tree.Fill(i)
		if !reflect.DeepEqual(filled, w) {
			t.Fatalf("%s:%d: Fill gave\n%s\nupstream:\n%s", name, n.StartLine, filled.Dump(), w.Dump())
		}
		if next := filled.Next; tree.Fill(i).Next != next {
			t.Fatalf("%s:%d: a second Fill built the chain again", name, n.StartLine)
		}
	}
	if !reflect.DeepEqual(tree.Full(), want.AST) {
		t.Fatalf("%s: Full differs from upstream's tree", name)
	}
}

// tricky are inputs aimed at the changed code: continuation lines, the
// escape directive, whitespace splitting, and the error paths.
var tricky = []string{
	"",
	"# only a comment\n",
	"FROM a\n",
	"FROM a",
	"\xEF\xBB\xBFFROM a\r\nRUN x \\\r\n  y\r\n",
	"FROM a\rRUN b\r",
	"FROM a\nRUN a \\\n b\n",
	"FROM a\nRUN a \\ \t \n b\n",
	"FROM a\nRUN a \\\\\n b\n",
	"FROM a\nRUN a \\\\\\\n b\n",
	"FROM a\nRUN a\\\n\\\n\\\nb\n",
	"FROM a\n\\\nRUN x\n",
	"FROM a\nRUN \\\n\n\n  b\n",
	"FROM a\nRUN a \\\n# c\n  # d\n b\n",
	"FROM a\nRUN a \\\n\u00a0# c\n\u0085 b\n\u2003\n",
	"\u00a0FROM a\n\u2003\t RUN b\n \v\f\r\n",
	"FROM a\nRUN a \\",
	"FROM a\nRUN a \\\n",
	"# escape=`\nFROM a\nRUN a `\n b\nRUN c \\\nRUN d ``\n e\n",
	"# escape=`\r\nFROM a\r\nRUN a ` \r\n b\r\n",
	"#escape=\\\nFROM a\n",
	"# escape=x\nFROM a\n",
	"# escape=`\n# escape=\\\nFROM a\n",
	"# syntax=docker/dockerfile:1\n# check=skip=all\n# escape=`\nFROM a\n",
	"FROM a\n# escape=`\nRUN a `\n",
	"FROM\ta\v\fAS\r b\n",
	"FROM  a   b  \n",
	"  FROM a  \n",
	"FROM --platform=$BUILDPLATFORM \"a b\" AS c\n",
	"FROM a\nCOPY --from=\"x y\" --chown='a b' -- --x /y\n",
	"FROM a\nCOPY --a\\ b=c d e\n",
	"FROM a\nCOPY --\n",
	"FROM a\nCOPY [\"a\", \"b\"]\nCOPY [\"a\", 1]\n",
	"FROM a\nCOPY [\"a\", 1]\n",
	"FROM a\nCOPY [ broken\n",
	"FROM a\nRUN [\"sh\", \"-c\", \"x\"]\nCMD [\"a\"]\nENTRYPOINT [\"a\"] \n",
	"FROM a\nRUN [\"sh\", 2]\n",
	// JSON: plain strings, and everything encoding/json must decide.
	"FROM a\nCMD []\nCMD [ ]\nCMD [] x\nCMD [,]\nCMD [\"a\",]\nCMD [\"a\" \"b\"]\n",
	"FROM a\nCMD [\"a\\\"b\", \"\\u00e9\", \"\\n\"]\nCMD [\"\xff\"]\nCMD [\"a\tb\"]\n",
	"FROM a\nCMD [\"a\",\"b\"]\t \nCMD\t[\"a\"]]\nCMD [\"a\"\nCMD [\"a\", null]\nCMD [\"é\", \"\"]\n",
	"FROM a\nCOPY [\"a b\", \"c\"]\nVOLUME [\"/x\"] [\"/y\"]\nSHELL [\"a\"]\u00a0\n",
	"FROM a\nCMD [\"a\", [\"b\"]]\nCMD [\"a\", {}]\nCMD [\"a\", true]\n",
	"FROM a\nENV a b c\nENV a=b c=\"d e\" f=g\\ h\n",
	"FROM a\nENV a\n",
	"FROM a\nENV a=b c\n",
	"FROM a\nENV\n",
	"FROM a\nLABEL a=b \"c d\"=\"e\" 'f'='g'\n",
	"FROM a\nLABEL a\tb\n",
	"FROM a\nARG a b=c \"d\"\nARG\n",
	"FROM a\nHEALTHCHECK NONE\nHEALTHCHECK --interval=5s CMD curl x\nHEALTHCHECK CMD [\"a\"]\nHEALTHCHECK\n",
	"FROM a\nEXPOSE 80 443/tcp\t8080\n",
	"FROM a\nVOLUME /a /b\nVOLUME [\"/c\"]\n",
	"FROM a\nONBUILD RUN x\nONBUILD\nONBUILD COPY --from=a x y\n",
	"FROM a\nMAINTAINER me <me@x>\nUSER a:b\nWORKDIR /x y\nSTOPSIGNAL 9\nSHELL [\"bash\", \"-c\"]\n",
	"FROM a\nFOO bar\nunknown\n",
	"FROM a\nRUN <<EOF\necho hi\nEOF\n",
	"FROM a\nRUN <<-EOF\n\techo hi\n\tEOF\n",
	"FROM a\nRUN <<'EOF' cat <<\"EOT\"\n$x\nEOF\n$y\nEOT\n",
	"FROM a\nCOPY <<a.txt <<b.txt /dst/\nA\na.txt\nB\nb.txt\n",
	"FROM a\nRUN 3<<EOF cat <&3\nx\nEOF\n",
	"FROM a\nRUN <<EOF\nnever ends\n",
	"FROM a\nONBUILD RUN <<EOF\nx\nEOF\n",
	"FROM a\nONBUİLD RUN <<EOF\nx\nEOF\n",    // ToLower makes İ an i; EqualFold does not
	"FROM a\nWOR\u212aDIR /x\nRUN\u212a x\n", // the Kelvin sign lowers to k
	"FROM a\nonbuild copy <<EOF /x\nx\nEOF\n",
	"FROM a\nHealthCheck --interval=1s cmd [\"a\"]\n",
	"FROM a\nRUN <<EOF\nx\nEOF\nrun <<EOF\ny\nEOF\n",
	"FROM a\nRUN [\"<<EOF\"]\nEOF\n",
	"FROM a\nRUN python3 <<EOF \\\n  && true\nprint(1)\nEOF\n",
	"FROM a\nRUN echo \xff\xfe\n",
	// Words: slices of the line on valid UTF-8, U+FFFD for bad bytes.
	"FROM a\nENV a=\xff b=\"c \xfe\" d\n",
	"FROM a\nLABEL \"a\xffb\"=1 c='\xc3'\n",
	"FROM a\nENV a \xff\xfe\\\n",
	"FROM a\nENV a=b\\\n",
	"FROM a\nENV a=\"b\\\n",
	"FROM a\nENV a=\"b\\\"c\" d='e\\' f\u00a0g=h\n",
	"# escape=`\nFROM a\nENV a=`\"b` c=\"d`\"\" e=`\n",
	"FROM a\nARG a=\"\" b= c\n",
	"FROM a\nRUN echo ü\\\n  ö\n",
	"FROM a\nRUN echo " + strings.Repeat("x", 70000) + "\n",
	"FROM a\nRUN echo " + strings.Repeat("x \\\n", 2000) + "\n",
	// bufio.Scanner's limit: lines of 64 KiB and about, terminated or not,
	// reached directly, after a continuation, in a heredoc, as a comment.
	"FROM a\nRUN a \\\n" + strings.Repeat("x", 70000) + "\nRUN b\n",
	"FROM a\nRUN a \\\n" + strings.Repeat("x", 70000),
	"FROM a\nRUN <<EOF\n" + strings.Repeat("x", 70000) + "\nEOF\n",
	"FROM a\n#" + strings.Repeat("x", 70000) + "\nRUN b\n",
	"FROM a\nRUN " + strings.Repeat("x", 65531) + "\n",
	"FROM a\nRUN " + strings.Repeat("x", 65532) + "\n",
	"FROM a\nRUN " + strings.Repeat("x", 65533) + "\n",
	"FROM a\nRUN " + strings.Repeat("x", 65531),
	"FROM a\nRUN " + strings.Repeat("x", 65532),
	"FROM a\nRUN " + strings.Repeat("x", 65533),
	"FROM a\nRUN a \\\n" + strings.Repeat("x", 65535) + "\n",
	"FROM a\nRUN a \\\n" + strings.Repeat("x", 65536) + "\n",
	"FROM a\nRUN a \\\n" + strings.Repeat("x", 65536),
	"FROM a\nRUN a \\\n" + strings.Repeat("x", 65535),
	"\xEF\xBB\xBF" + strings.Repeat("x", 65533) + "\nFROM a\n",
	"\xEF\xBB\xBF" + strings.Repeat("x", 65534) + "\nFROM a\n",
	// Heredoc bodies: empty, one line, at the end of the input.
	"FROM a\nRUN <<EOF\nEOF\n",
	"FROM a\nCOPY <<a <<b /x\na\n1\n2\nb\n",
	"FROM a\nRUN <<EOF\nx\ny\nEOF",
}

func TestTricky(t *testing.T) {
	for i, src := range tricky {
		same(t, fmt.Sprintf("tricky[%d]", i), []byte(src))
	}
}

// TestFiles compares on BuildKit's own parser test files, the repository's
// Dockerfiles, and the shared corpus when it is there.
func TestFiles(t *testing.T) {
	bktest.Dockerfiles(t, func(p string, src []byte, _ bool) { same(t, p, src) })
}

// TestTreeParserReuse parses every input at hand on one TreeParser, each
// on the memory of the one before, and requires upstream's tree.
func TestTreeParserReuse(t *testing.T) {
	var p TreeParser
	check := func(name string, src []byte) {
		want, wantErr := parser.Parse(bytes.NewReader(src))
		tree, err := p.Parse(src, string(src))
		if (tree == nil) != (want == nil) || (err == nil) != (wantErr == nil) {
			t.Fatalf("%s: tree %v error %v, upstream %v", name, tree != nil, err, wantErr)
		}
		if tree == nil {
			return
		}
		got := &Result{AST: tree.Full(), Warnings: tree.Warnings, EscapeToken: tree.EscapeToken}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: reusing a TreeParser:\n%s\nupstream:\n%s", name, got.AST.Dump(), want.AST.Dump())
		}
	}
	for i, src := range tricky {
		check(fmt.Sprintf("tricky[%d]", i), []byte(src))
	}
	bktest.Dockerfiles(t, func(path string, src []byte, _ bool) { check(path, src) })
}

func FuzzSameAsUpstream(f *testing.F) {
	for _, src := range tricky {
		// The 64 KiB inputs stay in TestTricky: as seeds they slow the
		// fuzzer's mutation and minimization to a crawl.
		if len(src) < 4096 {
			f.Add([]byte(src))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		same(t, "fuzz", src)
	})
}

func TestSplitWhitespace(t *testing.T) {
	re := regexp.MustCompile(`[\t\v\f\r ]+`)
	exhaustive.Bytes([]byte{'a', ' ', '\t', '\v', '\f', '\r', '\n', 'b'}, 5, func(s string) {
		for _, n := range []int{-1, 0, 1, 2, 3} {
			want, got := re.Split(s, n), splitWhitespace(s, n)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("splitWhitespace(%q, %d) = %q, regexp gives %q", s, n, got, want)
			}
		}
	})
}

// TestContinuation compares the byte test with upstream's regexp on every
// short line over a small alphabet.
func TestContinuation(t *testing.T) {
	for _, esc := range []byte{'\\', '`'} {
		e := regexp.QuoteMeta(string(esc))
		re := regexp.MustCompile(`([^` + e + `])` + e + `[ \t]*$|^` + e + `[ \t]*$`)
		exhaustive.Bytes([]byte{'a', ' ', '\t', esc, '#', 0xff}, 6, func(s string) {
			line := []byte(s)
			wantOK := re.Match(line)
			want := line
			if wantOK {
				want = re.ReplaceAll(line, []byte("$1"))
			}
			keep, ok := Continuation(line, esc)
			got := line
			if ok {
				got = line[:keep]
			}
			if ok != wantOK || !bytes.Equal(got, want) {
				t.Fatalf("escape %q line %q: got (%q, %v), regexp gives (%q, %v)", esc, line, got, ok, want, wantOK)
			}
		})
	}
}

// TestSplitWhitespaceAllocs: the fields are sized in one allocation.
func TestSplitWhitespaceAllocs(t *testing.T) {
	for _, tc := range []struct {
		s string
		n int
	}{{"a b c d e f g h", -1}, {" a  b c ", -1}, {"RUN apt-get install -y x", 2}, {"a", -1}} {
		if got := testing.AllocsPerRun(10, func() { splitWhitespace(tc.s, tc.n) }); got != 1 {
			t.Errorf("splitWhitespace(%q, %d): %v allocations, want 1", tc.s, tc.n, got)
		}
	}
}

// TestTrimLeadingWhitespace compares the inline ASCII test with
// bytes.TrimLeftFunc(unicode.IsSpace) on every short line over blanks,
// Unicode spaces and other bytes.
func TestTrimLeadingWhitespace(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u2003", "a", "#", "\xff", "\xc2"}
	exhaustive.Strings(pieces, 4, func(line string) {
		want := bytes.TrimLeftFunc([]byte(line), unicode.IsSpace)
		got := TrimLeadingWhitespace([]byte(line))
		if !bytes.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("TrimLeadingWhitespace(%q) = %q, TrimLeftFunc gives %q", line, got, want)
		}
	})
}
