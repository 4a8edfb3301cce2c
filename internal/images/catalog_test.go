package images

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dockerfix/dockerfix/internal/images/internal/catgen"
)

// dataDir is the shared data snapshot beside the repository.
const dataDir = "../../../shared/data-2026-12"

func day0(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// testDate is the fixed "today" of the table tests.
const testDate = "2026-11-23"

func load(t testing.TB) *Catalog {
	t.Helper()
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func mustRef(t testing.TB, s string) Ref {
	t.Helper()
	r, err := ParseRef(s)
	if err != nil {
		t.Fatalf("ParseRef(%q): %v", s, err)
	}
	return r
}

// TestCatalogFresh regenerates the catalog in memory and fails when the
// committed catalog.txt differs: run `go generate` after changing the data
// or the generator.
func TestCatalogFresh(t *testing.T) {
	if _, err := os.Stat(filepath.Join(dataDir, "eol.json")); err != nil {
		t.Skip("shared data snapshot not present")
	}
	want, err := catgen.Generate(os.DirFS(dataDir))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, []byte(catalogData)) {
		t.Fatal("catalog.txt is stale: run `go generate ./internal/images`")
	}
}

func TestLoad(t *testing.T) {
	c := load(t)
	if got := c.SnapshotDate(); got != "2026-08-22" {
		t.Errorf("SnapshotDate = %q", got)
	}
	if len(c.Sources()) != 3 {
		t.Errorf("Sources = %v", c.Sources())
	}
	// Every product of eol.json with release cycles is reachable through an image.
	products := map[string]bool{}
	for _, im := range c.images {
		for _, p := range im.products {
			products[p.Name] = true
		}
	}
	for name, p := range c.t.products {
		if len(p.Cycles) > 0 && !products[name] {
			t.Errorf("product %s is not reachable from any image", name)
		}
	}
	if len(c.t.products) != 76 {
		t.Errorf("%d products, want the 76 of eol.json", len(c.t.products))
	}
	// Tags-only images (no lifecycle of their own) are present too.
	for _, name := range []string{"busybox", "buildpack-deps", "bash", "clojure", "r-base", "swift", "dart"} {
		im, ok := c.lookupName(name)
		if !ok || len(im.Tags()) == 0 {
			t.Errorf("%s: missing or no tags", name)
		}
	}
	// Tag notes only, with no tag set: known, but with no lifecycle.
	for _, name := range []string{"selenium/standalone-chrome", "cypress/factory", "cypress/included", "mcr.microsoft.com/azurelinux/distroless/minimal"} {
		im, ok := c.lookupName(name)
		if !ok || len(im.Products()) != 0 {
			t.Errorf("%s: missing, or with a lifecycle", name)
		}
	}
	for _, name := range []string{
		"mcr.microsoft.com/dotnet/sdk", "mcr.microsoft.com/dotnet/aspnet", "mcr.microsoft.com/dotnet/runtime",
		"mcr.microsoft.com/dotnet/runtime-deps", "mcr.microsoft.com/windows/servercore",
		"mcr.microsoft.com/windows/nanoserver", "oven/bun", "denoland/deno", "jenkins/jenkins",
		"mcr.microsoft.com/dotnet/framework/runtime", "mcr.microsoft.com/powershell", "mcr.microsoft.com/mssql/server",
		"registry.access.redhat.com/ubi9/ubi", "redhat/ubi10-micro", "gcr.io/distroless/static-debian13",
		"mcr.microsoft.com/devcontainers/base", "mcr.microsoft.com/azurelinux/base/core", "quay.io/jupyter/base-notebook",
	} {
		im, ok := c.lookupName(name)
		if !ok || len(im.Tags()) == 0 || !im.Synthetic() {
			t.Errorf("%s: missing, untagged or not marked synthetic", name)
		}
	}
	if docker, ok := c.lookupName("docker"); !ok || docker.Synthetic() || !docker.HasTag("29-dind") || docker.HasTag("28-dind") {
		t.Error("docker tag set is wrong")
	}
	node, _ := c.lookupName("node")
	if node.Synthetic() || !node.HasTag("24-alpine") || node.HasTag("14-alpine") {
		t.Error("node tag set is wrong")
	}
	if cy, ok := c.Cycle("node", "24"); !ok || !cy.IsLTS(day0(t, testDate)) || cy.Latest != "24.19.0" {
		t.Errorf("node 24 = %+v", cy)
	}
	if cy, ok := c.Cycle("debian", "12"); !ok || !cy.EOL.Passed(day0(t, testDate)) || !cy.ExtendedEnd.Set() {
		t.Errorf("debian 12 = %+v", cy)
	}
	if cy, _ := c.Cycle("haskell", "9.4"); cy == nil || !cy.EOL.Ended || cy.Supported(day0(t, testDate)) {
		t.Errorf("haskell 9.4 (eol: true) = %+v", cy)
	}
	// RHEL's lts column repeats eol: not an LTS start.
	if cy, _ := c.Cycle("rhel", "9"); cy == nil || cy.LTS || cy.LTSFrom != "" || cy.EOL.Date != "2032-05-31" {
		t.Errorf("rhel 9 = %+v", cy)
	}
	if cy, _ := c.Cycle("mssql-server", "16.0"); cy == nil || cy.Label != "2022 'Dallas'" {
		t.Errorf("mssql-server 16.0 = %+v", cy)
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	for _, data := range []string{"", "nope\n", "dockerfix-catalog\t1\nC\t1\n", "dockerfix-catalog\t1\nN\t0\t0\t0\t0\nX\ty\n",
		"dockerfix-catalog\t1\nN\t0\t0\t0\t0\nP\tx\ty\n", "dockerfix-catalog\t1\nN\t1\t0\t0\t0\nP\tx\ty\nC\t1\n", "dockerfix-catalog\t1\nN\tx\t0\t0\t0\n"} {
		if _, err := parse(data); err == nil {
			t.Errorf("parse(%q) succeeded", data)
		}
	}
}

func TestWithTagsDoesNotMutate(t *testing.T) {
	c := load(t)
	nc := c.WithTags("node", []string{"27-alpine", "24-alpine", "bad tag"})
	old, _ := c.lookupName("node")
	im, _ := nc.lookupName("node")
	if old.HasTag("27-alpine") || !im.HasTag("27-alpine") || !im.HasTag("24-alpine") || im.HasTag("bad tag") {
		t.Error("WithTags merged wrongly")
	}
	// A repository the catalog does not know gets a tag set of its own.
	nc = c.WithTags("ghcr.io/acme/app", []string{"1.0", "1.1"})
	if _, ok := c.lookupName("ghcr.io/acme/app"); ok {
		t.Error("original catalog gained an image")
	}
	if im, ok := nc.lookupName("ghcr.io/acme/app"); !ok || len(im.Tags()) != 2 {
		t.Error("new image missing")
	}
}

func TestMirrorLookup(t *testing.T) {
	c := load(t)
	for _, s := range []string{"mcr.microsoft.com/mirror/docker/library/python:3.12", "public.ecr.aws/docker/library/node:24", "docker.io/library/node", "index.docker.io/library/node:24"} {
		if _, ok := c.Lookup(mustRef(t, s)); !ok {
			t.Errorf("Lookup(%s) failed", s)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstStatus is what one pre-commit run pays: load, then the first
// question about one image (which parses that image's tag set).
func BenchmarkFirstStatus(b *testing.B) {
	date := day0(b, testDate)
	ref := mustRef(b, "python:3.9-slim-bullseye")
	b.ReportAllocs()
	for b.Loop() {
		c, _ := Load()
		if _, ok := c.Bump(ref, date, LatestLTS); !ok {
			b.Fatal("no plan")
		}
	}
}

// TestConcurrentUse exercises the lazy per-image parsing from many goroutines
// (run with -race).
func TestConcurrentUse(t *testing.T) {
	c := load(t)
	date := day0(t, testDate)
	refs := []string{"node:14-alpine", "python:3.9-slim-bullseye", "eclipse-temurin:11-jre-focal", "maven:3.8-openjdk-11", "golang:1.19-alpine3.16"}
	done := make(chan bool)
	for i := 0; i < 8; i++ {
		go func(i int) {
			defer func() { done <- true }()
			for _, s := range refs {
				r := mustRef(t, s)
				c.Status(r, date)
				c.Bump(r, date, Policy(i%2))
				c.Distro(r)
			}
		}(i)
	}
	for i := 0; i < 8; i++ {
		<-done
	}
}

// BenchmarkIndexAll parses every image's tag set: the most a process can pay.
func BenchmarkIndexAll(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, _ := Load()
		for _, im := range c.images {
			im.index()
		}
	}
}

// BenchmarkBump is one plan on a warm catalog.
func BenchmarkBump(b *testing.B) {
	c, _ := Load()
	date := day0(b, testDate)
	ref := mustRef(b, "eclipse-temurin:11-jre-focal")
	c.Bump(ref, date, LatestLTS)
	b.ReportAllocs()
	for b.Loop() {
		c.Bump(ref, date, LatestLTS)
	}
}
