package main

import (
	"runtime/debug"
	"testing"

	"github.com/dockerfix/dockerfix/internal/images"
)

func TestFormatVersion(t *testing.T) {
	sources := []images.Source{
		{Name: "endoflife.date", Commit: "a70eca3", Date: "2026-08-22"},
		{Name: "official-images", Commit: "37079fb", Date: "2026-08-21"},
	}
	const catalog = " (catalog: endoflife.date 2026-08-22, official-images 2026-08-21)"
	vcs := func(rev, modified string) []debug.BuildSetting {
		s := []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}}
		if modified != "" {
			s = append(s, debug.BuildSetting{Key: "vcs.modified", Value: modified})
		}
		return s
	}
	const rev = "4b1abb2d0c6e9f3a8b7c6d5e4f3a2b1c0d9e8f7a"
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"no build info", nil, "dockerfix dev" + catalog},
		{"go test or go run", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dockerfix dev" + catalog},
		{"empty version", &debug.BuildInfo{}, "dockerfix dev" + catalog},
		{"a tag", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}, Settings: vcs(rev, "false")}, "dockerfix v1.2.3" + catalog},
		{"a tag, uncommitted changes", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3+dirty"}, Settings: vcs(rev, "true")}, "dockerfix v1.2.3+dirty" + catalog},
		{"a pre-release tag", &debug.BuildInfo{Main: debug.Module{Version: "v1.3.0-rc.1"}}, "dockerfix v1.3.0-rc.1" + catalog},
		{"a revision", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs(rev, "false")}, "dockerfix 4b1abb2d0c6e" + catalog},
		{"a dirty revision", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs(rev, "true")}, "dockerfix 4b1abb2d0c6e-dirty" + catalog},
		{"a short revision", &debug.BuildInfo{Settings: vcs("4b1abb2", "")}, "dockerfix 4b1abb2" + catalog},
		{"a pseudo-version from the VCS", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261204120000-4b1abb2d0c6e+dirty"}, Settings: vcs(rev, "true")},
			"dockerfix 4b1abb2d0c6e-dirty" + catalog},
		{"a pseudo-version after a tag", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.4-0.20261204120000-4b1abb2d0c6e"}, Settings: vcs(rev, "false")},
			"dockerfix 4b1abb2d0c6e" + catalog},
		{"go install of a commit: a pseudo-version, no VCS settings", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261204120000-4b1abb2d0c6e"}},
			"dockerfix v0.0.0-20261204120000-4b1abb2d0c6e" + catalog},
	}
	for _, tt := range tests {
		if got := formatVersion(moduleVersion(tt.bi), sources); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := formatVersion(moduleVersion(nil), nil); got != "dockerfix dev" {
		t.Errorf("no sources: got %q", got)
	}
}
