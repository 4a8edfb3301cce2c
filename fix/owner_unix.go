//go:build unix

package fix

import (
	"io/fs"
	"os"
	"syscall"
)

// writable reports whether the mode of a file lets this process write it.
// Root may write anything but a file no one may write (chmod a-w).
func writable(path string, fi fs.FileInfo) bool {
	if fi.Mode().Perm()&0o222 == 0 {
		return false
	}
	if os.Geteuid() == 0 {
		return true
	}
	const wOK = 2
	return syscall.Access(path, wOK) == nil
}

// owner returns the uid and gid of a file.
func owner(fi fs.FileInfo) (uid, gid int, ok bool) {
	if fi == nil {
		return 0, 0, false
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, false
	}
	return int(st.Uid), int(st.Gid), true
}

// links returns the number of hard links to a file.
func links(fi fs.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}
