package images

import "strings"

// Entrypoint is what the catalog knows of an image's ENTRYPOINT.
type Entrypoint struct {
	// Known says the catalog knows the image's ENTRYPOINT: it has none, or
	// one that runs a plain command as it is given, or one that Reads.
	Known bool
	// Reads says what the ENTRYPOINT does only when the command's first
	// word is the image's program (EntrypointReadsCommand); "" for none.
	Reads string
}

// Entrypoint reports what the catalog knows of ref's ENTRYPOINT.
func (c *Catalog) Entrypoint(ref Ref) Entrypoint {
	if how, ok := c.EntrypointReadsCommand(ref); ok {
		return Entrypoint{Known: true, Reads: how}
	}
	return Entrypoint{Known: plainEntrypoint(ref)}
}

// plainEntrypoint reports an image that has no ENTRYPOINT, or one that
// runs a plain command as it is given: the OS images; the language
// images, of which node's, php's and bash's entrypoints only put the
// program before a command that starts with '-' or is no program, maven's
// and eclipse-temurin's only set files up first; and Microsoft's .NET and
// Red Hat's UBI base images (docker-library, dotnet/dotnet-docker and the
// UBI Dockerfiles, as of 2026); distroless's static, base and cc, which
// have none (its java, python and nodejs images run the runtime as theirs).
func plainEntrypoint(ref Ref) bool {
	name := ref.Name
	if ref.DockerHub() {
		switch name {
		case "alpine", "debian", "ubuntu", "busybox", "fedora", "centos", "rockylinux", "almalinux",
			"oraclelinux", "amazonlinux", "archlinux", "photon", "clearlinux", "mageia",
			"python", "pypy", "golang", "ruby", "rust", "perl", "erlang", "elixir", "haskell", "julia",
			"gcc", "buildpack-deps", "openjdk", "eclipse-temurin", "amazoncorretto", "ibm-semeru-runtimes",
			"sapmachine", "node", "php", "bash", "gradle", "maven", "groovy", "clojure", "swift", "r-base",
			"redhat/ubi8", "redhat/ubi9", "redhat/ubi10", "redhat/ubi8-minimal", "redhat/ubi9-minimal", "redhat/ubi10-minimal",
			"redhat/ubi8-micro", "redhat/ubi9-micro", "redhat/ubi10-micro",
			"opensuse", "opensuse/leap", "opensuse/tumbleweed":
			return true
		}
		return false
	}
	switch name {
	case "registry.fedoraproject.org/fedora", "registry.fedoraproject.org/fedora-minimal",
		"quay.io/fedora/fedora", "quay.io/fedora/fedora-minimal", "quay.io/centos/centos",
		"registry.opensuse.org/opensuse/leap", "registry.opensuse.org/opensuse/tumbleweed",
		"public.ecr.aws/amazonlinux/amazonlinux", "gcr.io/distroless/static", "gcr.io/distroless/base",
		"gcr.io/distroless/cc":
		return true
	}
	if lib, ok := strings.CutPrefix(name, "public.ecr.aws/docker/library/"); ok {
		return plainEntrypoint(Ref{Name: lib})
	}
	if fam, _, ok := strings.Cut(strings.TrimPrefix(name, "gcr.io/distroless/"), "-debian"); ok && strings.HasPrefix(name, "gcr.io/distroless/") {
		// static-debian12, base-nossl-debian13 …: no ENTRYPOINT; the java,
		// python and nodejs images run their runtime as one.
		return fam == "static" || fam == "base" || fam == "base-nossl" || fam == "cc"
	}
	switch {
	case strings.HasPrefix(name, "mcr.microsoft.com/dotnet/") && !strings.Contains(name, "/framework/"):
		return true
	case strings.HasPrefix(name, "registry.access.redhat.com/ubi"), name == "registry.access.redhat.com/rhel7":
		return !strings.Contains(name, "init") // ubi9-init starts systemd
	}
	return false
}

