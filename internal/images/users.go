package images

import "strings"

// DefaultUser reports the user an image runs as when the Dockerfile sets none:
// its name or UID, whether it is non-root, and whether the catalog knows at
// all. The table is small and hand-kept: images built to run unprivileged
// (distroless :nonroot, Chainguard, Bitnami, nginx-unprivileged, Jenkins,
// SonarQube, the Elastic stack...) and the official images, which run as root.
func (c *Catalog) DefaultUser(ref Ref) (user string, nonRoot bool, known bool) {
	name, tag := ref.Name, ref.Tag
	switch {
	case ref.IsScratch():
		return "root", false, true
	case strings.HasPrefix(name, "gcr.io/distroless/"):
		if strings.Contains(tag, "nonroot") {
			return "65532", true, true
		}
		return "root", false, true
	case strings.HasPrefix(name, "cgr.dev/chainguard/"):
		// Chainguard images run as nonroot (65532); some -dev variants switch to root.
		if strings.HasSuffix(tag, "-dev") || tag == "dev" {
			return "", false, false
		}
		return "65532", true, true
	case strings.HasPrefix(name, "bitnami/") || strings.HasPrefix(name, "docker.io/bitnami/"):
		return "1001", true, true
	case sclUser(name) != "":
		return sclUser(name), true, true
	case name == "nginxinc/nginx-unprivileged":
		return "101", true, true
	case strings.HasSuffix(tag, "-nonroot") || tag == "nonroot":
		return "", true, true
	// Development and CI images that run as a user with passwordless sudo.
	case strings.HasPrefix(name, "gitpod/workspace-"):
		return "gitpod", true, true
	case strings.HasPrefix(name, "cimg/"), strings.HasPrefix(name, "circleci/"):
		return "circleci", true, true
	case name == "codercom/code-server", strings.HasPrefix(name, "codercom/enterprise-"):
		return "coder", true, true
	case name == "ghcr.io/actions/actions-runner", strings.HasPrefix(name, "summerwind/actions-runner"):
		return "runner", true, true
	case strings.HasPrefix(name, "selenium/"):
		return "seluser", true, true
	case strings.HasPrefix(name, "homebrew/"):
		return "linuxbrew", true, true
	case strings.HasPrefix(name, "jupyter/"), strings.HasPrefix(name, "quay.io/jupyter/"):
		return "jovyan", true, true
	case name == "ekidd/rust-musl-builder":
		return "rust", true, true
	case name == "mambaorg/micromamba":
		return "mambauser", true, true
	case name == "jenkins/ssh-agent":
		return "root", false, true // sshd runs as root and logs the agent in as jenkins
	case strings.HasPrefix(name, "jenkins/"):
		return "jenkins", true, true
	case name == "apache/airflow":
		return "airflow", true, true
	case name == "ghcr.io/puppeteer/puppeteer":
		return "pptruser", true, true
	// Vendors' server images that set USER (their own Dockerfiles).
	case strings.HasSuffix(name, "opensearchproject/opensearch"), strings.HasSuffix(name, "opensearchproject/opensearch-dashboards"):
		return "1000", true, true
	case name == "quay.io/keycloak/keycloak":
		return "1000", true, true
	case name == "emqx/emqx", name == "emqx/emqx-enterprise":
		return "emqx", true, true
	case name == "apache/kafka", name == "apache/kafka-native", strings.HasPrefix(name, "confluentinc/cp-"):
		return "appuser", true, true
	case name == "sonatype/nexus3":
		return "nexus", true, true
	case name == "mambaorg/micromamba", name == "ghcr.io/mamba-org/micromamba":
		return "mambauser", true, true // USER $MAMBA_USER, UID 57439
	case name == "spark", name == "apache/spark":
		return "spark", true, true // apache/spark-docker: useradd --uid=185 spark, USER spark
	case name == "apache/superset":
		return "superset", true, true
	case name == "n8nio/n8n", name == "docker.n8n.io/n8nio/n8n":
		return "node", true, true
	case name == "otel/opentelemetry-collector", name == "otel/opentelemetry-collector-contrib", name == "grafana/loki":
		return "10001", true, true
	case name == "mcr.microsoft.com/mssql/server":
		if strings.HasPrefix(tag, "2017") {
			return "root", false, true // non-root images came with SQL Server 2019
		}
		return "mssql", true, true
	}
	if u, nonRoot, ok := newProductUser(name, tag); ok {
		return u, nonRoot, true
	}
	switch name {
	case "jenkins/jenkins":
		return "jenkins", true, true
	case "sonarqube":
		return "sonarqube", true, true
	case "elasticsearch", "docker.elastic.co/elasticsearch/elasticsearch":
		return "elasticsearch", true, true
	case "kibana", "docker.elastic.co/kibana/kibana":
		return "kibana", true, true
	case "logstash", "docker.elastic.co/logstash/logstash":
		return "logstash", true, true
	case "memcached":
		return "memcache", true, true
	case "haproxy":
		return "haproxy", true, true
	case "kong":
		return "kong", true, true
	case "groovy":
		return "1000", true, true // USER 1000:1000, the groovy user
	case "grafana/grafana", "grafana/grafana-oss":
		return "472", true, true
	case "prom/prometheus", "prom/alertmanager", "prom/node-exporter":
		return "nobody", true, true
	case "mcr.microsoft.com/windows/nanoserver":
		return "ContainerUser", true, true
	case "mcr.microsoft.com/windows/servercore", "mcr.microsoft.com/windows/server", "mcr.microsoft.com/windows":
		return "ContainerAdministrator", false, true
	}
	if strings.HasPrefix(name, "mcr.microsoft.com/dotnet/framework/") {
		// .NET Framework: Windows Server Core images.
		return "ContainerAdministrator", false, true
	}
	if strings.HasPrefix(name, "mcr.microsoft.com/dotnet/") {
		// Chiseled and distroless .NET images run as the app user (UID 1654).
		if strings.Contains(tag, "chiseled") || strings.Contains(tag, "distroless") {
			return "app", true, true
		}
		if strings.Contains(tag, "nanoserver") {
			return "ContainerUser", true, true
		}
		if strings.Contains(tag, "windowsservercore") {
			return "ContainerAdministrator", false, true
		}
		return "root", false, true
	}
	if im, ok := c.Lookup(ref); ok && !im.Synthetic() && len(im.groups) > 0 {
		// The Docker official images run as root unless told otherwise.
		return "root", false, true
	}
	return "", false, false
}

