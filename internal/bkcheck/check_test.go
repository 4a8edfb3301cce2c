package bkcheck

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/dockerfix/dockerfix/internal/bkparser"
	"github.com/dockerfix/dockerfix/internal/bktest"
)

// same fails when Instructions and upstream disagree on src, or when an
// instruction vouched for is one upstream's ParseInstruction rejects. It
// returns how many instructions were vouched for, of how many, in a file
// upstream accepts.
func same(t testing.TB, name string, src []byte) (vouched, total int) {
	t.Helper()
	res, err := parser.Parse(bytes.NewReader(src))
	if err != nil {
		return 0, 0 // not for the instruction parser
	}
	// The same tree, without its argument nodes (bkparser's tests check
	// that it is the same).
	tree, err := bkparser.ParseTree(src, string(src))
	if err != nil {
		t.Fatalf("%s: bkparser: %v, upstream parses it", name, err)
	}
	_, _, want := instructions.Parse(res.AST, silentLinter())
	got := Instructions(tree)
	if (want == nil) != (got == nil) || (want != nil && withoutHint(want.Error()) != withoutHint(got.Error())) {
		t.Fatalf("%s: Instructions = %v, upstream %v", name, got, want)
	}
	if want != nil {
		if strings.Contains(want.Error(), didYouMean) != strings.Contains(got.Error(), didYouMean) {
			t.Fatalf("%s: Instructions = %v, upstream %v", name, got, want)
		}
		var wl, gl *parser.LocationError
		if errors.As(want, &wl) != errors.As(got, &gl) || (wl != nil && !reflect.DeepEqual(wl.Locations, gl.Locations)) {
			t.Fatalf("%s: error locations %+v, upstream %+v", name, gl, wl)
		}
		for range 5 {
			if again := Instructions(tree); again.Error() != got.Error() {
				t.Fatalf("%s: Instructions = %v, then %v", name, got, again)
			}
		}
	}
	for i, n := range res.AST.Children {
		total++
		lower, ok := lowerASCII(n.Value)
		if ok && lower != strings.ToLower(n.Value) {
			t.Fatalf("%s: lowerASCII(%q) = %q", name, n.Value, lower)
		}
		if !ok || !vouch(lower, n, tree.Args(i)) {
			continue
		}
		vouched++
		if _, err := instructions.ParseInstructionWithLinter(n, silentLinter()); err != nil {
			t.Fatalf("%s:%d: vouched for %q, upstream: %v", name, n.StartLine, n.Original, err)
		}
	}
	if want != nil {
		return 0, 0
	}
	return vouched, total
}

func withoutHint(msg string) string {
	if i := strings.LastIndex(msg, didYouMean); i >= 0 {
		return msg[:i]
	}
	return msg
}

