package osv

import (
	"fmt"
	"strconv"
	"strings"
)

// Base returns the ecosystem without its release suffix: "Debian" for
// "Debian:12", "Red Hat" for "Red Hat:enterprise_linux:9::baseos". The local
// databases are filed under it (DIR/Debian/all.zip).
func Base(ecosystem string) string {
	base, _, _ := strings.Cut(ecosystem, ":")
	return base
}

// debianReleases maps Debian code names to the release numbers OSV's
// ecosystem suffix uses (distro-info-data's version column).
var debianReleases = map[string]string{
	"jessie": "8", "stretch": "9", "buster": "10", "bullseye": "11",
	"bookworm": "12", "trixie": "13", "forky": "14", "duke": "15",
}

// ubuntuReleases maps Ubuntu code names to their YY.MM versions.
var ubuntuReleases = map[string]string{
	"trusty": "14.04", "xenial": "16.04", "bionic": "18.04", "cosmic": "18.10",
	"disco": "19.04", "eoan": "19.10", "focal": "20.04", "groovy": "20.10",
	"hirsute": "21.04", "impish": "21.10", "jammy": "22.04", "kinetic": "22.10",
	"lunar": "23.04", "mantic": "23.10", "noble": "24.04", "oracular": "24.10",
	"plucky": "25.04", "questing": "25.10", "resolute": "26.04",
}

// Ecosystem returns the OSV ecosystem of a distribution release, as OSV's
// records spell it (ossf/osv-schema's ecosystems.json):
//
//	("debian", "12"), ("debian", "bookworm")   → "Debian:12"
//	("ubuntu", "22.04"), ("ubuntu", "jammy")   → "Ubuntu:22.04:LTS" (":LTS" only on LTS releases)
//	("alpine", "3.20"), ("alpine", "3.20.3")   → "Alpine:v3.20"
//	("rhel", "9.4"), ("ubi", "9")              → "Red Hat:enterprise_linux:9"
//	("rockylinux", "9.3")                      → "Rocky Linux:9"
//	("almalinux", "9")                         → "AlmaLinux:9"
//
// Red Hat's records carry the repository stream after the release
// ("Red Hat:enterprise_linux:9::baseos", "::appstream", RHEL 10's
// "enterprise_linux:10.0"); Matches takes the major release to cover them
// all. Products are the catalog's names, with common spellings accepted.
func Ecosystem(product, release string) (string, error) {
	release = strings.TrimSpace(release)
	p := strings.ToLower(product)
	switch p {
	case "debian":
		if n, ok := debianReleases[strings.ToLower(release)]; ok {
			return "Debian:" + n, nil
		}
		if major, ok := leadingNumber(release); ok {
			return "Debian:" + major, nil
		}
	case "ubuntu":
		if v, ok := ubuntuReleases[strings.ToLower(release)]; ok {
			release = v
		}
		if yy, mm, ok := ubuntuVersion(release); ok {
			eco := "Ubuntu:" + yy + "." + mm
			if ubuntuLTS(yy, mm) {
				eco += ":LTS"
			}
			return eco, nil
		}
	case "alpine":
		major, minor, ok := majorMinor(strings.TrimPrefix(release, "v"))
		if ok {
			return "Alpine:v" + major + "." + minor, nil
		}
	case "rhel", "redhat", "red hat", "ubi", "ubi-minimal", "ubi-micro", "ubi-init":
		if major, ok := leadingNumber(release); ok {
			return "Red Hat:enterprise_linux:" + major, nil
		}
	case "rockylinux", "rocky-linux", "rocky":
		if major, ok := leadingNumber(release); ok {
			return "Rocky Linux:" + major, nil
		}
	case "almalinux", "alma":
		if major, ok := leadingNumber(release); ok {
			return "AlmaLinux:" + major, nil
		}
	default:
		return "", fmt.Errorf("osv: no OSV ecosystem for %s", product)
	}
	return "", fmt.Errorf("osv: %s release %q has no OSV ecosystem", product, release)
}

// leadingNumber returns the major number of "12", "12.4" or "9.3-20240101".
func leadingNumber(s string) (string, bool) {
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	if end == 0 || (end < len(s) && s[end] != '.' && s[end] != '-') {
		return "", false
	}
	n, err := strconv.Atoi(s[:end])
	if err != nil {
		return "", false
	}
	return strconv.Itoa(n), true
}

// majorMinor splits "3.20" or "3.20.3" into "3" and "20".
func majorMinor(s string) (major, minor string, ok bool) {
	parts := strings.SplitN(s, ".", 3)
	if len(parts) < 2 {
		return "", "", false
	}
	for _, p := range parts[:2] {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return "", "", false
		}
	}
	if len(parts) == 3 && (parts[2] == "" || strings.Trim(parts[2], "0123456789") != "") {
		return "", "", false
	}
	return parts[0], parts[1], true
}

// ubuntuVersion splits "22.04" or "22.04.5" into "22" and "04".
func ubuntuVersion(s string) (yy, mm string, ok bool) {
	yy, mm, ok = majorMinor(s)
	if !ok || len(yy) != 2 || len(mm) != 2 {
		return "", "", false
	}
	return yy, mm, true
}

// ubuntuLTS: every Ubuntu LTS since 8.04 is an April release of an even
// year, and every April release of an even year is an LTS.
func ubuntuLTS(yy, mm string) bool {
	y, err := strconv.Atoi(yy)
	return err == nil && mm == "04" && y%2 == 0
}

// Matches reports whether a record's affected ecosystem belongs to the
// queried one. A query or record without a release covers every release of
// its base ecosystem; otherwise they must be equal, except that a Red Hat
// query names a product release and covers its repository streams and minor
// releases ("Red Hat:enterprise_linux:9" covers "…:9::baseos" and
// "…:9::appstream"; "…:10" covers "…:10.0"). Ubuntu Pro ("Ubuntu:Pro:22.04:LTS")
// is not "Ubuntu:22.04:LTS": its fixes are not in the public archive.
func Matches(query, record string) bool {
	if query == record {
		return true
	}
	qBase, qRel, qHas := strings.Cut(query, ":")
	rBase, _, rHas := strings.Cut(record, ":")
	if qBase != rBase {
		return false
	}
	if !qHas || !rHas {
		return true
	}
	if qBase == "Red Hat" && qRel != "" {
		return strings.HasPrefix(record, query+"::") || strings.HasPrefix(record, query+".")
	}
	return false
}
