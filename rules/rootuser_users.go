package rules

import (
	"strconv"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// The users a Dockerfile points at, for DF201's fix: the earlier non-root
// USER, the users the final stage chain creates, the owners its COPY and
// ADD --chown give files to, and, when there is none of those, the
// non-root user the base image ships.

// candidateKind says where a candidate comes from.
type candidateKind int

const (
	earlierUser candidateKind = iota
	createdUser
	chownOwner
	shippedUser
)

// candidate is a user DF201 may switch to.
type candidate struct {
	kind candidateKind
	name string // the user as a reader knows it: "app", "977", "${APP_USER}"
	uid  string // the UID, when the file shows it
	// literalUID: the UID is written as a number where the user is
	// created, not read from a variable.
	literalUID bool
	write      string // what the fix writes after USER; "" when it cannot say
	line       int    // where it comes from
	image      string // a shipped user's image
	// chowns counts the COPY and ADD --chown that give files to it, and
	// chownLine is the last of them.
	chowns, chownLine int
	// shipped: the base image ships a user of that name.
	shipped bool
	// owns: a RUN gives it files (chown, install -o), found by judge for
	// a candidate no COPY --chown gives any.
	owns bool
	// unsafeWhy says why switching to it alone is unsafe; "" when it may
	// be safe.
	unsafeWhy string
	// For a created user: the condition its creation is under, and
	// whether the default build fails it (then the build has no such user).
	cond    string
	skipped bool
}

// why says where the candidate comes from, for a fix message.
func (c *candidate) why() string {
	switch c.kind {
	case earlierUser:
		return "the user set on line " + strconv.Itoa(c.line)
	case createdUser:
		return "created on line " + strconv.Itoa(c.line)
	case chownOwner:
		return "the owner COPY --chown gives files to on line " + strconv.Itoa(c.line)
	}
	return c.image + " ships it"
}

// describe names the candidate for a finding's list.
func (c *candidate) describe() string {
	s := c.name + " (" + c.why()
	if c.kind != chownOwner && c.chowns > 0 {
		s += ", owner of COPY --chown on line " + strconv.Itoa(c.chownLine)
	}
	return s + ")"
}

// candidates is what findCandidates found.
type candidates struct {
	list []*candidate
	// skipped is a user the file creates only under a condition that the
	// default build does not meet.
	skipped *candidate
}

// preferred is the candidate an unsafe fix switches to: the owner of the
// most COPY --chown, else one a RUN gives files to (varnish, not the
// varnishlog created after it), else the earlier USER, else the last user
// created, else the shipped one. Only a candidate with a spelling counts.
func (cs candidates) preferred() *candidate {
	var best *candidate
	for _, c := range cs.list {
		if c.write == "" {
			continue
		}
		switch {
		case best == nil:
			best = c
		case c.chowns != best.chowns:
			if c.chowns > best.chowns {
				best = c
			}
		case c.owns != best.owns:
			if c.owns {
				best = c
			}
		case c.kind == createdUser && best.kind == createdUser:
			best = c // the last one created
		}
	}
	return best
}

// findCandidates gathers the users the final stage chain points at, one
// entry per user: the same name, or a created user's UID and a numeric
// owner, are the same user.
func findCandidates(p *lint.Pass, chain []*lint.Stage, lastRoot *lint.Instruction) candidates {
	f := p.File
	final := chain[len(chain)-1]
	var cs candidates
	add := func(c *candidate) {
		for _, o := range cs.list {
			if o.name == c.name || (o.uid != "" && (o.uid == c.name || o.uid == c.uid)) || (c.uid != "" && c.uid == o.name) {
				o.chowns += c.chowns
				o.chownLine = max(o.chownLine, c.chownLine)
				if o.uid == "" {
					o.uid = c.uid
				}
				return
			}
		}
		cs.list = append(cs.list, c)
	}

	// The user the Dockerfile ran as before switching to root.
	if lastRoot != nil {
		var users []*lint.Instruction
		for _, s := range chain {
			users = append(users, s.InstructionsOf("USER")...)
		}
		for i := len(users) - 1; i >= 0; i-- {
			in := users[i]
			if in.Index >= lastRoot.Index {
				continue
			}
			u := f.UserSet(in)
			if (u.Known && u.Root) || (!u.Known && in.Stage != final) {
				continue // a variable may not be in scope in this stage
			}
			name := in.ArgText()
			if u.Known {
				name = u.Name
			}
			add(&candidate{kind: earlierUser, name: name, uid: numericOr(name, ""), write: in.ArgText(), line: in.StartLine})
			break
		}
	}

	var skipped []*candidate
	for _, c := range createdUsers(f, chain) {
		if c.skipped {
			skipped = append(skipped, c)
			continue
		}
		add(c)
	}
	for _, c := range skipped {
		created := false // by another RUN, unconditionally
		for _, o := range cs.list {
			created = created || (o.kind == createdUser && o.name == c.name)
		}
		if !created && cs.skipped == nil {
			cs.skipped = c
		}
	}

	for _, s := range chain {
		for _, in := range s.InstructionsOf("COPY", "ADD") {
			fl, ok := in.Flag("chown")
			if !ok || !fl.HasValue {
				continue
			}
			raw := f.Text(fl.ValueRange)
			value, known := f.VarsAt(in).Expand(raw)
			c := &candidate{kind: chownOwner, name: raw, line: in.StartLine, chowns: 1, chownLine: in.StartLine}
			if known {
				user, group, _ := strings.Cut(value, ":")
				if user == "" || isRootName(user) {
					continue
				}
				c.name, c.write = user, user
				if lint.IsDecimal(user) {
					c.uid = user
					if lint.IsDecimal(group) {
						c.write = user + ":" + group
					}
				}
			}
			add(c)
		}
	}

	// The user the base image ships is a candidate when the file points at
	// no user of its own: a file that creates one means it (ubuntu ships
	// ubuntu, node ships node, whatever the file creates). A candidate of
	// its name is known to exist.
	if base := chain[0]; p.Env != nil && p.Env.Images != nil && base.ImageResolved && !base.IsScratch() {
		if u, ok := p.Env.Images.NonRootUser(base.ImageExpanded); ok {
			for _, c := range cs.list {
				c.shipped = c.shipped || c.name == u
			}
			if len(cs.list) == 0 {
				add(&candidate{kind: shippedUser, name: u, write: u, image: base.ImageExpanded, shipped: true})
			}
		}
	}
	for _, c := range cs.list {
		judge(f, chain, c)
	}
	return cs
}

// judge says why a switch to c alone would be unsafe, if it would: the
// file ran as an earlier USER itself; any other user must exist in every
// build (created unconditionally, or shipped by the image) and be given
// files by the file, the sign that its program is meant to run as it.
// Where the program writes (its WORKDIR, /root, a data directory) is
// root's otherwise: etcd on distroless as nonroot cannot create its data
// directory, a Cloud Build builder as node cannot write /workspace.
func judge(f *lint.File, chain []*lint.Stage, c *candidate) {
	if c.unsafeWhy != "" || c.kind == earlierUser {
		return
	}
	switch {
	case c.write == "":
	case c.kind == chownOwner && !c.shipped && c.uid != "":
		c.unsafeWhy = "a UID the file does not create: the program may need a passwd entry"
	case c.kind == chownOwner && !c.shipped:
		c.unsafeWhy = "the file does not create it: it may be the account a server started as root switches to"
	case c.chowns == 0:
		if c.owns = givesFiles(f, chain, c.name, c.uid); c.owns {
			return
		}
		owner := "root's"
		if chain[len(chain)-1].IsWindows() {
			owner = "ContainerAdministrator's"
		}
		c.unsafeWhy = "the file gives it no files (no chown, no COPY --chown), so what its program writes may be " + owner
	}
}

// givesFiles reports whether a RUN of the stage chain gives files to the
// user (by name, or UID when known): chown USER[:GROUP] …, install -o USER.
func givesFiles(f *lint.File, chain []*lint.Stage, name, uid string) bool {
	owns := func(spec string) bool {
		user, _, _ := strings.Cut(spec, ":")
		old, _, _ := strings.Cut(user, ".") // chown's old user.group
		return user != "" && (user == name || user == uid || old == name || old == uid)
	}
	for in, sc := range f.ChainScripts(chain, "chown", "install") {
		if !in.MayCall(f, "chown") && !in.MayCall(f, "-o", "--owner") {
			continue // install, but not as an owner
		}
		words := f.ShellWords(in, sc)
		for _, call := range sc.Calls() {
			cmd := lint.CommandOf(call)
			if cmd.Name != "chown" && cmd.Name != "install" {
				continue
			}
			args := call.Args[cmd.At+1:]
			for i := 0; i < len(args); i++ {
				v, ok := words.Value(args[i])
				if !ok {
					continue
				}
				switch {
				case cmd.Name == "install" && (v.Value == "-o" || v.Value == "--owner") && i+1 < len(args):
					if o, ok := words.Value(args[i+1]); ok && owns(o.Value) {
						return true
					}
				case cmd.Name == "install" && strings.HasPrefix(v.Value, "--owner="):
					if owns(strings.TrimPrefix(v.Value, "--owner=")) {
						return true
					}
				case cmd.Name == "chown" && !strings.HasPrefix(v.Value, "-"):
					// The first operand is the owner.
					if owns(v.Value) {
						return true
					}
					i = len(args)
				}
			}
		}
	}
	return false
}

func numericOr(s, alt string) string {
	if lint.IsDecimal(s) {
		return s
	}
	return alt
}

// createdUsers finds the users RUNs in the stage chain create with
// useradd or adduser, in order, with the condition each creation is
// under: none (safe), one the default build meets or one not evaluated
// (unsafe: another build may not create it), or one the default build
// fails (skipped).
func createdUsers(f *lint.File, chain []*lint.Stage) []*candidate {
	var out []*candidate
	for _, u := range f.CreatedUsers(chain) {
		if lint.IsRootUID(u.UID) && u.Creation != lint.CreatedNotByDefault {
			// useradd -o -u 0: another name for root. (Created only
			// when the build asks for another UID, it is reported so.)
			continue
		}
		s := u.In.Stage
		c := &candidate{kind: createdUser, name: u.Name, uid: u.UID, literalUID: u.LiteralUID, line: u.In.StartLine, write: u.Name}
		if u.NameParam != "" {
			// A name from a variable: USER reads the same variable,
			// so that a build argument moves both.
			c.write = "${" + u.NameParam + "}"
			if v, ok := f.VarsAt(s.Instructions[len(s.Instructions)-1]).Get(u.NameParam); !ok || v != u.Name || s != chain[len(chain)-1] {
				c.write = u.Name
				c.unsafeWhy = "its name comes from " + u.NameParam + ", which a build argument may change"
			}
		}
		if hasPassword(f, chain, u.Name) {
			c.unsafeWhy = "a login account (it is given a password): the server that authenticates it may need root"
		}
		switch u.Creation {
		case lint.CreatedNotByDefault:
			c.cond, c.skipped = u.Cond, true
		case lint.CreatedByDefault, lint.CreatedMaybe:
			c.cond = u.Cond
			c.unsafeWhy = "it is created under a condition: a build may not have it"
		}
		out = append(out, c)
	}
	return out
}

// hasPassword reports whether a RUN of the stage chain gives user a
// password: chpasswd fed "user:…", passwd user, useradd or usermod -p.
func hasPassword(f *lint.File, chain []*lint.Stage, user string) bool {
	for _, sc := range f.ChainScripts(chain, "passwd", "--password", " -p ") {
		for _, call := range sc.Calls() {
			cmd := lint.CommandOf(call)
			args := call.Args[cmd.At+1:]
			switch cmd.Name {
			case "chpasswd":
				if strings.Contains(sc.Text(), user+":") {
					return true
				}
			case "passwd", "useradd", "usermod", "adduser":
				named, password := false, cmd.Name == "passwd"
				for _, w := range args {
					v, _ := lint.LitWord(w)
					switch {
					case v == user:
						named = true
					case v == "-p" || v == "--password" || strings.HasPrefix(v, "--password="):
						password = true
					}
				}
				if named && password {
					return true
				}
			}
		}
	}
	return false
}
