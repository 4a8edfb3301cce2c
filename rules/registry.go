package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
)

// UntrustedRegistry flags an image from a registry the config's
// allowed-registries does not list (hadolint DL3026): a FROM, a COPY
// --from, a RUN --mount from=. Without the setting it checks nothing.
var UntrustedRegistry = &lint.Rule{
	ID: "DF104", Name: "untrusted-registry",
	Aliases:  []string{"DL3026"},
	Title:    "Image from a registry allowed-registries does not list",
	Severity: lint.Error,
	Check:    checkUntrustedRegistry,
}

func checkUntrustedRegistry(p *lint.Pass) {
	if p.Env == nil || p.Env.Config == nil || len(p.Env.Config.AllowedRegistries) == 0 {
		return
	}
	allowed := p.Env.Config.AllowedRegistries
	f := p.File
	check := func(image string, at lint.Range, what string) {
		registry, ok := imageRegistry(image)
		if !ok || registryAllowed(allowed, registry) {
			return
		}
		p.Report(lint.Diagnostic{Range: at, Message: fmt.Sprintf(
			"%s%s comes from %s, which allowed-registries does not list (%s)", what, image, registry, strings.Join(allowed, ", "))})
	}
	for _, st := range f.Stages {
		// A stage built on another, or on a name a variable the build
		// sets decides, names no image here.
		if st.Parent == nil && st.ImageResolved && !st.IsScratch() && !p.NamedContext(st.ImageExpanded) {
			check(st.ImageExpanded, st.Image.Range, "FROM ")
		}
		for _, in := range st.Instructions[1:] {
			for _, src := range imageSources(in) {
				if target, index := f.CopySource(src.value); target != nil || index >= 0 ||
					strings.Contains(src.value, "$") || p.NamedContext(src.value) {
					continue
				}
				check(src.value, src.at, src.what)
			}
		}
	}
}

// imageSource is a --from of a COPY or ADD, or a from= of a RUN --mount:
// a stage, a named context or an image.
type imageSource struct {
	value, what string
	at          lint.Range
}

func imageSources(in *lint.Instruction) []imageSource {
	var out []imageSource
	for _, fl := range in.Flags {
		switch {
		case strings.EqualFold(fl.Name, "from") && (in.Keyword == "COPY" || in.Keyword == "ADD") && fl.Value != "":
			out = append(out, imageSource{fl.Value, in.Keyword + " --from=", fl.Range})
		case strings.EqualFold(fl.Name, "mount") && in.Keyword == "RUN":
			for field := range strings.SplitSeq(fl.Value, ",") {
				if v, ok := strings.CutPrefix(strings.TrimSpace(field), "from="); ok && v != "" {
					out = append(out, imageSource{v, "RUN --mount from=", fl.Range})
				}
			}
		}
	}
	return out
}

// imageRegistry is the registry an image reference pulls from: its host,
// lower case, or docker.io for Docker Hub (ubuntu, library/ubuntu,
// index.docker.io/…).
func imageRegistry(image string) (string, bool) {
	ref, err := images.ParseRef(image)
	if err != nil {
		return "", false
	}
	if ref.DockerHub() {
		return "docker.io", true
	}
	return strings.ToLower(ref.Domain), true
}

// registryAllowed matches a registry against allowed-registries, as
// hadolint does: "*" any, "*.corp.example" a suffix, "registry.corp*" a
// prefix, else the host itself (port included). Docker Hub is also
// allowed as hub.docker.com.
func registryAllowed(allowed []string, registry string) bool {
	for _, a := range allowed {
		if matchRegistry(a, registry) || registry == "docker.io" && matchRegistry(a, "hub.docker.com") {
			return true
		}
	}
	return false
}

func matchRegistry(allow, registry string) bool {
	switch {
	case allow == "*":
		return true
	case strings.HasPrefix(allow, "*"):
		return strings.HasSuffix(registry, allow[1:])
	case strings.HasSuffix(allow, "*"):
		return strings.HasPrefix(registry, allow[:len(allow)-1])
	}
	return registry == allow
}
