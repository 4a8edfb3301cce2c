package bkparser

// isSplitSpace is upstream's reWhitespace class, [\t\v\f\r ]: no newline.
func isSplitSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r'
}

// nextSplit finds where the field of s starting at start ends, and where
// the next field starts after the run of blanks: -1 when it is the last.
func nextSplit(s string, start int) (end, next int) {
	for i := start; i < len(s); i++ {
		if isSplitSpace(s[i]) {
			j := i + 1
			for j < len(s) && isSplitSpace(s[j]) {
				j++
			}
			return i, j
		}
	}
	return len(s), -1
}

// splitWhitespace is reWhitespace.Split(s, n) without the regexp:
// regexp.Split's results exactly, including its quirks. Leading blanks give
// an empty first field, trailing blanks an empty last one, and n > 0 caps the
// number of fields, the last one holding the rest of s unsplit.
func splitWhitespace(s string, n int) []string {
	if n == 0 {
		return nil
	}
	// Sized first: one allocation, where appending grew it several times.
	size := 1 + countBlankRuns(s) // one more than the runs of blanks, at most n
	if n > 0 {
		size = min(size, n)
	}
	fields := make([]string, 0, size)
	start := 0
	for len(fields) < size-1 {
		end, next := nextSplit(s, start)
		fields = append(fields, s[start:end])
		start = next
	}
	return append(fields, s[start:])
}

// countBlankRuns counts the runs of ASCII blanks in s.
func countBlankRuns(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isSplitSpace(s[i]) && (i == 0 || !isSplitSpace(s[i-1])) {
			n++
		}
	}
	return n
}
