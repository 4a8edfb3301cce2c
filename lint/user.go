package lint

import "strings"

// User is who an instruction, or a stage's container, runs as.
type User struct {
	// Value is the USER value as BuildKit expands it ("app", "0:0"), or
	// the base image's default user ("root", "" when the image runs as a
	// non-root user it does not name). Name and Group are its two parts.
	Value, Name, Group string
	// Root: known to run as UID 0, or as a Windows image's
	// ContainerAdministrator. The group does not count (RootGroup).
	Root bool
	// Known is false when a variable without a value hides the USER (see
	// Vars), or the base image is unresolved or not in the catalog.
	Known bool
	// Set is the USER instruction in effect; nil when the base image's
	// default applies.
	Set *Instruction
	// Base is the stage built from an image, whose default applies when
	// Set is nil.
	Base *Stage
	// Reads are the variables the USER value reads, as NAME=value.
	Reads []string
}

// RootGroup reports whether the user's group is root, or not given.
func (u User) RootGroup() bool {
	return u.Group == "" || u.Group == "root" || u.Group == "0"
}

// UserAt is the user in runs as: the last USER before it in its stage or
// in the stages it is built from, else the base image's default.
func (p *Pass) UserAt(in *Instruction) User {
	if in.Stage == nil {
		return User{}
	}
	return p.userBefore(in.Stage, in.Index-in.Stage.Instructions[0].Index)
}

// StageUser is the user a stage's container runs as: the user after its
// last instruction.
func (p *Pass) StageUser(st *Stage) User {
	return p.userBefore(st, len(st.Instructions))
}

// userBefore is the user in effect before st.Instructions[n].
func (p *Pass) userBefore(st *Stage, n int) User {
	for ; st != nil; st, n = st.Parent, -1 {
		if n < 0 {
			n = len(st.Instructions)
		}
		for i := n - 1; i >= 0; i-- {
			if in := st.Instructions[i]; in.Keyword == "USER" {
				return userOf(p.File, in)
			}
		}
		if st.Parent == nil {
			return p.imageUser(st)
		}
	}
	return User{}
}

// UserSet is the user a USER instruction sets, read as userOf reads it.
func (f *File) UserSet(in *Instruction) User { return userOf(f, in) }

// userOf reads a USER instruction as BuildKit does: quotes and escapes
// removed, variables replaced by the values in scope (Vars).
func userOf(f *File, in *Instruction) User {
	word := strings.TrimSpace(in.ArgText())
	vars := f.VarsAt(in)
	value, known := vars.Expand(word)
	u := User{Value: value, Known: known && value != "", Set: in}
	if !u.Known {
		return u
	}
	u.Name, u.Group, _ = strings.Cut(value, ":")
	u.Root = u.Name == "root" || IsRootUID(u.Name) || createdAsRoot(f, in, u.Name)
	u.Reads = vars.Reads(word)
	return u
}

// IsRootUID reports a UID that is root's: 0, also written 00.
func IsRootUID(s string) bool { return IsDecimal(s) && strings.Trim(s, "0") == "" }

// createdAsRoot reports a user name that a RUN of in's stage chain,
// before in, creates with UID 0 (useradd -o -u 0 admin): another name for
// root.
func createdAsRoot(f *File, in *Instruction, name string) bool {
	if name == "" || IsDecimal(name) || in.Stage == nil {
		return false
	}
	for _, u := range f.CreatedUsers(in.Stage.Chain()) {
		if u.Name == name && IsRootUID(u.UID) && u.In.Index < in.Index {
			return true
		}
	}
	return false
}

// imageUser is the default user of the image st is built from, from the
// catalog. Scratch runs as root.
func (p *Pass) imageUser(st *Stage) User {
	u := User{Base: st}
	switch {
	case st.IsScratch():
		u.Value, u.Name, u.Root, u.Known = "root", "root", true, true
	case !st.ImageResolved || p.Env == nil || p.Env.Images == nil:
	default:
		name, nonRoot, known := p.Env.Images.DefaultUser(st.ImageExpanded)
		u.Value, u.Name, u.Known, u.Root = name, name, known, known && !nonRoot
	}
	return u
}
