package images

import "strings"

// This file holds what the data snapshot does not say in machine-readable
// form but its notes do: which products are operating systems, where
// deprecated images moved, which upgrades need more than a tag change.
// Everything here is a function over constants: no mutable tables.

// osProduct reports catalog products that are operating systems: an image of
// one of them is the OS, with no separate OS component.
func osProduct(name string) bool {
	switch name {
	case "debian", "ubuntu", "alpine", "fedora", "centos", "centos-stream", "rockylinux",
		"almalinux", "oracle-linux", "amazonlinux", "windows-server", "windows-server-core",
		"windows-nano-server", "rhel":
		return true
	}
	return false
}

func (im *Image) isOS() bool {
	return len(im.products) > 0 && osProduct(im.products[0].Name)
}

// fallbackOS is the OS of images whose "latest" tag, tags and Directories
// never name it, from the eol.json notes and the images' Dockerfiles.
func (im *Image) fallbackOS() Component {
	product, cycle := "", ""
	switch im.name {
	case "rabbitmq":
		product, cycle = "ubuntu", "24.04" // eol.json: "Default OS is Ubuntu 24.04"
	case "jenkins/jenkins":
		product, cycle = "debian", "13" // eol.json: "Debian base trixie"
	case "kong", "sonarqube":
		product = "ubuntu"
	case "elixir", "erlang", "wordpress", "nextcloud", "r-base", "oven/bun", "denoland/deno", "ghcr.io/denoland/deno":
		product = "debian"
	case "bash", "traefik":
		product = "alpine"
	}
	if product == "" {
		return Component{}
	}
	return Component{Kind: PartOS, Product: product, Cycle: im.t.cycle(product, cycle)}
}

// distroOf maps an OS product to the distro family of Distro().
// IsOS reports whether a product is an operating system (a distribution
// or Windows), whose release decides the package names a Dockerfile uses.
func IsOS(product string) bool { return distroOf(product) != "" }

func distroOf(product string) string {
	switch product {
	case "debian", "ubuntu", "alpine", "distroless":
		return product
	case "rhel", "fedora", "centos", "centos-stream", "rockylinux", "almalinux", "oracle-linux", "amazonlinux":
		return "rhel"
	case "windows", "windows-server", "windows-server-core", "windows-nano-server":
		return "windows"
	}
	return ""
}

// Successor describes where a deprecated or frozen image moved.
type Successor struct {
	// Image is the repository to use instead; "" when there is no single one.
	Image string
	// Note explains the deprecation (from the eol.json notes).
	Note string
}

// Deprecation reports whether an image is deprecated, frozen or moved.
func (im *Image) Deprecation() (Successor, bool) {
	return deprecation(im.name)
}

