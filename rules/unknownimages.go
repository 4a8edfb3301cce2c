package rules

import (
	"time"

	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
)

// Unverified reports a reference whose tag is in the catalog's tag set only
// through documented tag conventions, not a registry or official-images
// listing: a fix that pins it may name a tag that does not exist.
func (s *Images) Unverified(image string) bool {
	r, ok := s.ref(image)
	if !ok {
		return false
	}
	im, ok := s.catalog(r).Lookup(r)
	return ok && im.Unverified(r.TagOrLatest())
}

// TagsAge is how many days the tag list behind image is older than date:
// the catalog's age, or 0 when --online listed the image's registry.
func (s *Images) TagsAge(image string, date time.Time) int {
	if s == nil || s.Catalog == nil {
		return 0
	}
	r, ok := s.ref(image)
	if !ok || s.catalog(r) != s.Catalog {
		return 0
	}
	days, _ := s.Catalog.AgeDays(date)
	return days
}

// UnknownImages lists the base images of f that the embedded catalog does
// not know, once each, in the order of their FROM lines: DF101 cannot
// judge them offline (with --online, a registry's tag list lets it judge
// the OS or runtime their tags name). Stage references, scratch and
// images whose ARGs have no value are left out.
func (s *Images) UnknownImages(f *lint.File) []string {
	if s == nil || s.Catalog == nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, st := range imageStages(f) {
		name := st.ImageExpanded
		if seen[name] {
			continue
		}
		seen[name] = true
		r, err := images.ParseRef(name)
		if err != nil {
			continue
		}
		if _, ok := s.Catalog.Lookup(r); !ok {
			out = append(out, name)
		}
	}
	return out
}
