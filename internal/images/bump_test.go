package images

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestBump(t *testing.T) {
	c := load(t)
	date := day0(t, testDate)
	tests := []struct {
		ref             string
		latest, minimal string // "" = no plan
	}{
		// Lifecycle over: keep the variant and the precision.
		{"node:14-alpine", "node:26-alpine", "node:22-alpine"},
		{"node:14.17.0-alpine", "node:26.7.0-alpine", "node:22.23.2-alpine"},
		{"node:16-bullseye-slim", "node:26-trixie-slim", "node:22-trixie-slim"},
		{"node:fermium-alpine", "node:krypton-alpine", "node:jod-alpine"},
		{"node:23", "node:26", "node:24-trixie"}, // already on an odd major
		{"python:3.8-slim-buster", "python:3.14-slim-trixie", "python:3.11-slim-trixie"},
		{"python:3.9-slim-bullseye", "python:3.14-slim-trixie", "python:3.11-slim-trixie"},
		{"python:3.6-windowsservercore", "python:3.14-windowsservercore", "python:3.13-windowsservercore"},
		{"alpine:3.12", "alpine:3.24", "alpine:3.22"},
		{"alpine:3.12.0", "alpine:3.24.1", "alpine:3.22.5"},
		{"ubuntu:20.04", "ubuntu:26.04", "ubuntu:22.04"},
		{"ubuntu:focal", "ubuntu:resolute", "ubuntu:jammy"},
		{"ubuntu:22.10", "ubuntu:26.04", "ubuntu:24.04"},
		{"debian:buster", "debian:trixie", "debian:trixie"},
		{"debian:buster-slim", "debian:trixie-slim", "debian:trixie-slim"},
		{"debian:10", "debian:13", "debian:13"},
		{"debian:10.13", "debian:13.6", "debian:13.6"},
		{"debian:bookworm-20250520-slim", "debian:trixie-20260803-slim", "debian:trixie-20260803-slim"},
		{"golang:1.19-alpine3.16", "golang:1.27-alpine3.24", "golang:1.26-alpine3.23"},
		{"golang:1.20-bullseye", "golang:1.27-trixie", "golang:1.26-trixie"},
		{"eclipse-temurin:11-jre-focal", "eclipse-temurin:25-jre-resolute", "eclipse-temurin:11-jre-jammy"},
		{"maven:3.8-openjdk-11", "maven:3.9-eclipse-temurin-11", "maven:3.9-eclipse-temurin-11"},
		{"maven:3-jdk-8", "maven:3-eclipse-temurin-8", "maven:3-eclipse-temurin-8"},
		{"buildpack-deps:buster", "buildpack-deps:trixie", "buildpack-deps:trixie"},
		{"buildpack-deps:bullseye-curl", "buildpack-deps:trixie-curl", "buildpack-deps:trixie-curl"},
		{"buildpack-deps:20.04-curl", "buildpack-deps:26.04-curl", "buildpack-deps:22.04-curl"},
		{"php:7.4-apache", "php:8.5-apache", "php:8.2-apache"},
		{"nginx:1.21-alpine", "nginx:1.30-alpine", "nginx:1.30-alpine"}, // stable (even) branch
		{"postgres:12", "postgres:18", "postgres:15"},
		{"mcr.microsoft.com/dotnet/aspnet:6.0", "mcr.microsoft.com/dotnet/aspnet:10.0", "mcr.microsoft.com/dotnet/aspnet:10.0"},
		{"mcr.microsoft.com/dotnet/aspnet:6.0.36", "mcr.microsoft.com/dotnet/aspnet:10.0.11", "mcr.microsoft.com/dotnet/aspnet:10.0.11"},
		// The SDK's full tags name SDK versions (6.0.428, 10.0.400), which
		// the catalog does not know: its X.Y tag, never the runtime's 10.0.11.
		{"mcr.microsoft.com/dotnet/sdk:6.0.428", "mcr.microsoft.com/dotnet/sdk:10.0", "mcr.microsoft.com/dotnet/sdk:10.0"},
		{"mcr.microsoft.com/windows/servercore:ltsc2019", "mcr.microsoft.com/windows/servercore:ltsc2025", ""},
		{"mcr.microsoft.com/windows/nanoserver:1809", "mcr.microsoft.com/windows/nanoserver:ltsc2025", "mcr.microsoft.com/windows/nanoserver:ltsc2019"},
		{"mcr.microsoft.com/windows/servercore:1803", "mcr.microsoft.com/windows/servercore:ltsc2025", "mcr.microsoft.com/windows/servercore:ltsc2019"},
		{"mcr.microsoft.com/windows/servercore:10.0.14393.2007", "mcr.microsoft.com/windows/servercore:ltsc2025", ""},
		{"microsoft/windowsservercore:1709", "mcr.microsoft.com/windows/servercore:ltsc2025", "mcr.microsoft.com/windows/servercore:ltsc2019"},
		{"mcr.microsoft.com/dotnet/aspnet:7.0-cbl-mariner2.0", "mcr.microsoft.com/dotnet/aspnet:10.0-azurelinux3.0", "mcr.microsoft.com/dotnet/aspnet:10.0-azurelinux3.0"},
		{"maven:3.9.16", "maven:3.9.16-eclipse-temurin-25", "maven:3.9.16-eclipse-temurin-25"}, // JDK 26 ended 2026-09-15
		{"postgres:9.6", "postgres:18", "postgres:15"},
		{"tomcat:7-jre8", "tomcat:11.0-jre25", "tomcat:9.0-jre8"}, // release-level precision (7 -> 9.0)
		{"kong:3.8", "kong:3.9", "kong:3.9"},                      // non-LTS, and the LTS line is older
		{"mysql:8.0", "mysql:9.7", "mysql:8.4"},
		{"haproxy:2.4", "haproxy:3.4", "haproxy:2.6"},
		{"busybox:1.36.1-musl", "busybox:1.38.0-musl", "busybox:1.37.0-musl"},
		// Only the OS is out of support: Minimal keeps the release.
		{"node:24", "node:26", "node:24-trixie"},
		{"node:krypton", "node:krypton-trixie", "node:krypton-trixie"},
		{"node:lts", "node:lts-trixie", "node:lts-trixie"},
		{"node:lts-buster", "node:lts-trixie", "node:lts-trixie"},
		{"python:3.12-slim-bookworm", "python:3.14-slim-trixie", "python:3.12-slim-trixie"},
		// Deprecated images move to their successor.
		{"openjdk:8-jre", "eclipse-temurin:25-jre", "eclipse-temurin:8-jre"},
		{"openjdk:11-jdk-slim", "eclipse-temurin:25-jdk", "eclipse-temurin:11-jdk"},
		{"openjdk:8u272-jre", "eclipse-temurin:25.0.4_7-jre", "eclipse-temurin:8u502-b07-jre"},
		{"mcr.microsoft.com/dotnet/core/sdk:3.1", "mcr.microsoft.com/dotnet/sdk:10.0", "mcr.microsoft.com/dotnet/sdk:10.0"},
		{"jenkins:lts", "jenkins/jenkins:lts", "jenkins/jenkins:lts"},
		{"rockylinux:9.3", "rockylinux/rockylinux:10.2", "rockylinux/rockylinux:9.8"},
		// Nothing to do, or nothing to do safely.
		{"centos:7", "", ""},
		{"maven:3.9-eclipse-temurin-17", "", ""},
		{"node:26-alpine", "", ""},
		{"node:22-alpine", "node:26-alpine", ""},
		{"nginx:stable", "", ""},
		{"python:3.15-rc-slim", "", ""},
		{"nextcloud:29", "", ""}, // one major at a time, and 30 is gone
		{"acme/unknown:1", "", ""},
		{"scratch", "", ""},
		{"consul:1.15", "", ""}, // hashicorp/consul's tags are not in the catalog
	}
	for _, tt := range tests {
		ref := mustRef(t, tt.ref)
		for _, pc := range []struct {
			policy Policy
			want   string
		}{{LatestLTS, tt.latest}, {Minimal, tt.minimal}} {
			p, ok := c.Bump(ref, date, pc.policy)
			got := ""
			if ok {
				got = p.Ref
			}
			if got != pc.want {
				t.Errorf("Bump(%s, policy %d) = %q, want %q (%s)", tt.ref, pc.policy, got, pc.want, p.Message())
			}
		}
	}
}

