package main

import (
	"bytes"
	"os"
	"syscall"
	"unsafe"
)

// thpEnabled is where Linux shows its transparent huge page mode.
const thpEnabled = "/sys/kernel/mm/transparent_hugepage/enabled"

// hugePagesOnRequest reports whether the kernel backs memory with huge
// pages only where madvise asks. In "always" mode the heap has them
// already; in "never" mode asking is useless.
func hugePagesOnRequest() bool {
	mode, err := os.ReadFile(thpEnabled)
	return err == nil && bytes.Contains(mode, []byte("[madvise]"))
}

// adviseHugePages makes the runtime map n bytes of heap and advises the
// kernel to back them with huge pages, then drops them for the next
// collection to free. The memory is never touched, so it costs nothing
// until the heap reuses it. It returns the address of the advice, for
// tests.
func adviseHugePages(n int) uintptr {
	b := make([]byte, n)
	// A failure only means ordinary pages.
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
	return uintptr(unsafe.Pointer(unsafe.SliceData(b)))
}
