package lint

import (
	"encoding/json"
	"strings"
)

// DockerQuote double-quotes s for a Dockerfile word that undergoes variable
// expansion (LABEL, ENV): the escape character, quotes and '$' are escaped.
func DockerQuote(s string, escape byte) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '"' || c == escape || c == '$' {
			b.WriteByte(escape)
		}
		b.WriteByte(c)
	}
	b.WriteByte('"')
	return b.String()
}

// JSONArray renders exec-form arguments the way people write them:
// ["a", "b"], without HTML escaping.
func JSONArray(args []string) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		var sb strings.Builder
		enc := json.NewEncoder(&sb)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(a) // a string always encodes
		b.WriteString(strings.TrimSuffix(sb.String(), "\n"))
	}
	b.WriteByte(']')
	return b.String()
}
