package lint

import "testing"

// distroImages answers Distro for the images it lists.
type distroImages struct {
	fakeImages
	distros map[string]string
}

func (d distroImages) Distro(image string) string { return d.distros[image] }

func TestPassDistro(t *testing.T) {
	env := &Env{Images: distroImages{distros: map[string]string{"node:24": "debian"}}}
	for _, tc := range []struct {
		src  string
		want string
	}{
		{"FROM node:24\n", "debian"},                    // the catalog
		{"FROM node:24 AS base\nFROM base\n", "debian"}, // through the chain
		{"FROM scratch\n", "scratch"},
		{"FROM example.com/app:1-alpine\n", "alpine"}, // the name
		{"FROM gcr.io/distroless/static\n", "distroless"},
		{"FROM registry.example/ubi9/python\n", "rhel"},
		{"FROM example.com/windows/servercore\n", "windows"},
		{"FROM example.com/app AS a\nRUN apk add curl\nFROM a\n", "alpine"}, // a package manager of the chain
		{"FROM example.com/app\nRUN apt-get install -y curl\n", "debian"},
		{"FROM example.com/app\nRUN make\n", ""},
	} {
		f := mustParse(t, tc.src)
		p := &Pass{File: f, Env: env}
		if got := p.Distro(f.FinalStage()); got != tc.want {
			t.Errorf("%q: Distro = %q, want %q", tc.src, got, tc.want)
		}
	}
	f := mustParse(t, "FROM node:24\n")
	if got := (&Pass{File: f}).Distro(f.Stages[0]); got != "" {
		t.Errorf("without Env: Distro = %q, want \"\"", got)
	}
}
