package lint

import (
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// PackageInstall is a package manager call that installs or upgrades OS
// packages by name: `apt-get install -y curl`, `apk add --upgrade libssl3`,
// `dnf install openssl`.
type PackageInstall struct {
	Manager string // "apt-get", "apt", "apk", "yum", "dnf", "microdnf", "tdnf", "zypper"
	// Packages are the literal package words as written, version pins
	// included ("openssl=3.0.11-1~deb12u2"); words with expansions, files
	// and URLs are left out.
	Packages []string
	Call     *syntax.CallExpr
}

// packageManager returns the subcommands of a package manager that install
// or upgrade named packages, and its options that take the next word as
// their value (apk's --virtual names a package of its own making).
func packageManager(name string) (verbs, valueOptions []string, ok bool) {
	switch name {
	case "apt-get", "apt", "aptitude":
		return []string{"install"}, []string{"-o", "-t", "-c", "--option", "--target-release", "--default-release", "--config-file"}, true
	case "apk":
		return []string{"add"}, []string{"-X", "--repository", "-t", "--virtual", "-p", "--root", "--arch", "--keys-dir", "--cache-dir", "--repositories-file"}, true
	case "yum", "dnf", "microdnf", "tdnf":
		return []string{"install", "update", "upgrade"}, []string{"-x", "--exclude", "-c", "--config", "--installroot", "--releasever", "-d", "-e"}, true
	case "zypper":
		return []string{"install", "in", "update", "up"}, []string{"-r", "--repo", "--from"}, true
	}
	return nil, nil, false
}

// PackageInstalls returns the script's package manager calls that name
// packages to install or upgrade, in order. A call behind sudo, exec or
// env counts.
func (s *Script) PackageInstalls() []PackageInstall {
	var out []PackageInstall
	for _, call := range s.Calls() {
		args := make([]string, len(call.Args))
		for i, w := range call.Args {
			if v, ok := LitWord(w); ok {
				args[i] = v
			} else {
				args[i] = "$"
			}
		}
		args = skipCommandWrappers(args)
		if len(args) == 0 {
			continue
		}
		manager := args[0][strings.LastIndexByte(args[0], '/')+1:]
		verbs, valueOptions, ok := packageManager(manager)
		if !ok {
			continue
		}
		in := PackageInstall{Manager: manager, Call: call}
		verb := false
		for i := 1; i < len(args); i++ {
			a := args[i]
			switch {
			case strings.HasPrefix(a, "-"):
				if optionTakesValue(a, valueOptions) {
					i++
				}
			case !verb:
				if !contains(verbs, a) {
					i = len(args) // another subcommand: nothing installed
					break
				}
				verb = true
			case a == "$", strings.ContainsAny(a, "/:*"), strings.HasSuffix(a, ".deb"), strings.HasSuffix(a, ".rpm"), strings.HasSuffix(a, ".apk"):
				// an expansion, a file or a URL: not a package name
			default:
				in.Packages = append(in.Packages, a)
			}
		}
		if verb && len(in.Packages) > 0 {
			out = append(out, in)
		}
	}
	return out
}

// skipCommandWrappers drops the commands that run the next word as the
// command: sudo (with its options), exec, command, env and its NAME=value
// words.
func skipCommandWrappers(args []string) []string {
	for len(args) > 0 {
		switch args[0] {
		case "sudo", "exec", "command", "nice", "nohup":
			args = args[1:]
			for len(args) > 0 && strings.HasPrefix(args[0], "-") {
				args = args[1:]
			}
		case "env":
			args = args[1:]
			for len(args) > 0 && (strings.HasPrefix(args[0], "-") || strings.Contains(args[0], "=")) {
				args = args[1:]
			}
		default:
			return args
		}
	}
	return args
}

// optionTakesValue reports whether opt consumes the next word: it is one
// of valueOptions and carries no "=value" of its own.
func optionTakesValue(opt string, valueOptions []string) bool {
	return !strings.Contains(opt, "=") && contains(valueOptions, opt)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
