// Package lint is dockerfix's model and driver: a parsed Dockerfile with byte
// ranges (File), rules (Rule, Pass), what they report (Diagnostic, Fix, Edit),
// inline pragmas, configuration, and Run, which ties them together.
package lint

import (
	"fmt"
	"strings"
	"time"
)

// Range is a half-open byte range in File.Src.
type Range struct{ Start, End int }

// Len is the number of bytes in r.
func (r Range) Len() int { return r.End - r.Start }

// Contains reports whether off lies in r.
func (r Range) Contains(off int) bool { return r.Start <= off && off < r.End }

// Overlaps reports whether r and o share a byte; two insertions at the same
// offset also overlap because their order would be ambiguous.
func (r Range) Overlaps(o Range) bool {
	if r.Start == o.Start {
		return true
	}
	return r.Start < o.End && o.Start < r.End
}

// Edit replaces Range of a file with New.
type Edit struct {
	Path  string // "" = the Dockerfile itself; else a file of its build context, slash-separated and relative to the Dockerfile's directory ("../package.json" when the context is above it: Pass.ContextPath)
	Range Range
	New   string
}

// Fix is one way to resolve a diagnostic: a set of edits applied together.
type Fix struct {
	Message string // verb phrase: "Bump node:14-alpine to node:24-alpine"
	Safe    bool   // false: applied only with --unsafe-fixes
	Edits   []Edit
}

// Replace returns a single-edit fix on the Dockerfile itself.
func Replace(message string, r Range, text string, safe bool) Fix {
	return Fix{Message: message, Safe: safe, Edits: []Edit{{Range: r, New: text}}}
}

// Severity orders findings; a higher value is more severe.
type Severity int

const (
	Info Severity = iota + 1
	Warning
	Error
)

var severityNames = [...]string{Info: "info", Warning: "warning", Error: "error"}

func (s Severity) String() string {
	if s >= Info && s <= Error {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// ParseSeverity parses "info", "warning" or "error" (also "warn", "note").
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "info", "note", "style":
		return Info, nil
	case "warning", "warn":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want info, warning or error)", s)
}

// Diagnostic is one finding.
type Diagnostic struct {
	Rule     string   // rule ID, stamped by the driver
	Severity Severity // after config overrides
	Range    Range
	Message  string
	Fixes    []Fix     // alternatives; the fixer applies Fixes[0]
	Related  []Related // other places in the file that explain the finding
}

// Related is another place in the same file that bears on a diagnostic,
// such as the CMD that overrides the reported one.
type Related struct {
	Range   Range
	Message string // what this place is: "overridden by this CMD"
}

// FixKind says which fixes a rule can offer, for `dockerfix rules` and the
// rule docs; the rules package tests it against what the rule emits.
type FixKind int

const (
	FixNone   FixKind = iota
	FixSafe           // every fix is safe: --write applies it
	FixUnsafe         // every fix is unsafe: only --unsafe-fixes applies it
	FixMixed          // safe in some cases, unsafe in others
)

func (k FixKind) String() string {
	switch k {
	case FixSafe:
		return "safe"
	case FixUnsafe:
		return "unsafe"
	case FixMixed:
		return "mixed"
	}
	return "none"
}

// Rule is one check.
type Rule struct {
	ID, Name, Title string // "DF101", "outdated-base-image", one line
	Severity        Severity
	Aliases         []string // hadolint / BuildKit names, honoured in config and ignore pragmas
	Fix             FixKind
	OptIn           bool // off unless enabled in config
	Check           func(*Pass)
}

// DocBaseURL is where rules/docs/<ID>.md are published; a rule's DocURL
// appends "<ID>.md".
const DocBaseURL = "https://github.com/dockerfix/dockerfix/blob/main/rules/docs/"

// DocURL is the address of r's documentation, for machine formats (SARIF's
// helpUri) and the rule table.
func (r *Rule) DocURL() string { return DocBaseURL + r.ID + ".md" }

// Pass is what a rule's Check gets for one file.
type Pass struct {
	File   *File
	Env    *Env
	Report func(Diagnostic)
}

