package lint

import (
	"path"
	"slices"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// Command is the program a simple command runs, seen through the wrappers
// that run another command: exec, command, nohup, xargs (and its options),
// env (and its NAME=value words), sudo (and its options), and nice,
// ionice, setsid, stdbuf and timeout (and theirs).
type Command struct {
	// Name is the base name of the program word ("useradd" for
	// /usr/sbin/useradd); "" when the program is not a literal word, or
	// there is none.
	Name string
	At   int // index of the program word in the call's Args; len(Args) when there is none
	Sudo int // index of the sudo word, or -1
}

// CommandOf finds the program call runs. A wrapper's options (other than
// sudo's and xargs') end the search, as does a word that is not literal:
// Name is "".
func CommandOf(call *syntax.CallExpr) Command {
	c := Command{Sudo: -1, At: len(call.Args)}
	for i := 0; i < len(call.Args); {
		s, ok := LitWord(call.Args[i])
		if !ok {
			c.At = i
			return c
		}
		switch name := path.Base(s); name {
		case "exec", "command", "nohup":
			i++
		case "nice", "ionice", "setsid", "stdbuf", "timeout":
			next, ok := skipRunnerOptions(name, call.Args, i+1)
			if !ok {
				c.At = next
				return c
			}
			i = next
		case "xargs":
			i = skipXargsOptions(call.Args, i+1)
		case "env":
			i++
			for i < len(call.Args) {
				a, ok := LitWord(call.Args[i])
				if !ok || !strings.Contains(a, "=") || strings.HasPrefix(a, "-") {
					break
				}
				i++
			}
		case "sudo":
			if c.Sudo >= 0 {
				c.Name, c.At = name, i // sudo running sudo
				return c
			}
			c.Sudo = i
			i = ParseSudo(call.Args, i).Cmd
		default:
			c.At = i
			if !strings.HasPrefix(s, "-") {
				c.Name = name
			}
			return c
		}
	}
	return c
}

// runnerSpec is the options of a wrapper that runs a command with another
// priority, session, buffering or time limit: the short ones that take a
// value (-n 10, -n10), the long ones that do (--signal KILL,
// --signal=KILL), those that mean there is no command to run (ionice -p),
// and how many operands come before the command (timeout's duration).
type runnerSpec struct {
	shortValue, shortNone string
	longValue             []string
	operands              int
}

func runnerOptions(wrapper string) runnerSpec {
	switch wrapper {
	case "nice":
		return runnerSpec{shortValue: "n", longValue: []string{"--adjustment"}}
	case "ionice":
		return runnerSpec{shortValue: "cn", shortNone: "pPu", longValue: []string{"--class", "--classdata"}}
	case "stdbuf":
		return runnerSpec{shortValue: "ioe", longValue: []string{"--input", "--output", "--error"}}
	case "timeout":
		return runnerSpec{shortValue: "ks", longValue: []string{"--kill-after", "--signal"}, operands: 1}
	}
	return runnerSpec{} // setsid: flags only
}

// skipRunnerOptions returns the index of the command word after a runner
// wrapper's options and operands from args[i:]; ok is false, with the
// index of the word that stopped it, when a word is not literal or says
// the wrapper runs no command.
func skipRunnerOptions(wrapper string, args []*syntax.Word, i int) (next int, ok bool) {
	spec := runnerOptions(wrapper)
	operands := spec.operands
	for i < len(args) {
		s, lit := LitWord(args[i])
		switch {
		case !lit:
			return i, false
		case s == "--":
			i++
			continue
		case strings.HasPrefix(s, "--"):
			name, _, hasValue := strings.Cut(s, "=")
			if !hasValue && slices.Contains(spec.longValue, name) {
				i++
			}
		case len(s) > 1 && s[0] == '-' && (s[1] < '0' || s[1] > '9'):
			for k := 1; k < len(s); k++ {
				if strings.IndexByte(spec.shortNone, s[k]) >= 0 {
					return i, false
				}
				if strings.IndexByte(spec.shortValue, s[k]) >= 0 {
					if k == len(s)-1 {
						i++ // -n 10: the value is the next word
					}
					break
				}
			}
		case len(s) > 1 && s[0] == '-':
			// nice -10: an adjustment, no value.
		case operands > 0:
			operands--
		default:
			return i, true
		}
		i++
	}
	return i, false
}

// skipXargsOptions returns the index of the first word after xargs'
// options (-r, -0, -n 1, -I{}, --max-procs=4 …) from args[i:]; a word that
// is not literal stops it.
func skipXargsOptions(args []*syntax.Word, i int) int {
	for i < len(args) {
		// -I{} is an option though {} makes the word more than a literal.
		s, ok := LitWord(args[i])
		if lit, isLit := args[i].Parts[0].(*syntax.Lit); !ok && isLit && len(args[i].Parts) == 1 {
			s, ok = lit.Value, true
		}
		switch {
		case !ok || !strings.HasPrefix(s, "-") || s == "-":
			return i
		case s == "--":
			return i + 1
		case strings.HasPrefix(s, "--"):
			switch s {
			case "--arg-file", "--delimiter", "--max-args", "--max-procs", "--max-chars", "--process-slot-var":
				i++ // the value is the next word
			}
		default:
			for k := 1; k < len(s); k++ {
				if strings.IndexByte("adEILnPs", s[k]) >= 0 {
					if k == len(s)-1 {
						i++ // -n 1: the value is the next word
					}
					break
				}
			}
		}
		i++
	}
	return i
}

// SudoCall is what ParseSudo understood of a sudo invocation.
type SudoCall struct {
	CmdStart  int    // index of the first word after sudo's options (an assignment or the command)
	Cmd       int    // index of the command word; len(args) when there is none
	Removable bool   // sudo and its options change nothing when the caller is already root
	User      string // -u value naming a user other than root, as written
	// KeepsEnv: -E or --preserve-env with no list keeps the caller's
	// environment, which sudo otherwise resets.
	KeepsEnv bool
}

// ParseSudo reads sudo's options from args[at+1:]. Options that keep the
// command's behaviour as root (-E, -H, -n, -P, -k, -u root, -g root…) are
// removable; the ones that change it (-i, -s, -S, -b, -D…) or do not run a
// command (-l, -v, -e, -K, -V) are not.
func ParseSudo(args []*syntax.Word, at int) SudoCall {
	c := SudoCall{Removable: true}
	i := at + 1
	next := func() (string, bool) {
		i++
		if i >= len(args) {
			return "", false
		}
		return LitWord(args[i])
	}
	checkUser := func(v string, ok bool) {
		switch v = strings.TrimPrefix(v, "#"); {
		case !ok && i < len(args):
			c.Removable = false
			c.User = WordSource(args[i])
		case !ok:
			c.Removable = false
		case v != "root" && v != "0":
			c.Removable = false
			c.User = v
		}
	}
	checkGroup := func(v string, ok bool) {
		if v = strings.TrimPrefix(v, "#"); !ok || (v != "root" && v != "0") {
			c.Removable = false
		}
	}
options:
	for ; i < len(args); i++ {
		s, ok := LitWord(args[i])
		if !ok {
			// An option with a variable in it (--user=$U, -u"$U") is
			// read as one word; anything else starts the command.
			if lit, isLit := args[i].Parts[0].(*syntax.Lit); isLit && strings.HasPrefix(lit.Value, "-") {
				c.Removable = false
				if v := lit.Value; strings.HasPrefix(v, "--user=") || (!strings.HasPrefix(v, "--") && strings.HasSuffix(v, "u")) {
					c.User = strings.TrimPrefix(WordSource(args[i]), v)
				}
				continue
			}
			break
		}
		if !strings.HasPrefix(s, "-") || s == "-" {
			break
		}
		if s == "--" {
			i++
			break
		}
		if strings.HasPrefix(s, "--") {
			name, val, hasVal := strings.Cut(s[2:], "=")
			value := func() (string, bool) {
				if hasVal {
					return val, !strings.ContainsAny(val, "$`\"'\\")
				}
				return next()
			}
			switch name {
			case "preserve-env":
				c.KeepsEnv = c.KeepsEnv || !hasVal
			case "set-home", "non-interactive", "preserve-groups", "askpass", "bell", "reset-timestamp":
			case "user":
				checkUser(value())
			case "group":
				checkGroup(value())
			case "close-from", "prompt":
				value()
			case "chdir", "chroot", "role", "type", "other-user", "command-timeout", "host":
				value()
				c.Removable = false
			default:
				c.Removable = false
			}
			continue
		}
		for j := 1; j < len(s); j++ {
			rest := s[j+1:]
			value := func() (string, bool) {
				if rest != "" {
					return rest, true
				}
				return next()
			}
			switch s[j] {
			case 'E':
				c.KeepsEnv = true
			case 'H', 'n', 'P', 'A', 'B', 'k':
			case 'u':
				checkUser(value())
				continue options
			case 'g':
				checkGroup(value())
				continue options
			case 'C', 'p':
				value()
				continue options
			case 'D', 'R', 'r', 't', 'U', 'T', 'h':
				if s[j] != 'h' || rest != "" {
					value()
				}
				c.Removable = false
				continue options
			default: // -i -s -S -b -l -v -e -K -V and unknown ones
				c.Removable = false
			}
		}
	}
	c.CmdStart = i
	// sudo VAR=value cmd sets the variable for cmd, as the shell does.
	for i < len(args) {
		s, ok := LitWord(args[i])
		if !ok || !strings.Contains(s, "=") || strings.HasPrefix(s, "=") {
			break
		}
		i++
	}
	c.Cmd = i
	if c.Cmd >= len(args) {
		c.Removable = false
	}
	return c
}

// WordSource prints a shell word as written.
func WordSource(w *syntax.Word) string { return nodeSource(w) }

// nodeSource prints a shell node as the shell reads it.
func nodeSource(n syntax.Node) string {
	var b strings.Builder
	if err := syntax.NewPrinter().Print(&b, n); err != nil {
		return "…"
	}
	return b.String()
}

// SkipInit drops an init that runs the real program (tini, dumb-init,
// catatonit) and its options from an exec-form argv: what remains is the
// program the container runs, or nothing when the init runs the CMD.
func SkipInit(argv []string) []string {
	for len(argv) > 0 {
		switch path.Base(argv[0]) {
		case "tini", "tini-static", "dumb-init", "catatonit", "docker-init":
		default:
			return argv
		}
		argv = argv[1:]
		for len(argv) > 0 && strings.HasPrefix(argv[0], "-") {
			opt := argv[0]
			argv = argv[1:]
			if opt == "--" {
				break
			}
			switch opt {
			case "-p", "-e", "-r", "--rewrite":
				if len(argv) > 0 {
					argv = argv[1:]
				}
			}
		}
	}
	return argv
}

// Program is a program a RUN runs: a simple command of its shell script,
// or the program of its exec form.
type Program struct {
	Name  string // base name as CommandOf finds it; "" when not a literal word
	Range Range  // the program word
	// Script and Call are the shell command, and At the index of the
	// program word in Call.Args; nil in the exec form.
	Script *Script
	Call   *syntax.CallExpr
	At     int
	exec   []Word // the exec form's words after the program
}

// Programs returns the programs in runs, in order: those of the shell-form
// script (Script.Commands), or the first word of the exec form. It is nil
// when in runs no command, its script does not parse, or its shell is no
// Bourne shell (RunsBourneShell). A script's programs are found once for all
// the rules that ask: the slice is shared and must not be modified.
func (in *Instruction) Programs(f *File) []Program {
	if !in.IsRun() {
		return nil
	}
	if in.JSON {
		args := in.Args()
		if len(args) == 0 {
			return nil
		}
		return []Program{{Name: path.Base(args[0].Text), Range: args[0].Range, exec: args[1:]}}
	}
	if !f.RunsBourneShell(in) {
		return nil
	}
	sc := in.Shell(f)
	if sc == nil {
		return nil
	}
	if sc.programs == nil {
		calls, cmds := sc.Calls(), sc.Commands()
		sc.programs = make([]Program, 0, len(calls))
		for i, c := range cmds {
			if c.At < len(calls[i].Args) {
				sc.programs = append(sc.programs, Program{Name: c.Name, Range: sc.Range(calls[i].Args[c.At]), Script: sc, Call: calls[i], At: c.At})
			}
		}
	}
	return sc.programs
}

// Args returns the words after the program: a literal word's value, any
// other word as written ("$URL", "${DIR}/x").
func (p Program) Args() []string {
	if p.Call == nil {
		out := make([]string, len(p.exec))
		for i, w := range p.exec {
			out[i] = w.Text
		}
		return out
	}
	words := p.Call.Args[p.At+1:]
	out := make([]string, len(words))
	for i, w := range words {
		if s, ok := LitWord(w); ok {
			out[i] = s
		} else {
			out[i] = p.Script.wordText(w)
		}
	}
	return out
}
