package images

import (
	"strings"
	"testing"
)

func TestDefaultUser(t *testing.T) {
	c := load(t)
	tests := []struct {
		ref            string
		user           string
		nonRoot, known bool
	}{
		{"gcr.io/distroless/static-debian12:nonroot", "65532", true, true},
		{"gcr.io/distroless/base-debian12", "root", false, true},
		{"mcr.microsoft.com/dotnet/aspnet:10.0-windowsservercore-ltsc2022", "ContainerAdministrator", false, true},
		{"cgr.dev/chainguard/static:latest", "65532", true, true},
		{"bitnami/redis:7.2", "1001", true, true},
		{"nginxinc/nginx-unprivileged:1.27-alpine", "101", true, true},
		{"example.com/app:1.0-nonroot", "", true, true},
		{"jenkins/jenkins:lts", "jenkins", true, true},
		{"sonarqube:community", "sonarqube", true, true},
		{"mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled", "app", true, true},
		{"mcr.microsoft.com/dotnet/aspnet:8.0", "root", false, true},
		{"mcr.microsoft.com/windows/nanoserver:ltsc2022", "ContainerUser", true, true},
		{"mcr.microsoft.com/windows/servercore:ltsc2022", "ContainerAdministrator", false, true},
		{"mcr.microsoft.com/dotnet/framework/runtime:4.8.1", "ContainerAdministrator", false, true},
		{"node:24-alpine", "root", false, true},
		{"python:3.12", "root", false, true},
		{"scratch", "root", false, true},
		{"acme/app:1", "", false, false},
		{"centos:7", "root", false, true},
		{"quay.io/centos/centos:stream9", "root", false, true},
		{"archlinux:latest", "root", false, true},
		{"photon:5.0", "root", false, true},
		{"caddy:2", "root", false, true},
		{"openresty/openresty:1.27.1.2-alpine", "root", false, true},
		{"couchbase/server:8.0.2", "root", false, true},
		{"couchbase:enterprise-7.6.5", "root", false, true},
		{"osixia/light-baseimage:1.3.2", "root", false, true},
		{"osixia/openldap:1.5.0", "root", false, true},
		{"groovy:4.0-jdk21", "1000", true, true},
		{"opensearchproject/opensearch:2.12.0", "1000", true, true},
		{"public.ecr.aws/opensearchproject/opensearch:3.7.0", "1000", true, true},
		{"quay.io/keycloak/keycloak:26.0", "1000", true, true},
		{"emqx/emqx:5.8.0", "emqx", true, true},
		{"apache/kafka:4.3.1", "appuser", true, true},
		{"confluentinc/cp-kafka:7.9.0", "appuser", true, true},
		{"sonatype/nexus3:3.21.1", "nexus", true, true},
		{"mambaorg/micromamba:2.3.2", "mambauser", true, true},
		{"apache/spark:3.5.3-python3", "spark", true, true},
		{"spark:3.5.3", "spark", true, true},
		{"apache/superset:4.1.1", "superset", true, true},
		{"n8nio/n8n:1.80.0", "node", true, true},
		// Red Hat's runtime images (sclorg's Dockerfiles end in USER 1001,
		// PostgreSQL's in USER 26), not the UBI base images.
		{"registry.access.redhat.com/ubi9/python-312", "1001", true, true},
		{"registry.access.redhat.com/ubi9/nodejs-22:latest", "1001", true, true},
		{"registry.redhat.io/rhel9/postgresql-16", "26", true, true},
		{"registry.access.redhat.com/ubi8/openjdk-17", "185", true, true},
		{"registry.access.redhat.com/ubi9/go-toolset:1.24", "1001", true, true},
		{"quay.io/sclorg/python-312-c9s", "1001", true, true},
		{"registry.access.redhat.com/ubi9/ubi-minimal:9.6", "root", false, true},
		{"registry.access.redhat.com/ubi9", "root", false, true},
		{"otel/opentelemetry-collector-contrib:0.120.0", "10001", true, true},
		{"grafana/loki:3.4.2", "10001", true, true},
		// The products and families of data-2026-12.
		{"docker:29-dind", "root", false, true},
		{"docker:29-dind-rootless", "rootless", true, true},
		{"mcr.microsoft.com/mssql/server:2017-latest", "root", false, true},
		{"mcr.microsoft.com/mssql/server:2022-latest", "mssql", true, true},
		{"mcr.microsoft.com/powershell:7.6-ubuntu-24.04", "root", false, true},
		{"mcr.microsoft.com/powershell:7.6-nanoserver-ltsc2022", "ContainerUser", true, true},
		{"registry.access.redhat.com/ubi9/ubi-minimal:9.8", "root", false, true},
		{"redhat/ubi10", "root", false, true},
		{"mcr.microsoft.com/azurelinux/base/core:3.0", "root", false, true},
		{"mcr.microsoft.com/devcontainers/base:2-trixie", "root", false, true},
		{"cypress/included:15.20.1", "root", false, true},
		{"quay.io/jupyter/base-notebook", "jovyan", true, true},
		{"selenium/standalone-chrome", "seluser", true, true},
		{"jenkins/agent:latest-jdk21", "jenkins", true, true},
		{"jenkins/ssh-agent", "root", false, true},
		{"ghcr.io/linuxserver/baseimage-alpine:3.23", "root", false, true},
		{"mcr.microsoft.com/windows/servercore/iis", "ContainerAdministrator", false, true},
	}
	for _, tt := range tests {
		u, nr, k := c.DefaultUser(mustRef(t, tt.ref))
		if u != tt.user || nr != tt.nonRoot || k != tt.known {
			t.Errorf("DefaultUser(%s) = %q %v %v, want %q %v %v", tt.ref, u, nr, k, tt.user, tt.nonRoot, tt.known)
		}
	}
}

