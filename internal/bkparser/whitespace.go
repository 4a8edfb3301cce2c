package bkparser

// isSplitSpace is upstream's reWhitespace class, [\t\v\f\r ]: no newline.
func isSplitSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r'
}

// splitWhitespace is reWhitespace.Split(s, n) without the regexp:
// regexp.Split's results exactly, including its quirks. Leading blanks give
// an empty first field, trailing blanks an empty last one, and n > 0 caps the
// number of fields, the last one holding the rest of s unsplit.
func splitWhitespace(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if s == "" {
		return []string{""}
	}
	// Sized first: one allocation, where appending grew it several times.
	size := 1 // one more than the runs of blanks, at most n
	for i := 0; i < len(s) && (n < 0 || size < n); i++ {
		if isSplitSpace(s[i]) && (i == 0 || !isSplitSpace(s[i-1])) {
			size++
		}
	}
	fields := make([]string, 0, size)
	start := 0
	for i := 0; i < len(s); {
		if !isSplitSpace(s[i]) {
			i++
			continue
		}
		if n > 0 && len(fields) == n-1 {
			break
		}
		j := i + 1
		for j < len(s) && isSplitSpace(s[j]) {
			j++
		}
		fields = append(fields, s[start:i])
		start = j
		i = j
	}
	return append(fields, s[start:])
}
