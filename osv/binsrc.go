package osv

import "strings"

//go:generate go run ./internal/gensrc -seed internal/gensrc/seed.txt -out binsrc_table.go

// SourcePackage returns the name OSV's records use for a package installed
// by name: Debian's, Ubuntu's and Alpine's records name source packages
// (libssl3t64, libssl3 and libssl1.1 → openssl; libc6 → glibc; zlib1g →
// zlib; Alpine's libcrypto3 → openssl), Rocky Linux's and AlmaLinux's name
// source RPMs (openssl-libs → openssl); Red Hat's name the binary RPMs
// themselves. An architecture qualifier ("libssl3:amd64") is dropped. A
// package the tables do not know is returned as it is: most packages are
// their own source.
//
// The Debian and Ubuntu table is generated from those releases' Packages
// indexes (binsrc_table.go, see internal/gensrc) and covers the packages
// Dockerfiles install; the Alpine and RPM tables are kept by hand.
func SourcePackage(ecosystem, pkg string) string {
	pkg, _, _ = strings.Cut(pkg, ":")
	var src string
	var ok bool
	switch Base(ecosystem) {
	case "Debian", "Ubuntu":
		src, ok = debSourceOf(ecosystem, pkg)
	case "Alpine":
		src, ok = apkOrigin(pkg)
	case "Rocky Linux", "AlmaLinux":
		src, ok = sourceRPM(pkg)
	}
	if ok {
		return src
	}
	return pkg
}

// apkOrigin returns the origin (source) package of an Alpine subpackage.
func apkOrigin(pkg string) (string, bool) {
	switch pkg {
	case "libcrypto3", "libssl3", "libcrypto1.1", "libssl1.1", "libcrypto1.0", "libssl1.0", "openssl-dev", "openssl-libs-static":
		return "openssl", true
	case "musl-utils", "musl-dev":
		return "musl", true
	case "busybox-binsh", "busybox-suid", "busybox-extras", "ssl_client":
		return "busybox", true
	case "libcurl", "curl-dev":
		return "curl", true
	case "zlib-dev", "zlib-static":
		return "zlib", true
	case "libexpat", "expat-dev":
		return "expat", true
	case "libxml2-utils", "libxml2-dev":
		return "libxml2", true
	case "sqlite-libs", "sqlite-dev":
		return "sqlite", true
	case "ncurses-libs", "ncurses-terminfo-base", "ncurses-terminfo", "ncurses-dev":
		return "ncurses", true
	case "krb5-libs", "krb5-dev":
		return "krb5", true
	case "libldap", "openldap-dev", "openldap-clients":
		return "openldap", true
	case "libpcre2-8", "libpcre2-16", "libpcre2-32", "pcre2-dev", "pcre2-tools":
		return "pcre2", true
	case "libgcc", "libstdc++", "libstdc++-dev", "libgomp", "libatomic", "g++":
		return "gcc", true
	case "ca-certificates-bundle":
		return "ca-certificates", true
	case "libuuid", "libblkid", "libmount", "libfdisk", "libsmartcols":
		return "util-linux", true
	case "nghttp2-libs", "nghttp2-dev":
		return "nghttp2", true
	case "brotli-libs", "brotli-dev":
		return "brotli", true
	case "zstd-libs", "zstd-dev":
		return "zstd", true
	case "xz-libs", "xz-dev":
		return "xz", true
	case "libbz2", "bzip2-dev":
		return "bzip2", true
	case "openssh-client", "openssh-client-default", "openssh-client-common", "openssh-keygen", "openssh-server", "openssh-server-common", "openssh-sftp-server":
		return "openssh", true
	case "libcom_err", "e2fsprogs-libs", "e2fsprogs-dev":
		return "e2fsprogs", true
	case "libcap2", "libcap-utils", "libcap-dev":
		return "libcap", true
	case "icu-libs", "icu-data-full", "icu-data-en", "icu-dev":
		return "icu", true
	case "python3-dev":
		return "python3", true
	}
	return "", false
}

// sourceRPM returns the source RPM of a binary RPM of the RHEL family.
func sourceRPM(pkg string) (string, bool) {
	switch pkg {
	case "openssl-libs", "openssl-devel":
		return "openssl", true
	case "glibc-common", "glibc-minimal-langpack", "glibc-langpack-en", "glibc-devel", "glibc-headers":
		return "glibc", true
	case "libcurl", "libcurl-minimal", "curl-minimal", "libcurl-devel":
		return "curl", true
	case "zlib-devel":
		return "zlib", true
	case "krb5-libs", "krb5-devel":
		return "krb5", true
	case "libxml2-devel":
		return "libxml2", true
	case "nss-util", "nss-softokn", "nss-softokn-freebl", "nss-sysinit", "nss-tools":
		return "nss", true
	case "libgcc", "libstdc++", "libgomp":
		return "gcc", true
	case "sqlite-libs":
		return "sqlite", true
	case "expat-devel":
		return "expat", true
	case "systemd-libs", "systemd-pam":
		return "systemd", true
	case "libblkid", "libmount", "libuuid", "libsmartcols", "libfdisk":
		return "util-linux", true
	case "ncurses-libs", "ncurses-base":
		return "ncurses", true
	case "openssh-clients", "openssh-server":
		return "openssh", true
	case "bind-libs", "bind-utils":
		return "bind", true
	case "libzstd":
		return "zstd", true
	case "xz-libs":
		return "xz", true
	case "bzip2-libs":
		return "bzip2", true
	case "libssh-config":
		return "libssh", true
	case "rpm-libs":
		return "rpm", true
	case "vim-minimal", "vim-common", "vim-enhanced":
		return "vim", true
	}
	return "", false
}
