package rules

import (
	"fmt"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// RemoteScriptPipedToShell flags a script fetched with curl or wget and run
// as it arrives: piped into a shell or interpreter, or run through a
// command or process substitution. Nothing checks what the server sent.
var RemoteScriptPipedToShell = &lint.Rule{
	ID: "DF501", Name: "remote-script-piped-to-shell",
	Title:    "Do not pipe a script from the network into a shell",
	Severity: lint.Warning,
	Check:    checkPipedScript,
}

func checkPipedScript(p *lint.Pass) {
	f := p.File
	for _, in := range f.Instructions {
		if !in.IsRun() {
			continue
		}
		downloads := in.Downloads(f) // none for most RUNs, known without a parse
		if len(downloads) == 0 || !f.RunsBourneShell(in) {
			continue
		}
		for _, d := range downloads {
			if !d.Stdout {
				continue
			}
			sc := in.Shell(f)
			var runner *syntax.CallExpr
			var how string
			var r lint.Range
			for _, reader := range d.Readers {
				if prog, ok := stdinScriptRunner(reader); ok {
					runner, how = reader, "is piped into "+prog
					r = lint.Range{Start: sc.Range(d.Call).Start, End: sc.Range(reader).End}
					break
				}
			}
			if runner == nil && d.Enclosing != nil {
				if prog, ok := substitutionRunner(d.Enclosing, d.EnclosingArg); ok {
					runner, how = d.Enclosing, "is run by "+prog
					r = sc.Range(d.Enclosing)
				}
			}
			if runner == nil {
				continue
			}
			diag := lint.Diagnostic{
				Range: r,
				Message: fmt.Sprintf("%s %s: a script from the network runs unchecked; download it, verify its checksum or signature, then run it",
					d.Shown(), how),
			}
			if !d.FinalImage {
				diag.Severity = lint.Info
				diag.Message += " (in a build stage nothing of which reaches the final image)"
			}
			p.Report(diag)
		}
	}
}

// stdinScriptRunner reports whether call runs the script on its standard
// input: an interpreter without a script operand, with "-" or /dev/stdin,
// or a shell's -s; not one given its code inline (sh -c, python -c or -m,
// perl -e, node -e), to which the input is data.
func stdinScriptRunner(call *syntax.CallExpr) (string, bool) {
	c := lint.CommandOf(call)
	if !lint.IsInterpreter(c.Name) {
		return "", false
	}
	inline := inlineCodeOptions(c.Name)
	for i := c.At + 1; i < len(call.Args); i++ {
		a, ok := lint.LitWord(call.Args[i])
		switch {
		case !ok:
			return "", false // a script named by a variable
		case a == "-" || a == "/dev/stdin":
			return c.Name, true
		case a == "--":
			return c.Name, i+1 >= len(call.Args) // a word after -- names the script
		case strings.HasPrefix(a, "--"):
			switch a {
			case "--eval", "--print", "--command":
				return "", false
			case "--rcfile", "--init-file":
				i++
			}
		case strings.HasPrefix(a, "-") || strings.HasPrefix(a, "+") && lint.IsShell(c.Name):
			if strings.ContainsAny(a[1:], inline) {
				return "", false
			}
			if lint.IsShell(c.Name) && strings.ContainsRune(a[1:], 's') {
				return c.Name, true
			}
			switch a {
			case "-o", "+o", "-O", "+O", "-W", "-X":
				i++ // takes a value
			}
		default:
			return "", false // a script file: the input is its data
		}
	}
	return c.Name, true
}

// inlineCodeOptions are the short options with which an interpreter takes
// its code from the command line.
func inlineCodeOptions(name string) string {
	switch {
	case lint.IsShell(name) || name == "pwsh":
		return "c"
	case strings.HasPrefix(name, "python"):
		return "cm"
	case name == "perl":
		return "eE"
	case name == "node":
		return "ep"
	case name == "php":
		return "r"
	}
	return "e" // ruby
}

// substitutionRunner reports whether the substitution in word arg of call
// (-1: a redirection) is run as a script: sh -c "$(curl …)", bash <(curl …),
// bash < <(curl …), eval "$(curl …)", source <(curl …).
func substitutionRunner(call *syntax.CallExpr, arg int) (string, bool) {
	c := lint.CommandOf(call)
	switch {
	case arg >= 0 && arg <= c.At:
		return "", false
	case c.Name == "eval":
		return "eval", true
	case c.Name == "source" || c.Name == ".":
		return c.Name, arg == c.At+1
	case !lint.IsInterpreter(c.Name):
		return "", false
	case arg < 0:
		return stdinScriptRunner(call)
	}
	// The word is the script: -c's value, or the first operand.
	prev, _ := lint.LitWord(call.Args[arg-1])
	if strings.HasPrefix(prev, "-") && !strings.HasPrefix(prev, "--") && strings.ContainsAny(prev[1:], "ce") {
		return c.Name + " " + prev, true
	}
	for i := c.At + 1; i < arg; i++ {
		a, ok := lint.LitWord(call.Args[i])
		if !ok || !strings.HasPrefix(a, "-") {
			return "", false // an earlier operand is the script
		}
	}
	return c.Name, true
}
