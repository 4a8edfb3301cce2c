// Package catgen turns the shared data snapshot (eol.json and the official-images
// library files) into the compact, line-oriented catalog that package images embeds.
//
// It only normalises and assembles data: interpreting tags is the job of package
// images, so that the same parser serves the catalog and the user's FROM lines.
// The output is deterministic (sorted, no timestamps of its own), which lets a test
// regenerate it in memory and compare it with the committed file.
package catgen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// Magic is the first line of a catalog file; bump the version when the format changes.
const Magic = "dockerfix-catalog\t1"

// Generate reads eol.json and official-images/* from fsys (the shared data
// directory) and returns the catalog file.
func Generate(fsys fs.FS) ([]byte, error) {
	raw, err := fs.ReadFile(fsys, "eol.json")
	if err != nil {
		return nil, err
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("eol.json: %w", err)
	}
	var meta struct {
		Generated string `json:"generated"`
		Sources   map[string]struct {
			Commit     string `json:"commit"`
			CommitDate string `json:"commit_date"`
		} `json:"sources"`
	}
	if err := json.Unmarshal(doc["_meta"], &meta); err != nil {
		return nil, fmt.Errorf("eol.json _meta: %w", err)
	}
	var codenames struct {
		Debian  map[string]string `json:"debian"`
		Ubuntu  map[string]string `json:"ubuntu"`
		NodeLTS map[string]string `json:"node_lts"`
	}
	if err := json.Unmarshal(doc["_codenames"], &codenames); err != nil {
		return nil, fmt.Errorf("eol.json _codenames: %w", err)
	}

	products := map[string]*product{}
	var names []string
	for name, msg := range doc {
		if strings.HasPrefix(name, "_") {
			continue
		}
		p, err := decodeProduct(name, msg)
		if err != nil {
			return nil, err
		}
		products[name] = p
		names = append(names, name)
	}
	slices.Sort(names)

	// Snapshot stamp: the newest source commit is the date the data is "as of".
	snapshot := ""
	for _, s := range meta.Sources {
		snapshot = max(snapshot, day(s.CommitDate))
	}
	images, err := assembleImages(fsys, products, names, snapshot)
	if err != nil {
		return nil, err
	}

	var b bytes.Buffer
	b.WriteString(Magic + "\n")
	// Record counts up front let the loader allocate each array once.
	nCycles, nGroups := 0, 0
	for _, name := range names {
		nCycles += len(products[name].Cycles)
	}
	for _, im := range images {
		nGroups += len(im.groups)
	}
	fmt.Fprintf(&b, "N\t%d\t%d\t%d\t%d\n", len(names), nCycles, len(images), nGroups)
	for _, k := range slices.Sorted(mapsKeys(meta.Sources)) {
		s := meta.Sources[k]
		fmt.Fprintf(&b, "S\tsource\t%s\t%s\t%s\n", k, s.Commit, day(s.CommitDate))
	}
	fmt.Fprintf(&b, "S\tgenerated\t%s\n", meta.Generated)
	fmt.Fprintf(&b, "S\tsnapshot\t%s\n", snapshot)
	writeTable(&b, "debian", codenames.Debian)
	writeTable(&b, "ubuntu", codenames.Ubuntu)
	writeTable(&b, "node", codenames.NodeLTS)
	for _, name := range names {
		p := products[name]
		fmt.Fprintf(&b, "P\t%s\t%s\n", name, clean(p.Title))
		for _, c := range p.Cycles {
			fmt.Fprintf(&b, "C\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
				clean(c.Cycle), clean(c.Release), when(c.EOL), when(c.EOAS), when(c.EOES), c.lts(),
				clean(c.latest()), clean(c.LatestRelease), clean(c.Codename), clean(c.label()))
		}
	}
	for _, im := range images {
		fmt.Fprintf(&b, "I\t%s\t%s\n", im.repo, strings.Join(im.products, ","))
		for _, g := range im.groups {
			fmt.Fprintf(&b, "G\t%s\t%s\t%s\t%s\n", g.flags(), clean(g.dir),
				strings.Join(g.tags, " "), strings.Join(g.shared, " "))
		}
	}
	return b.Bytes(), nil
}

