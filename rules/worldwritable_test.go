package rules

import "testing"

func TestMayGrantWorldWrite(t *testing.T) {
	for text, want := range map[string]bool{
		"RUN chmod 777 /data":                  true,
		"RUN chmod -R 0666 /srv":               true,
		"RUN mkdir --mode=1777 /tmp/x":         true, // sticky: worldWritableMode decides
		"RUN install -m777 tool /usr/bin":      true,
		"RUN chmod a+rw /data":                 true,
		"RUN chmod ugo=rwx /data":              true,
		"RUN chmod 755 /app && chmod +x run":   false,
		"RUN chmod 0644 a && chmod go-w b":     false,
		"RUN chmod $MODE /data":                false, // a variable's mode is not judged
		"RUN chmod 12777 x":                    false, // not a mode
		"RUN apt-get install -y libssl3=3.0.7": false,
	} {
		if got := mayGrantWorldWrite([]byte(text)); got != want {
			t.Errorf("mayGrantWorldWrite(%q) = %v, want %v", text, got, want)
		}
	}
}