func TestKnownNonRootUser(t *testing.T) {
	c := load(t)
	tests := []struct{ ref, user string }{
		{"node:24-alpine", "node"},
		{"gcr.io/distroless/static-debian12", "nonroot"},
		{"gcr.io/distroless/static-debian12:nonroot", "nonroot"},
		{"cgr.dev/chainguard/python", "nonroot"},
		{"jenkins/jenkins:lts", "jenkins"},
		{"mcr.microsoft.com/dotnet/aspnet:8.0", "app"},
		{"mcr.microsoft.com/dotnet/aspnet:6.0", ""},
		// The app user is the Linux images'; Windows ones have ContainerUser.
		{"mcr.microsoft.com/dotnet/aspnet:10.0-windowsservercore-ltsc2022", "ContainerUser"},
		{"mcr.microsoft.com/dotnet/runtime:9.0-nanoserver-ltsc2022", "ContainerUser"},
		{"ubuntu:24.04", "ubuntu"},
		{"ubuntu:22.04", ""},
		// drops root in its entrypoint: a USER would break it
		{"postgres:17", ""},
		{"php:8.4-apache", ""},
		{"php:8.4-fpm-alpine", "www-data"},
		{"eclipse-temurin:21-jdk", ""},
		{"python:3.12", ""},
		{"acme/app", ""},
		// Windows: ContainerUser exists in every Server Core and Nano
		// Server image; IIS and SQL Server need an administrator.
		{"mcr.microsoft.com/windows/servercore:ltsc2022", "ContainerUser"},
		{"microsoft/windowsservercore", "ContainerUser"},
		{"mcr.microsoft.com/dotnet/framework/runtime:4.8.1", "ContainerUser"},
		{"python:3.13-windowsservercore-ltsc2022", "ContainerUser"},
		{"mcr.microsoft.com/dotnet/framework/aspnet:4.8.1", ""},
		{"mcr.microsoft.com/windows/servercore/iis", ""},
		{"microsoft/mssql-server-windows-express", ""},
		{"mcr.microsoft.com/devcontainers/base:2-trixie", "vscode"},
		{"cypress/base:22.19.0", "node"},
		{"docker:29-dind-rootless", "rootless"},
	}
	for _, tt := range tests {
		u, ok := c.KnownNonRootUser(mustRef(t, tt.ref))
		if u != tt.user || ok != (tt.user != "") {
			t.Errorf("KnownNonRootUser(%s) = %q %v, want %q", tt.ref, u, ok, tt.user)
		}
	}
}

