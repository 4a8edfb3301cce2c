package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// buildkitCases are BuildKit's build checks as its v0.34.2 tests assert
// them (frontend/dockerfile/dockerfile_check_test.go, whose expected
// warning lists are exhaustive: a line without a warning is a case too)
// and as the examples of its documentation call them bad or good
// (frontend/dockerfile/docs/rules/*.md; a "docs/" test name). Cases of
// the rules dockerfix had before (JSONArgsRecommended,
// MaintainerDeprecated, MultipleInstructionsDisallowed,
// SecretsUsedInArgOrEnv) from the tests are in conformanceCases; their
// documentation's examples are here. Every deliberate difference is also
// a row of README's BuildKit table of deliberate differences
// (TestReadmeBuildKitDifferences).
var buildkitCases = []conformanceCase{
	// ---- StageNameCasing (DF410), FromAsCasing (DF411) ----
	{peer: "buildkit", test: "testStageName: AS BadStageName", alias: "StageNameCasing",
		src: bkStageName, line: 4, peerWants: true, want: true},
	{peer: "buildkit", test: "testStageName: as base2", alias: "StageNameCasing", src: bkStageName, line: 8},
	{peer: "buildkit", test: "testStageName: AS base3", alias: "StageNameCasing", src: bkStageName, line: 10},
	{peer: "buildkit", test: "testStageName: FROM … as base2", alias: "FromAsCasing",
		src: bkStageName, line: 8, match: "'as' and 'FROM' keywords' casing do not match", peerWants: true, want: true},
	{peer: "buildkit", test: "testStageName: FROM … AS BadStageName", alias: "FromAsCasing", src: bkStageName, line: 4},
	{peer: "buildkit", test: "testStageName: FROM … AS base3", alias: "FromAsCasing", src: bkStageName, line: 10},
	{peer: "buildkit", test: "testStageName: from … AS base", alias: "FromAsCasing",
		src:  "\n# warning: 'AS' should match 'from' cmd casing.\n#\nfrom scratch AS base\n\nfrom scratch as base2\n",
		line: 4, match: "'AS' and 'from' keywords' casing do not match", peerWants: true, want: true},
	{peer: "buildkit", test: "testStageName: from … as base2", alias: "FromAsCasing",
		src: "\n# warning: 'AS' should match 'from' cmd casing.\n#\nfrom scratch AS base\n\nfrom scratch as base2\n", line: 6},
	{peer: "buildkit", test: "testRuleCheckOption: skip=all", alias: "FromAsCasing",
		src: "#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n"},
	{peer: "buildkit", test: "testRuleCheckOption: skip=all, copy", alias: "ConsistentInstructionCasing",
		src: "#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n"},
	{peer: "buildkit", test: "testRuleCheckOption: skip=all;error=true", alias: "FromAsCasing",
		src: "#check=skip=all;error=true\nFROM scratch as base\ncopy Dockerfile .\n"},
	{peer: "buildkit", test: "testRuleCheckOption: skip both", alias: "FromAsCasing",
		src: "#check=skip=ConsistentInstructionCasing,FromAsCasing\nFROM scratch as base\ncopy Dockerfile .\n"},
	{peer: "buildkit", test: "testRuleCheckOption: skip both, copy", alias: "ConsistentInstructionCasing",
		src: "#check=skip=ConsistentInstructionCasing,FromAsCasing\nFROM scratch as base\ncopy Dockerfile .\n"},
	{peer: "buildkit", test: "testRuleCheckOption: skip=ConsistentInstructionCasing, as", alias: "FromAsCasing",
		src: "#check=skip=ConsistentInstructionCasing\nFROM scratch as base\ncopy Dockerfile .\n", line: 2, peerWants: true, want: true},
	{peer: "buildkit", test: "testRuleCheckOption: skip=ConsistentInstructionCasing, copy", alias: "ConsistentInstructionCasing",
		src: "#check=skip=ConsistentInstructionCasing\nFROM scratch as base\ncopy Dockerfile .\n"},
	{peer: "buildkit", test: "testRuleCheckOption: skip=ConsistentInstructionCasing;error=true", alias: "FromAsCasing",
		src: "#check=skip=ConsistentInstructionCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n", line: 2, peerWants: true, want: true},
	{peer: "buildkit", test: "testRuleCheckOption: BUILDKIT_DOCKERFILE_CHECK build arg", alias: "FromAsCasing", peerWants: true,
		skip: "the check options come from a --build-arg (BUILDKIT_DOCKERFILE_CHECK), which dockerfix has no counterpart for: its config file does that"},
	{peer: "buildkit", test: "testWarningsBeforeError: AS BadStageName", alias: "StageNameCasing",
		src: "\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n", line: 2, peerWants: true,
		skip: rejectedBy + "unknown instruction BADCMD; BuildKit lints before failing, dockerfix reports only DF000"},
	{peer: "buildkit", test: "docs/stage-name-casing.md: bad", alias: "StageNameCasing",
		src: "FROM alpine AS BuilderBase\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/stage-name-casing.md: good", alias: "StageNameCasing",
		src: "FROM alpine AS builder-base\n"},
	{peer: "buildkit", test: "docs/from-as-casing.md: bad", alias: "FromAsCasing",
		src: "FROM debian:latest as builder\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/from-as-casing.md: good, upper", alias: "FromAsCasing",
		src: "FROM debian:latest AS deb-builder\n"},
	{peer: "buildkit", test: "docs/from-as-casing.md: good, lower", alias: "FromAsCasing",
		src: "from debian:latest as deb-builder\n"},

	// ---- NoEmptyContinuation (DF412) ----
	{peer: "buildkit", test: "testNoEmptyContinuation: last line", alias: "NoEmptyContinuation",
		src: bkEmptyContinuation, line: 6, peerWants: true, want: true},
	{peer: "buildkit", test: "testNoEmptyContinuation: first line", alias: "NoEmptyContinuation", src: bkEmptyContinuation, line: 4},
	{peer: "buildkit", test: "testNoEmptyContinuation: no empty line", alias: "NoEmptyContinuation", src: bkEmptyContinuation, line: 8},
	{peer: "buildkit", test: "docs/no-empty-continuation.md: RUN", alias: "NoEmptyContinuation",
		src: "FROM alpine\nRUN apk add \\\n\n    gnupg \\\n\n    curl\n", line: 6, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/no-empty-continuation.md: bad", alias: "NoEmptyContinuation",
		src: "FROM alpine\nEXPOSE \\\n\n80\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/no-empty-continuation.md: good", alias: "NoEmptyContinuation",
		src: "FROM alpine\nEXPOSE \\\n# Port\n80\n"},

	// ---- ConsistentInstructionCasing (DF413) ----
	{peer: "buildkit", test: "testConsistentInstructionCasing: From", alias: "ConsistentInstructionCasing",
		src:  "\n# warning: 'FROM' should be either lowercased or uppercased\n#\nFrom scratch as base\nFROM scratch AS base2\n",
		line: 4, match: "Command 'From' should match the case of the command majority (uppercase)", peerWants: true, want: true},
	{peer: "buildkit", test: "testConsistentInstructionCasing: From, FROM line", alias: "ConsistentInstructionCasing",
		src: "\n# warning: 'FROM' should be either lowercased or uppercased\n#\nFrom scratch as base\nFROM scratch AS base2\n", line: 5},
	{peer: "buildkit", test: "testConsistentInstructionCasing: From, as", alias: "FromAsCasing",
		src: "\n# warning: 'FROM' should be either lowercased or uppercased\n#\nFrom scratch as base\nFROM scratch AS base2\n"},
	{peer: "buildkit", test: "testConsistentInstructionCasing: copy", alias: "ConsistentInstructionCasing",
		src:  "\nFROM scratch\n# warning: 'copy' should match command majority's casing (uppercase)\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n",
		line: 4, match: "Command 'copy' should match the case of the command majority (uppercase)", peerWants: true, want: true},
	{peer: "buildkit", test: "testConsistentInstructionCasing: copy, others", alias: "ConsistentInstructionCasing",
		src: "\nFROM scratch\n# warning: 'copy' should match command majority's casing (uppercase)\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n", line: 5},
	{peer: "buildkit", test: "testConsistentInstructionCasing: frOM", alias: "ConsistentInstructionCasing",
		src:  "\n# warning: 'frOM' should be either lowercased or uppercased\n#\nfrOM scratch as base\nfrom scratch as base2\n",
		line: 4, match: "Command 'frOM' should match the case of the command majority (lowercase)", peerWants: true, want: true},
	{peer: "buildkit", test: "testConsistentInstructionCasing: COPY in lower case", alias: "ConsistentInstructionCasing",
		src:  "\nfrom scratch\n# warning: 'COPY' should match command majority's casing (lowercase)\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n",
		line: 4, match: "Command 'COPY' should match the case of the command majority (lowercase)", peerWants: true, want: true},
	{peer: "buildkit", test: "testConsistentInstructionCasing: from in upper case", alias: "ConsistentInstructionCasing",
		src:  "\n# warning: 'from' should match command majority's casing (uppercase)\n#\nfrom scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\nCOPY Dockerfile /baz\n",
		line: 4, match: "Command 'from' should match the case of the command majority (uppercase)", peerWants: true, want: true},
	{peer: "buildkit", test: "testConsistentInstructionCasing: FROM in lower case", alias: "ConsistentInstructionCasing",
		src:  "\n# warning: 'FROM' should match command majority's casing (lowercase)\n#\nFROM scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\ncopy Dockerfile /baz\n",
		line: 4, match: "Command 'FROM' should match the case of the command majority (lowercase)", peerWants: true, want: true},
	{peer: "buildkit", test: "testConsistentInstructionCasing: all lower", alias: "ConsistentInstructionCasing",
		src: "\nfrom scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n"},
	{peer: "buildkit", test: "testConsistentInstructionCasing: all upper", alias: "ConsistentInstructionCasing",
		src: "\nFROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n"},
	{peer: "buildkit", test: "testConsistentInstructionCasing: heredoc", alias: "ConsistentInstructionCasing",
		src: "\nFROM alpine\nRUN <<'EOT'\nenv\nEOT\n"},
	{peer: "buildkit", test: "docs/consistent-instruction-casing.md: bad", alias: "ConsistentInstructionCasing",
		src: "From alpine\nRun echo hello > /greeting.txt\nEntRYpOiNT [\"cat\", \"/greeting.txt\"]\n", line: 3, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/consistent-instruction-casing.md: good, upper", alias: "ConsistentInstructionCasing",
		src: "FROM alpine\nRUN echo hello > /greeting.txt\nENTRYPOINT [\"cat\", \"/greeting.txt\"]\n"},
	{peer: "buildkit", test: "docs/consistent-instruction-casing.md: good, lower", alias: "ConsistentInstructionCasing",
		src: "from alpine\nrun echo hello > /greeting.txt\nentrypoint [\"cat\", \"/greeting.txt\"]\n"},

	// ---- DuplicateStageName (DF414), ReservedStageName (DF415) ----
	{peer: "buildkit", test: "testDuplicateStageName: second b", alias: "DuplicateStageName",
		src: "\nFROM scratch AS b\nFROM scratch AS b\n", line: 3, match: `Duplicate stage name "b", stage names should be unique`, peerWants: true, want: true},
	{peer: "buildkit", test: "testDuplicateStageName: first b", alias: "DuplicateStageName",
		src: "\nFROM scratch AS b\nFROM scratch AS b\n", line: 2},
	{peer: "buildkit", test: "testDuplicateStageName: b1, b2", alias: "DuplicateStageName",
		src: "\nFROM scratch AS b1\nFROM scratch AS b2\n"},
	{peer: "buildkit", test: "docs/duplicate-stage-name.md: bad", alias: "DuplicateStageName",
		src: "FROM debian:latest AS builder\nRUN apt-get update; apt-get install -y curl\n\nFROM golang:latest AS builder\n", line: 4, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/duplicate-stage-name.md: good", alias: "DuplicateStageName",
		src: "FROM debian:latest AS deb-builder\nRUN apt-get update; apt-get install -y curl\n\nFROM golang:latest AS go-builder\n"},
	{peer: "buildkit", test: "testReservedStageName: scratch", alias: "ReservedStageName",
		src: "\nFROM scratch AS scratch\nFROM scratch AS context\n", line: 2, match: `reserved stage "scratch"`, peerWants: true, want: true},
	{peer: "buildkit", test: "testReservedStageName: context", alias: "ReservedStageName",
		src: "\nFROM scratch AS scratch\nFROM scratch AS context\n", line: 3, match: `reserved stage "context"`, peerWants: true, want: true},
	{peer: "buildkit", test: "testReservedStageName: unnamed and a", alias: "ReservedStageName",
		src: "\nFROM scratch\nFROM scratch AS a\n"},
	{peer: "buildkit", test: "docs/reserved-stage-name.md: bad, scratch", alias: "ReservedStageName",
		src: "FROM alpine AS scratch\nFROM alpine AS context\n", line: 1, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/reserved-stage-name.md: bad, context", alias: "ReservedStageName",
		src: "FROM alpine AS scratch\nFROM alpine AS context\n", line: 2, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/reserved-stage-name.md: good", alias: "ReservedStageName",
		src: "FROM alpine AS builder\n"},

	// ---- UndefinedArgInFrom (DF416) ----
	{peer: "buildkit", test: "testUndeclaredArg: $base", alias: "UndefinedArgInFrom",
		src: "\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n"},
	{peer: "buildkit", test: "testUndeclaredArg: declared BUILDPLATFORM", alias: "UndefinedArgInFrom",
		src: "\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n"},
	{peer: "buildkit", test: "testUndeclaredArg: built-in BUILDPLATFORM", alias: "UndefinedArgInFrom",
		src: "\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n"},
	{peer: "buildkit", test: "testUndeclaredArg: scratch${DEBUG}", alias: "UndefinedArgInFrom",
		src: "\nARG DEBUG\nFROM scratch${DEBUG}\nCOPY Dockerfile .\n"},
	{peer: "buildkit", test: "testUndeclaredArg: scra${DEBUG:-tch}", alias: "UndefinedArgInFrom",
		src: "\nARG DEBUG\nFROM scra${DEBUG:-tch}\nCOPY Dockerfile .\n"},
	{peer: "buildkit", test: "testUndeclaredArg: scratch${DEBUG-@bogus}", alias: "UndefinedArgInFrom",
		src: "\nARG DEBUG=\"\"\nFROM scratch${DEBUG-@bogus}\nCOPY Dockerfile .\n"},
	{peer: "buildkit", test: "testUndeclaredArg: BULIDPLATFORM", alias: "UndefinedArgInFrom",
		src: "\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n", line: 2,
		match: "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)", peerWants: true, want: true},
	{peer: "buildkit", test: "testUndeclaredArg: MYARCH", alias: "UndefinedArgInFrom",
		src: "\nARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\nCOPY Dockerfile .\n", line: 4,
		match: "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)", peerWants: true, want: true},
	{peer: "buildkit", test: "testUndeclaredArg: version", alias: "UndefinedArgInFrom",
		src: "\nARG tag=latest\nFROM busybox:${tag}${version} AS b\nCOPY Dockerfile .\n", line: 3,
		match: "FROM argument 'version' is not declared", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/undefined-arg-in-from.md: bad", alias: "UndefinedArgInFrom",
		src: "FROM node:22${VARIANT} AS jsbuilder\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/undefined-arg-in-from.md: good", alias: "UndefinedArgInFrom",
		src: "ARG VARIANT=\"-alpine3.20\"\nFROM node:22${VARIANT} AS jsbuilder\n"},

	// ---- WorkdirRelativePath (DF417) ----
	{peer: "buildkit", test: "testWorkdirRelativePath: app/", alias: "WorkdirRelativePath",
		src: "\nFROM scratch\nWORKDIR app/\n", line: 3,
		match: `Relative workdir "app/" can have unexpected results if the base image changes`, peerWants: true, want: true},
	{peer: "buildkit", test: "testWorkdirRelativePath: after an absolute one in the parent stage", alias: "WorkdirRelativePath",
		src: "\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n"},
	{peer: "buildkit", test: "testWorkdirRelativePath: check=skip", alias: "WorkdirRelativePath",
		src: "\nFROM scratch\n# check=skip=WorkdirRelativePath\nWORKDIR app/\n"},
	{peer: "buildkit", test: "docs/workdir-relative-path.md: bad", alias: "WorkdirRelativePath",
		src: "FROM nginx AS web\nWORKDIR usr/share/nginx/html\nCOPY public .\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/workdir-relative-path.md: good", alias: "WorkdirRelativePath",
		src: "FROM nginx AS web\nWORKDIR /usr/share/nginx/html\nCOPY public .\n"},

	// ---- UndefinedVar (DF418) ----
	{peer: "buildkit", test: "testUnmatchedVars: ARG foo", alias: "UndefinedVar",
		src: "\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n"},
	{peer: "buildkit", test: "testUnmatchedVars: ARG in the parent stage", alias: "UndefinedVar",
		src: "\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n"},
	{peer: "buildkit", test: "testUnmatchedVars: RUN echo $PATH", alias: "UndefinedVar",
		src: "\nFROM alpine\nRUN echo $PATH\n"},
	{peer: "buildkit", test: "testUnmatchedVars: COPY $foo before ARG foo", alias: "UndefinedVar",
		src: "\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n", line: 3,
		match: "Usage of undefined variable '$foo'", peerWants: true, want: true},
	{peer: "buildkit", test: "testUnmatchedVars: RUN echo $foo after ARG foo", alias: "UndefinedVar",
		src: "\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n", line: 5},
	{peer: "buildkit", test: "testUnmatchedVars: DIR_ASSET", alias: "UndefinedVar",
		src:  "\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n",
		line: 6, match: "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)", peerWants: true, want: true,
		adapted: "the test's file ends in a tab after the last newline, which a Go raw string here cannot show; it is left out"},
	{peer: "buildkit", test: "testUnmatchedVars: PAHT", alias: "UndefinedVar",
		src: "\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n", line: 3,
		match: "Usage of undefined variable '$PAHT' (did you mean $PATH?)", peerWants: true, want: true},
	{peer: "buildkit", test: "testAllTargetUnmarshal: $foo in an unreachable stage", alias: "UndefinedVar",
		src: bkAllTargets, line: 3, match: "'$foo'", peerWants: true, want: true},
	{peer: "buildkit", test: "testAllTargetUnmarshal: $bar", alias: "UndefinedVar",
		src: bkAllTargets, line: 6, match: "'$bar'", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/undefined-var.md: PAHT", alias: "UndefinedVar",
		src: "FROM alpine\nENV PATH=$PAHT:/app/bin\n", match: "(did you mean $PATH?)", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/undefined-var.md: bad, COPY $foo", alias: "UndefinedVar",
		src: "FROM alpine AS base\nCOPY $foo .\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/undefined-var.md: good, ARG foo", alias: "UndefinedVar",
		src: "FROM alpine AS base\nARG foo\nCOPY $foo .\n"},
	{peer: "buildkit", test: "docs/undefined-var.md: bad, ARG VERSION=$foo", alias: "UndefinedVar",
		src: "FROM alpine AS base\nARG VERSION=$foo\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/undefined-var.md: good, the base image's PYTHON_VERSION", alias: "UndefinedVar",
		src: "FROM python AS base\nARG VERSION=$PYTHON_VERSION\n"},

	// ---- LegacyKeyValueFormat (DF419) ----
	{peer: "buildkit", test: "testLegacyKeyValueFormat: ENV", alias: "LegacyKeyValueFormat",
		src: bkLegacy, line: 3, match: `"ENV key=value" should be used instead of legacy "ENV key value" format`, peerWants: true, want: true},
	{peer: "buildkit", test: "testLegacyKeyValueFormat: LABEL", alias: "LegacyKeyValueFormat",
		src: bkLegacy, line: 4, match: `"LABEL key=value" should be used instead of legacy "LABEL key value" format`, peerWants: true, want: true},
	{peer: "buildkit", test: "testLegacyKeyValueFormat: key=value", alias: "LegacyKeyValueFormat",
		src: "\nFROM scratch\nENV testkey=value\nLABEL key=value\n"},
	{peer: "buildkit", test: "testLegacyKeyValueFormat: unreachable stage, ENV", alias: "LegacyKeyValueFormat",
		src: bkLegacyUnreachable, line: 5, match: `"ENV key=value"`, peerWants: true, want: true,
		adapted: "the test expects the lint (unmarshal) warnings on lines 3 and 4, but checkLintWarning does not compare lines: they are on 5 and 6"},
	{peer: "buildkit", test: "testLegacyKeyValueFormat: unreachable stage, LABEL", alias: "LegacyKeyValueFormat",
		src: bkLegacyUnreachable, line: 6, match: `"LABEL key=value"`, peerWants: true, want: true,
		adapted: "the test expects the lint (unmarshal) warnings on lines 3 and 4, but checkLintWarning does not compare lines: they are on 5 and 6"},
	{peer: "buildkit", test: "testLegacyKeyValueFormat: check=skip", alias: "LegacyKeyValueFormat",
		src: "\nFROM scratch\n# check=skip=LegacyKeyValueFormat\nENV testkey value\n# check=skip=LegacyKeyValueFormat\nLABEL key value\n"},
	{peer: "buildkit", test: "docs/legacy-key-value-format.md: bad, ARG foo bar", alias: "LegacyKeyValueFormat",
		src: "FROM alpine\nARG foo bar\n", peerWants: true, want: false,
		differs: "the documentation calls `ARG foo bar` legacy, but BuildKit's code (dispatchEnv, dispatchLabel) raises the check for ENV and LABEL only: " +
			"`ARG foo bar` declares two ARGs, foo and bar, and dockerfix follows the code"},
	{peer: "buildkit", test: "docs/legacy-key-value-format.md: good, ARG foo=bar", alias: "LegacyKeyValueFormat",
		src: "FROM alpine\nARG foo=bar\n"},
	{peer: "buildkit", test: "docs/legacy-key-value-format.md: bad, multi-line ENV", alias: "LegacyKeyValueFormat",
		src: conformanceFrom + "ENV DEPS \\\n    curl \\\n    git \\\n    make\n", adapted: noFrom, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/legacy-key-value-format.md: good, quoted", alias: "LegacyKeyValueFormat",
		src: conformanceFrom + "ENV DEPS=\"\\\n    curl \\\n    git \\\n    make\"\n", adapted: noFrom},

	// ---- RedundantTargetPlatform (DF420) ----
	{peer: "buildkit", test: "testRedundantTargetPlatform: $TARGETPLATFORM", alias: "RedundantTargetPlatform",
		src: "\nFROM --platform=$TARGETPLATFORM scratch\n", line: 2,
		match: "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior", peerWants: true, want: true},
	{peer: "buildkit", test: "testRedundantTargetPlatform: ${TARGETPLATFORM}", alias: "RedundantTargetPlatform",
		src: "\nFROM --platform=${TARGETPLATFORM} scratch\n", line: 2,
		match: "Setting platform to predefined ${TARGETPLATFORM} in FROM", peerWants: true, want: true},
	{peer: "buildkit", test: "testRedundantTargetPlatform: check=skip", alias: "RedundantTargetPlatform",
		src: "\n# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM scratch\n"},
	{peer: "buildkit", test: "docs/redundant-target-platform.md: bad", alias: "RedundantTargetPlatform",
		src: "FROM --platform=$TARGETPLATFORM alpine AS builder\nRUN apk add --no-cache git\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/redundant-target-platform.md: good", alias: "RedundantTargetPlatform",
		src: "FROM alpine AS builder\nRUN apk add --no-cache git\n"},

	// ---- InvalidDefaultArgInFrom (DF421) ----
	{peer: "buildkit", test: "testInvalidDefaultArgInFrom: busybox:$VERSION", alias: "InvalidDefaultArgInFrom",
		src: "\nARG VERSION\nFROM busybox:$VERSION\n", line: 3,
		match: "Default value for ARG busybox:$VERSION results in empty or invalid base image name", peerWants: true, want: true},
	{peer: "buildkit", test: "testInvalidDefaultArgInFrom: $IMAGE", alias: "InvalidDefaultArgInFrom",
		src: "\nARG IMAGE\nFROM $IMAGE\n", line: 3,
		match: "Default value for ARG $IMAGE results in empty or invalid base image name", peerWants: true, want: true},
	{peer: "buildkit", test: "testInvalidDefaultArgInFrom: busy${SFX}", alias: "InvalidDefaultArgInFrom",
		src: "\nARG SFX=\"box:\"\nFROM busy${SFX}\n", line: 3,
		match: "Default value for ARG busy${SFX} results in empty or invalid base image name", peerWants: true, want: true},
	{peer: "buildkit", test: "testInvalidDefaultArgInFrom: VERSION=\"latest\"", alias: "InvalidDefaultArgInFrom",
		src: "\nARG VERSION=\"latest\"\nFROM busybox:${VERSION}\n"},
	{peer: "buildkit", test: "testInvalidDefaultArgInFrom: empty variant", alias: "InvalidDefaultArgInFrom",
		src: "\nARG BUSYBOX_VARIANT=\"\"\nFROM busybox:stable${BUSYBOX_VARIANT}\n"},
	{peer: "buildkit", test: "testInvalidDefaultArgInFrom: variant without default", alias: "InvalidDefaultArgInFrom",
		src:     "\n\tARG BUSYBOX_VARIANT\n\tFROM busybox:stable${BUSYBOX_VARIANT}\n",
		adapted: "the test's file ends in a tab after the last newline; it is left out"},
	{peer: "buildkit", test: "docs/invalid-default-arg-in-from.md: bad", alias: "InvalidDefaultArgInFrom",
		src: "ARG TAG\nFROM busybox:${TAG}\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/invalid-default-arg-in-from.md: good, default", alias: "InvalidDefaultArgInFrom",
		src: "ARG TAG=latest\nFROM busybox:${TAG}\n"},
	{peer: "buildkit", test: "docs/invalid-default-arg-in-from.md: good, empty variant", alias: "InvalidDefaultArgInFrom",
		src: "ARG VARIANT\nFROM busybox:stable${VARIANT}\n"},
	{peer: "buildkit", test: "docs/invalid-default-arg-in-from.md: good, :-", alias: "InvalidDefaultArgInFrom",
		src: "ARG TAG\nFROM alpine:${TAG:-3.14}\n"},

	// ---- FromPlatformFlagConstDisallowed (DF422) ----
	{peer: "buildkit", test: "testFromPlatformFlagConstDisallowed: linux/amd64", alias: "FromPlatformFlagConstDisallowed",
		src: "\nFROM --platform=linux/amd64 scratch\n", line: 2,
		match: `FROM --platform flag should not use constant value "linux/amd64"`, peerWants: true, want: true},
	{peer: "buildkit", test: "testFromPlatformFlagConstDisallowed: AS my_amd64_stage", alias: "FromPlatformFlagConstDisallowed",
		src: "\nFROM --platform=linux/amd64 scratch AS my_amd64_stage\n"},
	{peer: "buildkit", test: "testFromPlatformFlagConstDisallowed: AS linux", alias: "FromPlatformFlagConstDisallowed",
		src: "\nFROM --platform=linux/amd64 scratch AS linux\n"},
	{peer: "buildkit", test: "docs/from-platform-flag-const-disallowed.md: bad", alias: "FromPlatformFlagConstDisallowed",
		src: "FROM --platform=linux/amd64 alpine AS base\nRUN apk add --no-cache git\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/from-platform-flag-const-disallowed.md: good, no flag", alias: "FromPlatformFlagConstDisallowed",
		src: "FROM alpine AS base\nRUN apk add --no-cache git\n"},
	{peer: "buildkit", test: "docs/from-platform-flag-const-disallowed.md: good, BUILDPLATFORM", alias: "FromPlatformFlagConstDisallowed",
		src: "FROM --platform=${BUILDPLATFORM} alpine AS base\nRUN apk add --no-cache git\n"},
	{peer: "buildkit", test: "docs/from-platform-flag-const-disallowed.md: good, named stages", alias: "FromPlatformFlagConstDisallowed",
		src:     "FROM --platform=linux/amd64 alpine AS build_amd64\n\nFROM --platform=linux/arm64 alpine AS build_arm64\n\nFROM build_${TARGETARCH} AS build\n",
		adapted: "the example's \"...\" lines left out: BuildKit rejects them"},

	// ---- CopyIgnoredFile (DF423) ----
	{peer: "buildkit", test: "testCopyIgnoredFiles: COPY Dockerfile", alias: "CopyIgnoredFile",
		src: bkCopyIgnored, dockerignore: "\nDockerfile\n", line: 3,
		match: `Attempting to Copy file "Dockerfile" that is excluded by .dockerignore`, peerWants: true, want: true},
	{peer: "buildkit", test: "testCopyIgnoredFiles: ADD Dockerfile", alias: "CopyIgnoredFile",
		src: bkCopyIgnored, dockerignore: "\nDockerfile\n", line: 4,
		match: `Attempting to Add file "Dockerfile" that is excluded by .dockerignore`, peerWants: true, want: true},
	{peer: "buildkit", test: "testCopyIgnoredFiles: check=skip", alias: "CopyIgnoredFile",
		src: "# check=skip=CopyIgnoredFile\n\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n", dockerignore: "\nDockerfile\n"},
	{peer: "buildkit", test: "testCopyIgnoredFiles: another file ignored, COPY --from", alias: "CopyIgnoredFile",
		src:          "\nFROM scratch AS base\nCOPY Dockerfile /foobar\nADD Dockerfile /windy\n\nFROM base\nCOPY --from=base /foobar /Dockerfile\n",
		dockerignore: "\nfoobar\n"},
	{peer: "buildkit", test: "testCopyIgnoredFiles: exclusions", alias: "CopyIgnoredFile",
		src: "\nFROM scratch\nCOPY ./Dockerfile .\n", dockerignore: "\n**\n!Dockerfile\n"},
	{peer: "buildkit", test: "testCopyIgnoredFiles: COPY . with exclusions", alias: "CopyIgnoredFile",
		src: "\nFROM scratch\nCOPY . .\n", dockerignore: "\n**\n!Dockerfile\n",
		adapted: "the test's file ends in a tab after the last newline; it is left out"},
	{peer: "buildkit", test: "testCopyIgnoredFileContextRoot: dotfiles", alias: "CopyIgnoredFile",
		src: "\nFROM scratch\nCOPY . .\n", dockerignore: "\n.*\n"},
	{peer: "buildkit", test: "testCopyIgnoredFileContextRoot: wildcard", alias: "CopyIgnoredFile",
		src: "\nFROM scratch\nCOPY . .\n", dockerignore: "\n*\n", line: 3,
		match: `Attempting to Copy file "." that is excluded by .dockerignore`, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/copy-ignored-file.md: bad", alias: "CopyIgnoredFile",
		src: "FROM scratch\nCOPY ./tmp/helloworld.txt /helloworld.txt\n", dockerignore: "*/tmp/*\n", peerWants: true, want: false,
		differs: "BuildKit's own matcher (moby/patternmatcher, which dockerfix uses) does not match tmp/helloworld.txt with */tmp/*: " +
			"the * needs a directory above tmp, so BuildKit does not warn on its documentation's example either"},
	{peer: "buildkit", test: "docs/copy-ignored-file.md: good", alias: "CopyIgnoredFile",
		src: "FROM scratch\nCOPY ./forever/helloworld.txt /helloworld.txt\n", dockerignore: "*/tmp/*\n"},

	// ---- ExposeProtoCasing (DF424), ExposeInvalidFormat (DF425) ----
	{peer: "buildkit", test: "testExposeProtoCasing: 80/TcP", alias: "ExposeProtoCasing",
		src: bkExpose, line: 3, match: "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase", peerWants: true, want: true},
	{peer: "buildkit", test: "testExposeProtoCasing: 8080/TCP", alias: "ExposeProtoCasing",
		src: bkExpose, line: 3, match: "Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase", peerWants: true, want: true},
	{peer: "buildkit", test: "testExposeProtoCasing: 8080/udp", alias: "ExposeProtoCasing",
		src: bkExpose, line: 3, match: "'8080/udp'"},
	{peer: "buildkit", test: "docs/expose-proto-casing.md: bad", alias: "ExposeProtoCasing",
		src: "FROM alpine\nEXPOSE 80/TcP\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/expose-proto-casing.md: good", alias: "ExposeProtoCasing",
		src: "FROM alpine\nEXPOSE 80/tcp\n"},
	{peer: "buildkit", test: "testExposeInvalidFormat: 127.0.0.1:80:80", alias: "ExposeInvalidFormat",
		src: bkExposeInvalid, line: 3, match: "found '127.0.0.1:80:80'", peerWants: true, want: true},
	{peer: "buildkit", test: "testExposeInvalidFormat: [::1]:8080:8080", alias: "ExposeInvalidFormat",
		src: bkExposeInvalid, line: 3, match: "found '[::1]:8080:8080'", peerWants: true, want: true},
	{peer: "buildkit", test: "testExposeInvalidFormat: 5000:5000", alias: "ExposeInvalidFormat",
		src: bkExposeInvalid, line: 3, match: "found '5000:5000'", peerWants: true, want: true},
	{peer: "buildkit", test: "testExposeInvalidFormat: 8000", alias: "ExposeInvalidFormat",
		src: bkExposeInvalid, line: 3, match: "found '8000'"},
	{peer: "buildkit", test: "docs/expose-invalid-format.md: bad, IP", alias: "ExposeInvalidFormat",
		src: "FROM alpine\nEXPOSE 127.0.0.1:80:80\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/expose-invalid-format.md: bad, host port", alias: "ExposeInvalidFormat",
		src: "FROM alpine\nEXPOSE 80:80\n", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/expose-invalid-format.md: good", alias: "ExposeInvalidFormat",
		src: "FROM alpine\nEXPOSE 80\n"},

	// ---- InvalidDefinitionDescription (DF426, opt-in, enabled by conformanceEnv) ----
	{peer: "buildkit", test: "testDefinitionDescription: good descriptions", alias: "InvalidDefinitionDescription",
		src: bkDescriptionsGood},
	{peer: "buildkit", test: "testDefinitionDescription: ARG foo", alias: "InvalidDefinitionDescription",
		src: bkDescriptionsBad, line: 3, match: "Comment for ARG should follow the format: `# foo <description>`", peerWants: true, want: true},
	{peer: "buildkit", test: "testDefinitionDescription: FROM … AS base", alias: "InvalidDefinitionDescription",
		src: bkDescriptionsBad, line: 5, match: "Comment for FROM should follow the format: `# base <description>`", peerWants: true, want: true},
	{peer: "buildkit", test: "testDefinitionDescription: ARG version", alias: "InvalidDefinitionDescription",
		src: bkDescriptionsBad, line: 7, match: "Comment for ARG should follow the format: `# version <description>`", peerWants: true, want: true},
	{peer: "buildkit", test: "testDefinitionDescription: ARG foo bar baz", alias: "InvalidDefinitionDescription",
		src: bkDescriptionsBad, line: 9, match: "Comment for ARG should follow the format: `# <arg_key> <description>`", peerWants: true, want: true},
	{peer: "buildkit", test: "docs/invalid-definition-description.md: bad, FROM", alias: "InvalidDefinitionDescription",
		src: "# a non-descriptive comment\nFROM scratch AS base\n\n# another non-descriptive comment\nARG VERSION=1\n", line: 2, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/invalid-definition-description.md: bad, ARG", alias: "InvalidDefinitionDescription",
		src: "# a non-descriptive comment\nFROM scratch AS base\n\n# another non-descriptive comment\nARG VERSION=1\n", line: 5, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/invalid-definition-description.md: good, empty lines", alias: "InvalidDefinitionDescription",
		src: "# a non-descriptive comment\n\nFROM scratch AS base\n\n# another non-descriptive comment\n\nARG VERSION=1\n", want: true,
		differs: "the documentation says an empty line separates a comment from the instruction, but BuildKit v0.34.2's parser keeps " +
			"the comments above an instruction across blank lines (only an empty # line ends them), so its own check fires on this example; " +
			"dockerfix reports what the code does, and its fix inserts the empty # line that works"},
	{peer: "buildkit", test: "docs/invalid-definition-description.md: good, descriptions", alias: "InvalidDefinitionDescription",
		src: "# base is a stage for compiling source\nFROM scratch AS base\n# VERSION This is the version number.\nARG VERSION=1\n"},

	// ---- the documentation of the rules dockerfix had before ----
	{peer: "buildkit", test: "docs/json-args-recommended.md: bad", alias: "JSONArgsRecommended",
		src: "FROM alpine\nENTRYPOINT my-program start\n# entrypoint becomes: /bin/sh -c my-program start\n", line: 2, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/json-args-recommended.md: good, exec form", alias: "JSONArgsRecommended",
		src: "FROM alpine\nENTRYPOINT [\"my-program\", \"start\"]\n# entrypoint becomes: my-program start\n"},
	{peer: "buildkit", test: "docs/json-args-recommended.md: good, wrapper script", alias: "JSONArgsRecommended",
		src: "FROM alpine\nRUN apk add bash\nCOPY --chmod=755 <<EOT /entrypoint.sh\n#!/usr/bin/env bash\nset -e\nmy-background-process &\nmy-program start\nEOT\nENTRYPOINT [\"/entrypoint.sh\"]\n"},
	{peer: "buildkit", test: "docs/json-args-recommended.md: good, explicit SHELL", alias: "JSONArgsRecommended",
		src: "FROM alpine\nRUN apk add bash\nSHELL [\"/bin/bash\", \"-c\"]\nENTRYPOINT echo \"hello world\"\n"},
	{peer: "buildkit", test: "docs/maintainer-deprecated.md: bad", alias: "MaintainerDeprecated",
		src: conformanceFrom + "MAINTAINER moby@example.com\n", adapted: noFrom, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/maintainer-deprecated.md: good", alias: "MaintainerDeprecated",
		src: conformanceFrom + "LABEL org.opencontainers.image.authors=\"moby@example.com\"\n", adapted: noFrom},
	{peer: "buildkit", test: "docs/multiple-instructions-disallowed.md: bad", alias: "MultipleInstructionsDisallowed",
		src:  "FROM alpine\nENTRYPOINT [\"echo\", \"Hello, Norway!\"]\nENTRYPOINT [\"echo\", \"Hello, Sweden!\"]\n# Only \"Hello, Sweden!\" will be printed\n",
		line: 2, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/multiple-instructions-disallowed.md: good, one ENTRYPOINT", alias: "MultipleInstructionsDisallowed",
		src: "FROM alpine\nENTRYPOINT [\"echo\", \"Hello, Norway!\\nHello, Sweden!\"]\n"},
	{peer: "buildkit", test: "docs/multiple-instructions-disallowed.md: good, HEALTHCHECK and CMD", alias: "MultipleInstructionsDisallowed",
		src: "FROM python:alpine\nRUN apk add curl\nHEALTHCHECK --interval=1s --timeout=3s \\\n  CMD [\"curl\", \"-f\", \"http://localhost:8080\"]\nCMD [\"python\", \"-m\", \"http.server\", \"8080\"]\n"},
	{peer: "buildkit", test: "docs/secrets-used-in-arg-or-env.md: bad, AWS_ACCESS_KEY_ID", alias: "SecretsUsedInArgOrEnv",
		src: bkSecretsDoc, adapted: noFrom, line: 2, peerWants: true, want: false,
		differs: "AWS_ACCESS_KEY_ID is an identifier, not the secret; its secret half AWS_SECRET_ACCESS_KEY is reported (rules/docs/DF203.md)"},
	{peer: "buildkit", test: "docs/secrets-used-in-arg-or-env.md: bad, AWS_SECRET_ACCESS_KEY", alias: "SecretsUsedInArgOrEnv",
		src: bkSecretsDoc, adapted: noFrom, line: 3, peerWants: true, want: true},
	{peer: "buildkit", test: "docs/secrets-used-in-arg-or-env.md: good, secret mounts", alias: "SecretsUsedInArgOrEnv",
		src:     conformanceFrom + "RUN --mount=type=secret,id=aws_key_id,env=AWS_ACCESS_KEY_ID \\\n    --mount=type=secret,id=aws_secret_key,env=AWS_SECRET_ACCESS_KEY \\\n    aws s3 cp s3://my-bucket/file .\n",
		adapted: noFrom},

	// ---- InvalidBaseImagePlatform (DF427) ----
	{peer: "buildkit", test: "testBaseImagePlatformMismatch", alias: "InvalidBaseImagePlatform", peerWants: true,
		skip: "needs an image pushed to a registry for another platform: the online check is tested against a loopback registry in rules/online_test.go"},
}

