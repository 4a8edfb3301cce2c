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
//   - CKV2_DOCKER_2 to CKV2_DOCKER_6 and CKV2_DOCKER_12 to CKV2_DOCKER_16
//     (graph checks RunUnsafeCurl, RunUnsafeWget, RunPipTrustedHost,
//     EnvPythonHttpsVerify, EnvNodeTlsRejectUnauthorized,
//     EnvNpmConfigStrictSsl, RunNpmConfigSetStrictSsl, EnvGitSslNoVerify,
//     RunYumConfigManagerSslVerify and EnvPipTrustedHost): the same
//     directory and commit.
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

	// ---- Checkov CKV2_DOCKER_2 RunUnsafeCurl (DF504 insecure-transport) ----
	{peer: "checkov", test: "RunUnsafeCurl/fail.combo", alias: "CKV2_DOCKER_2",
		src: "FROM alpine:3.5\nRUN curl -Lkv https://example.com\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunUnsafeCurl/fail.long", alias: "CKV2_DOCKER_2",
		src: "FROM alpine:3.5\nRUN curl --insecure https://example.com\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunUnsafeCurl/fail.multiline", alias: "CKV2_DOCKER_2",
		src: "FROM alpine:3.5\nRUN curl \\\n    --insecure \\\n    https://example.com\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunUnsafeCurl/fail.shell", alias: "CKV2_DOCKER_2",
		src: "FROM alpine:3.5\nRUN echo -n -Lv https://example.com && curl -k https://example.com\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunUnsafeCurl/fail.short", alias: "CKV2_DOCKER_2",
		src: "FROM alpine:3.5\nRUN curl -k https://example.com\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunUnsafeCurl/pass", alias: "CKV2_DOCKER_2",
		src: "FROM alpine:3.5\nRUN curl https://example.com\nRUN curl --fake https://example.com\nRUN curl -lol https://example.com\nRUN curl https://example.com | grep -k lol\nRUN curl https://example.com; grep /etc/passwd -k lol\nRUN curl https://example.com &&\\\n    grep /etc/passwd -k lol\nRUN curl https://example.com ||\\\n    grep /etc/passwd -k lol\n"},
	// ---- Checkov CKV2_DOCKER_3 RunUnsafeWget (DF504 insecure-transport) ----
	{peer: "checkov", test: "RunUnsafeWget/fail.basic", alias: "CKV2_DOCKER_3",
		src: "FROM alpine:3.5\nRUN wget --no-progress --no-check-certificate -o file https://example.com\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunUnsafeWget/fail.multiline", alias: "CKV2_DOCKER_3",
		src: "FROM alpine:3.5\nRUN wget \\\n    --no-check-certificate \\\n    https://example.com\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunUnsafeWget/fail.shell", alias: "CKV2_DOCKER_3",
		src: "FROM alpine:3.5\nRUN echo \"panw\" && wget --no-check-certificate https://example.com\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunUnsafeWget/pass", alias: "CKV2_DOCKER_3",
		src: "FROM alpine:3.5\nRUN wget https://example.com\nRUN wget --no-progress -o file https://example.com\nRUN wget -lol https://example.com\nRUN wget https://example.com | grep \"--no-check-certificate\" /etc/passwd\nRUN wget https://example.com; grep \"--no-check-certificate\" /etc/passwd\nRUN wget https://example.com &&\\\n    echo \"--no-check-certificate\"\nRUN wget https://example.com ||\\\n    grep \"--no-check-certificate\" /etc/passwd\n"},
	// ---- Checkov CKV2_DOCKER_4 RunPipTrustedHost (DF504 insecure-transport) ----
	{peer: "checkov", test: "RunPipTrustedHost/fail.basic", alias: "CKV2_DOCKER_4",
		src: "FROM alpine:3.5\nRUN pip install checkov --trusted-host pypi.org --trusted-host files.pythonhosted.org\nRUN pip install checkov --trusted-host=pypi.python.org --trusted-host=pypi.org\nRUN pip3 install checkov --trusted-host pypi.org --trusted-host files.pythonhosted.org\nRUN pip3 install checkov --trusted-host=pypi.python.org --trusted-host=pypi.org\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunPipTrustedHost/fail.multiline", alias: "CKV2_DOCKER_4",
		src: "FROM alpine:3.5\nRUN pip \\\n    --trusted-host pypi.org \\\n    install checkov\nRUN pip \\\n    install checkov \\\n    --trusted-host=pypi.org\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunPipTrustedHost/fail.shell", alias: "CKV2_DOCKER_4",
		src: "FROM alpine:3.5\nRUN echo \"panw\" && pip --trusted-host=pypi.python.org --trusted-host=pypi.org install checkov\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunPipTrustedHost/pass", alias: "CKV2_DOCKER_4",
		src: "FROM alpine:3.5\nRUN pip install checkov\nRUN pip3 install checkov\nRUN pip install checkov | grep \"--trusted-host\"\nRUN pip3 install checkov; grep \"--trusted-host\"\nRUN pip install checkov &&\\\n    echo \"--trusted-host\"\nRUN pip3 install checkov ||\\\n    grep \"--trusted-host\" /etc/passwd\n"},
	// ---- Checkov CKV2_DOCKER_5 EnvPythonHttpsVerify (DF504 insecure-transport) ----
	{peer: "checkov", test: "EnvPythonHttpsVerify/fail.basic", alias: "CKV2_DOCKER_5",
		src: "FROM alpine:3.5\nENV PYTHONHTTPSVERIFY 0\nENV PYTHONHTTPSVERIFY=0\nENV PYTHONHTTPSVERIFY=\"0\"\nENV PYTHONHTTPSVERIFY='0'\nARG PYTHONHTTPSVERIFY=0\nARG PYTHONHTTPSVERIFY=\"0\"\nARG PYTHONHTTPSVERIFY='0'\nARG PYTHONHTTPSVERIFY 0\nENV LOL=666 PYTHONHTTPSVERIFY=0\nENV PYTHONHTTPSVERIFY=0 LOL=666\nENV PYTHONHTTPSVERIFY    0\nARG PYTHONHTTPSVERIFY    0\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvPythonHttpsVerify/fail.run.basic", alias: "CKV2_DOCKER_5",
		src: "FROM alpine:3.15\n\nRUN PYTHONHTTPSVERIFY=0 python example.py\nRUN PYTHONHTTPSVERIFY=\"0\" python example.py\nRUN PYTHONHTTPSVERIFY='0' python example.py\n\nRUN PYTHONHTTPSVERIFY=0 TEST=\"lol\" python example.py\nRUN PYTHONHTTPSVERIFY=\"0\" TEST='lol' python example.py\nRUN PYTHONHTTPSVERIFY='0' TEST=lol python example.py\n\nRUN LOL=123 PYTHONHTTPSVERIFY=0 python example.py\nRUN LOL=\"123\" PYTHONHTTPSVERIFY=\"0\" python example.py\nRUN LOL='123' PYTHONHTTPSVERIFY='0' python example.py\n\nRUN TEST_123=\"456\" PYTHONHTTPSVERIFY=0 TEST=\"lol\" python example.py\nRUN TEST_123='456' PYTHONHTTPSVERIFY=\"0\" TEST='lol' python example.py\nRUN TEST_123=456 PYTHONHTTPSVERIFY='0' TEST=\"lol\" python example.py\n\nRUN TEST_123=\"456\" \\\n    PYTHONHTTPSVERIFY=0 \\\n    TEST=\"lol\" \\\n    python example.py\nRUN TEST_123='456' \\\n    PYTHONHTTPSVERIFY=\"0\" \\\n    TEST='lol'\\\n     python example.py\nRUN \\\n     TEST_123=456\\\n     PYTHONHTTPSVERIFY='0' \\\n     TEST=\"lol\" \\\n     python example.py\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvPythonHttpsVerify/fail.run.quotes", alias: "CKV2_DOCKER_5",
		src: "FROM alpine:3.15\n\nRUN PYTHONHTTPSVERIFY=0 TEST=\"lol\\\"\" python example.py\nRUN PYTHONHTTPSVERIFY=\"0\" TEST='lol\\'' python example.py\n\nRUN LOL=\"123\\\"\" PYTHONHTTPSVERIFY=\"0\" python example.py\nRUN LOL='123\\'' PYTHONHTTPSVERIFY='0' python example.py\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvPythonHttpsVerify/fail.run.shell", alias: "CKV2_DOCKER_5",
		src: "FROM alpine:3.15\n\nRUN ABC=123 echo test; PYTHONHTTPSVERIFY=0 python example.py ;DEF=456 echo lol;\nRUN ABC=123 echo test;PYTHONHTTPSVERIFY=0 python example.py;DEF=456 echo lol;\nRUN ABC=123 echo test ;PYTHONHTTPSVERIFY=0 python example.py; DEF=456 echo lol;\n\nRUN ABC=123 echo test&& PYTHONHTTPSVERIFY=0 python example.py &&DEF=456 echo lol;\nRUN ABC=123 echo test&&PYTHONHTTPSVERIFY=0 python example.py&&DEF=456 echo lol;\nRUN ABC=123 echo test &&PYTHONHTTPSVERIFY=0 python example.py&& DEF=456 echo lol;\n\nRUN ABC=123 echo test|| PYTHONHTTPSVERIFY=0 python example.py ||DEF=456 echo lol;\nRUN ABC=123 echo test||PYTHONHTTPSVERIFY=0 python example.py||DEF=456 echo lol;\nRUN ABC=123 echo test ||PYTHONHTTPSVERIFY=0 python example.py|| DEF=456 echo lol;\n\nRUN ABC=123 echo test| PYTHONHTTPSVERIFY=0 python example.py |DEF=456 echo lol;\nRUN ABC=123 echo test|PYTHONHTTPSVERIFY=0 python example.py|DEF=456 echo lol;\nRUN ABC=123 echo test |PYTHONHTTPSVERIFY=0 python example.py| DEF=456 echo lol;\n\nRUN ABC=123      echo test;       PYTHONHTTPSVERIFY=0         python example.py ;     DEF=456          echo lol;\nRUN ABC=123      echo test ;       PYTHONHTTPSVERIFY=0         python example.py;     DEF=456          echo lol;\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvPythonHttpsVerify/fail.run.whitespace", alias: "CKV2_DOCKER_5",
		src: "FROM alpine:3.15\nRUN TEST_123=\"456\"        PYTHONHTTPSVERIFY=0  python example.py\nRUN TEST_123='456'        PYTHONHTTPSVERIFY=\"0\"  python example.py\nRUN TEST_123=456        PYTHONHTTPSVERIFY='0'  python example.py\n\nRUN TEST_123=\"456\"        PYTHONHTTPSVERIFY=0      TEST=\"lol\"    python example.py\nRUN TEST_123='456'        PYTHONHTTPSVERIFY=\"0\"    TEST=\"lol\"    python example.py\nRUN TEST_123=456          PYTHONHTTPSVERIFY='0'    TEST=\"lol\"    python example.py\n\nRUN PYTHONHTTPSVERIFY=0      TEST=\"lol\"    python example.py\nRUN PYTHONHTTPSVERIFY=\"0\"    TEST=\"lol\"    python example.py\nRUN PYTHONHTTPSVERIFY='0'    TEST=\"lol\"    python example.py\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvPythonHttpsVerify/pass", alias: "CKV2_DOCKER_5",
		src: "FROM alpine:3.5\nENV PYTHONHTTPSVERIFY=1\nENV PYTHONHTTPSVERIFY 1\nENV PYTHONHTTPSVERIFY 666\nARG PYTHONHTTPSVERIFY=1\nARG PYTHONHTTPSVERIFY 1\nARG PYTHONHTTPSVERIFY 666\nENV LOL=666 ASDFPYTHONHTTPSVERIFY=0\nENV ASDFPYTHONHTTPSVERIFY=0 LOL=666\nENV LOL=666 \\\n    ASDFPYTHONHTTPSVERIFY=0\nENV LOL=666 PYTHONHTTPSVERIFY=1\nENV PYTHONHTTPSVERIFY      1\nARG PYTHONHTTPSVERIFYLOL=0\n\nRUN python example.py\nRUN PYTHONHTTPSVERIFY=1 python example.py\nRUN PYTHONHTTPSVERIFY=\"1\" python example.py\nRUN PYTHONHTTPSVERIFY='1' python example.py\nRUN PYTHONHTTPSVERIFY=\"0\\\"\" python example.py\nRUN PYTHONHTTPSVERIFY='0\\'' python example.py\nRUN LOL=123 \\\n    ASDFPYTHONHTTPSVERIFY=0 python example.py\nRUN LOL=123 PYTHONHTTPSVERIFY=1 python example.py\nRUN PYTHONHTTPSVERIFYLOL=0 python example.py\n"},
	// ---- Checkov CKV2_DOCKER_6 EnvNodeTlsRejectUnauthorized (DF504 insecure-transport) ----
	{peer: "checkov", test: "EnvNodeTlsRejectUnauthorized/fail.basic", alias: "CKV2_DOCKER_6",
		src: "FROM alpine:3.5\nENV NODE_TLS_REJECT_UNAUTHORIZED 0\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\nENV NODE_TLS_REJECT_UNAUTHORIZED=\"0\"\nENV NODE_TLS_REJECT_UNAUTHORIZED='0'\nARG NODE_TLS_REJECT_UNAUTHORIZED=0\nARG NODE_TLS_REJECT_UNAUTHORIZED=\"0\"\nARG NODE_TLS_REJECT_UNAUTHORIZED='0'\nARG NODE_TLS_REJECT_UNAUTHORIZED 0\nENV LOL=666 NODE_TLS_REJECT_UNAUTHORIZED=0\nENV NODE_TLS_REJECT_UNAUTHORIZED=0 LOL=666\nENV NODE_TLS_REJECT_UNAUTHORIZED    0\nARG NODE_TLS_REJECT_UNAUTHORIZED    0\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvNodeTlsRejectUnauthorized/fail.run.basic", alias: "CKV2_DOCKER_6",
		src: "FROM alpine:3.15\n\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZED=\"0\" python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZED='0' python example.py\n\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 TEST=\"lol\" python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZED=\"0\" TEST='lol' python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZED='0' TEST=lol python example.py\n\nRUN LOL=123 NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py\nRUN LOL=\"123\" NODE_TLS_REJECT_UNAUTHORIZED=\"0\" python example.py\nRUN LOL='123' NODE_TLS_REJECT_UNAUTHORIZED='0' python example.py\n\nRUN TEST_123=\"456\" NODE_TLS_REJECT_UNAUTHORIZED=0 TEST=\"lol\" python example.py\nRUN TEST_123='456' NODE_TLS_REJECT_UNAUTHORIZED=\"0\" TEST='lol' python example.py\nRUN TEST_123=456 NODE_TLS_REJECT_UNAUTHORIZED='0' TEST=\"lol\" python example.py\n\nRUN TEST_123=\"456\" \\\n    NODE_TLS_REJECT_UNAUTHORIZED=0 \\\n    TEST=\"lol\" \\\n    python example.py\nRUN TEST_123='456' \\\n    NODE_TLS_REJECT_UNAUTHORIZED=\"0\" \\\n    TEST='lol'\\\n     python example.py\nRUN \\\n     TEST_123=456\\\n     NODE_TLS_REJECT_UNAUTHORIZED='0' \\\n     TEST=\"lol\" \\\n     python example.py\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvNodeTlsRejectUnauthorized/fail.run.quotes", alias: "CKV2_DOCKER_6",
		src: "FROM alpine:3.15\n\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 TEST=\"lol\\\"\" python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZED=\"0\" TEST='lol\\'' python example.py\n\nRUN LOL=\"123\\\"\" NODE_TLS_REJECT_UNAUTHORIZED=\"0\" python example.py\nRUN LOL='123\\'' NODE_TLS_REJECT_UNAUTHORIZED='0' python example.py\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvNodeTlsRejectUnauthorized/fail.run.shell", alias: "CKV2_DOCKER_6",
		src: "FROM alpine:3.15\n\nRUN ABC=123 echo test; NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py ;DEF=456 echo lol;\nRUN ABC=123 echo test;NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py;DEF=456 echo lol;\nRUN ABC=123 echo test ;NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py; DEF=456 echo lol;\n\nRUN ABC=123 echo test&& NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py &&DEF=456 echo lol;\nRUN ABC=123 echo test&&NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py&&DEF=456 echo lol;\nRUN ABC=123 echo test &&NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py&& DEF=456 echo lol;\n\nRUN ABC=123 echo test|| NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py ||DEF=456 echo lol;\nRUN ABC=123 echo test||NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py||DEF=456 echo lol;\nRUN ABC=123 echo test ||NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py|| DEF=456 echo lol;\n\nRUN ABC=123 echo test| NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py |DEF=456 echo lol;\nRUN ABC=123 echo test|NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py|DEF=456 echo lol;\nRUN ABC=123 echo test |NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py| DEF=456 echo lol;\n\nRUN ABC=123      echo test;       NODE_TLS_REJECT_UNAUTHORIZED=0         python example.py ;     DEF=456          echo lol;\nRUN ABC=123      echo test ;       NODE_TLS_REJECT_UNAUTHORIZED=0         python example.py;     DEF=456          echo lol;\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvNodeTlsRejectUnauthorized/fail.run.whitespace", alias: "CKV2_DOCKER_6",
		src: "FROM alpine:3.15\nRUN TEST_123=\"456\"        NODE_TLS_REJECT_UNAUTHORIZED=0  python example.py\nRUN TEST_123='456'        NODE_TLS_REJECT_UNAUTHORIZED=\"0\"  python example.py\nRUN TEST_123=456        NODE_TLS_REJECT_UNAUTHORIZED='0'  python example.py\n\nRUN TEST_123=\"456\"        NODE_TLS_REJECT_UNAUTHORIZED=0      TEST=\"lol\"    python example.py\nRUN TEST_123='456'        NODE_TLS_REJECT_UNAUTHORIZED=\"0\"    TEST=\"lol\"    python example.py\nRUN TEST_123=456          NODE_TLS_REJECT_UNAUTHORIZED='0'    TEST=\"lol\"    python example.py\n\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0      TEST=\"lol\"    python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZED=\"0\"    TEST=\"lol\"    python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZED='0'    TEST=\"lol\"    python example.py\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvNodeTlsRejectUnauthorized/pass", alias: "CKV2_DOCKER_6",
		src: "FROM alpine:3.5\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\nENV NODE_TLS_REJECT_UNAUTHORIZED 1\nENV NODE_TLS_REJECT_UNAUTHORIZED 666\nARG NODE_TLS_REJECT_UNAUTHORIZED=1\nARG NODE_TLS_REJECT_UNAUTHORIZED 1\nARG NODE_TLS_REJECT_UNAUTHORIZED 666\nENV LOL=666 ASDFNODE_TLS_REJECT_UNAUTHORIZED=0\nENV ASDFNODE_TLS_REJECT_UNAUTHORIZED=0 LOL=666\nENV LOL=666 \\\n    ASDFNODE_TLS_REJECT_UNAUTHORIZED=0\nENV LOL=666 NODE_TLS_REJECT_UNAUTHORIZED=1\nENV NODE_TLS_REJECT_UNAUTHORIZED      1\nARG NODE_TLS_REJECT_UNAUTHORIZEDLOL=0\n\nRUN python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZED=1 python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZED=\"1\" python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZED='1' python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZED=\"0\\\"\" python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZED='0\\'' python example.py\nRUN LOL=123 \\\n    ASDFNODE_TLS_REJECT_UNAUTHORIZED=0 python example.py\nRUN LOL=123 NODE_TLS_REJECT_UNAUTHORIZED=1 python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZEDLOL=0 python example.py\n"},
	// ---- Checkov CKV2_DOCKER_12 EnvNpmConfigStrictSsl (DF504 insecure-transport) ----
	{peer: "checkov", test: "EnvNpmConfigStrictSsl/fail.basic", alias: "CKV2_DOCKER_12",
		src: "FROM node:18\nENV NPM_CONFIG_STRICT_SSL false\nENV NPM_CONFIG_STRICT_SSL=false\nENV NPM_CONFIG_STRICT_SSL=\"false\"\nENV NPM_CONFIG_STRICT_SSL='false'\nARG NPM_CONFIG_STRICT_SSL=false\nARG NPM_CONFIG_STRICT_SSL=\"false\"\nARG NPM_CONFIG_STRICT_SSL='false'\nARG NPM_CONFIG_STRICT_SSL false\nENV LOL=555 NPM_CONFIG_STRICT_SSL=false\nENV NPM_CONFIG_STRICT_SSL=false LOL=555\nENV NPM_CONFIG_STRICT_SSL    false\nARG NPM_CONFIG_STRICT_SSL    false\nENV npm_config_strict_ssl false\nENV npm_config_strict_ssl=false\nENV npm_config_strict_ssl=\"false\"\nENV npm_config_strict_ssl='false'\nARG npm_config_strict_ssl=false\nARG npm_config_strict_ssl=\"false\"\nARG npm_config_strict_ssl='false'\nARG npm_config_strict_ssl false\nENV LOL=555 npm_config_strict_ssl=false\nENV npm_config_strict_ssl=false LOL=555\nENV npm_config_strict_ssl    false\nARG npm_config_strict_ssl    false\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvNpmConfigStrictSsl/fail.run.basic", alias: "CKV2_DOCKER_12",
		src: "FROM node:18\n\nRUN NPM_CONFIG_STRICT_SSL=false npm ci\nRUN NPM_CONFIG_STRICT_SSL=\"false\" npm ci\nRUN NPM_CONFIG_STRICT_SSL='false' npm ci\n\nRUN npm_config_strict_ssl=false npm ci\nRUN npm_config_strict_ssl=\"false\" npm ci\nRUN npm_config_strict_ssl='false' npm ci\n\nRUN NPM_CONFIG_STRICT_SSL=false TEST=\"lol\" npm ci\nRUN NPM_CONFIG_STRICT_SSL=\"false\" TEST='lol' npm ci\nRUN NPM_CONFIG_STRICT_SSL='false' TEST=lol npm ci\n\nRUN npm_config_strict_ssl=false TEST=\"lol\" npm ci\nRUN npm_config_strict_ssl=\"false\" TEST='lol' npm ci\nRUN npm_config_strict_ssl='false' TEST=lol npm ci\n\nRUN LOL=123 NPM_CONFIG_STRICT_SSL=false npm ci\nRUN LOL=\"123\" NPM_CONFIG_STRICT_SSL=\"false\" npm ci\nRUN LOL='123' NPM_CONFIG_STRICT_SSL='false' npm ci\n\nRUN LOL=123 npm_config_strict_ssl=false npm ci\nRUN LOL=\"123\" npm_config_strict_ssl=\"false\" npm ci\nRUN LOL='123' npm_config_strict_ssl='false' npm ci\n\nRUN TEST_123=\"456\" NPM_CONFIG_STRICT_SSL=false TEST=\"lol\" npm ci\nRUN TEST_123='456' NPM_CONFIG_STRICT_SSL=\"false\" TEST='lol' npm ci\nRUN TEST_123=456 NPM_CONFIG_STRICT_SSL='false' TEST=\"lol\" npm ci\n\nRUN TEST_123=\"456\" npm_config_strict_ssl=false TEST=\"lol\" npm ci\nRUN TEST_123='456' npm_config_strict_ssl=\"false\" TEST='lol' npm ci\nRUN TEST_123=456 npm_config_strict_ssl='false' TEST=\"lol\" npm ci\n\nRUN TEST_123=\"456\" \\\n    NPM_CONFIG_STRICT_SSL=false \\\n    TEST=\"lol\" \\\n    npm ci\nRUN TEST_123='456' \\\n    NPM_CONFIG_STRICT_SSL=\"false\" \\\n    TEST='lol'\\\n     npm ci\nRUN \\\n     TEST_123=456\\\n     NPM_CONFIG_STRICT_SSL='false' \\\n     TEST=\"lol\" \\\n     npm ci\n\nRUN TEST_123=\"456\" \\\n    npm_config_strict_ssl=false \\\n    TEST=\"lol\" \\\n    npm ci\nRUN TEST_123='456' \\\n    npm_config_strict_ssl=\"false\" \\\n    TEST='lol'\\\n     npm ci\nRUN \\\n     TEST_123=456\\\n     npm_config_strict_ssl='false' \\\n     TEST=\"lol\" \\\n     npm ci\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvNpmConfigStrictSsl/fail.run.quotes", alias: "CKV2_DOCKER_12",
		src: "FROM node:18\n\nRUN NPM_CONFIG_STRICT_SSL=false TEST=\"lol\\\"\" npm ci\nRUN NPM_CONFIG_STRICT_SSL=\"false\" TEST='lol\\'' npm ci\n\nRUN LOL=\"123\\\"\" npm_config_strict_ssl=\"false\" npm ci\nRUN LOL='123\\'' npm_config_strict_ssl='false' npm ci\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvNpmConfigStrictSsl/fail.run.shell", alias: "CKV2_DOCKER_12",
		src: "FROM node:18\n\nRUN ABC=123 echo test; NPM_CONFIG_STRICT_SSL=false npm ci ;DEF=456 echo lol;\nRUN ABC=123 echo test;NPM_CONFIG_STRICT_SSL=false npm ci;DEF=456 echo lol;\nRUN ABC=123 echo test ;NPM_CONFIG_STRICT_SSL=false npm ci; DEF=456 echo lol;\n\nRUN ABC=123 echo test&& npm_config_strict_ssl=false npm ci &&DEF=456 echo lol;\nRUN ABC=123 echo test&&npm_config_strict_ssl=false npm ci&&DEF=456 echo lol;\nRUN ABC=123 echo test &&npm_config_strict_ssl=false npm ci&& DEF=456 echo lol;\n\nRUN ABC=123 echo test|| NPM_CONFIG_STRICT_SSL=false npm ci ||DEF=456 echo lol;\nRUN ABC=123 echo test||NPM_CONFIG_STRICT_SSL=false npm ci||DEF=456 echo lol;\nRUN ABC=123 echo test ||NPM_CONFIG_STRICT_SSL=false npm ci|| DEF=456 echo lol;\n\nRUN ABC=123 echo test| npm_config_strict_ssl=false npm ci |DEF=456 echo lol;\nRUN ABC=123 echo test|npm_config_strict_ssl=false npm ci|DEF=456 echo lol;\nRUN ABC=123 echo test |npm_config_strict_ssl=false npm ci| DEF=456 echo lol;\n\nRUN ABC=123      echo test;       NPM_CONFIG_STRICT_SSL=false         npm ci ;     DEF=456          echo lol;\nRUN ABC=123      echo test ;       NPM_CONFIG_STRICT_SSL=false         npm ci;     DEF=456          echo lol;\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvNpmConfigStrictSsl/fail.run.whitespace", alias: "CKV2_DOCKER_12",
		src: "FROM node:18s\nRUN TEST_123=\"456\"        NPM_CONFIG_STRICT_SSL=false  npm install\nRUN TEST_123='456'        NPM_CONFIG_STRICT_SSL=\"false\"  npm install\nRUN TEST_123=456        NPM_CONFIG_STRICT_SSL='false'  npm install\n\nRUN TEST_123=\"456\"        npm_config_strict_ssl=false      TEST=\"lol\"    npm install\nRUN TEST_123='456'        npm_config_strict_ssl=\"false\"    TEST=\"lol\"    npm install\nRUN TEST_123=456          npm_config_strict_ssl='false'    TEST=\"lol\"    npm install\n\nRUN NPM_CONFIG_STRICT_SSL=false      TEST=\"lol\"    npm install\nRUN NPM_CONFIG_STRICT_SSL=\"false\"    TEST=\"lol\"    npm install\nRUN NPM_CONFIG_STRICT_SSL='false'    TEST=\"lol\"    npm install\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvNpmConfigStrictSsl/pass", alias: "CKV2_DOCKER_12",
		src: "FROM node:18\nENV NPM_CONFIG_STRICT_SSL=true\nENV NPM_CONFIG_STRICT_SSL true\nENV NPM_CONFIG_STRICT_SSL Nyota_Uhura\nARG NPM_CONFIG_STRICT_SSL=true\nARG NPM_CONFIG_STRICT_SSL true\nARG NPM_CONFIG_STRICT_SSL James_Tiberius_Kirk\nENV LOL=123 ASDFNPM_CONFIG_STRICT_SSL=false\nENV ASDFNPM_CONFIG_STRICT_SSL=false LOL=321\nENV LOL=123 \\\n    ASDFNPM_CONFIG_STRICT_SSL=\"false\"\nENV LOL=321 NPM_CONFIG_STRICT_SSL=true\nENV NPM_CONFIG_STRICT_SSL      \"true\"\nARG NPM_CONFIG_STRICT_SSLLOL=false\n\nENV npm_config_strict_ssl=true\nENV npm_config_strict_ssl true\nENV npm_config_strict_ssl Nyota_Uhura\nARG npm_config_strict_ssl=true\nARG npm_config_strict_ssl true\nARG npm_config_strict_ssl James_Tiberius_Kirk\nENV LOL=123 asdfnpm_config_strict_ssl=false\nENV asdfnpm_config_strict_ssl=false LOL=321\nENV LOL=123 \\\n    asdfnpm_config_strict_ssl=\"false\"\nENV LOL=321 npm_config_strict_ssl=true\nENV npm_config_strict_ssl      \"true\"\nARG npm_config_strict_ssllol=false\n\nRUN npm install\nRUN NPM_CONFIG_STRICT_SSL=true npm install\nRUN NPM_CONFIG_STRICT_SSL=\"true\" npm install\nRUN NPM_CONFIG_STRICT_SSL='true' npm install\nRUN NPM_CONFIG_STRICT_SSL=\"false\\\"\" npm install\nRUN NPM_CONFIG_STRICT_SSL='false\\'' npm install\nRUN LOL=Spok \\\n    ASDFNPM_CONFIG_STRICT_SSL=\"false\" npm install\nRUN LOL=123 NPM_CONFIG_STRICT_SSL=true npm install\nRUN NPM_CONFIG_STRICT_SSLLOL=false npm install\n\nRUN npm_config_strict_ssl=true npm install\nRUN npm_config_strict_ssl=\"true\" npm install\nRUN npm_config_strict_ssl='true' npm install\nRUN npm_config_strict_ssl=\"false\\\"\" npm install\nRUN npm_config_strict_ssl='false\\'' npm install\nRUN LOL=Spok \\\n    asdfnpm_config_strict_ssl=\"false\" npm install\nRUN LOL=123 npm_config_strict_ssl=true npm install\nRUN npm_config_strict_ssllol=false npm install\n"},
	// ---- Checkov CKV2_DOCKER_13 RunNpmConfigSetStrictSsl (DF504 insecure-transport) ----
	{peer: "checkov", test: "RunNpmConfigSetStrictSsl/fail.npm", alias: "CKV2_DOCKER_13",
		src: "FROM node:18\nRUN npm config set strict-ssl=false\nRUN npm config set \"strict-ssl\"=false\nRUN npm config set 'strict-ssl'=false\n\nRUN npm config set strict-ssl=\"false\"\nRUN npm config set \"strict-ssl\"=\"false\"\nRUN npm config set 'strict-ssl'=\"false\"\n\nRUN npm config set strict-ssl='false'\nRUN npm config set \"strict-ssl\"='false'\nRUN npm config set 'strict-ssl'='false'\n\nRUN npm config set strict-ssl false\nRUN npm config set \"strict-ssl\" false\nRUN npm config set 'strict-ssl' false\n\nRUN npm      config     set      strict-ssl     false\nRUN npm      config     set     \"strict-ssl\"   \"false\"\nRUN npm      config     set     'strict-ssl'   'false'\n\nRUN npm set strict-ssl false\nRUN npm set \"strict-ssl\" false\nRUN npm set 'strict-ssl' false\n\nRUN npm      set      strict-ssl     false\nRUN npm      set     \"strict-ssl\"   \"false\"\nRUN npm      set     'strict-ssl'   'false'\n\nRUN npm c set strict-ssl false\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunNpmConfigSetStrictSsl/fail.wilderness", alias: "CKV2_DOCKER_13",
		src: "FROM node:18\nRUN set -eux \\\n    &&  if [[ -n \"${NPM_PROXY}\" ]]; then \\\n          npm config set proxy       $NPM_PROXY; \\\n          npm config set https-proxy $NPM_PROXY; \\\n          npm config set strict-ssl  false; \\\n        fi \\\n    &&  npm install npm-proxy-cache -g\nRUN npm config set \"strict-ssl\" false\nRUN npm config set strict-ssl false\nRUN npm config set strict-ssl false -g\nRUN yarn config set strict-ssl false --global\nRUN npm set strict-ssl false && npm install --only=development\nRUN npm set strict-ssl false --global\nRUN yarn config set strict-ssl false\nRUN npm set strict-ssl false  && npm install -g serve\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunNpmConfigSetStrictSsl/fail.yarn", alias: "CKV2_DOCKER_13",
		src: "FROM node:18\nRUN yarn config set strict-ssl=\"false\"\nRUN yarn config set \"strict-ssl\"=\"false\"\nRUN yarn config set 'strict-ssl'=\"false\"\n\nRUN yarn config set strict-ssl='false'\nRUN yarn config set \"strict-ssl\"='false'\nRUN yarn config set 'strict-ssl'='false'\n\nRUN yarn config set strict-ssl=false\nRUN yarn config set \"strict-ssl\"=false\nRUN yarn config set 'strict-ssl'=false\n\nRUN yarn config set strict-ssl false\nRUN yarn config set \"strict-ssl\" false\nRUN yarn config set 'strict-ssl' false\n\nRUN yarn      config     set      strict-ssl    \"false\"\nRUN yarn      config     set     \"strict-ssl\"   'false'\nRUN yarn      config     set     'strict-ssl'    false\n\nRUN yarn set strict-ssl false\nRUN yarn set \"strict-ssl\" false\nRUN yarn set 'strict-ssl' false\n\nRUN yarn      set      strict-ssl    'false'\nRUN yarn      set     \"strict-ssl\"    false\nRUN yarn      set     'strict-ssl'   \"false\"\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunNpmConfigSetStrictSsl/pass", alias: "CKV2_DOCKER_13",
		src: "FROM node:18\nRUN npm config set strict-ssl=true\nRUN yarn config set \"strict-ssl\"=true\nRUN npm config set 'strict-ssl'=true\n\nRUN npm config set strict-ssl true\nRUN yarn config set \"strict-ssl\" true\nRUN npm config set 'strict-ssl' true\n\nRUN yarn      config     set      strict-ssl     true\nRUN npm      config     set     \"strict-ssl\"    true\nRUN yarn      config     set     'strict-ssl'    true\n\nRUN npm set strict-ssl true\nRUN yarn set \"strict-ssl\" true\nRUN npm set 'strict-ssl' true\n\nRUN yarn      set      strict-ssl     true\nRUN npm      set     \"strict-ssl\"    true\nRUN yarn      set     'strict-ssl'    true\n\nRUN npm config set audit false\nRUN yarn config set audit false\n\nRUN npm set audit false\nRUN yarn set audit false\n\nRUN npm config set strict-ssl true || false\nRUN yarn config set strict-ssl true || false\n\nRUN npm config get strict-ssl || false\nRUN yarn config get strict-ssl || false\n\nRUN npm install strict-ssl false\nRUN yarn install strict-ssl false\n\nRUN true && npm install strict-ssl true || false\nRUN echo false | yarn install strict-ssl true > out.txt\n\nRUN npm  \\\n    set   \\\n    strict-ssl  \\\n    true && gcc -Wpedantic less.c\n"},
	// ---- Checkov CKV2_DOCKER_14 EnvGitSslNoVerify (DF504 insecure-transport) ----
	{peer: "checkov", test: "EnvGitSslNoVerify/fail.basic", alias: "CKV2_DOCKER_14",
		src: "FROM alpine:3.5\nENV GIT_SSL_NO_VERIFY 0\nENV GIT_SSL_NO_VERIFY=0\nENV GIT_SSL_NO_VERIFY=\"0\"\nENV GIT_SSL_NO_VERIFY='0'\nARG GIT_SSL_NO_VERIFY=0\nARG GIT_SSL_NO_VERIFY=\"0\"\nARG GIT_SSL_NO_VERIFY='0'\nARG GIT_SSL_NO_VERIFY 0\nENV LOL=123 GIT_SSL_NO_VERIFY=0\nENV GIT_SSL_NO_VERIFY=0 LOL=123\nENV GIT_SSL_NO_VERIFY    0\nARG GIT_SSL_NO_VERIFY    0\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvGitSslNoVerify/fail.run.basic", alias: "CKV2_DOCKER_14",
		src: "FROM alpine:3.15\n\nRUN GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git\nRUN GIT_SSL_NO_VERIFY=\"0\" git clone https://github.com/bridgecrewio/checkov.git\nRUN GIT_SSL_NO_VERIFY='0' git clone https://github.com/bridgecrewio/checkov.git\n\nRUN GIT_SSL_NO_VERIFY=0 TEST=\"lol\" git clone https://github.com/bridgecrewio/checkov.git\nRUN GIT_SSL_NO_VERIFY=\"0\" TEST='lol' git clone https://github.com/bridgecrewio/checkov.git\nRUN GIT_SSL_NO_VERIFY='0' TEST=lol git clone https://github.com/bridgecrewio/checkov.git\n\nRUN LOL=123 GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git\nRUN LOL=\"123\" GIT_SSL_NO_VERIFY=\"0\" git clone https://github.com/bridgecrewio/checkov.git\nRUN LOL='123' GIT_SSL_NO_VERIFY='0' git clone https://github.com/bridgecrewio/checkov.git\n\nRUN TEST_123=\"456\" GIT_SSL_NO_VERIFY=0 TEST=\"lol\" git clone https://github.com/bridgecrewio/checkov.git\nRUN TEST_123='456' GIT_SSL_NO_VERIFY=\"0\" TEST='lol' git clone https://github.com/bridgecrewio/checkov.git\nRUN TEST_123=456 GIT_SSL_NO_VERIFY='0' TEST=\"lol\" git clone https://github.com/bridgecrewio/checkov.git\n\nRUN TEST_123=\"456\" \\\n    GIT_SSL_NO_VERIFY=0 \\\n    TEST=\"lol\" \\\n    git clone https://github.com/bridgecrewio/checkov.git\nRUN TEST_123='456' \\\n    GIT_SSL_NO_VERIFY=\"0\" \\\n    TEST='lol'\\\n     git clone https://github.com/bridgecrewio/checkov.git\nRUN \\\n     TEST_123=456\\\n     GIT_SSL_NO_VERIFY='0' \\\n     TEST=\"lol\" \\\n     git clone https://github.com/bridgecrewio/checkov.git\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvGitSslNoVerify/fail.run.quotes", alias: "CKV2_DOCKER_14",
		src: "FROM alpine:3.15\n\nRUN GIT_SSL_NO_VERIFY=0 TEST=\"lol\\\"\" git clone https://github.com/bridgecrewio/checkov.git\nRUN GIT_SSL_NO_VERIFY=\"0\" TEST='lol\\'' git clone https://github.com/bridgecrewio/checkov.git\n\nRUN LOL=\"123\\\"\" GIT_SSL_NO_VERIFY=\"0\" git clone https://github.com/bridgecrewio/checkov.git\nRUN LOL='123\\'' GIT_SSL_NO_VERIFY='0' git clone https://github.com/bridgecrewio/checkov.git\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvGitSslNoVerify/fail.run.shell", alias: "CKV2_DOCKER_14",
		src: "FROM alpine:3.15\n\nRUN ABC=123 echo test; GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git ;DEF=456 echo lol;\nRUN ABC=123 echo test;GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git;DEF=456 echo lol;\nRUN ABC=123 echo test ;GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git; DEF=456 echo lol;\n\nRUN ABC=123 echo test&& GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git &&DEF=456 echo lol;\nRUN ABC=123 echo test&&GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git&&DEF=456 echo lol;\nRUN ABC=123 echo test &&GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git&& DEF=456 echo lol;\n\nRUN ABC=123 echo test|| GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git ||DEF=456 echo lol;\nRUN ABC=123 echo test||GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git||DEF=456 echo lol;\nRUN ABC=123 echo test ||GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git|| DEF=456 echo lol;\n\nRUN ABC=123 echo test| GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git |DEF=456 echo lol;\nRUN ABC=123 echo test|GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git|DEF=456 echo lol;\nRUN ABC=123 echo test |GIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git| DEF=456 echo lol;\n\nRUN ABC=123      echo test;       GIT_SSL_NO_VERIFY=0         git clone https://github.com/bridgecrewio/checkov.git ;     DEF=456          echo lol;\nRUN ABC=123      echo test ;       GIT_SSL_NO_VERIFY=0         git clone https://github.com/bridgecrewio/checkov.git;     DEF=456          echo lol;\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvGitSslNoVerify/fail.run.whitespace", alias: "CKV2_DOCKER_14",
		src: "FROM alpine:3.15\nRUN TEST_123=\"456\"        GIT_SSL_NO_VERIFY=0  git clone https://github.com/bridgecrewio/checkov.git\nRUN TEST_123='456'        GIT_SSL_NO_VERIFY=\"0\"  git clone https://github.com/bridgecrewio/checkov.git\nRUN TEST_123=456        GIT_SSL_NO_VERIFY='0'  git clone https://github.com/bridgecrewio/checkov.git\n\nRUN TEST_123=\"456\"        GIT_SSL_NO_VERIFY=0      TEST=\"lol\"    git clone https://github.com/bridgecrewio/checkov.git\nRUN TEST_123='456'        GIT_SSL_NO_VERIFY=\"0\"    TEST=\"lol\"    git clone https://github.com/bridgecrewio/checkov.git\nRUN TEST_123=456          GIT_SSL_NO_VERIFY='0'    TEST=\"lol\"    git clone https://github.com/bridgecrewio/checkov.git\n\nRUN GIT_SSL_NO_VERIFY=0      TEST=\"lol\"    git clone https://github.com/bridgecrewio/checkov.git\nRUN GIT_SSL_NO_VERIFY=\"0\"    TEST=\"lol\"    git clone https://github.com/bridgecrewio/checkov.git\nRUN GIT_SSL_NO_VERIFY='0'    TEST=\"lol\"    git clone https://github.com/bridgecrewio/checkov.git\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvGitSslNoVerify/fail.wilderness", alias: "CKV2_DOCKER_14",
		src: "FROM alpine:3.5\nENV GIT_SSL_NO_VERIFY=1\nENV GIT_SSL_NO_VERIFY true\nRUN export GIT_SSL_NO_VERIFY=1\nARG GIT_SSL_NO_VERIFY=true\nRUN     GIT_SSL_NO_VERIFY=1 git clone https://github.com/bridgecrewio/checkov.git\nENV GIT_SSL_NO_VERIFY ${GIT_SSL_NO_VERIFY}\nRUN export GIT_SSL_NO_VERIFY=1 && git clone --depth 1 https://github.com/bridgecrewio/checkov.git\nRUN cd $HOME && export GIT_SSL_NO_VERIFY=true \\\n    && git clone https://github.com/bridgecrewio/checkov.git\nRUN GIT_SSL_NO_VERIFY=yes \\\n    git clone https://github.com/bridgecrewio/checkov.git\nRUN apk add git && GIT_SSL_NO_VERIFY=true git clone https://github.com/bridgecrewio/checkov.git\nENV GO111MODULE=on \\\n    CGO_ENABLED=0 \\\n    GOOS=linux \\\n    GOARCH=amd64 \\\n    GIT_SSL_NO_VERIFY=1\nRUN export DEBIAN_FRONTEND='noninteractive' && \\\n    export GIT_SSL_NO_VERIFY=1 && echo Hybrid_Theory\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvGitSslNoVerify/pass", alias: "CKV2_DOCKER_14",
		src: "FROM alpine:3.5\nENV ASDFGIT_SSL_NO_VERIFY=1\nENV ASDFGIT_SSL_NO_VERIFY 1\nENV ASDFGIT_SSL_NO_VERIFY Meteora\nARG GIT_SSL_NO_VERIFYASDF=1\nARG GIT_SSL_NO_VERIFYASDF 1\nARG GIT_SSL_NO_VERIFYASDF Meteora\nENV LP=Meteora ASDFGIT_SSL_NO_VERIFY=0\nENV ASDFGIT_SSL_NO_VERIFY=0 LP=Meteora\nENV LP=Meteora \\\n    ASDFGIT_SSL_NO_VERIFY=0\nENV LP=Meteora GIT_SSL_NO_VERIFYASDF=1\n\nRUN unset GIT_SSL_NO_VERIFY\nRUN git clone https://github.com/bridgecrewio/checkov.git awesome\nRUN ASDFGIT_SSL_NO_VERIFY=1 git clone https://github.com/bridgecrewio/checkov.git awesome\nRUN ASDFGIT_SSL_NO_VERIFY=\"1\" git clone https://github.com/bridgecrewio/checkov.git awesome\nRUN ASDFGIT_SSL_NO_VERIFY='1' git clone https://github.com/bridgecrewio/checkov.git awesome\nRUN ASDFGIT_SSL_NO_VERIFY=\"0\\\"\" git clone https://github.com/bridgecrewio/checkov.git awesome\nRUN ASDFGIT_SSL_NO_VERIFY='0\\'' git clone https://github.com/bridgecrewio/checkov.git awesome\nRUN LP=Meteora \\\n    ASDFGIT_SSL_NO_VERIFY=0 git clone https://github.com/bridgecrewio/checkov.git awesome\nRUN LP=Meteora GIT_SSL_NO_VERIFYASDF=1 git clone https://github.com/bridgecrewio/checkov.git awesome\nRUN GIT_SSL_NO_VERIFYASDF=0 git clone https://github.com/bridgecrewio/checkov.git awesome\n"},
	// ---- Checkov CKV2_DOCKER_15 RunYumConfigManagerSslVerify (DF504 insecure-transport) ----
	{peer: "checkov", test: "RunYumConfigManagerSslVerify/fail.dnf-config-manager", alias: "CKV2_DOCKER_15",
		src: "FROM fedora:rawhide\n\nRUN dnf-config-manager --save --setopt=sslverify=0\nRUN dnf-config-manager --save --setopt=sslverify=false\nRUN dnf-config-manager --save --setopt=sslverify=no\n\nRUN dnf-config-manager --setopt=sslverify=0 --save\nRUN dnf-config-manager --setopt=sslverify=False --save\nRUN dnf-config-manager --setopt=sslverify=No --save\n\nRUN dnf-config-manager --save --setopt=something.sslverify=0\nRUN dnf-config-manager --save --setopt=something.sslverify=false\nRUN dnf-config-manager --save --setopt=something.sslverify=no\n\nRUN dnf-config-manager --setopt=something.sslverify=0 --save\nRUN dnf-config-manager --setopt=something.sslverify=False --save\nRUN dnf-config-manager --setopt=something.sslverify=no --save\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunYumConfigManagerSslVerify/fail.whitespace", alias: "CKV2_DOCKER_15",
		src: "FROM fedora:rawhide\n\nRUN yum config-manager --save --setopt=sslverify=0\nRUN yum           config-manager           --save           --setopt=sslverify=0\n\nRUN dnf config-manager --save --setopt=sslverify=0\nRUN dnf           config-manager           --save           --setopt=sslverify=0\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunYumConfigManagerSslVerify/fail.wilderness", alias: "CKV2_DOCKER_15",
		src: "FROM rolex:submariner\n\nRUN yum-config-manager --save --setopt=boca.sslverify=0 boca\nRUN yum-config-manager --setopt=\"epel.sslverify=0\" --save\nRUN yum-config-manager --save --setopt=something-base.sslverify=0\nRUN yum-config-manager --setopt=sslverify=false --save\nRUN yum-config-manager --save --setopt=kubernetes.sslverify=false\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunYumConfigManagerSslVerify/fail.yum-config-manager", alias: "CKV2_DOCKER_15",
		src: "FROM fedora:rawhide\n\nRUN yum-config-manager --save --setopt=\\*.sslverify=0\nRUN yum-config-manager --save --setopt=\\*.sslverify=false\nRUN yum-config-manager --save --setopt=\\*.sslverify=no\n\nRUN yum-config-manager --setopt=\\*.sslverify=0 --save\nRUN yum-config-manager --setopt=\\*.sslverify=false --save\nRUN yum-config-manager --setopt=\\*.sslverify=no --save\n\nRUN yum-config-manager --save --setopt=sslverify='0'\nRUN yum-config-manager --save --setopt=sslverify='False'\nRUN yum-config-manager --save --setopt=sslverify='no'\n\nRUN yum-config-manager --save --setopt=sslverify=\"0\"\nRUN yum-config-manager --save --setopt=sslverify=\"false\"\nRUN yum-config-manager --save --setopt=sslverify=\"No\"\n\nRUN yum-config-manager \\\n    --setopt=sslverify=0 \\\n    --save\n\nRUN echo \"prodsec\" && yum-config-manager --setopt=\"lol.sslverify\"=0 --save\nRUN echo \"prodsec\" && yum-config-manager --setopt=\"lol.sslverify=no\" --save\n\nRUN echo \"prodsec\" && yum-config-manager --setopt='lol.sslverify'=False --save\nRUN echo \"prodsec\" && yum-config-manager --setopt='lol.sslverify=false' --save\n", peerWants: true, want: true},
	{peer: "checkov", test: "RunYumConfigManagerSslVerify/pass", alias: "CKV2_DOCKER_15",
		src: "FROM fedora:rawhide\nRUN yum-config-manager --disable updates\nRUN yum-config-manager --disable sslverify\nRUN yum-config-manager --disable \\* &> /dev/null\nRUN yum-config-manager --setopt=install_weak_deps=False --save\nRUN yum-config-manager --save --setopt=proxy=http://example.com >/dev/null\nRUN yum-config-manager --save --setopt=something-base.sslverify=1\nRUN yum-config-manager --save --setopt=something-base.sslverify=true\nRUN yum-config-manager --save --setopt=something-base.sslverify=on\nRUN yum-config-manager --save --setopt=sslverify=1\nRUN yum-config-manager --save --setopt=sslverify=true\nRUN yum-config-manager --save --setopt=sslverify=yes\nRUN yum-config-manager --save --setopt=notthedroids=0\nRUN yum-config-manager --save --setopt=yourelookingfor=false\nRUN yum-config-manager --save --setopt=thesearenot=no\nRUN yum-config-manager --setopt=sslverify=yes --add-repo https://example.com/yummy.repo\nRUN yum-config-manager --save --setopt=install_weak_deps=False | echo \"--setopt=something-base.sslverify=0\"\nRUN yum-config-manager --save --setopt=install_weak_deps=False && echo \"--setopt=main.sslverify=0\"\nRUN yum-config-manager --save --setopt=install_weak_deps=False || echo \"--setopt=sslverify=0\"\n"},
	// ---- Checkov CKV2_DOCKER_16 EnvPipTrustedHost (DF504 insecure-transport) ----
	{peer: "checkov", test: "EnvPipTrustedHost/fail.envvars", alias: "CKV2_DOCKER_16",
		src: "FROM python:3\nENV PIP_TRUSTED_HOST pypi.python.org\nENV PIP_TRUSTED_HOST=pypi.python.org\nENV PIP_TRUSTED_HOST=\"pypi.python.org\"\nENV PIP_TRUSTED_HOST='pypi.python.org'\nARG PIP_TRUSTED_HOST=pypi.python.org\nARG PIP_TRUSTED_HOST=\"pypi.python.org\"\nARG PIP_TRUSTED_HOST='pypi.python.org'\nARG PIP_TRUSTED_HOST pypi.python.org\nENV LOL=123 PIP_TRUSTED_HOST=pypi.python.org\nENV PIP_TRUSTED_HOST=pypi.python.org LOL=123\nENV PIP_TRUSTED_HOST    pypi.python.org\nARG PIP_TRUSTED_HOST    pypi.python.org\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvPipTrustedHost/fail.run", alias: "CKV2_DOCKER_16",
		src: "FROM python:3\nRUN export PIP_TRUSTED_HOST=pypi.python.org && pip install checkov\nRUN export PIP_TRUSTED_HOST=\"pypi.python.org\" && pip install checkov\nRUN export PIP_TRUSTED_HOST='pypi.python.org' && pip install checkov\n\nRUN PIP_TRUSTED_HOST=pypi.python.org pip install checkov\nRUN PIP_TRUSTED_HOST=\"pypi.python.org\" pip install checkov\nRUN PIP_TRUSTED_HOST='pypi.python.org' pip install checkov\n\nRUN PIP_TRUSTED_HOST=pypi.python.org CHECKOV=AWESOME pip install checkov\nRUN PIP_TRUSTED_HOST=\"pypi.python.org\" CHECKOV=\"AWESOME\" pip install checkov\nRUN PIP_TRUSTED_HOST='pypi.python.org' CHECKOV='AWESOME' pip install checkov\n\nRUN CHECKOV=AWESOME PIP_TRUSTED_HOST=pypi.python.org pip install checkov\nRUN CHECKOV=\"AWESOME\" PIP_TRUSTED_HOST=\"pypi.python.org\" pip install checkov\nRUN CHECKOV='AWESOME' PIP_TRUSTED_HOST='pypi.python.org' pip install checkov\n\nRUN TEST_123=\"456\" PIP_TRUSTED_HOST=pypi.python.org geordi=\"la forge\" pip install checkov\nRUN TEST_123='456' PIP_TRUSTED_HOST=\"pypi.python.org\" geordi='la forge' pip install checkov\nRUN TEST_123=456 PIP_TRUSTED_HOST='pypi.python.org' geordi=\"la forge\" pip install checkov\n\nRUN TEST_123=\"456\" \\\n    PIP_TRUSTED_HOST=pypi.python.org \\\n    EXAMPLE=\"VAR\" \\\n    pip install checkov\nRUN TEST_123='456' \\\n    PIP_TRUSTED_HOST=\"pypi.python.org\" \\\n    EXAMPLE='VAR' \\\n    pip install checkov\nRUN \\\n    TEST_123=456\\\n    PIP_TRUSTED_HOST='pypi.python.org' \\\n    EXAMPLE=\"VAR\" \\\n    pip install checkov\n", peerWants: true, want: true},
	{peer: "checkov", test: "EnvPipTrustedHost/pass", alias: "CKV2_DOCKER_16",
		src: "FROM python:3\nRUN pip3 install checkov\nRUN PIP_TRUSTED_HOSTASDF=test pip install checkov\nRUN ASDFPIP_TRUSTED_HOST=test pip install checkov\nRUN echo PIP_TRUSTED_HOST | pip install checkov &&\\\n    echo \"PIP_TRUSTED_HOST\"\n"},
}

// TestConformanceCheckov runs Checkov's test cases through dockerfix.
