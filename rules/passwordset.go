package rules

import (
	"slices"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// PasswordInImage flags a RUN that sets or removes an account's password:
// chpasswd, passwd --stdin or -d, useradd/usermod -p. The password's hash
// stays in the image's /etc/shadow, where whoever pulls the image can read
// it and try to crack it, and every container of the image shares it; an
// empty password lets the account log in with none. There is no fix: the
// credential belongs at run time (a secret, the entrypoint), or the
// account locked (passwd -l).
var PasswordInImage = &lint.Rule{
	ID: "DF511", Name: "password-in-image",
	Aliases:  []string{"CKV2_DOCKER_17"},
	Title:    "Do not set passwords while building the image",
	Severity: lint.Warning,
	Fix:      lint.FixNone,
	Check:    checkPasswordInImage,
}

func checkPasswordInImage(p *lint.Pass) {
	f := p.File
	for _, in := range f.Instructions {
		if !in.IsRun() || !f.Ships(in) || !in.MayCall(f, "chpasswd", "passwd", "useradd", "usermod") {
			continue
		}
		for _, prog := range in.Programs(f) {
			what := passwordChange(prog.Name, prog.Args())
			if what == "" || randomPassword(f.Text(f.FullLineRange(f.Position(prog.Range.Start).Line))) {
				continue
			}
			msg := prog.Name + " " + what
			if strings.HasPrefix(what, "removes") {
				msg += ": the account then logs in with none; lock it instead (passwd -l)"
			} else {
				msg += " at build time: its hash stays in the image's /etc/shadow, where whoever pulls the image can read it, " +
					"and every container shares it; set it at run time (a secret, the entrypoint), or lock the account"
			}
			p.Report(lint.Diagnostic{Range: prog.Range, Message: msg})
		}
	}
}

// randomPassword reports a line that makes the password up at random
// (echo "root:$(openssl rand -base64 12)" | chpasswd, in nextcloud's
// all-in-one images): no one knows it, so it locks the account, and its
// hash gives nothing away.
func randomPassword(line string) bool {
	for _, gen := range []string{"openssl rand", "/dev/urandom", "/dev/random", "pwgen", "uuidgen", "mkpasswd -R"} {
		if strings.Contains(line, gen) {
			return true
		}
	}
	return false
}

// passwordChange says what a command does to a password ("sets a
// password", "removes the password"); "" when it changes none.
func passwordChange(name string, args []string) string {
	switch name {
	case "chpasswd":
		if slices.Contains(args, "-h") || slices.Contains(args, "--help") {
			return ""
		}
		return "sets a password"
	case "passwd":
		switch {
		case slices.Contains(args, "--stdin"):
			return "sets a password"
		case slices.Contains(args, "-d") || slices.Contains(args, "--delete"):
			return "removes the password"
		}
	case "useradd", "usermod":
		for i, a := range args {
			var value string
			switch {
			case (a == "-p" || a == "--password") && i+1 < len(args):
				value = args[i+1]
			case strings.HasPrefix(a, "--password="):
				value = strings.TrimPrefix(a, "--password=")
			default:
				continue
			}
			switch value = strings.Trim(value, `"'`); {
			case value == "":
				return "removes the password"
			case strings.HasPrefix(value, "!") || value == "*" || value == "x":
				return "" // a locked account
			}
			return "sets a password"
		}
	}
	return ""
}
