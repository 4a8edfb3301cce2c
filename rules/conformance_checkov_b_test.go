package rules

// checkovCasesB are Checkov's own test cases for CKV_DOCKER_5
// (UpdateNotAlone), CKV_DOCKER_9 (RunUsingAPT), CKV_DOCKER_10
// (WorkdirIsAbsolute) and CKV_DOCKER_11 (AliasIsUnique), which dockerfix
// aliases, re-expressed as in checkovCases: each resource Dockerfile is one
// case, and peerWants is true when the test lists it as failed (whatever the
// number of findings in it). Test names are the resource directory names,
// followed by the file name where a directory holds several Dockerfiles.
//
// Sources (bridgecrewio/checkov at 03d5fdad8d6154b1565799a7b1fb8070c158866f
// of 2026-08-20, read 2026-11; for each file, the last commit that changed
// it):
//
//   - CKV_DOCKER_5 (UpdateNotAlone): tests/dockerfile/checks/
//     test_UpdateNotAlone.py (54c790e4) and example_UpdateNotAlone/
//     {failure/Dockerfile, failure/Dockerfile.simple (54c790e4),
//     success/Dockerfile (80502a58)}.
//
//   - CKV_DOCKER_9 (RunUsingAPT): tests/dockerfile/checks/
//     test_RunUsingAPT.py (d5bf259d) and example_RunUsingAPT/
//     {failure, success (c460ada0), failure2, failure3, success2 (46af57e2),
//     success3 (d5bf259d)}/Dockerfile.
//
//   - CKV_DOCKER_10 (WorkdirIsAbsolute): tests/dockerfile/checks/
//     test_WorkdirIsAbsolute.py (2c3e39e7) and example_WorkdirIsAbsolute/
//     {failure/Dockerfile, success/Dockerfile (2c3e39e7),
//     failure/Dockerfile.simple (639a6d40)}. The test counts three findings
//     in failure/Dockerfile, one per relative WORKDIR; here it is one case.
//
//   - CKV_DOCKER_11 (AliasIsUnique): tests/dockerfile/checks/
//     test_AliasIsUnique.py (7f314c0d) and example_AliasIsUnique/
//     {failure, success (7c18a793), success_platform (7f314c0d)}/Dockerfile.
//
//   - CKV2_DOCKER_17 (graph check RunChpasswd): tests/dockerfile/
//     graph_builder/checks/resources/RunChpasswd/{expected.yaml,
//     fail/Dockerfile,pass/Dockerfile} at
//     b6cebb30d446aba6c91035cd584575c18fac54e6.
//
// The whole file is one case; a case limited to a line records a second
// point in the same file (success: line 12 of CKV_DOCKER_5, an apk update
// --no-cache, which writes no index, where dockerfix agrees with Checkov).
var checkovCasesB = []conformanceCase{
	// ---- Checkov CKV_DOCKER_5 UpdateNotAlone (DF315 package-update-alone) ----
	{peer: "checkov", test: "failure/Dockerfile", alias: "CKV_DOCKER_5",
		src:       "FROM base:1\n\nRUN apt install first_update_line \\\n&& apt update first_update_line\nRUN apt update second_update_line\nRUN apt update third_update_line\n\nUSER bob\n\nHEALTHCHECK --interval=5m --timeout=3s \\\n  CMD curl -f http://localhost/ || exit 1\n~                                            \n", // newline added: the resource has none
		peerWants: true,
		skip: rejectedBy + "its last line, a ~ and spaces (an editor's filler copied in), is an unknown instruction; " +
			"without that line DF315 reports the three RUNs whose apt update nothing reads"},
	{peer: "checkov", test: "failure/Dockerfile.simple", alias: "CKV_DOCKER_5",
		src: "FROM base\n\nRUN apk update\n", peerWants: true, want: true}, // newline added: the resource has none
	{peer: "checkov", test: "success", alias: "CKV_DOCKER_5",
		src:       checkovUpdateNotAloneSuccess,
		peerWants: false, want: true,
		differs: "the apk update of line 7 writes an index that apk add --no-cache, fetching its own, never reads: the " +
			"download is wasted and the index left in the layer, which DF315 reports (rules/docs/DF315.md: \"with apk add " +
			"--no-cache, for one, apk update is useless\"); Checkov counts any install after an update"},
	{peer: "checkov", test: "success: line 12", alias: "CKV_DOCKER_5",
		src: checkovUpdateNotAloneSuccess, line: 12, peerWants: false, want: false},

	// ---- Checkov CKV_DOCKER_9 RunUsingAPT (DF314 apt-instead-of-apt-get) ----
	{peer: "checkov", test: "failure", alias: "CKV_DOCKER_9",
		src: "FROM busybox:1.0\nRUN apt install curl\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n", peerWants: true, want: true},
	{peer: "checkov", test: "failure2", alias: "CKV_DOCKER_9",
		src: "FROM ubuntu\n\nRUN apt install curl\nRUN apt-get update && \\\n    apt-get install --yes --no-install-recommends \\\n        git && \\\n    apt-get clean autoclean && \\\n    apt-get autoremove --yes && \\\n    cd /var/lib && \\\n    rm -rf apt dpkg cache log\n", peerWants: true, want: true}, // newline added: the resource has none
	{peer: "checkov", test: "failure3", alias: "CKV_DOCKER_9",
		src: "FROM ubuntu\n\nRUN apt update && \\\n    apt-get install --yes --no-install-recommends \\\n        git && \\\n    apt-get clean autoclean && \\\n    apt-get autoremove --yes && \\\n    cd /var/lib && \\\n    rm -rf apt dpkg cache log\n", peerWants: true, want: true}, // newline added: the resource has none
	{peer: "checkov", test: "success", alias: "CKV_DOCKER_9",
		src: "FROM busybox:1.0\nRUN apt-get install curl\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n"}, // newline added: the resource has none
	{peer: "checkov", test: "success2", alias: "CKV_DOCKER_9",
		src: "FROM ubuntu\n\nRUN apt-get update && \\\n    apt-get install --yes --no-install-recommends \\\n        git && \\\n    apt-get clean autoclean && \\\n    apt-get autoremove --yes && \\\n    cd /var/lib && \\\n    rm -rf apt dpkg cache log\n"}, // newline added: the resource has none
	{peer: "checkov", test: "success3", alias: "CKV_DOCKER_9",
		src: "FROM cypress/included:13.6.1\nRUN apt-get update -qq && apt-get install -y gnupg curl && \\\n    echo \"deb [signed-by=/usr/share/keyrings/cloud.google.gpg] https://packages.cloud.google.com/apt cloud-sdk main\" | tee -a /etc/apt/sources.list.d/google-cloud-sdk.list && \\\n    curl -sf https://packages.cloud.google.com/apt/doc/apt-key.gpg | apt-key --keyring /usr/share/keyrings/cloud.google.gpg add - && \\\n    apt-get update && apt-get install -y google-cloud-sdk kubectl google-cloud-sdk-gke-gcloud-auth-plugin && apt-get clean\n"}, // newline added: the resource has none

	// ---- Checkov CKV_DOCKER_10 WorkdirIsAbsolute (DF417 workdir-relative-path) ----
	{peer: "checkov", test: "failure/Dockerfile", alias: "CKV_DOCKER_10",
		src:       "FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN pip install --upgrade pip\nWORKDIR /path/to/workdir\nWORKDIR workdir\nWORKDIR \"../workdir\"\nCOPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nWORKDIR workdir2\nCOPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\nEXPOSE 5000\nCMD [\"python\", \"/usr/src/app/app.py\"]\n",
		peerWants: true, want: false,
		differs: "the first WORKDIR, /path/to/workdir, is absolute, and the relative ones after it follow it: as BuildKit's " +
			"WorkdirRelativePath, DF417 reports only a relative WORKDIR before any other of the stage (rules/docs/DF417.md); " +
			"Checkov reports every relative WORKDIR"},
	{peer: "checkov", test: "failure/Dockerfile.simple", alias: "CKV_DOCKER_10",
		src: "FROM alpine:3.14\n\nWORKDIR workdir\n", peerWants: true, want: true},
	{peer: "checkov", test: "success", alias: "CKV_DOCKER_10",
		src: "FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN pip install --upgrade pip\nWORKDIR /path/to/workdir\nWORKDIR /\nWORKDIR c:\\\\windows\nWORKDIR \"/path/to/workdir\"\nWORKDIR \"c:\\\\windows\"\nENV DIRPATH=/path\nENV GLASSFISH_ARCHIVE glassfish5\nWORKDIR $DIRPATH/$DIRNAME\nWORKDIR ${GLASSFISH_HOME}/bin\nCOPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCOPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\nEXPOSE 5000\nCMD [\"python\", \"/usr/src/app/app.py\"]\n"},

	// ---- Checkov CKV_DOCKER_11 AliasIsUnique (DF414 duplicate-stage-name) ----
	{peer: "checkov", test: "failure", alias: "CKV_DOCKER_11",
		src: "FROM baseImage\nRUN Test\n\nFROM debian:jesse2 as build\nRUN stuff\n\nFROM debian:jesse1 as build\nRUN more_stuff\n", peerWants: true, want: true},
	{peer: "checkov", test: "success", alias: "CKV_DOCKER_11",
		src: "FROM debian:jesse1 as build\nRUN stuff\n\nFROM debian:jesse1 as another-alias\nRUN more_stuff\n"},
	{peer: "checkov", test: "success_platform", alias: "CKV_DOCKER_11",
		src: "FROM --platform=linux/amd64 node:16 as FOO\nRUN npm install\n\nFROM --platform=linux/amd64 node:16 as BAR\nRUN npm run\n\nUSER nobody\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n\nCMD mycommand.sh\n"},

	// ---- Checkov CKV2_DOCKER_17 RunChpasswd (DF511 password-in-image) ----
	{peer: "checkov", test: "fail/Dockerfile", alias: "CKV2_DOCKER_17",
		src: "FROM ubuntu:20.04\nRUN echo 'root:root' | chpasswd\nRUN echo 'root:' | chpasswd\n" +
			"RUN apt-get update && echo \"someuser:somepasswd\" | chpasswd && echo \"lol\"\n" +
			"RUN apt-get update ;\\\n    apt-get clean ; \\\n    echo 'root:root' | chpasswd\nRUN chpasswd < input.txt\n",
		peerWants: true, want: true}, // newline added: the resource has none
	{peer: "checkov", test: "pass/Dockerfile", alias: "CKV2_DOCKER_17",
		src: "FROM ubuntu:20.04\nRUN chgrp root /etc/passwd\n"}, // newline added: the resource has none
}

// checkovUpdateNotAloneSuccess is example_UpdateNotAlone/success/Dockerfile.
const checkovUpdateNotAloneSuccess = "FROM base\n\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends foo \\\n && echo gooo\n\nRUN apk update \\\n && apk add --no-cache suuu looo\n\nRUN apk --update add moo\n\nRUN apk update --no-cache && apk upgrade --no-cache\n\nRUN sed -i -e 's/# en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen && \\\n  dpkg-reconfigure --frontend noninteractive locales && \\\n  update-locale LANG=en_US.UTF-8\n"