// tricky holds an instruction for each way upstream accepts or rejects.
var tricky = []string{
	// Before the first FROM.
	"ARG a\nARG b=c\nFROM x\n",
	"RUN x\nFROM x\n",
	"ENV a=b\nFROM x\n",
	"# comment\nFROM x\nRUN y\n",
	"",
	// Instruction names.
	"from x\nrun y\n",
	"From x\nRun y\ncoPY a b\n",
	"FROM x\nRÜN y\n",
	"FROM x\nWOR\u212ADIR /a\n",
	"WOR\u212ADIR /a\nFROM x\n",
	"FROM x\nRUNX y\n",
	"A00\n",
	"FROM x\nCOPY --frm=a b c\n",
	"FROM x\nRUN --mout=type=cache,target=/c a\n",
	"FROM x\nHEALTHCHECK --intervals=1s CMD a\n",
	"FROM x\nWORKDIR --frm=a /b\n",
	"FROM x\nONBUILD RUN y\n",
	"FROM x\nONBUILD ONBUILD RUN y\n",
	"FROM x\nONBUILD FROM y\n",
	// FROM.
	"FROM x AS b\n",
	"FROM x as B-1_.c\n",
	"FROM x AS 1b\n",
	"FROM x AS b$\n",
	"FROM x AS é\n",
	"FROM x AS \u212Aelvin\n",
	"FROM x AT b\n",
	"FROM x aſ b\n",
	"FROM x y\n",
	"FROM x AS b c\n",
	"FROM --platform=linux/amd64 x\n",
	"FROM --platform= x\n",
	"FROM --platform x\n",
	"FROM --platform=a --platform=b x\n",
	"FROM --plat=a x\n",
	"FROM -- x\n",
	"FROM --platform=$P x AS b\n",
	// ENV and LABEL.
	"FROM x\nENV a=b c=d\n",
	"FROM x\nENV a b c\n",
	"FROM x\nENV a\n",
	"FROM x\nENV\n",
	"FROM x\nENV =b\n",
	"FROM x\nENV a=b =c\n",
	"FROM x\nENV --x a=b\n",
	"FROM x\nLABEL a=b \"c d\"=e\n",
	"FROM x\nLABEL \"\"=b\n",
	"FROM x\nLABEL --x=y a=b\n",
	// One argument.
	"FROM x\nMAINTAINER a b\n",
	"FROM x\nMAINTAINER a\n",
	"FROM x\nWORKDIR\n",
	"FROM x\nWORKDIR a b\n",
	"FROM x\nWORKDIR --x=y /a\n",
	"FROM x\nUSER a\n",
	"FROM x\nUSER a b\n",
	"FROM x\nSTOPSIGNAL --x SIGTERM\n",
	"FROM x\nSTOPSIGNAL\n",
	"FROM x\nSTOPSIGNAL a b\n",
	// Commands.
	"FROM x\nRUN\n",
	"FROM x\nRUN a\nCMD b\nENTRYPOINT c\n",
	"FROM x\nRUN [\"a\", \"b\"]\nCMD []\nENTRYPOINT []\n",
	"FROM x\nCMD --x=y a\n",
	"FROM x\nENTRYPOINT --x a\n",
	"FROM x\nRUN --mount=type=cache,target=/c a\n",
	"FROM x\nRUN --mount=type=bogus a\n",
	"FROM x\nRUN --mount=type=secret,id=a --mount=type=cache,target=/c,sharing=locked a\n",
	"FROM x\nRUN --mount=type=bind,source=\"a b\",target=/c a\n",
	"FROM x\nRUN --mount=type=bind,source=\"a a\n",
	"FROM x\nRUN --mount=\"a\"b a\n",
	"FROM x\nRUN --mount=from=$S,target=/a a\n",
	"FROM x\nRUN --mount=FROM=${S} a\n",
	"FROM x\nRUN --mount=from=a$ a\n",
	"FROM x\nRUN --mount=from=a$,from=b$c a\n",
	"FROM x\nRUN --mount=ſrom=a$b a\n",
	"FROM x\nRUN --mount=readonly,bogus a\n",
	"FROM x\nRUN --mount= a\n",
	"FROM x\nRUN --mount a\n",
	"FROM x\nRUN --network=host --security=sandbox a\n",
	"FROM x\nRUN --network=default --network=none a\n",
	"FROM x\nRUN --network=NONE a\n",
	"FROM x\nRUN --security=bogus a\n",
	"FROM x\nRUN --network a\n",
	"FROM x\nRUN --mount=type=cache,target=/a -- --mount=\"b a\n",
	"FROM x\nRUN --mount=type=cache,target=/a --device=b a\n",
	"FROM x\nRUN --network=none a\n",
	"FROM x\nRUN --network=bogus a\n",
	"FROM x\nRUN --security=insecure a\n",
	"FROM x\nRUN --device=a a\n",
	"FROM x\nRUN --x a\n",
	"FROM x\nRUN <<EOF\na\nEOF\n",
	// EXPOSE, VOLUME, ARG, SHELL.
	"FROM x\nEXPOSE\n",
	"FROM x\nEXPOSE 80 443/tcp\n",
	"FROM x\nEXPOSE --x 80\n",
	"FROM x\nVOLUME /a /b\n",
	"FROM x\nVOLUME [\"/a\", \" \"]\n",
	"FROM x\nVOLUME [\"\"]\n",
	"FROM x\nVOLUME\n",
	"FROM x\nARG\n",
	"FROM x\nARG =a\n",
	"FROM x\nARG a= b\n",
	"FROM x\nARG --x a\n",
	"FROM x\nSHELL [\"sh\", \"-c\"]\n",
	"FROM x\nSHELL sh -c\n",
	"FROM x\nSHELL []\n",
	"FROM x\nSHELL --x [\"sh\"]\n",
	// COPY and ADD.
	"FROM x\nCOPY a\n",
	"FROM x\nCOPY a b\n",
	"FROM x\nCOPY [\"a\", \"b c\"]\n",
	"FROM x\nCOPY a <<EOF\nEOF\n",
	"FROM x\nCOPY <<EOF /a\nx\nEOF\n",
	"FROM x\nCOPY a b<<c\n",
	"FROM x\nCOPY --from=b --chown=1:1 --chmod=644 --link a b\n",
	"FROM x\nCOPY --link=true --parents=FALSE a b\n",
	"FROM x\nCOPY --link=yes a b\n",
	"FROM x\nCOPY --link= a b\n",
	"FROM x\nCOPY --link=falſe a b\n",
	"FROM x\nCOPY --from a b\n",
	"FROM x\nCOPY --from=a --from=b c d\n",
	"FROM x\nCOPY --link --link a b\n",
	"FROM x\nCOPY --exclude=a --exclude=b c d\n",
	"FROM x\nCOPY --exclude c d\n",
	"FROM x\nCOPY --chown=a -- b c\n",
	"FROM x\nCOPY --bogus=a b c\n",
	"FROM x\nCOPY -from=a b c\n",
	"FROM x\nCOPY --keep-git-dir a b\n",
	"FROM x\nADD --keep-git-dir --checksum=sha256:0 --unpack=false --exclude=a b c\n",
	"FROM x\nADD a\n",
	"FROM x\nADD --parents a b\n",
	// A check directive as a comment above an instruction: upstream merges
	// it into the linter's configuration, and panics when there is none.
	"FROM x\n# check=skip=JSONArgsRecommended\nRUN y\n",
	"FROM x\n# check=skip=all\nHEALTHCHECK NONE\n",
	"FROM x\n# check=error=true\nRUN --mount=type=cache,target=/a y\n",
	"FROM x\n# check=skip=A\nONBUILD RUN y\nBOGUS z\n",
	// Left to upstream.
	"FROM x\nHEALTHCHECK NONE\n",
	"FROM x\nHEALTHCHECK --interval=1s CMD a\n",
	"FROM x\nHEALTHCHECK --interval=bogus CMD a\n",
	"FROM x\nHEALTHCHECK BOGUS\n",
}