// EntrypointReadsCommand reports an image whose ENTRYPOINT is a script
// that chooses what to do by the first word of the command it is given,
// and says what it does differently: docker-library/postgres's
// docker-entrypoint.sh initialises the database and switches to postgres
// with gosu only when that word is postgres. A shell-form CMD hands it
// /bin/sh instead, so rewriting that CMD in the exec form changes what
// the container does at start, and as which user.
//
// As DropsPrivileges, each entry was read in the image's source
// (docker-library's postgres, mysql, mongo, redis, rabbitmq, cassandra,
// ghost, zookeeper, redmine, wordpress, haproxy and docker;
// MariaDB/mariadb-docker, valkey-io/valkey-container,
// apache/couchdb-docker, nextcloud/docker, joomla-docker, friendica/docker,
// matomo-org/docker, nginxinc/docker-nginx and its unprivileged sibling,
// odoo/docker, Kong/docker-kong, hashicorp/docker-consul and
// docker-vault, as of 2026). Entrypoints that only run the command, or
// put the program before options (node's, php's, memcached's), are left
// out: the exec form changes nothing for a plain command there.
func (c *Catalog) EntrypointReadsCommand(ref Ref) (how string, ok bool) {
	inits := func(what, first string) (string, bool) {
		return "its entrypoint " + what + " only when the command is " + first, true
	}
	switch ref.Name {
	case "postgres":
		return inits("initialises the database and switches to postgres with gosu", "postgres")
	case "mysql":
		return inits("initialises the database and switches to mysql with gosu", "mysqld")
	case "mariadb":
		return inits("initialises the database and switches to mysql with gosu", "mariadbd or mysqld")
	case "mongo":
		if strings.Contains(ref.Tag, "windowsservercore") || strings.Contains(ref.Tag, "nanoserver") {
			return "", false
		}
		return inits("initialises the database and switches to mongodb with gosu", "mongod")
	case "redis":
		return inits("switches to redis with gosu", "redis-server")
	case "valkey/valkey":
		return inits("switches to valkey with gosu", "valkey-server")
	case "rabbitmq":
		return inits("switches to rabbitmq with gosu", "rabbitmq-server (or another rabbitmq* program)")
	case "cassandra":
		return inits("configures Cassandra and switches to cassandra with gosu", "cassandra")
	case "couchdb":
		return inits("configures CouchDB and switches to couchdb with setpriv", "/opt/couchdb/bin/couchdb")
	case "ghost":
		return inits("sets up the content folder and switches to node with gosu", "node current/index.js")
	case "zookeeper":
		return inits("writes the configuration and switches to zookeeper with gosu", "zkServer.sh")
	case "redmine":
		return inits("configures the database and switches to redmine with gosu", "rails, rake or passenger")
	case "nextcloud", "friendica":
		return inits("installs or upgrades the site", "apache… or php-fpm")
	case "wordpress":
		if strings.HasPrefix(ref.Tag, "cli") {
			return "", false
		}
		return inits("copies WordPress into place and writes wp-config.php", "apache2… or php-fpm")
	case "joomla", "matomo":
		return inits("installs the site", "apache2… or php-fpm")
	case "nginx", "nginxinc/nginx-unprivileged":
		return inits("runs the scripts of /docker-entrypoint.d (templates, IPv6 listen, worker tuning)", "nginx or nginx-debug")
	case "haproxy":
		return inits("adds -W -db (master-worker mode in the foreground)", "haproxy")
	case "odoo":
		return inits("adds the database options (--db_host, --db_user …)", "odoo")
	case "kong":
		return inits("prepares Kong's prefix", "kong")
	case "docker":
		if !strings.Contains(ref.Tag, "dind") {
			return "", false // the CLI's entrypoint runs a plain command as it is
		}
		return inits("sets up TLS and the listening addresses", "dockerd")
	case "consul", "hashicorp/consul":
		return inits("sets up the data directory and switches to consul with su-exec", "consul or one of its subcommands")
	case "vault", "hashicorp/vault":
		return inits("sets up its directories and switches to vault with su-exec", "vault or one of its subcommands")
	}
	return "", false
}
