package images

import (
	"fmt"
	"strings"
	"testing"
)

// parts renders parts compactly: word, os:product@cycle, rt:product@cycle.
func partsString(ps []Part) string {
	var b []string
	for _, p := range ps {
		switch p.Kind {
		case PartWord:
			b = append(b, p.Text)
		case PartOS:
			b = append(b, fmt.Sprintf("os:%s@%s", p.Product, p.Cycle))
		case PartRuntime:
			b = append(b, fmt.Sprintf("rt:%s@%s", p.Product, p.Cycle))
		}
	}
	return strings.Join(b, " ")
}

func TestParseTag(t *testing.T) {
	c := load(t)
	tests := []struct {
		image, tag     string
		version, alias string
		pre            bool
		parts          string
		variant        string
	}{
		{"node", "14-alpine", "14", "", false, "os:alpine@", "alpine"},
		{"node", "14.17.0-alpine3.14", "14.17.0", "", false, "os:alpine@3.14", "alpine3.14"},
		{"node", "16-bullseye-slim", "16", "", false, "os:debian@11 slim", "bullseye-slim"},
		{"node", "bookworm-slim", "", "", false, "os:debian@12 slim", "bookworm-slim"},
		{"node", "krypton-alpine3.23", "", "krypton", false, "os:alpine@3.23", "alpine3.23"},
		{"node", "lts-krypton", "", "lts-krypton", false, "", ""},
		{"node", "fermium-alpine", "", "fermium", false, "os:alpine@", "alpine"},
		{"node", "current-slim", "", "current", false, "slim", "slim"},
		{"python", "3.9-slim-bullseye", "3.9", "", false, "slim os:debian@11", "slim-bullseye"},
		{"python", "3.15.0rc1-slim-trixie", "3.15.0rc1", "", true, "slim os:debian@13", "slim-trixie"},
		{"python", "3.14-windowsservercore-ltsc2022", "3.14", "", false, "os:windows-server-core@2022", "windowsservercore-ltsc2022"},
		{"golang", "1.21-nanoserver-ltsc2022", "1.21", "", false, "os:windows-nano-server@2022", "nanoserver-ltsc2022"},
		{"golang", "1.19-alpine3.16", "1.19", "", false, "os:alpine@3.16", "alpine3.16"},
		{"golang", "tip-20260815-alpine", "", "tip", true, "os:alpine@", "alpine"},
		{"eclipse-temurin", "21-jdk-jammy", "21", "", false, "jdk os:ubuntu@22.04", "jdk-jammy"},
		{"eclipse-temurin", "11-jre-focal", "11", "", false, "jre os:ubuntu@20.04", "jre-focal"},
		{"eclipse-temurin", "8-jdk-alpine-3.24", "8", "", false, "jdk os:alpine@3.24", "jdk-alpine-3.24"},
		{"eclipse-temurin", "8u502-b07-jre-ubi9-minimal", "8u502-b07", "", false, "jre os:rhel@9", "jre-ubi9-minimal"},
		{"eclipse-temurin", "11.0.32_9-jdk-noble", "11.0.32_9", "", false, "jdk os:ubuntu@24.04", "jdk-noble"},
		{"maven", "3.9-eclipse-temurin-17", "3.9", "", false, "rt:eclipse-temurin@17", "eclipse-temurin-17"},
		{"maven", "3.8-openjdk-11", "3.8", "", false, "rt:openjdk@11", "openjdk-11"},
		{"maven", "3-jdk-8-alpine", "3", "", false, "rt:openjdk@8 os:alpine@", "jdk-8-alpine"},
		{"maven", "3.9.16-amazoncorretto-21-debian-trixie", "3.9.16", "", false, "rt:amazoncorretto@21 os:debian@13", "amazoncorretto-21-debian-trixie"},
		{"maven", "4.0.0-rc-5-eclipse-temurin-17", "4.0.0-rc-5", "", true, "rt:eclipse-temurin@17", "eclipse-temurin-17"},
		{"tomcat", "10.1-jdk21-temurin-jammy", "10.1", "", false, "rt:eclipse-temurin@21 temurin os:ubuntu@22.04", "jdk21-temurin-jammy"},
		{"gradle", "9.7.1-jdk21-corretto-al2023", "9.7.1", "", false, "rt:eclipse-temurin@21 corretto os:amazonlinux@2023", "jdk21-corretto-al2023"},
		{"elixir", "1.20-otp-29-alpine", "1.20", "", false, "rt:erlang@29 os:alpine@", "otp-29-alpine"},
		{"wordpress", "6.9-php8.3-fpm-alpine", "6.9", "", false, "rt:php@8.3 fpm os:alpine@", "php8.3-fpm-alpine"},
		{"wordpress", "cli-2.12-php8.3", "", "", false, "cli-2.12 rt:php@8.3", "cli-2.12-php8.3"},
		{"php", "7.4-apache", "7.4", "", false, "apache", "apache"},
		{"php", "8.4-fpm-alpine3.24", "8.4", "", false, "fpm os:alpine@3.24", "fpm-alpine3.24"},
		{"nginx", "1.21-alpine", "1.21", "", false, "os:alpine@", "alpine"},
		{"nginx", "mainline-alpine3.24-perl", "", "mainline", false, "os:alpine@3.24 perl", "alpine3.24-perl"},
		{"nginx", "perl", "", "", false, "perl", "perl"},
		{"debian", "bookworm-20260803-slim", "", "bookworm", false, "slim", "slim"},
		{"debian", "10.13", "10.13", "", false, "", ""},
		{"debian", "sid-slim", "", "sid", true, "slim", "slim"},
		{"ubuntu", "noble-20260810", "", "noble", false, "", ""},
		{"ubuntu", "22.10", "22.10", "", false, "", ""},
		{"alpine", "edge", "", "edge", true, "", ""},
		{"alpine", "20260805", "20260805", "", true, "", ""},
		{"buildpack-deps", "bullseye-curl", "", "", false, "os:debian@11 curl", "bullseye-curl"},
		{"buildpack-deps", "22.04-curl", "22.04", "", false, "curl", "curl"},
		{"mcr.microsoft.com/dotnet/aspnet", "8.0-jammy-chiseled", "8.0", "", false, "os:ubuntu@22.04 chiseled", "jammy-chiseled"},
		{"mcr.microsoft.com/dotnet/sdk", "8.0-azurelinux3.0", "8.0", "", false, "os:azurelinux@3.0", "azurelinux3.0"},
		{"mcr.microsoft.com/windows/servercore", "ltsc2019", "", "ltsc2019", false, "", ""},
		{"mcr.microsoft.com/windows/servercore", "1809-KB4493509", "1809-KB4493509", "", false, "", ""},
		{"denoland/deno", "alpine-2.9.5", "2.9.5", "", false, "os:alpine@", "alpine"},
		{"traefik", "v3.7", "v3.7", "", false, "", ""},
		{"traefik", "langres", "", "langres", false, "", ""},
		{"amazonlinux", "2023.12.20260817.0", "2023.12.20260817.0", "", false, "", ""},
		{"haproxy", "3.5-dev5", "3.5-dev5", "", true, "", ""},
		{"postgres", "19beta3-alpine", "19beta3", "", true, "os:alpine@", "alpine"},
		{"mysql", "8.4-oraclelinux9", "8.4", "", false, "os:oracle-linux@9", "oraclelinux9"},
		{"swift", "6.3-rhel-ubi9-slim", "6.3", "", false, "os:rhel@9 slim", "rhel-ubi9-slim"},
		{"clojure", "temurin-21-lein-2.13.0-bookworm", "", "", false, "rt:eclipse-temurin@21 lein-2.13.0 os:debian@12", "temurin-21-lein-2.13.0-bookworm"},
		{"dart", "3.14.0-95.2.beta-sdk", "3.14.0-95.2.beta", "", true, "sdk", "sdk"},
		{"perl", "5.45-slim", "5.45", "", true, "slim", "slim"},
		{"sonarqube", "26.8.0.126808-community", "26.8.0.126808", "", false, "community", "community"},
		{"centos", "centos7", "centos7", "", false, "", ""},
		{"openjdk", "28-ea-11-jdk-oraclelinux10", "28-ea-11", "", true, "jdk os:oracle-linux@10", "jdk-oraclelinux10"},
		// Release numbers spelt out, and the runtimes of the tag-notes images.
		{"mcr.microsoft.com/devcontainers/base", "2-debian12", "2", "", false, "os:debian@12", "debian12"},
		{"mcr.microsoft.com/devcontainers/base", "3.0-ubuntu24.04", "3.0", "", false, "os:ubuntu@24.04", "ubuntu24.04"},
		{"mcr.microsoft.com/devcontainers/base", "1-ubuntu-22.04", "1", "", false, "os:ubuntu@22.04", "ubuntu-22.04"},
		{"mcr.microsoft.com/powershell", "7.6-debian-12", "7.6", "", false, "os:debian@12", "debian-12"},
		{"mcr.microsoft.com/powershell", "7.6-azurelinux-3.0", "7.6", "", false, "os:azurelinux@3.0", "azurelinux-3.0"},
		{"quay.io/jupyter/base-notebook", "python-3.13.14", "", "", false, "rt:python@3.13", "python-3.13.14"},
		{"cypress/browsers", "node20.18.1-bullseye-chrome131-ff133", "", "", false, "rt:node@20 os:debian@11 chrome131 ff133", "node20.18.1-bullseye-chrome131-ff133"},
		{"cypress/included", "cypress-13.6.0-node-18.16.0-chrome-114", "13.6.0", "", false, "cypress rt:node@18 chrome 114", "cypress-node-18.16.0-chrome-114"},
		{"mcr.microsoft.com/mssql/server", "2019-CU16-ubuntu-20.04", "2019", "", false, "CU16 os:ubuntu@20.04", "CU16-ubuntu-20.04"},
		{"docker", "29.7.2-dind-alpine3.24", "29.7.2", "", false, "dind os:alpine@3.24", "dind-alpine3.24"},
	}
	for _, tt := range tests {
		im, ok := c.lookupName(tt.image)
		if !ok {
			t.Fatalf("no image %s", tt.image)
		}
		got := im.ParseTag(tt.tag)
		if got.Version != tt.version || got.Alias != tt.alias || got.Pre != tt.pre || partsString(got.Parts) != tt.parts || got.Variant() != tt.variant {
			t.Errorf("%s:%s = version %q alias %q pre %v parts %q variant %q; want %q %q %v %q %q",
				tt.image, tt.tag, got.Version, got.Alias, got.Pre, partsString(got.Parts), got.Variant(),
				tt.version, tt.alias, tt.pre, tt.parts, tt.variant)
		}
	}
}

