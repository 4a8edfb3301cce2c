package lint

import "testing"

func TestDockerQuote(t *testing.T) {
	for _, tc := range []struct {
		in     string
		escape byte
		want   string
	}{
		{"Jane Doe <jane@example.com>", '\\', `"Jane Doe <jane@example.com>"`},
		{`say "hi"`, '\\', `"say \"hi\""`},
		{`$HOME\bin`, '\\', `"\$HOME\\bin"`},
		{`C:\app "x" $v`, '`', "\"C:\\app `\"x`\" `$v\""},
		{"", '\\', `""`},
	} {
		if got := DockerQuote(tc.in, tc.escape); got != tc.want {
			t.Errorf("DockerQuote(%q, %q) = %s, want %s", tc.in, tc.escape, got, tc.want)
		}
	}
}

func TestJSONArray(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{[]string{"node", "server.js"}, `["node", "server.js"]`},
		{[]string{"sh", "-c", `echo "<a> & b"`}, `["sh", "-c", "echo \"<a> & b\""]`},
		{[]string{`C:\app\run.exe`}, `["C:\\app\\run.exe"]`},
		{nil, `[]`},
	} {
		if got := JSONArray(tc.in); got != tc.want {
			t.Errorf("JSONArray(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
