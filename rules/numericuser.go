package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
)

// NonNumericUser notes an image whose user is a name, not a UID (hadolint
// DL3066): Kubernetes' runAsNonRoot cannot tell from a name that the user
// is not root, and refuses to start the container.
var NonNumericUser = &lint.Rule{
	ID: "DF205", Name: "non-numeric-user",
	Aliases:  []string{"DL3066"},
	Title:    "The image's USER is a name, not a UID",
	Severity: lint.Info,
	Fix:      lint.FixSafe,
	Check:    checkNonNumericUser,
}

func checkNonNumericUser(p *lint.Pass) {
	f := p.File
	final := f.FinalStage()
	if final == nil || final.IsWindows() {
		return // Windows users have names only
	}
	u := p.StageUser(final)
	if u.Set == nil || !u.Known || u.Root || len(u.Set.Args()) == 0 {
		return // the base image's user, a variable's, or root: DF201's
	}
	word := u.Set.Args()[0]
	written, _, _ := strings.Cut(word.Text, ":")
	if strings.Contains(written, "$") || lint.IsDecimal(u.Name) || u.Name == "" {
		return // a build argument decides, or already a UID
	}
	d := lint.Diagnostic{Range: u.Set.Range, Message: fmt.Sprintf(
		"USER %s names a user, not a UID: Kubernetes' runAsNonRoot cannot tell it is not root and refuses to start the container; write its UID", u.Name)}
	chain := final.Chain()
	uid, why, ok := uidOfCreated(f, chain, u.Name)
	if !ok {
		uid, why, ok = uidVarOfCreated(f, chain, u.Set, u.Name)
	}
	if !ok {
		uid, why, ok = shippedUID(p, chain[0], u.Name)
		// The distro's UID holds only for the base as written: a build
		// argument in the FROM may move to another (serversideup's php
		// images build on Debian or Alpine, where www-data is 33 or 82),
		// unless it only picks the release of an OS image
		// (debian:${debian_ver}-slim, coturn's).
		if !ok && (!strings.Contains(chain[0].Image.Text, "$") || osImageWithArgTag(chain[0].Image.Text)) {
			uid, why, ok = distroUID(p.Distro(final), u.Name)
		}
		ok = ok && !remapped(f, chain, u.Name)
	}
	if ok {
		d.Message += " (" + uid + ", " + why + ")"
		at := lint.Range{Start: word.Range.Start, End: word.Range.Start + len(written)}
		if f.Text(at) == written {
			d.Fixes = []lint.Fix{lint.Replace(fmt.Sprintf("Write USER %s", uid+strings.TrimPrefix(word.Text, written)), at, uid, true)}
		}
	}
	p.Report(d)
}

// osImageWithArgTag reports a FROM word whose repository is written out
// and is an OS image whose every tag is that OS, the variables being in
// its tag only: debian:${DEBIAN_VERSION}-slim, docker.io/library/alpine:$V.
func osImageWithArgTag(word string) bool {
	name, tag, ok := strings.Cut(word, ":")
	if !ok || strings.Contains(name, "$") || strings.Contains(tag, "/") {
		return false
	}
	name = strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(name), "docker.io/"), "library/")
	return name == "debian" || name == "ubuntu" || name == "alpine"
}

// shippedUID is the UID of the non-root user the base image ships, as
// the catalog knows it, for the images that fix it: node's and gradle's
// official images, Ubuntu's (23.04 on), the Dev Containers base (1000);
// distroless and Chainguard (nonroot, 65532); .NET 8+ (app, 1654);
// nginx-unprivileged (nginx, 101); EMQX (emqx, 1000); Nexus (nexus, 200);
// micromamba (mambauser, 57439).
func shippedUID(p *lint.Pass, base *lint.Stage, user string) (uid, why string, ok bool) {
	if p.Env == nil || p.Env.Images == nil || !base.ImageResolved {
		return "", "", false
	}
	if shipped, ok := p.Env.Images.NonRootUser(base.ImageExpanded); !ok || shipped != user {
		return "", "", false
	}
	ref, err := images.ParseRef(base.ImageExpanded)
	if err != nil {
		return "", "", false
	}
	// The family is what fixes the UID: a build argument may choose the
	// tag (node:${NODE_VERSION}) or a distroless variant, not the family.
	name, raw := ref.Name, strings.ToLower(base.Image.Text)
	literal := func(prefix string) bool { return strings.HasPrefix(raw, prefix) }
	exactly := func(n string) bool {
		return name == n && (raw == n || literal(n+":") || literal(n+"@") || literal("docker.io/library/"+n+":") || literal("docker.io/"+n+":"))
	}
	switch {
	case user == "node" && (exactly("node") || strings.HasPrefix(name, "cypress/") && literal("cypress/")),
		user == "gradle" && exactly("gradle"),
		user == "ubuntu" && exactly("ubuntu"),
		user == "vscode" && literal("mcr.microsoft.com/devcontainers/base:"):
		uid = "1000"
	case user == "nonroot" && (literal("gcr.io/distroless/") || literal("cgr.dev/chainguard/")):
		uid = "65532"
	case user == "app" && literal("mcr.microsoft.com/dotnet/"):
		uid = "1654"
	case user == "nginx" && exactly("nginxinc/nginx-unprivileged"):
		uid = "101"
	case user == "emqx" && exactly("emqx/emqx"):
		uid = "1000" // useradd -u 1000 in its Dockerfile
	case user == "nexus" && exactly("sonatype/nexus3"):
		uid = "200" // useradd --uid 200
	case user == "mambauser" && exactly("mambaorg/micromamba"):
		uid = "57439" // ARG MAMBA_USER_ID=57439
	default:
		return "", "", false
	}
	return uid, "as " + base.ImageExpanded + " ships it", true
}

