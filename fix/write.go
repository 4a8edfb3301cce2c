package fix

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// WriteFile atomically replaces the contents of the existing regular file at
// path with data. A symlink at path (or in its directories) is resolved and
// its target is rewritten, so the link stays a link. If root is not empty,
// the resolved target must lie inside root. The new file keeps the old one's
// permission bits (including setuid, setgid and sticky) and, where
// permitted, its owner and group. Data goes to a temporary file next to the
// target that is synced and then renamed over it, so readers see either the
// old or the new contents; on failure the temporary file is removed and the
// target is untouched. A file with several hard links is refused, since the
// rename would split them.
func WriteFile(path string, data []byte, root string) error {
	target, fi, err := checkTarget(path, root)
	if err != nil {
		return err
	}

	dir, base := filepath.Split(target)
	tmp, err := os.CreateTemp(dir, "."+base+tempInfix+"*")
	if err != nil {
		return fmt.Errorf("%s: create temporary file: %w", path, err)
	}
	tmpName := tmp.Name()
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmpName)
		}
	}()

	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("%s: write %s: %w", path, tmpName, err)
	}
	// Chown before chmod: Linux clears setuid/setgid on chown, even for root.
	if err := chown(tmp, fi); err != nil {
		return fmt.Errorf("%s: chown %s: %w", path, tmpName, err)
	}
	mode := fi.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)
	if err := tmp.Chmod(mode); err != nil {
		return fmt.Errorf("%s: chmod %s: %w", path, tmpName, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("%s: sync %s: %w", path, tmpName, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: close %s: %w", path, tmpName, err)
	}
	if err := os.Rename(tmpName, target); err != nil {
		return fmt.Errorf("%s: rename %s: %w", path, tmpName, err)
	}
	done = true
	syncDir(dir)
	return nil
}

// CheckWritable reports, as WriteFile would, why path cannot be rewritten:
// a symlink leaving root, not a regular file, a file with several hard
// links, or a read-only file. A caller that writes several files checks
// them all first, so that it writes all or none.
func CheckWritable(path, root string) error {
	_, _, err := checkTarget(path, root)
	return err
}

func checkTarget(path, root string) (string, fs.FileInfo, error) {
	target, err := resolveTarget(path, root)
	if err != nil {
		return "", nil, err
	}
	fi, err := os.Lstat(target)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		return "", nil, fmt.Errorf("%s: not a regular file: %s", path, describeType(fi.Mode()))
	}
	// The rename would give path a new inode and leave the other names of
	// the old one with the old contents. Writing in place instead would
	// lose the atomicity: say so rather than split the links.
	if n := links(fi); n > 1 {
		return "", nil, fmt.Errorf("%s: has %d hard links; not written, since a new file would leave the other links with the old contents", path, n)
	}
	// The rename would replace a file its mode forbids writing (the
	// directory decides a rename): honour the mode instead.
	if !writable(target, fi) {
		return "", nil, fmt.Errorf("%s: read-only file, not written", path)
	}
	return target, fi, nil
}

// resolveTarget follows symlinks in path and checks the result against root.
func resolveTarget(path, root string) (string, error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", fmt.Errorf("%s: resolve: %w", path, err)
	}
	if target, err = filepath.Abs(target); err != nil {
		return "", fmt.Errorf("%s: resolve: %w", path, err)
	}
	if root == "" {
		return target, nil
	}
	// root is resolved too so that a symlinked root (e.g. /tmp on macOS)
	// compares equal to the paths beneath it.
	r, err := filepath.EvalSymlinks(root)
	if err == nil {
		r, err = filepath.Abs(r)
	}
	if err != nil {
		return "", fmt.Errorf("%s: resolve root %s: %w", path, root, err)
	}
	rel, err := filepath.Rel(r, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", fmt.Errorf("%s: resolves to %s, outside %s", path, target, root)
	}
	return target, nil
}

// chown gives f the owner and group of the original file fi. Only root may
// give a file away, and only a member of a group may assign it, so EPERM is
// not an error: the file then keeps the writer's own ids.
func chown(f *os.File, fi fs.FileInfo) error {
	uid, gid, ok := owner(fi)
	if !ok {
		return nil
	}
	cur, err := f.Stat()
	if err != nil {
		return err
	}
	if u, g, ok := owner(cur); ok && u == uid && g == gid {
		return nil
	}
	err = f.Chown(uid, gid)
	if errors.Is(err, fs.ErrPermission) {
		err = f.Chown(-1, gid) // the group alone may still be allowed
	}
	if errors.Is(err, fs.ErrPermission) {
		return nil
	}
	return err
}

func describeType(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "is a directory"
	case m&fs.ModeNamedPipe != 0:
		return "is a named pipe"
	case m&fs.ModeSocket != 0:
		return "is a socket"
	case m&fs.ModeDevice != 0:
		return "is a device"
	default:
		return "has mode " + m.String()
	}
}

// syncDir makes the rename durable. Failure is ignored: the rename has
// already happened and some systems cannot fsync a directory.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