func TestBumpPlanDetails(t *testing.T) {
	c := load(t)
	date := day0(t, testDate)
	p, _ := c.Bump(mustRef(t, "python:3.9-slim-bullseye"), date, LatestLTS)
	if p.Reason != ReasonEOL || p.EndDate != "2025-10-31" || !p.SameMajor || p.SameOS || p.FromCycle.Name != "3.9" || p.ToCycle.Name != "3.14" {
		t.Errorf("python plan = %+v", p)
	}
	if len(p.Changes) != 1 || p.Changes[0].Product != "debian" || p.Changes[0].From.Name != "11" || p.Changes[0].To.Name != "13" {
		t.Errorf("python changes = %+v", p.Changes)
	}
	if want := "bump to python:3.14-slim-trixie: python 3.9 reached end of life on 2025-10-31"; p.Message() != want {
		t.Errorf("Message = %q", p.Message())
	}
	p, _ = c.Bump(mustRef(t, "node:24"), date, Minimal)
	if p.Reason != ReasonComponentEOL || p.Ended.String() != "debian 12" || !p.SameMajor || p.SameOS {
		t.Errorf("node:24 plan = %+v", p)
	}
	p, _ = c.Bump(mustRef(t, "node:22-alpine"), date, LatestLTS)
	if p.Reason != ReasonNewerLTS || p.Newer.Name != "26" || p.SameMajor || !p.SameOS {
		t.Errorf("node:22-alpine plan = %+v", p)
	}
	p, _ = c.Bump(mustRef(t, "postgres:12"), date, Minimal)
	if p.Note == "" {
		t.Error("a PostgreSQL major bump needs a note")
	}
	p, _ = c.Bump(mustRef(t, "openjdk:11"), date, Minimal)
	if !p.Moved || p.Image != "eclipse-temurin" || p.To != "11" {
		t.Errorf("openjdk plan = %+v", p)
	}
	p, _ = c.Bump(mustRef(t, "mcr.microsoft.com/dotnet/aspnet:6.0"), date, LatestLTS)
	if !p.Unverified {
		t.Error(".NET targets come from a synthetic tag set")
	}
	// A digest-pinned reference loses its digest: it would win over the tag.
	p, _ = c.Bump(mustRef(t, "node:14-alpine@sha256:c0a3badbd8a0a760de903e00cedbca94588e609299820557e72cba2a53dbaa2c"), date, LatestLTS)
	if p.Ref != "node:26-alpine" {
		t.Errorf("digest ref plan = %q", p.Ref)
	}
	// Before Node 26 entered LTS (2026-10-28) the newest LTS was 24.
	p, _ = c.Bump(mustRef(t, "node:14-alpine"), day0(t, "2026-09-01"), LatestLTS)
	if p.To != "24-alpine" {
		t.Errorf("node:14-alpine on 2026-09-01 = %q", p.To)
	}
}

