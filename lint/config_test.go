package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
		{yaml: "extend-safe-fixes: [DF101]\nextend-unsafe-fixes: DF401\n", check: func(c *Config) bool {
			return len(c.ExtendSafeFixes) == 1 && c.ExtendSafeFixes[0] == "DF101" && len(c.ExtendUnsafeFixes) == 1
		}},
		{yaml: "extend-safe-fixes: {DF101: yes}\n", err: `1: want a list of rule IDs or names`},
		{yaml: "disable: [DF401]\nfoo: 1\n", err: `2: unknown key "foo"`},
		{yaml: "severity:\n  DF401: loud\n", err: `2: severity of DF401`},
		{yaml: "bump: newest\n", err: `1: bump: want latest-lts or minimal`},
		{yaml: "upgrade: patch\nnpm-registry: https://npm.example/\n", check: func(c *Config) bool {
			return c.Upgrade == "patch" && c.NPMRegistry == "https://npm.example/"
		}},
		{yaml: "upgrade: all\n", err: `1: upgrade: want major, minor or patch, got "all"`},
		{yaml: "npm-registry: npm.example\n", err: `1: npm-registry: want an http(s) URL, got "npm.example"`},
		{yaml: "pypi-registry: https://pypi.example/pypi/\n", check: func(c *Config) bool { return c.PyPIRegistry == "https://pypi.example/pypi/" }},
		{yaml: "pypi-registry: [x]\n", err: `1: pypi-registry: want an http(s) URL`},
		{yaml: "online: maybe\n", err: `1: online: want true or false`},
		{yaml: "online: true\nonline-timeout: 1m30s\n", check: func(c *Config) bool { return c.Online && c.OnlineTimeout == 90*time.Second }},
		{yaml: "online-timeout: 10\n", err: `1: online-timeout: want a positive duration such as 10s, got "10"`},
		{yaml: "online-timeout: -1s\n", err: `1: online-timeout: want a positive duration`},
		{yaml: "online-timeout: 0s\n", err: `1: online-timeout: want a positive duration`},
		{yaml: "online-timeout: [1s]\n", err: `1: online-timeout: want a positive duration`},
		{yaml: "osv-db: /var/lib/osv\n", check: func(c *Config) bool { return c.OSVDB == "/var/lib/osv" }},
		{yaml: "osv-db: [a]\n", err: `1: osv-db: want a directory path`},
		{yaml: "osv-db:\n", err: `1: osv-db: want a directory path`},
		{yaml: "allowed-registries: [Registry.Corp.Example, \"*.mirror.corp.example\", \"registry.corp*\", \"*\", \"localhost:5000\"]\n", check: func(c *Config) bool {
			return strings.Join(c.AllowedRegistries, " ") == "registry.corp.example *.mirror.corp.example registry.corp* * localhost:5000"
		}},
		{yaml: "allowed-registries: docker.io\n", check: func(c *Config) bool { return len(c.AllowedRegistries) == 1 }},
		{yaml: "allowed-registries:\n", check: func(c *Config) bool { return c.AllowedRegistries == nil }},
		{yaml: "allowed-registries: [ghcr.io/acme]\n", err: `1: allowed-registries: want registry hosts`},
		{yaml: "allowed-registries: [\"a*b\"]\n", err: `1: allowed-registries: want registry hosts`},
		{yaml: "allowed-registries: [\"**\"]\n", err: `1: allowed-registries: want registry hosts`},
		{yaml: "allowed-registries: {a: b}\n", err: `1: allowed-registries: want registry hosts`},
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

