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
		"windows-nano-server":
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
	}
	if rest, ok := strings.CutPrefix(name, "mcr.microsoft.com/dotnet/core/"); ok {
		return Successor{"mcr.microsoft.com/dotnet/" + rest, ".NET 5+ images are published without the /core/ path segment"}, true
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
// upgrading one major version at a time.
func maxMajorStep(product string) int32 {
	if product == "nextcloud" {
		return 1
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
