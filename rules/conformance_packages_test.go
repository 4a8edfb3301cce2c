package rules

import "strings"

// packageCases are hadolint's own test cases for the package-manager rules
// dockerfix aliases (DF311-DF318), from test/Hadolint/Rule/DL*Spec.hs of
// hadolint/hadolint at 8f936c5e975d3663b3cce4ac5b3baa3db26b8516 (read
// 2026-12). Here the onBuildRuleCatches variants count: they wrap every RUN
// of the file in ONBUILD, and the wrapped RUN is what these rules read.
var packageCases = concatCases(
	// ---- hadolint DL3009 (DF313 apt-lists-not-removed) ----
	[]conformanceCase{
		{peer: "hadolint", test: "apt-get no cleanup", alias: "DL3009",
			src: "FROM scratch\nRUN apt-get update && apt-get install python\n", peerWants: true, want: true},
		{peer: "hadolint", test: "apt-get no cleanup (ONBUILD)", alias: "DL3009",
			src: "FROM scratch\nONBUILD RUN apt-get update && apt-get install python\n", peerWants: true, want: true},
		{peer: "hadolint", test: "apt-get cleanup in stage image", alias: "DL3009",
			src: "FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!\n"},
		{peer: "hadolint", test: "apt-get cleanup in stage image (ONBUILD)", alias: "DL3009",
			src:       "FROM ubuntu as foo\nONBUILD RUN apt-get update && apt-get install python\nFROM scratch\nONBUILD RUN echo hey!\n",
			peerWants: true, want: true},
		{peer: "hadolint", test: "apt-get no cleanup in last stage", alias: "DL3009",
			src: "FROM ubuntu as foo\nRUN hey!\nFROM scratch\nRUN apt-get update && apt-get install python\n", peerWants: true, want: true},
		{peer: "hadolint", test: "apt-get no cleanup in last stage (ONBUILD)", alias: "DL3009",
			src:       "FROM ubuntu as foo\nONBUILD RUN hey!\nFROM scratch\nONBUILD RUN apt-get update && apt-get install python\n",
			peerWants: true, want: true},
		{peer: "hadolint", test: "apt-get no cleanup in intermediate stage", alias: "DL3009",
			src: "FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!\n", peerWants: true, want: true},
		{peer: "hadolint", test: "apt-get no cleanup in intermediate stage (ONBUILD)", alias: "DL3009",
			src:       "FROM ubuntu as foo\nONBUILD RUN apt-get update && apt-get install python\nFROM foo\nONBUILD RUN hey!\n",
			peerWants: true, want: true},
		{peer: "hadolint", test: "no warn apt-get cleanup in intermediate stage that cleans lists", alias: "DL3009",
			src: "FROM ubuntu as foo\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\nFROM foo\nRUN hey!\n"},
		{peer: "hadolint", test: "no warn apt-get cleanup in intermediate stage that cleans lists (ONBUILD)", alias: "DL3009",
			src: "FROM ubuntu as foo\nONBUILD RUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\nFROM foo\nONBUILD RUN hey!\n"},
		{peer: "hadolint", test: "no warn apt-get cleanup in intermediate stage when stage not used later", alias: "DL3009",
			src: "FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN hey!\n"},
		{peer: "hadolint", test: "no warn apt-get cleanup in intermediate stage when stage not used later (ONBUILD)", alias: "DL3009",
			src:       "FROM ubuntu as foo\nONBUILD RUN apt-get update && apt-get install python\nFROM scratch\nONBUILD RUN hey!\n",
			peerWants: true, want: true},
		{peer: "hadolint", test: "warn: BuildKit cache mount to apt lists directory only", alias: "DL3009", adapted: noFrom,
			src:       conformanceFrom + "RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install python\n",
			peerWants: true, want: false,
			differs: "a cache mount on /var/lib/apt holds /var/lib/apt/lists, so the lists never reach the layer; " +
				"hadolint also asks for one on /var/cache/apt (rules/docs/DF313.md)"},
		{peer: "hadolint", test: "warn: BuildKit cache mount to apt lists directory only (ONBUILD)", alias: "DL3009", adapted: noFrom,
			src:       conformanceFrom + "ONBUILD RUN rm -f /etc/apt/apt.conf.d/docker-clean\nONBUILD RUN --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install python\n",
			peerWants: true, want: false,
			differs: "a cache mount on /var/lib/apt holds /var/lib/apt/lists, so the lists never reach the layer; " +
				"hadolint also asks for one on /var/cache/apt (rules/docs/DF313.md)"},
		{peer: "hadolint", test: "warn: BuildKit cache mount to apt cache directory only", alias: "DL3009", adapted: noFrom,
			src:       conformanceFrom + "RUN --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python\n",
			peerWants: true, want: true},
		{peer: "hadolint", test: "warn: BuildKit cache mount to apt cache directory only (ONBUILD)", alias: "DL3009", adapted: noFrom,
			src:       conformanceFrom + "ONBUILD RUN --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python\n",
			peerWants: true, want: true},
		{peer: "hadolint", test: "don't warn: BuildKit cache mount to apt directories 2", alias: "DL3009", adapted: noFrom,
			src: conformanceFrom + "RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/cache/apt \\\n    --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install foo\n"},
		{peer: "hadolint", test: "don't warn: BuildKit cache mount to apt directories 2 (ONBUILD)", alias: "DL3009", adapted: noFrom,
			src: conformanceFrom + "ONBUILD RUN rm -f /etc/apt/apt.conf.d/docker-clean\nONBUILD RUN --mount=type=cache,target=/var/cache/apt \\\n    --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install foo\n"},
	},
	hadolintRuns("DL3009", []hadolintRun{
		// hadolint's Haskell strings put "\ " (a string gap after an escaped
		// backslash) where a line continuation is meant; written as one here.
		{test: "don't warn: BuildKit cache mount to apt lists directory",
			run:     "RUN --mount=type=cache,target=/var/lib/apt/lists \\\n    apt-get update && apt-get install python",
			adapted: "a line continuation where the Haskell string has a backslash and spaces"},
		{test: "don't warn: BuildKit cache mount to apt directories 1",
			run:     "RUN --mount=type=cache,target=/var/lib/apt \\\n    --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python",
			adapted: "a line continuation where the Haskell string has a backslash and spaces"},
		{test: "don't warn: tmpfs mount to apt cache and lists directory",
			run: "RUN \\\n  --mount=type=tmpfs,target=/var/cache/apt \\\n  --mount=type=tmpfs,target=/var/lib/apt \\\n  apt-get update"},
		{test: "don't warn: tmpfs mount to apt cache and cache mount to lists directory",
			run: "RUN \\\n  --mount=type=tmpfs,target=/var/cache/apt \\\n  --mount=type=cache,target=/var/lib/apt \\\n  apt-get update"},
		{test: "don't warn: cache mount to apt cache and tmpfs mount to lists directory",
			run: "RUN \\\n  --mount=type=cache,target=/var/cache/apt \\\n  --mount=type=tmpfs,target=/var/lib/apt \\\n  apt-get update"},
		{test: "don't warn: cache mount to apt cache and lists directory",
			run: "RUN \\\n  --mount=type=cache,target=/var/cache/apt \\\n  --mount=type=cache,target=/var/lib/apt \\\n  apt-get update"},
		{test: "apt no cleanup", run: "RUN apt update && apt install python", peer: true, from: "FROM scratch\n"},
		{test: "apt cleanup", run: "RUN apt update && apt install python && rm -rf /var/lib/apt/lists/*", from: "FROM scratch\n"},
		{test: "aptitude no cleanup", run: "RUN aptitude update && aptitude install python", peer: true, from: "FROM scratch\n"},
		{test: "aptitude cleanup", run: "RUN aptitude update && aptitude install python && rm -rf /var/lib/apt/lists/*", from: "FROM scratch\n"},
		{test: "apt-get cleanup", run: "RUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*", from: "FROM scratch\n"},
	}),

	// ---- hadolint DL3014 (DF311 package-manager-without-yes) ----
	hadolintRuns("DL3014", []hadolintRun{
		{test: "apt-get auto yes", run: "RUN apt-get install python", peer: true},
		{test: "apt-get -q", run: "RUN apt-get install -q python", peer: true},
		{test: "apt-get --quiet", run: "RUN apt-get install --quiet python", peer: true, noOnbuild: true},
		{test: "apt-get --quiet (ONBUILD: -q)", run: "ONBUILD RUN apt-get install -q python", peer: true, noOnbuild: true},
		{test: "apt-get yes shortflag", run: "RUN apt-get install -yq python"},
		{test: "apt-get yes different pos", run: "RUN apt-get install -y python"},
		{test: "apt-get with auto yes", run: "RUN apt-get -y install python"},
		{test: "apt-get with auto expanded yes", run: "RUN apt-get --yes install python"},
		{test: "apt-get with assume-yes", run: "RUN apt-get --assume-yes install python"},
		{test: "apt-get -qq", run: "RUN apt-get install -qq python"},
		{test: "apt-get -q -q", run: "RUN apt-get install -q -q python"},
		{test: "apt-get -q=2", run: "RUN apt-get install -q=2 python"},
		{test: "apt-get --quiet --quiet", run: "RUN apt-get install --quiet --quiet python"},
	}),

	// ---- hadolint DL3015 (DF312 apt-without-no-install-recommends) ----
	hadolintRuns("DL3015", []hadolintRun{
		{test: "apt-get install recommends", run: "RUN apt-get install --no-install-recommends python"},
		{test: "apt-get no install recommends", run: "RUN apt-get install python", peer: true},
		{test: "apt-get no install recommends, -y", run: "RUN apt-get -y install python", peer: true},
		{test: "apt-get no install recommends via option", run: "RUN apt-get -o APT::Install-Recommends=false install python"},
	}),

	// ---- hadolint DL3019 (DF316 apk-without-no-cache) ----
	hadolintRuns("DL3019", []hadolintRun{
		{test: "warn: apk add without --no-cache", run: "RUN apk add flex=2.6.4-r1", peer: true},
		{test: "don't warn: apk add with --no-cache", run: "RUN apk add --no-cache flex=2.6.4-r1"},
		{test: "don't warn: apk add with BuildKit cache mount", run: "RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0"},
		{test: "don't warn: apk add with BuildKit tmpfs mount", run: "RUN --mount=type=tmpfs,target=/var/cache/apk apk add -U curl=7.77.0"},
		{test: "don't warn: apk add with BuildKit cache mount in wrong dir and --no-cache",
			run: "RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0"},
		{test: "warn: apk add with BuildKit cache mount to wrong dir", run: "RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0", peer: true},
		{test: "warn: apk add with BuildKit tmpfs mount to wrong dir", run: "RUN --mount=type=tmpfs,target=/var/cache/foo apk add -U curl=7.77.0", peer: true},
	}),

	// ---- hadolint DL3027 (DF314 apt-instead-of-apt-get) ----
	hadolintRuns("DL3027", []hadolintRun{
		{test: "apt", run: "RUN apt install python", peer: true, from: "FROM ubuntu\n"},
	}),

	// ---- hadolint DL3030 (DF311 package-manager-without-yes) ----
	hadolintRuns("DL3030", []hadolintRun{
		{test: "not ok when not using `-y` switch", run: "RUN yum install httpd-2.4.24 && yum clean all", peer: true},
		{test: "ok when using `-y` switch", run: "RUN yum install -y httpd-2.4.24 && yum clean all"},
		{test: "ok when using `-y` switch: not even a yum command", run: "RUN bash -c `# not even a yum command`"},
	}),

	// ---- hadolint DL3032 (DF318 package-cache-not-cleaned) ----
	hadolintRuns("DL3032", []hadolintRun{
		{test: "not ok with no clean all", run: "RUN yum install -y mariadb-10.4", peer: true},
		{test: "ok with yum clean all", run: "RUN yum install -y mariadb-10.4 && yum clean all"},
		{test: "ok with yum clean all: not even a yum command", run: "RUN bash -c `# not even a yum command`"},
		{test: "ok with rm -rf /var/cache/yum/*", run: "RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*"},
		{test: "not ok with clean before install", run: "RUN yum clean all && yum install -y", peer: true, noOnbuild: true},
	}),

	// ---- hadolint DL3034 (DF311 package-manager-without-yes) ----
	hadolintRuns("DL3034", []hadolintRun{
		{test: "not ok without non-interactive switch", run: "RUN zypper install httpd=2.4.24 && zypper clean", peer: true},
		{test: "ok with non-interactive switch present: -n", run: "RUN zypper install -n httpd=2.4.24 && zypper clean",
			differs: "zypper's -n after install is --name (select by plain name), not the global --non-interactive: " +
				"the command still asks (rules/docs/DF311.md)"},
		{test: "ok with non-interactive switch present: --non-interactive", run: "RUN zypper install --non-interactive httpd=2.4.24 && zypper clean"},
		{test: "ok with non-interactive switch present: -y", run: "RUN zypper install -y httpd=2.4.24 && zypper clean"},
		{test: "ok with non-interactive switch present: --no-confirm", run: "RUN zypper install --no-confirm httpd=2.4.24 && zypper clean"},
	}),

	// ---- hadolint DL3036 (DF318 package-cache-not-cleaned) ----
	hadolintRuns("DL3036", []hadolintRun{
		{test: "not ok without zypper clean", run: "RUN zypper install -y mariadb=10.4", peer: true},
		{test: "ok with zypper clean", run: "RUN zypper install -y mariadb=10.4 && zypper clean"},
		{test: "ok with zypper cc", run: "RUN zypper install -y mariadb=10.4 && zypper cc"},
		{test: "not ok with clean before install", run: "RUN zypper clean && zypper install -y mariadb=10.4", peer: true, noOnbuild: true},
		{test: "ok when mount type cache is used", run: "RUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb"},
		{test: "ok when mount type tmpfs is used", run: "RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb"},
	}),

	// ---- hadolint DL3038 (DF311 package-manager-without-yes) ----
	hadolintRuns("DL3038", []hadolintRun{
		{test: "not ok without dnf non-interactive flag", run: "RUN dnf install httpd-2.4.24 && dnf clean all", peer: true},
		{test: "not ok without dnf non-interactive flag: microdnf", run: "RUN microdnf install httpd-2.4.24 && microdnf clean all", peer: true,
			differs: "microdnf never asks for confirmation: its -y \"does nothing, we always assume yes\" (rules/docs/DF311.md)"},
		{test: "ok with dnf non-interactive flag", run: "RUN dnf install -y httpd-2.4.24 && dnf clean all"},
		{test: "ok with dnf non-interactive flag: microdnf", run: "RUN microdnf install -y httpd-2.4.24 && microdnf clean all"},
		{test: "ok with dnf non-interactive flag: notdnf", run: "RUN notdnf install httpd"},
	}),

	// ---- hadolint DL3040 (DF318 package-cache-not-cleaned) ----
	hadolintRuns("DL3040", []hadolintRun{
		{test: "no ok without dnf clean all", run: "RUN dnf install -y mariadb-10.4", peer: true},
		{test: "no ok without dnf clean all: microdnf", run: "RUN microdnf install -y mariadb-10.4", peer: true},
		{test: "no ok without dnf clean all: in", run: "RUN dnf in -y mariadb-10.4", peer: true},
		{test: "no ok without dnf clean all: microdnf clean all", run: "RUN dnf install -y mariadb-10.4 && microdnf clean all", peer: true, onlyOnbuild: true},
		{test: "ok with dnf clean all", run: "RUN dnf install -y mariadb-10.4 && dnf clean all"},
		{test: "ok with dnf clean all: in", run: "RUN dnf in -y mariadb-10.4 && dnf clean all", noOnbuild: true},
		{test: "ok with dnf clean all: microdnf", run: "RUN microdnf install -y mariadb-10.4 && microdnf clean all"},
		{test: "ok with dnf clean all: notdnf", run: "RUN notdnf install mariadb"},
		{test: "ok with rm /var/cache/yum", run: "RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*"},
		{test: "ok with rm /var/cache/yum: in", run: "RUN dnf in -y mariadb-10.4 && rm -rf /var/cache/yum/*"},
		{test: "ok with rm /var/cache/yum: microdnf", run: "RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*"},
		{test: "not ok with clean before install: microdnf clean all", run: "RUN microdnf clean all && dnf install -y mariadb-10.4", peer: true, noOnbuild: true},
		{test: "not ok with clean before install: microdnf clean all, in", run: "RUN microdnf clean all && dnf in -y mariadb-10.4", peer: true, noOnbuild: true},
		{test: "not ok with clean before install: rm", run: "RUN rm -rf /var/cache/libdnf5 && dnf install -y mariadb-10.4", peer: true},
		{test: "not ok with clean before install: rm, in", run: "RUN rm -rf /var/cache/libdnf5 && dnf in -y mariadb-10.4", peer: true},
		{test: "not ok with clean before install: rm, microdnf", run: "RUN rm -rf /var/cache/libdnf5 && microdnf install -y mariadb-10.4", peer: true},
		{test: "ok with cache mount at /var/cache/yum", run: "RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.4"},
		{test: "ok with cache mount at /var/cache/yum: in", run: "RUN --mount=type=cache,target=/var/cache/libdnf5 dnf in -y mariadb-10.4"},
		{test: "ok with cache mount at /var/cache/yum: microdnf", run: "RUN --mount=type=cache,target=/var/cache/libdnf5 microdnf install -y mariadb-10.4"},
		{test: "ok with tmpfs mount at /var/cache/yum", run: "RUN --mount=type=tmpfs,target=/var/cache/libdnf5 dnf install -y mariadb-10.4"},
		{test: "ok with tmpfs mount at /var/cache/yum: in", run: "RUN --mount=type=tmpfs,target=/var/cache/libdnf5 dnf in -y mariadb-10.4"},
		{test: "ok with tmpfs mount at /var/cache/yum: microdnf", run: "RUN --mount=type=tmpfs,target=/var/cache/libdnf5 microdnf install -y mariadb-10.4"},
		{test: "not ok with `dnf upgrade`", run: "RUN dnf -y upgrade", peer: true},
		{test: "not ok with `dnf upgrade`: up", run: "RUN dnf -y up", peer: true},
		{test: "different install command variants: install", run: "RUN dnf -y install", peer: true, noOnbuild: true},
		{test: "different install command variants: in", run: "RUN dnf -y in", peer: true, noOnbuild: true},
		{test: "different install command variants: upgrade-minimal", run: "RUN dnf -y upgrade-minimal", peer: true, noOnbuild: true},
		{test: "different install command variants: up-min", run: "RUN dnf -y up-min", peer: true, noOnbuild: true},
		{test: "different install command variants: reinstall", run: "RUN dnf -y reinstall", peer: true, noOnbuild: true},
		{test: "different install command variants: rei", run: "RUN dnf -y rei", peer: true, noOnbuild: true},
		{test: "different install command variants: install, clean", run: "RUN dnf -y install && dnf clean all", noOnbuild: true},
		{test: "different install command variants: upgrade, clean", run: "RUN dnf -y upgrade && dnf clean all", noOnbuild: true},
		{test: "different install command variants: up-min, clean", run: "RUN dnf -y up-min && dnf clean all", noOnbuild: true},
		{test: "different install command variants: rei, clean", run: "RUN dnf -y rei && dnf clean all", noOnbuild: true},
	}),

	// ---- hadolint DL3042 (DF317 pip-without-no-cache-dir) ----
	hadolintRuns("DL3042", []hadolintRun{
		{test: "pip2 --no-cache-dir not used", run: "RUN pip2 install MySQL_python", peer: true},
		{test: "pip3 --no-cache-dir not used", run: "RUN pip3 install MySQL_python", peer: true},
		{test: "pip --no-cache-dir not used", run: "RUN pip install MySQL_python", peer: true},
		{test: "pip2 --no-cache-dir used", run: "RUN pip2 install MySQL_python --no-cache-dir"},
		{test: "pip3 --no-cache-dir used", run: "RUN pip3 install --no-cache-dir MySQL_python"},
		{test: "pip --no-cache-dir used", run: "RUN pip install MySQL_python --no-cache-dir"},
		{test: "don't match on pipx", run: "RUN pipx install software"},
		{test: "don't match on pipenv", run: "RUN pipenv install library"},
		{test: "respect ENV PIP_NO_CACHE_DIR=1", run: "ENV PIP_NO_CACHE_DIR=1\nRUN pip install MySQL_python", noOnbuild: true},
		{test: "respect ENV PIP_NO_CACHE_DIR=on", run: "ENV PIP_NO_CACHE_DIR=on\nRUN pip install MySQL_python", noOnbuild: true},
		{test: "respect ENV PIP_NO_CACHE_DIR=yes", run: "ENV PIP_NO_CACHE_DIR=yes\nRUN pip install MySQL_python", noOnbuild: true},
		{test: "respect ENV PIP_NO_CACHE_DIR=true", run: "ENV PIP_NO_CACHE_DIR=true\nRUN pip install MySQL_python", noOnbuild: true},
		{test: "respect RUN PIP_NO_CACHE_DIR=1", run: "RUN PIP_NO_CACHE_DIR=1 pip install MySQL_python", noOnbuild: true},
		{test: "respect RUN PIP_NO_CACHE_DIR=on", run: "RUN PIP_NO_CACHE_DIR=on pip install MySQL_python", noOnbuild: true},
		{test: "respect RUN PIP_NO_CACHE_DIR=yes", run: "RUN PIP_NO_CACHE_DIR=yes pip install MySQL_python", noOnbuild: true},
		{test: "respect RUN PIP_NO_CACHE_DIR=true", run: "RUN PIP_NO_CACHE_DIR=true pip install MySQL_python", noOnbuild: true},
		{test: "respect RUN export PIP_NO_CACHE_DIR=1", run: "RUN export PIP_NO_CACHE_DIR=1 && pip install MySQL_python", noOnbuild: true},
		{test: "respect RUN export PIP_NO_CACHE_DIR=on", run: "RUN export PIP_NO_CACHE_DIR=on && pip install MySQL_python", noOnbuild: true},
		{test: "respect RUN export PIP_NO_CACHE_DIR=yes", run: "RUN export PIP_NO_CACHE_DIR=yes && pip install MySQL_python", noOnbuild: true},
		{test: "respect RUN export PIP_NO_CACHE_DIR=true", run: "RUN export PIP_NO_CACHE_DIR=true && pip install MySQL_python", noOnbuild: true},
		{test: "respect ENV PIP_NO_CACHE_DIR=0", run: "ENV PIP_NO_CACHE_DIR=0\nRUN pip install MySQL_python", peer: true, noOnbuild: true},
		{test: "respect ENV PIP_NO_CACHE_DIR=off", run: "ENV PIP_NO_CACHE_DIR=off\nRUN pip install MySQL_python", peer: true, noOnbuild: true},
		{test: "respect ENV PIP_NO_CACHE_DIR=no", run: "ENV PIP_NO_CACHE_DIR=no\nRUN pip install MySQL_python", peer: true, noOnbuild: true},
		{test: "respect ENV PIP_NO_CACHE_DIR=false", run: "ENV PIP_NO_CACHE_DIR=false\nRUN pip install MySQL_python", peer: true, noOnbuild: true},
		{test: "respect RUN PIP_NO_CACHE_DIR=0", run: "RUN PIP_NO_CACHE_DIR=0 pip install MySQL_python", peer: true, noOnbuild: true},
		{test: "respect RUN PIP_NO_CACHE_DIR=off", run: "RUN PIP_NO_CACHE_DIR=off pip install MySQL_python", peer: true, noOnbuild: true},
		{test: "respect RUN PIP_NO_CACHE_DIR=no", run: "RUN PIP_NO_CACHE_DIR=no pip install MySQL_python", peer: true, noOnbuild: true},
		{test: "respect RUN PIP_NO_CACHE_DIR=false", run: "RUN PIP_NO_CACHE_DIR=false pip install MySQL_python", peer: true, noOnbuild: true},
		{test: "respect RUN export PIP_NO_CACHE_DIR=0", run: "RUN export PIP_NO_CACHE_DIR=0 && pip install MySQL_python", peer: true, noOnbuild: true},
		{test: "respect RUN export PIP_NO_CACHE_DIR=off", run: "RUN export PIP_NO_CACHE_DIR=off && pip install MySQL_python", peer: true, noOnbuild: true},
		{test: "respect RUN export PIP_NO_CACHE_DIR=no", run: "RUN export PIP_NO_CACHE_DIR=no && pip install MySQL_python", peer: true, noOnbuild: true},
		{test: "respect RUN export PIP_NO_CACHE_DIR=false", run: "RUN export PIP_NO_CACHE_DIR=false && pip install MySQL_python", peer: true, noOnbuild: true},
		{test: "don't trigger if PIP_NO_CACHE_DIR is inherited", from: "FROM debian:buster as base\n",
			run: "ENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six", noOnbuild: true},
		{test: "trigger if PIP_NO_CACHE_DIR is not inherited", from: "FROM debian:buster as base\n",
			run: "ENV PIP_NO_CACHE_DIR=1\nFROM debian:buster\nRUN pip install six", peer: true, noOnbuild: true},
		{test: "ok with cache mount in cache dir", run: "RUN --mount=type=cache,target=/root/.cache/pip pip install foobar"},
		{test: "ok with tmpfs mount in cache dir", run: "RUN --mount=type=tmpfs,target=/root/.cache/pip pip install foobar"},
	}),

	// ---- hadolint DL3060 (DF318 package-cache-not-cleaned) ----
	hadolintRuns("DL3060", []hadolintRun{
		{test: "ok with non-yarn commands", run: "RUN foo"},
		{test: "not ok with no cache clean", run: "RUN yarn install foo", peer: true},
		{test: "ok with cache clean", run: "RUN yarn install bar && yarn cache clean"},
		{test: "not ok with clean before install", run: "RUN yarn cache clean && yarn install foo", peer: true, noOnbuild: true},
		{test: "ok when cache mount is used", run: "RUN --mount=type=cache,target=/root/.cache/yarn yarn install foobar"},
		{test: "ok when tmpfs mount is used", run: "RUN --mount=type=tmpfs,target=/root/.cache/yarn yarn install foobar"},
		{test: "not ok when cache mount is in wrong location", run: "RUN --mount=type=cache,target=/var/lib/foobar yarn install foobar", peer: true},
		{test: "not ok when tmpfs mount is in wrong location", run: "RUN --mount=type=tmpfs,target=/var/lib/foobar yarn install foobar", peer: true},
		{test: "not ok when yarn install is in last stage w/o yarn clean", from: "FROM node:lts-alpine as foo\n",
			run: "RUN hey!\nFROM scratch\nRUN yarn install", peer: true},
		{test: "not ok when inheriting from stage with yarn install w/o yarn clean", from: "FROM node:lts-alpine as foo\n",
			run: "RUN yarn install\nFROM foo\nRUN hey!", peer: true},
		{test: "ok when inheriting from stage with yarn cache clear", from: "FROM node:lts-alpine as foo\n",
			run: "RUN yarn install && yarn cache clean\nFROM foo\nRUN hey!"},
		{test: "ok when omitting yarn cache clean in stage that is not reused later", from: "FROM node:lts-alpine as foo\n",
			run: "RUN yarn install foo\nFROM scratch\nRUN hey!", noOnbuild: true},
		{test: "ok when omitting yarn cache clean in stage that is not reused later (ONBUILD)", from: "FROM node:lts-alpine as foo\n",
			run: "ONBUILD RUN yarn install foo\nFROM scratch\nONBUILD RUN hey!", peer: true, noOnbuild: true},
	}),
)