func TestDistro(t *testing.T) {
	c := load(t)
	tests := []struct{ ref, distro string }{
		{"node:20-alpine", "alpine"},
		{"node:20", "debian"},
		{"node:14", "debian"},
		{"node:24-bookworm-slim", "debian"},
		{"python:3.9-slim-bullseye", "debian"},
		{"eclipse-temurin:21-jdk", "ubuntu"},
		{"eclipse-temurin:21-jdk-ubi9-minimal", "rhel"},
		{"eclipse-temurin:21-jdk-alpine", "alpine"},
		{"amazonlinux:2023", "rhel"},
		{"amazoncorretto:21", "rhel"},
		{"registry.access.redhat.com/ubi9/ubi", "rhel"},
		{"redhat/ubi9-minimal", "rhel"},
		{"gcr.io/distroless/static-debian12", "distroless"},
		{"scratch", "scratch"},
		{"mcr.microsoft.com/windows/servercore:ltsc2022", "windows"},
		{"golang:1.27-windowsservercore-ltsc2022", "windows"},
		{"mcr.microsoft.com/dotnet/framework/sdk:4.8.1", "windows"},
		{"microsoft/aspnet:4.7.2", "windows"},
		{"mcr.microsoft.com/dotnet/aspnet:6.0", "debian"},
		{"mcr.microsoft.com/dotnet/aspnet:10.0", "ubuntu"},
		{"ubuntu:24.04", "ubuntu"},
		{"debian:bookworm", "debian"},
		{"alpine", "alpine"},
		{"centos:7", "rhel"},
		{"oraclelinux:9", "rhel"},
		{"mysql:8.4", "rhel"},
		{"mongo:8.0", "ubuntu"},
		{"rabbitmq:4.3", "ubuntu"},
		{"busybox", ""},
		{"acme/app:1.0-alpine3.20", "alpine"},
		{"acme/app:1.0-jammy", "ubuntu"},
		{"acme/app:1.0", ""},
	}
	for _, tt := range tests {
		if got := c.Distro(mustRef(t, tt.ref)); got != tt.distro {
			t.Errorf("Distro(%s) = %q, want %q", tt.ref, got, tt.distro)
		}
	}
}

func TestLatest(t *testing.T) {
	c := load(t)
	date := day0(t, testDate)
	tests := []struct{ ref, want string }{
		{"node", "26"},
		{"node:latest", "26"},
		{"node:alpine", "26-alpine"},
		{"node:lts-alpine", "24-alpine"},
		{"node:current-slim", "26-slim"},
		{"python", "3.14"},
		{"python:alpine", "3.14-alpine"},
		{"golang:alpine", "1.27-alpine"},
		{"ubuntu", "26.04"},
		{"debian:latest", "13"},
		{"debian:stable-slim", "13-slim"},
		{"alpine:latest", "3.24"},
		{"nginx", "1.31"},
		{"nginx:stable-alpine", "1.30-alpine"},
		{"maven", "3.9"},
		{"eclipse-temurin:latest", "25"},
		{"python:3", "3.14"},
		{"node:24", ""},     // not floating
		{"mongo", ""},       // no "latest" in the library file
		{"oraclelinux", ""}, // no "latest" at all
		{"acme/app", ""},
	}
	for _, tt := range tests {
		got, ok := c.Latest(mustRef(t, tt.ref), date)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Latest(%s) = %q %v, want %q", tt.ref, got, ok, tt.want)
		}
	}
}

func TestDropsPrivileges(t *testing.T) {
	c := load(t)
	tests := []struct {
		ref  string
		want string // a part of how; "" for none
	}{
		{"openresty/openresty:1.27.1.2-alpine", "runs its workers as nobody"},
		{"couchbase/server:8.0.2", "couchbase-server as couchbase with chpst"},
		{"couchbase:community", "chpst"},
		{"osixia/light-baseimage:1.3.2", "/container/tool/run starts the image's services as root"},
		{"osixia/openldap:1.5.0", "slapd -u openldap"},
		{"postgres:17-alpine", "switches to postgres with gosu"},
		{"docker.io/library/postgres:16", "switches to postgres with gosu"},
		{"mysql:8.4", "switches to mysql with gosu"},
		{"mariadb:11", "switches to mysql with gosu"},
		{"mongo:8.0", "switches to mongodb"},
		{"mongo:8.0-windowsservercore-ltsc2022", ""},
		{"redis:7-alpine", "switches to redis"},
		{"rabbitmq:4-management", "rabbitmq"},
		{"cassandra:5", "cassandra"},
		{"couchdb:3.5", "setpriv"},
		{"ghost:6-alpine", "switches to node"},
		{"zookeeper:3.9", "zookeeper"},
		{"redmine:6", "redmine"},
		{"eclipse-mosquitto:2", "mosquitto switches to the mosquitto user itself"},
		{"nextcloud:32-apache", "www-data"},
		{"wordpress:6-fpm", "www-data"},
		{"wordpress:cli-2", ""},
		{"httpd:2.4", "children as www-data"},
		{"nginx:1.29-alpine", "workers as nginx"},
		{"nginxinc/nginx-unprivileged:1.29", ""},
		{"php:8.4-apache", "Apache"},
		{"php:8.4-fpm", ""},
		{"php:8.4-cli", ""},
		{"node:24", ""},
		{"python:3.13", ""},
		{"acme/postgres:16", ""},
		{"ghcr.io/linuxserver/baseimage-ubuntu:noble", "s6-overlay's /init"},
		{"lscr.io/linuxserver/sonarr:latest", "/init runs the services as abc"},
		{"linuxserver/jellyfin", "s6-overlay"},
		{"docker.io/linuxserver/baseimage-alpine:3.23", "s6-overlay"},
		{"example.com/linuxserver/jellyfin", ""},
		{"ghcr.io/home-assistant/base-python:3.14-alpine3.24-2026.06.1", "s6-overlay's /init"},
		{"ghcr.io/home-assistant/amd64-base:3.22", "s6-overlay's /init"},
		{"homeassistant/aarch64-base-debian:bookworm", "s6-overlay's /init"},
	}
	for _, tt := range tests {
		how, ok := c.DropsPrivileges(mustRef(t, tt.ref))
		if ok != (tt.want != "") || !strings.Contains(how, tt.want) {
			t.Errorf("DropsPrivileges(%s) = %q, %v; want %q", tt.ref, how, ok, tt.want)
		}
	}
}

