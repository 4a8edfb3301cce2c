package fix

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// tempInfix names WriteFile's temporary files: ".NAME.dockerfix-DIGITS"
// beside the file NAME (os.CreateTemp puts digits for the "*").
const tempInfix = ".dockerfix-"

// StaleTempAge is the age past which a temporary file of WriteFile's is
// garbage: writing one takes milliseconds, so a younger one may belong to
// another run that is writing it now.
const StaleTempAge = time.Minute

// isTempName reports whether name is one of WriteFile's temporary files.
func isTempName(name string) bool {
	i := strings.LastIndex(name, tempInfix)
	if !strings.HasPrefix(name, ".") || i < 2 {
		return false
	}
	digits := name[i+len(tempInfix):]
	if digits == "" {
		return false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// StaleTemps removes the temporary files a killed run left beside the
// files it was writing (WriteFile removes its own on any error, but not
// when the process dies between creating and renaming one). Its zero value
// is ready; it is safe for concurrent use.
type StaleTemps struct {
	Now func() time.Time // nil: time.Now

	mu    sync.Mutex
	swept map[string]bool // directories already swept
}

// Sweep removes, the first time it is called for a directory, the
// temporary files in the directory that path (a symlink's target, if it is
// one) lies in that were last modified more than StaleTempAge ago. It
// returns the paths it removed. It is best effort: a directory it cannot
// list or a file it cannot remove is left as it is, and the write that
// follows reports any real problem.
func (s *StaleTemps) Sweep(path string) []string {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil
	}
	dir := filepath.Dir(target)
	s.mu.Lock()
	if s.swept == nil {
		s.swept = map[string]bool{}
	}
	seen := s.swept[dir]
	s.swept[dir] = true
	s.mu.Unlock()
	if seen {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	var removed []string
	for _, e := range entries {
		if !e.Type().IsRegular() || !isTempName(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil || now().Sub(info.ModTime()) <= StaleTempAge {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if os.Remove(p) == nil {
			removed = append(removed, p)
		}
	}
	return removed
}
