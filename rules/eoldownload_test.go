package rules

import "testing"

func TestLiteralTail(t *testing.T) {
	for word, want := range map[string]string{
		"libssl1.1_1.1.1w-0_amd64.deb": "libssl1.1_1.1.1w-0_amd64.deb",
		"libssl1.1_${V}_amd64.deb":     "_amd64.deb",
		"node-v${V}-linux-x64.tar.xz":  "-linux-x64.tar.xz",
		"${PKG}":                       "",
		"${PKG:-libssl1.1.deb}":        "",
		"${A:-${B}}":                   "",
		"$(uname -m).tgz":              ".tgz",
		"$1.deb":                       ".deb",
		"$NAME":                        "",
		"${NAME}_amd64":                "_amd64",
	} {
		if got := literalTail(word); got != want {
			t.Errorf("literalTail(%q) = %q, want %q", word, got, want)
		}
	}
}

func TestMayFetchEOLPackage(t *testing.T) {
	for src, want := range map[string]bool{
		"RUN curl -O https://x/libssl1.1_1.1.1w-0_amd64.deb":               true,
		"ARG PKG=libssl1.1_1.1.1w-0_amd64.deb\nRUN curl -O https://x/$PKG": true,
		"RUN curl -O https://x/python2.7_2.7.18-8_amd64.deb":               true,
		"RUN curl -O https://x/tool_1.0_amd64.deb":                         false,
		"RUN apt-get install -y libssl3 python3":                           false,
	} {
		if got := mayFetchEOLPackage([]byte(src)); got != want {
			t.Errorf("mayFetchEOLPackage(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestEOLPackageStems: every ended package's name holds a word
// mayFetchEOLPackage looks for.
func TestEOLPackageStems(t *testing.T) {
	for _, pkg := range eolPackages {
		if !mayFetchEOLPackage([]byte("RUN curl -O https://x/" + pkg.prefix + "1_amd64.deb")) {
			t.Errorf("mayFetchEOLPackage misses %s", pkg.prefix)
		}
	}
}
