package lint

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// ConfigName is the file name looked up from the working directory upwards.
const ConfigName = ".dockerfix.yaml"

// Config is .dockerfix.yaml.
type Config struct {
	Path string // where it was read from; "" for defaults

	Disable  []string            // rule IDs or names
	Enable   []string            // opt-in rules to turn on, or disabled ones back on
	Severity map[string]Severity // rule ID or name → severity
	// FailLevel is the lowest severity that makes the exit code 1; 0 = unset.
	FailLevel Severity
	// Bump is the base-image bump policy: "latest-lts" or "minimal"; "" = default.
	Bump string
	// Upgrade is how far a dependency bump may go (DF302, DF303):
	// "major", "minor" or "patch"; "" = minor.
	Upgrade string
	// NPMRegistry is the npm registry asked for package versions when a
	// project's .npmrc names none; "" = the public registry.
	NPMRegistry string
	// PyPIRegistry is the JSON API (…/pypi/) asked for package versions
	// when a requirements file and its pip.conf name no index; "" = PyPI.
	PyPIRegistry string
	// Online allows network sources (registries, OSV API).
	Online bool
	// OnlineTimeout is the time all network look-ups of a run share; 0 =
	// unset (online.DefaultBudget).
	OnlineTimeout time.Duration
	// OSVDB is the directory of OSV databases (DIR/<Ecosystem>/all.zip),
	// as --osv-db; "" = osv-scanner's download directories. LoadConfig
	// makes a relative path relative to the config file's directory.
	OSVDB string
	// ExtendSafeFixes and ExtendUnsafeFixes re-grade the fixes of the rules
	// they name (ruff's settings): a team promotes a rule's unsafe fixes to
	// safe, or demotes its safe ones. A rule in both lists is unsafe.
	ExtendSafeFixes, ExtendUnsafeFixes []string
	// AllowedRegistries are the registries images may come from (DF104,
	// hadolint's allowedRegistries): host names, "*.corp.example" for its
	// subdomains, "registry.corp*" for a prefix, "*" for any; "docker.io"
	// for Docker Hub. Empty: any registry.
	AllowedRegistries []string

	// ruleLines is the line where each rule name first appears in the
	// file, for Validate's errors; nil for a config built in code.
	ruleLines map[string]int
	// resolved is what the config makes of each rule, worked out once by
	// Resolve; nil until then.
	resolved map[*Rule]ruleSettings
}

// MaxConfigSize bounds what LoadConfig reads: a real config is a few
// lines, and a cloned repository's .dockerfix.yaml must not make a hook
// read or parse for minutes.
const MaxConfigSize = 1 << 20

// configKeys are the known top-level keys, for the unknown-key error.
const configKeys = "disable, enable, severity, fail-level, bump, upgrade, npm-registry, pypi-registry, online, online-timeout, osv-db, extend-safe-fixes, extend-unsafe-fixes, allowed-registries"

