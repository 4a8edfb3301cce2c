package images

import (
	"testing"
)

// TestBumpFamilies covers the images that data-2026-12 added and the
// families derived from cycles the catalog has, each on a date that makes
// a bump necessary.
func TestBumpFamilies(t *testing.T) {
	c := load(t)
	tests := []struct {
		date, ref       string
		latest, minimal string // "" = no plan
	}{
		// The Debian release is in a distroless image's name: the bump moves
		// to the image of another release, keeping the tag.
		{"2026-03-01", "gcr.io/distroless/static-debian11", "gcr.io/distroless/static-debian13:latest", "gcr.io/distroless/static-debian12:latest"},
		{"2026-12-04", "gcr.io/distroless/static-debian11:nonroot", "gcr.io/distroless/static-debian13:nonroot", "gcr.io/distroless/static-debian13:nonroot"},
		{"2026-12-04", "gcr.io/distroless/static-debian12:debug-nonroot", "gcr.io/distroless/static-debian13:debug-nonroot", "gcr.io/distroless/static-debian13:debug-nonroot"},
		{"2026-12-04", "gcr.io/distroless/java17-debian12:nonroot", "gcr.io/distroless/java17-debian13:nonroot", "gcr.io/distroless/java17-debian13:nonroot"},
		// the runtime in the name ended too: the newest or the oldest supported
		{"2026-12-04", "gcr.io/distroless/nodejs18-debian12", "gcr.io/distroless/nodejs26-debian13:latest", "gcr.io/distroless/nodejs22-debian13:latest"},
		{"2026-12-04", "gcr.io/distroless/static-debian13:nonroot", "", ""},
		{"2026-12-04", "gcr.io/distroless/static:nonroot", "", ""}, // no release in the name: not judged
		// UBI: the RHEL release is in the name and the tag.
		{"2029-06-15", "registry.access.redhat.com/ubi8/ubi:8.6", "registry.access.redhat.com/ubi10/ubi:10.2", "registry.access.redhat.com/ubi9/ubi:9.8"},
		{"2029-06-15", "redhat/ubi8-minimal", "redhat/ubi10-minimal:latest", "redhat/ubi9-minimal:latest"},
		{"2026-12-04", "registry.access.redhat.com/ubi8/ubi:8.6", "", ""}, // RHEL 8 is supported: only a patch (rules' business)
		{"2026-12-04", "registry.access.redhat.com/rhel7", "", ""},        // RHEL 7 ended, and nothing to move to
		// .NET Framework: the Windows release decides; 4.8 ships on
		// ltsc2016/2019 only, 4.8.1 on ltsc2022/2025; never out of 4.x.
		{"2029-02-01", "mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2019", "mcr.microsoft.com/dotnet/framework/runtime:4.8.1-windowsservercore-ltsc2025", "mcr.microsoft.com/dotnet/framework/runtime:4.8.1-windowsservercore-ltsc2022"},
		{"2027-02-01", "mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2016", "mcr.microsoft.com/dotnet/framework/sdk:4.8.1-windowsservercore-ltsc2025", "mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2019"},
		{"2026-12-04", "mcr.microsoft.com/dotnet/framework/runtime:4.7.2-windowsservercore-ltsc2019", "mcr.microsoft.com/dotnet/framework/runtime:4.8.1-windowsservercore-ltsc2025", "mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2019"},
		{"2026-12-04", "mcr.microsoft.com/dotnet/framework/runtime:3.5-windowsservercore-ltsc2019", "", ""},
		{"2026-12-04", "microsoft/aspnet:4.7.1", "mcr.microsoft.com/dotnet/framework/aspnet:4.8.1", "mcr.microsoft.com/dotnet/framework/aspnet:4.8"},
		// docker ships only its newest major.
		{"2026-12-04", "docker:27-cli", "docker:29-cli", "docker:29-cli"},
		{"2026-12-04", "docker:28-dind", "docker:29-dind", "docker:29-dind"},
		{"2026-12-04", "docker:17.12-dind-rootless", "docker:29-dind-rootless", "docker:29-dind-rootless"},
		// SQL Server: the year is the release.
		{"2029-06-15", "mcr.microsoft.com/mssql/server:2017-latest", "mcr.microsoft.com/mssql/server:2025-latest", "mcr.microsoft.com/mssql/server:2019-latest"},
		{"2026-12-04", "mcr.microsoft.com/mssql/server:2017-CU31-ubuntu-18.04", "", ""}, // no CU tags in the catalog
		// PowerShell: 7.4 and 7.5 ended on 2026-11-10.
		{"2026-12-04", "mcr.microsoft.com/powershell:7.4-ubuntu-22.04", "mcr.microsoft.com/powershell:7.6-ubuntu-22.04", "mcr.microsoft.com/powershell:7.6-ubuntu-22.04"},
		// Dev Containers: the codename is the OS; the old names move.
		{"2026-12-04", "mcr.microsoft.com/devcontainers/base:1-bullseye", "mcr.microsoft.com/devcontainers/base:2-trixie", "mcr.microsoft.com/devcontainers/base:2-trixie"},
		{"2026-12-04", "mcr.microsoft.com/devcontainers/base:bullseye", "mcr.microsoft.com/devcontainers/base:trixie", "mcr.microsoft.com/devcontainers/base:trixie"},
		{"2026-12-04", "mcr.microsoft.com/devcontainers/base:ubuntu22.04", "", ""},
		{"2026-12-04", "mcr.microsoft.com/vscode/devcontainers/base:0-focal", "mcr.microsoft.com/devcontainers/base:3-resolute", "mcr.microsoft.com/devcontainers/base:3-jammy"},
		{"2026-12-04", "mcr.microsoft.com/devcontainers/javascript-node:16-bullseye", "", ""}, // no tag set to move in
		// Deprecated names with a successor.
		{"2026-12-04", "mcr.microsoft.com/cbl-mariner/base/core:2.0", "mcr.microsoft.com/azurelinux/base/core:3.0", "mcr.microsoft.com/azurelinux/base/core:3.0"},
		{"2026-12-04", "jupyter/r-notebook:ubuntu-22.04", "quay.io/jupyter/r-notebook:ubuntu-24.04", "quay.io/jupyter/r-notebook:ubuntu-24.04"},
		// Tag notes only: the runtime the tag names is judged, with no tag set.
		{"2026-12-04", "cypress/base:16.14.0", "", ""},
		// Per-architecture official images.
		{"2026-12-04", "amd64/alpine:3.21", "amd64/alpine:3.24", "amd64/alpine:3.22"},
	}
	for _, tt := range tests {
		ref := mustRef(t, tt.ref)
		date := day0(t, tt.date)
		for _, pc := range []struct {
			policy Policy
			want   string
		}{{LatestLTS, tt.latest}, {Minimal, tt.minimal}} {
			p, ok := c.Bump(ref, date, pc.policy)
			got := ""
			if ok {
				got = p.Ref
				checkPlan(t, c, tt.ref, p, date, pc.policy)
			}
			if got != pc.want {
				t.Errorf("%s: Bump(%s, policy %d) = %q, want %q (%s)", tt.date, tt.ref, pc.policy, got, pc.want, p.Message())
			}
		}
	}
}

