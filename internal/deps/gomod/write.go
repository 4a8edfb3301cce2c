package gomod

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	"golang.org/x/mod/sumdb/dirhash"

	"github.com/dockerfix/dockerfix/internal/deps"
)

// edits are the go.mod and go.sum changes from the project's graph to g.
func (p *Project) edits(ctx context.Context, g *modGraph) ([]deps.Edit, error) {
	modEdits, err := p.modEdits(g)
	if err != nil {
		return nil, err
	}
	sumEdits, err := p.sumEdits(ctx, g)
	if err != nil {
		return nil, err
	}
	out := append(modEdits, sumEdits...)
	slices.SortStableFunc(out, func(a, b deps.Edit) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return a.Start - b.Start
	})
	return out, nil
}

// modEdits replace the version token of each require line whose module
// moves, raise the go line when a dependency needs it, and add the
// requirements g has that go.mod lacks as indirect ones, where go get
// puts them.
func (p *Project) modEdits(g *modGraph) ([]deps.Edit, error) {
	var added []module.Version
	for _, r := range g.roots {
		if !slices.ContainsFunc(p.mod.Require, func(q *modfile.Require) bool { return q.Mod.Path == r.Path }) {
			added = append(added, r)
		}
	}
	var out []deps.Edit
	var into *modfile.Require // a one-line indirect require that becomes a block
	if len(added) > 0 {
		var e []deps.Edit
		e, into = p.insertRequires(g, added)
		out = append(out, e...)
	}
	for _, r := range p.mod.Require {
		to := g.rootVersion(r.Mod.Path)
		if to == r.Mod.Version || r == into {
			continue
		}
		e, err := p.lastToken(r.Syntax, r.Mod.Version, to)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	if to, ok := p.newGoLine(g); ok {
		e, err := p.lastToken(p.mod.Go.Syntax, p.goLine(), to)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// lastToken is the edit that replaces a line's last token, old, with new.
func (p *Project) lastToken(line *modfile.Line, old, new string) (deps.Edit, error) {
	end := line.End.Byte
	start := end - len(old)
	if start < line.Start.Byte || string(p.modSrc[start:end]) != old {
		return deps.Edit{}, fmt.Errorf("%s:%d: cannot find %q on the line", p.manifest, line.Start.Line, old)
	}
	return deps.Edit{Path: p.manifest, Start: start, End: end, New: new}, nil
}

// insertRequires adds "path version // indirect" lines for mods (sorted
// by path), as go get does: in path order within the last require block
// that holds indirect requirements (or the last block); else a one-line
// indirect require becomes a block holding it and them (into, whose
// version the block's text already has); else a new require at the end.
func (p *Project) insertRequires(g *modGraph, mods []module.Version) (out []deps.Edit, into *modfile.Require) {
	var block *modfile.LineBlock
	for _, st := range p.mod.Syntax.Stmt {
		b, ok := st.(*modfile.LineBlock)
		if !ok || len(b.Token) == 0 || b.Token[0] != "require" {
			continue
		}
		if block == nil || hasIndirect(b.Line) || !hasIndirect(block.Line) {
			block = b
		}
	}
	if block != nil {
		byOffset := map[int]string{}
		for _, m := range mods {
			at := lineStart(p.modSrc, block.RParen.Pos.Byte)
			indent := "\t"
			for _, l := range block.Line {
				if len(l.Token) > 0 && l.Token[0] > m.Path {
					at = lineStart(p.modSrc, l.Start.Byte)
					indent = string(p.modSrc[at:l.Start.Byte])
					break
				}
				indent = string(p.modSrc[lineStart(p.modSrc, l.Start.Byte):l.Start.Byte])
			}
			byOffset[at] += fmt.Sprintf("%s%s %s // indirect\n", indent, m.Path, m.Version)
		}
		for at, text := range byOffset {
			out = append(out, deps.Edit{Path: p.manifest, Start: at, End: at, New: text})
		}
		return out, nil
	}
	for _, r := range p.mod.Require {
		if r.Indirect && !r.Syntax.InBlock {
			into = r
		}
	}
	if into != nil {
		all := append([]module.Version{{Path: into.Mod.Path, Version: g.rootVersion(into.Mod.Path)}}, mods...)
		slices.SortFunc(all, func(a, b module.Version) int { return strings.Compare(a.Path, b.Path) })
		text := "require (\n"
		for _, m := range all {
			text += fmt.Sprintf("\t%s %s // indirect\n", m.Path, m.Version)
		}
		text += ")"
		start := lineStart(p.modSrc, into.Syntax.Start.Byte)
		end := len(p.modSrc)
		if i := bytes.IndexByte(p.modSrc[into.Syntax.End.Byte:], '\n'); i >= 0 {
			end = into.Syntax.End.Byte + i
		}
		return []deps.Edit{{Path: p.manifest, Start: start, End: end, New: text}}, into
	}
	var text strings.Builder
	if len(p.modSrc) > 0 && p.modSrc[len(p.modSrc)-1] != '\n' {
		text.WriteString("\n")
	}
	if len(mods) == 1 {
		fmt.Fprintf(&text, "\nrequire %s %s // indirect\n", mods[0].Path, mods[0].Version)
	} else {
		text.WriteString("\nrequire (\n")
		for _, m := range mods {
			fmt.Fprintf(&text, "\t%s %s // indirect\n", m.Path, m.Version)
		}
		text.WriteString(")\n")
	}
	return []deps.Edit{{Path: p.manifest, Start: len(p.modSrc), End: len(p.modSrc), New: text.String()}}, nil
}

func hasIndirect(lines []*modfile.Line) bool {
	for _, l := range lines {
		for _, c := range l.Suffix {
			if strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(c.Token, "//")), "indirect") {
				return true
			}
		}
	}
	return false
}

// lineStart is the offset of the start of the line holding offset at.
func lineStart(src []byte, at int) int {
	return bytes.LastIndexByte(src[:at], '\n') + 1
}

// sumKey is a go.sum line's module version and kind.
type sumKey struct {
	mod   module.Version
	goMod bool
}

// sumEdits bring go.sum from the project's graph to g: the lines of the
// new versions added (the go.mod hash of each go.mod the graph reads, the
// zip hash of a module whose old version had one, or that is newly
// required), those of the versions the graph no longer reads or selects
// dropped. Other lines keep their bytes.
func (p *Project) sumEdits(ctx context.Context, g *modGraph) ([]deps.Edit, error) {
	old := p.graph
	inOld := func(m module.Version) bool { return old.read(m) || old.selected[m.Path] == m.Version }
	inNew := func(m module.Version) bool { return g.read(m) || g.selected[m.Path] == m.Version }

	var add []sumKey
	for m := range g.reqs {
		if !inOld(m) && !p.replaced(m.Path) && !p.hasSum(m, true) {
			add = append(add, sumKey{m, true})
		}
	}
	for mp, v := range g.selected {
		m := module.Version{Path: mp, Version: v}
		was := old.selected[mp]
		if was == v || p.replaced(mp) {
			continue
		}
		newlyRequired := old.rootVersion(mp) == "" && g.rootVersion(mp) != ""
		if newlyRequired || p.hasSum(module.Version{Path: mp, Version: was}, false) {
			if !p.hasSum(m, false) {
				add = append(add, sumKey{m, false})
			}
			if !g.read(m) && !p.hasSum(m, true) {
				add = append(add, sumKey{m, true})
			}
		}
	}
	slices.SortFunc(add, compareSumKeys)
	add = slices.Compact(add)

	var lines []string
	for _, k := range add {
		line, err := p.sumLine(ctx, k)
		if err != nil {
			return nil, err
		}
		err = p.sumdb.verify(ctx, k.mod, k.goMod, line)
		if err != nil && !errors.Is(err, ErrChecksumMismatch) && p.env.completesGoSum() {
			// The build completes go.sum itself (GOFLAGS=-mod=mod), checked
			// by the checksum database: leave the line to it.
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("go.sum line for %s %s: %w", k.mod.Path, k.mod.Version, err)
		}
		lines = append(lines, line+"\n")
	}

	drop := make([]bool, len(p.sum))
	for i, l := range p.sum {
		drop[i] = inOld(l.mod) && !inNew(l.mod) && !p.replaced(l.mod.Path)
	}
	return p.rewriteSum(drop, lines), nil
}

// compareSumKeys orders go.sum lines as the go command writes them
// (module.Sort): by path, then version, the zip hash before the go.mod's.
func compareSumKeys(a, b sumKey) int {
	if c := strings.Compare(a.mod.Path, b.mod.Path); c != 0 {
		return c
	}
	if c := semver.Compare(a.mod.Version, b.mod.Version); c != 0 {
		return c
	}
	switch {
	case a.goMod == b.goMod:
		return 0
	case b.goMod:
		return -1
	}
	return 1
}

// sumLine computes go.sum's line for k: the h1: hash of the module's zip
// or go.mod as the proxy serves it.
func (p *Project) sumLine(ctx context.Context, k sumKey) (string, error) {
	if k.goMod {
		gm := p.proxy.goMod(ctx, k.mod)
		if gm.err != nil {
			return "", gm.err
		}
		h, err := dirhash.Hash1([]string{"go.mod"}, func(string) (io.ReadCloser, error) {
			return io.NopCloser(bytes.NewReader(gm.data)), nil
		})
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%s %s/go.mod %s", k.mod.Path, k.mod.Version, h), nil
	}
	data, err := p.proxy.zip(ctx, k.mod)
	if err != nil {
		return "", err
	}
	h, err := hashZip(data)
	if err != nil {
		return "", fmt.Errorf("%s@%s: module zip: %v", k.mod.Path, k.mod.Version, err)
	}
	return fmt.Sprintf("%s %s %s", k.mod.Path, k.mod.Version, h), nil
}

// hashZip is dirhash.HashZip over a zip in memory.
func hashZip(data []byte) (string, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", err
	}
	files := map[string]*zip.File{}
	var names []string
	for _, f := range z.File {
		names = append(names, f.Name)
		files[f.Name] = f
	}
	return dirhash.Hash1(names, func(name string) (io.ReadCloser, error) {
		return files[name].Open()
	})
}

