//go:build unix

package fix

import (
	"io/fs"
	"syscall"
)

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
