package rules

import (
	"fmt"
	"path"
	"strconv"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// WorldWritable flags files and directories of the final image made
// writable by every user: chmod 777, chmod -R a+w, mkdir -m 777, COPY
// --chmod=666. Any process in the container, whatever its user, can then
// replace the programs or data there. A numeric mode is fixed to the same
// mode without the group and world write bits (777 → 755, 666 → 644); the
// fix is unsafe, since a user other than the owner may need to write there
// (a volume, a run-time UID). The sticky modes of shared directories
// (1777, as /tmp) are left alone.
var WorldWritable = &lint.Rule{
	ID: "DF507", Name: "world-writable",
	Title:    "Do not make files writable by every user",
	Severity: lint.Warning,
	Fix:      lint.FixUnsafe,
	Check:    checkWorldWritable,
}

const worldWritableReview = "; needs review: a user other than the owner (a run-time UID, a volume) may need to write there"

func checkWorldWritable(p *lint.Pass) {
	f := p.File
	for _, in := range f.Instructions {
		if in.Stage == nil || !f.InFinalImage(in.Stage) {
			continue
		}
		switch in.Keyword {
		case "COPY", "ADD":
			fl, ok := in.Flag("chmod")
			if !ok || !worldWritableMode(fl.Value) {
				continue
			}
			d := lint.Diagnostic{Range: fl.Range, Message: fmt.Sprintf("%s --chmod=%s makes the files writable by every user", in.Keyword, fl.Value)}
			if narrow, ok := narrowMode(fl.Value); ok && f.Text(fl.ValueRange) == fl.Value {
				d.Message += worldWritableReview
				d.Fixes = []lint.Fix{lint.Replace("Use "+narrow, fl.ValueRange, narrow, false)}
			}
			p.Report(d)
		case "RUN":
			if !in.MayCall(f, "chmod") && !(in.MayCall(f, "-m", "--mode") && in.MayCall(f, "mkdir", "install")) ||
				!mayGrantWorldWrite(f.Src[in.Range.Start:in.Range.End]) || !f.RunsBourneShell(in) {
				continue
			}
			sc := in.Shell(f)
			if sc == nil {
				continue
			}
			cmds := sc.Commands()
			for ci, call := range sc.Calls() {
				c := cmds[ci]
				w, mode, ok := modeWord(call, c)
				if !ok || !worldWritableMode(mode) {
					continue
				}
				lit, _ := lint.LitWord(w)
				how := c.Name + " " + lit // chmod 777, mkdir --mode=0777
				if lit == mode && c.Name != "chmod" {
					how = c.Name + " -m " + mode
				}
				targets := modeTargets(call, c, w)
				d := lint.Diagnostic{Range: sc.Range(call), Message: fmt.Sprintf("%s makes %s writable by every user", how, targetsText(targets))}
				// The mode ends its word (--mode=777): fixed where the word
				// is written as it reads.
				r := sc.Range(w)
				r.Start = r.End - len(mode)
				_, numeric := octalMode(mode)
				narrow, ok := narrowMode(mode)
				ok = ok && f.Text(sc.Range(w)) == lit
				switch temps := tempDirs(targets); {
				case len(temps) > 0 && len(temps) == len(targets) && !numeric:
					continue // a+w keeps /tmp's sticky bit
				case len(temps) > 0 && len(temps) == len(targets):
					// A shared temporary directory must stay writable by
					// all: a numeric mode clears its sticky bit.
					d.Message = fmt.Sprintf("%s leaves %s without the sticky bit: any user can delete or replace the files of another there", how, targetsText(targets))
					if sticky, ok2 := stickyMode(mode); ok && ok2 {
						d.Fixes = []lint.Fix{lint.Replace("Use mode "+sticky, r, sticky, false)}
					}
				case len(temps) > 0 && narrow != "":
					d.Message += " (no fix: " + narrow + " would keep other users from writing to " + temps[0] + ", which needs mode 1777)"
				case ok:
					d.Message += worldWritableReview
					d.Fixes = []lint.Fix{lint.Replace("Use mode "+narrow, r, narrow, false)}
				}
				p.Report(d)
			}
		}
	}
}

// modeWord finds the mode a command sets: chmod's mode operand, or the
// value of mkdir's and install's -m / --mode.
func modeWord(call *syntax.CallExpr, c lint.Command) (*syntax.Word, string, bool) {
	switch c.Name {
	case "chmod":
		if mode, at, ok := lint.ChmodMode(lint.LitArgs(call, c.At+1)); ok {
			return call.Args[c.At+1+at], mode, true
		}
	case "mkdir", "install":
		for i := c.At + 1; i < len(call.Args); i++ {
			a, ok := lint.LitWord(call.Args[i])
			if !ok {
				continue
			}
			switch {
			case a == "-m" || a == "--mode":
				if i+1 < len(call.Args) {
					v, ok := lint.LitWord(call.Args[i+1])
					return call.Args[i+1], v, ok
				}
			case strings.HasPrefix(a, "--mode="):
				return call.Args[i], strings.TrimPrefix(a, "--mode="), true // reported; the fix needs the mode's own word
			}
		}
	}
	return nil, "", false
}

// sharedTempDir reports the directories every user writes to, whose
// mode is 1777.
func sharedTempDir(name string) bool {
	switch path.Clean(name) {
	case "/tmp", "/var/tmp", "/dev/shm":
		return true
	}
	return false
}

// tempDirs lists the shared temporary directories among names.
func tempDirs(names []string) []string {
	var out []string
	for _, name := range names {
		if sharedTempDir(name) {
			out = append(out, name)
		}
	}
	return out
}

// targetsText names a command's targets for a message.
func targetsText(names []string) string {
	switch len(names) {
	case 0:
		return "its operands"
	case 1:
		return names[0]
	}
	return names[0] + " and the rest"
}

// modeTargets lists the operands a command's mode applies to.
func modeTargets(call *syntax.CallExpr, c lint.Command, mode *syntax.Word) []string {
	var names []string
	after := false
	for _, w := range call.Args[c.At+1:] {
		if w == mode {
			after = true
			continue
		}
		s := lint.WordKey(w)
		if after && !strings.HasPrefix(s, "-") {
			names = append(names, s)
		}
	}
	return names
}

// mayGrantWorldWrite reports whether text may hold a mode that
// worldWritableMode accepts: an octal number of three or four digits
// whose last gives others w (2, 3, 6, 7), or a w after + or = (a+w,
// o=rwx); a mode a variable holds is never judged. Most RUNs that change
// modes set 755 or +x, and are not parsed for it.
func mayGrantWorldWrite(text []byte) bool {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '+' || c == '=':
			j := i + 1
			for j < len(text) && strings.IndexByte("rwxXst", text[j]) >= 0 {
				if text[j] == 'w' {
					return true
				}
				j++
			}
		case '0' <= c && c <= '7' && (i == 0 || text[i-1] < '0' || text[i-1] > '9'):
			j := i
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				j++
			}
			if n := j - i; n >= 3 && n <= 4 && strings.IndexByte("2367", text[j-1]) >= 0 {
				return true
			}
			i = j - 1
		}
	}
	return false
}

