package catgen

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseLibrary(t *testing.T) {
	lib := `# comment
Maintainers: Someone <x@example.com> (@x),
             Other <y@example.com> (@y)
GitRepo: https://example.com/repo.git

Tags: 1.2.3-trixie, 1.2-trixie, trixie
SharedTags: 1.2.3, 1.2, latest
Architectures: amd64, arm64v8
Directory: 1.2/trixie

Tags: 1.2.3-windowsservercore-ltsc2022
SharedTags: 1.2.3, 1.2, latest
Architectures: windows-amd64
Directory: 1.2/windows/windowsservercore-ltsc2022

Tags: 1.2.3-glibc, glibc
Architectures: amd64
amd64-Directory: latest/glibc/amd64
`
	gs := parseLibrary([]byte(lib))
	if len(gs) != 3 {
		t.Fatalf("%d groups", len(gs))
	}
	if strings.Join(gs[0].tags, ",") != "1.2.3-trixie,1.2-trixie,trixie" || strings.Join(gs[0].shared, ",") != "1.2.3,1.2,latest" || gs[0].windows || gs[0].dir != "1.2/trixie" {
		t.Errorf("group 0 = %+v", gs[0])
	}
	if !gs[1].windows || gs[1].flags() != "w" {
		t.Errorf("group 1 = %+v", gs[1])
	}
	if gs[2].dir != "latest/glibc/amd64" {
		t.Errorf("group 2 dir = %q", gs[2].dir)
	}
}

func TestGenerateSmall(t *testing.T) {
	fsys := fstest.MapFS{
		"eol.json": {Data: []byte(`{
 "_meta": {"generated": "2026-11-23", "sources": {"a": {"commit": "c1", "commit_date": "2026-08-21T10:00:00Z"}, "b": {"commit": "c2", "commit_date": "2026-08-22T10:00:00Z"}}},
 "_codenames": {"debian": {"trixie": "13"}, "ubuntu": {"noble": "24.04"}, "node_lts": {"krypton": "24"}},
 "node": {"title": "Node.js", "docker_images": ["node"], "cycles": [
   {"cycle": "24", "release": "2025-05-06", "eol": "2028-04-30", "lts": "2025-10-28", "latest": "24.19.0"},
   {"cycle": "3", "release": "2015-01-01", "eol": true, "active_support_end": true, "latest": "3.3.1"}],
   "tags": {"official_images_file": "library/node"}},
 "busybox": {"title": "BusyBox", "docker_images": ["busybox"], "cycles": [], "tags": {"official_images_file": "library/busybox"}}
}`)},
		"official-images/node":    {Data: []byte("Tags: 24, lts\nArchitectures: amd64\nDirectory: 24/trixie\n")},
		"official-images/busybox": {Data: []byte("Tags: 1.38.0, latest\n")},
	}
	b, err := Generate(fsys)
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	for _, want := range []string{
		Magic + "\n", "N\t2\t2\t2\t2\n", "S\tsnapshot\t2026-08-22\n", "K\tnode\tkrypton\t24\n",
		"C\t24\t2025-05-06\t2028-04-30\t\t\t2025-10-28\t24.19.0\t\t\t\n",
		"C\t3\t2015-01-01\t1\t1\t\t\t3.3.1\t\t\t\n",
		"I\tnode\tnode\nG\t-\t24/trixie\t24 lts\t\n", "I\tbusybox\t\nG\t-\t\t1.38.0 latest\t\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	again, _ := Generate(fsys)
	if string(again) != out {
		t.Error("output is not deterministic")
	}
	if _, err := Generate(fstest.MapFS{}); err == nil {
		t.Error("missing eol.json accepted")
	}
}

// TestGenerateNotes: the normalisations of eol.json fields, and the images
// that come from a product's notes only when the product is in the data.
func TestGenerateNotes(t *testing.T) {
	fsys := fstest.MapFS{
		"eol.json": {Data: []byte(`{
 "_meta": {"generated": "2026-12-04", "sources": {"a": {"commit": "c1", "commit_date": "2026-08-22T10:00:00Z"}}},
 "_codenames": {"debian": {}, "ubuntu": {}, "node_lts": {}},
 "rhel": {"title": "RHEL", "docker_images": ["redhat/ubi9"], "cycles": [
   {"cycle": "9", "release": "2022-05-18", "eol": "2032-05-31", "lts": "2032-05-31", "latest": "9.8"}]},
 "mssql-server": {"title": "SQL Server", "docker_images": ["mcr.microsoft.com/mssql/server"], "cycles": [
   {"cycle": "16.0", "codename": "Dallas", "label": "2022 '__CODENAME__'", "release": "2022-11-16", "eol": "2033-01-11"},
   {"cycle": "13.0", "label": "2016", "release": "2016-06-01", "eol": "2018-01-09"}]},
 "distroless": {"title": "Distroless", "docker_images": ["gcr.io/distroless/static-debian13"], "cycles": []}
}`)},
	}
	b, err := Generate(fsys)
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	for _, want := range []string{
		"C\t9\t2022-05-18\t2032-05-31\t\t\t\t9.8\t\t\t\n", // lts = eol dropped
		"\tDallas\t2022 'Dallas'\n",
		"I\tredhat/ubi9\trhel\nG\ts\tsynthetic/ubi9\t9.8 latest\t\n",
		"I\tmcr.microsoft.com/mssql/server\tmssql-server\nG\ts\tsynthetic/2022\t2022-latest\t\n", // 2016 has no Linux image, and ended
		"I\tgcr.io/distroless/static-debian13\t\nG\ts\tsynthetic/latest\tlatest latest-amd64 latest-arm64\t\n",
		"I\tgcr.io/distroless/static-debian11\t\n", // a retired name of the family
		"I\tregistry.access.redhat.com/ubi9/ubi-micro\trhel\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, absent := range []string{"mcr.microsoft.com/devcontainers/python", "jenkins/agent", "cypress/base-internal"} {
		if strings.Contains(out, absent) {
			t.Errorf("%s listed although its product is not in the data", absent)
		}
	}
}
