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

// KeyValue is one key=value of an ENV or LABEL, or their legacy form
// `KEY value`, whose value is the rest of the line.
type KeyValue struct {
	Key   Word   // as written
	Value string // as written: quotes, escapes and variables kept
	// ValueWords are the words of the value: one in the key=value form
	// (Range covers the whole key=value word there), the rest of the
	// line's words in the legacy form.
	ValueWords []Word
	Legacy     bool
}

// KeyValues reads an ENV or LABEL as BuildKit's parser splits it: every
// word a key=value, unless the first word has no '=', which makes the
// legacy form. The pairs are found once for all the rules, and every
// variable look-up, that ask: the slice is shared and must not be
// modified.
func (in *Instruction) KeyValues() []KeyValue {
	if in.Keyword != "ENV" && in.Keyword != "LABEL" {
		return nil
	}
	if !in.kvsRead {
		in.kvs, in.kvsRead = in.keyValues(), true
	}
	return in.kvs
}

func (in *Instruction) keyValues() []KeyValue {
	args := in.Args()
	if len(args) == 0 {
		return nil
	}
	if !strings.Contains(args[0].Text, "=") {
		kv := KeyValue{Key: args[0], ValueWords: args[1:], Legacy: true}
		if len(args) > 1 {
			kv.Value = strings.TrimSpace(in.ArgText()[len(args[0].Text):])
		}
		return []KeyValue{kv}
	}
	out := make([]KeyValue, 0, len(args))
	for i, w := range args {
		k, v, ok := strings.Cut(w.Text, "=")
		if !ok {
			continue
		}
		out = append(out, KeyValue{
			Key:        Word{Text: k, Range: Range{Start: w.Range.Start, End: w.Range.Start + len(k)}},
			Value:      v,
			ValueWords: args[i : i+1 : i+1],
		})
	}
	return out
}

// Sets reports whether an ENV or ARG sets (declares) name, without
// building its pairs: rules ask it of every ENV and ARG that mentions a
// variable they look up.
func (in *Instruction) Sets(name string) bool {
	if in.Keyword != "ENV" && in.Keyword != "ARG" {
		return false
	}
	args := in.Args()
	if in.Keyword == "ENV" && len(args) > 0 && !strings.Contains(args[0].Text, "=") {
		return args[0].Text == name // the legacy form sets one
	}
	for _, w := range args {
		if k, _, _ := strings.Cut(w.Text, "="); k == name {
			return true
		}
	}
	return false
}
