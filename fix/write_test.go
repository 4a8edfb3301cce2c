package fix

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// mkfile creates path with content and exactly mode (no umask).
func mkfile(t *testing.T, path, content string, mode fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
}

func wantContent(t *testing.T, path, want string) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s: content %q, want %q", path, got, want)
	}
}

// noTempFiles fails if WriteFile left a temporary file in any of dirs.
func noTempFiles(t *testing.T, dirs ...string) {
	t.Helper()
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if strings.Contains(e.Name(), ".dockerfix-") {
				t.Errorf("temporary file left behind: %s", filepath.Join(dir, e.Name()))
			}
		}
	}
}

func TestWriteFileReplacesContent(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "Dockerfile")
	mkfile(t, p, "FROM old\nRUN a long line that gets shorter\n", 0o644)
	if err := WriteFile(p, []byte("FROM new\n"), dir); err != nil {
		t.Fatal(err)
	}
	wantContent(t, p, "FROM new\n")
	noTempFiles(t, dir)
}

func TestWriteFileRelativePath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	mkfile(t, "Dockerfile", "FROM old\n", 0o644)
	if err := WriteFile("Dockerfile", []byte("FROM new\n"), "."); err != nil {
		t.Fatal(err)
	}
	wantContent(t, "Dockerfile", "FROM new\n")
	noTempFiles(t, dir)
}

func TestWriteFilePreservesMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no unix permission bits")
	}
	modes := []fs.FileMode{0o755, 0o640, 0o600, 0o644, 0o755 | fs.ModeSetuid, 0o750 | fs.ModeSetgid}
	for _, mode := range modes {
		t.Run(mode.String(), func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "Dockerfile")
			mkfile(t, p, "old\n", mode)
			if err := WriteFile(p, []byte("new\n"), ""); err != nil {
				t.Fatal(err)
			}
			fi, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode() != mode {
				t.Errorf("mode %v, want %v", fi.Mode(), mode)
			}
			wantContent(t, p, "new\n")
			noTempFiles(t, dir)
		})
	}
}

// TestWriteFileReadOnly: a file no one may write is refused, though the
// directory would let a rename replace it; so is a file the user may not
// write.
func TestWriteFileReadOnly(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no unix permission bits")
	}
	for _, mode := range []fs.FileMode{0o444, 0o400, 0o555} {
		t.Run(mode.String(), func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "Dockerfile")
			mkfile(t, p, "old\n", mode)
			err := WriteFile(p, []byte("new\n"), "")
			if err == nil || !strings.Contains(err.Error(), "read-only file") {
				t.Fatalf("err = %v", err)
			}
			if err := CheckWritable(p, ""); err == nil {
				t.Error("CheckWritable accepts a read-only file")
			}
			wantContent(t, p, "old\n")
			noTempFiles(t, dir)
		})
	}
	if os.Geteuid() == 0 {
		return // root may write a file that some bit allows
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "Dockerfile")
	mkfile(t, p, "old\n", 0o466) // group and others may write, the owner may not
	if err := WriteFile(p, []byte("new\n"), ""); err == nil {
		t.Error("wrote a file its owner may not write")
	}
	wantContent(t, p, "old\n")
}

// TestWriteFilePreservesOwner needs root to create a file owned by someone
// else; WriteFile must hand the new file back to that owner, and chown must
// not clear the setuid bit.
func TestWriteFilePreservesOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "Dockerfile")
	mkfile(t, p, "old\n", 0o755)
	const uid, gid = 65534, 65533
	if err := os.Chown(p, uid, gid); err != nil {
		t.Skip("chown:", err)
	}
	if err := os.Chmod(p, 0o755|fs.ModeSetuid); err != nil { // after chown, which clears it
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("new\n"), dir); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if u, g, ok := owner(fi); !ok || u != uid || g != gid {
		t.Errorf("owner %d:%d (ok=%v), want %d:%d", u, g, ok, uid, gid)
	}
	if want := 0o755 | fs.ModeSetuid; fi.Mode() != want {
		t.Errorf("mode %v, want %v", fi.Mode(), want)
	}
}

func TestWriteFileSymlinkInsideRoot(t *testing.T) {
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, "real"), 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(root, "real", "Dockerfile")
	mkfile(t, target, "old\n", 0o640)
	link := filepath.Join(root, "Dockerfile")
	if err := os.Symlink(filepath.Join("real", "Dockerfile"), link); err != nil {
		t.Skip("symlink:", err)
	}
	if err := WriteFile(link, []byte("new\n"), root); err != nil {
		t.Fatal(err)
	}
	wantContent(t, target, "new\n")
	fi, err := os.Lstat(link)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("%s is no longer a symlink (mode %v)", link, fi.Mode())
	}
	if dest, _ := os.Readlink(link); dest != filepath.Join("real", "Dockerfile") {
		t.Errorf("link now points to %q", dest)
	}
	if fi, err := os.Stat(target); err != nil || fi.Mode().Perm() != 0o640 {
		t.Errorf("target mode %v (err %v), want 0640", fi.Mode(), err)
	}
	noTempFiles(t, root, filepath.Join(root, "real"))
}

