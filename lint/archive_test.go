package lint

import (
	"bytes"
	"strings"
	"testing"
)

func TestIsArchiveName(t *testing.T) {
	for name, want := range map[string]bool{
		"app.tar": true, "app.tar.gz": true, "app.tgz": true, `"app.tar.xz"`: true, "x.bz2": true, "x.Z": true,
		"app.zip": false, "app.jar": false, "app": false, "app.tar.gz.sig": false, "x.z": false, ".": false,
	} {
		if got := IsArchiveName(name); got != want {
			t.Errorf("IsArchiveName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestMayBeArchive(t *testing.T) {
	tarHeader := make([]byte, 512)
	copy(tarHeader, "file.txt")
	copy(tarHeader[257:], "ustar\x0000")
	for _, tc := range []struct {
		name    string
		content []byte
		want    bool
	}{
		{"gzip", []byte{0x1f, 0x8b, 8, 0}, true},
		{"bzip2", []byte("BZh91AY"), true},
		{"xz", []byte{0xfd, '7', 'z', 'X', 'Z', 0, 0}, true},
		{"zstd", []byte{0x28, 0xb5, 0x2f, 0xfd, 0}, true},
		{"tar", tarHeader, true},
		{"text", []byte("#!/bin/sh\necho hi\n"), false},
		{"zip", []byte("PK\x03\x04"), false},
		{"short", []byte{0x1f}, false},
		{"text with ustar elsewhere", bytes.Repeat([]byte("ustar "), 100), false},
		{"empty", nil, false},
	} {
		if got := MayBeArchive(tc.content); got != tc.want {
			t.Errorf("MayBeArchive(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestIsRemoteSource(t *testing.T) {
	for src, want := range map[string]bool{
		"https://example.com/a.txt": true, "http://x/y": true, `"https://x/y"`: true,
		"git@github.com:user/repo.git": true, "git://host/repo": true,
		"app.jar": false, "./dir/": false, "github.com/x": false,
	} {
		if got := IsRemoteSource(src); got != want {
			t.Errorf("IsRemoteSource(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestIsGitSource(t *testing.T) {
	for src, want := range map[string]bool{
		"https://github.com/moby/buildkit.git#v0.34.2": true, "https://x.org/r.git?ref=main": true,
		"git@github.com:user/repo.git": true, "git://host/repo": true, "ssh://git@host/repo": true, "GIT://HOST/R": true,
		"https://x.org/app.tgz": false, "https://x.org/a.git/file.txt": false, "app.git": false,
	} {
		if got := IsGitSource(src); got != want {
			t.Errorf("IsGitSource(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestTarExtracts(t *testing.T) {
	for _, tc := range []struct {
		args string
		want bool
	}{
		{"-xzf app.tgz", true},
		{"xzf app.tgz", true},         // the old style, without a dash
		{"-C /opt -xf app.tar", true}, // -x anywhere
		{"--extract --file=app.tar", true},
		{"--get -f app.tar", true},
		{"-czf app.tgz src", false},
		{"-tf app.tar", false},
		{"--exclude=x -cf app.tar .", false},
		{"cf xapp.tar .", false}, // x only in an operand
		{"-cf app.tar x", false}, // x is an operand
		{"x.tar -tf", false},     // an old-style first word is letters only
		{"", false},
	} {
		if got := TarExtracts(strings.Fields(tc.args)); got != tc.want {
			t.Errorf("TarExtracts(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}
