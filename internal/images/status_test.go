package images

import (
	"testing"
)

func TestStatus(t *testing.T) {
	c := load(t)
	date := day0(t, testDate)
	type comp struct {
		product, cycle string
		eol            bool
	}
	tests := []struct {
		ref      string
		cycle    string // "product cycle" or ""
		eol      bool
		floating bool
		comps    []comp // OS/runtime components, in order; nil = not checked
	}{
		{"python:3.9-slim-bullseye", "python 3.9", true, false, []comp{{"debian", "11", true}}},
		{"python:3", "python 3.14", false, true, []comp{{"debian", "13", false}}},
		{"python:3.12-alpine3.23", "python 3.12", false, false, []comp{{"alpine", "3.23", false}}},
		{"node:krypton", "node 24", false, false, []comp{{"debian", "12", true}}},
		{"node:lts", "node 24", false, true, []comp{{"debian", "12", true}}},
		{"node:current", "node 26", false, true, []comp{{"debian", "13", false}}},
		{"node", "node 26", false, true, []comp{{"debian", "13", false}}},
		{"node:alpine", "node 26", false, true, []comp{{"alpine", "3.24", false}}},
		{"node:14-alpine", "node 14", true, false, []comp{{"alpine", "", false}}},
		{"node:fermium", "node 14", true, false, nil},
		{"node:16-bullseye-slim", "node 16", true, false, []comp{{"debian", "11", true}}},
		{"nginx:stable", "nginx 1.30", false, true, nil},
		{"nginx:mainline", "nginx 1.31", false, true, nil},
		{"nginx:1.21-alpine", "nginx 1.21", true, false, nil},
		{"debian:stable", "debian 13", false, true, nil},
		{"debian:oldstable-slim", "debian 12", true, true, nil},
		{"debian:buster", "debian 10", true, false, []comp{}},
		{"ubuntu", "ubuntu 26.04", false, true, []comp{}},
		{"ubuntu:22.10", "ubuntu 22.10", true, false, nil},
		{"ubuntu:jammy", "ubuntu 22.04", false, false, nil},
		{"alpine:3.12", "alpine 3.12", true, false, nil},
		{"buildpack-deps:bullseye", "", false, true, []comp{{"debian", "11", true}}},
		{"buildpack-deps:buster", "", false, true, []comp{{"debian", "10", true}}},
		{"buildpack-deps:noble-curl", "", false, true, []comp{{"ubuntu", "24.04", false}}},
		{"maven:3.9-eclipse-temurin-17", "maven 3.9", false, false, []comp{{"eclipse-temurin", "17", false}, {"ubuntu", "24.04", false}}},
		{"maven:3.8-openjdk-11", "maven 3.8", true, false, nil},
		{"mcr.microsoft.com/windows/servercore:ltsc2019", "windows-server-core 2019", false, false, []comp{}},
		{"mcr.microsoft.com/windows/servercore:1809", "windows-server-core 1809", true, false, nil},
		{"mcr.microsoft.com/windows/nanoserver:ltsc2022", "windows-nano-server 2022", false, false, nil},
		{"mcr.microsoft.com/dotnet/aspnet:6.0", "dotnet 6", true, false, nil},
		{"mcr.microsoft.com/dotnet/sdk:8.0", "dotnet 8", true, false, []comp{{"debian", "12", true}}},
		{"mcr.microsoft.com/dotnet/sdk:10.0", "dotnet 10", false, false, []comp{{"ubuntu", "24.04", false}}},
		{"eclipse-temurin:11-jre-focal", "eclipse-temurin 11", false, false, []comp{{"ubuntu", "20.04", true}}},
		{"eclipse-temurin:21-jdk", "eclipse-temurin 21", false, false, []comp{{"ubuntu", "26.04", false}}},
		{"golang:1.19-alpine3.16", "golang 1.19", true, false, []comp{{"alpine", "3.16", true}}},
		{"php:7.4-apache", "php 7.4", true, false, nil},
		{"postgres:12", "postgres 12", true, false, nil},
		// A major's tag is its newest long-term line, not a rapid release
		// (MongoDB's 5.3), which the images never shipped as mongo:5.
		{"mongo:5", "mongodb 5.0", true, true, nil},
		{"mongo:6", "mongodb 6.0", true, true, nil},
		{"mongo:5.3", "mongodb 5.3", true, false, nil},
		{"postgres:14", "postgres 14", true, false, nil},
		{"centos:7", "centos 7", true, false, nil},
		{"centos:centos7", "centos 7", true, false, nil},
		{"tomcat:9.0-jdk17-temurin-jammy", "tomcat 9.0", false, false, []comp{{"eclipse-temurin", "17", false}, {"ubuntu", "22.04", false}}},
		{"elixir:1.20-otp-29-alpine", "elixir 1.20", false, false, []comp{{"erlang", "29", false}, {"alpine", "", false}}},
		{"wordpress:php7.4-apache", "", false, true, []comp{{"php", "7.4", true}, {"debian", "", false}}},
		{"mysql:8.0", "mysql 8.0", true, false, nil},
		{"mysql:8.4", "mysql 8.4", false, false, nil},
		{"jenkins/jenkins:lts", "jenkins 2.568", false, true, nil},
		{"sonarqube:2026.1-developer", "sonarqube-server 2026.1", false, false, nil},
		{"sonarqube:9.9-community", "sonarqube 9", true, false, nil},
		{"openjdk:11", "openjdk 11", true, false, nil},
		{"amazonlinux:2", "amazonlinux 2", true, false, nil},
		{"oraclelinux:7-slim", "oracle-linux 7", true, false, nil},
		{"fedora:43", "fedora 43", false, false, nil},
		{"traefik:langres", "traefik 3.7", false, false, nil},
		{"haproxy:lts", "haproxy 3.4", false, true, nil},
		{"rabbitmq:4.3-management", "rabbitmq 4.3", false, false, []comp{{"ubuntu", "24.04", false}}},
		{"valkey/valkey:8.0", "valkey 8.0", false, false, nil},
		{"oven/bun:1", "bun 1", false, false, nil},
		{"denoland/deno:alpine-2.8.3", "deno 2.8", true, false, nil},
		{"quay.io/centos/centos:stream9", "centos-stream 9", false, false, nil},
		{"hashicorp/vault:1.19", "vault 1.19", true, false, nil},
		{"hashicorp/vault:2.0.4", "vault 2.0", false, false, nil},
	}
	for _, tt := range tests {
		st, ok := c.Status(mustRef(t, tt.ref), date)
		if !ok {
			t.Errorf("Status(%s): unknown image", tt.ref)
			continue
		}
		if st.Cycle.String() != tt.cycle || st.EOL != tt.eol || st.Floating != tt.floating {
			t.Errorf("Status(%s) = cycle %q eol %v floating %v; want %q %v %v", tt.ref, st.Cycle.String(), st.EOL, st.Floating, tt.cycle, tt.eol, tt.floating)
		}
		if tt.comps == nil {
			continue
		}
		var got []comp
		for _, cs := range st.Components {
			name := ""
			if cs.Cycle != nil {
				name = cs.Cycle.Name
			}
			got = append(got, comp{cs.Product, name, cs.EOL})
		}
		if len(got) != len(tt.comps) {
			t.Errorf("Status(%s) components = %v, want %v", tt.ref, got, tt.comps)
			continue
		}
		for i := range got {
			if got[i] != tt.comps[i] {
				t.Errorf("Status(%s) components = %v, want %v", tt.ref, got, tt.comps)
				break
			}
		}
	}
}