// hadolintRun is one hadolint test case given as the lines after the FROM,
// re-expressed as a conformanceCase by hadolintRuns (with its
// onBuildRuleCatches variant unless noOnbuild).
type hadolintRun struct {
	test string
	run  string // the instructions; several lines for ENV and FROM cases
	// from is the FROM line the snippet starts with; "" for hadolint's
	// snippets without one, which get conformanceFrom.
	from        string
	peer        bool   // hadolint expects a finding
	noOnbuild   bool   // hadolint's test has no ONBUILD variant
	onlyOnbuild bool   // only the ONBUILD variant is in hadolint's test
	differs     string // a deliberate difference: dockerfix expects !peer
	adapted     string // how the snippet departs from hadolint's
}

// hadolintRuns expands the runs of one alias into conformance cases: the
// snippet as written and, unless noOnbuild, with every RUN in ONBUILD.
func hadolintRuns(alias string, runs []hadolintRun) []conformanceCase {
	var out []conformanceCase
	for _, r := range runs {
		c := conformanceCase{peer: "hadolint", test: r.test, alias: alias, peerWants: r.peer,
			want: r.peer != (r.differs != ""), differs: r.differs, adapted: r.adapted}
		from := r.from
		if from == "" {
			from = conformanceFrom
			if c.adapted == "" {
				c.adapted = noFrom
			}
		}
		if !r.onlyOnbuild {
			plain := c
			plain.src = from + r.run + "\n"
			out = append(out, plain)
		}
		if !r.noOnbuild {
			ob := c
			ob.test += " (ONBUILD)"
			ob.src = from + onbuildRuns(r.run) + "\n"
			out = append(out, ob)
		}
	}
	return out
}

// onbuildRuns wraps every RUN line of src in ONBUILD.
func onbuildRuns(src string) string {
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "RUN ") {
			lines[i] = "ONBUILD " + l
		}
	}
	return strings.Join(lines, "\n")
}

func concatCases(parts ...[]conformanceCase) []conformanceCase {
	var out []conformanceCase
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
