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

// debianRelease returns the release number of a Debian code name, as OSV's
// ecosystem suffix uses it (distro-info-data's version column).
func debianRelease(codename string) (string, bool) {
	switch codename {
	case "jessie":
		return "8", true
	case "stretch":
		return "9", true
	case "buster":
		return "10", true
	case "bullseye":
		return "11", true
	case "bookworm":
		return "12", true
	case "trixie":
		return "13", true
	case "forky":
		return "14", true
	case "duke":
		return "15", true
	}
	return "", false
}

// ubuntuRelease returns the YY.MM version of an Ubuntu code name.
func ubuntuRelease(codename string) (string, bool) {
	switch codename {
	case "trusty":
		return "14.04", true
	case "xenial":
		return "16.04", true
	case "bionic":
		return "18.04", true
	case "cosmic":
		return "18.10", true
	case "disco":
		return "19.04", true
	case "eoan":
		return "19.10", true
	case "focal":
		return "20.04", true
	case "groovy":
		return "20.10", true
	case "hirsute":
		return "21.04", true
	case "impish":
		return "21.10", true
	case "jammy":
		return "22.04", true
	case "kinetic":
		return "22.10", true
	case "lunar":
		return "23.04", true
	case "mantic":
		return "23.10", true
	case "noble":
		return "24.04", true
	case "oracular":
		return "24.10", true
	case "plucky":
		return "25.04", true
	case "questing":
		return "25.10", true
	case "resolute":
		return "26.04", true
	}
	return "", false
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
		if n, ok := debianRelease(strings.ToLower(release)); ok {
			return "Debian:" + n, nil
		}
		if major, ok := leadingNumber(release); ok {
			return "Debian:" + major, nil
		}
	case "ubuntu":
		if v, ok := ubuntuRelease(strings.ToLower(release)); ok {
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
