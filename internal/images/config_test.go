package images

import (
	"context"
	"io"
	"log"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/registry"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/random"
	"github.com/google/go-containerregistry/pkg/v1/remote"
)

// platformImage is a small random image whose configuration says platform
// and sets env and a working directory.
func platformImage(t *testing.T, os, arch string, env ...string) v1.Image {
	t.Helper()
	img, err := random.Image(64, 1)
	if err != nil {
		t.Fatal(err)
	}
	cf, err := img.ConfigFile()
	if err != nil {
		t.Fatal(err)
	}
	cf = cf.DeepCopy()
	cf.OS, cf.Architecture = os, arch
	cf.Config.Env = env
	cf.Config.WorkingDir = "/srv/" + arch
	if arch == "arm64" {
		cf.Config.Entrypoint = []string{"/docker-entrypoint.sh"}
	}
	img, err = mutate.ConfigFile(img, cf)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestRegistryConfig(t *testing.T) {
	srv := httptest.NewServer(registry.New(registry.Logger(log.New(io.Discard, "", 0))))
	t.Cleanup(srv.Close)
	host := strings.TrimPrefix(srv.URL, "http://")
	push := func(ref string, write func(name.Reference) error) {
		r, err := name.ParseReference(host + "/" + ref)
		if err != nil {
			t.Fatal(err)
		}
		if err := write(r); err != nil {
			t.Fatal(err)
		}
	}
	opt := remote.WithAuthFromKeychain(anonymous{})
	single := platformImage(t, "linux", "amd64", "PATH=/bin", "APP=1")
	push("single:1", func(r name.Reference) error { return remote.Write(r, single, opt) })
	index := mutate.AppendManifests(empty.Index,
		mutate.IndexAddendum{Add: platformImage(t, "linux", "amd64", "PATH=/bin"), Descriptor: v1.Descriptor{Platform: &v1.Platform{OS: "linux", Architecture: "amd64"}}},
		mutate.IndexAddendum{Add: platformImage(t, "linux", "arm64", "PATH=/bin", "ARM=1"), Descriptor: v1.Descriptor{Platform: &v1.Platform{OS: "linux", Architecture: "arm64"}}},
	)
	push("multi:1", func(r name.Reference) error { return remote.WriteIndex(r, index, opt) })

	tr := &countingTransport{}
	reg := &Registry{Keychain: anonymous{}, Transport: tr, Timeout: 5 * time.Second}
	cached := &CachedLister{Lister: reg, Dir: t.TempDir()}
	for _, tc := range []struct {
		ref, platform string
		want          Config
		ok            bool
	}{
		// A single image is pulled whatever the platform: its own shows.
		{"single:1", "linux/arm64", Config{OS: "linux", Architecture: "amd64", Env: []string{"PATH=/bin", "APP=1"}, WorkingDir: "/srv/amd64"}, true},
		{"multi:1", "linux/arm64", Config{OS: "linux", Architecture: "arm64", Env: []string{"PATH=/bin", "ARM=1"}, WorkingDir: "/srv/arm64",
			Entrypoint: []string{"/docker-entrypoint.sh"}}, true},
		{"multi:1", "linux/amd64", Config{OS: "linux", Architecture: "amd64", Env: []string{"PATH=/bin"}, WorkingDir: "/srv/amd64"}, true},
		{"multi:1", "linux/s390x", Config{}, false}, // no such platform: the build would fail
		{"missing:1", "linux/amd64", Config{}, false},
	} {
		for _, f := range []ConfigFetcher{reg, cached} {
			got, err := f.Config(context.Background(), host+"/"+tc.ref, tc.platform)
			if (err == nil) != tc.ok || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("%T.Config(%s, %s) = %+v, %v; want %+v, ok %v", f, tc.ref, tc.platform, got, err, tc.want, tc.ok)
			}
		}
	}
	// The cache answers again without a request.
	before := tr.n.Load()
	if _, err := cached.Config(context.Background(), host+"/multi:1", "linux/arm64"); err != nil {
		t.Fatal(err)
	}
	if n := tr.n.Load() - before; n != 0 {
		t.Errorf("a cached configuration took %d requests", n)
	}
	if _, err := (&CachedLister{Lister: &fakeLister{}, Dir: t.TempDir()}).Config(context.Background(), "x", "linux/amd64"); err == nil {
		t.Error("a CachedLister whose Lister reads no configurations answered")
	}
}