// Env is everything from outside the Dockerfile a rule may use. The CLI fills
// it with real sources, tests with fakes; a nil field means "not available".
type Env struct {
	// Now returns the date that support status is judged against.
	Now func() time.Time
	// Config holds rule options (policies) from .dockerfix.yaml and flags.
	Config *Config
	// Context reads files of the Dockerfile's build context (manifests a
	// Dockerfile copies); nil when unavailable, such as on stdin.
	Context ContextReader
	// Images answers questions about base images; nil when unavailable.
	Images Images
	// OSV answers from OSV vulnerability data; nil when unavailable.
	OSV OSV
	// Packages fetches from language package registries and module
	// proxies; nil when there is none. The CLI's reads file:// URLs (a
	// GOPROXY=file:// mirror) offline too, and others only with --online.
	Packages PackageRegistry
	// Getenv reads the run's environment variables that say where
	// packages come from (GOPROXY, GONOSUMDB, GOFLAGS …); nil reads none.
	Getenv func(key string) string
	// Remote fetches the files ADD names by URL, for fixes that pin their
	// checksum; nil offline.
	Remote RemoteFiles
}

// RemoteFiles fetches files by URL.
type RemoteFiles interface {
	// SHA256 fetches the file at url and returns the SHA-256 of its
	// content, in hex. A file too large to fetch, a failed fetch and an
	// offline run give an error saying so.
	SHA256(url string) (string, error)
}

// Images is what rules may ask about a base image, by its reference as
// written after ARG expansion ("node:20-alpine", "gcr.io/distroless/static").
// The rules package adapts internal/images to it, so lint depends on none.
type Images interface {
	// DefaultUser is the user the image runs as when no USER is given.
	// known is false when the catalog does not know the image.
	DefaultUser(image string) (user string, nonRoot, known bool)
	// NonRootUser is a non-root user the image ships, to switch to.
	NonRootUser(image string) (string, bool)
	// DropsPrivileges says how the image's own entrypoint or server
	// starts as root and drops privileges itself ("its
	// docker-entrypoint.sh switches to postgres with gosu"): a container
	// that keeps that entrypoint must start as root. ok is false when the
	// catalog knows of no such thing.
	DropsPrivileges(image string) (how string, ok bool)
	// Entrypoint is what the catalog knows of the image's ENTRYPOINT, which
	// a shell-form CMD hands /bin/sh -c and the command, the exec form the
	// command's words.
	Entrypoint(image string) Entrypoint
	// Distro is the image's OS family: "debian", "ubuntu", "alpine",
	// "rhel", "distroless", "scratch", "windows", or "" when unknown.
	Distro(image string) string
	// Update proposes a newer reference for a base image that is past end
	// of support on date, or pinned to an old patch of its release line.
	// policy is "latest-lts" (or "") or "minimal". ok is false when the
	// image is unknown or current.
	Update(image string, date time.Time, policy string) (ImageUpdate, bool)
	// Pin is the concrete reference a floating one (no tag, latest, a bare
	// variant such as node:alpine) points to on date: "node:26-alpine".
	Pin(image string, date time.Time) (string, bool)
	// Exists reports whether the catalog's tag set holds the reference's tag.
	Exists(image string) bool
	// Digest resolves a reference to its manifest digest ("sha256:…");
	// ok is false when offline or the registry does not answer.
	Digest(image string) (string, bool)
	// OSRelease is the operating system release the image is built on:
	// {debian 12} for debian:bookworm-slim and node:22-bookworm, {alpine
	// 3.22} for python:3.13-alpine3.22, {rhel 9} for UBI 9. A tag that
	// leaves it floating (node:22-alpine) gives the release it points to
	// in the catalog. ok is false when unknown.
	OSRelease(image string) (OSRelease, bool)
}

// ImageConfig is what rules read of a base image's configuration.
type ImageConfig struct {
	Env        []string // NAME=value, as the image sets them
	WorkingDir string   // "" when the image sets none: the root
	// Entrypoint is the image's ENTRYPOINT, when EntrypointKnown: from the
	// registry, or none for scratch and the plain OS images.
	Entrypoint      []string
	EntrypointKnown bool
	// OS, Architecture and Variant are the image's platform; "" when
	// unknown (the offline answers know no platform).
	OS, Architecture, Variant string
	// Platform is the platform the image was asked for ("linux/arm64"):
	// the FROM's constant --platform, or the build's; "" offline.
	Platform string
}

// Entrypoint is what the catalog knows of an image's ENTRYPOINT.
type Entrypoint struct {
	// Known says the catalog knows it: the image has none, or one that
	// runs a plain command as it is given, or one that Reads.
	Known bool
	// Reads says what the ENTRYPOINT does only when the command's first
	// word is the image's program ("its entrypoint initialises the
	// database and switches to postgres with gosu only when the command is
	// postgres"); "" when it does no such thing.
	Reads string
}