func deprecation(name string) (Successor, bool) {
	switch name {
	case "openjdk":
		return Successor{"eclipse-temurin", "the openjdk image is deprecated: GA tags stopped receiving updates in July 2022; only early-access builds are published"}, true
	case "jenkins":
		return Successor{"jenkins/jenkins", "the library jenkins image was deprecated after 2.60.3 and removed in 2018"}, true
	case "consul":
		return Successor{"hashicorp/consul", "library/consul was removed in 2024; HashiCorp publishes hashicorp/consul"}, true
	case "vault":
		return Successor{"hashicorp/vault", "library/vault was removed in 2024; HashiCorp publishes hashicorp/vault"}, true
	case "centos":
		return Successor{"", "CentOS Linux is end of life and the centos image is removed; use almalinux, rockylinux/rockylinux or quay.io/centos/centos:stream10"}, true
	case "rockylinux":
		return Successor{"rockylinux/rockylinux", "the rockylinux official image is stale (last updated 2023-11-30); Rocky Linux publishes rockylinux/rockylinux"}, true
	case "microsoft/windowsservercore":
		return Successor{"mcr.microsoft.com/windows/servercore", "Windows base images moved to mcr.microsoft.com in 2019"}, true
	case "microsoft/nanoserver":
		return Successor{"mcr.microsoft.com/windows/nanoserver", "Windows base images moved to mcr.microsoft.com in 2019"}, true
	case "microsoft/aspnet":
		return Successor{"mcr.microsoft.com/dotnet/framework/aspnet", ".NET Framework images moved to mcr.microsoft.com/dotnet/framework/ in 2019"}, true
	case "microsoft/dotnet-framework":
		// runtime or sdk, by the tag: no single successor
		return Successor{"", ".NET Framework images moved to mcr.microsoft.com/dotnet/framework/runtime and .../sdk in 2019"}, true
	case "microsoft/dotnet":
		// sdk, aspnet or runtime, by the tag: no single successor
		return Successor{"", ".NET images moved to mcr.microsoft.com/dotnet/ (sdk, aspnet, runtime, runtime-deps) in 2019"}, true
	case "microsoft/mssql-server-windows-express", "microsoft/mssql-server-windows-developer":
		return Successor{"", "SQL Server Windows container images are no longer published; SQL Server containers are Linux images (mcr.microsoft.com/mssql/server)"}, true
	case "microsoft/iis":
		return Successor{"mcr.microsoft.com/windows/servercore/iis", "Windows images moved to mcr.microsoft.com in 2019"}, true
	}
	if rest, ok := strings.CutPrefix(name, "mcr.microsoft.com/dotnet/core/"); ok {
		return Successor{"mcr.microsoft.com/dotnet/" + rest, ".NET 5+ images are published without the /core/ path segment"}, true
	}
	if rest, ok := strings.CutPrefix(name, "mcr.microsoft.com/vscode/devcontainers/"); ok {
		return Successor{"mcr.microsoft.com/devcontainers/" + rest, "mcr.microsoft.com/vscode/devcontainers/ holds the old 0.x images; the Dev Containers images are published as mcr.microsoft.com/devcontainers/"}, true
	}
	if rest, ok := strings.CutPrefix(name, "mcr.microsoft.com/cbl-mariner/"); ok {
		return Successor{"mcr.microsoft.com/azurelinux/" + rest, "CBL-Mariner 2.0 is superseded by Azure Linux 3.0 (.NET dropped its CBL-Mariner images in 2026)"}, true
	}
	if rest, ok := strings.CutPrefix(name, "jupyter/"); ok {
		return Successor{"quay.io/jupyter/" + rest, "the Jupyter Docker Stacks are pushed only to quay.io/jupyter/ since 2023-10-20; the Docker Hub images are no longer updated"}, true
	}
	if strings.HasPrefix(name, "docker.elastic.co/") && strings.HasSuffix(name, "-oss") {
		return Successor{"", "the -oss images stopped at 7.10.2; Elastic publishes only its default distribution"}, true
	}
	return Successor{}, false
}

// upgradeNote says when moving between two releases takes more than a tag
// change (data migration, API break); "" when a tag bump is the whole upgrade.
func upgradeNote(product string, from, to *Cycle) string {
	if from == nil || to == nil || from == to {
		return ""
	}
	fm, tm := from.num.major(), to.num.major()
	switch product {
	case "postgres":
		if fm != tm {
			return "a major PostgreSQL upgrade needs pg_upgrade or a dump and restore of the data directory"
		}
	case "tomcat":
		if fm <= 9 && tm >= 10 {
			return "Tomcat 10 moves from javax.* to jakarta.*: the application must be migrated"
		}
	case "traefik":
		if fm != tm {
			return "a major Traefik upgrade needs a configuration migration"
		}
	case "nextcloud":
		return "Nextcloud upgrades one major version at a time; run the upgrade for each step"
	case "elasticsearch", "kibana", "logstash":
		if fm != tm {
			return "a major Elastic Stack upgrade must follow the documented upgrade path"
		}
	case "mysql", "mariadb", "mongodb":
		if fm != tm {
			return "a major database upgrade may need a data upgrade; check the release notes"
		}
	}
	return ""
}

// maxMajorStep limits how far a bump may jump: Nextcloud only supports
// upgrading one major version at a time; .NET Framework 3.5 and 4.x are
// different runtimes (CLR 2 and 4), so a bump never leaves the major.
func maxMajorStep(product string) int32 {
	switch product {
	case "nextcloud":
		return 1
	case "dotnet-framework":
		return 0
	}
	return -1
}

// PlainConfig reports an official image whose configuration sets no
// environment but PATH and no working directory: the OS images alpine,
// debian, ubuntu and busybox, whose Dockerfiles add a root filesystem and
// a CMD and nothing else. Rules that need a base image's ENV or WORKDIR
// know these without asking a registry.
func PlainConfig(ref Ref) bool {
	if !ref.DockerHub() {
		return false
	}
	switch ref.Name {
	case "alpine", "debian", "ubuntu", "busybox":
		return true
	}
	return false
}

