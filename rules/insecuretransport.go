package rules

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// InsecureTransport flags downloads over plain http:// (or ftp://) that
// nothing verifies, and the switches that turn TLS certificate checks off:
// curl -k, wget --no-check-certificate, pip --trusted-host, npm's
// strict-ssl false, git's http.sslVerify=false and GIT_SSL_NO_VERIFY,
// NODE_TLS_REJECT_UNAUTHORIZED=0 and PYTHONHTTPSVERIFY=0. The fix removes
// the switch; it is unsafe, since a server whose certificate the image
// does not trust then fails the build.
var InsecureTransport = &lint.Rule{
	ID: "DF504", Name: "insecure-transport",
	Aliases: []string{"CKV2_DOCKER_2", "CKV2_DOCKER_3", "CKV2_DOCKER_4", "CKV2_DOCKER_5", "CKV2_DOCKER_6",
		"CKV2_DOCKER_12", "CKV2_DOCKER_13", "CKV2_DOCKER_14", "CKV2_DOCKER_15", "CKV2_DOCKER_16"},
	Title:    "Download over TLS with certificate checks on",
	Severity: lint.Warning,
	Fix:      lint.FixUnsafe,
	Check:    checkInsecureTransport,
}

// tlsVariables are the variables that turn TLS checks off (insecureVariable).
var tlsVariables = []string{"GIT_SSL_NO_VERIFY", "NODE_TLS_REJECT_UNAUTHORIZED", "PYTHONHTTPSVERIFY", "PIP_TRUSTED_HOST", "NPM_CONFIG_STRICT_SSL"}

// tlsSwitchWords are in every RUN that may set a TLS switch other than
// curl's and wget's (which Downloads reads): the rest are not parsed.
var tlsSwitchWords = []string{"trusted-host", "strict-ssl", "sslVerify", "sslverify", "SSLVERIFY",
	"GIT_SSL_NO_VERIFY", "NODE_TLS_REJECT_UNAUTHORIZED", "PYTHONHTTPSVERIFY", "PIP_TRUSTED_HOST", "NPM_CONFIG_STRICT_SSL"}

// tlsReview is what every fix of the rule says about its safety.
const tlsReview = "; needs review: removing it fails the build if the server's certificate is not trusted"

func checkInsecureTransport(p *lint.Pass) {
	f := p.File
	// A URL's scheme, even one a variable hides, is written in the file:
	// most files name no plain one, and their downloads need no look.
	traces := f.TraceDownloads()
	if len(traces) > 0 && !namesPlainURL(f.Src) {
		traces = nil
	}
	for _, t := range traces {
		scheme := t.Scheme()
		if scheme != "http" && scheme != "ftp" || t.Verified() || lint.IsLoopback(t.Host()) {
			continue
		}
		d := lint.Diagnostic{Range: t.URLRange, Message: fmt.Sprintf(
			"%s is downloaded over plain %s://, which anyone on the path can change; use https:// or check its checksum", t.Shown(), scheme)}
		if !t.FinalImage {
			d.Severity = lint.Info
			d.Message += " (in a build stage nothing of which reaches the final image)"
		}
		p.Report(d)
	}
	for _, in := range f.Instructions {
		switch {
		case in.Keyword == "ENV":
			checkInsecureEnv(p, in)
		case in.Keyword == "ARG" && in.Stage != nil:
			// A stage's ARG is in the environment of its RUNs.
			checkInsecureArg(p, in)
		case in.Keyword == "RUN" && (len(in.Downloads(f)) > 0 || in.MayCall(f, tlsSwitchWords...)) && f.RunsBourneShell(in):
			if sc := in.Shell(f); sc != nil {
				checkInsecureRun(p, in, sc)
			}
		}
	}
}

// namesPlainURL reports whether src holds an http:// or ftp:// URL, in
// any case.
func namesPlainURL(src []byte) bool {
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte("://"))
		if j < 0 {
			return false
		}
		j += i
		if j >= 4 && bytes.EqualFold(src[j-4:j], []byte("http")) || j >= 3 && bytes.EqualFold(src[j-3:j], []byte("ftp")) {
			return true
		}
		i = j + 3
	}
}