// distroUID is the UID a distro's base files give a system user: nobody
// is 65534 on Debian, Ubuntu and Alpine; www-data is 33 on Debian and
// Ubuntu, 82 on Alpine.
func distroUID(distro, user string) (uid, why string, ok bool) {
	switch {
	case user == "nobody" && (distro == "debian" || distro == "ubuntu" || distro == "alpine"):
		uid = "65534"
	case user == "www-data" && (distro == "debian" || distro == "ubuntu"):
		uid = "33"
	case user == "www-data" && distro == "alpine":
		uid = "82"
	default:
		return "", "", false
	}
	return uid, "as " + distro + " gives it", true
}

// uidOfCreated is the UID the stage chain creates user with, as a literal
// number, in every build: useradd -u 1001 app, adduser -u 1001 app.
func uidOfCreated(f *lint.File, chain []*lint.Stage, user string) (uid, why string, ok bool) {
	line := 0
	for _, c := range f.CreatedUsers(chain) {
		// A name from a variable, or a creation under a condition, may
		// not be this user in another build.
		if c.Name == user && c.NameParam == "" && c.LiteralUID && c.Creation == lint.CreatedAlways {
			uid, line, ok = c.UID, c.In.StartLine, true // the last creation wins
		}
	}
	if !ok || remapped(f, chain, user) {
		return "", "", false
	}
	return uid, fmt.Sprintf("created on line %d", line), true
}

// uidVarOfCreated is uidOfCreated for a user created with its UID from a
// variable (docker init's ARG UID=10001 … adduser --uid "${UID}" appuser):
// USER ${UID} names the same UID in every build, as long as nothing between
// the creation and the USER sets the variable again. It returns "${UID}".
func uidVarOfCreated(f *lint.File, chain []*lint.Stage, set *lint.Instruction, user string) (ref, why string, ok bool) {
	var c lint.CreatedUser
	for _, x := range f.CreatedUsers(chain) {
		if x.Name == user && x.NameParam == "" && !x.LiteralUID && x.UIDParam != "" && x.UID != "" && x.Creation == lint.CreatedAlways {
			c, ok = x, true // the last creation wins
		}
	}
	if !ok || remapped(f, chain, user) || c.In.Index > set.Index {
		return "", "", false
	}
	if v, seen := f.VarsAt(set).Get(c.UIDParam); !seen || v != c.UID {
		return "", "", false // out of scope at the USER (another stage), or another value
	}
	for _, s := range chain {
		for _, in := range s.Instructions {
			if in.Index <= c.In.Index || in.Index >= set.Index {
				continue
			}
			if in.Keyword == "ARG" && slices.ContainsFunc(in.KeyValues(), func(kv lint.KeyValue) bool { return kv.Key.Text == c.UIDParam }) ||
				in.Keyword == "ENV" && slices.ContainsFunc(in.EnvPairs(), func(kv lint.KeyValue) bool { return kv.Key.Text == c.UIDParam }) {
				return "", "", false
			}
		}
	}
	return "${" + c.UIDParam + "}", fmt.Sprintf("%s by default, the UID line %d creates it with", c.UID, c.In.StartLine), true
}

// remapped reports an instruction of the chain that may give user another
// UID: a RUN of usermod -u "$PUID" app, or one that edits /etc/passwd
// (sed -i 's/^node:x:1000:/node:x:1001:/' /etc/passwd), or a COPY of it.
func remapped(f *lint.File, chain []*lint.Stage, user string) bool {
	for _, s := range chain {
		for _, in := range s.InstructionsOf("RUN", "COPY", "ADD") {
			if in.IsRun() && in.MayCall(f, "usermod") && in.Mentions(user) ||
				in.Mentions("/etc/passwd") && (!in.IsRun() || in.Mentions(user)) {
				return true
			}
		}
	}
	return false
}
