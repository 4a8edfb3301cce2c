//go:build unix

package main

import (
	"io/fs"
	"syscall"
)

// lstat is os.Lstat for the type and size only, without the FileInfo that
// os.Lstat allocates: discovery stats every file a hook names.
func lstat(path string) (fs.FileMode, int64, error) {
	var st syscall.Stat_t
	for {
		err := syscall.Lstat(path, &st)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, 0, &fs.PathError{Op: "lstat", Path: path, Err: err}
		}
		break
	}
	var mode fs.FileMode
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFDIR:
		mode = fs.ModeDir
	case syscall.S_IFLNK:
		mode = fs.ModeSymlink
	case syscall.S_IFIFO:
		mode = fs.ModeNamedPipe
	case syscall.S_IFSOCK:
		mode = fs.ModeSocket
	case syscall.S_IFCHR:
		mode = fs.ModeDevice | fs.ModeCharDevice
	case syscall.S_IFBLK:
		mode = fs.ModeDevice
	}
	return mode, st.Size, nil
}