// FindConfig looks for .dockerfix.yaml in dir and its parents, stopping at
// the directory that holds .git (the repository root). It returns "" when
// there is none. Whatever holds the name is returned, even a directory or a
// dangling symlink: LoadConfig then refuses it rather than the run going on
// silently without the config.
func FindConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, ConfigName)
		if _, err := os.Lstat(p); err == nil {
			return p, nil
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// LoadConfig reads and parses a config file. Only a regular file, or a
// symlink to one, of at most MaxConfigSize bytes is read: a cloned
// repository may put a FIFO, a device or a huge file under the name.
func LoadConfig(path string) (*Config, error) {
	data, err := readConfigFile(path)
	if err != nil {
		return nil, err
	}
	c, err := ParseConfig(data)
	if err != nil {
		return nil, fmt.Errorf("%s:%w", path, err)
	}
	c.Path = path
	if c.OSVDB != "" && !filepath.IsAbs(c.OSVDB) {
		// As the file's other paths would be: a config found in a parent
		// directory means the same wherever dockerfix runs.
		c.OSVDB = filepath.Join(filepath.Dir(path), c.OSVDB)
	}
	return c, nil
}

// readConfigFile reads path when it is a regular file within the size
// limit, with one error naming the file otherwise. It never blocks: the
// type is checked before the open, and the open does not wait for a
// writer should the file have been replaced by a FIFO meanwhile.
func readConfigFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if lst, lerr := os.Lstat(path); lerr == nil && lst.Mode()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(path)
			return nil, fmt.Errorf("%s: dangling symlink (points to %s)", path, target)
		}
		return nil, fmt.Errorf("%s: no such file", path)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, pathErrorCause(err))
	}
	if err := checkConfigStat(path, st); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, pathErrorCause(err))
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, pathErrorCause(err))
	}
	if err := checkConfigStat(path, st); err != nil {
		return nil, err
	}
	// The limit holds even if the file grows after the stat.
	data, err := io.ReadAll(io.LimitReader(f, MaxConfigSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, pathErrorCause(err))
	}
	if len(data) > MaxConfigSize {
		return nil, fmt.Errorf("%s: config file too large (the limit is %d MiB)", path, MaxConfigSize>>20)
	}
	return data, nil
}

// checkConfigStat refuses what is not a regular file within the limit.
func checkConfigStat(path string, st fs.FileInfo) error {
	m := st.Mode()
	switch {
	case m.IsDir():
		return fmt.Errorf("%s: is a directory, not a config file", path)
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%s: is a named pipe, not a config file", path)
	case m&fs.ModeDevice != 0:
		return fmt.Errorf("%s: is a device, not a config file", path)
	case !m.IsRegular():
		return fmt.Errorf("%s: not a regular file", path)
	case st.Size() > MaxConfigSize:
		return fmt.Errorf("%s: config file too large (%d bytes; the limit is %d MiB)", path, st.Size(), MaxConfigSize>>20)
	}
	return nil
}

// pathErrorCause drops a *PathError's op and path: the caller names the
// file itself.
func pathErrorCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// configError carries the line of a config problem.
func configError(n *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("%d: %s", n.Line, fmt.Sprintf(format, args...))
}

// ParseConfig parses the YAML of a config file. Errors start with the line
// number, so that LoadConfig can prefix the path: "path:3: unknown key …".
func ParseConfig(data []byte) (*Config, error) {
	c := &Config{}
	if len(bytes.TrimSpace(data)) == 0 {
		return c, nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf(" %s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 {
		return c, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, configError(root, "top level must be a mapping of keys")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		var err error
		switch key.Value {
		case "disable":
			c.Disable, err = c.ruleList(val)
		case "enable":
			c.Enable, err = c.ruleList(val)
		case "severity":
			c.Severity, err = c.severityMap(val)
		case "fail-level":
			c.FailLevel, err = ParseSeverity(val.Value)
			if err != nil {
				err = configError(val, "fail-level: %v", err)
			}
		case "bump":
			c.Bump = val.Value
			if c.Bump != "latest-lts" && c.Bump != "minimal" {
				err = configError(val, "bump: want latest-lts or minimal, got %q", val.Value)
			}
		case "upgrade":
			c.Upgrade = val.Value
			if c.Upgrade != "major" && c.Upgrade != "minor" && c.Upgrade != "patch" {
				err = configError(val, "upgrade: want major, minor or patch, got %q", val.Value)
			}
		case "npm-registry":
			c.NPMRegistry = val.Value
			if u, perr := url.Parse(val.Value); perr != nil || val.Kind != yaml.ScalarNode || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
				err = configError(val, "npm-registry: want an http(s) URL, got %q", val.Value)
			}
		case "pypi-registry":
			c.PyPIRegistry = val.Value
			if u, perr := url.Parse(val.Value); perr != nil || val.Kind != yaml.ScalarNode || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
				err = configError(val, "pypi-registry: want an http(s) URL, got %q", val.Value)
			}
		case "online":
			err = val.Decode(&c.Online)
			if err != nil {
				err = configError(val, "online: want true or false")
			}
		case "online-timeout":
			c.OnlineTimeout, err = time.ParseDuration(val.Value)
			if err != nil || c.OnlineTimeout <= 0 || val.Kind != yaml.ScalarNode {
				err = configError(val, "online-timeout: want a positive duration such as 10s, got %q", val.Value)
			}
		case "osv-db":
			c.OSVDB = val.Value
			if val.Kind != yaml.ScalarNode || val.Value == "" {
				err = configError(val, "osv-db: want a directory path")
			}
		case "extend-safe-fixes":
			c.ExtendSafeFixes, err = c.ruleList(val)
		case "extend-unsafe-fixes":
			c.ExtendUnsafeFixes, err = c.ruleList(val)
		case "allowed-registries":
			c.AllowedRegistries, err = registryList(val)
		default:
			err = configError(key, "unknown key %q (known: %s)", key.Value, configKeys)
		}
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

// noteRule records the line of a rule name, for Validate.
func (c *Config) noteRule(n *yaml.Node) {
	if c.ruleLines == nil {
		c.ruleLines = map[string]int{}
	}
	if _, ok := c.ruleLines[n.Value]; !ok {
		c.ruleLines[n.Value] = n.Line
	}
}

// ruleList reads one rule name or a list of them.
func (c *Config) ruleList(n *yaml.Node) ([]string, error) {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Value == "" {
			return nil, nil
		}
		c.noteRule(n)
		return []string{n.Value}, nil
	case yaml.SequenceNode:
		out := make([]string, 0, len(n.Content))
		for _, item := range n.Content {
			if item.Kind != yaml.ScalarNode {
				return nil, configError(item, "want a rule ID or name")
			}
			c.noteRule(item)
			out = append(out, item.Value)
		}
		return out, nil
	}
	return nil, configError(n, "want a list of rule IDs or names")
}

