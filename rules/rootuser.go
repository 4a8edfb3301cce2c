package rules

import (
	"fmt"
	"path"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// RootUser flags a final stage whose container runs as root. It reports
// at info, without a fix, when the container evidently starts as root on
// purpose and drops privileges itself (gosu, su-exec, s6, supervisord, a
// server such as nginx, or a base image whose entrypoint does); a dev
// container follows its devcontainer.json; else it switches to the user
// the Dockerfile points at (an earlier USER, a user it creates, the owner
// of its COPY --chown, one the base image ships), or creates a new system
// user. Every fix is unsafe: what the program needs root for at run time
// (the Docker socket, a device) is not in the Dockerfile, and a switch
// that stops one image from starting is worse than none. The message says
// how strong the evidence for the user is (docs/DF201.md).
var RootUser = &lint.Rule{
	ID: "DF201", Name: "root-user",
	Aliases:  []string{"DL3002", "DS-0002", "CKV_DOCKER_3", "CKV_DOCKER_8"},
	Title:    "The container runs as root",
	Severity: lint.Warning,
	Fix:      lint.FixUnsafe,
	Check:    checkRootUser,
}

// Fixed IDs for a created user: ≥ 10000 keeps clear of system and
// distro-created users; 65532 is distroless's nonroot.
const (
	createdUID    = "10001"
	distrolessUID = "65532"
)

func checkRootUser(p *lint.Pass) {
	f := p.File
	final := f.FinalStage()
	if final == nil {
		return
	}
	chain := final.Chain()
	base := chain[0]
	u := p.StageUser(final)
	var lastRoot *lint.Instruction // the USER root that makes it root, if any
	if u.Set != nil {
		if !u.Known || !u.Root {
			return
		}
		lastRoot = u.Set
	} else if u.Known && !u.Root {
		return
	}
	if lastRoot == nil && isFilePackage(chain) {
		return
	}
	at := final.From.Range
	if lastRoot != nil {
		at = lastRoot.Range
	}

	if buildsGitHubAction(p) {
		// GitHub runs a Docker action as root, and a USER would cut it
		// off from GITHUB_WORKSPACE: not this rule's to judge.
		return
	}
	if dev, ok := devContainerOf(p); ok {
		// A dev container runs as the user its devcontainer.json names,
		// whatever the image does as root.
		if dev.user != "" && isRootName(dev.user) {
			p.Report(lint.Diagnostic{Range: at, Message: fmt.Sprintf(
				"the dev container runs as root: %s sets %s to %s (set a non-root user there)", dev.file, dev.key, dev.user)})
		}
		return
	}
	windows := p.Distro(chain[len(chain)-1]) == "windows"
	if name, ok := buildEnvironment(chain); ok {
		who := "root"
		if windows {
			who = "an administrator"
		}
		p.Report(lint.Diagnostic{Range: at, Severity: lint.Info, Message: "the image is a build environment (its final stage is named " + name +
			" and it has no CMD or ENTRYPOINT): its steps install tools as " + who + ", and whoever runs it picks the user (docker run --user); no USER fix offered"})
		return
	}
	if base := chain[0]; base.ImageResolved && lambdaImage(base.ImageExpanded) {
		p.Report(lint.Diagnostic{Range: at, Severity: lint.Info, Message: "the image is an AWS Lambda function (" + base.ImageExpanded +
			"): Lambda runs it as a non-root user of its own, whatever the image's USER; no USER fix offered"})
		return
	}
	if line, ok := osBaseImage(chain); ok {
		p.Report(lint.Diagnostic{Range: at, Severity: lint.Info, Message: fmt.Sprintf("the image is an OS base image (a root filesystem "+
			"added to scratch on line %d, with a shell or nothing as its command): the images built on it install packages as root "+
			"and pick their own user; no USER fix offered", line)})
		return
	}
	drop := dropsPrivileges(p, chain)
	if drop.why != "" {
		how := "starts as root and drops privileges itself"
		if strings.Contains(drop.why, needsRootNote) {
			how = "starts as root on purpose"
		}
		p.Report(lint.Diagnostic{Range: at, Severity: lint.Info, Message: "the container " + how + " (" + drop.why + "); no USER fix offered"})
		return
	}

	var d lint.Diagnostic
	if lastRoot != nil {
		d = lint.Diagnostic{Range: at, Message: "the container runs as root: the last USER is " + resolvedUser(u)}
	} else {
		why := "the base image's default user is unknown, and most run as root"
		switch {
		case base.IsScratch():
			why = "a scratch image runs as UID 0"
		case u.Known:
			why = fmt.Sprintf("%s runs as %s by default", base.ImageExpanded, u.Value)
		}
		who := "root"
		if windows {
			who, why = "an administrator", "Windows images run as ContainerAdministrator unless told otherwise; ContainerUser is the unprivileged account"
		}
		d = lint.Diagnostic{Range: at, Message: "the container runs as " + who + ": no USER in the final stage (" + why + ")"}
	}
	fx, note, ok := rootUserFix(p, chain, lastRoot, switchDoubts(p.File, chain, drop))
	d.Message += note
	if ok {
		d.Fixes = []lint.Fix{fx}
	}
	p.Report(d)
}

// buildEnvironment reports whether the image is a toolchain or builder
// image rather than a service: no CMD or ENTRYPOINT, and a final stage
// named for building ("builder", "build-env", "go-build"). Such images
// (cross-rs's toolchains, zabbix-build-base) run build steps as root by
// design, and their users pass --user or copy from them.
func buildEnvironment(chain []*lint.Stage) (string, bool) {
	if ep, cmd := entrypointAndCmd(chain); ep != nil || cmd != nil {
		return "", false
	}
	name := chain[len(chain)-1].Name
	for word := range strings.FieldsFuncSeq(strings.ToLower(name), func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		switch word {
		case "build", "builder", "buildenv", "toolchain":
			return name, true
		}
	}
	return "", false
}

// lambdaImage reports AWS Lambda's base images (public.ecr.aws/lambda/…,
// and their Docker Hub copies amazon/aws-lambda-…), whose functions Lambda
// runs as a least-privileged user of its own (sbx_user…).
func lambdaImage(ref string) bool {
	ref = strings.ToLower(strings.TrimPrefix(ref, "docker.io/"))
	return strings.HasPrefix(ref, "public.ecr.aws/lambda/") || strings.HasPrefix(ref, "amazon/aws-lambda-")
}

// osBaseImage reports an operating system's base image, as busybox's,
// Alpine's and the distributions' own Dockerfiles build it: a root
// filesystem archive added to / of scratch, no ENTRYPOINT, and a shell (or
// nothing) as the CMD. Its users are the images built on it, which need
// root to install packages: a USER there would break them. line is the
// ADD's.
func osBaseImage(chain []*lint.Stage) (line int, ok bool) {
	if !chain[0].IsScratch() {
		return 0, false
	}
	ep, cmd := entrypointAndCmd(chain)
	if ep != nil || cmd != nil && !runsShellOnly(cmd) {
		return 0, false
	}
	for _, s := range chain {
		for _, in := range s.InstructionsOf("ADD") {
			cp, ok := in.Copy()
			if !ok || cp.From != "" || path.Clean(cp.Dest.Text) != "/" {
				continue
			}
			for _, src := range cp.Sources {
				if lint.IsArchiveName(src.Text) && !strings.Contains(src.Text, "://") {
					return in.StartLine, true
				}
			}
		}
	}
	return 0, false
}

// runsShellOnly reports a CMD that is a shell and nothing else: CMD
// ["sh"], CMD ["/bin/bash"], CMD /bin/sh.
func runsShellOnly(cmd *lint.Instruction) bool {
	args := cmd.Args()
	if !cmd.JSON {
		args = nil
		for _, w := range strings.Fields(cmd.ArgText()) {
			args = append(args, lint.Word{Text: w})
		}
	}
	return len(args) == 1 && lint.IsShell(args[0].Text)
}

// resolvedUser is a USER value as a build resolves it, with the
// variables it read: `0:0 (USER $UID:$GID with UID=0, GID=0)`.
func resolvedUser(u lint.User) string {
	s := u.Value
	if len(u.Reads) > 0 {
		s = fmt.Sprintf("%s (USER %s with %s)", u.Value, u.Set.ArgText(), strings.Join(u.Reads, ", "))
	}
	if u.Root && !isRootName(u.Name) {
		s += ", which the file creates with UID 0"
	}
	return s
}

// isRootName reports whether a user (or user:group) names root.
func isRootName(user string) bool {
	name, _, _ := strings.Cut(user, ":")
	return name == "root" || lint.IsRootUID(name)
}

// needsRoot reports whether an instruction may need root at build time.
func needsRoot(in *lint.Instruction) bool {
	return in.Is("RUN", "COPY", "ADD")
}

// switchDoubts are the reasons a switch to any user may break the image,
// which make the fix unsafe.
func switchDoubts(f *lint.File, chain []*lint.Stage, drop privilegeDrop) []string {
	var doubts []string
	if drop.unread != "" {
		doubts = append(doubts, "it runs "+drop.unread+", which was not read from the build context: it may drop privileges itself")
	}
	if ep, cmd := entrypointAndCmd(chain); ep == nil && cmd == nil {
		doubts = append(doubts, "no CMD or ENTRYPOINT: a base image, whose children's build steps would run as that user")
	}
	if port := lowExposedPort(f, chain); port != "" {
		doubts = append(doubts, "EXPOSE "+port+": a non-root user may not bind a port below 1024")
	}
	return doubts
}

// rootUserFix picks the fix, always unsafe: the one user the Dockerfile
// points at, its message naming the strongest doubt (the user is shaky:
// created under a condition, not created by the file at all; or a doubt
// stands); one of several, preferring the owner of COPY --chown; or a new
// user. note is appended to the finding's message: the candidates, or why
// there is no fix.
func rootUserFix(p *lint.Pass, chain []*lint.Stage, lastRoot *lint.Instruction, doubts []string) (fx lint.Fix, note string, ok bool) {
	final := chain[len(chain)-1]
	// Privileged steps after the switch to root stay root: the new USER goes
	// after the last of them, and after the USER root itself.
	privileged := false
	for _, in := range final.Instructions {
		if needsRoot(in) && (lastRoot == nil || in.Index > lastRoot.Index) {
			privileged = true
		}
	}
	after := -1
	if lastRoot != nil && lastRoot.Stage == final {
		after = lastRoot.Index
	}
	insert := func(msg string, lines []string) lint.Fix {
		return insertBeforeRuntime(p.File, final, after, msg, lines)
	}
	// Nothing after USER root needs root to build: the file asks for root
	// at run time, maybe on purpose.
	rootAtRunTime := lastRoot != nil && lastRoot.Stage == final && !privileged
	switchTo := func(user, why string) lint.Fix {
		if rootAtRunTime {
			return lint.Replace(fmt.Sprintf("Replace USER %s with USER %s (%s)", lastRoot.ArgText(), user, why),
				lastRoot.ArgsRange, user, false)
		}
		return insert(fmt.Sprintf("Switch to USER %s (%s)", user, why), []string{"USER " + user})
	}

	cs := findCandidates(p, chain, lastRoot)
	if cs.skipped != nil {
		c := cs.skipped
		return lint.Fix{}, fmt.Sprintf("; %s is created on line %d only if %s, which the default build skips: no fix offered",
			c.name, c.line, c.cond), false
	}
	usable := 0
	for _, c := range cs.list {
		if c.write != "" {
			usable++
		}
	}
	switch {
	case len(cs.list) == 1 && usable == 1:
		c := cs.list[0]
		why := c.why()
		switch {
		case c.unsafeWhy != "":
			why += "; unsafe: " + c.unsafeWhy
		case len(doubts) > 0:
			why += "; unsafe: " + strings.Join(doubts, "; ")
		case rootAtRunTime:
			why += "; unsafe: nothing after USER " + lastRoot.ArgText() + " needs root to build, so the file may want it at run time"
		default:
			// Even the user the file prepares may not be enough: the
			// woodpecker agent creates one and chowns its config, yet needs
			// root for the Docker socket.
			why += "; unsafe: what its program opens at run time, such as a socket, a device or a root-owned path, is not in the Dockerfile"
		}
		return switchTo(c.write, why), "", true
	case len(cs.list) > 1 && usable > 0:
		c := cs.preferred()
		var names []string
		for _, o := range cs.list {
			names = append(names, o.describe())
		}
		fx := switchTo(c.write, c.why()+"; one of several candidates")
		return fx, "; the file points at several users: " + strings.Join(names, ", "), true
	case len(cs.list) > 0:
		var names []string
		for _, o := range cs.list {
			names = append(names, o.describe())
		}
		return lint.Fix{}, "; the file points at " + strings.Join(names, ", ") + ", which the build arguments set: no fix offered", false
	}

	// A new user, in the idiom of the distro (unsafe: file ownership and
	// the program's needs are unknown).
	distro := p.Distro(chain[len(chain)-1])
	var lines []string
	const newUserDoubt = "unsafe: a new user owns none of the image's files, so what the program writes or needs root for may fail"
	msg := "Create user app (UID " + createdUID + ") and switch to it (" + newUserDoubt + ")"
	switch distro {
	case "windows":
		return lint.Fix{}, "", false
	case "scratch", "distroless":
		lines = []string{"USER " + distrolessUID + ":" + distrolessUID}
		msg = "Switch to UID " + distrolessUID + " (no user is created: a scratch or distroless image may have no shell to run useradd; " + newUserDoubt + ")"
	case "alpine":
		lines = []string{
			"RUN addgroup -S -g " + createdUID + " app && adduser -S -D -H -u " + createdUID + " -G app app",
			"USER " + createdUID + ":" + createdUID,
		}
	case "debian", "ubuntu", "rhel", "arch": // shadow's tools are in their base images
		lines = []string{
			"RUN groupadd --system --gid " + createdUID + " app && useradd --system --no-log-init --uid " + createdUID + " --gid " + createdUID + " --no-create-home app",
			"USER " + createdUID + ":" + createdUID,
		}
	case "suse":
		// openSUSE's images may leave shadow out: Dockerfiles often
		// zypper install it before useradd.
		lines = []string{"USER " + createdUID + ":" + createdUID}
		msg = "Switch to UID " + createdUID + " (the base image may have no useradd; " + newUserDoubt + ")"
	default:
		lines = []string{"USER " + createdUID + ":" + createdUID}
		msg = "Switch to UID " + createdUID + " (the base image's distro is unknown; " + newUserDoubt + ")"
	}
	return insert(msg, lines), "", true
}

// lowExposedPort returns the first port below 1024 the stage chain
// exposes, as written: a server that binds it needs root (or a runtime
// that lowers net.ipv4.ip_unprivileged_port_start, which not all do).
func lowExposedPort(f *lint.File, chain []*lint.Stage) string {
	for _, s := range chain {
		for _, in := range s.InstructionsOf("EXPOSE") {
			for _, port := range f.ExposedPorts(in) {
				if low, _, ok := lint.PortNumbers(port.ContainerPort); ok && low > 0 && low < 1024 {
					return port.Text
				}
			}
		}
	}
	return ""
}

// insertBeforeRuntime inserts lines before the first CMD, ENTRYPOINT or
// HEALTHCHECK that follows the stage's last privileged step (and the
// instruction with index after), or after the stage's last instruction,
// with that instruction's indentation and the file's line ending. The fix
// is unsafe, as every DF201 fix is.
func insertBeforeRuntime(f *lint.File, st *lint.Stage, after int, msg string, lines []string) lint.Fix {
	lastPriv := -1
	for i, in := range st.Instructions {
		if i == 0 || needsRoot(in) || in.Index == after {
			lastPriv = i
		}
	}
	var at *lint.Instruction
	for _, in := range st.Instructions[lastPriv+1:] {
		if in.Is("CMD", "ENTRYPOINT", "HEALTHCHECK") {
			at = in
			break
		}
	}
	if at != nil {
		indent := f.Text(lint.Range{Start: at.Lines.Start, End: at.Range.Start})
		text := indent + strings.Join(lines, f.Newline+indent) + f.Newline
		return lint.Fix{Message: msg, Edits: []lint.Edit{{Range: lint.Range{Start: at.Lines.Start, End: at.Lines.Start}, New: text}}}
	}
	last := st.Instructions[len(st.Instructions)-1]
	indent := f.Text(lint.Range{Start: last.Lines.Start, End: last.Range.Start})
	text := indent + strings.Join(lines, f.Newline+indent) + f.Newline
	pos := last.Lines.End
	if pos == len(f.Src) && (pos == 0 || f.Src[pos-1] != '\n') {
		// The file ends without a newline: start a new line, keep none at the end.
		text = f.Newline + strings.TrimSuffix(text, f.Newline)
	}
	return lint.Fix{Message: msg, Edits: []lint.Edit{{Range: lint.Range{Start: pos, End: pos}, New: text}}}
}

// isFilePackage reports a stage chain that only puts files into scratch:
// no program to run, no environment, port or volume for one. It is an
// artifact for `docker build --output` or COPY --from, which no container
// runs.
func isFilePackage(chain []*lint.Stage) bool {
	if !chain[0].IsScratch() {
		return false
	}
	for _, s := range chain {
		for _, in := range s.Instructions {
			switch in.Keyword {
			case "FROM", "COPY", "ADD", "ARG", "LABEL", "MAINTAINER":
			default:
				return false
			}
		}
	}
	return true
}
