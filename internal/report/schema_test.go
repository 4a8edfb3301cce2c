package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// compileSchema loads a draft-04 schema from testdata/schemas. strict
// closes every object that lists its properties (reviewdog's schemas leave
// them open), so that a misspelt field fails too.
func compileSchema(t *testing.T, name string, strict bool) *jsonschema.Schema {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "schemas", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if strict {
		closeObjects(doc)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	url := "file:///schemas/" + name
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func closeObjects(v any) {
	switch v := v.(type) {
	case map[string]any:
		if _, ok := v["properties"].(map[string]any); ok {
			v["additionalProperties"] = false
		}
		for _, x := range v {
			closeObjects(x)
		}
	case []any:
		for _, x := range v {
			closeObjects(x)
		}
	}
}

func validateJSON(t *testing.T, s *jsonschema.Schema, what string, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("%s: not JSON: %v\n%s", what, err, out)
	}
	if err := s.Validate(inst); err != nil {
		t.Errorf("%s does not validate: %v", what, err)
	}
}

// validateFormats validates sarif, rdjson and each line of rdjsonl
// against their schemas, and returns the outputs.
func validateFormats(t *testing.T, files []File, opts Options) map[string][]byte {
	t.Helper()
	sarif := compileSchema(t, "sarif-schema-2.1.0.json", false)
	rdjson := compileSchema(t, "reviewdog/DiagnosticResult.json", true)
	rdjsonl := compileSchema(t, "reviewdog/Diagnostic.json", true)
	out := map[string][]byte{}
	for _, format := range []string{"sarif", "rdjson", "rdjsonl"} {
		out[format] = render(t, format, files, opts)
	}
	validateJSON(t, sarif, "sarif", out["sarif"])
	validateJSON(t, rdjson, "rdjson", out["rdjson"])
	for i, line := range bytes.SplitAfter(out["rdjsonl"], []byte("\n")) {
		if len(line) > 0 {
			validateJSON(t, rdjsonl, fmt.Sprintf("rdjsonl line %d", i+1), line)
		}
	}
	return out
}

// TestSchemas validates the fixture's output, and that of an empty run,
// against SARIF 2.1.0's schema and reviewdog's.
func TestSchemas(t *testing.T) {
	validateFormats(t, fixtureFiles(t), fixtureOptions())
	out := validateFormats(t, nil, fixtureOptions())
	var empty struct {
		Runs []struct {
			Results []any `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out["sarif"], &empty); err != nil || len(empty.Runs) != 1 || empty.Runs[0].Results == nil {
		t.Errorf("an empty run's SARIF has no empty results array: %v\n%s", err, out["sarif"])
	}
}

// TestSchemasCatchMistakes: the validation fails on what it must catch,
// so that TestSchemas cannot pass by validating nothing.
func TestSchemasCatchMistakes(t *testing.T) {
	sarif := compileSchema(t, "sarif-schema-2.1.0.json", false)
	rdjson := compileSchema(t, "reviewdog/Diagnostic.json", true)
	for _, tc := range []struct {
		s    *jsonschema.Schema
		name string
		doc  string
	}{
		{sarif, "a SARIF column of 0", `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"region":{"startLine":1,"startColumn":0}}}]}]}]}`},
		{sarif, "a SARIF level out of the enum", `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"info"}]}]}`},
		{sarif, "an unknown SARIF property", `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[],"colour":1}]}`},
		{rdjson, "a misspelt rdjson field", `{"message":"m","related_location":[]}`},
		{rdjson, "an rdjson severity out of the enum", `{"message":"m","severity":"NOTICE"}`},
	} {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(tc.doc)))
		if err != nil {
			t.Fatal(err)
		}
		if tc.s.Validate(inst) == nil {
			t.Errorf("%s validates", tc.name)
		}
	}
}
