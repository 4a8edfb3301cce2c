//go:build unix

package main

import "syscall"

// readRegularFast reads a file discovery saw as regular, into buf when it
// fits, with few system calls: open, read and close when size (from
// discovery's lstat) is known, open, fstat, read and close when it is not
// (size < 0). os.Open takes a dozen, which on a tree of small Dockerfiles
// is a tenth of the run. ok is false when anything is off (a symlink now,
// not regular, too large, grown past the size, any error): the caller then
// takes the careful path, which names the problem.
//
// A known size stands in for fstat only when the read confirms it: exactly
// size bytes and the file not longer. A file that ends early (it shrank,
// or is no longer a regular file) is checked with fstat.
func readRegularFast(path string, size int64, buf []byte) (src []byte, ok bool) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, false
	}
	defer syscall.Close(fd)
	regular := func() bool {
		var st syscall.Stat_t
		if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
			return false
		}
		size = st.Size
		return true
	}
	if size <= 0 && !regular() {
		return nil, false
	}
	if size > maxFileSize {
		return nil, false
	}
	// One byte over the size, so that a file that did not grow takes one
	// read (and at most one allocation).
	limit := int(size) + 1
	src = buf[:0]
	if cap(buf) < limit {
		src = make([]byte, 0, limit)
	}
	for {
		n, err := syscall.Read(fd, src[len(src):limit])
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n < 0 {
			return nil, false
		}
		if n == 0 {
			// Early end of file: take it only from a regular file.
			return src, int64(len(src)) == size || regular()
		}
		src = src[:len(src)+n]
		if int64(len(src)) == size {
			// All the bytes expected: skip the read that would return
			// EOF. A file growing meanwhile is read as it was.
			return src, true
		}
		if len(src) == limit {
			return nil, false // it grew
		}
	}
}