// worldWritableMode reports a mode that gives others the write bit: an
// octal mode whose last digit has it (not a sticky 1777), or a symbolic
// one that adds or sets w for o or a (a+w, o=rwx, ugo+rwx).
func worldWritableMode(mode string) bool {
	if n, ok := octalMode(mode); ok {
		return n&0o002 != 0 && n&0o1000 == 0
	}
	for _, clause := range strings.Split(mode, ",") {
		i := strings.IndexAny(clause, "+=")
		if i < 0 {
			continue
		}
		who, perms := clause[:i], clause[i+1:]
		if strings.ContainsAny(who, "oa") && strings.Contains(perms, "w") && !strings.Contains(perms, "t") {
			return true
		}
	}
	return false
}

// octalMode parses a numeric mode of one to four octal digits.
func octalMode(mode string) (int64, bool) {
	if mode == "" || len(mode) > 4 || strings.Trim(mode, "01234567") != "" {
		return 0, false
	}
	n, err := strconv.ParseInt(mode, 8, 32)
	return n, err == nil
}

// stickyMode is /tmp's mode for a numeric mode that gives every user
// everything: 777 → 1777, 0777 → 1777.
func stickyMode(mode string) (string, bool) {
	n, ok := octalMode(mode)
	if !ok || n&0o777 != 0o777 {
		return "", false
	}
	return strconv.FormatInt(n|0o1000, 8), true
}

// narrowMode is a numeric mode without the group and world write bits,
// written with as many digits: 777 → 755, 0666 → 0644. Symbolic modes get
// none: what they amount to depends on the file's mode before.
func narrowMode(mode string) (string, bool) {
	n, ok := octalMode(mode)
	if !ok {
		return "", false
	}
	s := strconv.FormatInt(n&^0o022, 8)
	for len(s) < len(mode) {
		s = "0" + s
	}
	return s, true
}