// checkPlan asserts the invariants of every plan: the target exists in the
// tag set, is supported on the date, differs from the source, and is a
// fixed point (bumping it again under the same policy proposes nothing).
func checkPlan(t *testing.T, c *Catalog, from string, p Plan, date time.Time, policy Policy) {
	t.Helper()
	im, ok := c.lookupName(p.Image)
	if !ok {
		t.Errorf("%s: plan to unknown image %s", from, p.Image)
		return
	}
	if !im.HasTag(p.To) {
		t.Errorf("%s -> %s: target tag not in the tag set", from, p.Ref)
	}
	if fr, err := ParseRef(from); err == nil && p.To == p.From && !p.Moved {
		if fim, ok := c.Lookup(fr); ok && fim.name == p.Image {
			t.Errorf("%s: plan to the same tag", from)
		}
	}
	r := im.resolve(p.To)
	d := Day(date)
	if r.pre {
		t.Errorf("%s -> %s: pre-release target", from, p.Ref)
	}
	if len(im.products) > 0 && !r.cycle.supported(d) {
		t.Errorf("%s -> %s: target release %v not supported on %s", from, p.Ref, r.cycle, d)
	}
	for _, comp := range r.comps {
		if comp.Cycle != nil && !comp.Cycle.supported(d) {
			t.Errorf("%s -> %s: %s %s not supported on %s", from, p.Ref, comp.Product, comp.Cycle.Name, d)
		}
	}
	// LTS lines only, unless already off one: no odd Node major, no interim Ubuntu.
	if fc, tc := p.FromCycle, p.ToCycle; tc != nil && (tc.Product == "node" || tc.Product == "ubuntu") &&
		!tc.isLTS(d) && (fc == nil || fc.isLTS(d)) {
		t.Errorf("%s -> %s: non-LTS target from an LTS line", from, p.Ref)
	}
	for _, ch := range p.Changes {
		if ch.To != nil && ch.To.Product == "ubuntu" && !ch.To.isLTS(d) && (ch.From == nil || ch.From.isLTS(d)) {
			t.Errorf("%s -> %s: interim Ubuntu base", from, p.Ref)
		}
	}
	nr, err := ParseRef(p.Ref)
	if err != nil || nr.Tag != p.To || nr.HasDigest() {
		t.Errorf("%s -> %q: bad reference (%v)", from, p.Ref, err)
		return
	}
	if again, ok := c.Bump(nr, date, policy); ok {
		t.Errorf("%s -> %s is not a fixed point: then %s (%s)", from, p.Ref, again.Ref, again.Message())
	}
}

