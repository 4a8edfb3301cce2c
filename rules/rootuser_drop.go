package rules

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// DF201's evidence that a container starts as root on purpose and drops
// privileges itself: the program it runs (or the entrypoint script, read
// from the build context) calls gosu, su-exec and the like, or is a
// process supervisor; the base image's own entrypoint does it; or the
// final stage chain installs or fetches such a tool.

// maxScriptSize bounds an entrypoint script read from the build context.
const maxScriptSize = 1 << 20

// maxScripts bounds the scripts read for one Dockerfile: the entrypoint
// and the scripts it runs in turn.
const maxScripts = 8

// needsRootNote marks evidence that the program needs root itself, rather
// than dropping it: the message says so.
const needsRootNote = ", which needs root"

// privilegeDrop is what dropsPrivileges found.
type privilegeDrop struct {
	// why is the evidence that the container drops privileges itself, for
	// the message; "" when there is none.
	why string
	// unread names a script the container runs that the Dockerfile copies
	// from the build context but that could not be read (no context, as on
	// stdin, or a file missing from it): it may drop privileges itself.
	unread string
}

// dropsPrivileges looks for evidence that the final stage chain's
// container starts as root and drops privileges itself.
func dropsPrivileges(p *lint.Pass, chain []*lint.Stage) privilegeDrop {
	ep, cmd := entrypointAndCmd(chain)
	r := &scriptReader{p: p, final: chain[len(chain)-1], files: lint.NewImageFiles(p.File, p.Context())}
	r.files.MaxSize = maxScriptSize
	if why, ok := r.program(ep, cmd); ok {
		return privilegeDrop{why: why}
	}
	if base := chain[0]; ep == nil && base.ImageResolved && p.Env != nil && p.Env.Images != nil {
		if how, ok := p.Env.Images.DropsPrivileges(base.ImageExpanded); ok {
			return privilegeDrop{why: base.ImageExpanded + ", whose entrypoint is kept: " + how}
		}
	}
	if why, ok := installsDropTool(p.File, chain); ok {
		return privilegeDrop{why: why}
	}
	if why, ok := bootableImage(p.File, chain); ok {
		return privilegeDrop{why: why}
	}
	if ep == nil {
		if why, ok := addsS6Services(p, chain); ok {
			return privilegeDrop{why: why}
		}
	}
	return privilegeDrop{unread: r.unread}
}

// entrypointAndCmd returns the ENTRYPOINT and CMD of the stage chain's
// image. As in BuildKit, an ENTRYPOINT drops the CMD of the stages before
// its own (a CMD earlier in its stage stays).
func entrypointAndCmd(chain []*lint.Stage) (ep, cmd *lint.Instruction) {
	for _, s := range chain {
		for _, in := range s.Instructions {
			switch in.Keyword {
			case "ENTRYPOINT":
				ep = in
				if cmd != nil && cmd.Stage != s {
					cmd = nil
				}
			case "CMD":
				cmd = in
			}
		}
	}
	return ep, cmd
}