func TestBumpFamilyPlan(t *testing.T) {
	c := load(t)
	p, _ := c.Bump(mustRef(t, "gcr.io/distroless/static-debian11:nonroot"), day0(t, "2026-12-04"), Minimal)
	if p.Moved || p.Image != "gcr.io/distroless/static-debian13" || !p.Unverified || p.Reason != ReasonComponentEOL {
		t.Errorf("distroless plan = %+v", p)
	}
	if len(p.Changes) != 1 || p.Changes[0].Product != "debian" || p.Changes[0].From.Name != "11" || p.Changes[0].To.Name != "13" || !p.Changes[0].Named {
		t.Errorf("distroless changes = %+v", p.Changes)
	}
	p, _ = c.Bump(mustRef(t, "registry.access.redhat.com/ubi8/ubi:8.6"), day0(t, "2029-06-15"), Minimal)
	if p.Moved || p.FromCycle.String() != "rhel 8" || p.ToCycle.String() != "rhel 9" || p.Reason != ReasonEOL {
		t.Errorf("ubi plan = %+v", p)
	}
	p, _ = c.Bump(mustRef(t, "mcr.microsoft.com/cbl-mariner/base/core:2.0"), day0(t, "2026-12-04"), Minimal)
	if !p.Moved || p.Reason != ReasonDeprecated {
		t.Errorf("cbl-mariner plan = %+v", p)
	}
	p, _ = c.Bump(mustRef(t, "docker:28-dind"), day0(t, "2026-03-01"), LatestLTS)
	if p.Reason != 0 {
		// 29's tags are on Alpine 3.24, released after docker 28 ended
		t.Errorf("docker:28-dind before 3.24 = %+v", p)
	}
}