// insecureVariable says whether setting name to value turns certificate
// checks off, and what for.
func insecureVariable(name, value string) (string, bool) {
	switch strings.ToUpper(name) {
	case "GIT_SSL_NO_VERIFY":
		return "git", true // any value, even empty or "false", turns them off
	case "NODE_TLS_REJECT_UNAUTHORIZED":
		return "Node.js", value == "0"
	case "PYTHONHTTPSVERIFY":
		return "Python's urllib", value == "0"
	case "PIP_TRUSTED_HOST":
		return "pip", value != ""
	case "NPM_CONFIG_STRICT_SSL":
		return "npm", falseValue(value)
	}
	return "", false
}

// tlsVariable reports the names insecureVariable judges.
func tlsVariable(name string) bool {
	return slices.Contains(tlsVariables, strings.ToUpper(name))
}

func falseValue(v string) bool {
	switch strings.ToLower(strings.Trim(v, `"'`)) {
	case "false", "0", "no", "off":
		return true
	}
	return false
}

// checkInsecureEnv reports an ENV that turns certificate checks off, with
// a fix that removes the variable (the whole ENV when it sets only that).
func checkInsecureEnv(p *lint.Pass, in *lint.Instruction) {
	f := p.File
	pairs := in.EnvPairs()
	for _, pair := range pairs {
		name := pair.Key.Text
		if !tlsVariable(name) {
			continue // most ENVs set other names: no need to expand them
		}
		value, known := f.VarsAt(in).Expand(pair.Value)
		if !known {
			value = pair.Value
		}
		what, bad := insecureVariable(name, value)
		if !bad {
			continue
		}
		d := lint.Diagnostic{
			Range:   pair.Key.Range,
			Message: fmt.Sprintf("ENV %s=%s turns TLS certificate checks off for %s, in the build and in the container", name, pair.Value, what),
		}
		// Several pairs are each one key=value word (only a lone pair
		// can be the legacy form).
		edit, ok := lint.Edit{Range: in.Lines}, true
		if len(pairs) > 1 {
			edit, ok = f.RemoveSpan(in, pair.ValueWords[0].Range)
		}
		if ok {
			d.Message += tlsReview
			d.Fixes = []lint.Fix{{Message: "Remove " + name, Edits: []lint.Edit{edit}}}
		}
		p.Report(d)
	}
}

// checkInsecureArg reports a stage ARG whose default turns certificate
// checks off in the stage's RUNs, with a fix that removes the declaration.
func checkInsecureArg(p *lint.Pass, in *lint.Instruction) {
	f := p.File
	decls := in.ArgDecls()
	for _, d := range decls {
		if !d.HasDefault {
			continue
		}
		what, bad := insecureVariable(d.Name, d.Default)
		if !bad {
			continue
		}
		diag := lint.Diagnostic{
			Range:   d.NameRange,
			Message: fmt.Sprintf("ARG %s=%s turns TLS certificate checks off for %s in the stage's RUNs", d.Name, d.RawDefault, what),
		}
		edit, ok := lint.Edit{Range: in.Lines}, len(decls) == 1
		if !ok {
			edit, ok = f.RemoveSpan(in, lint.Range{Start: d.NameRange.Start, End: d.DefaultRange.End})
		}
		if ok {
			diag.Message += tlsReview
			diag.Fixes = []lint.Fix{{Message: "Remove " + d.Name, Edits: []lint.Edit{edit}}}
		}
		p.Report(diag)
	}
}

