package rules

import (
	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
)

// Images adapts the base-image catalog to lint.Images, the view rules have
// of it through Pass.Env.
type Images struct{ Catalog *images.Catalog }

// NewImages wraps cat; a nil cat loads the embedded catalog.
func NewImages(cat *images.Catalog) *Images {
	if cat == nil {
		cat, _ = images.Load() // the embedded data is checked by its own tests
	}
	return &Images{Catalog: cat}
}

var _ lint.Images = (*Images)(nil)

func (s *Images) ref(image string) (images.Ref, bool) {
	if s == nil || s.Catalog == nil {
		return images.Ref{}, false
	}
	r, err := images.ParseRef(image)
	return r, err == nil
}

// DefaultUser implements lint.Images.
func (s *Images) DefaultUser(image string) (string, bool, bool) {
	r, ok := s.ref(image)
	if !ok {
		return "", false, false
	}
	return s.Catalog.DefaultUser(r)
}

// NonRootUser implements lint.Images.
func (s *Images) NonRootUser(image string) (string, bool) {
	r, ok := s.ref(image)
	if !ok {
		return "", false
	}
	return s.Catalog.KnownNonRootUser(r)
}

// Distro implements lint.Images.
func (s *Images) Distro(image string) string {
	r, ok := s.ref(image)
	if !ok {
		return ""
	}
	return s.Catalog.Distro(r)
}
