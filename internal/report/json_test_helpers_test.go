package report

import (
	"io"

	"github.com/dockerfix/dockerfix/lint"
)

// JSON writes the results as one JSON document (schema version 1),
// indented by two spaces: byte for byte what encoding/json's Encoder with
// SetIndent("", "  ") and SetEscapeHTML(false) writes for jsonReport, at a
// fraction of the cost.
func JSON(w io.Writer, files []File, rules []*lint.Rule) error {
	jw := NewJSONWriter(w)
	for _, f := range files {
		jw.Add(AppendJSONFile(nil, f, rules))
	}
	return jw.Close()
}
