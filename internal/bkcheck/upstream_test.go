package bkcheck

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/internal/bktest"
)

// upstreamVersion is the BuildKit release whose rules this package was
// checked against.
const upstreamVersion = "v0.34.2"

// upstreamFiles are the BuildKit files whose logic this package repeats
// instead of calling, with their hashes at upstreamVersion and what here
// repeats them. The tests against upstream (TestTricky, TestFiles, the
// fuzzer) only catch a change that their inputs exercise; this catches
// every change, so that a BuildKit bump is never taken on trust.
var upstreamFiles = []struct {
	path, sha256, recheck string
}{
	{
		"frontend/dockerfile/instructions/parse.go",
		"7aae98d0bbaa51a9a26f9d9bcdf5abde08cb36e0e19c1c4ed491f6f1ec8c4c61",
		"check (Parse's loop: order, parseError's wrapping, the error for an instruction before FROM); " +
			"vouch (each parse* function's argument checks, which of them parse flags, nodeArgs); " +
			"fromArgsOK (parseBuildStageName); destOK (parseSourcesAndDest); " +
			"fromFlags, copyFlags and addFlags (the flags parseFrom, parseCopy and parseAdd define); " +
			"hintSource (UnknownInstructionError and the names its hint searches)",
	},
	{
		"frontend/dockerfile/instructions/bflag.go",
		"f110420ca366c0aa9a39ca16c1a5036dc27b13c8546e22bc7b0be60d326c089c",
		"flagsOK (BFlags.Parse: --, the -- prefix, unknown and repeated flags, bool values, missing values); " +
			"hintSource (the \"unknown flag: --\" message and the flag names its hint searches)",
	},
	{
		"frontend/dockerfile/instructions/commands_runmount.go",
		"8a5d355a97a316579a063f96ecd6474a236544c7d3f4827618277ec110dcbc6f",
		"mountOK (parseMount without an expander) and runFlags' --mount",
	},
	{
		"frontend/dockerfile/instructions/commands_runnetwork.go",
		"9bade78440787313c6679c6e1c88203046fac80a80f986f7e4715614a8265e73",
		"runFlagsOK's --network values and runFlags' --network",
	},
	{
		"frontend/dockerfile/instructions/commands_runsecurity.go",
		"caf000ae3e4bb839dd055f3487d0a716cba2d30e7121be81c49c45808959f2ca",
		"runFlagsOK's --security values and runFlags' --security",
	},
	{
		"frontend/dockerfile/instructions/commands_rundevice.go",
		"4ac48f8789b1a1a4c0306f97cb414ff2b24d49538506528b43dc437e4d35b9f6",
		"that runFlags still leaves --device to upstream, and flagNames(\"run\")",
	},
	{
		"util/suggest/error.go",
		"b68602ba026ee97f0d05968ed18129411888a892e11055c82dc754f297cc959b",
		"stableSuggestion (the \" (did you mean X?)\" text it parses, and Search, which it calls on sorted names)",
	},
}

// TestUpstreamUnchanged fails when go.mod moves to a BuildKit whose
// instruction parser may judge differently from this package.
func TestUpstreamUnchanged(t *testing.T) {
	root := bktest.UpstreamDir(t, "")
	for _, f := range upstreamFiles {
		src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f.path)))
		if err != nil {
			t.Errorf("upstream %s, which bkcheck repeats, is gone since %s (%v): re-check %s", f.path, upstreamVersion, err, f.recheck)
			continue
		}
		sum := sha256.Sum256(src)
		if got := hex.EncodeToString(sum[:]); got != f.sha256 {
			t.Errorf("upstream %s changed since %s (sha256 %s): re-check %s against it; "+
				"run this package's tests, then update upstreamVersion and this hash", f.path, upstreamVersion, got, f.recheck)
		}
	}
}

// TestUpstreamRunHooks: each of RUN's flags comes from a file of hooks, and
// runFlags and flagNames list them. A new file is a new flag.
func TestUpstreamRunHooks(t *testing.T) {
	hooks, err := filepath.Glob(filepath.Join(bktest.UpstreamDir(t, "frontend/dockerfile/instructions"), "commands_run*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range hooks {
		if name := filepath.Base(h); !strings.HasSuffix(name, "_test.go") {
			got = append(got, name)
		}
	}
	want := []string{"commands_rundevice.go", "commands_runmount.go", "commands_runnetwork.go", "commands_runsecurity.go"}
	if !slices.Equal(got, want) {
		t.Errorf("upstream's RUN hook files are %q since %s, were %q: a hook adds or drops a RUN flag; "+
			"re-check runFlags, runFlagsOK and flagNames(\"run\"), then add the file to upstreamFiles and this list", got, upstreamVersion, want)
	}
}
