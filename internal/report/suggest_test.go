package report

import (
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

func TestSuggestFix(t *testing.T) {
	const src = "FROM alpine:3.22\n" + // line 1, offsets 0-16
		"MAINTAINER me\n" + // line 2, 17-30
		"RUN a && \\\n" + // line 3, 31-41
		"    b\n" + // line 4, 42-47
		"CMD x\n" // line 5, 48-53
	f, err := lint.Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	// at finds the offset of the n-th (0-based) occurrence of s.
	at := func(s string, n int) int {
		off := -1
		for range n + 1 {
			i := strings.Index(src[off+1:], s)
			if i < 0 {
				t.Fatalf("%q not found %d times", s, n+1)
			}
			off += 1 + i
		}
		return off
	}
	rng := func(s string) lint.Range { i := at(s, 0); return lint.Range{Start: i, End: i + len(s)} }
	insertAt := func(off int, text string) lint.Edit {
		return lint.Edit{Range: lint.Range{Start: off, End: off}, New: text}
	}
	line := func(n int) lint.Range { return f.FullLineRange(n) }

	tests := []struct {
		name  string
		diag  lint.Range
		edits []lint.Edit
		want  Suggestion
		ok    bool
	}{
		{"replace within the line", rng("MAINTAINER me"),
			[]lint.Edit{{Range: rng("MAINTAINER me"), New: `LABEL a="me"`}},
			Suggestion{2, 2, "LABEL a=\"me\"\n"}, true},
		{"a word of the line", rng("3.22"),
			[]lint.Edit{{Range: rng("3.22"), New: "3.23"}},
			Suggestion{1, 1, "FROM alpine:3.23\n"}, true},
		{"delete the whole line", rng("CMD x"),
			[]lint.Edit{{Range: line(5)}},
			Suggestion{5, 5, ""}, true},
		{"insert before the first line", rng("CMD x"),
			[]lint.Edit{insertAt(line(5).Start, "USER app\n")},
			Suggestion{5, 5, "USER app\nCMD x\n"}, true},
		{"insert after the last line", rng("MAINTAINER me"),
			[]lint.Edit{insertAt(line(3).Start, "USER app\n")},
			Suggestion{2, 2, "MAINTAINER me\nUSER app\n"}, true},
		{"insert mid-line", rng("MAINTAINER me"),
			[]lint.Edit{insertAt(at(" me", 0), " Jane")},
			Suggestion{2, 2, "MAINTAINER Jane me\n"}, true},
		{"a multi-line instruction, two edits given out of order", lint.Range{Start: at("RUN", 0), End: at("b\n", 0) + 1},
			[]lint.Edit{{Range: rng("b\n"), New: "c\n"}, {Range: rng("a &&"), New: "z &&"}},
			Suggestion{3, 4, "RUN z && \\\n    c\n"}, true},
		{"a range ending after a terminator leaves the next line out", line(2),
			[]lint.Edit{{Range: line(2)}},
			Suggestion{2, 2, ""}, true},
		{"an empty range is on its line", lint.Range{Start: line(2).Start, End: line(2).Start},
			[]lint.Edit{insertAt(line(2).Start, "# note\n")},
			Suggestion{2, 2, "# note\nMAINTAINER me\n"}, true},
		{"an edit on another line", rng("FROM alpine:3.22"),
			[]lint.Edit{insertAt(line(5).Start, "USER app\n")}, Suggestion{}, false},
		{"one edit of two outside", rng("MAINTAINER me"),
			[]lint.Edit{{Range: rng("MAINTAINER me"), New: "LABEL a=b"}, {Range: rng("CMD x"), New: "CMD y"}}, Suggestion{}, false},
		{"an edit crossing the last line's end", rng("MAINTAINER me"),
			[]lint.Edit{{Range: lint.Range{Start: at(" me", 0), End: at("RUN", 0) + 1}}}, Suggestion{}, false},
		{"an edit of another file", rng("MAINTAINER me"),
			[]lint.Edit{{Path: "package.json", Range: lint.Range{Start: 0, End: 1}, New: "x"}}, Suggestion{}, false},
		{"no edits", rng("MAINTAINER me"), nil, Suggestion{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := SuggestFix(f, lint.Diagnostic{Range: tt.diag}, lint.Fix{Edits: tt.edits})
			if got != tt.want || ok != tt.ok {
				t.Errorf("got %+v, %v; want %+v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestSuggestFixFileEnds covers the end of a file without a final line
// terminator, and CRLF line endings kept as they are.
func TestSuggestFixFileEnds(t *testing.T) {
	tests := []struct {
		name, src string
		diag      lint.Range
		edits     []lint.Edit
		want      Suggestion
	}{
		{"append to a last line without terminator", "FROM a\nCMD x", lint.Range{Start: 7, End: 12},
			[]lint.Edit{{Range: lint.Range{Start: 12, End: 12}, New: "\nUSER app"}},
			Suggestion{2, 2, "CMD x\nUSER app"}},
		{"CRLF", "FROM a\r\nCMD x\r\nUSER b\r\n", lint.Range{Start: 8, End: 13},
			[]lint.Edit{{Range: lint.Range{Start: 8, End: 13}, New: "CMD [\"x\"]"}, {Range: lint.Range{Start: 15, End: 15}, New: "HEALTHCHECK NONE\r\n"}},
			Suggestion{2, 2, "CMD [\"x\"]\r\nHEALTHCHECK NONE\r\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := lint.Parse("Dockerfile", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			got, ok := SuggestFix(f, lint.Diagnostic{Range: tt.diag}, lint.Fix{Edits: tt.edits})
			if !ok || got != tt.want {
				t.Errorf("got %+v, %v; want %+v", got, ok, tt.want)
			}
		})
	}
}

func TestSuggestionLines(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"", ""},
		{"a\n", "a"},
		{"a\r\nb\r\n", "a\r\nb"},
		{"a\nb", "a\nb"},
		{"\n", ""},
		{"a\r", "a\r"},
	} {
		if got := (Suggestion{Text: tt.text}).Lines(); got != tt.want {
			t.Errorf("Lines of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSuggestEdits(t *testing.T) {
	const manifest = "{\n" + // line 1, offsets 0-1
		"  \"name\": \"app\",\n" + // line 2, 2-18
		"  \"dependencies\": {\n" + // line 3, 19-38
		"    \"express\": \"4.17.1\"\n" + // line 4, 39-62
		"  }\n" + // line 5, 63-66
		"}\n" // line 6, 67-68
	at := func(s string) int {
		i := strings.Index(manifest, s)
		if i < 0 {
			t.Fatalf("%q not found", s)
		}
		return i
	}
	edit := func(old, new string) lint.Edit {
		i := at(old)
		return lint.Edit{Range: lint.Range{Start: i, End: i + len(old)}, New: new}
	}
	insert := func(off int, text string) lint.Edit {
		return lint.Edit{Range: lint.Range{Start: off, End: off}, New: text}
	}
	tests := []struct {
		name  string
		src   string
		edits []lint.Edit
		want  Suggestion
		ok    bool
	}{
		{"one word", manifest, []lint.Edit{edit("4.17.1", "4.21.2")},
			Suggestion{4, 4, "    \"express\": \"4.21.2\"\n"}, true},
		{"two lines apart: every line between", manifest, []lint.Edit{edit("app", "api"), edit("4.17.1", "4.21.2")},
			Suggestion{2, 4, "  \"name\": \"api\",\n  \"dependencies\": {\n    \"express\": \"4.21.2\"\n"}, true},
		{"insertion at a line start goes before that line", manifest, []lint.Edit{insert(at("  }"), "    \"qs\": \"6.14.0\"\n")},
			Suggestion{5, 5, "    \"qs\": \"6.14.0\"\n  }\n"}, true},
		{"insertion at the end goes after the last line", manifest, []lint.Edit{insert(len(manifest), "\n")},
			Suggestion{6, 6, "}\n\n"}, true},
		{"insertion at the end of a file without a final newline", "FROM a\nCMD x", []lint.Edit{insert(len("FROM a\nCMD x"), "\nUSER app")},
			Suggestion{2, 2, "CMD x\nUSER app"}, true},
		{"deleting a line and its terminator", "FROM a\nCMD x\nCMD y\n", []lint.Edit{{Range: lint.Range{Start: 7, End: 13}}},
			Suggestion{2, 2, ""}, true},
		{"a multi-line edit", "FROM a\nRUN a \\\n  b\nCMD x\n", []lint.Edit{{Range: lint.Range{Start: 7, End: 18}, New: "RUN a b"}},
			Suggestion{2, 3, "RUN a b\n"}, true},
		{"CRLF lines", "FROM a\r\nCMD x\r\n", []lint.Edit{{Range: lint.Range{Start: 8, End: 13}, New: "CMD y"}},
			Suggestion{2, 2, "CMD y\r\n"}, true},
		{"the byte-order mark stays out of line 1", "\xef\xbb\xbfFROM a\n", []lint.Edit{{Range: lint.Range{Start: 8, End: 9}, New: "b"}},
			Suggestion{1, 1, "FROM b\n"}, true},
		{"no edits", manifest, nil, Suggestion{}, false},
		{"an empty file has no line", "", []lint.Edit{insert(0, "FROM a\n")}, Suggestion{}, false},
		{"an edit past the end", "FROM a\n", []lint.Edit{{Range: lint.Range{Start: 3, End: 9}}}, Suggestion{}, false},
	}
	for _, tt := range tests {
		got, ok := SuggestEdits([]byte(tt.src), tt.edits)
		if ok != tt.ok || got != tt.want {
			t.Errorf("%s: got %+v, %v; want %+v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