// callDrops reports whether a simple command runs another as some user,
// or is a process supervisor or init that starts as root by design, and
// says what it does: "calls gosu".
func callDrops(call *syntax.CallExpr) (string, bool) {
	c := lint.CommandOf(call)
	if c.Sudo >= 0 && lint.ParseSudo(call.Args, c.Sudo).User != "" {
		return "calls sudo -u", true
	}
	if c.Name == "" && c.At < len(call.Args) {
		c.Name = lookedUp(call.Args[c.At]) // exec $(which squid) -NYCd 1
	}
	if c.Name == "" {
		return "", false
	}
	if word, _ := lint.LitWord(call.Args[c.At]); strings.HasPrefix(word, "/etc/init.d/") {
		return "starts a service with " + word, true
	}
	has := func(prefixes ...string) bool {
		for _, w := range call.Args[c.At+1:] {
			// The option's name is literal even when its value is not:
			// capsh --user="${DNSMASQ_USER}".
			s := lint.LitPrefix(w)
			for _, p := range prefixes {
				if strings.HasPrefix(s, p) {
					return true
				}
			}
		}
		return false
	}
	switch c.Name {
	case "gosu", "su-exec", "setpriv", "runuser", "s6-setuidgid", "s6-applyuidgid", "setuidgid", "su":
		return "calls " + c.Name, true
	case "chroot":
		if has("--userspec") {
			return "calls chroot --userspec", true
		}
	case "capsh":
		if has("--user") {
			return "calls capsh --user", true
		}
	case "start-stop-daemon":
		if has("-c", "--chuid") {
			return "calls start-stop-daemon --chuid", true
		}
	case "chpst":
		if has("-u", "-U") {
			return "calls chpst -u", true
		}
	case "rspamd", "memcached", "chronyd", "ntpd", "slapd":
		if has("-u", "--user") {
			return "runs " + c.Name + " -u, which switches to that user itself", true
		}
	case "dnsmasq":
		if has("-u", "--user") {
			return "runs dnsmasq --user, which switches to that user itself", true
		}
		// Started as root, it binds port 53 and switches to nobody.
		return "runs dnsmasq, which switches to nobody itself", true
	case "openvpn":
		if has("--user") {
			return "runs openvpn --user, which switches to that user itself", true
		}
		return "runs openvpn" + needsRootNote + " to set up its tunnel", true
	case "wg-quick", "tailscaled":
		return "runs " + c.Name + needsRootNote + " to set up its tunnel", true
	case "pdns_server", "pdns_recursor":
		if has("--setuid") {
			return "runs " + c.Name + " --setuid, which switches to that user itself", true
		}
	case "supervisord", "s6-svscan", "runsvdir", "my_init", "systemd":
		return "runs " + c.Name, true
	case "nginx", "openresty", "httpd", "apache2", "apache2ctl", "apachectl", "apache2-foreground", "httpd-foreground",
		"lighttpd", "sshd", "cron", "crond", "postfix", "exim", "exim4", "dovecot", "vsftpd", "proftpd", "pure-ftpd",
		"smbd", "squid", "named", "mysqld", "mysqld_safe", "unbound", "cupsd", "xinetd", "dockerd", "containerd", "mosquitto":
		// Servers that start as root by design: they bind their port,
		// then run their workers, sessions or jobs as another user.
		return "runs " + c.Name + ", which starts as root by design", true
	case "service":
		return "starts a service with service", true
	case "init":
		switch word, _ := lint.LitWord(call.Args[c.At]); word {
		case "/init":
			return "runs s6-overlay's /init", true
		case "/sbin/init", "/usr/sbin/init":
			return "runs " + word, true
		}
	}
	return "", false
}

// isInitPath reports the paths of a system init: systemd's, or the
// /sbin/init that points to it.
func isInitPath(p string) bool {
	switch p {
	case "/sbin/init", "/usr/sbin/init", "/lib/systemd/systemd", "/usr/lib/systemd/systemd":
		return true
	}
	return false
}

// setArgs returns the words after `set --`, when the first is literal.
func setArgs(args []*syntax.Word) ([]*syntax.Word, bool) {
	for i, w := range args {
		if s, ok := lint.LitWord(w); ok && s == "--" {
			if i+1 < len(args) {
				_, lit := lint.LitWord(args[i+1])
				return args[i+1:], lit
			}
			return nil, false
		}
	}
	return nil, false
}

// scriptReader finds and reads the scripts a container runs.
type scriptReader struct {
	p      *lint.Pass
	files  *lint.ImageFiles
	final  *lint.Stage     // whose image the container runs
	read   int             // scripts read so far
	seen   map[string]bool // in-image paths tried
	unread string          // the first script copied from the build context that could not be read
}

