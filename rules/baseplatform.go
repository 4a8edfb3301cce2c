package rules

import (
	"fmt"

	"github.com/containerd/platforms"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/dockerfix/dockerfix/lint"
)

// InvalidBaseImagePlatform reports a base image whose platform is not the
// one the build asks for: a single-platform image is pulled whatever the
// platform, and then runs under emulation, or not at all. It needs the
// image's configuration, so it says something only with --online.
var InvalidBaseImagePlatform = &lint.Rule{
	ID: "DF427", Name: "invalid-base-image-platform",
	Aliases:  []string{"InvalidBaseImagePlatform"},
	Title:    "The base image should be built for the platform the build targets (with --online)",
	Severity: lint.Warning,
	Check: func(p *lint.Pass) {
		if r, ok := p.Env.Images.(interface{ ReadsConfigs() bool }); ok && !r.ReadsConfigs() {
			return // offline: no platform to compare
		}
		f := p.File
		for _, st := range f.Stages {
			if st.Parent != nil || st.IsScratch() {
				continue
			}
			cfg, ok := f.BaseConfig(p.Env, st)
			if !ok || cfg.Platform == "" || cfg.OS == "" || cfg.Architecture == "" {
				continue // offline: no platform to compare
			}
			want, err := platforms.Parse(cfg.Platform)
			if err != nil {
				continue
			}
			want = platforms.Normalize(want)
			got := platforms.Normalize(ocispecs.Platform{OS: cfg.OS, Architecture: cfg.Architecture, Variant: cfg.Variant})
			if got.OS == want.OS && got.Architecture == want.Architecture {
				continue
			}
			p.Report(lint.Diagnostic{
				Range: st.Image.Range,
				Message: fmt.Sprintf("Base image %s was pulled with platform %q, expected %q for current build",
					st.ImageExpanded, platforms.FormatAll(got), platforms.FormatAll(want)),
			})
		}
	},
}
