package catgen

// familyRepos are repositories that eol.json does not list but that belong
// to a family its notes, or the images' own documentation, describe, each
// with the eol.json product the family goes with (it is left out when the
// data lacks that product). They have no lifecycle of their own and no tag
// set: package images judges the OS or runtime their tags or names carry (a
// Debian codename, the Node.js version of cypress/base, the debianN of a
// distroless name), and says nothing when they carry none.
func familyRepos() map[string]string {
	out := map[string]string{}
	// Distroless images no longer published, and the names without a
	// Debian release (the notes do not say which release they point to).
	// The notes: all debian11 images were removed on 2024-09-03,
	// java*/nodejs*-debian12 on 2026-02-27, python3-debian12 on 2026-05-12.
	for _, n := range []string{
		"static-debian10", "base-debian10", "cc-debian10", "java11-debian10", "python3-debian10",
		"static-debian11", "base-debian11", "base-nossl-debian11", "cc-debian11", "java-base-debian11",
		"java11-debian11", "java17-debian11", "nodejs18-debian11", "nodejs20-debian11", "python3-debian11",
		"java-base-debian12", "java17-debian12", "java21-debian12", "nodejs18-debian12", "nodejs20-debian12",
		"nodejs22-debian12", "python3-debian12", "nodejs20-debian13",
		"static", "base", "base-nossl", "cc", "java", "java11", "java17", "nodejs", "python3",
	} {
		out["gcr.io/distroless/"+n] = "distroless"
	}
	// Dev Containers: the language images beside base (devcontainers/images
	// src/), under their current and their deprecated (0.x) names.
	for _, lang := range []string{
		"anaconda", "cpp", "dotnet", "go", "java", "java-8", "javascript-node", "jekyll",
		"miniconda", "php", "python", "ruby", "rust", "typescript-node", "universal",
	} {
		out["mcr.microsoft.com/devcontainers/"+lang] = "devcontainers-base"
		out["mcr.microsoft.com/vscode/devcontainers/"+lang] = "devcontainers-base"
	}
	// linuxserver.io base images: the tag is the distro release
	// (baseimage-alpine:3.23, baseimage-ubuntu:noble), on three registries.
	for _, reg := range []string{"ghcr.io/linuxserver/", "lscr.io/linuxserver/", "linuxserver/"} {
		for _, d := range []string{"alpine", "ubuntu", "debian"} {
			out[reg+"baseimage-"+d] = d
		}
	}
	// Jenkins agents: the tag names the JDK (-jdk21) and the OS.
	out["jenkins/agent"] = "jenkins"
	out["jenkins/inbound-agent"] = "jenkins"
	out["jenkins/ssh-agent"] = "jenkins"
	// Images whose tags name the Ubuntu release (phusion/baseimage:jammy-1.0.1)
	// or the Python release and Debian codename they are built on
	// (astral-sh/uv:python3.12-bookworm-slim, tiangolo's python3.11-slim).
	out["phusion/baseimage"] = "ubuntu"
	out["ghcr.io/astral-sh/uv"] = "python"
	out["tiangolo/uvicorn-gunicorn"] = "python"
	out["tiangolo/uvicorn-gunicorn-fastapi"] = "python"
	out["tiangolo/uwsgi-nginx-flask"] = "python"
	// Microsoft's development registry of the Dev Containers images.
	out["devcon.azurecr.io/public/vscode/devcontainers/base"] = "devcontainers-base"
	// Cypress's intermediate images, tagged like cypress/base.
	out["cypress/base-internal"] = "cypress"
	out["cypress/browsers-internal"] = "cypress"
	// CBL-Mariner's distroless base, superseded like its base/core.
	out["mcr.microsoft.com/cbl-mariner/distroless/base"] = "azure-linux"
	// IIS on Windows Server Core: the tag names the Windows release.
	out["mcr.microsoft.com/windows/servercore/iis"] = "windows-server-core"
	out["microsoft/iis"] = "windows-server-core"
	// Windows Server Insider preview builds (tags are build numbers): no
	// support lifecycle, so never judged; known as such.
	for _, n := range []string{
		"mcr.microsoft.com/windows/servercore/insider", "mcr.microsoft.com/windows/nanoserver/insider",
		"mcr.microsoft.com/windows/server/insider", "mcr.microsoft.com/windows/insider",
		"mcr.microsoft.com/windows/servercore-insider", "mcr.microsoft.com/windows/nanoserver-insider",
		"mcr.microsoft.com/windowsservercore-insider", "mcr.microsoft.com/nanoserver-insider",
	} {
		out[n] = "windows-server-core"
	}
	return out
}
