// Package bench holds dockerfix's speed benchmarks over the real-world
// corpus and a small file, plus compare.sh, which times the CLI against
// dockerfilelint. It has no code of its own.
package bench
