package rules

import (
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dockerfix/dockerfix/lint"
)

// conformanceCase is one test case of a peer linter's own test suite for a
// rule that dockerfix aliases, re-expressed as data: the Dockerfile and
// whether the peer expects a finding. The peers' code is not copied; the
// snippets and expected outcomes are facts about their behaviour.
//
// Sources (read 2026-11):
//   - hadolint: test/Hadolint/Rule/DL*Spec.hs (for every DL code a rule
//     aliases, at 8f936c5e975d3663b3cce4ac5b3baa3db26b8516 of 2026-08-07).
//     ruleCatches means at least one finding of the code, ruleCatchesNot
//     none. onBuildRuleCatches re-runs the file with every RUN wrapped in
//     ONBUILD; those variants are listed only where the wrapped RUN is what
//     the rule looks at (DL3004).
//   - BuildKit: frontend/dockerfile/dockerfile_lint_test.go, whose expected
//     warning list is exhaustive; cases with several warnings are split by
//     line (and by variable for SecretsUsedInArgOrEnv). The Unix variant of
//     UnixOrWindows is used. The check-directive cases come from v0.34.2,
//     where the file is dockerfile_check_test.go.
//   - Trivy: aquasecurity/trivy-checks checks/docker/*_test.rego (for every
//     DS check dockerfix aliases, at 80e5382269707262f35cf893bdc0805cb72217e9
//     of 2026-08-21; the package-manager checks' cases are in
//     conformance_trivy_a_test.go and conformance_trivy_b_test.go). Their input is the parsed JSON of a Dockerfile, written
//     back here as Dockerfile text (a stage's "Name" is its FROM image when
//     the commands hold no "from").
//   - Checkov: its tests' resource Dockerfiles, in checkovCases
//     (conformance_checkov_test.go, which lists the files and commits).
type conformanceCase struct {
	peer  string // "hadolint", "buildkit", "trivy", "checkov"
	test  string // the peer's test name
	alias string // the peer's rule ID, resolved to the dockerfix rule
	src   string // the Dockerfile

	// line, when set, counts only findings on that line; match, when set,
	// only findings whose message contains it.
	line  int
	match string

	peerWants bool // the peer expects a finding
	want      bool // dockerfix reports one; equals peerWants unless differs

	// differs explains a documented, deliberate difference (want != peerWants).
	differs string
	// adapted says how src departs from the peer's snippet, for snippets
	// that BuildKit rejects for a reason beside the point of the test (a
	// missing FROM). The peer's expectation still applies.
	adapted string
	// skip explains a case that only makes sense for the peer's parser or
	// input model. A reason starting with rejectedBy must hold: dockerfix
	// reports DF000 on src.
	skip string
	// dockerignore, when set, is the build context's .dockerignore.
	dockerignore string
	// allowedRegistries is the config's allowed-registries (hadolint's
	// allowedRegistries setting).
	allowedRegistries []string
}

const rejectedBy = "BuildKit rejects the file: "

// conformanceFrom is the FROM line put before peer snippets without one:
// BuildKit refuses any instruction but ARG before the first FROM (DF000).
const conformanceFrom = "FROM debian:trixie-slim\n"

const noFrom = "FROM prepended: BuildKit rejects an instruction before the first FROM"