type cycle struct {
	Cycle         string `json:"cycle"`
	Codename      string `json:"codename"`
	Label         string `json:"label"`
	Release       string `json:"release"`
	EOL           any    `json:"eol"`
	EOAS          any    `json:"active_support_end"`
	EOES          any    `json:"extended_support_end"`
	LTS           any    `json:"lts"`
	Latest        any    `json:"latest"`
	LatestRelease string `json:"latest_release"`
}

func (c cycle) latest() string {
	if s, ok := c.Latest.(string); ok {
		return s
	}
	return ""
}

// lts is the LTS field; a date equal to the end of support is dropped: RHEL's
// lts column repeats eol (per its notes), it is not the day a line enters LTS.
func (c cycle) lts() string {
	lts := when(c.LTS)
	if len(lts) > 1 && lts == when(c.EOL) {
		return ""
	}
	return lts
}

// label fills in endoflife.date's codename placeholder ("2022 'Dallas'": SQL
// Server's year, which its image tags use) and drops labels still holding
// an unexpanded template, which carry no information.
func (c cycle) label() string {
	l := strings.ReplaceAll(c.Label, "__CODENAME__", c.Codename)
	if strings.Contains(l, "__") {
		return ""
	}
	return l
}

type product struct {
	Title        string   `json:"title"`
	DockerImages []string `json:"docker_images"`
	Cycles       []cycle  `json:"cycles"`
	Tags         struct {
		File string `json:"official_images_file"`
	} `json:"tags"`
}

func decodeProduct(name string, msg json.RawMessage) (*product, error) {
	var p product
	if err := json.Unmarshal(msg, &p); err != nil {
		return nil, fmt.Errorf("eol.json %s: %w", name, err)
	}
	return &p, nil
}

// when encodes a date-or-boolean field: "" none/false, "1" true (ended or LTS, no date), else the date.
func when(v any) string {
	switch v := v.(type) {
	case bool:
		if v {
			return "1"
		}
		return ""
	case string:
		return clean(v)
	}
	return ""
}

func day(ts string) string {
	if len(ts) >= 10 {
		return ts[:10]
	}
	return ts
}

func clean(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ").Replace(s)
}

func writeTable(b *bytes.Buffer, table string, m map[string]string) {
	for _, k := range slices.Sorted(mapsKeys(m)) {
		fmt.Fprintf(b, "K\t%s\t%s\t%s\n", table, k, m[k])
	}
}

func mapsKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

type group struct {
	tags, shared []string
	dir          string
	windows      bool
	synthetic    bool
}

func (g group) flags() string {
	f := ""
	if g.windows {
		f += "w"
	}
	if g.synthetic {
		f += "s"
	}
	if f == "" {
		f = "-"
	}
	return f
}

type image struct {
	repo     string
	products []string
	groups   []group
}

