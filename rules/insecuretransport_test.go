package rules

import "testing"

func TestNamesPlainURL(t *testing.T) {
	for src, want := range map[string]bool{
		"RUN curl -fsSL https://x.org/a":             false,
		"RUN curl -fsSL http://x.org/a":              true,
		"ARG MIRROR=HTTP://mirror.local\nRUN x":      true,
		"RUN wget ftp://ftp.x.org/pub/a.tgz":         true,
		"RUN curl https://x.org/a https://y.org/b":   false,
		"RUN git clone git://x.org/r && curl ${URL}": false,
		"://":   false,
		"p://x": false,
	} {
		if got := namesPlainURL([]byte(src)); got != want {
			t.Errorf("namesPlainURL(%q) = %v, want %v", src, got, want)
		}
	}
}