var conformanceCases = []conformanceCase{
	// ---- hadolint DL3002 (DF201 root-user) ----
	{peer: "hadolint", test: "last user should not be root", alias: "DL3002",
		src: "FROM scratch\nUSER root\n", peerWants: true, want: true},
	{peer: "hadolint", test: "no root", alias: "DL3002",
		src: "FROM scratch\nUSER foo\n"},
	{peer: "hadolint", test: "no root UID", alias: "DL3002",
		src: "FROM scratch\nUSER 0\n", peerWants: true, want: true},
	{peer: "hadolint", test: "no root:root", alias: "DL3002",
		src: "FROM scratch\nUSER root:root\n", peerWants: true, want: true},
	{peer: "hadolint", test: "no UID:GID", alias: "DL3002",
		src: "FROM scratch\nUSER 0:0\n", peerWants: true, want: true},
	{peer: "hadolint", test: "can switch back to non root", alias: "DL3002",
		src: "FROM scratch\nUSER root\nRUN something\nUSER foo\n"},
	{peer: "hadolint", test: "warns on transitive root user", alias: "DL3002",
		src: "FROM debian as base\nUSER root\nRUN something\nFROM base\nRUN something else\n", peerWants: true, want: true},
	{peer: "hadolint", test: "warns on multiple stages", alias: "DL3002",
		src:       "FROM debian as base\nUSER root\nRUN something\nFROM scratch\nUSER foo\nRUN something else\n",
		peerWants: true, want: false,
		differs: "DF201 judges only the final stage, the image that ships (rules/docs/DF201.md: build stages never fire); " +
			"hadolint reports the USER root of the build stage"},
	{peer: "hadolint", test: "does not warn when switching in multiple stages", alias: "DL3002",
		src:       "FROM debian as base\nUSER root\nRUN something\nUSER foo\nFROM scratch\nRUN something else\n",
		peerWants: false, want: true,
		differs: "the final stage has no USER and scratch runs as UID 0: DF201 also fires without any USER " +
			"(RULES.md, as Trivy DS-0002 and Checkov CKV_DOCKER_3 do); hadolint only looks at explicit USER root"},

	// ---- hadolint DL3004 (DF202 sudo) ----
	{peer: "hadolint", test: "sudo", alias: "DL3004", adapted: noFrom,
		src: conformanceFrom + "RUN sudo apt-get update\n", peerWants: true, want: true},
	{peer: "hadolint", test: "sudo (ONBUILD)", alias: "DL3004", adapted: noFrom,
		src: conformanceFrom + "ONBUILD RUN sudo apt-get update\n", peerWants: true, want: true},
	{peer: "hadolint", test: "install sudo", alias: "DL3004", adapted: noFrom,
		src: conformanceFrom + "RUN apt-get install sudo\n"},
	{peer: "hadolint", test: "install sudo (ONBUILD)", alias: "DL3004", adapted: noFrom,
		src: conformanceFrom + "ONBUILD RUN apt-get install sudo\n"},
	{peer: "hadolint", test: "sudo chained programs", alias: "DL3004", adapted: noFrom,
		src: conformanceFrom + "RUN apt-get update && sudo apt-get install\n", peerWants: true, want: true},
	{peer: "hadolint", test: "sudo chained programs (ONBUILD)", alias: "DL3004", adapted: noFrom,
		src: conformanceFrom + "ONBUILD RUN apt-get update && sudo apt-get install\n", peerWants: true, want: true},

	// ---- hadolint DL3006 (DF102 untagged-base-image) ----
	// The ONBUILD variants of the multi-stage cases only wrap RUN foo/bar/baz,
	// which DL3006 does not look at, so they are not repeated.
	{peer: "hadolint", test: "no untagged", alias: "DL3006",
		src: "FROM debian\n", peerWants: true, want: true},
	{peer: "hadolint", test: "no untagged with name", alias: "DL3006",
		src: "FROM debian AS builder\n", peerWants: true, want: true},
	{peer: "hadolint", test: "untagged digest is not an error", alias: "DL3006",
		src: "FROM ruby@sha256:f1dbca0f5dbc9\n"},
	{peer: "hadolint", test: "untagged digest is not an error (ruby:2)", alias: "DL3006",
		src: "FROM ruby:2\n"},
	{peer: "hadolint", test: "using args is not an error", alias: "DL3006",
		src: "FROM ${VALUE}\n"},
	{peer: "hadolint", test: "local aliases are OK to be untagged", alias: "DL3006",
		src: "FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM build as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz\n"},
	{peer: "hadolint", test: "other untagged cases are not ok", alias: "DL3006",
		src:       "FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM node as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz\n",
		peerWants: true, want: true},
	{peer: "hadolint", test: "scratch", alias: "DL3006",
		src: "FROM scratch\n"},

	// ---- hadolint DL3007 (DF102 untagged-base-image) ----
	{peer: "hadolint", test: "explicit latest", alias: "DL3007",
		src: "FROM debian:latest\n", peerWants: true, want: true},
	{peer: "hadolint", test: "explicit latest with name", alias: "DL3007",
		src: "FROM debian:latest AS builder\n", peerWants: true, want: true},
	{peer: "hadolint", test: "explicit tagged", alias: "DL3007",
		src: "FROM debian:jessie\n"},
	{peer: "hadolint", test: "explicit SHA", alias: "DL3007",
		src: "FROM hub.docker.io/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n"},
	{peer: "hadolint", test: "explicit tagged and SHA", alias: "DL3007",
		src: "FROM hub.docker.io/debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n"},
	{peer: "hadolint", test: "explicit tagged with name", alias: "DL3007",
		src: "FROM debian:jessie AS builder\n"},

	// ---- hadolint DL3012 (DF402 multiple-instructions) ----
	{peer: "hadolint", test: "ok with no HEALTHCHECK instruction", alias: "DL3012",
		src: "FROM scratch\n"},
	{peer: "hadolint", test: "ok with one HEALTHCHECK instruction", alias: "DL3012",
		src: "FROM scratch\nHEALTHCHECK CMD /bin/bla\n"},
	{peer: "hadolint", test: "ok with two HEALTHCHECK instructions in two stages", alias: "DL3012",
		src: "FROM scratch\nHEALTHCHECK CMD /bin/bla1\nFROM scratch\nHEALTHCHECK CMD /bin/bla2\n"},
	{peer: "hadolint", test: "warn with two HEALTHCHECK instructions", alias: "DL3012",
		src: "FROM scratch\nHEALTHCHECK CMD /bin/bla1\nHEALTHCHECK CMD /bin/bla2\n", peerWants: true, want: true},

	// ---- hadolint DL3025 (DF403 json-args) ----
	{peer: "hadolint", test: "warn on ENTRYPOINT", alias: "DL3025",
		src: "FROM node as foo\nENTRYPOINT something\n", peerWants: true, want: true},
	{peer: "hadolint", test: "don't warn on ENTRYPOINT json notation", alias: "DL3025",
		src: "FROM scratch as build\nENTRYPOINT [\"foo\", \"bar\"]\n"},
	{peer: "hadolint", test: "warn on CMD", alias: "DL3025",
		src: "FROM node as foo\nCMD something\n", peerWants: true, want: true},
	{peer: "hadolint", test: "don't warn on CMD json notation", alias: "DL3025",
		src: "FROM scratch as build\nCMD [\"foo\", \"bar\"]\nCMD [ \"foo\", \"bar\" ]\n"},
	{peer: "hadolint", test: "warn on HEALTHCHECK CMD shell notation", alias: "DL3025", adapted: noFrom,
		src: conformanceFrom + "HEALTHCHECK CMD foobar\n", peerWants: true, want: true},
	{peer: "hadolint", test: "don't warn on HEALTHCHECK CMD json notation", alias: "DL3025", adapted: noFrom,
		src: conformanceFrom + "HEALTHCHECK CMD [ \"foobar\" ]\n"},
	{peer: "hadolint", test: "don't warn on CMD JSON notation with broken long strings", alias: "DL3025", adapted: noFrom,
		src: conformanceFrom + "CMD [ \"/bin/sh\", \"-c\", \\\n      \"echo foo && \\\n       echo bar\" \\\n    ]\n"},

	// ---- hadolint DL3046 (DF204 useradd-without-no-log-init) ----
	{peer: "hadolint", test: "ok with `useradd` alone", alias: "DL3046", adapted: noFrom,
		src: conformanceFrom + "RUN useradd luser\n"},
	{peer: "hadolint", test: "ok with `useradd` short uid", alias: "DL3046", adapted: noFrom,
		src: conformanceFrom + "RUN useradd -u 12345 luser\n"},
	{peer: "hadolint", test: "ok with `useradd` long uid and flag `-l`", alias: "DL3046", adapted: noFrom,
		src: conformanceFrom + "RUN useradd -l -u 123456 luser\n"},
	{peer: "hadolint", test: "ok with `useradd` and just flag `-l`", alias: "DL3046", adapted: noFrom,
		src: conformanceFrom + "RUN useradd -l luser\n"},
	{peer: "hadolint", test: "warn when `useradd` and long uid without flag `-l`", alias: "DL3046", adapted: noFrom,
		src: conformanceFrom + "RUN useradd -u 123456 luser\n", peerWants: true, want: true},

	// ---- hadolint DL3064 (DF203 secret-in-arg-or-env) ----
	// The ONBUILD variants only wrap RUN foobar, which DL3064 does not look at.
	{peer: "hadolint", test: "ok: no ARG, no ENV", alias: "DL3064",
		src: "FROM debian:bullseye\nRUN foobar\n"},
	{peer: "hadolint", test: "ok: ARG no sensitive data, no ENV", alias: "DL3064",
		src: "ARG foobar\nFROM debian:bullseye\nRUN foobar\n"},
	{peer: "hadolint", test: "ok: no ARG, ENV no sensitive data", alias: "DL3064",
		src: "FROM debian:bullseye\nENV foobar=barfoo\nRUN foobar\n"},
	{peer: "hadolint", test: "not ok: ARG with sensitive data", alias: "DL3064",
		src:       "ARG AWS_ACCESS_KEY_ID\nFROM debian:bullseye\nRUN foobar\n",
		peerWants: true, want: false,
		differs: "a global ARG only feeds FROM lines and is checked only when a stage declares it again, as in BuildKit; " +
			"and AWS_ACCESS_KEY_ID is an identifier, not the secret (rules/docs/DF203.md)"},
	{peer: "hadolint", test: "not ok: ARG with sensitive data, different casing", alias: "DL3064",
		src:       "ARG openai_api_key\nFROM debian:bullseye\nRUN foobar\n",
		peerWants: true, want: false,
		differs: "a global ARG only feeds FROM lines and is checked only when a stage declares it again, " +
			"as in BuildKit (rules/docs/DF203.md)"},
	{peer: "hadolint", test: "not ok: ENV with sensitive data", alias: "DL3064",
		src:       "FROM debian:bullseye\nENV AWS_ACCESS_KEY_ID=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n",
		peerWants: true, want: false,
		differs: "AWS_ACCESS_KEY_ID is an identifier, not the secret; its secret half AWS_SECRET_ACCESS_KEY is reported (rules/docs/DF203.md)"},
	{peer: "hadolint", test: "not ok: ENV with sensitive data, different casing", alias: "DL3064",
		src: "FROM debian:bullseye\nENV my_password=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n", peerWants: true, want: true},

	// ---- hadolint DL4000 (DF401 maintainer) ----
	{peer: "hadolint", test: "has deprecated maintainer", alias: "DL4000",
		src: "FROM busybox\nMAINTAINER hudu@mail.com\n", peerWants: true, want: true},
	{peer: "hadolint", test: "has maintainer", alias: "DL4000",
		src: "FROM debian\nMAINTAINER Lukas\n", peerWants: true, want: true},
	{peer: "hadolint", test: "has maintainer first", alias: "DL4000",
		src: "MAINTAINER Lukas\nFROM DEBIAN\n", peerWants: true,
		skip: rejectedBy + "MAINTAINER before the first FROM (the placement is the point of the test)"},
	{peer: "hadolint", test: "has no maintainer", alias: "DL4000",
		src: "FROM debian\n"},

	// ---- hadolint DL4003 (DF402 multiple-instructions) ----
	{peer: "hadolint", test: "many cmds", alias: "DL4003",
		src: "FROM debian\nCMD bash\nRUN foo\nCMD another\n", peerWants: true, want: true},
	{peer: "hadolint", test: "single cmds, different stages", alias: "DL4003",
		src: "FROM debian as distro1\nCMD bash\nRUN foo\nFROM debian as distro2\nCMD another\n"},
	{peer: "hadolint", test: "many cmds, different stages", alias: "DL4003",
		src: "FROM debian as distro1\nCMD bash\nRUN foo\nCMD another\nFROM debian as distro2\nCMD another\n", peerWants: true, want: true},
	{peer: "hadolint", test: "single cmd", alias: "DL4003", adapted: noFrom,
		src: conformanceFrom + "CMD /bin/true\n"},

	// ---- hadolint DL4004 (DF402 multiple-instructions) ----
	{peer: "hadolint", test: "no cmd", alias: "DL4004",
		src: "FROM busybox\n"},
	{peer: "hadolint", test: "many entrypoints", alias: "DL4004",
		src: "FROM debian\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\n", peerWants: true, want: true},
	{peer: "hadolint", test: "single entrypoint, different stages", alias: "DL4004",
		src: "FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nFROM debian as distro2\nENTRYPOINT another\n"},
	{peer: "hadolint", test: "many entrypoints, different stages", alias: "DL4004",
		src: "FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\nFROM debian as distro2\nENTRYPOINT another\n", peerWants: true, want: true},
	{peer: "hadolint", test: "single entry", alias: "DL4004", adapted: noFrom,
		src: conformanceFrom + "ENTRYPOINT /bin/true\n"},
	{peer: "hadolint", test: "no entry", alias: "DL4004",
		src: "FROM busybox\n"},

	// ---- hadolint DL3001 (DF440 pointless-command) ----
	{peer: "hadolint", test: "invalid cmd", alias: "DL3001", adapted: noFrom, src: conformanceFrom + "RUN top\n", peerWants: true, want: true},
	{peer: "hadolint", test: "invalid cmd (ONBUILD)", alias: "DL3001", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN top\n", peerWants: true, want: true},
	{peer: "hadolint", test: "install ssh", alias: "DL3001", adapted: noFrom, src: conformanceFrom + "RUN apt-get install ssh\n"},
	{peer: "hadolint", test: "install ssh (ONBUILD)", alias: "DL3001", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN apt-get install ssh\n"},

	// ---- hadolint DL3003 (DF441 cd-in-run) ----
	{peer: "hadolint", test: "ok using WORKDIR", alias: "DL3003", adapted: noFrom, src: conformanceFrom + "WORKDIR /opt\n"},
	{peer: "hadolint", test: "not ok using cd", alias: "DL3003", adapted: noFrom, src: conformanceFrom + "RUN cd /opt\n", peerWants: true, want: true},

	// ---- hadolint DL3010 (DF442 copied-archive-extracted) ----
	{peer: "hadolint", test: "catch: copy archive then extract 1", alias: "DL3010", adapted: noFrom, src: conformanceFrom + "COPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n", peerWants: true, want: true},
	{peer: "hadolint", test: "catch: copy archive then extract 2", alias: "DL3010", adapted: noFrom, src: conformanceFrom + "COPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar\n", peerWants: true, want: true},
	{peer: "hadolint", test: "catch: copy archive then extract 3", alias: "DL3010", adapted: noFrom, src: conformanceFrom + "COPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n", peerWants: true, want: true},
	{peer: "hadolint", test: "catch: copy archive then extract windows paths 1", alias: "DL3010", adapted: noFrom, src: conformanceFrom + "COPY build\\foo\\bar.tar.gz \"C:\\Program Files\\Foo\"\nRUN tar -xf \"C:\\Program Files\\Foo\\bar.tar.gz\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "catch: copy archive then extract windows paths 2", alias: "DL3010", adapted: noFrom, src: conformanceFrom + "COPY build\\foo\\bar.tar.gz \"C:\\Program Files\\foo.tar.gz\"\nRUN tar -xf foo.tar.gz\n", peerWants: true, want: true},
	{peer: "hadolint", test: "ignore: copy archive without extract", alias: "DL3010", adapted: noFrom, src: conformanceFrom + "COPY packaged-app.tar /usr/src/app\nFROM debian:11 as newstage\n"},
	{peer: "hadolint", test: "ignore: non archive", alias: "DL3010", adapted: noFrom, src: conformanceFrom + "COPY package.json /usr/src/app\n"},
	{peer: "hadolint", test: "ignore: copy from previous stage", alias: "DL3010", adapted: noFrom, src: conformanceFrom + "COPY --from=builder /usr/local/share/some.tar /opt/some.tar\n"},

	// ---- hadolint DL3011 (DF443 expose-port-range) ----
	{peer: "hadolint", test: "invalid port", alias: "DL3011", adapted: noFrom, src: conformanceFrom + "EXPOSE 80000\n", peerWants: true, want: true},
	{peer: "hadolint", test: "valid port", alias: "DL3011", adapted: noFrom, src: conformanceFrom + "EXPOSE 60000\n"},
	{peer: "hadolint", test: "valid port variable", alias: "DL3011", adapted: noFrom, src: conformanceFrom + "EXPOSE ${FOOBAR}\n"},
	{peer: "hadolint", test: "invalid port in range", alias: "DL3011", adapted: noFrom, src: conformanceFrom + "EXPOSE 40000-80000/tcp\n", peerWants: true, want: true},
	{peer: "hadolint", test: "valid port range", alias: "DL3011", adapted: noFrom, src: conformanceFrom + "EXPOSE 40000-60000/tcp\n"},
	{peer: "hadolint", test: "valid port range variable", alias: "DL3011", adapted: noFrom, src: conformanceFrom + "EXPOSE 40000-${FOOBAR}\n"},

	// ---- hadolint DL3020 (DF444 add-instead-of-copy) ----
	{peer: "hadolint", test: "add for tar", alias: "DL3020", adapted: noFrom, src: conformanceFrom + "ADD file.tar /usr/src/app/\n"},
	{peer: "hadolint", test: "add for gzip", alias: "DL3020", adapted: noFrom, src: conformanceFrom + "ADD file.gz /usr/src/app/\n"},
	{peer: "hadolint", test: "add for bz2", alias: "DL3020", adapted: noFrom, src: conformanceFrom + "ADD file.bz2 /usr/src/app/\n"},
	{peer: "hadolint", test: "add for xz", alias: "DL3020", adapted: noFrom, src: conformanceFrom + "ADD file.xz /usr/src/app/\n"},
	{peer: "hadolint", test: "add for tgz", alias: "DL3020", adapted: noFrom, src: conformanceFrom + "ADD file.tgz /usr/src/app/\n"},
	{peer: "hadolint", test: "add for url", alias: "DL3020", adapted: noFrom, src: conformanceFrom + "ADD http://file.com /usr/src/app/\n"},
	{peer: "hadolint", test: "using add", alias: "DL3020", adapted: noFrom, src: conformanceFrom + "ADD file /usr/src/app/\n", peerWants: true, want: true},
	{peer: "hadolint", test: "warn for zip", alias: "DL3020", adapted: noFrom, src: conformanceFrom + "ADD file.zip /usr/src/app/\n", peerWants: true, want: true},
	{peer: "hadolint", test: "add for tgz with quotes", alias: "DL3020", adapted: noFrom, src: conformanceFrom + "ADD \"file.tgz\" /usr/src/app/\n"},
	{peer: "hadolint", test: "add for url with quotes", alias: "DL3020", adapted: noFrom, src: conformanceFrom + "ADD \"http://file.com\" /usr/src/app/\n"},
	{peer: "hadolint", test: "warn for zip with quotes", alias: "DL3020", adapted: noFrom, src: conformanceFrom + "ADD \"file.zip\" /usr/src/app/\n", peerWants: true, want: true},

	// ---- hadolint DL3021 (DF445 copy-dest-not-dir) ----
	{peer: "hadolint", test: "no warn on 2 args", alias: "DL3021", adapted: noFrom, src: conformanceFrom + "COPY foo bar\n"},
	{peer: "hadolint", test: "warn on 3 args", alias: "DL3021", adapted: noFrom, src: conformanceFrom + "COPY foo bar baz\n", peerWants: true, want: true},
	{peer: "hadolint", test: "no warn on 3 args", alias: "DL3021", adapted: noFrom, src: conformanceFrom + "COPY foo bar baz/\n"},
	{peer: "hadolint", test: "warn on 3 args with quotes", alias: "DL3021", adapted: noFrom, src: conformanceFrom + "COPY foo bar \"baz\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "no warn on 3 args with quotes", alias: "DL3021", adapted: noFrom, src: conformanceFrom + "COPY foo bar \"baz/\"\n"},

	// ---- hadolint DL3022 (DF446 copy-from-unknown-stage) ----
	{peer: "hadolint", test: "warn on missing alias", alias: "DL3022", adapted: noFrom, src: conformanceFrom + "COPY --from=foo bar .\n", peerWants: true, want: true},
	{peer: "hadolint", test: "warn on alias defined after", alias: "DL3022", src: "FROM scratch\nCOPY --from=build foo .\nFROM node as build\nRUN baz\n", peerWants: true, want: true},
	{peer: "hadolint", test: "don't warn on correctly defined aliases", alias: "DL3022", src: "FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=build foo .\nRUN baz\n"},
	{peer: "hadolint", test: "don't warn on external images", alias: "DL3022", adapted: noFrom, src: conformanceFrom + "COPY --from=haskell:latest bar .\n"},
	{peer: "hadolint", test: "warn on invalid stage count as --from=<count>", alias: "DL3022", adapted: noFrom, src: conformanceFrom + "COPY --from=0 bar .\n", peerWants: true, differs: "with the FROM the snippet needs, stage 0 is the stage the COPY is in: a copy from itself, which DF447 (DL3023) reports, as BuildKit fails with a circular dependency"},
	{peer: "hadolint", test: "don't warn on valid stage count as --from=<count>", alias: "DL3022", src: "FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=0 foo .\n"},
	{peer: "hadolint", test: "don't warn on valid stage count as --from=<count> (unnamed)", alias: "DL3022", src: "FROM scratch\nRUN foo\nFROM node\nCOPY --from=0 foo .\n"},

	// ---- hadolint DL3023 (DF447 copy-from-own-stage) ----
	{peer: "hadolint", test: "warn on copying from your the same FROM", alias: "DL3023", src: "FROM node as foo\nCOPY --from=foo bar .\n", peerWants: true, want: true},
	{peer: "hadolint", test: "don't warn on copying from other sources", alias: "DL3023", src: "FROM scratch as build\nRUN foo\nFROM node as run\nCOPY --from=build foo .\nRUN baz\n"},

	// ---- hadolint DL3029 (DF448 from-platform-flag, opt-in: enabled here) ----
	{peer: "hadolint", test: "explicit platform flag", alias: "DL3029", src: "FROM --platform=linux debian:jessie\n", peerWants: true, want: true},
	{peer: "hadolint", test: "no platform flag", alias: "DL3029", src: "FROM debian:jessie\n"},
	{peer: "hadolint", test: "allows platform $BUILDPLATFORM flag", alias: "DL3029", src: "FROM --platform=$BUILDPLATFORM debian:jessie\n"},
	{peer: "hadolint", test: "allows platform \"$BUILDPLATFORM\" flag", alias: "DL3029", src: "FROM --platform=\"$BUILDPLATFORM\" debian:jessie\n"},
	{peer: "hadolint", test: "allows platform ${BUILDPLATFORM} flag", alias: "DL3029", src: "FROM --platform=${BUILDPLATFORM} debian:jessie\n"},
	{peer: "hadolint", test: "allows platform ${BUILDPLATFORM:-} flag", alias: "DL3029", src: "FROM --platform=${BUILDPLATFORM:-} debian:jessie\n"},
	{peer: "hadolint", test: "allows platform \"${BUILDPLATFORM:-}\" flag", alias: "DL3029", src: "FROM --platform=\"${BUILDPLATFORM:-}\" debian:jessie\n"},
	{peer: "hadolint", test: "allows platform $TARGETPLATFORM flag", alias: "DL3029", src: "FROM --platform=$TARGETPLATFORM debian:jessie\n"},

	// ---- hadolint DL3043 (DF000 parse-error: BuildKit refuses these triggers) ----
	{peer: "hadolint", test: "error when using `ONBUILD` within `ONBUILD`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD ONBUILD RUN anything\n", peerWants: true, skip: rejectedBy + "ONBUILD ONBUILD; DF000, which DL3043 aliases, reports it"},
	{peer: "hadolint", test: "error when using `FROM` within `ONBUILD`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD FROM debian:buster\n", peerWants: true, skip: rejectedBy + "ONBUILD FROM; DF000, which DL3043 aliases, reports it"},
	{peer: "hadolint", test: "error when using `MAINTAINER` within `ONBUILD`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD MAINTAINER \"BoJack Horseman\"\n", peerWants: true, skip: rejectedBy + "ONBUILD MAINTAINER; DF000, which DL3043 aliases, reports it"},
	{peer: "hadolint", test: "ok with `ADD`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD ADD anything anywhere\n"},
	{peer: "hadolint", test: "ok with `USER`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD USER anything\n"},
	{peer: "hadolint", test: "ok with `LABEL`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD LABEL bla=\"blubb\"\n"},
	{peer: "hadolint", test: "ok with `STOPSIGNAL`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD STOPSIGNAL anything\n"},
	{peer: "hadolint", test: "ok with `COPY`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD COPY anything anywhere\n"},
	{peer: "hadolint", test: "ok with `RUN`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN anything\n"},
	{peer: "hadolint", test: "ok with `CMD`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD CMD anything\n"},
	{peer: "hadolint", test: "ok with `SHELL`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD SHELL anything\n"},
	{peer: "hadolint", test: "ok with `WORKDIR`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD WORKDIR anything\n"},
	{peer: "hadolint", test: "ok with `EXPOSE`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD EXPOSE 69\n"},
	{peer: "hadolint", test: "ok with `VOLUME`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD VOLUME anything\n"},
	{peer: "hadolint", test: "ok with `ENTRYPOINT`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD ENTRYPOINT anything\n"},
	{peer: "hadolint", test: "ok with `ENV`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD ENV MYVAR=\"bla\"\n"},
	{peer: "hadolint", test: "ok with `ARG`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD ARG anything\n"},
	{peer: "hadolint", test: "ok with `HEALTHCHECK`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "ONBUILD HEALTHCHECK NONE\n"},
	{peer: "hadolint", test: "ok with `FROM` outside of `ONBUILD`", alias: "DL3043", src: "FROM debian:buster\n"},
	{peer: "hadolint", test: "ok with `MAINTAINER` outside of `ONBUILD`", alias: "DL3043", adapted: noFrom, src: conformanceFrom + "MAINTAINER \"Some Guy\"\n"},

	// ---- hadolint DL3044 (DF449 env-same-instruction-ref) ----
	{peer: "hadolint", test: "ok with normal ENV", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV BLA=\"blubb\"\nENV BLUBB=\"${BLA}/blubb\"\n"},
	{peer: "hadolint", test: "ok with partial match 1", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV BLA=\"blubb\" BLUBB=\"${FOOBLA}/blubb\"\n"},
	{peer: "hadolint", test: "ok with partial match 2", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV BLA=\"blubb\" BLUBB=\"${BLAFOO}/blubb\"\n"},
	{peer: "hadolint", test: "ok with partial match 3", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV BLA=\"blubb\" BLUBB=\"$FOOBLA/blubb\"\n"},
	{peer: "hadolint", test: "ok with partial match 4", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV BLA=\"blubb\" BLUBB=\"$BLAFOO/blubb\"\n"},
	{peer: "hadolint", test: "fail with partial match 5", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV BLA=\"blubb\" BLUBB=\"$BLA/$BLAFOO/blubb\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "ok with parial match 6", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV BLA=\"blubb\" BLUBB=\"BLA/$BLAFOO/BLA\"\n"},
	{peer: "hadolint", test: "ok when previously defined in `ARG`", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ARG BLA\nENV BLA=${BLA}\n"},
	{peer: "hadolint", test: "ok when previously defined in `ENV`", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV BLA blubb\nENV BLA=${BLA}\n"},
	{peer: "hadolint", test: "ok with referencing a variable on its own right hand side", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV PATH=/bla:${PATH}\n"},
	{peer: "hadolint", test: "ok with referencing a variable on its own right side twice in different `ENV`s", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}\n"},
	{peer: "hadolint", test: "fail when referencing a variable on its own right side twice within the same `ENV`", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}\n", peerWants: true, want: true},
	{peer: "hadolint", test: "fail with selfreferencing with curly braces ENV", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV BLA=\"blubb\" BLUBB=\"${BLA}/blubb\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "fail with selfreferencing without curly braces ENV", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV BLA=\"blubb\" BLUBB=\"$BLA/blubb\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "fail with full match 1", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV BLA=\"blubb\" BLUBB=\"$BLA\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "fail with full match 2", alias: "DL3044", adapted: noFrom, src: conformanceFrom + "ENV BLA=\"blubb\" BLUBB=\"${BLA}\"\n", peerWants: true, want: true},

	// ---- hadolint DL3045 (DF450 copy-relative-without-workdir) ----
	// The ONBUILD variants only wrap RUN instructions, which DL3045 does not look at.
	{peer: "hadolint", test: "ok: `COPY` with absolute destination and no `WORKDIR` set", alias: "DL3045", adapted: noFrom, src: conformanceFrom + "COPY bla.sh /usr/local/bin/blubb.sh\n"},
	{peer: "hadolint", test: "ok: `COPY` with absolute destination and no `WORKDIR` set with quotes", alias: "DL3045", adapted: noFrom, src: conformanceFrom + "COPY bla.sh \"/usr/local/bin/blubb.s\"\n"},
	{peer: "hadolint", test: "ok: `COPY` with absolute destination and no `WORKDIR` set - windows", alias: "DL3045", adapted: noFrom, src: conformanceFrom + "COPY bla.sh c:\\system32\\blubb.sh\n"},
	{peer: "hadolint", test: "ok: `COPY` with absolute destination and no `WORKDIR` set - windows with quotes", alias: "DL3045", adapted: noFrom, src: conformanceFrom + "COPY bla.sh \"c:\\system32\\blubb.sh\"\n"},
	{peer: "hadolint", test: "ok: `COPY` with absolute destination and no `WORKDIR` set - windows with alternative paths", alias: "DL3045", adapted: noFrom, src: conformanceFrom + "COPY bla.sh c:/system32/blubb.sh\n"},
	{peer: "hadolint", test: "ok: `COPY` with relative destination and `WORKDIR` set", alias: "DL3045", src: "FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh\n"},
	{peer: "hadolint", test: "ok: `COPY` with relative destination and `WORKDIR` set - windows", alias: "DL3045", src: "FROM scratch\nWORKDIR c:\\system32\nCOPY bla.sh blubb.sh\n"},
	{peer: "hadolint", test: "ok: `COPY` with destination being an environment variable 1", alias: "DL3045", adapted: noFrom, src: conformanceFrom + "COPY src.sh ${SRC_BASE_ENV}\n"},
	{peer: "hadolint", test: "ok: `COPY` with destination being an environment variable 2", alias: "DL3045", adapted: noFrom, src: conformanceFrom + "COPY src.sh $SRC_BASE_ENV\n"},
	{peer: "hadolint", test: "ok: `COPY` with destination being an environment variable 3", alias: "DL3045", adapted: noFrom, src: conformanceFrom + "COPY src.sh \"${SRC_BASE_ENV}\"\n"},
	{peer: "hadolint", test: "ok: `COPY` with destination being an environment variable 4", alias: "DL3045", adapted: noFrom, src: conformanceFrom + "COPY src.sh \"$SRC_BASE_ENV\"\n"},
	{peer: "hadolint", test: "not ok: `COPY` with relative destination and no `WORKDIR` set", alias: "DL3045", adapted: noFrom, src: conformanceFrom + "COPY bla.sh blubb.sh\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok: `COPY` with relative destination and no `WORKDIR` set with quotes", alias: "DL3045", adapted: noFrom, src: conformanceFrom + "COPY bla.sh \"blubb.sh\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok: `COPY` to relative destination if `WORKDIR` is set in a previous stage but not inherited", alias: "DL3045", src: "FROM debian:buster as stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok: `COPY` to relative destination if `WORKDIR` is set in a previous stage but not inherited - windows", alias: "DL3045", src: "FROM microsoft/windowsservercore as stage1\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore\nCOPY foo bar\n", peerWants: true, want: true},
	{peer: "hadolint", test: "ok: `COPY` to relative destination if `WORKDIR` has been set in base image", alias: "DL3045", src: "FROM debian:buster as base\nWORKDIR /usr\nFROM debian:buster as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar\n"},
	{peer: "hadolint", test: "ok: `COPY` to relative destination if `WORKDIR` has been set in base image - windows", alias: "DL3045", src: "FROM microsoft/windowsservercore as base\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar\n"},
	{peer: "hadolint", test: "ok: `COPY` to relative destination if `WORKDIR` has been set in previous stage, deep case", alias: "DL3045", src: "FROM debian:buster as base1\nWORKDIR /usr\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar\n"},
	{peer: "hadolint", test: "ok: `COPY` to relative destination if `WORKDIR` has been set in previous stage, deep case - windows", alias: "DL3045", src: "FROM microsoft/windowsservercore as base1\nWORKDIR c:\\system32\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar\n"},
	{peer: "hadolint", test: "ok: `COPY` to relative destination if `WORKDIR` has been set, both within an `ONBUILD` context", alias: "DL3045", src: "FROM debian:buster\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar\n"},
	{peer: "hadolint", test: "regression: don't crash with single character paths", alias: "DL3045", adapted: noFrom, src: conformanceFrom + "COPY a b\n", peerWants: true, want: true},

	// ---- hadolint DL3047 (DF451 wget-progress) ----
	{peer: "hadolint", test: "warns when using wget without --progress option", alias: "DL3047", src: "FROM node as foo\nRUN wget my.xyz\n", peerWants: true, want: true},
	{peer: "hadolint", test: "warns when using wget without --progress option (ONBUILD)", alias: "DL3047", src: "FROM node as foo\nONBUILD RUN wget my.xyz\n", peerWants: true, want: true},
	{peer: "hadolint", test: "does not warn when running with --progress option", alias: "DL3047", src: "FROM node as foo\nRUN wget --progress=dot:giga my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with --progress option (ONBUILD)", alias: "DL3047", src: "FROM node as foo\nONBUILD RUN wget --progress=dot:giga my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with -q (quiet short option) and without --progress option", alias: "DL3047", src: "FROM node as foo\nRUN wget -q my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with -q (quiet short option) and without --progress option (ONBUILD)", alias: "DL3047", src: "FROM node as foo\nONBUILD RUN wget -q my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with --quiet (quiet long option) and without --progress option", alias: "DL3047", src: "FROM node as foo\nRUN wget --quiet my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with --quiet (quiet long option) and without --progress option (ONBUILD)", alias: "DL3047", src: "FROM node as foo\nONBUILD RUN wget --quiet my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with -nv (no-verbose short option) and without --progress option", alias: "DL3047", src: "FROM node as foo\nRUN wget -nv my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with -nv (no-verbose short option) and without --progress option (ONBUILD)", alias: "DL3047", src: "FROM node as foo\nONBUILD RUN wget -nv my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with --no-verbose (no-verbose long option) and without --progress option", alias: "DL3047", src: "FROM node as foo\nRUN wget --no-verbose my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with --no-verbose (no-verbose long option) and without --progress option (ONBUILD)", alias: "DL3047", src: "FROM node as foo\nONBUILD RUN wget --no-verbose my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with --output-file (output-file long option) and without --progress option", alias: "DL3047", src: "FROM node as foo\nRUN wget --output-file=/tmp/wget.log my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with --output-file (output-file long option) and without --progress option (ONBUILD)", alias: "DL3047", src: "FROM node as foo\nONBUILD RUN wget --output-file=/tmp/wget.log my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with -o (output-file long option) and without --progress option", alias: "DL3047", src: "FROM node as foo\nRUN wget -o /tmp/wget.log my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with -o (output-file long option) and without --progress option (ONBUILD)", alias: "DL3047", src: "FROM node as foo\nONBUILD RUN wget -o /tmp/wget.log my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with --append-output (append-output long option) and without --progress option", alias: "DL3047", src: "FROM node as foo\nRUN wget --append-output=/tmp/wget.log my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with --append-output (append-output long option) and without --progress option (ONBUILD)", alias: "DL3047", src: "FROM node as foo\nONBUILD RUN wget --append-output=/tmp/wget.log my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with -a (append-output long option) and without --progress option", alias: "DL3047", src: "FROM node as foo\nRUN wget -a /tmp/wget.log my.xyz\n"},
	{peer: "hadolint", test: "does not warn when running with -a (append-output long option) and without --progress option (ONBUILD)", alias: "DL3047", src: "FROM node as foo\nONBUILD RUN wget -a /tmp/wget.log my.xyz\n"},

	// ---- hadolint DL3048 (DF452 label-key) ----
	// The ONBUILD variants only wrap RUN instructions, which DL3048 does not look at.
	{peer: "hadolint", test: "not ok with reserved namespace: com.docker", alias: "DL3048", adapted: noFrom, src: conformanceFrom + "LABEL com.docker.label=\"foo\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok with reserved namespace: io.docker", alias: "DL3048", adapted: noFrom, src: conformanceFrom + "LABEL io.docker.label=\"foo\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok with reserved namespace: org.dockerproject", alias: "DL3048", adapted: noFrom, src: conformanceFrom + "LABEL org.dockerproject.label=\"foo\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok with invalid character", alias: "DL3048", adapted: noFrom, src: conformanceFrom + "LABEL invalid$character=\"foo\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok with invalid start and end characters: .", alias: "DL3048", adapted: noFrom, src: conformanceFrom + "LABEL .invalid =\"foo\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok with invalid start and end characters: -", alias: "DL3048", adapted: noFrom, src: conformanceFrom + "LABEL -invalid =\"foo\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok with invalid start and end characters: 1", alias: "DL3048", adapted: noFrom, src: conformanceFrom + "LABEL 1invalid =\"foo\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok with consecutive dividers: ..", alias: "DL3048", adapted: noFrom, src: conformanceFrom + "LABEL invalid..character=\"foo\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok with consecutive dividers: --", alias: "DL3048", adapted: noFrom, src: conformanceFrom + "LABEL invalid--character=\"foo\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "ok with valid labels: org.valid-key.label3", alias: "DL3048", adapted: noFrom, src: conformanceFrom + "LABEL org.valid-key.label3=\"foo\"\n"},
	{peer: "hadolint", test: "ok with valid labels: validlabel", alias: "DL3048", adapted: noFrom, src: conformanceFrom + "LABEL validlabel=\"foo\"\n"},

	// ---- hadolint DL3057 (DF453 no-healthcheck, opt-in: enabled here) ----
	{peer: "hadolint", test: "warn with no HEALTHCHECK instructions", alias: "DL3057", src: "FROM scratch\n", peerWants: true, want: true},
	{peer: "hadolint", test: "ok when HEALTHCHECK is explicitly disabled", alias: "DL3057", src: "FROM scratch\nHEALTHCHECK NONE\n"},
	{peer: "hadolint", test: "ok with one HEALTHCHECK instruction", alias: "DL3057", src: "FROM scratch\nHEALTHCHECK CMD /bin/bla\n"},
	{peer: "hadolint", test: "ok with inheriting HEALTHCHECK instruction", alias: "DL3057", src: "FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base\n"},
	{peer: "hadolint", test: "ok with ending inheritance chain with HEALTCHECK", alias: "DL3057", src: "FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3\nFROM base3 AS end\nHEALTHCHECK NONE\n"},
	{peer: "hadolint", test: "warn when inheritance chain bifurcates", alias: "DL3057", src: "FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3.1\nFROM base2 AS base3.2\n\nFROM base3.1 AS end1\nHEALTHCHECK NONE\n\nFROM base3.2 AS end2\n", peerWants: true, want: true},
	{peer: "hadolint", test: "warn when not inheriting with no HEALTHCHECK instruction", alias: "DL3057", src: "FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch\n", peerWants: true, want: true},

	// ---- hadolint DL3059 (DF454 consecutive-run, opt-in: enabled here) ----
	{peer: "hadolint", test: "ok with no `RUN` at all", alias: "DL3059", src: "FROM debian:10\n"},
	{peer: "hadolint", test: "ok with one `RUN`", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN /foo.sh\n"},
	{peer: "hadolint", test: "ok with two not consecutive `RUN`", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN /foo.sh\nWORKDIR /\nRUN /bar.sh\n"},
	{peer: "hadolint", test: "not ok with two consecutive `RUN`s", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN /foo.sh\nRUN /bar.sh\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok with two `RUN`s separated by a comment", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN /foo.sh\n# a comment\nRUN /bar.sh\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok with two `RUN`s separated by two comment", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN /foo.sh\n# a comment\n# another comment\nRUN /bar.sh\n", peerWants: true, want: true},
	{peer: "hadolint", test: "ok with one `RUN` after a comment", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "# a comment\nRUN /foo.sh\n"},
	{peer: "hadolint", test: "ok with two consecutive `RUN`s when flags are different 1", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh\n"},
	{peer: "hadolint", test: "ok with two consecutive `RUN`s when flags are different 2", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh\n"},
	{peer: "hadolint", test: "not ok with two consecutive `RUN`s when flags are equal", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh\n", peerWants: true, want: true},
	{peer: "hadolint", test: "ok with two consecutive `RUN`s when commands are chained 1", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN foo && bar\nRUN foobar\n"},
	{peer: "hadolint", test: "ok with two consecutive `RUN`s when commands are chained 2", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN foo; bar\nRUN foobar\n"},
	{peer: "hadolint", test: "ok with two consecutive `RUN`s when commands are chained 3", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN foobar\nRUN foo && bar\n"},
	{peer: "hadolint", test: "ok with two consecutive `RUN`s when commands are chained 4", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN foobar\nRUN foo; bar\n"},
	{peer: "hadolint", test: "ok with two consecutive `RUN`s when commands are chained 5", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN foo && bar\nRUN foo; bar\n"},
	{peer: "hadolint", test: "not ok when more than one `RUN` has just one command in a row", alias: "DL3059", adapted: noFrom, src: conformanceFrom + "RUN foo && bar\nRUN foo\nRUN bar\n", peerWants: true, want: true},

	// ---- hadolint DL3061 (DF000 parse-error: BuildKit refuses an instruction before FROM) ----
	// The ONBUILD variants only wrap RUN instructions, which these snippets do not have.
	{peer: "hadolint", test: "warn: label before from", alias: "DL3061", src: "LABEL foo=bar\nFROM foo\n", peerWants: true, skip: rejectedBy + "LABEL before the first FROM; DF000, which DL3061 aliases, reports it"},
	{peer: "hadolint", test: "don't warn: from before label", alias: "DL3061", src: "FROM foo\nLABEL foo=bar\n"},
	{peer: "hadolint", test: "don't warn: ARG then FROM then LABEL", alias: "DL3061", src: "ARG A=B\nFROM foo\nLABEL foo=bar\n"},
	{peer: "hadolint", test: "don't warn: pragma before FROM", alias: "DL3061", src: "# syntax = docker/dockerfile:1.0-experimental\nFROM node:16-alpine3.13\n"},
	{peer: "hadolint", test: "don't warn: FROM then ARG then RUN", alias: "DL3061", src: "FROM foo\nARG A=B\nRUN echo bla\n"},

	// ---- hadolint DL3026 (DF104 untrusted-registry) ----
	// The snippets without a FROM get the usual one, from a registry each case allows when it checks
	// something else (trusted.com): the FROM is not what the case is about.
	{peer: "hadolint", test: "does not warn on empty allowed registries", alias: "DL3026", src: "FROM random.com/debian\n"},
	{peer: "hadolint", test: "warn on non-allowed registry", alias: "DL3026", src: "FROM random.com/debian\n", allowedRegistries: []string{"docker.io"}, peerWants: true, want: true},
	{peer: "hadolint", test: "does not warn on allowed registries", alias: "DL3026", src: "FROM random.com/debian\n", allowedRegistries: []string{"x.com", "random.com"}},
	{peer: "hadolint", test: "doesn't warn on scratch image", alias: "DL3026", src: "FROM scratch\n", allowedRegistries: []string{"x.com", "random.com"}},
	{peer: "hadolint", test: "allows all forms of docker.io", alias: "DL3026", src: "FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n", allowedRegistries: []string{"docker.io"}},
	{peer: "hadolint", test: "allows using previous stages", alias: "DL3026", src: "FROM random.com/foo AS builder1\nFROM builder1 AS builder2\n", allowedRegistries: []string{"random.com"}},
	{peer: "hadolint", test: "warn on non-allowed wildcard registry", alias: "DL3026", src: "FROM x.com/debian\n", allowedRegistries: []string{"*.random.com"}, peerWants: true, want: true},
	{peer: "hadolint", test: "does not warn on allowed wildcard registries", alias: "DL3026", src: "FROM foo.random.com/debian\n", allowedRegistries: []string{"x.com", "*.random.com"}},
	{peer: "hadolint", test: "does not warn on * registry", alias: "DL3026", src: "FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n", allowedRegistries: []string{"*"}},
	{peer: "hadolint", test: "does warn on copy from untrusted registry", alias: "DL3026", adapted: "FROM trusted.com/debian prepended: BuildKit rejects an instruction before the first FROM", src: "FROM trusted.com/debian\nCOPY --from=untrusted.com/repo/image:tag /foo /bar\n", allowedRegistries: []string{"trusted.com"}, peerWants: true, want: true},
	{peer: "hadolint", test: "does not warn on copy from untrusted registry", alias: "DL3026", adapted: "FROM trusted.com/debian prepended: BuildKit rejects an instruction before the first FROM", src: "FROM trusted.com/debian\nCOPY --from=trusted.com/repo/image:tag /foo /bar\n", allowedRegistries: []string{"trusted.com"}},
	{peer: "hadolint", test: "warn on run with bind mount from untrusted registry", alias: "DL3026", adapted: "FROM trusted.com/debian prepended: BuildKit rejects an instruction before the first FROM", src: "FROM trusted.com/debian\nRUN --mount=type=bind,from=untrusted.com/repo/image:tag,target=/foo foobar\n", allowedRegistries: []string{"trusted.com"}, peerWants: true, want: true},
	{peer: "hadolint", test: "warn on run with cache mount from untrusted registry", alias: "DL3026", adapted: "FROM trusted.com/debian prepended: BuildKit rejects an instruction before the first FROM", src: "FROM trusted.com/debian\nRUN --mount=type=cache,from=untrusted.com/repo/image:tag,target=/foo foobar\n", allowedRegistries: []string{"trusted.com"}, peerWants: true, want: true},
	{peer: "hadolint", test: "don't warn on run with bind mount from trusted registry", alias: "DL3026", adapted: "FROM trusted.com/debian prepended: BuildKit rejects an instruction before the first FROM", src: "FROM trusted.com/debian\nRUN --mount=type=bind,from=trusted.com/repo/image:tag,target=/foo foobar\n", allowedRegistries: []string{"trusted.com"}},
	{peer: "hadolint", test: "don't warn on run with cache mount from trusted registry", alias: "DL3026", adapted: "FROM trusted.com/debian prepended: BuildKit rejects an instruction before the first FROM", src: "FROM trusted.com/debian\nRUN --mount=type=cache,from=trusted.com/repo/image:tag,target=/foo foobar\n", allowedRegistries: []string{"trusted.com"}},
	{peer: "hadolint", test: "distrust all forms of docker.io if trusted registries are given: line 1", alias: "DL3026", src: "FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n", line: 1, allowedRegistries: []string{"trusted.com"}, peerWants: true, want: true},
	{peer: "hadolint", test: "distrust all forms of docker.io if trusted registries are given: line 2", alias: "DL3026", src: "FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n", line: 2, allowedRegistries: []string{"trusted.com"}, peerWants: true, want: true},
	{peer: "hadolint", test: "distrust all forms of docker.io if trusted registries are given: line 3", alias: "DL3026", src: "FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n", line: 3, allowedRegistries: []string{"trusted.com"}, peerWants: true, want: true},

	// ---- hadolint DL3063 (DF415 reserved-stage-name) ----
	{peer: "hadolint", test: "not ok: stage name `scratch`", alias: "DL3063", src: "FROM foo:bar AS scratch\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok: stage name `context`", alias: "DL3063", src: "FROM foo:bar AS context\n", peerWants: true, want: true},
	{peer: "hadolint", test: "ok: stage name `foobar`", alias: "DL3063", src: "FROM foo:bar AS foobar\n"},

	// ---- hadolint DL3065 (DF420 redundant-target-platform) ----
	{peer: "hadolint", test: "ok: FROM no --platform", alias: "DL3065", src: "FROM alpine:3.24\n"},
	{peer: "hadolint", test: "ok: FROM --platform not $TARGETPLATFORM 1", alias: "DL3065", src: "FROM --platform=$FOOBAR alpine:3.24\n"},
	{peer: "hadolint", test: "ok: FROM --platform not $TARGETPLATFORM 2", alias: "DL3065", src: "FROM --platform=foobar alpine:3.24\n"},
	{peer: "hadolint", test: "ok: FROM --platform not $TARGETPLATFORM 3", alias: "DL3065", src: "FROM --platform=foobar/arm64 alpine:3.24\n"},
	{peer: "hadolint", test: "not ok: FROM --platform=$TARGETPLATFORM 1", alias: "DL3065", src: "FROM --platform=$TARGETPLATFORM alpine:3.24\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok: FROM --platform=$TARGETPLATFORM 2", alias: "DL3065", src: "FROM --platform=${TARGETPLATFORM} alpine:3.24\n", peerWants: true, want: true},

	// ---- hadolint DL3067 (DF460 copy-entire-filesystem) ----
	{peer: "hadolint", test: "warns when copying the root filesystem from another stage to root", alias: "DL3067", adapted: "stage build prepended: the snippets copy from it (on another base than the image it is copied onto), and BuildKit rejects an instruction before the first FROM", src: "FROM alpine:3.22 AS build\nRUN apk add --no-cache curl\nFROM debian:trixie-slim\nCOPY --from=build / /\n", peerWants: true, want: true},
	{peer: "hadolint", test: "warns when copying quoted root paths from another stage to root", alias: "DL3067", adapted: "stage build prepended: the snippets copy from it (on another base than the image it is copied onto), and BuildKit rejects an instruction before the first FROM", src: "FROM alpine:3.22 AS build\nRUN apk add --no-cache curl\nFROM debian:trixie-slim\nCOPY --from=build \"/\" \"/\"\n", peerWants: true, want: true},
	{peer: "hadolint", test: "does not warn when copying root without --from", alias: "DL3067", adapted: "stage build prepended: the snippets copy from it (on another base than the image it is copied onto), and BuildKit rejects an instruction before the first FROM", src: "FROM alpine:3.22 AS build\nRUN apk add --no-cache curl\nFROM debian:trixie-slim\nCOPY / /\n"},
	{peer: "hadolint", test: "does not warn when copying a directory from another stage", alias: "DL3067", adapted: "stage build prepended: the snippets copy from it (on another base than the image it is copied onto), and BuildKit rejects an instruction before the first FROM", src: "FROM alpine:3.22 AS build\nRUN apk add --no-cache curl\nFROM debian:trixie-slim\nCOPY --from=build /app /\n"},
	{peer: "hadolint", test: "does not warn when copying root from another stage into a subdirectory", alias: "DL3067", adapted: "stage build prepended: the snippets copy from it (on another base than the image it is copied onto), and BuildKit rejects an instruction before the first FROM", src: "FROM alpine:3.22 AS build\nRUN apk add --no-cache curl\nFROM debian:trixie-slim\nCOPY --from=build / /app\n"},

	// ---- hadolint DL3066 (DF205 non-numeric-user) ----
	{peer: "hadolint", test: "ok: numeric UID", alias: "DL3066", adapted: noFrom, src: conformanceFrom + "USER 12345\n"},
	{peer: "hadolint", test: "ok: numeric UID and GID", alias: "DL3066", adapted: noFrom, src: conformanceFrom + "USER 1234:5678\n"},
	{peer: "hadolint", test: "not ok: non-numeric UID", alias: "DL3066", adapted: noFrom, src: conformanceFrom + "USER foobar\n", peerWants: true, want: true},
	{peer: "hadolint", test: "not ok: non-numeric UID and GID", alias: "DL3066", adapted: noFrom, src: conformanceFrom + "USER foobar:barfoo\n", peerWants: true, want: true},
	{peer: "hadolint", test: "ok: UID is non-numeric, but is a defined ARG", alias: "DL3066", src: "ARG APP_UID\nFROM foobar:barfoo\nUSER ${APP_UID}\n"},

	// ---- hadolint DL3062 (DF505 unpinned-remote-tool) ----
	// Each case holds for the RUN and, as onBuildRuleCatches checks, for it wrapped in ONBUILD.
	{peer: "hadolint", test: "go install: go version not pinned", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go install example.com/pkg\n", peerWants: true, differs: "without a version, go install builds the version the module's go.mod requires, and refuses outside a module: nothing newest is fetched (rules/docs/DF505.md)"},
	{peer: "hadolint", test: "go install: go version not pinned (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go install example.com/pkg\n", peerWants: true, differs: "without a version, go install builds the version the module's go.mod requires, and refuses outside a module: nothing newest is fetched (rules/docs/DF505.md)"},
	{peer: "hadolint", test: "go install: go version pinned as latest", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go install example.com/pkg@latest\n", peerWants: true, want: true},
	{peer: "hadolint", test: "go install: go version pinned as latest (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go install example.com/pkg@latest\n", peerWants: true, want: true},
	{peer: "hadolint", test: "go install: go version pinned", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go install example.com/pkg@v1.2.3\n"},
	{peer: "hadolint", test: "go install: go version pinned (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go install example.com/pkg@v1.2.3\n"},
	{peer: "hadolint", test: "go install: go install with local absolute path", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go install /go/app/foobar\n"},
	{peer: "hadolint", test: "go install: go install with local absolute path (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go install /go/app/foobar\n"},
	{peer: "hadolint", test: "go install: go install with local relative path", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go install ./app/foobar\n"},
	{peer: "hadolint", test: "go install: go install with local relative path (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go install ./app/foobar\n"},
	{peer: "hadolint", test: "go install: go install local dir", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go install .\n"},
	{peer: "hadolint", test: "go install: go install local dir (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go install .\n"},
	{peer: "hadolint", test: "go get: go version not pinned", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go get example.com/pkg\n", peerWants: true, want: true},
	{peer: "hadolint", test: "go get: go version not pinned (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go get example.com/pkg\n", peerWants: true, want: true},
	{peer: "hadolint", test: "go get: go version pinned as latest", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go get example.com/pkg@latest\n", peerWants: true, want: true},
	{peer: "hadolint", test: "go get: go version pinned as latest (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go get example.com/pkg@latest\n", peerWants: true, want: true},
	{peer: "hadolint", test: "go get: go version pinned", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go get example.com/pkg@v1.2.3\n"},
	{peer: "hadolint", test: "go get: go version pinned (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go get example.com/pkg@v1.2.3\n"},
	{peer: "hadolint", test: "go get tool: version not pinned", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go get -tool foobar\n", peerWants: true, want: true},
	{peer: "hadolint", test: "go get tool: version not pinned (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go get -tool foobar\n", peerWants: true, want: true},
	{peer: "hadolint", test: "go get tool: version pinned as latest", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go get -tool foobar@latest\n", peerWants: true, want: true},
	{peer: "hadolint", test: "go get tool: version pinned as latest (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go get -tool foobar@latest\n", peerWants: true, want: true},
	{peer: "hadolint", test: "go get tool: version pinned", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go get -tool foobar@v1.2.3\n"},
	{peer: "hadolint", test: "go get tool: version pinned (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go get -tool foobar@v1.2.3\n"},
	{peer: "hadolint", test: "go run: go version not pinned", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go run example.com/pkg\n", peerWants: true, differs: "without a version, go run runs the version the module's go.mod requires, and refuses outside a module: nothing newest is fetched (rules/docs/DF505.md)"},
	{peer: "hadolint", test: "go run: go version not pinned (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go run example.com/pkg\n", peerWants: true, differs: "without a version, go run runs the version the module's go.mod requires, and refuses outside a module: nothing newest is fetched (rules/docs/DF505.md)"},
	{peer: "hadolint", test: "go run: go version pinned as latest", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go run example.com/pkg@latest\n", peerWants: true, want: true},
	{peer: "hadolint", test: "go run: go version pinned as latest (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go run example.com/pkg@latest\n", peerWants: true, want: true},
	{peer: "hadolint", test: "go run: go version pinned", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go run example.com/pkg@v1.2.3\n"},
	{peer: "hadolint", test: "go run: go version pinned (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go run example.com/pkg@v1.2.3\n"},
	{peer: "hadolint", test: "go run: go version pinned with flags 1", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go run example.com/pkg@v1.2.3 -f\n"},
	{peer: "hadolint", test: "go run: go version pinned with flags 1 (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go run example.com/pkg@v1.2.3 -f\n"},
	{peer: "hadolint", test: "go run: go version pinned with flags 2", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go run example.com/pkg@v1.2.3 -foobar\n"},
	{peer: "hadolint", test: "go run: go version pinned with flags 2 (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go run example.com/pkg@v1.2.3 -foobar\n"},
	{peer: "hadolint", test: "go run: go version pinned with flags 3", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go run example.com/pkg@v1.2.3 --foobar\n"},
	{peer: "hadolint", test: "go run: go version pinned with flags 3 (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go run example.com/pkg@v1.2.3 --foobar\n"},
	{peer: "hadolint", test: "go run: go version pinned with arguments 1", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go run example.com/pkg@v1.2.3 foobar\n"},
	{peer: "hadolint", test: "go run: go version pinned with arguments 1 (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go run example.com/pkg@v1.2.3 foobar\n"},
	{peer: "hadolint", test: "go run: go version pinned with arguments 2", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go run example.com/pkg@v1.2.3 --foo bar\n"},
	{peer: "hadolint", test: "go run: go version pinned with arguments 2 (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go run example.com/pkg@v1.2.3 --foo bar\n"},
	{peer: "hadolint", test: "go run: go run with local absolute path", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go run /go/app/foobar\n"},
	{peer: "hadolint", test: "go run: go run with local absolute path (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go run /go/app/foobar\n"},
	{peer: "hadolint", test: "go run: go run with local relative path", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go run ./app/foobar\n"},
	{peer: "hadolint", test: "go run: go run with local relative path (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go run ./app/foobar\n"},
	{peer: "hadolint", test: "go run: go run local dir", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "RUN go run .\n"},
	{peer: "hadolint", test: "go run: go run local dir (ONBUILD)", alias: "DL3062", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN go run .\n"},

	// ---- hadolint DL4001 (DF455 wget-and-curl) ----
	// failsWith N counts are split by line: the finding is on the RUNs listed, not on the others.
	{peer: "hadolint", test: "warns when using both wget and curl", alias: "DL4001", src: "FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\n", peerWants: true, want: true},
	{peer: "hadolint", test: "warns when using both wget and curl in same instruction", alias: "DL4001", src: "FROM node as foo\nRUN wget my.xyz && curl localhost\n", peerWants: true, want: true},
	{peer: "hadolint", test: "does not warn when using only wget", alias: "DL4001", src: "FROM node as foo\nRUN wget my.xyz\n"},
	{peer: "hadolint", test: "does not warn when using both curl and wget in different stages", alias: "DL4001", src: "FROM node as foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost\n"},
	{peer: "hadolint", test: "does not warns when using both, on a single stage", alias: "DL4001", src: "FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\nFROM scratch\nRUN curl localhost\n", peerWants: true, want: true},
	{peer: "hadolint", test: "only warns on the relevant RUN instruction: line 3", alias: "DL4001", src: "FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\n", line: 3, peerWants: true, want: true},
	{peer: "hadolint", test: "only warns on the relevant RUN instruction: line 2", alias: "DL4001", src: "FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\n", line: 2},
	{peer: "hadolint", test: "only warns on the relevant RUN instruction: line 4", alias: "DL4001", src: "FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\n", line: 4},
	{peer: "hadolint", test: "only warns on many relevant RUN instructions: line 2", alias: "DL4001", src: "FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n", line: 2},
	{peer: "hadolint", test: "only warns on many relevant RUN instructions: line 3", alias: "DL4001", src: "FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n", line: 3, peerWants: true, want: true},
	{peer: "hadolint", test: "only warns on many relevant RUN instructions: line 4", alias: "DL4001", src: "FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n", line: 4},
	{peer: "hadolint", test: "only warns on many relevant RUN instructions: line 5", alias: "DL4001", src: "FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n", line: 5, peerWants: true, want: true},

	// ---- hadolint DL4005 (DF456 ln-bin-sh) ----
	{peer: "hadolint", test: "RUN ln", alias: "DL4005", adapted: noFrom, src: conformanceFrom + "RUN ln -sfv /bin/bash /bin/sh\n", peerWants: true, want: true},
	{peer: "hadolint", test: "RUN ln (ONBUILD)", alias: "DL4005", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN ln -sfv /bin/bash /bin/sh\n", peerWants: true, want: true},
	{peer: "hadolint", test: "RUN ln with unrelated symlinks", alias: "DL4005", adapted: noFrom, src: conformanceFrom + "RUN ln -sf /bin/true /sbin/initctl\n"},
	{peer: "hadolint", test: "RUN ln with unrelated symlinks (ONBUILD)", alias: "DL4005", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN ln -sf /bin/true /sbin/initctl\n"},
	{peer: "hadolint", test: "RUN ln with multiple acceptable commands", alias: "DL4005", adapted: noFrom, src: conformanceFrom + "RUN ln -s foo bar && unrelated && something_with /bin/sh\n"},
	{peer: "hadolint", test: "RUN ln with multiple acceptable commands (ONBUILD)", alias: "DL4005", adapted: noFrom, src: conformanceFrom + "ONBUILD RUN ln -s foo bar && unrelated && something_with /bin/sh\n"},

	// ---- hadolint DL4006 (DF457 pipefail) ----
	{peer: "hadolint", test: "warn on missing pipefail", alias: "DL4006", src: "FROM scratch\nRUN wget -O - https://some.site | wc -l > /number\n", peerWants: true, want: true},
	{peer: "hadolint", test: "don't warn on commands with no pipes", alias: "DL4006", src: "FROM scratch as build\nRUN wget -O - https://some.site && wc -l file > /number\n"},
	{peer: "hadolint", test: "don't warn on commands with pipes and the pipefail option", alias: "DL4006", src: "FROM scratch as build\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n"},
	{peer: "hadolint", test: "don't warn on commands with pipes and the pipefail option 2", alias: "DL4006", src: "FROM scratch as build\nSHELL [\"/bin/bash\", \"-e\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n"},
	{peer: "hadolint", test: "don't warn on commands with pipes and the pipefail option 3", alias: "DL4006", src: "FROM scratch as build\nSHELL [\"/bin/bash\", \"-o\", \"errexit\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n"},
	{peer: "hadolint", test: "don't warn on commands with pipes and the pipefail zsh", alias: "DL4006", src: "FROM scratch as build\nSHELL [\"/bin/zsh\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n"},
	{peer: "hadolint", test: "don't warn when bash is invoked via a non-standard absolute path", alias: "DL4006", src: "FROM scratch as build\nSHELL [\"/usr/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n"},
	{peer: "hadolint", test: "don't warn when zsh is invoked via a non-standard absolute path", alias: "DL4006", src: "FROM scratch as build\nSHELL [\"/usr/local/bin/zsh\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n"},
	{peer: "hadolint", test: "don't warn on powershell", alias: "DL4006", src: "FROM scratch as build\nSHELL [\"pwsh\", \"-c\"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n"},
	{peer: "hadolint", test: "warns when using plain sh", alias: "DL4006", src: "FROM scratch as build\nSHELL [\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n", peerWants: true, want: true},
	{peer: "hadolint", test: "warn on missing pipefail in the next image", alias: "DL4006", src: "FROM scratch as build\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\nFROM scratch as build2\nRUN wget -O - https://some.site | wc -l file > /number\n", peerWants: true, want: true},
	{peer: "hadolint", test: "warn on missing pipefail if next SHELL is not using it", alias: "DL4006", src: "FROM scratch as build\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\nSHELL [\"/bin/sh\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\n", peerWants: true, want: true},
	{peer: "hadolint", test: "ignore non posix shells: pwsh", alias: "DL4006", src: "FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ \"pwsh\", \"-c\" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n"},
	{peer: "hadolint", test: "ignore non posix shells: powershell", alias: "DL4006", src: "FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ \"powershell.exe\" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n"},
	{peer: "hadolint", test: "ignore non posix shells: cmd.exe", alias: "DL4006", src: "FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ \"cmd.exe\", \"/c\" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n"},

	// ---- BuildKit JSONArgsRecommended (DF403 json-args) ----
	{peer: "buildkit", test: "testJSONArgsRecommended: CMD", alias: "JSONArgsRecommended",
		src: "\nFROM scratch\nCMD mycommand\n", line: 3, peerWants: true, want: true},
	{peer: "buildkit", test: "testJSONArgsRecommended: ENTRYPOINT", alias: "JSONArgsRecommended",
		src: "\nFROM scratch\nENTRYPOINT mycommand\n", line: 3, peerWants: true, want: true},
	{peer: "buildkit", test: "testJSONArgsRecommended: SHELL, CMD", alias: "JSONArgsRecommended",
		src: "\nFROM scratch\nSHELL [\"/usr/bin/customshell\"]\nCMD mycommand\n"},
	{peer: "buildkit", test: "testJSONArgsRecommended: SHELL, ENTRYPOINT", alias: "JSONArgsRecommended",
		src: "\nFROM scratch\nSHELL [\"/usr/bin/customshell\"]\nENTRYPOINT mycommand\n"},
	{peer: "buildkit", test: "testJSONArgsRecommended: SHELL in parent stage, CMD", alias: "JSONArgsRecommended",
		src: "\nFROM scratch AS base\nSHELL [\"/usr/bin/customshell\"]\n\nFROM base\nCMD mycommand\n"},
	{peer: "buildkit", test: "testJSONArgsRecommended: SHELL in parent stage, ENTRYPOINT", alias: "JSONArgsRecommended",
		src: "\nFROM scratch AS base\nSHELL [\"/usr/bin/customshell\"]\n\nFROM base\nENTRYPOINT mycommand\n"},
	// A check directive above the instruction skips the rule there
	// (v0.34.2's testMaintainerDeprecated).
	{peer: "buildkit", test: "testMaintainerDeprecated: check=skip above CMD", alias: "JSONArgsRecommended",
		src: "\nFROM scratch\n# check=skip=JSONArgsRecommended\nCMD mycommand\n"},
	{peer: "buildkit", test: "testMaintainerDeprecated: check=skip above ENTRYPOINT", alias: "JSONArgsRecommended",
		src: "\nFROM scratch\n# check=skip=JSONArgsRecommended\nENTRYPOINT mycommand\n"},

	// ---- BuildKit MaintainerDeprecated (DF401 maintainer) ----
	{peer: "buildkit", test: "testMaintainerDeprecated: MAINTAINER", alias: "MaintainerDeprecated",
		src: "\nFROM scratch\nMAINTAINER me@example.org\n", line: 3, peerWants: true, want: true},
	{peer: "buildkit", test: "testMaintainerDeprecated: LABEL", alias: "MaintainerDeprecated",
		src: "\nFROM scratch\nLABEL org.opencontainers.image.authors=\"me@example.org\"\n"},
	{peer: "buildkit", test: "testMaintainerDeprecated: check=skip above MAINTAINER", alias: "MaintainerDeprecated",
		src: "\nFROM scratch\n# check=skip=MaintainerDeprecated\nMAINTAINER me@example.org\n"},
	{peer: "buildkit", test: "testWarningsBeforeError", alias: "MaintainerDeprecated",
		src: "\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n", line: 3, peerWants: true,
		skip: rejectedBy + "unknown instruction BADCMD; BuildKit lints before failing, dockerfix reports only DF000"},

	// ---- BuildKit MultipleInstructionsDisallowed (DF402 multiple-instructions) ----
	// BuildKit's warning list is exhaustive: the overridden instructions warn,
	// the last ones do not.
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: consecutive, ENTRYPOINT", alias: "MultipleInstructionsDisallowed",
		src: bkMultiple, line: 3, peerWants: true, want: true},
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: consecutive, last ENTRYPOINT", alias: "MultipleInstructionsDisallowed",
		src: bkMultiple, line: 4},
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: consecutive, CMD", alias: "MultipleInstructionsDisallowed",
		src: bkMultiple, line: 5, peerWants: true, want: true},
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: consecutive, last CMD", alias: "MultipleInstructionsDisallowed",
		src: bkMultiple, line: 6},
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: consecutive, HEALTHCHECK", alias: "MultipleInstructionsDisallowed",
		src: bkMultiple, line: 7, peerWants: true, want: true},
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: consecutive, last HEALTHCHECK", alias: "MultipleInstructionsDisallowed",
		src: bkMultiple, line: 8},
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: split by a heredoc COPY, ENTRYPOINT", alias: "MultipleInstructionsDisallowed",
		src: bkMultipleSplit, line: 3, peerWants: true, want: true},
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: split by a heredoc COPY, CMD", alias: "MultipleInstructionsDisallowed",
		src: bkMultipleSplit, line: 4, peerWants: true, want: true},
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: split by a heredoc COPY, HEALTHCHECK", alias: "MultipleInstructionsDisallowed",
		src: bkMultipleSplit, line: 5, peerWants: true, want: true},
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: split by a heredoc COPY, last ENTRYPOINT", alias: "MultipleInstructionsDisallowed",
		src: bkMultipleSplit, line: 9},
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: split by a heredoc COPY, last CMD", alias: "MultipleInstructionsDisallowed",
		src: bkMultipleSplit, line: 10},
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: split by a heredoc COPY, last HEALTHCHECK", alias: "MultipleInstructionsDisallowed",
		src: bkMultipleSplit, line: 11},
	{peer: "buildkit", test: "testMultipleInstructionsDisallowed: one of each per stage, child stage", alias: "MultipleInstructionsDisallowed",
		src: "\nFROM scratch AS a\nENTRYPOINT [\"/myapp\"]\nCMD [\"/myapp\"]\nHEALTHCHECK CMD [\"/myapp\"]\n\n" +
			"FROM a AS b\nENTRYPOINT [\"/myotherapp\"]\nCMD [\"/myotherapp\"]\nHEALTHCHECK CMD [\"/myotherapp\"]\n"},

	// ---- BuildKit SecretsUsedInArgOrEnv (DF203 secret-in-arg-or-env) ----
	// One file; one case per variable. The message names the variable.
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: ARG SECRET_PASSPHRASE", alias: "SecretsUsedInArgOrEnv",
		src: bkSecrets, line: 3, match: "ARG SECRET_PASSPHRASE ", peerWants: true, want: true},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: ENV SUPER_Secret", alias: "SecretsUsedInArgOrEnv",
		src: bkSecrets, line: 4, match: "ENV SUPER_Secret ", peerWants: true, want: true},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: ENV password", alias: "SecretsUsedInArgOrEnv",
		src: bkSecrets, line: 5, match: "ENV password ", peerWants: true, want: true},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: ENV secret", alias: "SecretsUsedInArgOrEnv",
		src: bkSecrets, line: 5, match: "ENV secret ", peerWants: true, want: true},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: ARG super_duper_secret_token", alias: "SecretsUsedInArgOrEnv",
		src: bkSecrets, line: 6, match: "ARG super_duper_secret_token ", peerWants: true, want: true},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: ARG auth", alias: "SecretsUsedInArgOrEnv",
		src: bkSecrets, line: 6, match: "ARG auth ", peerWants: true, want: true},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: ENV apikey", alias: "SecretsUsedInArgOrEnv",
		src: bkSecrets, line: 7, match: "ENV apikey ", peerWants: true, want: true},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: ENV sunflower", alias: "SecretsUsedInArgOrEnv",
		src: bkSecrets, line: 7, match: "ENV sunflower "},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: ENV git_key=", alias: "SecretsUsedInArgOrEnv",
		src: bkSecrets, line: 8, match: "ENV git_key ", peerWants: true, want: false,
		differs: "an empty value cannot be a secret (ENV X= clears it): rules/docs/DF203.md"},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: ENV PUBLIC_KEY=", alias: "SecretsUsedInArgOrEnv",
		src: bkSecrets, line: 9},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: ARG public_token", alias: "SecretsUsedInArgOrEnv",
		src: bkSecrets, line: 10},
	// v0.34.2's version of the test adds check directives above single
	// instructions; its warning list has none on their lines.
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: check=skip=SecretsUsedInArgOrEnv above ENV password", alias: "SecretsUsedInArgOrEnv",
		src: bkSecretsCheckSkip, line: 16},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: check=skip=SecretsUsedInArgOrEnv above ARG password", alias: "SecretsUsedInArgOrEnv",
		src: bkSecretsCheckSkip, line: 18},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: check=skip=all above ENV alternate_password", alias: "SecretsUsedInArgOrEnv",
		src: bkSecretsCheckSkip, line: 20},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: check=skip=all above ARG alternate_password", alias: "SecretsUsedInArgOrEnv",
		src: bkSecretsCheckSkip, line: 22},
	{peer: "buildkit", test: "testSecretsUsedInArgOrEnv: check directives, ENV password on line 6", alias: "SecretsUsedInArgOrEnv",
		src: bkSecretsCheckSkip, line: 6, match: "ENV password ", peerWants: true, want: true},

	// ---- Trivy DS-0001 (DF102 untagged-base-image) ----
	{peer: "trivy", test: "test_allowed", alias: "DS-0001",
		src: "FROM openjdk:8u292-oracle\n"},
	{peer: "trivy", test: "test_latest_tag_denied", alias: "DS-0001",
		src: "FROM openjdk:latest\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_no_tag_denied", alias: "DS-0001",
		src: "FROM openjdk\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_scratch_allowed", alias: "DS-0001",
		src: "FROM scratch\n"},
	{peer: "trivy", test: "test_with_variables_allowed", alias: "DS-0001",
		src:  "FROM alpine:3.5\nARG IMAGE=alpine:3.12\nFROM $IMAGE\nCMD [\"python\", \"/usr/src/app/app.py\"]\n",
		skip: trivyStageArg},
	{peer: "trivy", test: "test_with_variables_denied", alias: "DS-0001",
		src:       "FROM alpine:3.5\nARG IMAGE=all-in-one\nFROM $IMAGE\nCMD [\"python\", \"/usr/src/app/app.py\"]\n",
		peerWants: true, skip: trivyStageArg},
	{peer: "trivy", test: "test_multi_stage_allowed", alias: "DS-0001",
		src: "FROM golang:1.15 as builder\nRUN apt-get update\nFROM alpine:3.13\n"},
	{peer: "trivy", test: "test_multi_stage_base_alias_allowed", alias: "DS-0001",
		src: "FROM node:14.18.1-bullseye as dependencies\nRUN apt-get update\nFROM dependencies as build\n"},
	{peer: "trivy", test: "test_multi_stage_denied", alias: "DS-0001",
		src: "FROM node:14.18.1-bullseye as dependencies\nRUN apt-get update\nFROM alpine:latest\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_multi_stage_no_tag_denied", alias: "DS-0001",
		src: "FROM node:14.18.1-bullseye as dependencies\nRUN apt-get update\nFROM alpine\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_deny_latest_tag_ref_to_global_arg_with_default_value", alias: "DS-0001",
		src: "ARG TAG=\"latest\"\nFROM foo:${TAG}\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_allow_tag_ref_to_global_arg_without_default_value", alias: "DS-0001",
		src: "ARG TAG\nFROM foo:${TAG}\n"},
	{peer: "trivy", test: "test_allow_from_with_only_arg_without_default_value", alias: "DS-0001",
		src: "ARG BASE_IMAGE\nFROM $BASE_IMAGE\n"},
	{peer: "trivy", test: "test_deny_image_ref_to_global_arg_without_default_value", alias: "DS-0001",
		src: "ARG REGISTRY\nFROM ${REGISTRY}/ubuntu\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_deny_global_arg_is_overrided_to_latest", alias: "DS-0001",
		peerWants: true,
		skip: "only meaningful in Trivy's input model: it puts ARG TAG=latest inside the stage before its own FROM, " +
			"which no Dockerfile can express (an ARG before a FROM is global and would feed the next FROM too)"},
	{peer: "trivy", test: "test_deny_image_ref_to_multiple_args_but_tag_latest", alias: "DS-0001",
		src: "ARG REPO=repo\nARG IMAGE=image\nFROM $REPO/$IMAGE:latest\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_deny_empty_tag_arg", alias: "DS-0001",
		src: "ARG TAG\nFROM alpine$TAG\n", peerWants: true, want: false,
		differs: "TAG is a global ARG without a default, so its value comes from --build-arg and may carry the tag " +
			"(TAG=:3.20); DF102 does not guess, as hadolint (FROM ${VALUE}) and Trivy itself (foo:${TAG}) do not " +
			"(rules/docs/DF102.md)"},
	{peer: "trivy", test: "test_deny_missing_tag_arg", alias: "DS-0001",
		src: "FROM alpine$TAG\n", peerWants: true, want: true},

	// ---- Trivy DS-0002 (DF201 root-user) ----
	{peer: "trivy", test: "test_not_root_allowed", alias: "DS-0002",
		src: "FROM alpine:3.13\nUSER user1 user2\n"}, // BuildKit takes the rest of the line as one user name
	{peer: "trivy", test: "test_last_non_root_allowed", alias: "DS-0002",
		src: "FROM alpine:3.13\nUSER root\nUSER user1\n"},
	{peer: "trivy", test: "test_no_user_cmd_denied", alias: "DS-0002",
		src: "FROM alpine:3.13\nEXPOSE 22\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_last_root_denied", alias: "DS-0002",
		src: "FROM alpine:3.13\nRUN apt-get update\nUSER user1\nRUN apt-get update\nUSER root\nRUN apt-get update\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_last_root_case_2", alias: "DS-0002",
		src: "FROM alpine:3.13\nUSER user1\nUSER root\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_last_root_with_group_denied", alias: "DS-0002",
		src: "FROM alpine:3.13\nUSER user1\nUSER root:root\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_last_root_as_uid_number_denied", alias: "DS-0002",
		src: "FROM alpine:3.13\nUSER user1\nUSER 0\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_last_root_as_uid_number_with_group_denied", alias: "DS-0002",
		src: "FROM alpine:3.13\nUSER user1\nUSER 0:0\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_empty_user_denied", alias: "DS-0002",
		src: "FROM alpine:3.13\nUSER\n", peerWants: true,
		skip: rejectedBy + "USER without an argument"},
	{peer: "trivy", test: "test_multi_stage_build_allowed_if_last_stage_uses_non_root", alias: "DS-0002",
		src: "FROM alpine:3.13\nUSER root\nFROM alpine:3.14\nUSER user1\n"},
	{peer: "trivy", test: "test_multi_stage_build_denied_if_last_stage_does_not_specify_user", alias: "DS-0002",
		src:       "FROM alpine:3.13\nUSER root\nFROM alpine:3.14\nCOPY blah.zip .\n",
		adapted:   "COPY given a destination: Trivy's input has COPY blah.zip, which BuildKit rejects (COPY needs two arguments)",
		peerWants: true, want: true},

	// ---- Trivy DS-0007 (DF402 multiple-instructions) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0007",
		src: "FROM golang:1.7.3\nENTRYPOINT [\"/opt/app/run.sh\", \"--port\", \"8080\"]\nENTRYPOINT [\"/opt/app/run.sh\", \"--port\", \"8000\"]\n" +
			"FROM alpine:latest\nENTRYPOINT [\"/opt/app/run.sh\", \"--port\", \"8080\"]\n",
		peerWants: true, want: true},
	{peer: "trivy", test: "test_allowed", alias: "DS-0007",
		src: "FROM golang:1.7.3\nENTRYPOINT [\"/opt/app/run.sh\", \"--port\", \"8080\"]\n" +
			"FROM alpine:latest\nENTRYPOINT [\"/opt/app/run.sh\", \"--port\", \"8080\"]\n"},

	// ---- Trivy DS-0016 (DF402 multiple-instructions) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0016",
		src:       "FROM golang:1.7.3\nCMD [\"./app\"]\nCMD [\"./apps\"]\nFROM alpine:latest\nCMD [\"./app\"]\n",
		peerWants: true, want: true},
	{peer: "trivy", test: "test_allowed", alias: "DS-0016",
		src: "FROM golang:1.7.3\nCMD [\"./app\"]\nFROM alpine:latest\nCMD [\"./app\"]\n"},

	// ---- Trivy DS-0022 (DF401 maintainer) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0022",
		src: "FROM fedora:27\nMAINTAINER admin@example.com\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_allowed", alias: "DS-0022",
		src: "FROM fedora:27\n"},

	// ---- Trivy DS-0023 (DF402 multiple-instructions) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0023",
		src: "FROM busybox\nHEALTHCHECK CMD curl http://localhost:8080\nHEALTHCHECK CMD /bin/healthcheck\n" +
			"FROM alpine:latest\nHEALTHCHECK CMD /bin/healthcheck\nCMD [\"./app\"]\n",
		peerWants: true, want: true},
	{peer: "trivy", test: "test_allowed", alias: "DS-0023",
		src: "FROM golang:1.7.3\nHEALTHCHECK CMD /bin/healthcheck\nCMD [\"./app\"]\nFROM alpine:latest\nCMD [\"./app\"]\n"},
	{peer: "trivy", test: "test_healthcheck_none_allowed", alias: "DS-0023",
		src: "FROM golang:1.7.3\nHEALTHCHECK NONE\nCMD [\"./app\"]\nFROM alpine:latest\nCMD [\"./app\"]\n"},

	// ---- Trivy DS-0004 (DF458 expose-ssh) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0004", src: "FROM alpine:3.13\nEXPOSE 22\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_tcp_denied", alias: "DS-0004", src: "FROM alpine:3.13\nEXPOSE 22/tcp\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_allowed", alias: "DS-0004", src: "FROM alpine:3.13\nEXPOSE 8080\n"},

	// ---- Trivy DS-0005 (DF444 add-instead-of-copy) ----
	// One stage FROM alpine:3.13 (the stage's Name) with the test's commands.
	{peer: "trivy", test: "mixed ADD commands and only one invalid: the archive", alias: "DS-0005", src: "FROM alpine:3.13\nADD /target/resources.tar.gz resources.jar\nADD /target/app.jar app.jar\n", line: 2},
	{peer: "trivy", test: "mixed ADD commands and only one invalid: the jar", alias: "DS-0005", src: "FROM alpine:3.13\nADD /target/resources.tar.gz resources.jar\nADD /target/app.jar app.jar\n", line: 3, peerWants: true, want: true},
	{peer: "trivy", test: "single invalid ADD command", alias: "DS-0005", src: "FROM alpine:3.13\nADD /target/app.jar app.jar\n", peerWants: true, want: true},
	{peer: "trivy", test: "RUN command allowed", alias: "DS-0005", src: "FROM alpine:3.13\nRUN tar -xjf /temp/package.file.tar.gz\n"},
	{peer: "trivy", test: "COPY command allowed", alias: "DS-0005", src: "FROM alpine:3.13\nCOPY test.txt test2.txt\n"},
	{peer: "trivy", test: "ADD with file:... in ... allowed", alias: "DS-0005", skip: trivyHistory},
	{peer: "trivy", test: "ADD with file:... without 'in' allowed", alias: "DS-0005", skip: trivyHistory},
	{peer: "trivy", test: "ADD with multi:... in ... allowed", alias: "DS-0005", skip: trivyHistory},
	{peer: "trivy", test: "ADD with .tar.gz allowed", alias: "DS-0005", src: "FROM alpine:3.13\nADD /target/resources.tar.gz resources.tar.gz\n"},
	{peer: "trivy", test: "ADD with http URL allowed", alias: "DS-0005", src: "FROM alpine:3.13\nADD http://example.com/foo.txt bar.txt\n"},
	{peer: "trivy", test: "ADD with https URL allowed", alias: "DS-0005", src: "FROM alpine:3.13\nADD https://example.com/foo.txt bar.txt\n"},
	{peer: "trivy", test: "ADD with git@ URL allowed", alias: "DS-0005", src: "FROM alpine:3.13\nADD git@github.com:user/repo.git /usr/src/things/\n"},

	// ---- Trivy DS-0006 (DF447 copy-from-own-stage) ----
	{peer: "trivy", test: "test_basic_denied", alias: "DS-0006", src: "FROM golang:1.7.3 as dep\nCOPY --from=dep /binary /\nFROM alpine:latest\nENTRYPOINT [\"/opt/app/run.sh\", \"--port\", \"8080\"]\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_deny_stage_name_non_lowercase", alias: "DS-0006", src: "FROM golang:1.18 as Builder\nCOPY --from=builder /binary /\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_extra_spaces_denied", alias: "DS-0006", src: "FROM golang:1.7.3 as   dep\nCOPY --from=dep /binary /\nFROM alpine:latest\nENTRYPOINT [\"/opt/app/run.sh\", \"--port\", \"8080\"]\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_basic_allowed", alias: "DS-0006", src: "FROM golang:1.7.3 AS builder\nWORKDIR /go/src/github.com/alexellis/href-counter/\nRUN go get -d -v golang.org/x/net/html\nCOPY app.go .\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\n# another dockerfile\nFROM alpine:latest\nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/alexellis/href-counter/app .\nCMD [\"./app\"]\n"},
	{peer: "trivy", test: "test_duplicate_allowed", alias: "DS-0006", src: "FROM golang:1.7.3\nCOPY --from=dep /binary /\nFROM golang:1.7.3\nCOPY --from=0 app/ /app/\n"},

	// ---- Trivy DS-0008 (DF443 expose-port-range) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0008", src: "FROM alpine:3.3\nRUN apk --no-cache add nginx\nEXPOSE 65536/tcp 80 443 22\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_allowed", alias: "DS-0008", src: "FROM alpine:3.3\nRUN apk --no-cache add nginx\nEXPOSE 65530/tcp 80 443 22\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n"},

	// ---- Trivy DS-0011 (DF445 copy-dest-not-dir) ----
	// Trivy's stage is Name alpine:3.3 but its commands hold FROM node:carbon2, which is the FROM used.
	{peer: "trivy", test: "test_basic_denied", alias: "DS-0011", src: "FROM node:carbon2\nCOPY package.json yarn.lock my_app\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_two_args_allowed", alias: "DS-0011", src: "FROM node:carbon2\nCOPY package.json yarn.lock\n"},
	{peer: "trivy", test: "test_three_args_with_file_colon_in_allowed", alias: "DS-0011", skip: trivyHistory},
	{peer: "trivy", test: "test_three_args_with_multi_colon_in_allowed", alias: "DS-0011", skip: trivyHistory},
	{peer: "trivy", test: "test_three_arg_allowed", alias: "DS-0011", src: "FROM node:carbon2\nCOPY package.json yarn.lock myapp/\n"},
	{peer: "trivy", test: "test_copy_with_option_allowed", alias: "DS-0011", src: "FROM node:carbon2\nCOPY --chown=root:root --chmod=755 yarn.lock myapp\n"},
	{peer: "trivy", test: "test_copy_with_option_denied", alias: "DS-0011", src: "FROM node:carbon2\nCOPY --chown=root:root --chmod=755 package.json yarn.lock myapp\n", peerWants: true, want: true},

	// ---- Trivy DS-0013 (DF441 cd-in-run) ----
	{peer: "trivy", test: "test_basic_denied", alias: "DS-0013", src: "FROM nginx\nRUN cd /usr/share/nginx/html\nCMD cd /usr/share/nginx/html && sed -e s/Docker/\"$AUTHOR\"/ Hello_docker.html > index.html ; nginx -g 'daemon off;'\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_chaining_denied", alias: "DS-0013", src: "FROM nginx\nENV AUTHOR Docker\nRUN apt-get install vim && cd /usr/share/nginx/html\nCMD cd /usr/share/nginx/html && sed -e s/Docker/\"$AUTHOR\"/ Hello_docker.html > index.html ; nginx -g 'daemon off;'\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_basic_allowed", alias: "DS-0013", src: "FROM nginx\nWORKDIR /usr/share/nginx/html\nCOPY Hello_docker.html /usr/share/nginx/html\nCMD cd /usr/share/nginx/html && sed -e s/Docker/\"$AUTHOR\"/ Hello_docker.html > index.html ; nginx -g 'daemon off;'\n"},

	// ---- Trivy DS-0014 (DF455 wget-and-curl) ----
	{peer: "trivy", test: "test_basic_denied", alias: "DS-0014", src: "FROM debian\nRUN wget http://google.com\nRUN curl http://bing.com\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_json_array_denied", alias: "DS-0014", src: "FROM baseImage\nRUN wget http://google.com\nRUN [\"curl\", \"http://bing.com\"]\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_basic_allowed", alias: "DS-0014", src: "FROM debian\nRUN curl http://bing.com\nRUN curl http://google.com\n"},
	{peer: "trivy", test: "test_json_array_allowed", alias: "DS-0014", src: "FROM debian\nRUN [\"curl\", \"http://bing.com\"]\nRUN [\"curl\", \"http://google.com\"]\n"},
	{peer: "trivy", test: "test_install_allowed", alias: "DS-0014", src: "FROM debian\nRUN curl http://bing.com\nRUN apt-get update && apt-get install wget\n"},
	{peer: "trivy", test: "test_multi_stage_allowed", alias: "DS-0014", src: "FROM alpine\nRUN wget http://google.com\nFROM alpine\nRUN curl http://bing.com\n"},

	// ---- Trivy DS-0026 (DF453 no-healthcheck, opt-in: enabled here) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0026", src: "FROM busybox\nRUN apt-get -y update\nFROM alpine:latest\nCMD [\"./app\"]\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_allowed", alias: "DS-0026", src: "FROM golang:1.7.3\nCMD [\"./app\"]\nFROM alpine:latest\nHEALTHCHECK CMD /bin/healthcheck\nCMD [\"./app\"]\n"},

	// ---- Trivy DS-0030 (DF459 workdir-system-dir) ----
	{peer: "trivy", test: "test_basic_denied", alias: "DS-0030", src: "FROM alpine:3.5\nRUN apk add --update py2-pip\nWORKDIR /proc/self/fd/1\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_no_work_dir_allowed", alias: "DS-0030", src: "FROM alpine:3.3\nRUN apk --no-cache add nginx\n"},
	{peer: "trivy", test: "test_non_sys_work_dir_allowed", alias: "DS-0030", src: "FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR /path/to/workdir\n"},
	{peer: "trivy", test: "test_non_sys_work_dir_similar_to_fs_allowed", alias: "DS-0030", src: "FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR /development\n"},
	{peer: "trivy", test: "test_absolute_work_dir_with_quotes_allowed", alias: "DS-0030", src: "FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR \"/path/to/workdir\"\n"},
	{peer: "trivy", test: "test_absolute_work_dir_with_quotes_with_sys_dir_denied", alias: "DS-0030", src: "FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR \"/proc/self/fd/1\"\n", peerWants: true, want: true},
}

const trivyHistory = "only meaningful in Trivy's input model: `file:<digest> in <dest>` is how docker history " +
	"prints an ADD or COPY, not Dockerfile syntax (in a Dockerfile it copies local files named file:<digest> and in)"

const trivyStageArg = "only meaningful in Trivy's input model: Trivy resolves an ARG declared inside the first stage " +
	"into the next FROM, but in a Dockerfile that ARG is not in scope for FROM (only ARGs before the first FROM are), " +
	"so $IMAGE is empty there and docker build fails"

const bkMultiple = `
FROM scratch
ENTRYPOINT ["/myapp"]
ENTRYPOINT ["/myotherapp"]
CMD ["/myapp"]
CMD ["/myotherapp"]
HEALTHCHECK CMD ["/myapp"]
HEALTHCHECK CMD ["/myotherapp"]
`

const bkMultipleSplit = `
FROM scratch
ENTRYPOINT ["/myapp"]
CMD ["/myapp"]
HEALTHCHECK CMD ["/myapp"]
COPY <<EOF /a.txt
Hello, World!
EOF
ENTRYPOINT ["/myotherapp"]
CMD ["/myotherapp"]
HEALTHCHECK CMD ["/myotherapp"]
`

const bkSecrets = `
FROM scratch
ARG SECRET_PASSPHRASE
ENV SUPER_Secret=foo
ENV password=bar secret=baz
ARG super_duper_secret_token=foo auth=bar
ENV apikey=bar sunflower=foo
ENV git_key=
ENV PUBLIC_KEY=
ARG public_token
`

// bkSecretsCheckSkip is testSecretsUsedInArgOrEnv's file in BuildKit
// v0.34.2 (frontend/dockerfile/dockerfile_check_test.go): the file's own
// check directive on line 1, and check directives above four instructions.
const bkSecretsCheckSkip = `# check=skip=InvalidDefinitionDescription

FROM scratch
ARG SECRET_PASSPHRASE
ENV SUPER_Secret=foo
ENV password=bar secret=baz
ARG super_duper_secret_token=foo auth=bar
ENV apikey=bar sunflower=foo
ENV git_key=
ENV PUBLIC_KEY=
ARG public_token
ARG SECRET_PASSPHRASE_FILE
ENV password_file=bar secret_File=baz
ARG AUTH_MODULE_VERSION
# check=skip=SecretsUsedInArgOrEnv // allow secret in environment
ENV password=bar
# check=skip=SecretsUsedInArgOrEnv // allow secret in arg
ARG password
# check=skip=all // is local to only this instruction
ENV alternate_password=bar
# check=skip=all // is local to only this instruction
ARG alternate_password
`

func conformanceEnv() *lint.Env {
	return &lint.Env{
		Now: func() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) },
		// DF426: BuildKit's test files enable their experimental check.
		Config: &lint.Config{Enable: []string{"DF103", "DF426", "DF448", "DF453", "DF454"}},
		Images: testImages,
	}
}

// TestConformance runs the peers' test cases through dockerfix.
func TestConformance(t *testing.T) {
	all := All()
	type tally struct{ cases, agree, differs, skipped, failing int }
	tallies := map[string]*tally{}
	seen := map[string]bool{}
	for _, c := range slices.Concat(conformanceCases, buildkitCases, hadolintOverlapCases, checkovCases, checkovCasesB, packageCases, trivyCasesA, trivyCasesB) {
		name := c.peer + "/" + c.alias + "/" + c.test
		if seen[name] {
			t.Errorf("%s: duplicate case name", name)
		}
		seen[name] = true
		r := lint.LookupRule(all, c.alias)
		if r == nil {
			t.Errorf("%s: no dockerfix rule has alias %s", name, c.alias)
			continue
		}
		tl := tallies[r.ID+" ("+c.alias+")"]
		if tl == nil {
			tl = &tally{}
			tallies[r.ID+" ("+c.alias+")"] = tl
		}
		ran := false
		ok := t.Run(name, func(t *testing.T) {
			ran = true
			checkConformance(t, r, c)
		})
		if !ran { // filtered out by -run
			continue
		}
		tl.cases++
		switch {
		case !ok:
			tl.failing++
		case c.skip != "":
			tl.skipped++
		case c.differs != "":
			tl.differs++
		default:
			tl.agree++
		}
	}
	ids := make([]string, 0, len(tallies))
	for id := range tallies {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		tl := tallies[id]
		t.Logf("%s: %d cases: %d agree with the peer, %d differ deliberately, %d skipped, %d failing",
			id, tl.cases, tl.agree, tl.differs, tl.skipped, tl.failing)
	}
}

func checkConformance(t *testing.T, r *lint.Rule, c conformanceCase) {
	if c.differs != "" && c.want == c.peerWants {
		t.Fatalf("differs is set but want equals the peer's expectation (%v)", c.peerWants)
	}
	if c.differs == "" && c.skip == "" && c.want != c.peerWants {
		t.Fatalf("want (%v) differs from the peer (%v) without a differs reason", c.want, c.peerWants)
	}
	if c.skip != "" && c.src == "" {
		t.Skip(c.skip)
	}
	if !strings.HasSuffix(c.src, "\n") {
		t.Fatalf("src does not end with a newline")
	}
	env := conformanceEnv()
	if c.dockerignore != "" {
		env.Context = mapContext{".dockerignore": c.dockerignore}
	}
	env.Config.AllowedRegistries = c.allowedRegistries
	f, diags, err := lint.Check("Dockerfile", []byte(c.src), All(), env)
	if err != nil {
		t.Fatal(err)
	}
	if c.skip != "" {
		if strings.HasPrefix(c.skip, rejectedBy) && !conformanceHas(diags, lint.ParseErrorRule.ID) {
			t.Fatalf("skipped because BuildKit rejects it, but dockerfix parses it: %s", conformanceDescribe(f, diags))
		}
		t.Skip(c.skip)
	}
	if conformanceHas(diags, lint.ParseErrorRule.ID) {
		t.Fatalf("dockerfix does not parse the case: %s", conformanceDescribe(f, diags))
	}
	got := false
	for _, d := range diags {
		if d.Rule != r.ID {
			continue
		}
		if c.line > 0 && f.Position(d.Range.Start).Line != c.line {
			continue
		}
		if c.match != "" && !strings.Contains(d.Message, c.match) {
			continue
		}
		got = true
	}
	if got != c.want {
		where := ""
		if c.line > 0 {
			where = fmt.Sprintf(" on line %d", c.line)
		}
		if c.match != "" {
			where += fmt.Sprintf(" matching %q", c.match)
		}
		note := ""
		if c.adapted != "" {
			note = "\nsnippet adapted: " + c.adapted
		}
		t.Errorf("%s (%s): finding%s = %v, want %v (peer %s expects %v)%s\n%s\ndiagnostics: %s",
			r.ID, c.alias, where, got, c.want, c.peer, c.peerWants, note, c.src, conformanceDescribe(f, diags))
	}
}

// mapContext is a build context of a few files.
type mapContext map[string]string

func (m mapContext) ReadFile(name string) ([]byte, error) {
	if s, ok := m[name]; ok {
		return []byte(s), nil
	}
	return nil, fs.ErrNotExist
}

func conformanceHas(diags []lint.Diagnostic, id string) bool {
	for _, d := range diags {
		if d.Rule == id {
			return true
		}
	}
	return false
}

func conformanceDescribe(f *lint.File, diags []lint.Diagnostic) string {
	if len(diags) == 0 {
		return "none"
	}
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintf(&b, "\n  %d: %s %s", f.Position(d.Range.Start).Line, d.Rule, d.Message)
	}
	return b.String()
}