const bkStageName = `
# warning: stage name should be lowercase
#
FROM scratch AS BadStageName

# warning: 'as' should match 'FROM' cmd casing.
#
FROM scratch as base2

FROM scratch AS base3
`

const bkEmptyContinuation = `
FROM scratch
# warning: empty continuation line
COPY Dockerfile \

.
COPY Dockerfile \
.
`

const bkAllTargets = `
FROM scratch AS first
COPY $foo .

FROM scratch AS second
COPY $bar .
`

const bkLegacy = `
FROM scratch
ENV testkey value
LABEL key value
`

const bkLegacyUnreachable = `
FROM scratch AS a

FROM a AS b
ENV testkey value
LABEL key value

FROM a AS c
`

const bkCopyIgnored = `
FROM scratch
COPY Dockerfile .
ADD Dockerfile /windy
`

const bkExpose = `
FROM scratch
EXPOSE 80/TcP 8080/TCP 8080/udp
`

const bkExposeInvalid = `
FROM scratch
EXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000
`

const bkDescriptionsGood = `# check=skip=all;experimental=InvalidDefinitionDescription
# foo this is the foo
ARG foo=bar

# base this is the base image
FROM scratch AS base

# version this is the version number
ARG version=latest

# baz this is the baz
ARG foo=baz bar=qux baz=quux
#
ARG bit=bat

# comment for something other than ARG or FROM
COPY Dockerfile .
`