// TestParseTagWithoutImage uses the shared vocabulary only.
func TestParseTagWithoutImage(t *testing.T) {
	c := load(t)
	got := c.ParseTag("3.11-slim-bookworm")
	if got.Version != "3.11" || partsString(got.Parts) != "slim os:debian@12" {
		t.Errorf("got %+v", got)
	}
	if !c.ParseTag("lts").Floating() || c.ParseTag("1.2").Floating() {
		t.Error("Floating wrong")
	}
	if os, ok := c.ParseTag("1-alpine3.20").OS(); !ok || os.Cycle != "3.20" {
		t.Errorf("OS = %+v", os)
	}
}

// TestEveryCatalogTagParses checks that every tag of every image gets a
// release cycle when its image has a lifecycle, except the documented gaps.
func TestEveryCatalogTagParses(t *testing.T) {
	c := load(t)
	gaps := map[string]bool{
		"mysql":     true, // eol.json: endoflife.date has no 26.x (Innovation) cycle yet
		"wordpress": true, // the wp-cli tags carry WP-CLI's version, not WordPress'
		"ubuntu":    true, // 26.10 "stonking" is not released
		"debian":    true, // forky (14) is testing
	}
	for name, im := range c.images {
		for _, e := range im.index().entries {
			if len(im.products) == 0 || e.res.pre || e.res.cycle != nil || gaps[name] {
				continue
			}
			t.Errorf("%s:%s has no release cycle", name, e.info.Tag)
		}
	}
}
