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

	// .NET (mcr.microsoft.com/dotnet/*): '<X.Y[.Z]>[-<os>[-<variant>]]'. Default
	// OS: Ubuntu noble for .NET 10, Debian bookworm-slim for 8 and 9.
	dotnet := live(products["dotnet"])
	for _, repo := range []string{"sdk", "aspnet", "runtime", "runtime-deps"} {
		full := "mcr.microsoft.com/dotnet/" + repo
		for i, c := range dotnet {
			mm := c.Cycle
			if !strings.Contains(mm, ".") {
				mm += ".0"
			}
			patch := c.latest()
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
			add(full, false, "synthetic/"+mm+"/"+def, patch+"-"+def, mm+"-"+def, patch, mm, latest)
			for _, os := range oses {
				add(full, false, "synthetic/"+mm+"/"+os, patch+"-"+os, mm+"-"+os)
			}
			if repo != "sdk" {
				chiseled := []string{"noble-chiseled", "azurelinux3.0-distroless"}
				if c.Cycle == "8" {
					chiseled = append(chiseled, "jammy-chiseled")
				}
				for _, os := range chiseled {
					add(full, false, "synthetic/"+mm+"/"+os, patch+"-"+os, mm+"-"+os)
				}
			}
			if repo != "runtime-deps" {
				for _, os := range []string{"nanoserver-ltsc2022", "nanoserver-ltsc2025", "windowsservercore-ltsc2022", "windowsservercore-ltsc2025"} {
					add(full, true, "synthetic/"+mm+"/"+os, patch+"-"+os, mm+"-"+os)
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