const bkDescriptionsBad = `# check=experimental=InvalidDefinitionDescription
# bar this is the bar
ARG foo=bar
# BasE this is the BasE image
FROM scratch AS base
# definitely a bad comment
ARG version=latest
# definitely a bad comment
ARG foo=baz bar=qux baz=quux
`

const bkSecretsDoc = conformanceFrom + `ARG AWS_ACCESS_KEY_ID
ARG AWS_SECRET_ACCESS_KEY
RUN aws s3 cp s3://my-bucket/file .
`

// hadolintOverlapCases are hadolint's tests of the two rules it shares
// with BuildKit (test/Hadolint/Rule/DL3000Spec.hs, DL3024Spec.hs): one
// dockerfix rule serves both peers, on BuildKit's terms.
var hadolintOverlapCases = []conformanceCase{
	{peer: "hadolint", test: "workdir relative", alias: "DL3000", adapted: noFrom,
		src: conformanceFrom + "WORKDIR relative/dir\n", peerWants: true, want: true},
	{peer: "hadolint", test: "workdir absolute", alias: "DL3000", adapted: noFrom,
		src: conformanceFrom + "WORKDIR /usr/local\n"},
	{peer: "hadolint", test: "workdir variable", alias: "DL3000", adapted: noFrom,
		src: conformanceFrom + "WORKDIR ${work}\n"},
	{peer: "hadolint", test: "workdir relative single quotes", alias: "DL3000", adapted: noFrom,
		src: conformanceFrom + "WORKDIR 'relative/dir'\n", peerWants: true, want: true},
	{peer: "hadolint", test: "workdir absolute single quotes", alias: "DL3000", adapted: noFrom,
		src: conformanceFrom + "WORKDIR '/usr/local'\n"},
	{peer: "hadolint", test: "workdir relative double quotes", alias: "DL3000", adapted: noFrom,
		src: conformanceFrom + "WORKDIR \"relative/dir\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "workdir absolute double quotes", alias: "DL3000", adapted: noFrom,
		src: conformanceFrom + "WORKDIR \"/usr/local\"\n"},
	{peer: "hadolint", test: "workdir variable double quotes", alias: "DL3000", adapted: noFrom,
		src: conformanceFrom + "WORKDIR \"${dir}\"\n"},
	{peer: "hadolint", test: "workdir absolute windows", alias: "DL3000", adapted: windowsFrom,
		src: "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR 'C:\\'\n"},
	{peer: "hadolint", test: "workdir absolute windows quotes", alias: "DL3000", adapted: windowsFrom,
		src: "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR \"C:\\\\\"\n"},
	{peer: "hadolint", test: "workdir absolute windows alternative", alias: "DL3000", adapted: windowsFrom,
		src: "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:/\n"},
	{peer: "hadolint", test: "workdir absolute windows quotes alternative", alias: "DL3000", adapted: windowsFrom,
		src: "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR \"C:/\"\n"},
	// Not one of hadolint's tests: what its DL3000.hs says of any relative
	// WORKDIR, where BuildKit's conditions differ.
	{peer: "hadolint", test: "relative WORKDIR after an absolute one", alias: "DL3000",
		src: conformanceFrom + "WORKDIR /app\nWORKDIR sub\n", line: 3, peerWants: true, want: false,
		differs: "one rule serves DL3000 and WorkdirRelativePath, on BuildKit's terms: only a relative WORKDIR before any other in its " +
			"chain of stages depends on the base image; a later one follows the Dockerfile's own"},
	{peer: "hadolint", test: "warn on duplicate aliases", alias: "DL3024",
		src: "FROM node as foo\nRUN something\nFROM scratch as foo\nRUN something\n", peerWants: true, want: true},
	{peer: "hadolint", test: "don't warn on unique aliases", alias: "DL3024",
		src: "FROM scratch as build\nRUN foo\nFROM node as run\nRUN baz\n"},
}