// TestConfigResolve: a resolved config answers as one that matches names
// on each call.
func TestConfigResolve(t *testing.T) {
	rules := []*Rule{
		{ID: "DF999", Name: "demo", Aliases: []string{"DL9999"}, Severity: Warning, OptIn: true},
		{ID: "DF998", Name: "other", Severity: Info},
		{ID: "DF997", Name: "third", Severity: Error},
	}
	for _, c := range []*Config{
		{},
		{Enable: []string{"dl9999"}, Disable: []string{"OTHER"}, Severity: map[string]Severity{"demo": Error}},
		{Disable: []string{"DF997", "DF999"}, Enable: []string{"DF999"}, ExtendSafeFixes: []string{"third"}, ExtendUnsafeFixes: []string{"DF997"}},
	} {
		var want []ruleSettings
		for _, r := range rules {
			want = append(want, c.settings(r))
		}
		c.Resolve(rules)
		for i, r := range rules {
			if got := c.settings(r); got != want[i] {
				t.Errorf("%+v: %s resolved %+v, want %+v", c, r.ID, got, want[i])
			}
		}
		// A rule the resolution did not see is still worked out.
		late := &Rule{ID: "DF996", Name: "late", Severity: Warning}
		if !c.Enabled(late) || c.SeverityOf(late) != Warning {
			t.Errorf("%+v: an unresolved rule is off or regraded", c)
		}
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

func TestConfigFixSafety(t *testing.T) {
	r := &Rule{ID: "DF999", Name: "demo", Aliases: []string{"DL9999"}}
	other := &Rule{ID: "DF998", Name: "other"}
	tests := []struct {
		name           string
		c              *Config
		rule           *Rule
		wantSafe, want bool
	}{
		{"no config", nil, r, false, false},
		{"not named", &Config{ExtendSafeFixes: []string{"DF999"}}, other, false, false},
		{"promoted by ID", &Config{ExtendSafeFixes: []string{"DF999"}}, r, true, true},
		{"promoted by alias", &Config{ExtendSafeFixes: []string{"dl9999"}}, r, true, true},
		{"demoted by name", &Config{ExtendUnsafeFixes: []string{"demo"}}, r, false, true},
		{"both: unsafe wins", &Config{ExtendSafeFixes: []string{"DF999"}, ExtendUnsafeFixes: []string{"DF999"}}, r, false, true},
	}
	for _, tt := range tests {
		safe, set := tt.c.FixSafety(tt.rule)
		if safe != tt.wantSafe || set != tt.want {
			t.Errorf("%s: FixSafety = %v, %v; want %v, %v", tt.name, safe, set, tt.wantSafe, tt.want)
		}
	}
	if err := (&Config{ExtendSafeFixes: []string{"DF000x"}}).Validate([]*Rule{r}); err == nil || !strings.Contains(err.Error(), "unknown rule DF000x") {
		t.Errorf("unknown rule in extend-safe-fixes: %v", err)
	}
}

func TestValidateNamesLines(t *testing.T) {
	rules := []*Rule{{ID: "DF401", Name: "maintainer"}}
	tests := []struct{ yaml, want string }{
		{"disable: [DF999]\n", "c.yaml:1: unknown rule DF999"},
		{"# x\nenable:\n  - maintainer\n  - DF998\n", "c.yaml:4: unknown rule DF998"},
		{"severity:\n  DF997: error\ndisable: [b, a, DF997]\n", "c.yaml:2: unknown rule DF997 (also a on line 3, b on line 3)"},
		{"extend-unsafe-fixes: zz\nextend-safe-fixes: [DF401]\n", "c.yaml:1: unknown rule zz"},
	}
	for _, tt := range tests {
		c, err := ParseConfig([]byte(tt.yaml))
		if err != nil {
			t.Fatalf("ParseConfig(%q): %v", tt.yaml, err)
		}
		c.Path = "c.yaml"
		if err := c.Validate(rules); err == nil || err.Error() != tt.want {
			t.Errorf("Validate(%q) = %v, want %q", tt.yaml, err, tt.want)
		}
	}
	// Built in code: no lines to name.
	err := (&Config{Disable: []string{"b", "a"}}).Validate(rules)
	if err == nil || err.Error() != "config: unknown rule a (also b)" {
		t.Errorf("Validate without lines = %v", err)
	}
}

// TestLoadConfigRefuses: what is not a regular file within the size limit
// is one error naming the file, read no further.
func TestLoadConfigRefuses(t *testing.T) {
	dir := t.TempDir()
	path := func(name string) string { return filepath.Join(dir, name) }
	if err := os.Mkdir(path("dir.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	// Sparse: the size is what counts, and nothing of it is read.
	big, err := os.Create(path("big.yaml"))
	if err == nil {
		err = big.Truncate(100 << 20)
		big.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path("ok.yaml"), []byte("disable: [DF401]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, link, want string
	}{
		{name: "dir.yaml", want: "is a directory, not a config file"},
		{name: "big.yaml", want: "config file too large (104857600 bytes; the limit is 1 MiB)"},
		{name: "missing.yaml", want: "no such file"},
		{name: "dangling.yaml", link: "nowhere", want: "dangling symlink (points to nowhere)"},
		{name: "zero.yaml", link: os.DevNull, want: "is a device, not a config file"},
	}
	for _, tt := range tests {
		if tt.link != "" {
			if err := os.Symlink(tt.link, path(tt.name)); err != nil {
				t.Skipf("symlink: %v", err)
			}
		}
		_, err := LoadConfig(path(tt.name))
		if want := path(tt.name) + ": " + tt.want; err == nil || err.Error() != want {
			t.Errorf("LoadConfig(%s) = %v, want %q", tt.name, err, want)
		}
	}
	if err := os.Symlink("ok.yaml", path("link.yaml")); err != nil {
		t.Skipf("symlink: %v", err)
	}
	if c, err := LoadConfig(path("link.yaml")); err != nil || len(c.Disable) != 1 {
		t.Errorf("LoadConfig through a symlink to a regular file = %+v, %v", c, err)
	}
}

// TestLoadConfigOSVDB: a relative osv-db is the config file's directory's.
func TestLoadConfigOSVDB(t *testing.T) {
	dir := t.TempDir()
	for body, want := range map[string]string{
		"osv-db: osv\n":           filepath.Join(dir, "osv"),
		"osv-db: ../shared/osv\n": filepath.Join(filepath.Dir(dir), "shared", "osv"),
		"osv-db: /srv/osv\n":      "/srv/osv",
	} {
		p := filepath.Join(dir, ".dockerfix.yaml")
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := LoadConfig(p)
		if err != nil || c.OSVDB != want {
			t.Errorf("%q: OSVDB = %q, %v; want %q", body, c.OSVDB, err, want)
		}
	}
}
