// Command gen regenerates the embedded base-image catalog of package images from
// the shared data snapshot (eol.json and the official-images library files).
//
//	go run ./gen -data ../../../shared/data-2026-12 -out catalog.txt
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dockerfix/dockerfix/internal/images/internal/catgen"
)

func main() {
	data := flag.String("data", "../../../shared/data-2026-12", "directory holding eol.json and official-images/")
	out := flag.String("out", "catalog.txt", "catalog file to write")
	flag.Parse()
	b, err := catgen.Generate(os.DirFS(*data))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	// Write through a temporary file so a failed run never leaves a truncated catalog.
	tmp, err := os.CreateTemp(filepath.Dir(*out), ".catalog-*")
	if err == nil {
		_, err = tmp.Write(b)
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp.Name(), *out)
		}
		if err != nil {
			os.Remove(tmp.Name())
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