// newProductUser is the default user of the images of the products and
// families the catalog knows from tag notes or synthetic tag sets, which
// the official-images rule below does not cover. None sets USER except
// docker's rootless variant; the Windows ones run as their base does.
func newProductUser(name, tag string) (user string, nonRoot, ok bool) {
	switch {
	case name == "centos", name == "quay.io/centos/centos", name == "archlinux", name == "photon", name == "caddy", name == "openresty/openresty",
		name == "couchbase", name == "couchbase/server", strings.HasPrefix(name, "osixia/"):
		// OS images, and images the catalog has no tags of (centos,
		// deprecated; caddy; openresty; couchbase; osixia's): none sets
		// USER.
		return "root", false, true
	case name == "docker":
		if strings.Contains(tag, "rootless") {
			return "rootless", true, true
		}
		return "root", false, true
	case name == "mcr.microsoft.com/powershell":
		switch {
		case strings.Contains(tag, "nanoserver"):
			return "ContainerUser", true, true
		case strings.Contains(tag, "windowsserver"):
			return "ContainerAdministrator", false, true
		}
		return "root", false, true
	case name == "mcr.microsoft.com/windows/servercore/iis", name == "microsoft/iis":
		return "ContainerAdministrator", false, true
	case strings.HasPrefix(name, "registry.access.redhat.com/ubi"), strings.HasPrefix(name, "redhat/ubi"),
		name == "registry.access.redhat.com/rhel7",
		strings.HasPrefix(name, "mcr.microsoft.com/azurelinux/"), strings.HasPrefix(name, "mcr.microsoft.com/cbl-mariner/"),
		strings.HasPrefix(name, "cypress/"),
		// The Dev Containers images leave USER to devcontainer.json's
		// remoteUser (vscode); the image itself runs as root.
		strings.HasPrefix(name, "mcr.microsoft.com/devcontainers/"), strings.HasPrefix(name, "mcr.microsoft.com/vscode/devcontainers/"),
		isLinuxServer(name):
		return "root", false, true
	}
	return "", false, false
}