const windowsFrom = "FROM a Windows image prepended: a drive only makes sense there (dockerfix takes one as absolute on any image)"

// TestReadmeBuildKitDifferences keeps README's BuildKit table of deliberate
// differences in step with the cases: every BuildKit case (and every case
// of the two rules shared with hadolint) that differs or is skipped is
// named in it, and its count of BuildKit cases is the true one.
func TestReadmeBuildKitDifferences(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	start := strings.Index(readme, "\n### BuildKit\n")
	if start < 0 {
		t.Fatal(`README has no "### BuildKit" section`)
	}
	section := readme[start+1:]
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	if end := strings.Index(section[1:], "\n### "); end >= 0 {
		section = section[:end+1]
	}
	n := 0
	for _, c := range slices.Concat(conformanceCases, buildkitCases, hadolintOverlapCases) {
		if c.peer == "buildkit" {
			n++
		}
		if c.peer != "buildkit" && !slices.ContainsFunc(hadolintOverlapCases, func(o conformanceCase) bool { return o.test == c.test }) {
			continue
		}
		if (c.differs != "" || c.skip != "") && !strings.Contains(section, "`"+c.test+"`") {
			t.Errorf("README's BuildKit table does not name the case %q (%s)", c.test, c.alias)
		}
	}
	m := regexp.MustCompile(`(\d+) cases from BuildKit's tests`).FindStringSubmatch(section)
	if m == nil || m[1] != strconv.Itoa(n) {
		t.Errorf("README's BuildKit section should say %d cases from BuildKit's tests (it says %v)", n, m)
	}
}
