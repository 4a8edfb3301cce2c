package depstest

import (
	"testing"

	"github.com/dockerfix/dockerfix/internal/deps"
)

func TestApply(t *testing.T) {
	got, err := Apply([]byte("abcdef"), []deps.Edit{{Start: 4, End: 5, New: "E"}, {Start: 1, End: 1, New: "+"}})
	if err != nil || string(got) != "a+bcdEf" {
		t.Errorf("Apply = %q, %v", got, err)
	}
	if _, err := Apply([]byte("abc"), []deps.Edit{{Start: 0, End: 2}, {Start: 1, End: 3}}); err == nil {
		t.Error("overlapping edits applied")
	}
}