func TestStatusDetails(t *testing.T) {
	c := load(t)
	date := day0(t, testDate)
	st, _ := c.Status(mustRef(t, "node:14-alpine"), date)
	if st.Known || st.Newest.Name != "26" || st.NewestLTS.Name != "26" || !st.Unsupported() {
		t.Errorf("node:14-alpine: %+v", st)
	}
	// Node 26 only becomes LTS on 2026-10-28.
	st, _ = c.Status(mustRef(t, "node:14-alpine"), day0(t, "2026-09-01"))
	if st.NewestLTS.Name != "24" || st.Newest.Name != "26" {
		t.Errorf("before 26 enters LTS: newest %s, LTS %s", st.Newest.Name, st.NewestLTS.Name)
	}
	st, _ = c.Status(mustRef(t, "centos:7"), date)
	if st.Deprecated == nil || st.Deprecated.Image != "" {
		t.Errorf("centos deprecation = %+v", st.Deprecated)
	}
	st, _ = c.Status(mustRef(t, "openjdk:11"), date)
	if st.Deprecated == nil || st.Deprecated.Image != "eclipse-temurin" {
		t.Errorf("openjdk deprecation = %+v", st.Deprecated)
	}
	st, _ = c.Status(mustRef(t, "python:3.15-rc-slim"), date)
	if !st.Prerelease {
		t.Error("python:3.15-rc-slim is a pre-release")
	}
	st, _ = c.Status(mustRef(t, "fedora:rawhide"), date)
	if !st.Prerelease {
		t.Error("fedora:rawhide is a pre-release")
	}
	st, _ = c.Status(mustRef(t, "node:0.10"), date)
	if !st.EOL {
		t.Errorf("node:0.10 = %+v", st)
	}
	if os, ok := st.OS(); !ok || os.Product != "debian" || !os.Implicit {
		t.Errorf("node:0.10 OS = %+v", os)
	}
	if _, ok := c.Status(mustRef(t, "acme/unknown:1"), date); ok {
		t.Error("unknown image has a status")
	}
	// The date decides: python 3.9 was supported in 2025.
	st, _ = c.Status(mustRef(t, "python:3.9"), day0(t, "2025-01-01"))
	if st.EOL {
		t.Error("python 3.9 was supported on 2025-01-01")
	}
}
