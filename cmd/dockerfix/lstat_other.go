//go:build !unix

package main

import (
	"io/fs"
	"os"
)

// lstat is os.Lstat for the type and size only.
func lstat(path string) (fs.FileMode, int64, error) {
	st, err := os.Lstat(path)
	if err != nil {
		return 0, 0, err
	}
	return st.Mode().Type(), st.Size(), nil
}
