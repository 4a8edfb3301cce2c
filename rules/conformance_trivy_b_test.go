package rules

// trivyCasesB are Trivy's own test cases (aquasecurity/trivy-checks
// checks/docker/*_test.rego) for DS-0015, DS-0019, DS-0020, DS-0025 and
// DS-0027, which dockerfix aliases, written back as Dockerfile text.
//
// Source: github.com/aquasecurity/trivy-checks, checks/docker/*_test.rego
// (yum_clean_all_missing, missing_dnf_clean_all, missing_zypper_clean,
// missing_apk_no_cache, missing_microdnf_clean_all) at
// 80e5382269707262f35cf893bdc0805cb72217e9 of 2026-08-21.
var trivyCasesB = []conformanceCase{
	// ---- Trivy DS-0015 (DF318 package-cache-not-cleaned) ----
	{peer: "trivy", test: "test_basic_denied", alias: "DS-0015", match: "yum ",
		src: "FROM alpine:3.5\nRUN yum install vim\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD [\"python\", \"/usr/src/app/app.py\"]\n" +
			"FROM alpine:3.4\nRUN yum -y install vim && yum clean all\n",
		peerWants: true, want: false,
		differs: "the uncleaned yum install is in the first stage, which the image does not contain: DF318 checks only " +
			"the stages that end up in the image (rules/docs/DF318.md); the final stage cleans its cache"},
	{peer: "trivy", test: "test_wrong_order_of_commands_denied", alias: "DS-0015", match: "yum ",
		src: "FROM alpine:3.5\nRUN yum clean all && yum -y install\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_multiple_install_denied", alias: "DS-0015", match: "yum ",
		src: "FROM alpine:3.5\nRUN yum -y install bash && yum clean all && yum -y install zsh\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_multiple_install_allowed", alias: "DS-0015", match: "yum ",
		src: "FROM alpine:3.5\nRUN yum -y install bash && yum clean all && yum -y install zsh && yum clean all\n"},
	{peer: "trivy", test: "test_basic_allowed", alias: "DS-0015", match: "yum ",
		src: "FROM alpine:3.5\nRUN yum install && yum clean all\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD [\"python\", \"/usr/src/app/app.py\"]\n" +
			"FROM alpine:3.4\nRUN yum -y install && yum clean all\n"},
	{peer: "trivy", test: "test_allow_clean_with_flags", alias: "DS-0015", match: "yum ",
		src: "FROM alpine:3.5\nRUN if [ \"$TBB\" == \"default\" ]; then  yum -y install tbb tbb-devel && yum clean -y all ; fi\n"},
	{peer: "trivy", test: "test_denied_clean_not_all", alias: "DS-0015", match: "yum ",
		src: "FROM alpine:3.5\nRUN yum -y install bash && yum clean metadata\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_allow_only_clean", alias: "DS-0015", match: "yum ",
		src: "FROM alpine:3.5\nRUN yum clean all\n"},

	// ---- Trivy DS-0019 (DF318 package-cache-not-cleaned) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0019", match: "dnf ",
		src: "FROM fedora:27\nRUN set -uex &&     dnf config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo &&     " +
			"sed -i 's/\\$releasever/26/g' /etc/yum.repos.d/docker-ce.repo &&     dnf install -vy docker-ce\n" +
			"HEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n",
		peerWants: true, want: true},
	{peer: "trivy", test: "test_allowed", alias: "DS-0019", match: "dnf ",
		src: "FROM fedora:27\nRUN set -uex &&     dnf config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo &&     " +
			"sed -i 's/\\$releasever/26/g' /etc/yum.repos.d/docker-ce.repo &&     dnf install -vy docker-ce &&     dnf clean all\n" +
			"HEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n"},
	{peer: "trivy", test: "test_wrong_order_of_commands_denied", alias: "DS-0019", match: "dnf ",
		src: "FROM alpine:3.5\nRUN dnf clean all && dnf install -vy docker-ce\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_multiple_install_denied", alias: "DS-0019", match: "dnf ",
		src: "FROM alpine:3.5\nRUN dnf install bash && dnf clean all && dnf install zsh\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_multiple_install_allowed", alias: "DS-0019", match: "dnf ",
		src: "FROM alpine:3.5\nRUN dnf install bash && dnf clean all && dnf install zsh && dnf clean all\n"},

	// ---- Trivy DS-0020 (DF318 package-cache-not-cleaned) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0020", match: "zypper ",
		src: "FROM busybox:1.0\nRUN zypper install\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_patch_denied", alias: "DS-0020", match: "zypper ",
		src: "FROM busybox:1.0\nRUN zypper patch bash\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_wrong_order_of_commands_denied", alias: "DS-0020", match: "zypper ",
		src: "FROM alpine:3.5\nRUN zypper cc && zypper remove bash\n", peerWants: true, want: false,
		differs: zypperRemoveFillsNothing},
	{peer: "trivy", test: "test_multiple_install_denied", alias: "DS-0020", match: "zypper ",
		src: "FROM alpine:3.5\nRUN zypper install bash && zypper clean && zypper remove bash\n", peerWants: true, want: false,
		differs: "the install's cache is cleaned by the zypper clean after it; " + zypperRemoveFillsNothing},
	{peer: "trivy", test: "test_multiple_install_allowed", alias: "DS-0020", match: "zypper ",
		src: "FROM alpine:3.5\nRUN zypper install bash && zypper clean && zypper remove bash&& zypper cc\n"},
	{peer: "trivy", test: "test_basic_allowed", alias: "DS-0020", match: "zypper ",
		src: "FROM alpine:3.5\nRUN zypper install bash && zypper clean\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD [\"python\", \"/usr/src/app/app.py\"]\n"},

	// ---- Trivy DS-0025 (DF316 apk-without-no-cache) ----
	// test_basic_denied's second stage is Name alpine:3.15 but its commands
	// hold FROM alpine:3.4, which is the FROM used; its RUN [""] is the
	// Dockerfile whose parse gives Trivy's Value [""].
	{peer: "trivy", test: "test_basic_denied", alias: "DS-0025",
		src: "FROM alpine:3.17\nRUN apk add python3\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD [\"python\", \"/usr/src/app/app.py\"]\n" +
			"FROM alpine:3.4\nRUN [\"\"]\n",
		peerWants: true, want: false,
		differs: "the apk add is in the first stage, which the image does not contain: DF316 checks only the stages " +
			"that end up in the image (rules/docs/DF316.md)"},
	{peer: "trivy", test: "test_deny_run_is_array", alias: "DS-0025",
		src:       "FROM alpine:3.17\nRUN [\"apk\", \"add\", \"python3\"]\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD [\"python\", \"/usr/src/app/app.py\"]\n",
		peerWants: true, want: true},
	{peer: "trivy", test: "test_wrong_flag_name_denied", alias: "DS-0025",
		src: "FROM alpine:3.5\nRUN apk add --no-cacher bash\n", peerWants: true, want: true},
	// Name alpine:3.5, but the commands hold FROM alpine:3.14.
	{peer: "trivy", test: "test_last_no_cache_allowed", alias: "DS-0025",
		src: "FROM alpine:3.14\nRUN apk add bash --no-cache\n"},
	{peer: "trivy", test: "test_basic_allowed", alias: "DS-0025",
		src: "FROM alpine:3.17\nRUN apk add --no-cache python3\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD [\"python\", \"/usr/src/app/app.py\"]\n"},
	{peer: "trivy", test: "test_deny_no_cache_flag_with_other_command", alias: "DS-0025",
		src:       "FROM alpine:3.17\nRUN apk upgrade --no-cache && apk add python3\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD [\"python\", \"/usr/src/app/app.py\"]\n",
		peerWants: true, want: true},

	// ---- Trivy DS-0027 (DF318 package-cache-not-cleaned) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0027", match: "microdnf ",
		src:       "FROM ubi8:8.7\nRUN set -uex &&     microdnf install -vy docker-ce\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n",
		peerWants: true, want: true},
	{peer: "trivy", test: "test_allowed", alias: "DS-0027", match: "microdnf ",
		src: "FROM ubi8:8.7\nRUN set -uex &&      microdnf install -vy docker-ce &&     microdnf clean all\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n"},
	{peer: "trivy", test: "test_wrong_order_of_commands_denied", alias: "DS-0027", match: "microdnf ",
		src: "FROM alpine:3.5\nRUN microdnf clean all && microdnf install -vy docker-ce\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_multiple_install_denied", alias: "DS-0027", match: "microdnf ",
		src: "FROM alpine:3.5\nRUN microdnf install bash && microdnf clean all && microdnf install zsh\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_multiple_install_allowed", alias: "DS-0027", match: "microdnf ",
		src: "FROM alpine:3.5\nRUN microdnf install bash && microdnf clean all && microdnf install zsh && microdnf clean all\n"},
}

// zypperRemoveFillsNothing: zypper remove loads no repositories.
const zypperRemoveFillsNothing = "zypper remove loads no repositories (zypper's RemoveCmd: \"don't load repos when removing\", bsc#606220), " +
	"so it leaves no metadata in /var/cache/zypp; DF318 counts only the commands that fill the cache (rules/docs/DF318.md)"