// KnownNonRootUser returns a non-root user that the image ships and that a
// Dockerfile can switch to with USER, when the catalog knows one: node ->
// "node", distroless -> "nonroot", .NET 8+ -> "app".
func (c *Catalog) KnownNonRootUser(ref Ref) (string, bool) {
	if u, nonRoot, known := c.DefaultUser(ref); known && nonRoot && u != "" && u != "65532" && u != "1001" && u != "101" {
		return u, true
	}
	name := ref.Name
	switch {
	case strings.HasPrefix(name, "gcr.io/distroless/"), strings.HasPrefix(name, "cgr.dev/chainguard/"):
		return "nonroot", true
	case strings.HasPrefix(name, "bitnami/"):
		return "1001", true
	case name == "nginxinc/nginx-unprivileged":
		return "nginx", true
	case name == "mcr.microsoft.com/devcontainers/base", name == "mcr.microsoft.com/vscode/devcontainers/base":
		// common-utils creates it (UID 1000) for remoteUser
		return "vscode", true
	case strings.HasPrefix(name, "cypress/"):
		return "node", true // from the Node.js image Cypress's are built on
	case strings.HasPrefix(name, "mcr.microsoft.com/dotnet/") && !strings.Contains(name, "/core/") && !strings.Contains(name, "/framework/") &&
		!strings.Contains(ref.Tag, "windowsservercore") && !strings.Contains(ref.Tag, "nanoserver"):
		// the app user exists from .NET 8 on, in the Linux images only
		// (the Windows ones have Windows' ContainerUser, below)
		if v, _ := parseVnum(ref.Tag); v.n == 0 || v.major() >= 8 {
			return "app", true
		}
		return "", false
	case windowsServiceImage(name):
		// IIS and SQL Server run their service as an administrator.
		return "", false
	case c.Distro(ref) == "windows":
		// Every Server Core and Nano Server image has the ContainerUser
		// account; images built on them run as ContainerAdministrator.
		return "ContainerUser", true
	}
	// Servers whose entrypoint starts as root and drops privileges itself
	// (postgres, mysql, redis, httpd, php's apache variants, …) are left
	// out: a USER there breaks them (port 80, data directory ownership).
	switch name {
	case "node":
		return "node", true
	case "gradle":
		return "gradle", true
	case "php":
		if !strings.Contains(ref.Tag, "apache") {
			return "www-data", true
		}
	case "ubuntu":
		// Ubuntu images ship an "ubuntu" user (UID 1000) since 23.04.
		if im, ok := c.Lookup(ref); ok {
			if cy := im.resolve(ref.TagOrLatest()).cycle; cy != nil && cy.num.exact && cy.num.cmp(vnum{c: [6]int32{23, 4}, n: 2}) >= 0 {
				return "ubuntu", true
			}
		}
	}
	return "", false
}

// windowsServiceImage reports Windows images whose service needs an
// administrator: IIS (and ASP.NET on it) and SQL Server.
func windowsServiceImage(name string) bool {
	switch name {
	case "microsoft/iis", "microsoft/aspnet", "mcr.microsoft.com/windows/servercore/iis", "mcr.microsoft.com/dotnet/framework/aspnet":
		return true
	}
	return strings.HasPrefix(name, "microsoft/mssql-server-windows")
}