func TestEntrypointReadsCommand(t *testing.T) {
	c := load(t)
	tests := []struct {
		ref  string
		want string // a part of how; "" for none
	}{
		{"postgres:17-alpine", "switches to postgres with gosu only when the command is postgres"},
		{"docker.io/library/redis:7", "redis-server"},
		{"mariadb:11", "mariadbd or mysqld"},
		{"mongo:8.0", "mongod"},
		{"mongo:8.0-windowsservercore-ltsc2022", ""},
		{"valkey/valkey:8", "valkey-server"},
		{"nginx:1.29-alpine", "/docker-entrypoint.d"},
		{"nginxinc/nginx-unprivileged:1.29", "nginx or nginx-debug"},
		{"haproxy:3.2", "-W -db"},
		{"wordpress:6-fpm", "php-fpm"},
		{"wordpress:cli-2", ""},
		{"docker:29-dind", "dockerd"},
		{"docker:29-cli", ""},
		{"hashicorp/vault:1.20", "su-exec"},
		{"odoo:18", "--db_host"},
		{"node:24", ""},
		{"php:8.4-fpm", ""},
		{"memcached:1.6", ""},
		{"python:3.13", ""},
		{"acme/postgres:16", ""},
	}
	for _, tt := range tests {
		how, ok := c.EntrypointReadsCommand(mustRef(t, tt.ref))
		if ok != (tt.want != "") || !strings.Contains(how, tt.want) {
			t.Errorf("EntrypointReadsCommand(%s) = %q, %v; want %q", tt.ref, how, ok, tt.want)
		}
	}
}

func TestEntrypoint(t *testing.T) {
	c := load(t)
	tests := []struct {
		ref   string
		known bool
		reads bool
	}{
		{"debian:trixie-slim", true, false},
		{"docker.io/library/python:3.13", true, false},
		{"node:24-alpine", true, false},
		{"eclipse-temurin:21-jre", true, false},
		{"mcr.microsoft.com/dotnet/aspnet:9.0", true, false},
		{"mcr.microsoft.com/dotnet/framework/runtime:4.8", false, false},
		{"registry.access.redhat.com/ubi9/ubi-minimal", true, false},
		{"registry.access.redhat.com/ubi9/ubi-init", false, false},
		{"redhat/ubi9", true, false},
		{"postgres:17", true, true},
		{"quay.io/keycloak/keycloak:26.0", false, false},
		{"registry.fedoraproject.org/fedora:42", true, false},
		{"opensuse/leap:15.6", true, false},
		{"public.ecr.aws/docker/library/python:3.13-slim", true, false},
		{"public.ecr.aws/docker/library/postgres:17", false, false},
		{"gcr.io/distroless/static-debian12:nonroot", true, false},
		{"gcr.io/distroless/java21-debian12", false, false},
		{"example.com/python:3.13", false, false},
		{"mycorp/base:1", false, false},
	}
	for _, tt := range tests {
		e := c.Entrypoint(mustRef(t, tt.ref))
		if e.Known != tt.known || (e.Reads != "") != tt.reads {
			t.Errorf("Entrypoint(%s) = %+v; want known %v, reads %v", tt.ref, e, tt.known, tt.reads)
		}
	}
}
