// Package bkparser is BuildKit's Dockerfile parser
// (github.com/moby/buildkit/frontend/dockerfile/parser) with its regular
// expressions replaced by byte loops. It returns upstream's own types, so
// instructions.Parse and every other BuildKit API take its trees; ParseTree
// also offers the tree without its argument nodes, most of its allocations.
//
// Upstream matches every line of a Dockerfile against a line-continuation
// regexp that cannot use a literal prefix. On real Dockerfiles that regexp
// is most of the CPU time of a lint run. Here it is a byte test.
//
// Copied from BuildKit at the version in upstreamVersion, under the Apache
// License 2.0 (LICENSE in this directory). The changes, and nothing else:
//
//   - trimContinuationCharacter: a byte test instead of a regexp;
//   - splitWhitespace instead of reWhitespace.Split, its result sized in
//     one allocation; splitCommand and parseStringsWhitespaceDelimited walk
//     the fields (nextSplit) without the slice;
//   - instruction names are lowered without allocating (ascii.LowerName),
//     ASCII blanks are trimmed inline, and a JSON array of plain strings is
//     read without encoding/json (parsePlainJSON), which decides anything
//     else;
//   - parseWords' words are slices of the line, not rebuilt rune by rune,
//     when the line is valid UTF-8 (wordBuilder);
//   - the input is a byte slice read line by line in place (lineScanner,
//     bufio.Scanner's limits and quirks kept), and one-line instructions,
//     comments and heredoc bodies are substrings of the caller's string
//     (ParseText) instead of copies built in buffers, and a logical line of
//     several is joined at its size;
//   - the line parsers append the values of the argument nodes to a slice
//     instead of chaining nodes (every such node holds only its Value, but
//     ONBUILD's, which is still returned as a node). ParseTree leaves the
//     chains unbuilt (Tree), for a caller that reads the arguments from the
//     source; ParseText builds them, an instruction's in one allocation.
//     The instructions' nodes come from a slab, which a TreeParser reuses
//     from one parse to the next, with the Tree, the directives, the
//     comments and the pieces of a logical line;
//   - the dispatch table and heredoc-directive maps are switches, not
//     package state filled by init;
//   - the types, the directive parser, ParseHeredoc and WithLocation are
//     upstream's, used instead of copied.
//
// The tests parse BuildKit's own test files, the repository's testdata, the
// shared corpus and fuzzed inputs with both parsers and require identical
// trees, warnings and errors. They fail when go.mod moves to a BuildKit whose
// parser differs from the one this was copied from.
package bkparser

// upstreamVersion is the BuildKit release this package was copied from.
const upstreamVersion = "v0.34.2"