// program looks at what the container runs: the exec form's program
// (after an init such as tini), a shell form's or sh -c's commands, and
// the scripts they run, read from the build context.
func (r *scriptReader) program(ep, cmd *lint.Instruction) (string, bool) {
	var argv []string
	for _, in := range []*lint.Instruction{ep, cmd} {
		if in == nil {
			continue
		}
		if !in.JSON {
			if why, ok := r.shellForm(in); ok {
				return why, true
			}
			if in == ep {
				break // a shell-form ENTRYPOINT ignores CMD
			}
			continue
		}
		for _, a := range in.Args() {
			argv = append(argv, a.Text)
		}
		if in == ep {
			// CMD adds arguments to an exec-form ENTRYPOINT.
			continue
		}
	}
	if len(argv) == 0 {
		return "", false
	}
	label := "CMD"
	if ep != nil {
		label = "ENTRYPOINT"
	}
	argv = lint.SkipInit(argv)
	if len(argv) == 0 {
		return "", false
	}
	if why, ok := callDrops(literalCall(argv)); ok {
		return label + " " + why, true
	}
	for _, a := range argv[1:] {
		// An entrypoint that sets up and then execs an init it is given
		// (kind's node image: ENTRYPOINT ["/usr/local/bin/entrypoint",
		// "/sbin/init"]): systemd runs the services, as root.
		if !isInitPath(a) {
			continue
		}
		if why, ok := callDrops(literalCall([]string{a})); ok {
			return label + " " + why, true
		}
	}
	var cmdArgv []string
	if ep != nil && ep.JSON && cmd != nil && cmd.JSON && len(cmd.Args()) > 0 {
		// The entrypoint most often ends in exec "$@": CMD's program runs.
		for _, a := range cmd.Args() {
			cmdArgv = append(cmdArgv, a.Text)
		}
		if why, ok := callDrops(literalCall(cmdArgv)); ok {
			return "CMD " + why, true
		}
	}
	if lint.IsShell(argv[0]) || isInterpreter(argv[0]) {
		for i := 1; i < len(argv); i++ {
			switch a := argv[i]; {
			case a == "-c" && i+1 < len(argv) && lint.IsShell(argv[0]):
				if file, err := parseScript(argv[i+1]); err == nil {
					if why, ok := r.calls(lint.CallsIn(file), label+"'s sh -c"); ok {
						return why, true
					}
				}
				return "", false
			case strings.HasPrefix(a, "-"):
			default:
				// python3 /app/server.py: the script is the program itself
				// unless its name says it is an entrypoint.
				return r.script(asPath(a), lint.IsShell(argv[0]))
			}
		}
		return "", false
	}
	if why, ok := r.script(argv[0], true); ok || len(cmdArgv) == 0 {
		return why, ok
	}
	// The entrypoint script execs "$@": CMD's script is read too.
	return r.script(cmdArgv[0], true)
}

// shellForm looks at a shell-form ENTRYPOINT or CMD.
func (r *scriptReader) shellForm(in *lint.Instruction) (string, bool) {
	sc := in.Shell(r.p.File)
	if sc == nil {
		return "", false
	}
	return r.calls(sc.Calls(), in.Keyword)
}

// calls looks at the commands of a script: one that drops privileges,
// else a script one of them runs.
func (r *scriptReader) calls(calls []*syntax.CallExpr, label string) (string, bool) {
	var progs []string
	for _, call := range calls {
		if why, ok := callDrops(call); ok {
			return label + " " + why, true
		}
		c := lint.CommandOf(call)
		if c.Name == "" {
			continue
		}
		if c.Name == "set" {
			// set -- dockerd "$@", then exec "$@": the entrypoint idiom
			// of the official images; the program is what set names.
			if rest, ok := setArgs(call.Args[c.At+1:]); ok {
				if why, ok := callDrops(&syntax.CallExpr{Args: rest}); ok {
					return label + " " + why, true
				}
			}
			continue
		}
		if lint.IsShell(c.Name) {
			// sh /docker-entrypoint.sh: the script is the first operand.
			for _, w := range call.Args[c.At+1:] {
				if s, ok := lint.LitWord(w); ok && !strings.HasPrefix(s, "-") {
					progs = append(progs, asPath(s))
					break
				}
			}
			continue
		}
		word, _ := lint.LitWord(call.Args[c.At])
		progs = append(progs, word)
	}
	for _, prog := range progs {
		if why, ok := r.script(prog, true); ok {
			return why, true
		}
	}
	return "", false
}

// script reads the script the container runs as prog (an in-image path
// or a bare name), when the Dockerfile copies it from the build context,
// and looks in it. program is false for a file an interpreter runs.
func (r *scriptReader) script(prog string, program bool) (string, bool) {
	src, name, ok := r.find(prog, program)
	if !ok || bytes.IndexByte(src[:min(len(src), 8<<10)], 0) >= 0 {
		return "", false // not found, or a binary
	}
	first, _, _ := strings.Cut(string(src), "\n")
	if !strings.HasPrefix(first, "#!") || lint.ShebangIsShell(first) {
		if file, err := parseScript(string(src)); err == nil {
			return r.calls(lint.CallsIn(file), name)
		}
	}
	// Not a shell script, or one the parser refuses: a text search for the
	// tools' names, which says so.
	if m := dropToolText.Find(src); m != nil {
		return name + " mentions " + strings.TrimSuffix(string(m), "(") + " (read as text)", true
	}
	return "", false
}