// registryList reads one registry pattern or a list of them.
func registryList(n *yaml.Node) ([]string, error) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	}
	var out []string
	for _, item := range items {
		v := strings.ToLower(strings.TrimSpace(item.Value))
		if item.Kind != yaml.ScalarNode || v == "" || strings.ContainsAny(v, "/ \t") || strings.Count(v, "*") > 1 ||
			strings.Contains(v, "*") && v != "*" && !strings.HasPrefix(v, "*") && !strings.HasSuffix(v, "*") {
			return nil, configError(item, "allowed-registries: want registry hosts such as docker.io, ghcr.io or *.corp.example, got %q", item.Value)
		}
		out = append(out, v)
	}
	return out, nil
}

func (c *Config) severityMap(n *yaml.Node) (map[string]Severity, error) {
	if n.Kind != yaml.MappingNode {
		return nil, configError(n, "severity: want a mapping of rule to info, warning or error")
	}
	m := map[string]Severity{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		s, err := ParseSeverity(n.Content[i+1].Value)
		if err != nil {
			return nil, configError(n.Content[i+1], "severity of %s: %v", n.Content[i].Value, err)
		}
		c.noteRule(n.Content[i])
		m[n.Content[i].Value] = s
	}
	return m, nil
}

// Validate checks that every rule the config names exists. The error names
// the file and the line of the first unknown rule, and the others after it:
// "path:3: unknown rule DF999 (also DF998 on line 5)".
func (c *Config) Validate(rules []*Rule) error {
	var unknown []string
	check := func(name string) {
		if LookupRule(rules, name) == nil && !slices.Contains(unknown, name) {
			unknown = append(unknown, name)
		}
	}
	for _, n := range c.Disable {
		check(n)
	}
	for _, n := range c.Enable {
		check(n)
	}
	for n := range c.Severity {
		check(n)
	}
	for _, n := range c.ExtendSafeFixes {
		check(n)
	}
	for _, n := range c.ExtendUnsafeFixes {
		check(n)
	}
	if len(unknown) == 0 {
		return nil
	}
	// By line, then by name; names without a line (a config built in
	// code) last.
	line := func(name string) int {
		if l := c.ruleLines[name]; l > 0 {
			return l
		}
		return math.MaxInt
	}
	sort.Slice(unknown, func(i, j int) bool {
		li, lj := line(unknown[i]), line(unknown[j])
		return li < lj || li == lj && unknown[i] < unknown[j]
	})
	where := "config"
	if c.Path != "" {
		where = c.Path
	}
	if l := c.ruleLines[unknown[0]]; l > 0 {
		where += fmt.Sprintf(":%d", l)
	}
	msg := fmt.Sprintf("%s: unknown rule %s", where, unknown[0])
	if len(unknown) > 1 {
		others := make([]string, len(unknown)-1)
		for i, name := range unknown[1:] {
			others[i] = name
			if l := c.ruleLines[name]; l > 0 {
				others[i] += fmt.Sprintf(" on line %d", l)
			}
		}
		msg += " (also " + strings.Join(others, ", ") + ")"
	}
	return errors.New(msg)
}

