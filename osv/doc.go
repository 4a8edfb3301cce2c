// Package osv reads OSV vulnerability records and answers which of them
// affect a package at a version: from the per-ecosystem all.zip databases
// OSV publishes (LocalDB, the offline default) or from the OSV API (Online,
// with --online). Versions are compared in each ecosystem's own ordering
// (osv-scalibr's semantic package).
//
// A source with no data for an ecosystem says so with an error wrapping
// ErrNoData, never with an empty answer: "no vulnerabilities" is a claim
// only data can make.
package osv