// TestBumpProperties bumps every tag of the busiest images, plus tags for
// every older cycle in each variant, on several dates.
func TestBumpProperties(t *testing.T) {
	c := load(t)
	images := []string{
		"node", "python", "golang", "debian", "alpine", "ubuntu", "eclipse-temurin", "maven", "php",
		"ruby", "nginx", "postgres", "redis", "buildpack-deps", "mcr.microsoft.com/dotnet/aspnet",
		"mcr.microsoft.com/windows/servercore", "amazoncorretto", "tomcat", "gradle", "rust", "httpd",
		"mariadb", "mysql", "mongo", "haproxy", "elixir", "erlang", "wordpress", "drupal", "perl",
		"busybox", "bash", "openjdk", "jenkins/jenkins", "oven/bun", "denoland/deno", "traefik",
		"clojure", "swift", "haskell", "julia", "groovy", "rabbitmq", "kong", "sonarqube", "nextcloud",
		"amazonlinux", "oraclelinux", "fedora", "almalinux", "memcached", "centos",
	}
	dates := []string{"2026-08-22", testDate, "2027-06-01", "2029-01-01"}
	n := 0
	for _, name := range images {
		im, ok := c.lookupName(name)
		if !ok {
			t.Fatalf("no image %s", name)
		}
		tags := im.Tags()
		// Old releases in every variant the set uses.
		variants := map[string]bool{"": true}
		for _, e := range im.index().entries {
			if e.info.Version != "" && !e.info.Prefix {
				variants[e.info.Variant()] = true
			}
		}
		for _, cy := range im.Cycles() {
			for v := range variants {
				tag := cy.Name
				if v != "" {
					tag += "-" + v
				}
				tags = append(tags, tag)
			}
		}
		slices.Sort(tags)
		tags = slices.Compact(tags)
		for _, ds := range dates {
			date := day0(t, ds)
			for _, tag := range tags {
				ref, err := ParseRef(name + ":" + tag)
				if err != nil {
					continue
				}
				for _, policy := range []Policy{LatestLTS, Minimal} {
					if p, ok := c.Bump(ref, date, policy); ok {
						n++
						checkPlan(t, c, ref.Raw, p, date, policy)
					}
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d plans checked", n)
	}
	t.Logf("%d plans checked", n)
}

// TestCorpus bumps every FROM image of the shared corpus of real Dockerfiles
// and checks the plan invariants; it also reports how much of the corpus the
// catalog knows.
func TestCorpus(t *testing.T) {
	dir := "../../../shared/corpus/files"
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Skip("corpus not present")
	}
	c := load(t)
	date := day0(t, testDate)
	var total, known, variables, unparsable, latest, minimal, unsupported int
	unknown, stuck := map[string]int{}, map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		stages := map[string]bool{}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) < 2 || !strings.EqualFold(fields[0], "FROM") {
				continue
			}
			args := fields[1:]
			for len(args) > 0 && strings.HasPrefix(args[0], "--") {
				args = args[1:]
			}
			if len(args) == 0 {
				continue
			}
			word := args[0]
			isStage := stages[strings.ToLower(word)]
			if len(args) >= 3 && strings.EqualFold(args[1], "AS") {
				stages[strings.ToLower(args[2])] = true // named for the FROM lines after this one
			}
			if isStage {
				continue // a build stage, not an image
			}
			if strings.Contains(word, "$") {
				variables++
				continue
			}
			ref, err := ParseRef(word)
			if err != nil {
				unparsable++
				continue
			}
			if ref.IsScratch() {
				continue
			}
			total++
			if _, ok := c.Lookup(ref); !ok {
				unknown[ref.Name]++
				continue
			}
			known++
			st, _ := c.Status(ref, date)
			if st.Unsupported() {
				unsupported++
				if _, ok := c.Bump(ref, date, Minimal); !ok {
					stuck[ref.Name+":"+ref.TagOrLatest()]++
				}
			}
			for _, policy := range []Policy{LatestLTS, Minimal} {
				p, ok := c.Bump(ref, date, policy)
				if !ok {
					continue
				}
				if policy == LatestLTS {
					latest++
				} else {
					minimal++
				}
				checkPlan(t, c, ref.Raw, p, date, policy)
			}
		}
	}
	t.Logf("corpus: %d external FROM images (+%d with variables, %d unparsable); %d known to the catalog (%.0f%%), %d out of support on %s; plans: %d LatestLTS, %d Minimal",
		total, variables, unparsable, known, 100*float64(known)/float64(max(total, 1)), unsupported, testDate, latest, minimal)
	nStuck := 0
	for _, n := range stuck {
		nStuck += n
	}
	t.Logf("out of support with no plan: %d (%d distinct): %v", nStuck, len(stuck), stuck)
	type kv struct {
		k string
		v int
	}
	var top []kv
	for k, v := range unknown {
		top = append(top, kv{k, v})
	}
	slices.SortFunc(top, func(a, b kv) int { return b.v - a.v })
	if len(top) > 15 {
		top = top[:15]
	}
	t.Logf("most frequent unknown images: %v", top)
}

// TestBumpOnlineTagsKeepPrecision: tags merged from a registry listing have
// no groups; a major-precision tag must still bump to a major-precision tag.
func TestBumpOnlineTagsKeepPrecision(t *testing.T) {
	cat, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cat = cat.WithTags("node", []string{"14-alpine", "14.21.3-alpine", "26-alpine", "26.7-alpine", "26.7.0-alpine"})
	ref, _ := ParseRef("node:14-alpine")
	p, ok := cat.Bump(ref, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), LatestLTS)
	if !ok || p.Ref != "node:26-alpine" {
		t.Errorf("Bump = %q, %v; want node:26-alpine", p.Ref, ok)
	}
}