// LookupRule finds a rule by ID, name or alias (case-insensitive).
func LookupRule(rules []*Rule, name string) *Rule {
	for _, r := range rules {
		if matchesRule(r, name) {
			return r
		}
	}
	return nil
}

// Enabled reports whether the rule runs under this config.
func (c *Config) Enabled(r *Rule) bool {
	return c.settings(r).enabled
}

// ruleSettings is what a config makes of one rule.
type ruleSettings struct {
	enabled    bool
	severity   Severity
	overridden bool // severity comes from the config
	safe       bool // the fix safety the config imposes
	regraded   bool // whether it imposes one
}

// Resolve works out what the config makes of each of the rules once, for
// a run over many files: matching the config's names against every rule
// for every file cost a tenth of a corpus run with ten names. Disable,
// Enable, Severity and the fix lists must not change after it.
func (c *Config) Resolve(rules []*Rule) {
	c.resolved = make(map[*Rule]ruleSettings, len(rules))
	for _, r := range rules {
		c.resolved[r] = c.settingsOf(r)
	}
}

// settings is what the config makes of r: resolved, or worked out now.
func (c *Config) settings(r *Rule) ruleSettings {
	if c != nil {
		if s, ok := c.resolved[r]; ok {
			return s
		}
	}
	return c.settingsOf(r)
}

func (c *Config) settingsOf(r *Rule) ruleSettings {
	s := ruleSettings{enabled: !r.OptIn}
	s.severity, s.overridden = c.severityOverride(r)
	s.safe, s.regraded = c.FixSafety(r)
	if c == nil {
		return s
	}
	for _, n := range c.Disable {
		if matchesRule(r, n) {
			s.enabled = false
		}
	}
	for _, n := range c.Enable {
		if matchesRule(r, n) {
			s.enabled = true
		}
	}
	return s
}

// SeverityOf is the rule's severity after overrides.
func (c *Config) SeverityOf(r *Rule) Severity {
	return c.settings(r).severity
}

// severityOverride is the rule's severity and whether the config set it.
func (c *Config) severityOverride(r *Rule) (Severity, bool) {
	if c != nil {
		for n, s := range c.Severity {
			if matchesRule(r, n) {
				return s, true
			}
		}
	}
	return r.Severity, false
}

// FixSafety is the safety the config imposes on the rule's fixes, and
// whether it imposes one: extend-unsafe-fixes wins over extend-safe-fixes.
func (c *Config) FixSafety(r *Rule) (safe, set bool) {
	if c == nil {
		return false, false
	}
	for _, n := range c.ExtendUnsafeFixes {
		if matchesRule(r, n) {
			return false, true
		}
	}
	for _, n := range c.ExtendSafeFixes {
		if matchesRule(r, n) {
			return true, true
		}
	}
	return false, false
}

func matchesRule(r *Rule, name string) bool {
	if strings.EqualFold(r.ID, name) || strings.EqualFold(r.Name, name) {
		return true
	}
	for _, a := range r.Aliases {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}