// Distro returns the distribution family of an image: "debian", "ubuntu",
// "alpine", "rhel" (any RPM-based: UBI, Amazon Linux, Oracle, Rocky, Alma,
// Fedora, CentOS), "distroless", "scratch", "windows", or "" when unknown. It
// reads the tag's OS part, else what the catalog knows of the tag, else the
// image name.
func (c *Catalog) Distro(ref Ref) string {
	if ref.IsScratch() {
		return "scratch"
	}
	name := ref.Name
	switch {
	case strings.HasPrefix(name, "gcr.io/distroless/"):
		return "distroless"
	case strings.Contains(name, "/ubi") && (strings.HasPrefix(name, "registry.access.redhat.com/") || strings.HasPrefix(name, "registry.redhat.io/") || strings.HasPrefix(name, "redhat/")):
		return "rhel"
	case strings.HasPrefix(name, "quay.io/centos/"), strings.HasPrefix(name, "public.ecr.aws/amazonlinux/"):
		return "rhel"
	case strings.HasPrefix(name, "mcr.microsoft.com/windows"), strings.HasPrefix(name, "microsoft/windowsservercore"), strings.HasPrefix(name, "microsoft/nanoserver"),
		strings.HasPrefix(name, "mcr.microsoft.com/dotnet/framework/"), name == "microsoft/dotnet-framework", name == "microsoft/aspnet", name == "microsoft/iis",
		strings.HasPrefix(name, "microsoft/mssql-server-windows"):
		// Windows-only images, whatever the tag.
		return "windows"
	}
	im, ok := c.Lookup(ref)
	if ok {
		if im.isOS() {
			return distroOf(im.products[0].Name)
		}
		r := im.resolve(ref.TagOrLatest())
		if os, ok := r.os(); ok {
			if d := distroOf(os.Product); d != "" {
				return d
			}
		}
		return ""
	}
	// Unknown image: tag conventions are shared widely (-alpine, -bookworm, -jammy).
	for _, p := range c.t.lex(ref.TagOrLatest(), nil) {
		if p.kind == aOS {
			if d := distroOf(p.product); d != "" {
				return d
			}
		}
	}
	return ""
}

// DropsPrivileges reports an image whose own entrypoint or server starts
// as root and drops privileges itself, and says how: a container that
// keeps that entrypoint must start as root, and a USER breaks it (the
// entrypoint can no longer chown the data directory, the server can no
// longer bind port 80 or start its workers as their user).
//
// The list is conservative: each entry was read in the image's source
// (docker-library/postgres, mysql, mongo, redis, rabbitmq, cassandra,
// ghost, redmine and wordpress, MariaDB/mariadb-docker,
// apache/couchdb-docker, 31z4/zookeeper-docker, nextcloud/docker,
// docker-library/httpd and php, nginxinc/docker-nginx,
// linuxserver/docker-baseimage-ubuntu, home-assistant/docker-base, as of
// 2026): an
// entrypoint that, started as root, chowns its data and execs itself again
// through gosu or setpriv; or a server whose master process stays root
// and runs its workers as an unprivileged user. Elasticsearch, Kibana and
// the others that already default to a non-root user are DefaultUser's.
func (c *Catalog) DropsPrivileges(ref Ref) (how string, ok bool) {
	tag := ref.Tag
	entrypoint := func(user, tool string) (string, bool) {
		return "its docker-entrypoint.sh switches to " + user + " with " + tool, true
	}
	switch ref.Name {
	case "postgres":
		return entrypoint("postgres", "gosu")
	case "mysql", "mariadb":
		return entrypoint("mysql", "gosu")
	case "mongo":
		if strings.Contains(tag, "windowsservercore") || strings.Contains(tag, "nanoserver") {
			return "", false
		}
		return entrypoint("mongodb", "gosu")
	case "redis":
		return entrypoint("redis", "gosu")
	case "rabbitmq":
		return entrypoint("rabbitmq", "gosu")
	case "cassandra":
		return entrypoint("cassandra", "gosu")
	case "couchdb":
		return entrypoint("couchdb", "setpriv (gosu before 3.5)")
	case "ghost":
		return entrypoint("node", "gosu")
	case "zookeeper":
		return entrypoint("zookeeper", "gosu")
	case "redmine":
		return entrypoint("redmine", "gosu")
	case "nextcloud":
		return "its entrypoint runs occ as www-data with su, and Apache or PHP-FPM run their workers as www-data", true
	case "wordpress":
		if strings.HasPrefix(tag, "cli") {
			return "", false // wp-cli images run as www-data already
		}
		return "its entrypoint sets up the files as root, and Apache or PHP-FPM run their workers as www-data", true
	case "httpd":
		return "httpd starts as root and runs its children as www-data", true
	case "nginx":
		return "nginx's master process starts as root and runs its workers as nginx", true
	case "openresty/openresty":
		return "OpenResty's nginx master process starts as root and runs its workers as nobody", true
	case "php":
		if strings.Contains(tag, "apache") {
			return "Apache starts as root and runs its workers as www-data", true
		}
	case "couchbase", "couchbase/server":
		// couchbase/docker: ENTRYPOINT starts runsvdir, whose run script
		// execs couchbase-server through chpst.
		return "runit runs couchbase-server as couchbase with chpst", true
	case "eclipse-mosquitto":
		return "its docker-entrypoint.sh chowns /mosquitto, and mosquitto switches to the mosquitto user itself", true
	}
	if isLinuxServer(ref.Name) {
		return "s6-overlay's /init runs the services as abc (PUID/PGID)", true
	}
	if strings.HasPrefix(ref.Name, "osixia/") {
		// All are built on osixia/light-baseimage, whose ENTRYPOINT
		// /container/tool/run is a supervisor, like phusion's my_init,
		// that sets the services up as root.
		return "its /container/tool/run starts the image's services as root, and each runs as the user it picks (osixia/openldap's slapd -u openldap)", true
	}
	if strings.HasPrefix(ref.Name, "ghcr.io/home-assistant/") || strings.HasPrefix(ref.Name, "homeassistant/") {
		// home-assistant/docker-base: ENTRYPOINT ["/init"] in every base.
		return "s6-overlay's /init starts as root and runs the services", true
	}
	return "", false
}

