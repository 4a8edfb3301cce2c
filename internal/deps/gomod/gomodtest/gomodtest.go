// Package gomodtest builds GOPROXY directories from module sources kept
// as txtar files, for tests that need a module proxy without a network:
// GOPROXY=file:///… serves them to dockerfix and to the go command alike.
//
// Each file under the source folder is one module version: its comment
// is "module@version", its files the module's (go.mod among them). The
// proxy gets $module/@v/list, $version.info, $version.mod and
// $version.zip, the zip made with golang.org/x/mod/zip as the go command
// would make it.
package gomodtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/txtar"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	modzip "golang.org/x/mod/zip"
)

// WriteProxy writes the proxy of the modules in src/*.txtar into dst.
func WriteProxy(dst, src string) error {
	files, err := filepath.Glob(filepath.Join(src, "*.txtar"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%s: no *.txtar modules", src)
	}
	versions := map[string][]string{}
	for _, f := range files {
		m, err := writeModule(dst, f)
		if err != nil {
			return fmt.Errorf("%s: %v", f, err)
		}
		versions[m.Path] = append(versions[m.Path], m.Version)
	}
	for mp, vs := range versions {
		semver.Sort(vs)
		dir, err := versionDir(dst, mp)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "list"), []byte(strings.Join(vs, "\n")+"\n"), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// URL is the file:// URL of a proxy directory, for GOPROXY.
func URL(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x → /C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

func versionDir(dst, modPath string) (string, error) {
	esc, err := module.EscapePath(modPath)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(dst, filepath.FromSlash(esc), "@v")
	return dir, os.MkdirAll(dir, 0o755)
}

func writeModule(dst, file string) (module.Version, error) {
	a, err := txtar.ParseFile(file)
	if err != nil {
		return module.Version{}, err
	}
	p, v, ok := strings.Cut(strings.TrimSpace(string(a.Comment)), "@")
	m := module.Version{Path: p, Version: v}
	if !ok || module.Check(p, v) != nil {
		return m, fmt.Errorf("comment %q is not module@version", a.Comment)
	}
	var gomod []byte
	var zfiles []modzip.File
	for _, f := range a.Files {
		if f.Name == "go.mod" {
			gomod = f.Data
		}
		zfiles = append(zfiles, memFile{name: f.Name, data: f.Data})
	}
	if gomod == nil {
		return m, fmt.Errorf("no go.mod")
	}
	var zbuf bytes.Buffer
	if err := modzip.Create(&zbuf, m, zfiles); err != nil {
		return m, err
	}
	dir, err := versionDir(dst, p)
	if err != nil {
		return m, err
	}
	ev, err := module.EscapeVersion(v)
	if err != nil {
		return m, err
	}
	info, _ := json.Marshal(struct {
		Version string
		Time    time.Time
	}{v, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	for name, data := range map[string][]byte{".info": info, ".mod": gomod, ".zip": zbuf.Bytes()} {
		if err := os.WriteFile(filepath.Join(dir, ev+name), data, 0o644); err != nil {
			return m, err
		}
	}
	return m, nil
}

// memFile is a txtar file as golang.org/x/mod/zip takes it.
type memFile struct {
	name string
	data []byte
}

func (f memFile) Path() string                 { return f.name }
func (f memFile) Lstat() (os.FileInfo, error)  { return memInfo(f), nil }
func (f memFile) Open() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(f.data)), nil }

type memInfo memFile

func (i memInfo) Name() string       { return filepath.Base(i.name) }
func (i memInfo) Size() int64        { return int64(len(i.data)) }
func (i memInfo) Mode() fs.FileMode  { return 0o644 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }

// GoCommand is the go command to check written go.mod and go.sum files
// with: the one on PATH, else $GOROOT/bin/go.
func GoCommand() (string, error) {
	goCmd, err := exec.LookPath("go")
	if err == nil {
		return goCmd, nil
	}
	if root := os.Getenv("GOROOT"); root != "" {
		goCmd = filepath.Join(root, "bin", "go")
		if _, serr := os.Stat(goCmd); serr == nil {
			return goCmd, nil
		}
	}
	return "", err
}

// GoEnv is the environment that runs the go command against the proxy at
// proxyURL with no network, its caches under home: the testdata modules
// exempt from the checksum database, -mod=readonly so that a go.mod or
// go.sum that needs a change is an error, the local toolchain only.
func GoEnv(proxyURL, home string) []string {
	return append(os.Environ(),
		"GOPROXY="+proxyURL, "GONOSUMDB=example.com", "GOSUMDB=", "GONOPROXY=", "GOPRIVATE=",
		"GOFLAGS=-mod=readonly -modcacherw", "GOTOOLCHAIN=local", "GOWORK=off", "GOENV=off",
		"GOPATH="+filepath.Join(home, "gopath"), "GOMODCACHE="+filepath.Join(home, "modcache"),
		"HTTPS_PROXY=http://127.0.0.1:9", "HTTP_PROXY=http://127.0.0.1:9", "NO_PROXY=", "no_proxy=")
}

// Checks are the go commands that check a module written against the
// proxy: the build needs no change of go.mod or go.sum, every hash
// matches what the proxy serves (go mod verify, after the build
// downloaded the modules), and go mod tidy would change nothing.
var Checks = [][]string{
	{"build", "./..."},
	{"mod", "verify"},
	{"mod", "tidy", "-diff"},
}
