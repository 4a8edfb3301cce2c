package lint

import (
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	tests := []struct {
		yaml, err string
		check     func(*Config) bool
	}{
		{yaml: "", check: func(c *Config) bool { return c.FailLevel == 0 && c.Bump == "" }},
		{yaml: "disable: [DF401, json-args]\n", check: func(c *Config) bool { return len(c.Disable) == 2 }},
		{yaml: "enable: DF103\n", check: func(c *Config) bool { return len(c.Enable) == 1 && c.Enable[0] == "DF103" }},
		{yaml: "severity:\n  DF401: error\n", check: func(c *Config) bool { return c.Severity["DF401"] == Error }},
		{yaml: "fail-level: warn\nbump: minimal\nonline: true\n", check: func(c *Config) bool {
			return c.FailLevel == Warning && c.Bump == "minimal" && c.Online
		}},
		{yaml: "disable: [DF401]\nfoo: 1\n", err: `2: unknown key "foo"`},
		{yaml: "severity:\n  DF401: loud\n", err: `2: severity of DF401`},
		{yaml: "bump: newest\n", err: `1: bump: want latest-lts or minimal`},
		{yaml: "online: maybe\n", err: `1: online: want true or false`},
		{yaml: "- a\n- b\n", err: `1: top level must be a mapping`},
		{yaml: "disable: [\n", err: "line"},
	}
	for _, tt := range tests {
		c, err := ParseConfig([]byte(tt.yaml))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseConfig(%q) error = %v, want %q", tt.yaml, err, tt.err)
			}
			continue
		}
		if err != nil || !tt.check(c) {
			t.Errorf("ParseConfig(%q) = %+v, %v", tt.yaml, c, err)
		}
	}
}

func TestConfigEnabledAndSeverity(t *testing.T) {
	r := &Rule{ID: "DF999", Name: "demo", Aliases: []string{"DL9999"}, Severity: Warning, OptIn: true}
	var none *Config
	if none.Enabled(r) || none.SeverityOf(r) != Warning {
		t.Error("nil config: opt-in rule must be off, severity the default")
	}
	c := &Config{Enable: []string{"dl9999"}, Severity: map[string]Severity{"demo": Error}}
	if !c.Enabled(r) || c.SeverityOf(r) != Error {
		t.Error("enable by alias, severity by name")
	}
	c = &Config{Enable: []string{"DF999"}, Disable: []string{"DF999"}}
	if !c.Enabled(r) {
		t.Error("enable wins over disable")
	}
	if err := (&Config{Disable: []string{"nope"}}).Validate([]*Rule{r}); err == nil || !strings.Contains(err.Error(), "unknown rule nope") {
		t.Errorf("Validate: %v", err)
	}
}

// FuzzParseConfig: any bytes give a config or an error, never a panic; a
// config that parses also validates or fails with an error.
func FuzzParseConfig(f *testing.F) {
	for _, s := range []string{
		"", "disable: [DF401, json-args]\n", "enable: DF103\n", "severity:\n  DF401: error\n",
		"fail-level: warn\nbump: minimal\nonline: true\n", "- a\n", "disable: [\n", "severity: [a]\n",
		"disable: {a: b}\n", "&a [*a]\n", "disable: !!binary aGk=\n", "? [a]\n: b\n", "disable: ~\n",
	} {
		f.Add([]byte(s))
	}
	rules := []*Rule{ParseErrorRule, UnusedIgnoreRule, {ID: "DF401", Name: "maintainer", Severity: Warning}}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseConfig(data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		_ = c.Validate(rules)
	})
}
