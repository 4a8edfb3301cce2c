//go:build unix

package lint

import "syscall"

// openNonblock makes an open of a FIFO return at once instead of waiting
// for a writer.
const openNonblock = syscall.O_NONBLOCK
