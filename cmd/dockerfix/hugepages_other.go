//go:build !linux

package main

// Huge pages on request are a Linux mode; elsewhere the heap stays as the
// runtime maps it.
func hugePagesOnRequest() bool { return false }

func adviseHugePages(int) uintptr { return 0 }