// isLinuxServer reports an image of linuxserver.io, on any of the
// registries it publishes to. All are built on its base images
// (linuxserver/docker-baseimage-*), whose ENTRYPOINT is s6-overlay's /init
// and which create the user abc that the services drop to.
func isLinuxServer(name string) bool {
	for _, prefix := range []string{"linuxserver/", "lscr.io/linuxserver/", "ghcr.io/linuxserver/"} {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return false
}

// sclUser is the USER of Red Hat's runtime and service images on UBI and
// of their sclorg builds (sclorg/s2i-python-container and its siblings,
// jboss-container-images' OpenJDK): the s2i language images, httpd, nginx,
// redis and go-toolset run as 1001, PostgreSQL as 26, MariaDB and MySQL as
// 27, OpenJDK as 185 (jboss). "" for another image, the UBI base images
// (ubi9, ubi9/ubi-minimal …) among them, which run as root.
func sclUser(name string) string {
	var rest string
	switch {
	case strings.HasPrefix(name, "registry.access.redhat.com/"), strings.HasPrefix(name, "registry.redhat.io/"):
		_, rest, _ = strings.Cut(name, "/")
		repo, image, ok := strings.Cut(rest, "/")
		if !ok || !strings.HasPrefix(repo, "ubi") && !strings.HasPrefix(repo, "rhel") {
			return ""
		}
		rest = image
	case strings.HasPrefix(name, "quay.io/sclorg/"):
		rest = strings.TrimPrefix(name, "quay.io/sclorg/")
	default:
		return ""
	}
	lang, _, _ := strings.Cut(rest, "-")
	switch lang {
	case "python", "nodejs", "ruby", "php", "perl", "httpd", "nginx", "redis", "go":
		if lang == "go" && !strings.HasPrefix(rest, "go-toolset") {
			return ""
		}
		return "1001"
	case "postgresql":
		return "26"
	case "mariadb", "mysql":
		return "27"
	case "openjdk":
		return "185"
	}
	return ""
}
