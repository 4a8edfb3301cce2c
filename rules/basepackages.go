package rules

// basePackage reports a package that every image of a distro family
// ships: the packages of Alpine's minirootfs, of the Debian and Ubuntu
// base images' required set (debootstrap's minbase), and of UBI minimal's
// and the Rocky and Alma base images' core. DF301 removes a pin of such a
// package outright, since it can only patch what is already there. The
// lists are deliberately short: a package missing from them is unpinned
// instead of removed, which is never wrong, only less tidy. Derived images
// (python, node, …) ship more, which the rule cannot see.
func basePackage(distro, name string) bool {
	switch distro {
	case "alpine":
		switch name {
		case "alpine-baselayout", "alpine-baselayout-data", "alpine-keys", "alpine-release", "apk-tools", "libapk2",
			"busybox", "busybox-binsh", "ssl_client", "ca-certificates-bundle", "musl", "musl-utils", "libc-utils", "scanelf", "zlib",
			"libcrypto3", "libssl3", "libcrypto1.1", "libssl1.1", "libretls":
			return true
		}
	case "debian", "ubuntu":
		switch name {
		case "apt", "base-files", "base-passwd", "bash", "bsdutils", "coreutils", "dash", "debconf", "debianutils",
			"diffutils", "dpkg", "findutils", "gpgv", "grep", "gzip", "hostname", "init-system-helpers", "login",
			"mawk", "mount", "ncurses-base", "ncurses-bin", "passwd", "perl-base", "sed", "sysvinit-utils", "tar",
			"util-linux", "zlib1g", "libc6", "libc-bin", "libgcc-s1", "libstdc++6", "libsystemd0", "libudev1",
			"libzstd1", "liblzma5", "libbz2-1.0", "liblz4-1", "libxxhash0", "libmd0", "libacl1", "libattr1", "libaudit1",
			"libblkid1", "libmount1", "libsmartcols1", "libuuid1", "libcrypt1", "libcap2", "libcap-ng0", "libseccomp2",
			"libselinux1", "libsemanage2", "libsepol2", "libpcre2-8-0", "libpam0g", "libpam-modules", "libpam-modules-bin",
			"libpam-runtime", "libtinfo6", "libffi8", "libgmp10", "libgcrypt20", "libgpg-error0", "libtasn1-6",
			"libp11-kit0", "libidn2-0", "libunistring2", "libunistring5",
			"libgnutls30", "libgnutls30t64", "libnettle8", "libnettle8t64", "libhogweed6", "libhogweed6t64", "libdb5.3", "libdb5.3t64":
			return true
		}
	case "rhel":
		switch name {
		case "glibc", "glibc-common", "glibc-minimal-langpack", "bash", "coreutils-single", "ca-certificates", "tzdata",
			"openssl-libs", "zlib", "systemd-libs", "rpm", "rpm-libs", "libgcc", "ncurses-base", "ncurses-libs",
			"sqlite-libs", "krb5-libs", "libxml2", "expat", "gnutls", "p11-kit", "libzstd", "xz-libs", "bzip2-libs",
			"pcre2", "libcurl-minimal", "curl-minimal":
			return true
		}
	}
	return false
}
