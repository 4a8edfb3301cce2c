package rules

// trivyCasesA are Trivy's own test cases (aquasecurity/trivy-checks
// checks/docker/*_test.rego) for DS-0009, DS-0012, DS-0017, DS-0021 and
// DS-0029, which dockerfix aliases, written back as Dockerfile text.
//
// Source: github.com/aquasecurity/trivy-checks, checks/docker/*_test.rego
// (workdir_path_not_absolute, same_alias_in_different_froms,
// update_instruction_alone, apt_get_missing_yes_flag_to_avoid_manual_input,
// apt_get_missing_no_install_recommends), commit
// 80e5382269707262f35cf893bdc0805cb72217e9 (2026-08-21).
var trivyCasesA = []conformanceCase{
	// ---- Trivy DS-0009 (DF417 workdir-relative-path) ----
	{peer: "trivy", test: "test_basic_denied", alias: "DS-0009",
		src:       "FROM alpine:3.5\nRUN apk add --update py2-pip\nWORKDIR /path/to/workdir\nWORKDIR workdir\n",
		peerWants: true, want: false,
		differs: "the relative WORKDIR follows an absolute one, so it depends on nothing outside the Dockerfile: " +
			"DF417 reports only the first WORKDIR of a chain of stages, as BuildKit does (rules/docs/DF417.md)"},
	{peer: "trivy", test: "test_no_work_dir_allowed", alias: "DS-0009",
		src: "FROM alpine:3.3\nRUN apk --no-cache add nginx\n"},
	{peer: "trivy", test: "test_absolute_work_dir_allowed", alias: "DS-0009",
		src: "FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR /path/to/workdir\n"},
	{peer: "trivy", test: "test_absolute_work_dir_with_quotes_allowed", alias: "DS-0009",
		src: "FROM alpine:3.3\nRUN apk --no-cache add nginx\nWORKDIR \"/path/to/workdir\"\n"},

	// ---- Trivy DS-0012 (DF414 duplicate-stage-name) ----
	// DS-0012 reads only each stage's Name (the FROM line as written), so the
	// Names give the FROM lines. The tests' from commands disagree with them
	// in places (test_basic_allowed's Names say AS build2 and AS build1, its
	// from commands both "as build"); the Names are what the check judges.
	{peer: "trivy", test: "test_basic_denied", alias: "DS-0012",
		src:       "FROM baseImage as bi\nRUN Test\nFROM debian:jesse2 as build\nRUN stuff\nFROM debian:jesse1 as build\nRUN more_stuff\n",
		peerWants: true, want: true},
	{peer: "trivy", test: "test_missed_alias_denied", alias: "DS-0012",
		src:       "FROM baseImage\nRUN Test\nFROM debian:jesse2 as build\nRUN stuff\nFROM debian:jesse1 as build\nRUN more_stuff\n",
		peerWants: true, want: true},
	{peer: "trivy", test: "test_no_alias_allowed", alias: "DS-0012",
		src: "FROM baseImage\nRUN Test\nFROM debian:jesse2\nRUN stuff\n"},
	{peer: "trivy", test: "test_extra_spaces_denied", alias: "DS-0012",
		src:       "FROM baseImage\nRUN Test\nFROM debian:jesse2 as build\nRUN stuff\nFROM debian:jesse1 as    build\nRUN more_stuff\n",
		peerWants: true, want: true},
	{peer: "trivy", test: "test_basic_allowed", alias: "DS-0012",
		src: "FROM baseImage\nRUN Test\nFROM debian:jesse2 as build2\nRUN stuff\nFROM debian:jesse1 as build1\nRUN more_stuff\n"},

	// ---- Trivy DS-0017 (DF315 package-update-alone) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0017",
		src: "FROM ubuntu:18.04\nRUN apt-get update\n" +
			"RUN apt-get install -y --no-install-recommends mysql-client && rm -rf /var/lib/apt/lists/*\nENTRYPOINT mysql\n",
		peerWants: true, want: true},
	{peer: "trivy", test: "test_json_array_denied", alias: "DS-0017",
		src:       "FROM ubuntu:18.04\nRUN [\"apt-get\", \"update\"]\nENTRYPOINT mysql\n",
		peerWants: true, want: true},
	{peer: "trivy", test: "test_chained_denied", alias: "DS-0017",
		src: "FROM ubuntu:18.04\nRUN apt-get update && adduser mike\n" +
			"RUN apt-get install -y --no-install-recommends mysql-client && rm -rf /var/lib/apt/lists/*\nENTRYPOINT mysql\n",
		peerWants: true, want: true},
	{peer: "trivy", test: "test_multiple_package_managers", alias: "DS-0017",
		src: "FROM ubuntu:18.04\nRUN apt-get update -y && apt-get upgrade -y && apt-get install -y curl && apk-update\nENTRYPOINT mysql\n"},
	{peer: "trivy", test: "test_allowed", alias: "DS-0017",
		src: "FROM ubuntu:18.04\n" +
			"RUN apt-get update && apt-get install -y --no-install-recommends mysql-client && rm -rf /var/lib/apt/lists/*\n" +
			"RUN apk update && apk add --no-cache git ca-certificates\n" +
			"RUN apk --update add easy-rsa\n" +
			"RUN /bin/sh /scripts/someScript.sh update\n" +
			"RUN apt-get install -y nginx\n" +
			"ENTRYPOINT mysql\n",
		line: 3, want: true,
		differs: "apk add --no-cache downloads its own index and never reads the one apk update leaves in /var/cache/apk, " +
			"so DF315 reports the update as useless (rules/docs/DF315.md); Trivy only asks for a later install of the same manager"},
	{peer: "trivy", test: "test_allowed_cmds_separated_by_semicolon", alias: "DS-0017",
		src: "FROM ubuntu:18.04\nRUN apt-get update -y ; apt-get install -y curl\nENTRYPOINT mysql\n"},
	{peer: "trivy", test: "test_allowed_multiple_install_cmds", alias: "DS-0017",
		src: "FROM ubuntu:18.04\nRUN apt-get update -y && apt-get upgrade -y && apt-get install -y curl\nENTRYPOINT mysql\n"},
	{peer: "trivy", test: "test_allow_upgrade", alias: "DS-0017",
		src: "FROM ubuntu:18.04\nRUN test && apt-get update && apt upgrade --yes\n"},
	{peer: "trivy", test: "test_without_install_cmd_allowed", alias: "DS-0017",
		src: "FROM alpine:latest\nRUN echo \"Test\"\n"},
	// Trivy's from command holds "FROM maven:alpine"; the stage's Name is maven:alpine.
	{peer: "trivy", test: "test_non_package_manager_update_allowed", alias: "DS-0017",
		src: "FROM maven:alpine\nCOPY build.sbt version.sbt ./\nRUN sbt update \n"},
	{peer: "trivy", test: "test_dnf_update_denied", alias: "DS-0017",
		src: "FROM centos:8\nRUN dnf update -y\n", peerWants: true, want: false,
		differs: trivyAUpgradeNotRefresh},
	{peer: "trivy", test: "test_dnf_update_allowed", alias: "DS-0017",
		src: "FROM centos:8\nRUN dnf update && dnf install -y dnf-plugins-core\n"},
	{peer: "trivy", test: "test_zypper_update_denied", alias: "DS-0017",
		src: "FROM opensuse/tumbleweed\nRUN zypper up -y\n", peerWants: true, want: false,
		differs: trivyAUpgradeNotRefresh},
	{peer: "trivy", test: "test_zypper_update_allowed", alias: "DS-0017",
		src: "FROM opensuse/tumbleweed\nRUN zypper up -y  && zypper install -y curl wget zip unzip tar git\n"},
	{peer: "trivy", test: "test_yum_update_denied", alias: "DS-0017",
		src: "FROM centos:latest\nRUN yum update -y\n", peerWants: true, want: false,
		differs: trivyAUpgradeNotRefresh},
	{peer: "trivy", test: "test_yum_update_allowed", alias: "DS-0017",
		src: "FROM centos:latest\nRUN yum update -y && yum -y install java-11-openjdk\n"},

	// ---- Trivy DS-0021 (DF311 package-manager-without-yes) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0021",
		src: "FROM node:12\nRUN apt-get install python=2.7\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_json_array_denied", alias: "DS-0021",
		src: "FROM node:12\nRUN [\"apt-get\", \"install\", \"apt-utils\"]\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_allowed", alias: "DS-0021",
		src: "FROM node:12\nRUN apt-get -fmy install apt-utils\n"},
	{peer: "trivy", test: "test_with_short_flags_behind_allowed", alias: "DS-0021",
		src: "FROM node:12\nRUN apt-get install -fmy apt-utils\n"},
	{peer: "trivy", test: "test_with_long_flags_behind_allowed", alias: "DS-0021",
		src: "FROM node:12\nRUN apt-get install --assume-yes apt-utils\n"},
	{peer: "trivy", test: "test_json_array_short_flag_allowed", alias: "DS-0021",
		src: "FROM node:12\nRUN [\"apt-get\", \"-fmy\", \"install\", \"apt-utils\"]\n"},
	{peer: "trivy", test: "test_json_array_long_flag_allowed", alias: "DS-0021",
		src: "FROM node:12\nRUN [\"apt-get\", \"--yes\", \"-q\", \"install\", \"apt-utils\"]\n"},
	{peer: "trivy", test: "test_chained_allowed", alias: "DS-0021",
		src: "FROM node:12\nRUN apt-get update && apt-get -y install apt-utils\n"},
	{peer: "trivy", test: "test_flags_after_pkgs_allowed", alias: "DS-0021",
		src: "FROM debian:11-slim\nRUN apt-get update && apt-get install tzdata postgresql-10 -y && rm -rf /var/lib/apt/lists/*\n"},

	// ---- Trivy DS-0029 (DF312 apt-without-no-install-recommends) ----
	{peer: "trivy", test: "test_denied", alias: "DS-0029",
		src: "FROM node:12\nRUN apt-get install -y python=2.7\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_json_array_denied", alias: "DS-0029",
		src: "FROM node:12\nRUN [\"apt-get\", \"install\", \"-y\", \"apt-utils\"]\n", peerWants: true, want: true},
	{peer: "trivy", test: "test_allowed", alias: "DS-0029",
		src: "FROM node:12\nRUN apt-get -fmy install --no-install-recommends apt-utils\n"},
	{peer: "trivy", test: "test_with_flag_behind_allowed", alias: "DS-0029",
		src: "FROM node:12\nRUN apt-get --no-install-recommends install -fmy apt-utils\n"},
	{peer: "trivy", test: "test_json_array_long_flag_allowed", alias: "DS-0029",
		src: "FROM node:12\nRUN [\"apt-get\", \"--yes\", \"-q\", \"--no-install-recommends\", \"install\", \"apt-utils\"]\n"},
	{peer: "trivy", test: "test_chained_allowed", alias: "DS-0029",
		src: "FROM node:12\nRUN apt-get update && apt-get --no-install-recommends -y install apt-utils\n"},
	{peer: "trivy", test: "test_flags_after_pkgs_allowed", alias: "DS-0029",
		src: "FROM debian:11-slim\nRUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata postgresql-10 --no-install-recommends && rm -rf /var/lib/apt/lists/*\n"},
}

const trivyAUpgradeNotRefresh = "yum update, dnf update and zypper update (up) upgrade the installed packages, " +
	"they are no index refresh: DF315 checks index refreshes (dnf/yum makecache, zypper refresh) only (rules/docs/DF315.md)"
