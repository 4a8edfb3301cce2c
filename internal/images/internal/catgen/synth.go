package catgen

import (
	"strings"
)

// synthetic builds tag groups for images that have no official-images library
// file, from the tag conventions documented in eol.json's notes and the cycles'
// latest versions. They are flagged "s" in the catalog: the registry was not
// listed to produce them, so callers can verify them online before relying on them.
// Images whose notes say the scheme is unverified (valkey/valkey, hashicorp/*)
// get no tags at all.
func synthetic(products map[string]*product, snapshot string) map[string][]group {
	out := map[string][]group{}
	live := func(p *product) []cycle {
		if p == nil {
			return nil
		}
		var cs []cycle
		for _, c := range p.Cycles {
			if c.Release > snapshot {
				continue
			}
			switch e := c.EOL.(type) {
			case bool:
				if e {
					continue
				}
			case string:
				if e <= snapshot {
					continue
				}
			}
			cs = append(cs, c)
		}
		return cs
	}
	// Non-empty groups only; every synthetic group carries the "s" flag.
	add := func(repo string, windows bool, dir string, tags ...string) {
		var ts []string
		for _, t := range tags {
			if t != "" {
				ts = append(ts, t)
			}
		}
		out[repo] = append(out[repo], group{tags: ts, dir: dir, windows: windows, synthetic: true})
	}
	// addShared adds a group with multi-platform SharedTags.
	addShared := func(repo string, windows bool, dir string, tags, shared []string) {
		out[repo] = append(out[repo], group{tags: tags, shared: shared, dir: dir, windows: windows, synthetic: true})
	}

	// .NET (mcr.microsoft.com/dotnet/*): '<X.Y[.Z]>[-<os>[-<variant>]]'. Default
	// OS: Ubuntu noble for .NET 10, Debian bookworm-slim for 8 and 9. The
	// SDK's full tags name the SDK's version (10.0.400, from dotnet-docker's
	// manifest.versions.json), not the runtime's that the cycles carry
	// (10.0.11): the SDK gets its X.Y tags only.
	dotnet := live(products["dotnet"])
	for _, repo := range []string{"sdk", "aspnet", "runtime", "runtime-deps"} {
		full := "mcr.microsoft.com/dotnet/" + repo
		for i, c := range dotnet {
			mm := c.Cycle
			if !strings.Contains(mm, ".") {
				mm += ".0"
			}
			patch := c.latest()
			if repo == "sdk" {
				patch = ""
			}
			def, oses := "bookworm-slim", []string{"noble", "alpine", "azurelinux3.0"}
			switch c.Cycle {
			case "8":
				oses = append(oses, "jammy")
			case "10":
				def, oses = "noble", []string{"resolute", "alpine", "azurelinux3.0"}
			}
			latest := ""
			if i == 0 {
				latest = "latest"
			}
			add(full, false, "synthetic/"+mm+"/"+def, patchTag(patch, def), mm+"-"+def, patch, mm, latest)
			for _, os := range oses {
				add(full, false, "synthetic/"+mm+"/"+os, patchTag(patch, os), mm+"-"+os)
			}
			if repo != "sdk" {
				chiseled := []string{"noble-chiseled", "azurelinux3.0-distroless"}
				if c.Cycle == "8" {
					chiseled = append(chiseled, "jammy-chiseled")
				}
				for _, os := range chiseled {
					add(full, false, "synthetic/"+mm+"/"+os, patchTag(patch, os), mm+"-"+os)
				}
			}
			if repo != "runtime-deps" {
				for _, os := range []string{"nanoserver-ltsc2022", "nanoserver-ltsc2025", "windowsservercore-ltsc2022", "windowsservercore-ltsc2025"} {
					add(full, true, "synthetic/"+mm+"/"+os, patchTag(patch, os), mm+"-"+os)
				}
			}
		}
	}

	// Windows base images: 'ltscYYYY' per LTSC release; no 'latest' since 2019.
	for _, w := range []struct {
		repo, product string
		ltsc          []string
	}{
		{"mcr.microsoft.com/windows/servercore", "windows-server-core", []string{"2025", "2022", "2019", "2016"}},
		{"mcr.microsoft.com/windows/nanoserver", "windows-nano-server", []string{"2025", "2022", "2019"}},
		{"mcr.microsoft.com/windows/server", "windows-server", []string{"2025", "2022"}},
		{"mcr.microsoft.com/windows", "windows-server", []string{"2019"}},
	} {
		if products[w.product] == nil {
			continue
		}
		for _, y := range w.ltsc {
			add(w.repo, true, "synthetic/ltsc"+y, "ltsc"+y)
		}
	}

	// oven/bun: X.Y.Z, X.Y, X, each optionally '-debian|-slim|-alpine|-distroless',
	// floating 'latest' and the bare variant names.
	for _, c := range live(products["bun"]) {
		v := c.latest()
		parts := strings.Split(v, ".")
		if len(parts) != 3 {
			continue
		}
		vs := []string{v, parts[0] + "." + parts[1], parts[0]}
		add("oven/bun", false, "synthetic/debian", vs[0], vs[1], vs[2], "latest")
		for _, s := range []string{"debian", "slim", "alpine", "distroless"} {
			add("oven/bun", false, "synthetic/"+s, vs[0]+"-"+s, vs[1]+"-"+s, vs[2]+"-"+s, s)
		}
	}

	// denoland/deno: exact versions only, variant as a prefix ('alpine-2.9.1').
	if cs := live(products["deno"]); len(cs) > 0 {
		v := cs[0].latest()
		for _, repo := range []string{"denoland/deno", "ghcr.io/denoland/deno"} {
			add(repo, false, "synthetic/debian", v, "latest")
			for _, s := range []string{"alpine", "debian", "distroless", "ubuntu", "bin"} {
				add(repo, false, "synthetic/"+s, s+"-"+v, s)
			}
		}
	}

	// jenkins/jenkins (jenkinsci/docker bake file): weekly '2.NNN' = 'latest', LTS
	// '2.NNN.P' = '2.NNN.P-lts' = 'lts'; '-jdk21' (default) / '-jdk25'; '-slim', '-alpine'.
	if p := products["jenkins"]; p != nil {
		weekly, lts := "", ""
		for _, c := range live(p) {
			switch {
			case c.Cycle == "2":
				weekly = c.latest()
			case lts == "" && c.LTS != nil && c.LTS != false:
				if d, ok := c.LTS.(string); !ok || d <= snapshot {
					lts = c.latest()
				}
			}
		}
		const repo = "jenkins/jenkins"
		if lts != "" {
			add(repo, false, "synthetic/lts/trixie", lts, lts+"-lts", "lts", lts+"-jdk21", lts+"-lts-jdk21", "lts-jdk21")
			add(repo, false, "synthetic/lts/trixie-jdk25", lts+"-jdk25", lts+"-lts-jdk25", "lts-jdk25")
			add(repo, false, "synthetic/lts/slim", lts+"-slim", lts+"-lts-slim", "lts-slim")
			add(repo, false, "synthetic/lts/alpine", lts+"-alpine", lts+"-lts-alpine", "lts-alpine")
		}
		if weekly != "" {
			add(repo, false, "synthetic/weekly/trixie", weekly, "latest", weekly+"-jdk21", "latest-jdk21", "jdk21")
			add(repo, false, "synthetic/weekly/trixie-jdk25", weekly+"-jdk25", "latest-jdk25", "jdk25")
			add(repo, false, "synthetic/weekly/slim", weekly+"-slim", "slim", "slim-jdk21")
			add(repo, false, "synthetic/weekly/alpine", weekly+"-alpine", "alpine")
		}
	}

	// quay.io/centos/centos: 'streamN' per CentOS Stream release.
	for _, c := range live(products["centos-stream"]) {
		add("quay.io/centos/centos", false, "synthetic/stream"+c.Cycle, "stream"+c.Cycle)
	}
	// .NET Framework (Windows only): '<fx>-windowsservercore-<ltscYYYY>',
	// the multi-platform '<fx>' and 'latest' (= 4.8). Per the notes 4.8.1
	// ships on ltsc2022 and ltsc2025, 4.8 on ltsc2016 and ltsc2019 only.
	if products["dotnet-framework"] != nil {
		for _, repo := range []string{"runtime", "sdk", "aspnet", "wcf"} {
			full := "mcr.microsoft.com/dotnet/framework/" + repo
			for _, v := range []struct{ fx, ltsc string }{{"4.8.1", "2025"}, {"4.8.1", "2022"}, {"4.8", "2019"}, {"4.8", "2016"}} {
				os := "windowsservercore-ltsc" + v.ltsc
				shared := []string{v.fx}
				if v.fx == "4.8" {
					shared = append(shared, "latest")
				}
				addShared(full, true, "synthetic/"+v.fx+"/"+os, []string{v.fx + "-" + os}, shared)
			}
		}
	}

	// PowerShell: '<X.Y>-<distro>-<version>' from a PowerShell-Docker
	// snapshot older than 7.6 (the notes: NOT verified for current tags), so
	// only the distro lines it names that are still built, and none of the
	// channel aliases (latest, lts, preview), whose targets moved since.
	for _, c := range live(products["powershell"]) {
		const repo = "mcr.microsoft.com/powershell"
		for _, os := range []string{"ubuntu-22.04", "ubuntu-jammy", "ubuntu-24.04", "ubuntu-noble", "debian-12", "debian-bookworm", "azurelinux-3.0"} {
			add(repo, false, "synthetic/"+c.Cycle+"/"+os, c.Cycle+"-"+os)
		}
		add(repo, true, "synthetic/"+c.Cycle+"/windowsservercore-ltsc2022", c.Cycle+"-windowsservercore-ltsc2022")
	}

	// SQL Server on Linux (2017 and later): '<year>-latest', the year being
	// the cycle's label (2019 = 15.0; the notes: NOT verified against the
	// registry). The CU tags also name an Ubuntu release, which the notes
	// do not give per CU: left out.
	for _, c := range live(products["mssql-server"]) {
		year, _, _ := strings.Cut(c.label(), " ")
		if len(year) == 4 && year >= "2017" && !strings.Contains(c.Cycle, "-") {
			add("mcr.microsoft.com/mssql/server", false, "synthetic/"+year, year+"-latest")
		}
	}

	// UBI: 'latest' and '<N>.<minor>' with the newest minor of RHEL N (the
	// notes: NOT verified against the registry; the build-stamped tags are
	// left out).
	if p := products["rhel"]; p != nil {
		for _, c := range live(p) {
			if c.latest() == "" || c.latest() == c.Cycle {
				continue
			}
			for _, repo := range ubiRepos(p, c.Cycle) {
				add(repo, false, "synthetic/ubi"+c.Cycle, c.latest(), "latest")
			}
		}
	}

	// Distroless: 'latest', 'nonroot', 'debug', 'debug-nonroot', each also
	// with an architecture suffix, for every image the notes list as
	// published; the Debian release is in the name.
	if p := products["distroless"]; p != nil {
		for _, repo := range p.DockerImages {
			for _, t := range []string{"latest", "nonroot", "debug", "debug-nonroot"} {
				add(repo, false, "synthetic/"+t, t, t+"-amd64", t+"-arm64")
			}
		}
	}

	// Dev Containers base, from the image definitions' manifests the notes
	// cite: '[<ver>-]<codename>' and '[<ver>-]debianN', 'ubuntuYY.MM',
	// 'alpineX.Y', ver being X.Y.Z, X.Y or X of the definition (Debian
	// 2.1.11, Ubuntu 3.0.3, Alpine 4.0.1), and the floating names of each
	// distro's newest release.
	if products["devcontainers-base"] != nil {
		const repo = "mcr.microsoft.com/devcontainers/base"
		for _, def := range []struct {
			ver      string
			oses     [][]string // spellings of one release, newest first
			floating []string   // the newest release's other names
		}{
			{"2.1.11", [][]string{{"trixie", "debian13"}, {"bookworm", "debian12"}, {"bullseye", "debian11"}}, []string{"debian", "latest", "2.1.11", "2.1", "2"}},
			{"3.0.3", [][]string{{"resolute", "ubuntu26.04"}, {"noble", "ubuntu24.04"}, {"jammy", "ubuntu22.04"}}, []string{"ubuntu"}},
			{"4.0.1", [][]string{{"alpine3.23"}, {"alpine3.22"}, {"alpine3.21"}}, []string{"alpine"}},
		} {
			parts := strings.Split(def.ver, ".")
			vers := []string{def.ver, parts[0] + "." + parts[1], parts[0]}
			for i, names := range def.oses {
				var tags []string
				for _, os := range names {
					for _, v := range vers {
						tags = append(tags, v+"-"+os)
					}
					tags = append(tags, os)
				}
				if i == 0 {
					tags = append(tags, def.floating...)
				}
				add(repo, false, "synthetic/"+names[0], tags...)
			}
		}
	}

	// Azure Linux 3.0 ('3.0'; the dated pins are left out, their dates unknown).
	for _, repo := range []string{"mcr.microsoft.com/azurelinux/base/core", "mcr.microsoft.com/azurelinux/distroless/minimal"} {
		if products["azure-linux"] != nil {
			add(repo, false, "synthetic/3.0", "3.0")
		}
	}

	// Jupyter Docker Stacks on quay.io: 'latest' and the current base's OS
	// tag, 'ubuntu-24.04'; the SHA, date and version tags change weekly.
	if p := products["jupyter-docker-stacks"]; p != nil {
		for _, repo := range p.DockerImages {
			if strings.HasPrefix(repo, "quay.io/") {
				add(repo, false, "synthetic/ubuntu-24.04", "latest", "ubuntu-24.04")
			}
		}
	}

	// rockylinux/rockylinux: rolling major tags plus the latest minor.
	for _, c := range live(products["rockylinux"]) {
		minor := ""
		if l := c.latest(); l != c.Cycle {
			minor = l
		}
		add("rockylinux/rockylinux", false, "synthetic/"+c.Cycle, minor, c.Cycle)
	}
	return out
}

// ubiRepos are the UBI repositories of RHEL release n that eol.json lists,
// and the ubi-micro names its notes give as equal to them.
func ubiRepos(rhel *product, n string) []string {
	var out []string
	for _, repo := range rhel.DockerImages {
		if ubiRelease(repo) == n {
			out = append(out, repo)
		}
	}
	if n == "8" || n == "9" || n == "10" {
		out = append(out, "registry.access.redhat.com/ubi"+n+"/ubi-micro", "registry.access.redhat.com/ubi"+n+"-micro")
	}
	return out
}

// ubiRelease is the N of a ubiN repository name, "" for other names.
func ubiRelease(repo string) string {
	i := strings.Index(repo, "ubi")
	if i < 0 {
		return ""
	}
	j := i + 3
	for j < len(repo) && repo[j] >= '0' && repo[j] <= '9' {
		j++
	}
	return repo[i+3 : j]
}

// patchTag is "<patch>-<suffix>", or "" when there is no patch tag (add
// drops empty tags).
func patchTag(patch, suffix string) string {
	if patch == "" {
		return ""
	}
	return patch + "-" + suffix
}
