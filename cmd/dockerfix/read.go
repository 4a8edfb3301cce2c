package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"
)

// maxFileSize bounds what is read: real Dockerfiles are kilobytes, and a
// huge file is a mistake, not something to parse.
const maxFileSize = 4 << 20

// readDockerfile reads a target and rejects what is not a Dockerfile with
// one clear error naming the file. A regular file is read into buf when it
// fits: a worker reuses one buffer for file after file.
func readDockerfile(t target, stdin io.Reader, buf []byte) ([]byte, error) {
	var src []byte
	var err error
	if t.stdin {
		src, err = io.ReadAll(io.LimitReader(stdin, maxFileSize+1))
		if err != nil {
			return nil, fmt.Errorf("-: %v", err)
		}
		if len(src) > maxFileSize {
			return nil, fmt.Errorf("-: input too large (the limit is %d MiB)", maxFileSize>>20)
		}
	} else if t.regular {
		var ok bool
		if src, ok = readRegularFast(t.path, t.size, buf); !ok {
			if src, err = readLimited(t.path); err != nil {
				return nil, err
			}
		}
	} else if src, err = readLimited(t.path); err != nil {
		return nil, err
	}
	return src, checkText(t.display, src)
}

// readLimited reads a regular file of at most maxFileSize bytes.
func readLimited(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		if lst, lerr := os.Lstat(path); lerr == nil && lst.Mode()&fs.ModeSymlink != 0 && errors.Is(err, fs.ErrNotExist) {
			target, _ := os.Readlink(path)
			return nil, fmt.Errorf("%s: dangling symlink (points to %s)", path, target)
		}
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err)) // errors.Is(err, fs.ErrNotExist) holds
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	if st.Size() > maxFileSize {
		return nil, fmt.Errorf("%s: file too large (%d bytes; the limit is %d MiB)", path, st.Size(), maxFileSize>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	defer f.Close()
	// Sized from the stat, one byte over, so that a file that did not grow
	// takes one read and one allocation.
	src := make([]byte, 0, st.Size()+1)
	for {
		n, err := f.Read(src[len(src):cap(src)])
		src = src[:len(src)+n]
		if err == io.EOF {
			return src, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, unwrapPathError(err))
		}
		if len(src) > maxFileSize {
			return nil, fmt.Errorf("%s: file too large (the limit is %d MiB)", path, maxFileSize>>20)
		}
		if len(src) == cap(src) {
			src = append(src, 0)[:len(src)] // it grew since the stat
		}
	}
}

// checkText rejects binary and non-UTF-8 content.
func checkText(name string, src []byte) error {
	if bytes.IndexByte(src, 0) >= 0 {
		return fmt.Errorf("%s: binary file, not a Dockerfile", name)
	}
	if !utf8.Valid(src) {
		off := 0
		for off < len(src) {
			r, size := utf8.DecodeRune(src[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		line := bytes.Count(src[:off], []byte{'\n'}) + 1
		col := off - bytes.LastIndexByte(src[:off], '\n')
		return fmt.Errorf("%s:%d:%d: not valid UTF-8 text", name, line, col)
	}
	return nil
}
