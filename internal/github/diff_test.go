package github

import (
	"reflect"
	"testing"
)

func TestParsePatch(t *testing.T) {
	tests := []struct {
		name  string
		patch string
		want  []Hunk
		err   bool
	}{
		{"a new file", "@@ -0,0 +1,3 @@\n+FROM a\n+RUN b\n+CMD c", []Hunk{{1, 3}}, false},
		{"context, removed and added lines",
			"@@ -1,4 +1,4 @@\n FROM a\n-RUN b\n+RUN c\n RUN d\n RUN e", []Hunk{{1, 4}}, false},
		{"two hunks, the second with a header's context text",
			"@@ -2,3 +2,4 @@\n a\n+b\n c\n d\n@@ -20,3 +21,2 @@ FROM x AS y\n e\n-f\n g\n", []Hunk{{2, 5}, {21, 22}}, false},
		{"a one-line hunk header without counts", "@@ -3 +3 @@\n-old\n+new", []Hunk{{3, 3}}, false},
		{"no newline at end of file", "@@ -1,2 +1,2 @@\n FROM a\n-CMD b\n\\ No newline at end of file\n+CMD c\n\\ No newline at end of file", []Hunk{{1, 2}}, false},
		{"a hunk that only removes lines shows none", "@@ -5,2 +4,0 @@\n-a\n-b", nil, false},
		{"a deleted file", "@@ -1,2 +0,0 @@\n-a\n-b", nil, false},
		{"no patch (binary or too large)", "", nil, false},
		{"text before any hunk", "diff --git a/x b/x\n@@ -1 +1 @@\n+a", nil, true},
		{"a bad header", "@@ -1 +x @@\n+a", nil, true},
		{"not a diff line", "@@ -1 +1 @@\n+a\n?b", nil, true},
	}
	for _, tt := range tests {
		got, err := ParsePatch(tt.patch)
		if (err != nil) != tt.err || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, %v; want %v, error %v", tt.name, got, err, tt.want, tt.err)
		}
	}
}

func TestChangedFileCoversAndClip(t *testing.T) {
	f := ChangedFile{Hunks: []Hunk{{2, 5}, {10, 12}}}
	covers := []struct {
		first, last int
		want        bool
	}{
		{2, 2, true}, {2, 5, true}, {4, 5, true}, {10, 12, true},
		{1, 2, false}, {5, 6, false}, {4, 10, false}, {7, 7, false}, {13, 13, false},
	}
	for _, c := range covers {
		if got := f.Covers(c.first, c.last); got != c.want {
			t.Errorf("Covers(%d, %d) = %v, want %v", c.first, c.last, got, c.want)
		}
	}
	clips := []struct {
		first, last, from, to int
		ok                    bool
	}{
		{3, 4, 3, 4, true}, {1, 3, 2, 3, true}, {4, 11, 4, 5, true}, {8, 20, 10, 12, true},
		{6, 9, 0, 0, false}, {13, 14, 0, 0, false},
	}
	for _, c := range clips {
		from, to, ok := f.Clip(c.first, c.last)
		if from != c.from || to != c.to || ok != c.ok {
			t.Errorf("Clip(%d, %d) = %d, %d, %v; want %d, %d, %v", c.first, c.last, from, to, ok, c.from, c.to, c.ok)
		}
	}
	if (ChangedFile{}).Covers(1, 1) {
		t.Error("a file without hunks covers a line")
	}
}
