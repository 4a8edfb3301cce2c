package lint

import "strings"

// User returns a USER instruction's user and group ("" when absent), as
// written: variables are not expanded.
func (in *Instruction) User() (user, group string, ok bool) {
	if in.Keyword != "USER" {
		return "", "", false
	}
	user, group, _ = strings.Cut(strings.TrimSpace(in.ArgText()), ":")
	return user, group, true
}

// CopySpec is the typed view of COPY and ADD.
type CopySpec struct {
	From    string // --from: a stage name, index or image; "" for the build context
	Chown   string
	Chmod   string
	Link    bool
	Sources []Word // shell form words or JSON strings; heredoc names included
	Dest    Word
}

// Copy returns the view of a COPY or ADD instruction.
func (in *Instruction) Copy() (CopySpec, bool) {
	if !in.Is("COPY", "ADD") || len(in.Args()) < 2 {
		return CopySpec{}, false
	}
	c := CopySpec{Sources: in.Args()[:len(in.Args())-1], Dest: in.Args()[len(in.Args())-1]}
	for _, fl := range in.Flags {
		switch strings.ToLower(fl.Name) {
		case "from":
			c.From = fl.Value
		case "chown":
			c.Chown = fl.Value
		case "chmod":
			c.Chmod = fl.Value
		case "link":
			c.Link = !fl.HasValue || fl.Value == "true"
		}
	}
	return c, true
}
