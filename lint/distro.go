package lint

import "strings"

// Distro names the OS family of the image a stage builds on: "debian",
// "ubuntu", "alpine", "rhel", "arch", "suse", "distroless", "scratch",
// "windows", or "" when unknown. It asks the catalog (Images.Distro) about the image its
// chain starts from, else reads the image name, else the package manager
// the chain's RUNs use.
func (p *Pass) Distro(st *Stage) string {
	chain := st.Chain()
	base := chain[0]
	env := p.Env
	if base.IsScratch() {
		return "scratch"
	}
	if env != nil && env.Images != nil && base.ImageResolved {
		if d := env.Images.Distro(base.ImageExpanded); d != "" {
			return d
		}
	}
	img := strings.ToLower(base.ImageExpanded)
	switch {
	case strings.Contains(img, "distroless"):
		return "distroless"
	case base.IsWindows():
		return "windows"
	case strings.Contains(img, "alpine"):
		return "alpine"
	case strings.Contains(img, "ubi") || strings.Contains(img, "centos") || strings.Contains(img, "fedora") ||
		strings.Contains(img, "rocky") || strings.Contains(img, "alma") || strings.Contains(img, "amazonlinux") ||
		strings.Contains(img, "oraclelinux"):
		return "rhel"
	case strings.Contains(img, "ubuntu"):
		return "ubuntu"
	case strings.Contains(img, "debian"):
		return "debian"
	case strings.Contains(img, "archlinux") || strings.Contains(img, "manjaro"):
		return "arch"
	case strings.Contains(img, "opensuse") || strings.Contains(img, "bci-base") || strings.Contains(img, "suse/sle"):
		return "suse"
	}
	for _, s := range chain {
		for _, in := range s.InstructionsOf("RUN") {
			text := in.ArgText()
			switch {
			case strings.Contains(text, "apt-get ") || strings.Contains(text, "apt "):
				return "debian"
			case strings.Contains(text, "apk "):
				return "alpine"
			case strings.Contains(text, "yum ") || strings.Contains(text, "dnf ") || strings.Contains(text, "microdnf "):
				return "rhel"
			case strings.Contains(text, "pacman "):
				return "arch"
			case strings.Contains(text, "zypper "):
				return "suse"
			}
		}
	}
	return ""
}

// OSRelease is the OS release of the image st's chain starts from, as the
// catalog knows it (Images.OSRelease): {ubuntu 14.04}. ok is false when it
// is unknown.
func (p *Pass) OSRelease(st *Stage) (OSRelease, bool) {
	root := st.Root()
	if !root.ImageResolved || p.Env == nil || p.Env.Images == nil {
		return OSRelease{}, false
	}
	return p.Env.Images.OSRelease(root.ImageExpanded)
}

// Before reports whether r is a release of product older than release, in
// natural order: {ubuntu 14.04}.Before("ubuntu", "16.04").
func (r OSRelease) Before(product, release string) bool {
	return r.Product == product && NaturalCompare(r.Release, release) < 0
}

// OfficialImage is the name of the Docker Hub official image a reference
// names ("ruby" for ruby:3.4, docker.io/library/ruby@sha256:…), or "" for
// another image.
func OfficialImage(image string) string {
	img := strings.ToLower(image)
	img, _, _ = strings.Cut(img, "@")
	if i := strings.LastIndexByte(img, ':'); i > strings.LastIndexByte(img, '/') {
		img = img[:i]
	}
	img = strings.TrimPrefix(img, "docker.io/")
	img = strings.TrimPrefix(img, "index.docker.io/")
	img = strings.TrimPrefix(img, "library/")
	if strings.Contains(img, "/") {
		return ""
	}
	return img
}
