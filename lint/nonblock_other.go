//go:build !unix

package lint

// openNonblock is unneeded where there are no FIFOs to open: the stat
// before the open already refuses what is not a regular file.
const openNonblock = 0
