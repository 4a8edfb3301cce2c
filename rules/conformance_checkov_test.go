package rules

// checkovCases are Checkov's own test cases for the Checkov checks that
// dockerfix aliases, re-expressed as data for checkConformance. Each case is
// one resource directory of Checkov's test: its Dockerfile is src, and
// peerWants is true when the test lists the resource as failed (whatever the
// number of findings in it). Test names are the resource directory names.
//
// Sources (bridgecrewio/checkov, read 2026-11: the newest stored version of
// each test file; for each resource file, the stored version at the commit
// given):
//   - CKV_DOCKER_7 (ReferenceLatestTag): tests/dockerfile/checks/
//     test_ReferenceLatestTag.py at 44614d8b4686577d2289b37dab8237a60ef13e0c
//     and example_ReferenceLatestTag/<case>/Dockerfile (success 7597c788,
//     success_arg_default_tag 44614d8b, success_multi_stage_capital and
//     success_multi_stage_scratch a9d7e024, success_multi_stage_platform
//     5acb834d). The resources failure_default_version_tag,
//     failure_latest_version_tag and success_multi_stage are not in the
//     stored copy; their text is that of the same-named tests of an earlier
//     version of test_ReferenceLatestTag.py that held the Dockerfiles inline
//     (a stored copy whose commit the index does not name). success_scratch
//     is neither stored nor in that version, so it is not re-expressed here.
//   - CKV_DOCKER_3 (UserExists): tests/dockerfile/checks/test_UserExists.py
//     at 129db2b6f462539ecb0a292a576479cea0fe00b3 and
//     example_UserExists/<case>/Dockerfile (failure_no_user and success_gosu
//     fb9f26f7, success_user d5bbb809, failure_no_gosu_cmd and
//     failure_no_gosu_entrypoint 129db2b6). The older resources failure and
//     success, which that version no longer lists, are left out.
//   - CKV_DOCKER_8 (RootUser): tests/dockerfile/checks/test_RootUser.py at
//     ff72de073ae33ef76c6de275a1f9a711438a78ec and
//     example_RootUser/{failure (48dfb0fa),success (a2fbf417)}/Dockerfile.
//   - CKV_DOCKER_6 (MaintainerExists): tests/dockerfile/checks/
//     test_MaintainerExists.py at a2fbf4171f212085cc6fa88bcfc018b260a0272e and
//     example_MaintainerExists/failure/Dockerfile (48dfb0fa).
//   - CKV2_DOCKER_1 (graph check RunUsingSudo, run by test_RunUsingSudo in
//     tests/dockerfile/graph_builder/checks/test_yaml_policies.py):
//     tests/dockerfile/graph_builder/checks/resources/RunUsingSudo/
//     expected.yaml at ff1a3790d4b823b95f4c7afc4b89225f4172f349 and
//     {fail (e53ab20f),fail_multiline (5462d931),pass (4301fad9)}/Dockerfile.
//   - CKV_DOCKER_1 (ExposePort22): tests/dockerfile/checks/
//     test_ExposePort22.py at cc45c159ae5e80759f13c47aee85a90da9b504f1 and
//     example_ExposePort22/{failure,failure_tcp (0cb60c46),success
//     (bf48cba9)}/Dockerfile.
//   - CKV_DOCKER_2 (HealthcheckExists): tests/dockerfile/checks/
//     test_HealthcheckExists.py at 07c27b9c7f7556780452ced0aac16485e67ef963
//     and example_HealthcheckExists/{failure (34548f5d),success
//     (a2fbf417)}/Dockerfile. Their LABEL's quote is left open; BuildKit
//     reads the rest of that line as the value.
//   - CKV_DOCKER_4 (AddExists): tests/dockerfile/checks/test_AddExists.py
//     at 07c27b9c7f7556780452ced0aac16485e67ef963 and
//     example_AddExists/failure/Dockerfile (b2924180).
//   - CKV2_DOCKER_7 to CKV2_DOCKER_11 (graph checks RunApkAllowUntrusted,
//     RunAptGetAllowUnauthenticated, RunYumNoGpgCheck, RunRpmNoSignature and
//     RunAptGetForceYes, run by test_yaml_policies.py):
//     tests/dockerfile/graph_builder/checks/resources/<check>/{fail,pass}/
//     Dockerfile* at 03d5fdad8d6154b1565799a7b1fb8070c158866f (2026-08-20),
//     each file one case.
//
// Checkov's resources use FROM base, an image the catalog does not know, so
// DF201 takes it to run as root.
var checkovCases = []conformanceCase{
	// ---- Checkov CKV_DOCKER_7 ReferenceLatestTag (DF102 untagged-base-image) ----
	{peer: "checkov", test: "success", alias: "CKV_DOCKER_7",
		src: "FROM alpine:3\n"},
	{peer: "checkov", test: "success_multi_stage", alias: "CKV_DOCKER_7",
		src: "FROM alpine:3 as base\nCOPY test.sh /test.sh\n\nFROM base\nLABEL maintainer=checkov\n"},
	{peer: "checkov", test: "success_multi_stage_capital", alias: "CKV_DOCKER_7",
		src: "FROM alpine:3 AS base\nCOPY test.sh /test.sh\n\nFROM base AS build\nLABEL maintainer=checkov\n\nFROM base\n"},
	{peer: "checkov", test: "success_multi_stage_scratch", alias: "CKV_DOCKER_7",
		src: "FROM scratch as base\nCOPY test.sh /test.sh\n\nFROM base\nLABEL maintainer=checkov\n"},
	{peer: "checkov", test: "success_multi_stage_platform", alias: "CKV_DOCKER_7",
		src: "FROM --platform=$BUILDPLATFORM python:3.11-slim AS build\nCOPY test.sh /test.sh\n\nFROM build as run\nLABEL maintainer=checkov\n"},
	{peer: "checkov", test: "success_arg_default_tag", alias: "CKV_DOCKER_7",
		src: "ARG BASE_IMAGE=node:18.17.0\nFROM ${BASE_IMAGE}\n"}, // newline added: the resource has none
	{peer: "checkov", test: "failure_default_version_tag", alias: "CKV_DOCKER_7",
		src: "FROM alpine\n", peerWants: true, want: true},
	{peer: "checkov", test: "failure_latest_version_tag", alias: "CKV_DOCKER_7",
		src: "FROM alpine:latest\n", peerWants: true, want: true},

	// ---- Checkov CKV_DOCKER_3 UserExists (DF201 root-user) ----
	{peer: "checkov", test: "success_user", alias: "CKV_DOCKER_3",
		src: "FROM base\n\nLABEL foo=\"bar baz\"\nUSER  me\n"},
	{peer: "checkov", test: "success_gosu", alias: "CKV_DOCKER_3",
		src:       "FROM base\n\nLABEL foo=\"bar baz\"\nENTRYPOINT [\"gosu\", \"me\", \"tini\", \"--\", \"/bin/sh\"]\n",
		peerWants: false, want: true,
		differs: "DF201 judges the user the container starts as, which Kubernetes' runAsNonRoot checks: with gosu it starts " +
			"as root and only the program gosu runs drops it; Checkov counts gosu in ENTRYPOINT as a user " +
			"(rules/docs/DF201.md: silence the rule with an ignore comment there)"},
	{peer: "checkov", test: "failure_no_user", alias: "CKV_DOCKER_3",
		src: "FROM base\n\nLABEL foo=\"bar baz\"\n", peerWants: true, want: true},
	{peer: "checkov", test: "failure_no_gosu_entrypoint", alias: "CKV_DOCKER_3",
		src: "FROM base\n\nLABEL foo=\"bar baz\"\nENTRYPOINT [\"gosu\"]\n", peerWants: true, want: true},
	{peer: "checkov", test: "failure_no_gosu_cmd", alias: "CKV_DOCKER_3",
		src: "FROM base\n\nLABEL foo=\"bar baz\"\nCMD [\"gosu\"]\n", peerWants: true, want: true},

	// ---- Checkov CKV_DOCKER_8 RootUser (DF201 root-user) ----
	{peer: "checkov", test: "failure", alias: "CKV_DOCKER_8",
		src: "FROM base\n\nUSER root\n", peerWants: true, want: true},
	{peer: "checkov", test: "success", alias: "CKV_DOCKER_8",
		src: "FROM base\n\nUSER root\nCOPY test.sh /test.sh\n\nUSER checkov\n"},

	// ---- Checkov CKV2_DOCKER_1 RunUsingSudo (DF202 sudo) ----
	{peer: "checkov", test: "fail", alias: "CKV2_DOCKER_1",
		src: "FROM busybox\n\nRUN sudo apt-get install git\n", peerWants: true, want: true},
	{peer: "checkov", test: "fail_multiline", alias: "CKV2_DOCKER_1",
		src: "FROM busybox\n\nRUN apt-get update \\\n && sudo apt-get install vim\n", peerWants: true, want: true},
	{peer: "checkov", test: "pass", alias: "CKV2_DOCKER_1",
		src: "FROM busybox\n\nRUN apt-get install sudoku\n"},

	// ---- Checkov CKV_DOCKER_1 ExposePort22 (DF458 expose-ssh) ----
	{peer: "checkov", test: "failure", alias: "CKV_DOCKER_1",
		src: "FROM busybox\n\nEXPOSE 8080 22\n", peerWants: true, want: true},
	{peer: "checkov", test: "failure_tcp", alias: "CKV_DOCKER_1",
		src: "FROM busybox\n\nEXPOSE 22/tcp\n", peerWants: true, want: true},
	{peer: "checkov", test: "success", alias: "CKV_DOCKER_1",
		src: "FROM busybox\n\nEXPOSE 8080\n"},

	// ---- Checkov CKV_DOCKER_2 HealthcheckExists (DF453 no-healthcheck, opt-in: enabled here) ----
	{peer: "checkov", test: "failure", alias: "CKV_DOCKER_2",
		src: "FROM base\n\nLABEL foo=\"bar baz\nUSER  me\n", peerWants: true, want: true},
	{peer: "checkov", test: "success", alias: "CKV_DOCKER_2",
		src: "FROM base\n\nLABEL foo=\"bar baz\nUSER  me\n\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n"},

	// ---- Checkov CKV_DOCKER_4 AddExists (DF444 add-instead-of-copy) ----
	{peer: "checkov", test: "failure", alias: "CKV_DOCKER_4",
		src:       "FROM  base\n\nLABEL foo=\"bar baz\"\nADD http://example.com/package.zip /temp\nUSER  me\n",
		peerWants: true, want: false,
		differs: "fetching a URL is what ADD is for, and COPY cannot; Checkov flags every ADD, hadolint (DL3020) " +
			"and Trivy (DS-0005) leave URLs alone too (rules/docs/DF444.md)"},

	// ---- Checkov CKV_DOCKER_6 MaintainerExists (DF401 maintainer) ----
	{peer: "checkov", test: "failure", alias: "CKV_DOCKER_6",
		src: "FROM  base\n\nMAINTAINER checkov\n", peerWants: true, want: true},

	// ---- Checkov CKV2_DOCKER_7 RunApkAllowUntrusted (DF510 unsigned-packages) ----
	{peer: "checkov", test: "RunApkAllowUntrusted/fail", alias: "CKV2_DOCKER_7",
		src: "FROM alpine:3.5\nRUN apk add --allow-untrusted python3\nRUN apk --allow-untrusted add python3\nRUN apk \\\n    --allow-untrusted \\\n    add python3\nRUN apk \\\n    add python3 \\\n    --allow-untrusted\nRUN echo \"prodsec\" && apk --allow-untrusted add python3\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunApkAllowUntrusted/pass", alias: "CKV2_DOCKER_7",
		src: "FROM alpine:3.5\nRUN apk add a-car\nRUN apk add a-handbag | grep \"--allow-untrusted\"\nRUN apk upgrade --no-cache && apk add \\\n    a-mobile-phone a-dvd\nRUN apk upgrade &&\\\n    echo \"--allow-untrusted\"\n"},
	// ---- Checkov CKV2_DOCKER_8 RunAptGetAllowUnauthenticated (DF510 unsigned-packages) ----
	{peer: "checkov", test: "RunAptGetAllowUnauthenticated/fail", alias: "CKV2_DOCKER_8",
		src: "FROM debian:bullseye\nRUN apt-get install --allow-unauthenticated python3\nRUN apt-get --allow-unauthenticated install python3\nRUN apt-get \\\n    --allow-unauthenticated \\\n    install python3\nRUN apt-get \\\n    install python3 \\\n    --allow-unauthenticated\nRUN echo \"prodsec\" && apt-get --allow-unauthenticated install python3\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunAptGetAllowUnauthenticated/pass", alias: "CKV2_DOCKER_8",
		src: "FROM debian:bullseye\nRUN apt-get install python3\nRUN apt-get install python3 | grep \"--allow-unauthenticated\"\nRUN apt-get update && apt-get install \\\n    python3\nRUN apt-get update &&\\\n    echo \"--allow-unauthenticated\"\n"},
	// ---- Checkov CKV2_DOCKER_9 RunYumNoGpgCheck (DF510 unsigned-packages) ----
	{peer: "checkov", test: "RunYumNoGpgCheck/fail.dnf", alias: "CKV2_DOCKER_9",
		src: "FROM fedora:rawhide\nRUN dnf install -y --nogpgcheck python3\nRUN dnf --nogpgcheck install -y python3\nRUN dnf \\\n    --nogpgcheck \\\n    install python3\nRUN dnf \\\n    install -y python3 \\\n    --nogpgcheck\nRUN echo \"prodsec\" && dnf --nogpgcheck -y install python3\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunYumNoGpgCheck/fail.tdnf", alias: "CKV2_DOCKER_9",
		src: "FROM fedora:rawhide\nRUN tdnf install -y --nogpgcheck python3\nRUN tdnf --nogpgcheck install -y python3\nRUN tdnf \\\n    --nogpgcheck \\\n    install python3\nRUN tdnf \\\n    install -y python3 \\\n    --nogpgcheck\nRUN echo \"prodsec\" && tdnf --nogpgcheck -y install python3\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunYumNoGpgCheck/fail.wilderness", alias: "CKV2_DOCKER_9",
		src: "FROM openjdk:ship\n\nRUN tdnf -y update && \\\n    tdnf -y upgrade && \\\n    tdnf install -y ${package} shadow-utils --nogpgcheck && \\\n    tdnf clean all\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunYumNoGpgCheck/fail.yum", alias: "CKV2_DOCKER_9",
		src: "FROM fedora:rawhide\nRUN yum install -y --nogpgcheck python3\nRUN yum --nogpgcheck install -y python3\nRUN yum \\\n    --nogpgcheck \\\n    install python3\nRUN yum \\\n    install -y python3 \\\n    --nogpgcheck\nRUN echo \"prodsec\" && yum --nogpgcheck -y install python3\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunYumNoGpgCheck/pass", alias: "CKV2_DOCKER_9",
		src: "FROM fedora:rawhide\nRUN yum install python3\nRUN dnf install -y python3\nRUN tdnf install python3\nRUN yum install python3 | grep \"--nogpgcheck\"\nRUN dnf install python3 | grep \"--nogpgcheck\"\nRUN tdnf install python3 | grep \"--nogpgcheck\"\nRUN yum update && yum upgrade \\\n    python3\nRUN dnf update && dnf upgrade \\\n    python3\nRUN tdnf update && tdnf upgrade \\\n    python3\nRUN yum update &&\\\n    echo \"--nogpgcheck\"\nRUN dnf update ||\\\n    echo \"--nogpgcheck\"\nRUN tdnf update ||\\\n    echo \"--nogpgcheck\"\n"},
	// ---- Checkov CKV2_DOCKER_10 RunRpmNoSignature (DF510 unsigned-packages) ----
	{peer: "checkov", test: "RunRpmNoSignature/fail", alias: "CKV2_DOCKER_10",
		src: "FROM fedora:rawhide\nRUN rpm -i --nodigest --nosignature --noverify --nofiledigest python3.rpm\nRUN rpm -i --nodigest python3.rpm\nRUN rpm -i --nosignature python3.rpm\nRUN rpm -i --noverify python3.rpm\nRUN rpm -i --nofiledigest python3.rpm\nRUN rpm \\\n    --nodigest \\\n    --nosignature \\\n    --noverify \\\n    --nofiledigest \\\n    -i python3.rpm\nRUN rpm \\\n    -i python3.rpm \\\n    --nodigest \\\n    --nosignature \\\n    --nofiledigest \\\n    --noverify\nRUN echo \"prodsec\" && rpm --nodigest --nosignature --noverify --nofiledigest -i python3.rpm\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunRpmNoSignature/pass", alias: "CKV2_DOCKER_10",
		src: "FROM fedora:rawhide\nRUN rpm -i python3.rpm\nRUN rpm -i python3.rpm | grep \"--nosignature\"\nRUN rpm -i python3.rpm && rpm -V \\\n    python3\nRUN rpm -i python3.rpm ;\\\n    echo \"--nodigest\"\nRUN rpm -i python3.rpm ;\\\n    echo \"--noverify\"\nRUN rpm -i python3.rpm ||\\\n    echo \"--nofiledigest\"\n"},
	// ---- Checkov CKV2_DOCKER_11 RunAptGetForceYes (DF510 unsigned-packages) ----
	{peer: "checkov", test: "RunAptGetForceYes/fail", alias: "CKV2_DOCKER_11",
		src: "FROM debian:bullseye\nRUN apt-get install --force-yes python3\nRUN apt-get --force-yes install python3\nRUN apt-get \\\n    --force-yes \\\n    install python3\nRUN apt-get \\\n    install python3 \\\n    --force-yes\nRUN echo \"prodsec\" && apt-get --force-yes install python3\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunAptGetForceYes/pass", alias: "CKV2_DOCKER_11",
		src: "FROM debian:bullseye\nRUN apt-get install python3\nRUN apt-get install python3 | grep \"--force-yes\"\nRUN apt-get update && apt-get install \\\n    python3\nRUN apt-get update &&\\\n    echo \"--force-yes\"\n"},
}

// TestConformanceCheckov runs Checkov's test cases through dockerfix.
