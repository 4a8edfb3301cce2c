// Package synth writes a synthetic OSV database the size of the real
// Debian one, for benchmarks: records shaped like osv/testdata's
// DEBIAN-CVE-2024-5535 (indented JSON, three releases' entries with
// versions lists), spread over many package names the way real ones are:
// every package has a record or two, a few have hundreds.
package synth

import (
	"archive/zip"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// hot lists the packages a benchmark queries, each as many times as
// records name it (openssl's real count is of this order).
func hot() []string {
	var names []string
	for _, h := range []struct {
		name  string
		count int
	}{{"openssl", 320}, {"curl", 180}, {"zlib", 25}} {
		for range h.count {
			names = append(names, h.name)
		}
	}
	return names
}

// WriteDebian writes an all.zip of records records over packages package
// names to w. The output depends only on the arguments.
func WriteDebian(w io.Writer, records, packages int) error {
	zw := zip.NewWriter(w)
	rng := rand.New(rand.NewPCG(1, 2))
	names := make([]string, packages)
	for i := range names {
		names[i] = fmt.Sprintf("pkg%05d", i)
	}
	hot := hot()
	zipf := rand.NewZipf(rng, 1.2, 4, uint64(packages-1))
	for i := range records {
		var pkg string
		switch {
		case i < len(hot):
			pkg = hot[i]
		case i < len(hot)+packages:
			pkg = names[i-len(hot)] // every name at least once
		default:
			pkg = names[zipf.Uint64()]
		}
		id := fmt.Sprintf("DEBIAN-CVE-%d-%05d", 2005+i%21, i)
		f, err := zw.CreateHeader(&zip.FileHeader{Name: id + ".json", Method: zip.Deflate})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, record(id, pkg, i, rng)); err != nil {
			return err
		}
	}
	return zw.Close()
}

// record renders one record: three releases, each fixed at a version of
// the package's own numbering, with the versions before it listed.
func record(id, pkg string, i int, rng *rand.Rand) string {
	major, minor := 1+i%4, i%30
	var b strings.Builder
	fmt.Fprintf(&b, `{
  "id": %q,
  "summary": "",
  "details": "Issue summary: a crafted input to %s may cause a crash or an out-of-bounds read in a parser routine, reported upstream as issue %d and fixed in the releases below.",
  "modified": "2025-09-30T09:17:48.561234Z",
  "published": "2024-06-27T11:15:24Z",
  "upstream": [
    %q
  ],
  "references": [
    {
      "type": "ADVISORY",
      "url": "https://security-tracker.debian.org/tracker/%s"
    }
  ],
  "affected": [`, id, pkg, i, strings.TrimPrefix(id, "DEBIAN-"), strings.TrimPrefix(id, "DEBIAN-"))
	for r, release := range []string{"11", "12", "13"} {
		if r > 0 {
			b.WriteString(",")
		}
		fixed := fmt.Sprintf("%d.%d.%d-%d~deb%su%d", major, minor, r+2, 1+rng.IntN(3), release, 1+rng.IntN(5))
		fmt.Fprintf(&b, `
    {
      "package": {
        "name": %q,
        "ecosystem": "Debian:%s",
        "purl": "pkg:deb/debian/%s?arch=source"
      },
      "ranges": [
        {
          "type": "ECOSYSTEM",
          "events": [
            {
              "introduced": "0"
            },
            {
              "fixed": %q
            }
          ]
        }
      ],
      "versions": [`, pkg, release, pkg, fixed)
		n := 2 + rng.IntN(5)
		for v := range n {
			if v > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, "\n        \"%d.%d.%d-%d\"", major, minor, v, 1+v%2)
		}
		fmt.Fprintf(&b, `
      ],
      "database_specific": {
        "source": "https://storage.googleapis.com/cve-osv-conversion/osv-output/%s.json"
      }
    }`, strings.TrimPrefix(id, "DEBIAN-"))
	}
	b.WriteString("\n  ],\n  \"schema_version\": \"1.7.3\"\n}\n")
	return b.String()
}
