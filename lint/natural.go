package lint

import "strconv"

// NaturalCompare orders strings with their digit runs compared as
// numbers: release numbers ("22.04" after "20.04", "10" after "9") and IDs
// (CVE-2025-9230 before CVE-2025-10000).
func NaturalCompare(a, b string) int {
	for a != "" && b != "" {
		if isDigitByte(a[0]) && isDigitByte(b[0]) {
			i, j := 0, 0
			for i < len(a) && isDigitByte(a[i]) {
				i++
			}
			for j < len(b) && isDigitByte(b[j]) {
				j++
			}
			x, _ := strconv.ParseUint(a[:i], 10, 64)
			y, _ := strconv.ParseUint(b[:j], 10, 64)
			if x != y {
				if x < y {
					return -1
				}
				return 1
			}
			a, b = a[i:], b[j:]
			continue
		}
		if a[0] != b[0] {
			if a[0] < b[0] {
				return -1
			}
			return 1
		}
		a, b = a[1:], b[1:]
	}
	return len(a) - len(b)
}