// rewriteSum is the edits that drop the lines marked in drop and insert
// lines (sorted, as go.sum is) where they sort among the lines kept; an
// edit covers a run of dropped lines and the lines inserted at its ends.
func (p *Project) rewriteSum(drop []bool, lines []string) []deps.Edit {
	// before[i] is the text inserted before kept line i; len(p.sum) is
	// the end of the file.
	before := make([]string, len(p.sum)+1)
	for _, text := range lines {
		k := keyOfLine(text)
		at := len(p.sum)
		for i, l := range p.sum {
			if !drop[i] && compareSumKeys(k, sumKey{l.mod, l.goMod}) < 0 {
				at = i
				break
			}
		}
		before[at] += text
	}
	var out []deps.Edit
	var cur *deps.Edit
	flush := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	for i := 0; i <= len(p.sum); i++ {
		var start, end int
		if i < len(p.sum) {
			start, end = p.sum[i].start, p.sum[i].end
		} else {
			start, end = len(p.sumSrc), len(p.sumSrc)
		}
		dropped := i < len(p.sum) && drop[i]
		if before[i] == "" && !dropped {
			flush()
			continue
		}
		if cur == nil || cur.End != start {
			flush()
			cur = &deps.Edit{Path: p.sumPath, Start: start, End: start}
			if i == len(p.sum) && start > 0 && p.sumSrc[start-1] != '\n' {
				cur.New = "\n"
			}
		}
		cur.New += before[i]
		if dropped {
			cur.End = end
		} else {
			flush()
		}
	}
	flush()
	return out
}

// keyOfLine reads the module version and kind of a go.sum line.
func keyOfLine(line string) sumKey {
	f := strings.Fields(line)
	k := sumKey{mod: module.Version{Path: f[0], Version: f[1]}}
	if v, ok := strings.CutSuffix(f[1], "/go.mod"); ok {
		k.mod.Version, k.goMod = v, true
	}
	return k
}
