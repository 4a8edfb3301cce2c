package main

import (
	"fmt"
	"io"
	"regexp"
	"runtime/debug"
	"strings"

	"github.com/dockerfix/dockerfix/internal/images"
)

// printVersion prints what --version shows: dockerfix's version and the
// snapshot dates of the data its base-image catalog was built from.
func printVersion(w io.Writer) error {
	cat, err := images.Load()
	if err != nil {
		return fmt.Errorf("embedded base-image catalog: %v", err)
	}
	_, err = fmt.Fprintln(w, formatVersion(buildVersion(), cat.Sources()))
	return err
}

// stampedVersion is the version a release build stamps into the binary
// with -ldflags "-X main.stampedVersion=v1.2.3" (.goreleaser.yaml, the
// Dockerfile's VERSION argument): a binary built from a checkout, not
// through the module system, has no other way to know its release. The
// linker sets it; nothing writes it at run time.
var stampedVersion string

// buildVersion is this binary's version: the stamped one, else what its
// build information says (moduleVersion).
func buildVersion() string {
	if stampedVersion != "" {
		return stampedVersion
	}
	bi, _ := debug.ReadBuildInfo()
	return moduleVersion(bi)
}

// formatVersion is the --version line: "dockerfix v1.2.3 (catalog:
// endoflife.date 2026-08-22, …)".
func formatVersion(version string, sources []images.Source) string {
	var b strings.Builder
	b.WriteString("dockerfix ")
	b.WriteString(version)
	for i, s := range sources {
		if i == 0 {
			b.WriteString(" (catalog: ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(s.Name + " " + s.Date)
	}
	if len(sources) > 0 {
		b.WriteString(")")
	}
	return b.String()
}

// moduleVersion is the version of a build from its build information (nil
// when it has none): the module's version when it
// is a release (a tag; "+dirty" when built with uncommitted changes); else
// the VCS revision it was built from, "-dirty" added likewise; else the
// pseudo-version `go install …@commit` stamps, which names the commit too;
// else "dev".
func moduleVersion(bi *debug.BuildInfo) string {
	if bi == nil {
		return "dev"
	}
	v := bi.Main.Version
	if v == "(devel)" {
		v = ""
	}
	if v != "" && !pseudoVersionRe.MatchString(v) {
		return v
	}
	var rev string
	dirty := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev != "" {
		rev = rev[:min(len(rev), 12)]
		if dirty {
			rev += "-dirty"
		}
		return rev
	}
	if v != "" {
		return v
	}
	return "dev"
}

// pseudoVersionRe is the Go module pseudo-version syntax (golang.org/x/mod's
// module.IsPseudoVersion): vX.0.0-yyyymmddhhmmss-abcdef123456 and the forms
// after a tag, with an optional build suffix such as +dirty.
var pseudoVersionRe = regexp.MustCompile(`^v[0-9]+\.(0\.0-|[0-9]+\.[0-9]+-([^+]*\.)?0\.)[0-9]{14}-[A-Za-z0-9]+(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$`)