func TestTricky(t *testing.T) {
	for i, src := range tricky {
		same(t, fmt.Sprintf("tricky[%d] %q", i, src), []byte(src))
	}
}

// TestVouches keeps the fast path honest both ways: these are accepted
// without asking upstream, these are not.
func TestVouches(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"FROM x AS b\nRUN a\nCOPY --from=b --chown=1 a b\nENV a=b\nLABEL a=b\nUSER a\n", true},
		{"ARG a=1\nFROM --platform=$P x:$a\nWORKDIR /a\nEXPOSE 80\nVOLUME /a\nCMD [\"a\"]\n", true},
		{"FROM x\nADD --link a b\nSTOPSIGNAL 9\nSHELL [\"sh\"]\nENTRYPOINT a\nMAINTAINER a\n", true},
		{"FROM x\nRUN --mount=type=cache,target=/c --mount=from=b,target=/d --network=none a\n", true},
		{"FROM x\nRUN --mount=from=$b a\n", false},
		{"FROM x\nRUN --device=a a\n", false},
		{"FROM x\nHEALTHCHECK NONE\n", false},
		{"FROM x\nONBUILD RUN a\n", false},
		{"FROM x\nCOPY --link=falſe a b\n", false},
	} {
		tree, err := bkparser.ParseTree([]byte(tc.src), tc.src)
		if err != nil {
			t.Fatal(err)
		}
		all := true
		for i, n := range tree.Root.Children {
			name, ok := lowerASCII(n.Value)
			all = all && ok && vouch(name, n, tree.Args(i))
		}
		if all != tc.want {
			t.Errorf("%q: all vouched = %v, want %v", tc.src, all, tc.want)
		}
	}
}

// TestStableSuggestion: upstream's hint for A00 is ADD or ARG at random;
// ours is the first in sorted order, every time.
func TestStableSuggestion(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"A00\n", "dockerfile parse error on line 1: unknown instruction: A00 (did you mean ADD?)"},
		{"FROM x\nfrm y\n", "dockerfile parse error on line 2: unknown instruction: frm (did you mean from?)"},
		{"FROM x\nCOPY --frm=a b c\n", "dockerfile parse error on line 2: unknown flag: --frm (did you mean from?)"},
		{"FROM x\nRUN --mout=a b\n", "dockerfile parse error on line 2: unknown flag: --mout (did you mean mount?)"},
		{"FROM x\nRUN --xyz=a b\n", "dockerfile parse error on line 2: unknown flag: --xyz"},
	} {
		tree, err := bkparser.ParseTree([]byte(tc.src), tc.src)
		if err != nil {
			t.Fatal(err)
		}
		for range 20 {
			if got := Instructions(tree); got == nil || got.Error() != tc.want {
				t.Fatalf("%q: %v, want %s", tc.src, got, tc.want)
			}
		}
	}
}

// TestFiles compares on BuildKit's parser test files, the repository's
// Dockerfiles and the shared corpus when it is there, and requires the
// fast path to carry most instructions of the real-world files.
func TestFiles(t *testing.T) {
	vouched, total := 0, 0
	bktest.Dockerfiles(t, func(p string, src []byte, corpus bool) {
		v, n := same(t, p, src)
		if corpus {
			vouched += v
			total += n
		}
	})
	t.Logf("corpus: %d of %d instructions vouched for", vouched, total)
	if total > 0 && vouched*100 < total*95 {
		t.Errorf("the fast path vouched for only %d of %d corpus instructions", vouched, total)
	}
}

func FuzzSameAsUpstream(f *testing.F) {
	for _, src := range tricky {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		same(t, "fuzz", src)
	})
}
