package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/urfave/cli/v3"
)

func TestPairOutputs(t *testing.T) {
	f := func(v string) outputArg { return outputArg{value: v} }
	o := func(v string) outputArg { return outputArg{isOutput: true, value: v} }
	tests := []struct {
		args    []outputArg
		want    string // the outputs as format>path, or the error
		wantErr bool
	}{
		{nil, "[text>]", false},
		{[]outputArg{f("json")}, "[json>]", false},
		{[]outputArg{o("r.txt")}, "[text>r.txt]", false},
		{[]outputArg{o("r.json"), f("json")}, "[json>r.json]", false},
		{[]outputArg{o("r.json"), f("json"), f("text")}, "[json>r.json text>]", false},
		{[]outputArg{f("sarif"), o("r.sarif"), f("text")}, "[sarif>r.sarif text>]", false},
		{[]outputArg{f("text"), f("sarif"), o("r.sarif"), f("gitlab"), o("gl.json")}, "[text> sarif>r.sarif gitlab>gl.json]", false},
		{[]outputArg{f("json"), o("-")}, "[json>]", false},
		{[]outputArg{f("json"), o("-"), f("sarif"), o("r.sarif")}, "[json> sarif>r.sarif]", false},
		{[]outputArg{f("json"), f("text")}, "--format json and --format text both write to standard output: give one an --output FILE", true},
		{[]outputArg{f("json"), o("-"), f("text")}, "--format json and --format text both write to standard output: give one an --output FILE", true},
		{[]outputArg{f("json"), o("a"), o("b")}, "--format json has two outputs: a and b (each --output goes with the --format before it)", true},
		{[]outputArg{o("a"), f("json"), o("b")}, "--format json has two outputs: a and b (each --output goes with the --format before it)", true},
		{[]outputArg{o("a"), o("b")}, "--output a and --output b both come before the first --format", true},
		{[]outputArg{f("json"), o("r"), f("sarif"), o("./r")}, "--output ./r takes two reports (--format json and --format sarif)", true},
		{[]outputArg{f("yaml")}, `unknown --format "yaml" (want text, json, sarif, github, rdjson, rdjsonl, gitlab)`, true},
	}
	for _, tt := range tests {
		outs, err := pairOutputs(tt.args)
		var got string
		if err != nil {
			got = err.Error()
			if _, ok := err.(*usageError); !ok {
				t.Errorf("%v: %T is not a usage error", tt.args, err)
			}
		} else {
			var parts []string
			for _, out := range outs {
				parts = append(parts, out.format+">"+out.path)
			}
			got = fmt.Sprint(parts)
		}
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("%v: got %q, want %q", tt.args, got, tt.want)
		}
	}
}

// TestOrderedFlags: the values of --format and --output are recorded in
// command-line order across both flags, whatever their spelling, which
// urfave/cli's own values do not keep.
func TestOrderedFlags(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "sarif", "--output", "r.sarif", "--format", "text"}, "f:sarif o:r.sarif f:text"},
		{[]string{"-o", "a", "x", "-f=json", "--output=b", "y", "--format", "text"}, "o:a f:json o:b f:text"},
		{[]string{"x", "--", "--format", "json"}, ""},
		{[]string{"--output", "a", "--format", "json", "--output", "b", "--format", "text"}, "o:a f:json o:b f:text"},
	} {
		args := &outputArgs{}
		var positional []string
		cmd := &cli.Command{
			Name: "t",
			Flags: []cli.Flag{
				&orderedFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Config: orderedConfig{args: args}},
				&orderedFlag{Name: "output", Aliases: []string{"o"}, Config: orderedConfig{args: args, isOutput: true}},
			},
			Writer: &bytes.Buffer{}, ErrWriter: &bytes.Buffer{},
			Action: func(_ context.Context, c *cli.Command) error {
				positional = c.Args().Slice()
				return nil
			},
		}
		if err := cmd.Run(context.Background(), append([]string{"t"}, tt.args...)); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range args.list {
			kind := "f:"
			if a.isOutput {
				kind = "o:"
			}
			got = append(got, kind+a.value)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: recorded %q, want %q (positional %q)", tt.args, strings.Join(got, " "), tt.want, positional)
		}
	}
}