// checkInsecureRun reports the commands and settings of a RUN that turn
// certificate checks off.
func checkInsecureRun(p *lint.Pass, in *lint.Instruction, sc *lint.Script) {
	f := p.File
	report := func(r lint.Range, msg, fixMsg string, edit lint.Edit, ok bool) {
		d := lint.Diagnostic{Range: r, Message: msg}
		if ok {
			d.Message += tlsReview
			d.Fixes = []lint.Fix{{Message: fixMsg, Edits: []lint.Edit{edit}}}
		}
		p.Report(d)
	}
	removeWords := func(call *syntax.CallExpr, first, last int) (lint.Edit, bool) {
		return f.RemoveSpan(in, lint.Range{Start: sc.Range(call.Args[first]).Start, End: sc.Range(call.Args[last]).End})
	}
	seen := map[*syntax.CallExpr]bool{}
	for _, d := range in.Downloads(f) {
		if seen[d.Call] {
			continue
		}
		seen[d.Call] = true
		for _, o := range d.Insecure {
			w := d.Call.Args[o.Arg]
			var edit lint.Edit
			var ok bool
			if o.Letter >= 0 {
				// One letter of a cluster (-fsSLk): only where the word is
				// written as it reads.
				r := sc.Range(w)
				if lit, isLit := lint.LitWord(w); isLit && f.Text(r) == lit {
					edit, ok = lint.Edit{Range: lint.Range{Start: r.Start + o.Letter, End: r.Start + o.Letter + 1}}, true
				}
			} else {
				edit, ok = removeWords(d.Call, o.Arg, o.Arg)
			}
			report(sc.Range(w), fmt.Sprintf("%s %s turns TLS certificate checks off: anyone on the path can serve the download", d.Tool, o.Name),
				"Remove "+o.Name, edit, ok)
		}
	}
	var pipCalls []lint.PackageCommand
	if in.MayCall(f, "trusted-host") {
		pipCalls = sc.PackageCommands()
	}
	for _, pc := range pipCalls {
		if pc.Family != "pip" {
			continue
		}
		for _, o := range pc.Options {
			if o.Name != "--trusted-host" {
				continue
			}
			last := o.At
			if o.HasValue && !strings.Contains(lint.WordSource(pc.Call.Args[o.At]), "=") {
				last = o.At + 1
			}
			edit, ok := removeWords(pc.Call, o.At, last)
			report(lint.Range{Start: sc.Range(pc.Call.Args[o.At]).Start, End: sc.Range(pc.Call.Args[last]).End},
				fmt.Sprintf("%s --trusted-host %s turns TLS certificate checks off for that host", pc.Manager, o.Value),
				"Remove --trusted-host "+o.Value, edit, ok)
		}
	}
	if in.MayCall(f, tlsVariables...) {
		// export NAME=value: reported, not fixed (the export may set
		// others, and RemoveCommand removes simple commands only).
		for _, a := range sc.Assignments() {
			if a.Decl == nil || a.Decl.Variant == nil || a.Decl.Variant.Value != "export" || a.Name == "" || a.Value() == nil {
				continue
			}
			value := lint.WordKey(a.Value())
			if what, bad := insecureVariable(a.Name, value); bad {
				report(sc.Range(a.Assign), fmt.Sprintf("export %s=%s turns TLS certificate checks off for %s", a.Name, value, what), "", lint.Edit{}, false)
			}
		}
	}
	cmds := sc.Commands()
	for ci, call := range sc.Calls() {
		c := cmds[ci]
		// Assignments before the command (GIT_SSL_NO_VERIFY=1 git clone …).
		for _, a := range call.Assigns {
			if a.Name == nil || a.Value == nil && !a.Naked {
				continue
			}
			value := ""
			if a.Value != nil {
				value = lint.WordKey(a.Value)
			}
			if what, bad := insecureVariable(a.Name.Value, value); bad {
				edit, ok := f.RemoveSpan(in, sc.Range(a))
				report(sc.Range(a), fmt.Sprintf("%s=%s turns TLS certificate checks off for %s", a.Name.Value, value, what),
					"Remove "+a.Name.Value, edit, ok)
			}
		}
		// env NAME=value … before the command.
		for i := 0; i < c.At && i < len(call.Args); i++ {
			if s, ok := lint.LitWord(call.Args[i]); ok {
				if name, value, isAssign := strings.Cut(s, "="); isAssign {
					if what, bad := insecureVariable(name, value); bad {
						edit, ok := removeWords(call, i, i)
						report(sc.Range(call.Args[i]), fmt.Sprintf("%s turns TLS certificate checks off for %s", s, what), "Remove "+s, edit, ok)
					}
				}
			}
		}
		switch c.Name {
		case "yum-config-manager", "dnf-config-manager", "yum", "dnf", "microdnf", "tdnf":
			// --setopt=[repo.]sslverify=0, saved or for this command.
			for i := c.At + 1; i < len(call.Args); i++ {
				a := looseWord(call.Args[i])
				first, last := i, i
				setting, ok := strings.CutPrefix(a, "--setopt=")
				if !ok {
					if a != "--setopt" || i+1 >= len(call.Args) {
						continue
					}
					setting, last = looseWord(call.Args[i+1]), i+1
				}
				key, value, ok := strings.Cut(setting, "=")
				if ok && strings.EqualFold(key[strings.LastIndexByte(key, '.')+1:], "sslverify") && falseValue(value) {
					edit, ok := removeWords(call, first, last)
					report(lint.Range{Start: sc.Range(call.Args[first]).Start, End: sc.Range(call.Args[last]).End},
						fmt.Sprintf("%s --setopt=%s turns TLS certificate checks off for the repositories", c.Name, setting),
						"Remove --setopt="+setting, edit, ok)
				}
			}
		}
		var args []string
		switch c.Name {
		case "npm", "yarn", "pnpm", "git":
			args = lint.LitArgs(call, c.At+1)
		}
		switch c.Name {
		case "npm", "yarn", "pnpm":
			// npm config set strict-ssl false, npm set strict-ssl=false.
			rest := args
			if len(rest) > 0 && rest[0] == "config" {
				rest = rest[1:]
			}
			if len(rest) < 2 || rest[0] != "set" {
				continue
			}
			key, value, hasValue := strings.Cut(rest[1], "=")
			if !hasValue && len(rest) > 2 {
				value = rest[2]
			}
			if key == "strict-ssl" && falseValue(value) {
				edit, ok := f.RemoveCommandEdit(in, call, nil)
				report(sc.Range(call), fmt.Sprintf("%s config set strict-ssl false turns TLS certificate checks off for the registry", c.Name),
					"Remove the command", edit, ok)
			}
		case "git":
			// git -c http.sslVerify=false …, before the subcommand.
			for i := c.At + 1; i+1 < len(call.Args); i++ {
				a, _ := lint.LitWord(call.Args[i])
				if a != "-c" {
					if !strings.HasPrefix(a, "-") {
						break
					}
					continue
				}
				v, _ := lint.LitWord(call.Args[i+1])
				if key, value, ok := strings.Cut(v, "="); ok && sslVerifyKey(key) && falseValue(value) {
					edit, ok := removeWords(call, i, i+1)
					report(lint.Range{Start: sc.Range(call.Args[i]).Start, End: sc.Range(call.Args[i+1]).End},
						"git -c "+v+" turns TLS certificate checks off", "Remove -c "+v, edit, ok)
				}
				i++
			}
			// git config [--global] http.sslVerify false.
			if k := slices.Index(args, "config"); k >= 0 {
				var operands []string
				for _, a := range args[k+1:] {
					if !strings.HasPrefix(a, "-") {
						operands = append(operands, a)
					}
				}
				if len(operands) >= 2 && sslVerifyKey(operands[0]) && falseValue(operands[1]) {
					edit, ok := f.RemoveCommandEdit(in, call, nil)
					report(sc.Range(call), "git config "+operands[0]+" "+operands[1]+" turns TLS certificate checks off",
						"Remove the command", edit, ok)
				}
			}
		}
	}
}

// looseWord is a word's text with its quotes and backslashes dropped:
// enough to read an option such as --setopt=\*.sslverify='0'.
func looseWord(w *syntax.Word) string {
	return strings.ReplaceAll(lint.WordKey(w), `\`, "")
}

// sslVerifyKey reports git's http.sslVerify, or its per-URL form
// http.<url>.sslVerify, in any case.
func sslVerifyKey(key string) bool {
	key = strings.ToLower(key)
	return strings.HasPrefix(key, "http.") && strings.HasSuffix(key, ".sslverify")
}