func TestStatusFamilies(t *testing.T) {
	c := load(t)
	type comp struct{ product, cycle string }
	tests := []struct {
		date, ref string
		cycle     string // "product cycle" or ""
		eol, gone bool
		comps     []comp
	}{
		{"2026-12-04", "gcr.io/distroless/nodejs22-debian12:nonroot", "", false, false, []comp{{"debian", "12"}, {"node", "22"}}},
		{"2026-12-04", "gcr.io/distroless/java21-debian13", "", false, false, []comp{{"debian", "13"}, {"eclipse-temurin", "21"}}},
		{"2026-12-04", "gcr.io/distroless/cc", "", false, false, nil},
		{"2026-12-04", "registry.access.redhat.com/ubi7/ubi", "rhel 7", true, false, nil},
		{"2026-12-04", "registry.access.redhat.com/ubi9/ubi-minimal:9.4-1194", "rhel 9", false, false, nil},
		{"2026-12-04", "registry.access.redhat.com/ubi9-micro", "rhel 9", false, false, nil},
		{"2026-12-04", "mcr.microsoft.com/mssql/server:2019-latest", "mssql-server 15.0", false, false, nil},
		{"2026-12-04", "microsoft/mssql-server-windows-express:2016-sp1", "mssql-server 13.0-sp1", true, false, nil},
		{"2026-12-04", "mcr.microsoft.com/dotnet/framework/runtime:3.5-windowsservercore-ltsc2019", "dotnet-framework 3.5-sp1", false, true, []comp{{"windows-server-core", "2019"}}},
		{"2026-12-04", "mcr.microsoft.com/dotnet/framework/aspnet:4.8", "dotnet-framework 4.8", false, false, []comp{{"windows-server-core", "2019"}}},
		{"2026-03-01", "docker:28-dind", "docker 28", false, true, nil},
		{"2026-12-04", "docker:29-cli", "docker 29", false, false, []comp{{"alpine", "3.24"}}},
		{"2026-12-04", "cypress/base:16.14.0", "", false, false, []comp{{"node", "16"}}},
		{"2026-12-04", "cypress/browsers:node-22.19.0-chrome-139.0.7258.154-1-ff-142.0.1-edge-139.0.3405.125-1", "", false, false, []comp{{"node", "22"}}},
		{"2026-12-04", "cypress/factory:8.3.0", "", false, false, nil},
		{"2026-12-04", "ghcr.io/linuxserver/baseimage-alpine:arm64v8-3.16", "", false, false, []comp{{"alpine", "3.16"}}},
		{"2026-12-04", "lscr.io/linuxserver/baseimage-ubuntu:noble", "", false, false, []comp{{"ubuntu", "24.04"}}},
		{"2026-12-04", "jenkins/agent:latest-jdk17", "", false, false, []comp{{"eclipse-temurin", "17"}}},
		{"2026-12-04", "quay.io/jupyter/scipy-notebook:python-3.8.8", "", false, false, []comp{{"python", "3.8"}, {"ubuntu", ""}}}, // an older build: the OS product, not its release
		{"2026-12-04", "quay.io/jupyter/scipy-notebook:latest", "", false, false, []comp{{"ubuntu", "24.04"}}},
		{"2026-12-04", "selenium/standalone-chrome:4.25.0-20241024", "", false, false, nil},
		{"2026-12-04", "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2016", "", false, false, []comp{{"windows-server-core", "2016"}}},
		{"2026-12-04", "mcr.microsoft.com/windows/servercore/insider:10.0.18334.1", "", false, false, nil},
		{"2026-12-04", "arm64v8/debian:bookworm-slim", "debian 12", true, false, nil},
		{"2026-12-04", "docker.elastic.co/elasticsearch/elasticsearch:9.5.2", "elasticsearch 9.5", false, false, nil},
		// Tags that name the Python release and the Debian codename, or
		// the Ubuntu codename; a tag naming neither is known, not judged.
		{"2026-12-04", "ghcr.io/astral-sh/uv:python3.12-bookworm-slim", "", false, false, []comp{{"python", "3.12"}, {"debian", "12"}}},
		{"2026-12-04", "ghcr.io/astral-sh/uv:0.5.1-python3.9-trixie", "", false, false, []comp{{"python", "3.9"}, {"debian", "13"}}},
		{"2026-12-04", "ghcr.io/astral-sh/uv:0.12.1", "", false, false, []comp{}},
		{"2026-12-04", "tiangolo/uvicorn-gunicorn-fastapi:python3.9-slim", "", false, false, []comp{{"python", "3.9"}}},
		{"2026-12-04", "phusion/baseimage:jammy-1.0.1", "", false, false, []comp{{"ubuntu", "22.04"}}},
		{"2026-12-04", "phusion/baseimage:0.11", "", false, false, []comp{}},
		{"2026-12-04", "devcon.azurecr.io/public/vscode/devcontainers/base:0.45.1-ubuntu-18.04", "", false, false, []comp{{"ubuntu", "18.04"}}},
		// PowerShell's pull-through cache of Docker Hub is the official image.
		{"2026-12-04", "psdockercache.azurecr.io/alpine:3.17", "alpine 3.17", true, false, nil},
	}
	for _, tt := range tests {
		st, ok := c.Status(mustRef(t, tt.ref), day0(t, tt.date))
		if !ok {
			t.Errorf("%s: unknown", tt.ref)
			continue
		}
		if got := st.Cycle.String(); got != tt.cycle || st.EOL != tt.eol || st.Gone != tt.gone {
			t.Errorf("%s on %s: cycle %q eol %v gone %v, want %q %v %v", tt.ref, tt.date, got, st.EOL, st.Gone, tt.cycle, tt.eol, tt.gone)
		}
		if tt.comps == nil {
			continue
		}
		var got []comp
		for _, cs := range st.Components {
			name := ""
			if cs.Cycle != nil {
				name = cs.Cycle.Name
			}
			got = append(got, comp{cs.Product, name})
		}
		if len(got) != len(tt.comps) {
			t.Errorf("%s: components %v, want %v", tt.ref, got, tt.comps)
			continue
		}
		for i := range got {
			if got[i] != tt.comps[i] {
				t.Errorf("%s: components %v, want %v", tt.ref, got, tt.comps)
				break
			}
		}
	}
}

