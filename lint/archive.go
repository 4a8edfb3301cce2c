package lint

import (
	"bytes"
	"strings"
)

// archiveExtensions are the names hadolint takes for archives that ADD
// extracts: tar, and the compressions tar reads.
var archiveExtensions = []string{
	".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz",
	".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz",
}

// IsArchiveName reports whether a file name (or path) has an extension of
// a tar archive or a compressed file, quotes around it aside: what ADD of a
// local file may extract. A .zip is not one: ADD copies it as it is.
func IsArchiveName(name string) bool {
	name = strings.Trim(name, `"'`)
	for _, ext := range archiveExtensions {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}

// MayBeArchive reports whether content is what ADD unpacks, which it
// decides by content, not by name: a tar archive, or data compressed with
// gzip, bzip2, xz or zstd (whether a tar is inside is not looked at).
func MayBeArchive(content []byte) bool {
	for _, magic := range [][]byte{
		{0x1f, 0x8b},                     // gzip
		[]byte("BZh"),                    // bzip2
		{0xfd, '7', 'z', 'X', 'Z', 0x00}, // xz
		{0x28, 0xb5, 0x2f, 0xfd},         // zstd
	} {
		if bytes.HasPrefix(content, magic) {
			return true
		}
	}
	// A POSIX or GNU tar header has its magic at offset 257.
	return len(content) >= 262 && bytes.Equal(content[257:262], []byte("ustar"))
}

// IsRemoteSource reports an ADD source that ADD fetches instead of reading
// the build context: an HTTP(S) URL or a Git address.
func IsRemoteSource(src string) bool {
	src = strings.Trim(src, `"'`)
	return strings.Contains(src, "://") || strings.HasPrefix(src, "git@")
}

// IsGitSource reports an ADD source BuildKit clones as a Git repository:
// a git://, ssh:// or git@ address, or an http(s) URL whose path ends in
// .git.
func IsGitSource(src string) bool {
	lower := strings.ToLower(src)
	for _, prefix := range []string{"git://", "git@", "ssh://"} {
		if strings.HasPrefix(lower, prefix) {
			return true
		}
	}
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
		return false
	}
	base, _, _ := strings.Cut(lower, "#")
	base, _, _ = strings.Cut(base, "?")
	return strings.HasSuffix(base, ".git")
}

// TarExtracts reports whether tar's arguments ask it to extract: -x (in a
// group of short options, or the old style `tar xzf`), --extract or --get.
func TarExtracts(args []string) bool {
	for i, a := range args {
		switch {
		case a == "--extract" || a == "--get":
			return true
		case strings.HasPrefix(a, "--"):
		case strings.HasPrefix(a, "-"):
			if strings.Contains(a, "x") {
				return true
			}
		case i == 0 && strings.Contains(a, "x") && strings.Trim(a, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == "":
			return true
		}
	}
	return false
}