// parseLibrary reads an official-images library file (RFC 2822-like blocks).
func parseLibrary(data []byte) []group {
	var out []group
	var cur group
	var archs string
	arch64Dir := ""
	flush := func() {
		if len(cur.tags) > 0 || len(cur.shared) > 0 {
			if cur.dir == "" {
				cur.dir = arch64Dir
			}
			if archs != "" {
				cur.windows = true
				for _, a := range strings.Split(archs, ",") {
					if !strings.HasPrefix(strings.TrimSpace(a), "windows-") {
						cur.windows = false
					}
				}
			}
			out = append(out, cur)
		}
		cur, archs, arch64Dir = group{}, "", ""
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#") || line[0] == ' ' || line[0] == '\t' {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch key {
		case "Tags":
			cur.tags = splitList(val)
		case "SharedTags":
			cur.shared = splitList(val)
		case "Directory":
			cur.dir = val
		case "amd64-Directory":
			arch64Dir = val
		case "Architectures":
			archs = val
		}
	}
	flush()
	return out
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func assembleImages(fsys fs.FS, products map[string]*product, names []string, snapshot string) ([]*image, error) {
	byRepo := map[string]*image{}
	get := func(repo string) *image {
		im := byRepo[repo]
		if im == nil {
			im = &image{repo: repo}
			byRepo[repo] = im
		}
		return im
	}
	for _, name := range names {
		p := products[name]
		for _, repo := range p.DockerImages {
			im := get(repo)
			if len(p.Cycles) > 0 && !slices.Contains(im.products, name) {
				im.products = append(im.products, name)
			}
		}
		if f := p.Tags.File; f != "" {
			repo := path.Base(f)
			im := get(repo)
			if len(im.groups) == 0 {
				data, err := fs.ReadFile(fsys, path.Join("official-images", repo))
				if err != nil {
					return nil, fmt.Errorf("%s: %w", name, err)
				}
				im.groups = parseLibrary(data)
			}
		}
	}
	known := func(names []string) []string {
		var out []string
		for _, n := range names {
			if p := products[n]; p != nil && len(p.Cycles) > 0 {
				out = append(out, n)
			}
		}
		return out
	}
	for repo, prods := range extraRepos() {
		if ps := known(prods); len(ps) > 0 {
			get(repo).products = ps
		}
	}
	for repo, family := range familyRepos() {
		if products[family] != nil {
			get(repo)
		}
	}
	for repo, order := range productOrder() {
		if im := byRepo[repo]; im != nil {
			im.products = known(order)
		}
	}
	for repo, gs := range synthetic(products, snapshot) {
		im := get(repo)
		if len(im.groups) == 0 {
			im.groups = gs
		}
	}
	repos := slices.Sorted(mapsKeys(byRepo))
	out := make([]*image, 0, len(repos))
	for _, r := range repos {
		out = append(out, byRepo[r])
	}
	return out, nil
}

// productOrder settles images that several products list: the container
// base-image lifecycle wins over the host OS product (per the eol.json notes),
// and SonarQube's community build comes before the server editions.
func productOrder() map[string][]string {
	return map[string][]string{
		"mcr.microsoft.com/windows/servercore": {"windows-server-core", "windows-server"},
		"mcr.microsoft.com/windows/nanoserver": {"windows-nano-server", "windows-server"},
		"sonarqube":                            {"sonarqube", "sonarqube-server"},
	}
}

// extraRepos are repository names that eol.json does not list but that FROM
// lines use for the same products: retired paths, the full Windows images,
// the names the notes give as equal to listed ones (ubiN/ubi-micro =
// ubiN-micro), and the retired Docker Hub names of .NET Framework.
func extraRepos() map[string][]string {
	m := map[string][]string{
		"mcr.microsoft.com/windows/server":           {"windows-server"},
		"mcr.microsoft.com/windows":                  {"windows-server"},
		"microsoft/windowsservercore":                {"windows-server-core"},
		"microsoft/nanoserver":                       {"windows-nano-server"},
		"mcr.microsoft.com/dotnet/core/sdk":          {"dotnet"},
		"mcr.microsoft.com/dotnet/core/aspnet":       {"dotnet"},
		"mcr.microsoft.com/dotnet/core/runtime":      {"dotnet"},
		"mcr.microsoft.com/dotnet/core/runtime-deps": {"dotnet"},
		"microsoft/dotnet":                           {"dotnet"},
		"microsoft/aspnet":                           {"dotnet-framework"},
		"microsoft/mssql-server-windows-express":     {"mssql-server"},
		"microsoft/mssql-server-windows-developer":   {"mssql-server"},
		"microsoft/dotnet-framework":                 {"dotnet-framework"},
		// RHEL 7's own base image, which UBI 7 replaced.
		"registry.access.redhat.com/rhel7": {"rhel"},
		// The -oss builds stopped at 7.10.2; the release still says how old.
		"docker.elastic.co/elasticsearch/elasticsearch-oss": {"elasticsearch"},
		"docker.elastic.co/kibana/kibana-oss":               {"kibana"},
		"docker.elastic.co/logstash/logstash-oss":           {"logstash"},
	}
	for _, n := range []string{"8", "9", "10"} {
		for _, repo := range ubiRepos(&product{}, n) {
			m[repo] = []string{"rhel"}
		}
	}
	return m
}
