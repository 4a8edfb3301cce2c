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
}

// TestConformanceCheckov runs Checkov's test cases through dockerfix.
