package lint

import (
	"strings"
	"testing"
)

func TestInFinalImage(t *testing.T) {
	src := `ARG X=1
FROM golang:1.26 AS build
FROM alpine:3.22 AS base
FROM base AS runtime
FROM build AS test
FROM runtime
`
	f, err := Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range f.Stages {
		if f.InFinalImage(st) {
			got = append(got, st.Image.Text)
		}
	}
	if want := "alpine:3.22 base runtime"; strings.Join(got, " ") != want {
		t.Errorf("in the final image: %q, want %q", strings.Join(got, " "), want)
	}
	if f.InFinalImage(nil) {
		t.Error("a global ARG is in the final image")
	}
}

func TestFeedsFinalImage(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want string // the stages that feed the final image, by name
	}{
		{"FROM a AS build\nFROM b AS test\nFROM c AS final\nCOPY --from=build /x /x\n", "build final"},
		// Through a stage the image copies from, by index, and a mount.
		{"FROM a AS tools\nFROM b AS build\nCOPY --from=0 /t /t\nFROM c AS assets\nFROM d AS final\nCOPY --from=1 /x /x\nRUN --mount=type=bind,from=assets,target=/m true\n", "tools build assets final"},
		// A parent of a stage copied from; an image named by --from is no stage.
		{"FROM a AS base\nFROM base AS build\nFROM c AS unused\nFROM d AS final\nCOPY --from=build /x /x\nCOPY --from=nginx:1 /y /y\n", "base build final"},
		// A --from the build decides may name any stage.
		{"ARG S=build\nFROM a AS build\nFROM b AS other\nFROM d AS final\nCOPY --from=${S} /x /x\n", "build other final"},
	} {
		f := mustParse(t, tc.src)
		var got []string
		for _, st := range f.Stages {
			if f.FeedsFinalImage(st) {
				got = append(got, st.Name)
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: feeding the final image: %q, want %q", tc.src, strings.Join(got, " "), tc.want)
		}
		if f.FeedsFinalImage(nil) {
			t.Error("a global ARG feeds the final image")
		}
	}
}