// ImageConfigs is what an Images may also answer: the configuration of an
// image as a build pulls it. It is a separate interface so that fakes of
// Images need not implement it; rules ask through File.BaseConfig.
type ImageConfigs interface {
	// Config returns the configuration of image for platform, "" for the
	// build's own; ok is false when it is unknown.
	Config(image, platform string) (ImageConfig, bool)
}

// OSRelease is an operating system release as the catalog names it.
type OSRelease struct {
	Product string // "debian", "ubuntu", "alpine", "rhel", "rockylinux", "almalinux"
	Release string // "12", "22.04", "3.22", "9"
}

// String is "debian 12".
func (r OSRelease) String() string { return r.Product + " " + r.Release }

// ImageUpdate is a proposed base-image change and the facts behind it.
// Whether the change is safe to apply is the rule's call, not the catalog's.
type ImageUpdate struct {
	Ref string // the new reference, in the spelling of the old one, without digest
	// Reason is what is outdated: "release" (the image's own release
	// line), "base" (only its OS or a runtime it bundles), "deprecated"
	// (the repository), or "patch" (an old patch of a supported line).
	Reason string
	// Message says what is outdated and why, e.g. "Node.js 14 reached end
	// of support on 2023-04-30".
	Message string
	// EOL: the release, its OS or a runtime it bundles is past the end of
	// its free security support (or the image is deprecated).
	EOL bool
	// Extended: nothing has ended, but a release has left regular support
	// and is patched for free until a date (Debian LTS); Message names it.
	Extended bool
	// Changes lists what the new reference changes: the image's release
	// line first, then its OS and runtimes. Empty for a newer patch.
	Changes []ReleaseChange
	// Moved: the new reference is another repository (openjdk →
	// eclipse-temurin), a vendor move.
	Moved bool
	// Note is what the upgrade needs beyond the tag (a data migration).
	Note string
	// Unverified: the target tag comes from documented tag conventions, not
	// a registry listing.
	Unverified bool
}

// ReleaseChange is one release line that a base-image bump moves.
type ReleaseChange struct {
	Kind string // "release" (the image's own), "os" or "runtime"
	// Product is the product moved to ("node", "alpine"); FromProduct the
	// one moved from, when another vendor's ("openjdk"). Both are "" when
	// the data knows neither release: From and To are then the tags' words.
	Product, FromProduct string
	From, To             string // release names ("21", "24"); "" when unknown
	FromCodename         string // the old release's codename, lower case ("bookworm"); "" when none
	// Explicit: the old or the new tag names this release (alpine3.19,
	// bookworm), as opposed to a base the tag leaves floating.
	Explicit bool
	// OS: the release is an operating system's (the OS part of a tag, or
	// the image's own release for debian, alpine, ubuntu …).
	OS bool
}

// String is "node 21 → 24", or "openjdk 11 → eclipse-temurin 11"; with an
// unknown old release "to debian 13", with an unknown new one "windows
// 1909 → another release".
func (c ReleaseChange) String() string {
	product, fromProduct := c.Product, c.Product
	if c.FromProduct != "" {
		fromProduct = c.FromProduct
	}
	named := func(product, release string) string {
		if product == "" {
			return release
		}
		return product + " " + release
	}
	switch {
	case c.From == "" && c.To == "":
		return named(product, "changes")
	case c.From == "" && fromProduct != product:
		return fromProduct + " → " + named(product, c.To)
	case c.From == "":
		return "to " + named(product, c.To)
	case c.To == "":
		return named(fromProduct, c.From) + " → another release"
	case fromProduct != product:
		return named(fromProduct, c.From) + " → " + named(product, c.To)
	}
	return named(product, c.From+" → "+c.To)
}

// ContextReader reads a file of the build context by slash path relative
// to the Dockerfile's directory. The error for a file that does not exist
// wraps fs.ErrNotExist, so that a rule can tell "absent" from "unreadable".
type ContextReader interface {
	ReadFile(path string) ([]byte, error)
}

// Date returns the date of e.Now, or of time.Now when no clock is set.
func (e *Env) Date() time.Time {
	if e != nil && e.Now != nil {
		return e.Now()
	}
	return time.Now()
}
