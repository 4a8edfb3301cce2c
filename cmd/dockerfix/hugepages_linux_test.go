package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestAdviseHugePages: the heap range is advised (VmFlags "hg" in
// /proc/self/smaps), whatever mode the kernel is in.
func TestAdviseHugePages(t *testing.T) {
	if _, err := os.Stat(thpEnabled); err != nil {
		t.Skipf("no transparent huge pages: %v", err)
	}
	addr := adviseHugePages(minHugeHeap)
	flags, err := vmFlags(addr)
	if err != nil {
		t.Skipf("no VmFlags to check: %v", err)
	}
	if !strings.Contains(" "+flags+" ", " hg ") {
		t.Fatalf("mapping at %#x has VmFlags %q, want hg", addr, flags)
	}
}

// vmFlags returns the VmFlags of the mapping that holds addr.
func vmFlags(addr uintptr) (string, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return "", err
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 {
			in = lo <= addr && addr < hi
			continue
		}
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok && in {
			return strings.TrimSpace(flags), nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", fmt.Errorf("no VmFlags for a mapping that holds %#x", addr)
}
