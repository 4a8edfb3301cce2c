package ascii

import "strings"

// The Dockerfile instructions, in the same order in both cases.
var (
	instructionsLower = [...]string{
		"add", "arg", "cmd", "copy", "entrypoint", "env", "expose", "from", "healthcheck",
		"label", "maintainer", "onbuild", "run", "shell", "stopsignal", "user", "volume", "workdir",
	}
	instructionsUpper = [...]string{
		"ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK",
		"LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
	}
)

// LowerInstruction returns the instruction name s in lower case, when s is
// one with its ASCII letters folded, without allocating.
func LowerInstruction(s string) (string, bool) {
	if i := instruction(s); i >= 0 {
		return instructionsLower[i], true
	}
	return "", false
}

// UpperInstruction is LowerInstruction in upper case.
func UpperInstruction(s string) (string, bool) {
	if i := instruction(s); i >= 0 {
		return instructionsUpper[i], true
	}
	return "", false
}

// LowerName is strings.ToLower(s), without allocating when s is an
// instruction name in any ASCII case: Dockerfiles spell them in capitals.
// On ASCII the two fold alike; anything else ("ONBUİLD") takes
// strings.ToLower.
func LowerName(s string) string {
	if name, ok := LowerInstruction(s); ok {
		return name
	}
	return strings.ToLower(s)
}

// UpperName is LowerName for strings.ToUpper.
func UpperName(s string) string {
	if name, ok := UpperInstruction(s); ok {
		return name
	}
	return strings.ToUpper(s)
}

// instruction returns the index of s among the instructions, or -1. The
// length and first letter leave one candidate, which EqualFold confirms:
// instruction names are looked up for every line of every Dockerfile.
func instruction(s string) int {
	if len(s) < 3 {
		return -1
	}
	i := -1
	switch c := s[0] | 0x20; len(s) {
	case 3:
		switch c {
		case 'a':
			i = 0 // add
			if s[1]|0x20 == 'r' {
				i = 1 // arg
			}
		case 'c':
			i = 2
		case 'e':
			i = 5
		case 'r':
			i = 12
		}
	case 4:
		switch c {
		case 'c':
			i = 3
		case 'f':
			i = 7
		case 'u':
			i = 15
		}
	case 5:
		switch c {
		case 'l':
			i = 9
		case 's':
			i = 13
		}
	case 6:
		switch c {
		case 'e':
			i = 6
		case 'v':
			i = 16
		}
	case 7:
		switch c {
		case 'o':
			i = 11
		case 'w':
			i = 17
		}
	case 10:
		switch c {
		case 'e':
			i = 4
		case 'm':
			i = 10
		case 's':
			i = 14
		}
	case 11:
		if c == 'h' {
			i = 8
		}
	}
	if i < 0 || !EqualFold(s, instructionsLower[i]) {
		return -1
	}
	return i
}