// nameRelease is what an image's name says about its release: distroless
// names carry the Debian release (static-debian12) and some a runtime
// (nodejs22, java21), UBI names the RHEL release (ubi9/ubi-minimal).
// Images of one family differ only in those numbers, so a release that
// ended moves to another image of the family.
type nameRelease struct {
	// family is the name with the release numbers replaced by "#".
	family string
	// os and runtime are name parts: explicit, as a tag's would be.
	os, runtime Part
	// own is the image's own release (UBI's RHEL major), "" when the name
	// carries none.
	own string
	// regularOnly: the family follows its OS's regular support only, so
	// free extended support (Debian LTS) does not extend it. Distroless:
	// "tracks Debian on their standard support timeline".
	regularOnly bool
}

// parseNameRelease reads the release parts of a repository name.
func parseNameRelease(name string) (nameRelease, bool) {
	if rest, ok := strings.CutPrefix(name, "gcr.io/distroless/"); ok {
		base, n, ok := cutNumber(rest, "-debian")
		if !ok || rest != base+"-debian"+n {
			return nameRelease{}, false
		}
		nr := nameRelease{
			os:          Part{Text: "debian" + n, Kind: PartOS, Product: "debian", Cycle: n, Style: "debian{#}"},
			regularOnly: true,
		}
		family := base
		for _, rt := range [...]struct{ prefix, product string }{{"java", "eclipse-temurin"}, {"nodejs", "node"}} {
			if v, ok := strings.CutPrefix(base, rt.prefix); ok && allDigits(v) {
				nr.runtime = Part{Text: base, Kind: PartRuntime, Product: rt.product, Cycle: v, Style: rt.prefix + "{}"}
				family = rt.prefix + "#"
			}
		}
		nr.family = "gcr.io/distroless/" + family + "-debian#"
		return nr, true
	}
	for _, prefix := range [...]string{"registry.access.redhat.com/", "redhat/"} {
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok {
			continue
		}
		for _, word := range [...]string{"ubi", "rhel"} {
			if head, n, ok := cutNumber("/"+rest, "/"+word); ok && head == "" {
				tail := rest[len(word)+len(n):]
				return nameRelease{family: prefix + word + "#" + tail, own: n}, true
			}
		}
	}
	return nameRelease{}, false
}

// cutNumber finds sep followed by digits in s and returns what comes before
// it and the digits; ok is false when sep is not followed by a digit.
func cutNumber(s, sep string) (before, n string, ok bool) {
	i := strings.Index(s, sep)
	if i < 0 {
		return "", "", false
	}
	j := i + len(sep)
	k := j
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k == j {
		return "", "", false
	}
	if k < len(s) && s[k] != '/' && s[k] != '-' {
		return "", "", false
	}
	return s[:i], s[j:k], true
}

// versionComponent returns the OS or runtime an image's version is the
// release of: buildpack-deps:22.04 is Ubuntu 22.04 (its Debian tags are
// codenames), linuxserver's baseimage-alpine:3.23 is Alpine 3.23, and
// cypress/base:22.19.0 is Node.js 22.19.0.
func (im *Image) versionComponent(info TagInfo) (Component, bool) {
	if info.Version == "" || info.num.n == 0 {
		return Component{}, false
	}
	rel := info.Version
	if i := strings.IndexByte(rel, '-'); i > 0 {
		rel = rel[:i]
	}
	var p Part
	switch {
	case im.name == "buildpack-deps" && info.num.n == 2:
		p = Part{Text: rel, Kind: PartOS, Product: "ubuntu", Cycle: rel, Style: "{}"}
	case strings.HasSuffix(im.name, "linuxserver/baseimage-alpine") && info.num.n == 2:
		p = Part{Text: rel, Kind: PartOS, Product: "alpine", Cycle: rel, Style: "{}"}
	case im.name == "cypress/base" || im.name == "cypress/browsers" || im.name == "cypress/base-internal":
		p = Part{Text: rel, Kind: PartRuntime, Product: "node", Cycle: leading(rel, 1), Style: "{}"}
	default:
		return Component{}, false
	}
	return im.component(p, false), true
}