// dropToolText finds the names of the privilege-dropping tools in a file
// that is not a shell script, and the calls a program makes to drop them
// itself: os.setuid( in Python, process.setuid( in Node, a drop_privs
// helper. su is left out: as text it is everywhere.
var dropToolText = regexp.MustCompile(`\b(gosu|su-exec|setpriv|runuser|s6-setuidgid|supervisord|chpst|capsh|start-stop-daemon --chuid)\b|\b(?:[Ss]etuid|setresuid)\(|\bdrop_priv\w*`)

// find reads the file the image has at prog, when the stage chain copies
// it from the build context (lint.ImageFiles). A file the chain copies but
// that cannot be read is noted in r.unread when it is a script: by its
// name, or, for a program, because it comes with a directory of the build
// context (hack/dind from COPY . .), where a program's binary rarely is.
func (r *scriptReader) find(prog string, program bool) (src []byte, name string, ok bool) {
	if prog == "" || r.read >= maxScripts {
		return nil, "", false
	}
	file, ok := r.files.Find(r.final, prog)
	if !ok || r.seen[file.Path] {
		return nil, "", false
	}
	if r.seen == nil {
		r.seen = map[string]bool{}
	}
	r.seen[file.Path] = true
	name = path.Base(file.Path)
	switch {
	case file.Read:
		r.read++
		return file.Src, name, true
	case file.Copied && r.unread == "" && (scriptLike(name) || (program && file.ViaDir)):
		r.unread = name
	}
	return nil, "", false
}

