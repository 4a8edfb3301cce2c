// Command osvbench measures the local OSV database as a whole process, the
// way a Dockerfile with three pins uses it: bench/osv.sh writes a
// Debian-sized synthetic database with -gen, then times the queries.
//
//	osvbench -gen DIR             write DIR/Debian/all.zip (60,000 records, 30,000 packages)
//	osvbench -db DIR [PKG=VER]... query Debian:12; default openssl, curl and zlib pins
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dockerfix/dockerfix/osv"
	"github.com/dockerfix/dockerfix/osv/internal/synth"
)

func main() {
	gen := flag.String("gen", "", "write a synthetic Debian database under `DIR`")
	records := flag.Int("records", 60000, "records to write with -gen")
	packages := flag.Int("packages", 30000, "package names to spread them over")
	db := flag.String("db", "", "query the database under `DIR`")
	flag.Parse()
	var err error
	switch {
	case *gen != "":
		err = generate(*gen, *records, *packages)
	case *db != "":
		err = query(*db, flag.Args())
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "osvbench:", err)
		os.Exit(2)
	}
}

func generate(dir string, records, packages int) error {
	p := filepath.Join(dir, "Debian", "all.zip")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	f, err := os.Create(p)
	if err != nil {
		return err
	}
	if err := synth.WriteDebian(f, records, packages); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func query(dir string, pins []string) error {
	if len(pins) == 0 {
		pins = []string{"openssl=1.5.0-1", "curl=1.3.0-1", "zlib=1.1.0-1"}
	}
	db := osv.NewLocal(osv.LocalOptions{Dirs: []string{dir}})
	defer db.Close()
	for _, pin := range pins {
		pkg, version, _ := strings.Cut(pin, "=")
		ms, err := db.Vulnerabilities(context.Background(), "Debian:12", pkg, version)
		if err != nil {
			return err
		}
		fmt.Printf("%s: %d vulnerabilities\n", pin, len(ms))
	}
	return nil
}
