package rules

import (
	"path"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/dockerfix/dockerfix/lint"
)

// maxActionSize bounds an action.yml read from the build context.
const maxActionSize = 1 << 20

// buildsGitHubAction reports a Dockerfile that builds a GitHub Docker
// container action: an action.yml (or action.yaml) beside it whose
// runs.using is docker and whose runs.image names this Dockerfile.
// GitHub runs such a container as root, and requires it: "Docker actions
// must be run by the default Docker user (root). Do not use the USER
// instruction in your Dockerfile, because you won't be able to access the
// GITHUB_WORKSPACE directory" (docs.github.com, Dockerfile support for
// GitHub Actions).
func buildsGitHubAction(p *lint.Pass) bool {
	ctx := p.DockerfileDir()
	if ctx == nil {
		return false
	}
	self := path.Base(strings.ReplaceAll(p.File.Path, `\`, "/"))
	for _, name := range []string{"action.yml", "action.yaml"} {
		b, err := ctx.ReadFile(name)
		if err != nil || len(b) > maxActionSize {
			continue
		}
		var action struct {
			Runs struct {
				Using string `yaml:"using"`
				Image string `yaml:"image"`
			} `yaml:"runs"`
		}
		if yaml.Unmarshal(b, &action) != nil {
			continue
		}
		image := strings.TrimSpace(action.Runs.Image)
		if strings.EqualFold(action.Runs.Using, "docker") && !strings.HasPrefix(image, "docker://") && image != "" && path.Clean(image) == self {
			return true
		}
	}
	return false
}
