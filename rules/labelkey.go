package rules

import (
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// LabelKey checks LABEL keys against Docker's guidelines (hadolint
// DL3048): lower-case letters, digits, dots and dashes, starting with a
// letter, and none of Docker's own namespaces.
var LabelKey = &lint.Rule{
	ID: "DF452", Name: "label-key",
	Aliases:  []string{"DL3048"},
	Title:    "LABEL keys should follow Docker's key format",
	Severity: lint.Info,
	Check: func(p *lint.Pass) {
		for _, in := range p.File.Instructions {
			for _, pr := range in.LabelPairs() {
				key := strings.Trim(pr.Key.Text, `"'`)
				if why := labelKeyProblem(key); why != "" {
					p.Report(lint.Diagnostic{Range: pr.Key.Range, Message: "label key " + key + " " + why})
				}
			}
		}
	},
}

// labelKeyProblem says what is wrong with a label key, or "".
func labelKeyProblem(key string) string {
	switch {
	case key == "":
		return "is empty"
	case key[0] < 'a' || key[0] > 'z':
		return "should start with a lower-case letter"
	case (strings.HasPrefix(key, "com.docker.") || strings.HasPrefix(key, "io.docker.") || strings.HasPrefix(key, "org.dockerproject.")) &&
		!strings.HasPrefix(key, "com.docker.desktop.extension.") && !strings.HasPrefix(key, "com.docker.extension."):
		// Docker's Extensions SDK asks extension images for its own
		// com.docker.desktop.extension.* and com.docker.extension.* labels.
		return "is in a namespace Docker reserves for itself"
	case strings.Contains(key, "..") || strings.Contains(key, "--"):
		return "has two separators in a row"
	}
	for i := 0; i < len(key); i++ {
		if c := key[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_' || c == '/') {
			return "has " + quoteByte(c) + ", which a key should not: use lower-case letters, digits, dots and dashes"
		}
	}
	if last := key[len(key)-1]; !(last >= 'a' && last <= 'z' || last >= '0' && last <= '9') {
		return "should end with a lower-case letter or a digit"
	}
	return ""
}

func quoteByte(c byte) string {
	if c < 0x20 || c >= 0x7f {
		return "a non-ASCII or control character"
	}
	return "'" + string(c) + "'"
}