// scriptLike reports whether a file's name says it is a script that
// prepares the container and starts its program (where privileges are
// dropped), rather than the program itself: a shell script, or a name
// such as docker-entrypoint, start or run. server.js and app.py are the
// program.
func scriptLike(name string) bool {
	name = strings.ToLower(name)
	switch ext := path.Ext(name); ext {
	case ".sh", ".bash", ".ash", ".ksh", ".zsh":
		return true
	case "":
	default:
		return strings.Contains(name, "entrypoint")
	}
	for _, w := range []string{"entrypoint", "start", "run", "init", "boot", "launch", "wrapper", "docker-"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// asPath makes a script operand a path: sh entrypoint.sh reads it from
// the working directory, where a program name would be looked up in PATH.
func asPath(operand string) string {
	if strings.Contains(operand, "/") {
		return operand
	}
	return "./" + operand
}

// isInterpreter reports whether a program runs a script it is given
// (python3 /app/entrypoint.py).
func isInterpreter(prog string) bool {
	base := path.Base(prog)
	for _, p := range []string{"python", "node", "perl", "ruby", "php"} {
		if strings.HasPrefix(base, p) {
			return true
		}
	}
	return false
}

// literalCall makes a shell call of literal words, for an exec form.
func literalCall(argv []string) *syntax.CallExpr {
	call := &syntax.CallExpr{}
	for _, a := range argv {
		call.Args = append(call.Args, &syntax.Word{Parts: []syntax.WordPart{&syntax.SglQuoted{Value: a}}})
	}
	return call
}

func parseScript(src string) (*syntax.File, error) {
	return syntax.NewParser(syntax.Variant(syntax.LangBash)).Parse(strings.NewReader(src), "")
}

// dropPackage reports a package that installs a privilege-dropping tool
// or a process supervisor.
func dropPackage(name string) bool {
	switch name {
	case "gosu", "su-exec", "supervisor", "s6", "s6-overlay", "runit":
		return true
	}
	return false
}

// netAdminPackage reports a package whose tool changes the kernel's packet
// filter or routing: an image that installs one in its final stage sets up
// the network at run time (tailscale, kube-proxy, linkerd's proxy, docker
// in docker), which needs root.
func netAdminPackage(name string) bool {
	switch name {
	case "iptables", "ip6tables", "nftables", "ipset", "ipvsadm", "ebtables":
		return true
	}
	return false
}

// bootableImage reports a bootable container image (bootc, OSTree): an
// operating system whose systemd starts as root and runs each service as
// its own user. Its evidence: the base image's name (fedora-bootc,
// centos-bootc, fedora-ostree-desktops), or a RUN that runs bootc,
// rpm-ostree or ostree container commit.
func bootableImage(f *lint.File, chain []*lint.Stage) (string, bool) {
	if base := chain[0]; base.ImageResolved && bootableName(base.ImageExpanded) {
		return base.ImageExpanded + ", a bootable OS image whose systemd starts as root", true
	}
	for _, s := range chain {
		for _, in := range s.Instructions {
			if !in.IsRun() || !in.MayCall(f, "bootc", "ostree") {
				continue
			}
			for _, prog := range in.Programs(f) {
				if prog.Name == "bootc" || prog.Name == "rpm-ostree" || prog.Name == "ostree" {
					return fmt.Sprintf("RUN on line %d runs %s: a bootable OS image, whose systemd starts as root", in.StartLine, prog.Name), true
				}
			}
		}
	}
	return "", false
}

// bootableName reports an image name with bootc or ostree as a word of
// its path (fedora-bootc, centos-bootc/centos-bootc,
// fedora-ostree-desktops/silverblue), not within one (bootcamp).
func bootableName(image string) bool {
	name, _, _ := strings.Cut(image, "@")
	if i := strings.LastIndexByte(name, ':'); i > strings.LastIndexByte(name, '/') {
		name = name[:i]
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == '/' || r == '-' || r == '.' || r == '_' }) {
		if w == "bootc" || w == "ostree" {
			return true
		}
	}
	return false
}

// lookedUp is the program a word runs through a PATH lookup:
// $(which squid), "$(command -v squid)", `which squid`; "" for any other
// word.
func lookedUp(w *syntax.Word) string {
	if len(w.Parts) != 1 {
		return ""
	}
	part := w.Parts[0]
	if dq, ok := part.(*syntax.DblQuoted); ok && len(dq.Parts) == 1 {
		part = dq.Parts[0]
	}
	cs, ok := part.(*syntax.CmdSubst)
	if !ok || len(cs.Stmts) != 1 {
		return ""
	}
	call, ok := cs.Stmts[0].Cmd.(*syntax.CallExpr)
	if !ok {
		return ""
	}
	var words []string
	for _, a := range call.Args {
		s, ok := lint.LitWord(a)
		if !ok {
			return ""
		}
		words = append(words, s)
	}
	switch {
	case len(words) == 2 && words[0] == "which":
		return path.Base(words[1])
	case len(words) == 3 && words[0] == "command" && words[1] == "-v":
		return path.Base(words[2])
	}
	return ""
}

// installsDropTool finds a RUN in the stage chain that installs, calls
// or downloads gosu, su-exec, supervisor, s6-overlay or runit, or that
// installs iptables or another tool that needs root (netAdminPackage), an ADD
// that downloads one, or a COPY that takes gosu or su-exec from another
// image or stage.
func installsDropTool(f *lint.File, chain []*lint.Stage) (string, bool) {
	tools := []string{"gosu", "su-exec", "s6-overlay"}
	mentions := func(s string) string {
		for _, t := range tools {
			if strings.Contains(s, t) {
				return t
			}
		}
		return ""
	}
	where := func(in *lint.Instruction) string {
		return in.Keyword + " on line " + strconv.Itoa(in.StartLine)
	}
	for _, s := range chain {
		for _, in := range s.Instructions {
			switch in.Keyword {
			case "RUN":
				if !in.MayCall(f, "gosu", "su-exec", "supervisor", "s6", "runit", "tables", "ipset", "ipvsadm") {
					continue
				}
				sc := in.Shell(f)
				if sc == nil {
					continue
				}
				script := sc.Text() // once: it copies the whole script
				for _, call := range sc.Calls() {
					c := lint.CommandOf(call)
					switch {
					case c.Name == "gosu" || c.Name == "su-exec":
						return where(in) + " calls " + c.Name, true
					case isInstaller(c.Name):
						if pkg, ok := installsPackage(sc, call.Args[c.At+1:], dropPackage); ok {
							return where(in) + " installs " + pkg, true
						}
						if pkg, ok := installsPackage(sc, call.Args[c.At+1:], netAdminPackage); ok {
							return where(in) + " installs " + pkg + needsRootNote + " to change the network's rules", true
						}
					}
					for _, w := range call.Args {
						// The word as written, from the script's text: printing
						// each word would cost more than the whole check.
						if text := script[w.Pos().Offset():w.End().Offset()]; strings.Contains(text, "://") {
							if t := mentions(text); t != "" {
								return where(in) + " downloads " + t, true
							}
						}
					}
				}
			case "ADD", "COPY":
				cp, ok := in.Copy()
				if !ok {
					continue
				}
				if t := mentions(cp.From); t != "" {
					return where(in) + " copies from " + cp.From, true
				}
				for _, src := range cp.Sources {
					if t := mentions(src.Text); t != "" && (strings.Contains(src.Text, "://") || path.Base(src.Text) == t) {
						if strings.Contains(src.Text, "://") {
							return where(in) + " downloads " + t, true
						}
						return where(in) + " copies " + t, true
					}
				}
			}
		}
	}
	return "", false
}

// s6ServiceDir returns the directory of s6-overlay's (v2 or v3) that an
// in-image path lies in: where its /init finds the services and init
// scripts it starts as root, dropping to each one's user itself.
func s6ServiceDir(inImage string) (string, bool) {
	for _, dir := range s6ServiceDirs {
		if strings.HasPrefix(inImage, dir) {
			return dir[:len(dir)-1], true
		}
	}
	return "", false
}

// s6ServiceDirs are the in-image directories s6ServiceDir knows.
var s6ServiceDirs = []string{"/etc/services.d/", "/etc/cont-init.d/", "/etc/cont-finish.d/", "/etc/s6-overlay/s6-rc.d/"}

// addsS6Services reports a COPY that puts services into s6-overlay's
// directories, to a destination there or from a context directory that
// holds them (COPY root/ /, with root/etc/services.d/app/run): the base
// image's entrypoint, kept, is then s6-overlay's /init.
func addsS6Services(p *lint.Pass, chain []*lint.Stage) (string, bool) {
	var services []string // context files that may be s6 services
	listed := false
	for _, s := range chain {
		for _, in := range s.Instructions {
			cp, ok := in.Copy()
			if !ok || cp.From != "" {
				continue
			}
			dest := strings.Trim(cp.Dest.Text, `"'`)
			if !strings.HasPrefix(dest, "/") {
				continue // relative to a WORKDIR: not where s6 looks
			}
			dest = path.Clean(dest)
			where := in.Keyword + " on line " + strconv.Itoa(in.StartLine) + " adds files to s6-overlay's "
			if dir, ok := s6ServiceDir(dest + "/"); ok {
				return where + dir, true
			}
			if !listed {
				services, listed = s6ServiceFiles(p), true
			}
			for _, src := range cp.Sources {
				prefix := path.Clean(strings.Trim(src.Text, `"'`)) + "/"
				if prefix == "./" {
					prefix = ""
				}
				for _, name := range services {
					if rest, ok := strings.CutPrefix(name, prefix); ok {
						if dir, ok := s6ServiceDir(path.Join(dest, rest)); ok {
							return where + dir, true
						}
					}
				}
			}
		}
	}
	return "", false
}

// s6ServiceFiles lists the build context's files under a directory named
// as one of s6-overlay's, once per listing.
func s6ServiceFiles(p *lint.Pass) []string {
	listing := lint.ListContext(p.File, p.Env)
	if listing == nil {
		return nil
	}
	return listing.View("rules.s6ServiceFiles", func(names []string) any {
		var out []string
		for _, n := range names {
			for _, dir := range s6ServiceDirs {
				if strings.Contains(n, dir[1:]) {
					out = append(out, n)
					break
				}
			}
		}
		return out
	}).([]string)
}

// isInstaller reports a package manager.
func isInstaller(name string) bool {
	switch name {
	case "apt-get", "apt", "aptitude", "apk", "yum", "dnf", "microdnf", "tdnf", "zypper", "pip", "pip3":
		return true
	}
	return false
}

// installsPackage returns the package a package manager's arguments
// install for which match holds: after an install (or apk's add)
// subcommand, a word naming one, with a version pin or not (gosu=1.17-1,
// supervisor==4.2.5).
func installsPackage(sc *lint.Script, args []*syntax.Word, match func(string) bool) (string, bool) {
	installing := false
	for _, w := range args {
		words := []string{}
		if s, ok := lint.LitWord(w); ok {
			words = append(words, s)
		} else if name, quoted := lint.SoleParam(w.Parts); name != "" && !quoted && installing {
			// apt-get install $runDeps, the list set earlier in the script.
			words = append(words, assignedFields(sc, name)...)
		}
		for _, s := range words {
			switch s {
			case "install", "add", "in":
				installing = true
				continue
			}
			if !installing || strings.HasPrefix(s, "-") {
				continue
			}
			if i := strings.IndexAny(s, "=<>@~"); i > 0 {
				s = s[:i]
			}
			if match(s) {
				return s, true
			}
		}
	}
	return "", false
}

// assignedFields splits the literal values the script assigns to name
// into fields.
func assignedFields(sc *lint.Script, name string) []string {
	var out []string
	for _, a := range sc.Assignments() {
		if a.Name != name || a.Assign == nil || a.Assign.Value == nil {
			continue
		}
		if v, ok := lint.LitWord(a.Assign.Value); ok {
			out = append(out, strings.Fields(v)...)
		}
	}
	return out
}
