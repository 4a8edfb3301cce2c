package rules

import (
	"encoding/json"
	"path"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// devContainer is the dev container configuration a Dockerfile follows.
type devContainer struct {
	file string // the devcontainer.json read, as named in the build context; "" when none
	key  string // "containerUser" or "remoteUser"
	user string // its value; "" when neither is set
}

// maxDevContainerSize bounds a devcontainer.json read from the build
// context.
const maxDevContainerSize = 1 << 20

// devContainerOf reports whether the Dockerfile is a dev container's: it
// lies in a .devcontainer folder, or beside a devcontainer.json (or
// .devcontainer.json) that builds it or names no Dockerfile at all (one
// that names another Dockerfile, or only an image, is not about this
// one). The user is containerUser, else remoteUser.
func devContainerOf(p *lint.Pass) (devContainer, bool) {
	slashed := strings.ReplaceAll(p.File.Path, `\`, "/")
	inFolder := false
	for _, part := range strings.Split(slashed, "/") {
		if part == ".devcontainer" {
			inFolder = true
		}
	}
	self := path.Base(slashed)
	if ctx := p.DockerfileDir(); ctx != nil {
		for _, name := range []string{"devcontainer.json", ".devcontainer.json"} {
			b, err := ctx.ReadFile(name)
			if err != nil || len(b) > maxDevContainerSize {
				continue
			}
			var cfg struct {
				Build struct {
					Dockerfile string `json:"dockerfile"`
				} `json:"build"`
				DockerFile    string `json:"dockerFile"`
				Image         string `json:"image"`
				ContainerUser string `json:"containerUser"`
				RemoteUser    string `json:"remoteUser"`
			}
			if json.Unmarshal(stripJSONC(b), &cfg) != nil {
				continue
			}
			dockerfile := cfg.Build.Dockerfile
			if dockerfile == "" {
				dockerfile = cfg.DockerFile
			}
			if !inFolder && ((dockerfile != "" && path.Clean(dockerfile) != self) || (dockerfile == "" && cfg.Image != "")) {
				continue
			}
			dev := devContainer{file: name}
			switch {
			case cfg.ContainerUser != "":
				dev.key, dev.user = "containerUser", cfg.ContainerUser
			case cfg.RemoteUser != "":
				dev.key, dev.user = "remoteUser", cfg.RemoteUser
			}
			return dev, true
		}
	}
	return devContainer{}, inFolder
}

// stripJSONC turns JSON with comments (// and /* */) and trailing commas,
// as devcontainer.json allows, into JSON. Strings are kept as they are;
// comments become blanks, so offsets in errors still point into src.
func stripJSONC(src []byte) []byte {
	out := make([]byte, len(src))
	copy(out, src)
	lastComma := -1 // a comma with nothing but blanks and comments after it yet
	for i := 0; i < len(out); i++ {
		switch c := out[i]; {
		case c == '"':
			lastComma = -1
			for i++; i < len(out) && out[i] != '"'; i++ {
				if out[i] == '\\' {
					i++
				}
			}
		case c == '/' && i+1 < len(out) && out[i+1] == '/':
			for ; i < len(out) && out[i] != '\n'; i++ {
				out[i] = ' '
			}
		case c == '/' && i+1 < len(out) && out[i+1] == '*':
			out[i], out[i+1] = ' ', ' '
			for i += 2; i < len(out) && !(out[i] == '*' && i+1 < len(out) && out[i+1] == '/'); i++ {
				if out[i] != '\n' {
					out[i] = ' '
				}
			}
			if i < len(out) {
				out[i], out[i+1] = ' ', ' '
				i++
			}
		case c == ',':
			lastComma = i
		case c == '}' || c == ']':
			if lastComma >= 0 {
				out[lastComma] = ' '
			}
			lastComma = -1
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		default:
			lastComma = -1
		}
	}
	return out
}