func TestWriteFileOutsideRoot(t *testing.T) {
	root, outside := t.TempDir(), t.TempDir()
	secret := filepath.Join(outside, "secret")
	mkfile(t, secret, "secret\n", 0o644)
	if err := os.Mkdir(filepath.Join(outside, "d"), 0o755); err != nil {
		t.Fatal(err)
	}
	mkfile(t, filepath.Join(outside, "d", "Dockerfile"), "secret\n", 0o644)

	link := filepath.Join(root, "Dockerfile")
	if err := os.Symlink(secret, link); err != nil {
		t.Skip("symlink:", err)
	}
	dirLink := filepath.Join(root, "sub")
	if err := os.Symlink(filepath.Join(outside, "d"), dirLink); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{
		link,                                 // symlink to a file outside
		filepath.Join(dirLink, "Dockerfile"), // through a symlinked directory
		filepath.Join(root, "..", filepath.Base(outside), "secret"), // plain path
		secret,
	} {
		err := WriteFile(p, []byte("pwned\n"), root)
		if err == nil {
			t.Errorf("WriteFile(%s) outside root succeeded", p)
			continue
		}
		if !strings.HasPrefix(err.Error(), p+": ") || strings.Contains(err.Error(), "\n") {
			t.Errorf("error %q does not start with the path on one line", err)
		}
	}
	wantContent(t, secret, "secret\n")
	wantContent(t, filepath.Join(outside, "d", "Dockerfile"), "secret\n")
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("link changed: %v %v", fi, err)
	}
	noTempFiles(t, root, outside, filepath.Join(outside, "d"))

	// Without a root the same symlink is followed.
	if err := WriteFile(link, []byte("new\n"), ""); err != nil {
		t.Fatal(err)
	}
	wantContent(t, secret, "new\n")
}

func TestWriteFileNotRegular(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{"directory": sub}
	if mkfifo, err := exec.LookPath("mkfifo"); err == nil {
		fifo := filepath.Join(dir, "fifo")
		if out, err := exec.Command(mkfifo, fifo).CombinedOutput(); err != nil {
			t.Fatalf("mkfifo: %v: %s", err, out)
		}
		cases["fifo"] = fifo
	} else {
		t.Log("mkfifo not on PATH; fifo case skipped")
	}
	if _, err := os.Stat("/dev/null"); err == nil {
		cases["device"] = "/dev/null"
	}
	for name, p := range cases {
		t.Run(name, func(t *testing.T) {
			err := WriteFile(p, []byte("x"), "")
			if err == nil {
				t.Fatalf("WriteFile(%s) succeeded", p)
			}
			if !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("unexpected error: %v", err)
			}
		})
	}
	if fi, err := os.Lstat(filepath.Join(dir, "fifo")); err == nil && fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("fifo replaced: %v", fi.Mode())
	}
	noTempFiles(t, dir, sub)
}

func TestWriteFileHardLinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("link counts are not read on Windows")
	}
	// A file with a second name is refused, both names keep their
	// contents and inode; once the other name is gone it is written.
	dir := t.TempDir()
	p, other := filepath.Join(dir, "Dockerfile"), filepath.Join(dir, "copy.Dockerfile")
	mkfile(t, p, "FROM old\n", 0o644)
	if err := os.Link(p, other); err != nil {
		t.Skip("link:", err)
	}
	before, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	for name, fn := range map[string]func() error{
		"WriteFile":     func() error { return WriteFile(p, []byte("FROM new\n"), dir) },
		"CheckWritable": func() error { return CheckWritable(p, dir) },
	} {
		err := fn()
		if err == nil || err.Error() != p+": has 2 hard links; not written, since a new file would leave the other links with the old contents" {
			t.Errorf("%s: %v", name, err)
		}
	}
	wantContent(t, p, "FROM old\n")
	wantContent(t, other, "FROM old\n")
	if after, err := os.Stat(p); err != nil || !os.SameFile(before, after) {
		t.Errorf("inode changed: %v", err)
	}
	noTempFiles(t, dir)

	if err := os.Remove(other); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("FROM new\n"), dir); err != nil {
		t.Fatal(err)
	}
	wantContent(t, p, "FROM new\n")
}

func TestWriteFileMissing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "Dockerfile")
	if err := WriteFile(p, []byte("x"), dir); err == nil {
		t.Errorf("WriteFile on a missing file succeeded")
	}
	dangling := filepath.Join(dir, "dangling")
	if err := os.Symlink("nowhere", dangling); err != nil {
		t.Skip("symlink:", err)
	}
	if err := WriteFile(dangling, []byte("x"), dir); err == nil {
		t.Errorf("WriteFile on a dangling symlink succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, "nowhere")); err == nil {
		t.Errorf("dangling symlink target was created")
	}
	noTempFiles(t, dir)
}

func TestWriteFileUnwritableDir(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root bypasses directory permissions")
	}
	if runtime.GOOS == "windows" {
		t.Skip("no unix directory permissions")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "Dockerfile")
	mkfile(t, p, "old\n", 0o644)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	err := WriteFile(p, []byte("new\n"), dir)
	if err == nil {
		t.Fatal("WriteFile in a read-only directory succeeded")
	}
	if !strings.HasPrefix(err.Error(), p+": ") {
		t.Errorf("error %q does not name the path", err)
	}
	wantContent(t, p, "old\n")
	noTempFiles(t, dir)
}

// TestWriteFileRenameFails makes the last step fail after the temporary
// file exists: the rename over an immutable file is refused even for root.
func TestWriteFileRenameFails(t *testing.T) {
	chattr, err := exec.LookPath("chattr")
	if err != nil || os.Geteuid() != 0 {
		t.Skip("needs chattr and root")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "Dockerfile")
	mkfile(t, p, "old\n", 0o644)
	if out, err := exec.Command(chattr, "+i", p).CombinedOutput(); err != nil {
		t.Skipf("chattr +i: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command(chattr, "-i", p).Run() })
	err = WriteFile(p, []byte("new\n"), dir)
	if err == nil {
		t.Fatal("WriteFile over an immutable file succeeded")
	}
	if !strings.Contains(err.Error(), "rename") {
		t.Errorf("expected a rename error, got %v", err)
	}
	wantContent(t, p, "old\n")
	noTempFiles(t, dir)
}