// TestFreeExtendedSupportByImage: Debian LTS rebuilds Debian's own images,
// not distroless, which follows Debian's regular support only.
func TestFreeExtendedSupportByImage(t *testing.T) {
	c := load(t)
	date := day0(t, "2026-12-04")
	deb12, _ := c.Cycle("debian", "12")
	for _, tt := range []struct {
		ref string
		ok  bool
	}{
		{"debian:bookworm", true},
		{"mcr.microsoft.com/devcontainers/base:bookworm", true},
		{"gcr.io/distroless/static-debian12", false},
	} {
		st, _ := c.Status(mustRef(t, tt.ref), date)
		if _, _, ok := st.FreeExtendedSupport(deb12, date); ok != tt.ok {
			t.Errorf("%s: FreeExtendedSupport = %v, want %v", tt.ref, ok, tt.ok)
		}
	}
}

func TestParseNameRelease(t *testing.T) {
	tests := []struct {
		name, family, os, runtime, own string
	}{
		{"gcr.io/distroless/static-debian12", "gcr.io/distroless/static-debian#", "debian@12", "", ""},
		{"gcr.io/distroless/base-nossl-debian13", "gcr.io/distroless/base-nossl-debian#", "debian@13", "", ""},
		{"gcr.io/distroless/java-base-debian13", "gcr.io/distroless/java-base-debian#", "debian@13", "", ""},
		{"gcr.io/distroless/java21-debian13", "gcr.io/distroless/java#-debian#", "debian@13", "eclipse-temurin@21", ""},
		{"gcr.io/distroless/nodejs22-debian12", "gcr.io/distroless/nodejs#-debian#", "debian@12", "node@22", ""},
		{"gcr.io/distroless/python3-debian13", "gcr.io/distroless/python3-debian#", "debian@13", "", ""},
		{"registry.access.redhat.com/ubi9/ubi-minimal", "registry.access.redhat.com/ubi#/ubi-minimal", "", "", "9"},
		{"registry.access.redhat.com/ubi10-micro", "registry.access.redhat.com/ubi#-micro", "", "", "10"},
		{"redhat/ubi8", "redhat/ubi#", "", "", "8"},
		{"registry.access.redhat.com/rhel7", "registry.access.redhat.com/rhel#", "", "", "7"},
	}
	for _, tt := range tests {
		nr, ok := parseNameRelease(tt.name)
		at := func(p Part) string {
			if p.Product == "" {
				return ""
			}
			return p.Product + "@" + p.Cycle
		}
		if !ok || nr.family != tt.family || at(nr.os) != tt.os || at(nr.runtime) != tt.runtime || nr.own != tt.own {
			t.Errorf("parseNameRelease(%s) = %+v %v", tt.name, nr, ok)
		}
	}
	for _, name := range []string{"gcr.io/distroless/static", "gcr.io/distroless/cc-debian", "gcr.io/distroless/cc-debian12-x", "redhat/ubi", "registry.access.redhat.com/ubi-minimal", "node"} {
		if nr, ok := parseNameRelease(name); ok {
			t.Errorf("parseNameRelease(%s) = %+v, want none", name, nr)
		}
	}
}
