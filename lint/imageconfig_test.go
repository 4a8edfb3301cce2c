package lint

import (
	"reflect"
	"testing"
)

// configImages is fakeImages that also knows configurations.
type configImages struct {
	fakeImages
	configs map[string]ImageConfig
}

func (c configImages) Config(image, platform string) (ImageConfig, bool) {
	cfg, ok := c.configs[image]
	cfg.Platform = platform
	return cfg, ok
}

func TestBaseConfig(t *testing.T) {
	python := ImageConfig{Env: []string{"PATH=/usr/local/bin", "PYTHON_VERSION=3.13"}}
	withConfigs := &Env{Images: configImages{configs: map[string]ImageConfig{"python:3.13": python}}}
	withoutConfigs := &Env{Images: fakeImages{}}
	src := "ARG TAG=3.13\nARG FREE\n" +
		"FROM python:$TAG AS py\n" + // 0
		"FROM py\n" + // 1: built from stage py
		"FROM scratch\n" + // 2
		"FROM golang:1.25\n" + // 3: not known
		"FROM alpine:$FREE\n" + // 4: the tag comes from --build-arg
		"FROM mcr.microsoft.com/windows/servercore:ltsc2022\n" // 5
	f := mustParse(t, src)
	scratch := ImageConfig{Env: []string{"PATH=" + DefaultPath}, EntrypointKnown: true}
	for _, tc := range []struct {
		env   *Env
		stage int
		want  ImageConfig
		ok    bool
	}{
		{withConfigs, 0, python, true},
		{withConfigs, 1, python, true},
		{withConfigs, 2, scratch, true},
		{withConfigs, 3, ImageConfig{}, false},
		{withConfigs, 4, ImageConfig{}, false},
		{withConfigs, 5, ImageConfig{}, false},
		{withoutConfigs, 0, ImageConfig{}, false},
		{withoutConfigs, 2, scratch, true},
		{nil, 0, ImageConfig{}, false},
		{nil, 2, scratch, true},
	} {
		got, ok := f.BaseConfig(tc.env, f.Stages[tc.stage])
		if ok != tc.ok || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("stage %d: BaseConfig = %+v, %v; want %+v, %v", tc.stage, got, ok, tc.want, tc.ok)
		}
	}
}

func TestConstPlatform(t *testing.T) {
	f := mustParse(t, "ARG P=linux/arm64\nFROM a\nFROM --platform=linux/arm/v7 a\nFROM --platform=$BUILDPLATFORM a\nFROM --platform=$P a\nFROM --platform=\"linux/s390x\" a\n")
	for i, want := range []string{"", "linux/arm/v7", "", "linux/arm64", "linux/s390x"} {
		if got := f.ConstPlatform(f.Stages[i]); got != want {
			t.Errorf("stage %d: ConstPlatform = %q, want %q", i, got, want)
		}
	}
}
