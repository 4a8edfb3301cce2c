package fix_test

import (
	"testing"
	"time"

	"github.com/dockerfix/dockerfix/fix"
	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/rules"
)

// catalogImages is the embedded base-image catalog.
func catalogImages(t *testing.T) lint.Images {
	t.Helper()
	cat, err := images.Load()
	if err != nil {
		t.Fatal(err)
	}
	return rules.NewImages(cat)
}

// TestBytesOutsideEditsUntouched fixes files with every kind of byte a
// careless rewriter loses and checks the exact output.
func TestBytesOutsideEditsUntouched(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{
			name: "crlf",
			src:  "FROM alpine:3.22\r\n# keep me\r\nMAINTAINER a\r\n\r\nCMD sh\r\n",
			want: "FROM alpine:3.22\r\n# keep me\r\nLABEL org.opencontainers.image.authors=\"a\"\r\n\r\nCMD [\"sh\"]\r\n",
		},
		{
			name: "bom",
			src:  "\uFEFFMAINTAINER a\nFROM alpine:3.22\n",
			want: "\uFEFFMAINTAINER a\nFROM alpine:3.22\n", // instruction before FROM: DF000, no fix
		},
		{
			name: "bom first line fixed",
			src:  "\uFEFFFROM alpine:3.22\nMAINTAINER a\n",
			want: "\uFEFFFROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"a\"\n",
		},
		{
			name: "tabs and trailing whitespace",
			src:  "FROM alpine:3.22\t \n\tMAINTAINER\ta  \n\tCMD\tsh -c true\t\n",
			want: "FROM alpine:3.22\t \n\tLABEL org.opencontainers.image.authors=\"a\"  \n\tCMD\t[\"sh\", \"-c\", \"true\"]\t\n",
		},
		{
			name: "escape directive",
			src:  "# escape=`\nFROM alpine:3.22\nRUN echo a `\n  && echo b\nMAINTAINER a`b\n",
			want: "# escape=`\nFROM alpine:3.22\nRUN echo a `\n  && echo b\nLABEL org.opencontainers.image.authors=\"a``b\"\n",
		},
		{
			name: "heredoc",
			src:  "FROM alpine:3.22\nRUN <<EOF\nMAINTAINER not an instruction\nCMD neither\nEOF\nCMD true\nCMD false\n",
			want: "FROM alpine:3.22\nRUN <<EOF\nMAINTAINER not an instruction\nCMD neither\nEOF\nCMD [\"false\"]\n",
		},
		{
			name: "no final newline",
			src:  "FROM alpine:3.22\nMAINTAINER a",
			want: "FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"a\"",
		},
		{
			name: "continuation with inner comment",
			src:  "FROM alpine:3.22\nCMD node \\\n  # the entry point\n  server.js\n",
			want: "FROM alpine:3.22\nCMD [\"node\", \"server.js\"]\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The embedded catalog, as the CLI has it: it knows alpine has
			// no ENTRYPOINT, which keeps DF403's CMD rewrite safe.
			env := &lint.Env{Now: func() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) }, Images: catalogImages(t)}
			res, err := fix.Loop("Dockerfile", []byte(tt.src), fix.Options{Rules: rules.All(), Env: env})
			if err != nil {
				t.Fatal(err)
			}
			if string(res.Fixed) != tt.want {
				t.Errorf("got  %q\nwant %q", res.Fixed, tt.want)
			}
		})
	}
}
