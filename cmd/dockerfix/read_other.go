//go:build !unix

package main

// readRegularFast has no fast path here: the portable one does it all.
func readRegularFast(string, int64, []byte) ([]byte, bool) { return nil, false }
