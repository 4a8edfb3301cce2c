//go:build !unix

package fix

import "io/fs"

// writable reports whether the read-only attribute is clear.
func writable(_ string, fi fs.FileInfo) bool { return fi.Mode().Perm()&0o200 != 0 }

// owner reports false where files have no uid and gid (Windows).
func owner(fs.FileInfo) (uid, gid int, ok bool) { return 0, 0, false }

// links reports one link: the file's link count is not at hand here.
func links(fs.FileInfo) uint64 { return 1 }
