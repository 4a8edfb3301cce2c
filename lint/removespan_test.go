package lint

import (
	"strings"
	"testing"
)

func TestRemoveSpan(t *testing.T) {
	tests := []struct {
		name, src, word string // the shell word to remove (its first occurrence in the last RUN)
		want            string // "" when there is no edit
	}{
		{"followed on its line", "FROM a\nRUN curl -k -o x https://x\n", "-k",
			"FROM a\nRUN curl -o x https://x\n"},
		{"last on its line", "FROM a\nRUN curl -o x https://x -k\n", "-k",
			"FROM a\nRUN curl -o x https://x\n"},
		{"before a continuation", "FROM a\nRUN curl -o x -k \\\n    https://x\n", "-k",
			"FROM a\nRUN curl -o x \\\n    https://x\n"},
		{"alone on a continued line", "FROM a\nRUN curl -o x \\\n    -k \\\n    https://x\n", "-k",
			"FROM a\nRUN curl -o x \\\n    https://x\n"},
		{"alone on the last line", "FROM a\nRUN curl -o x https://x \\\n    -k\n", "-k", ""},
		{"tabs and CRLF", "FROM a\r\nRUN curl\t-k\t-o x https://x\r\n", "-k",
			"FROM a\r\nRUN curl\t-o x https://x\r\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse("Dockerfile", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			in := f.Instructions[len(f.Instructions)-1]
			sc := in.Shell(f)
			var r Range
			for _, w := range sc.Calls()[0].Args {
				if WordKey(w) == tc.word {
					r = sc.Range(w)
					break
				}
			}
			e, ok := f.RemoveSpan(in, r)
			if !ok {
				if tc.want != "" {
					t.Fatalf("no edit, want %q", tc.want)
				}
				return
			}
			got := tc.src[:e.Range.Start] + e.New + tc.src[e.Range.End:]
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if _, err := Parse("Dockerfile", []byte(got)); err != nil {
				t.Errorf("result does not parse: %v", err)
			}
		})
	}
}

func TestRemoveSpanHeredoc(t *testing.T) {
	// Removing "curl -k" from "curl -k EOF" would leave "EOF" alone on its
	// line: the heredoc's terminator, which would end it early.
	src := "FROM a\nRUN <<EOF\ncurl -k EOF\nEOF\n"
	f, err := Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in := f.Instructions[1]
	sc := in.Shell(f)
	call := sc.Calls()[0]
	r := Range{Start: sc.Range(call.Args[0]).Start, End: sc.Range(call.Args[1]).End}
	if _, ok := f.RemoveSpan(in, r); ok {
		t.Errorf("removing %q leaves the heredoc's terminator alone on its line", strings.TrimSpace(f.Text(r)))
	}
}
