package lint

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// describe renders a PackageCommand compactly for table tests:
// "family/manager verb [opts] args", args as name=version (spec), or
// "!text" for an operand that is not a package and "$" for one that is
// not literal.
func describe(pc PackageCommand) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s/%s %s", pc.Family, pc.Manager, pc.Verb)
	for _, o := range pc.Options {
		b.WriteString(" " + o.Name)
		if o.HasValue {
			b.WriteString("=" + o.Value)
		}
	}
	b.WriteString(" |")
	for _, a := range pc.Args {
		switch {
		case !a.Literal:
			b.WriteString(" $")
		case !a.Package:
			b.WriteString(" !" + a.Text)
		default:
			b.WriteString(" " + a.Name)
			if a.Version != "" {
				b.WriteString("=" + a.Version)
			}
			if a.Spec != "" {
				b.WriteString("(" + a.Spec + ")")
			}
		}
	}
	return b.String()
}

func scriptOf(t *testing.T, run string) *Script {
	t.Helper()
	f, err := Parse("Dockerfile", []byte("FROM debian\nRUN "+run+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	sc := f.Instructions[1].Shell(f)
	if sc == nil {
		t.Fatalf("%q: no shell", run)
	}
	return sc
}

func TestPackageCommands(t *testing.T) {
	tests := []struct {
		run  string
		want []string
	}{
		{"apt-get update && apt-get install -y --no-install-recommends curl libssl3", []string{
			"apt/apt-get update |", "apt/apt-get install -y --no-install-recommends | curl libssl3"}},
		{"apt-get install -y --only-upgrade openssl", []string{"apt/apt-get install -y --only-upgrade | openssl"}},
		{"apt-get -o Dpkg::Options::=--force-confold install -y libssl1.1=1.1.1n-0+deb11u5", []string{
			"apt/apt-get install -o=Dpkg::Options::=--force-confold -y | libssl1.1=1.1.1n-0+deb11u5"}},
		{"apt-get -qqo APT::Get::Fix=1 install -t bookworm-backports git curl/bookworm", []string{
			"apt/apt-get install -qqo=APT::Get::Fix=1 -t=bookworm-backports | git curl"}},
		{"sudo apt install -y vim", []string{"apt/apt install -y | vim"}},
		{"apk add --no-cache --virtual .build-deps gcc musl-dev && apk add --upgrade libcrypto3 'libssl3>3.0'", []string{
			"apk/apk add --no-cache --virtual=.build-deps | gcc musl-dev", "apk/apk add --upgrade | libcrypto3 libssl3(>3.0)"}},
		{"apk upgrade --no-cache openssl=3.3.2-r1", []string{"apk/apk upgrade --no-cache | openssl=3.3.2-r1"}},
		{"yum update -y openssl && yum clean all", []string{"yum/yum update -y | openssl", "yum/yum clean | all"}},
		{"dnf -y install --setopt=tsflags=nodocs openssl-1.1.1k-7.el8 java-11-openjdk java-11-openjdk-11.0.20", []string{
			"yum/dnf install -y --setopt=tsflags=nodocs | openssl=1.1.1k-7.el8 java-11-openjdk java-11-openjdk=11.0.20"}},
		{"microdnf install -y shadow-utils /tmp/x.rpm", []string{"yum/microdnf install -y | shadow-utils !/tmp/x.rpm"}},
		{"zypper --root /mnt -n --userdata x in curl", []string{"zypper/zypper in --root=/mnt -n --userdata=x | curl"}},
		{"zypper --non-interactive in curl=8.0 && zypper up openssl", []string{
			"zypper/zypper in --non-interactive | curl=8.0", "zypper/zypper up | openssl"}},
		{"/usr/bin/apt-get install -y make", []string{"apt/apt-get install -y | make"}},
		{"env DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata", []string{"apt/apt-get install -y | tzdata"}},
		{"apt-get install -y ./pkg.deb $EXTRA \"${MORE}\" https://example.com/x.deb", []string{
			"apt/apt-get install -y | !./pkg.deb $ $ !https://example.com/x.deb"}},
		{"pip install --no-cache-dir -r requirements.txt urllib3==1.26.18 'requests[socks]>=2.31' Django~=4.2", []string{
			"pip/pip install --no-cache-dir -r=requirements.txt | urllib3=1.26.18 requests(>=2.31) Django(~=4.2)"}},
		{"pip3 install --upgrade pip && python3 -m pip install flask", []string{
			"pip/pip3 install --upgrade | pip", "pip/pip install | flask"}},
		{"python3.12 -u -m pip install --no-cache-dir -r req.txt && python -mpip list", []string{
			"pip/pip install --no-cache-dir -r=req.txt |", "pip/pip list |"}},
		{"python3 -m venv /venv && python -c 'import pip' && python3 -m pipx install x && python app.py -m pip", nil},
		{"apt-get -oAPT::Get::Assume-Yes=1 -qq install curl", []string{"apt/apt-get install -o=APT::Get::Assume-Yes=1 -qq | curl"}},
		{"npm install minimist@1.2.6 @babel/core@7.24.0 lodash && npm ci --omit=dev", []string{
			"npm/npm install | minimist=1.2.6 @babel/core=7.24.0 lodash", "npm/npm ci --omit=dev |"}},
		{"npm install -g npm@10.8.2", []string{"npm/npm install -g | npm=10.8.2"}},
		{"yarn add left-pad@1.3.0 && yarn cache clean", []string{"yarn/yarn add | left-pad=1.3.0", "yarn/yarn cache | clean"}},
		{"gem install bundler:2.5.6 rails -v 7.1.3 --no-document", []string{"gem/gem install -v=7.1.3 --no-document | bundler=2.5.6 rails"}},
		{"go get golang.org/x/net@v0.23.0 && go build -o /app ./cmd/app", []string{
			"go/go get | golang.org/x/net=v0.23.0", "go/go build -o=/app | !./cmd/app"}},
		{"apk add --no-cache postgresql=11.12-r0 --repository=$APK_REPO \"--virtual=${NAME}\" $EXTRA", []string{
			"apk/apk add --no-cache --repository=$APK_REPO | postgresql=11.12-r0 $ $"}},
		{"echo apt-get install curl", nil},
		{"apt-get", []string{"apt/apt-get  |"}},
	}
	for _, tt := range tests {
		var got []string
		for _, pc := range scriptOf(t, tt.run).PackageCommands() {
			got = append(got, describe(pc))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.run, got, tt.want)
		}
	}
}

func TestPackageCommandQuestions(t *testing.T) {
	tests := []struct {
		run                  string
		installs, os         bool
		hasY, hasQ, hasCache bool
	}{
		{"apt-get install -qy curl", true, true, true, true, false},
		{"apt-get -qqy install curl", true, true, true, true, false},
		{"apt-get install --yes curl", true, true, false, false, false},
		{"apt-get update", false, true, false, false, false},
		{"apk add --no-cache curl", true, true, false, false, true},
		{"apk del curl", false, true, false, false, false},
		{"yum -y remove curl", false, true, true, false, false},
		{"pip install flask", true, false, false, false, false},
		{"pip install -r requirements.txt", false, false, false, false, false},
		{"npm ci", false, false, false, false, false},
		{"go build ./...", false, false, false, false, false},
	}
	for _, tt := range tests {
		pcs := scriptOf(t, tt.run).PackageCommands()
		if len(pcs) != 1 {
			t.Fatalf("%q: %d commands", tt.run, len(pcs))
		}
		pc := pcs[0]
		if pc.Installs() != tt.installs || pc.IsOS() != tt.os || pc.HasOption("-y") != tt.hasY ||
			pc.HasOption("-q") != tt.hasQ || pc.HasOption("--no-cache") != tt.hasCache {
			t.Errorf("%q: installs=%v os=%v -y=%v -q=%v --no-cache=%v", tt.run, pc.Installs(), pc.IsOS(),
				pc.HasOption("-y"), pc.HasOption("-q"), pc.HasOption("--no-cache"))
		}
	}
}

func TestPackageCommandSudoAndVerb(t *testing.T) {
	pcs := scriptOf(t, "sudo -E apt-get install -y curl && apt-get update && dnf").PackageCommands()
	if len(pcs) != 3 {
		t.Fatalf("%d commands, want 3", len(pcs))
	}
	for i, want := range []struct {
		sudo, install, updateOrInstall, hasVerbWord bool
	}{{true, true, true, true}, {false, false, true, true}, {false, false, false, false}} {
		pc := pcs[i]
		if pc.Sudo != want.sudo || pc.VerbIs("install") != want.install ||
			pc.VerbIs("update", "install") != want.updateOrInstall || (pc.VerbWord() != nil) != want.hasVerbWord {
			t.Errorf("command %d (%s): Sudo=%v VerbIs(install)=%v VerbIs(update, install)=%v VerbWord=%v", i, describe(pc),
				pc.Sudo, pc.VerbIs("install"), pc.VerbIs("update", "install"), pc.VerbWord())
		}
	}
}

func TestPackageCommandsCached(t *testing.T) {
	sc := scriptOf(t, "apk add --no-cache curl")
	a, b := sc.PackageCommands(), sc.PackageCommands()
	if len(a) != 1 || &a[0] != &b[0] {
		t.Errorf("PackageCommands is not computed once per script: %p, %p", a, b)
	}
}

func TestPackageInstalls(t *testing.T) {
	got := scriptOf(t, "apt-get update && apt-get install -y curl && pip install flask && apk add jq").PackageInstalls()
	var names []string
	for _, pc := range got {
		for _, p := range pc.Packages() {
			names = append(names, pc.Family+":"+p.Name)
		}
	}
	if want := []string{"apt:curl", "apk:jq"}; !reflect.DeepEqual(names, want) {
		t.Errorf("PackageInstalls: %q, want %q", names, want)
	}
}

func TestSplitRPMName(t *testing.T) {
	tests := []struct{ in, name, version string }{
		{"openssl", "openssl", ""},
		{"openssl-1.1.1k", "openssl", "1.1.1k"},
		{"openssl-1.1.1k-7.el8", "openssl", "1.1.1k-7.el8"},
		{"java-11-openjdk", "java-11-openjdk", ""},
		{"java-11-openjdk-11.0.20", "java-11-openjdk", "11.0.20"},
		{"python3-pip", "python3-pip", ""},
		{"libstdc++-devel", "libstdc++-devel", ""},
		{"gcc-c++-8.5.0-20.el8", "gcc-c++", "8.5.0-20.el8"},
	}
	for _, tt := range tests {
		if name, version := splitRPMName(tt.in); name != tt.name || version != tt.version {
			t.Errorf("splitRPMName(%q) = %q, %q; want %q, %q", tt.in, name, version, tt.name, tt.version)
		}
	}
}

func TestResolveArgs(t *testing.T) {
	tests := []struct {
		src  string // a Dockerfile whose last instruction is the RUN
		want string // describe() of its first package command, resolved
		exp  []bool // Expanded of each operand
		unr  []bool // Unresolved of each operand
	}{
		{"FROM debian\nARG OPENSSL_VERSION=3.0.17-1~deb12u3\nRUN apt-get install -y openssl=${OPENSSL_VERSION} curl\n",
			"apt/apt-get install -y | openssl=3.0.17-1~deb12u3 curl", []bool{true, false}, []bool{false, false}},
		{"FROM debian\nENV V=3.0.17 PKG=libssl3\nRUN apt-get install -y \"$PKG=$V\"\n",
			"apt/apt-get install -y | libssl3=3.0.17", []bool{true}, []bool{false}},
		{"FROM debian\nARG V\nRUN apt-get install -y openssl=$V\n", // a --build-arg decides
			"apt/apt-get install -y | openssl=$V", []bool{true}, []bool{true}},
		{"FROM debian\nARG V\nRUN apt-get install -y \"openssl=${V}\"\n",
			"apt/apt-get install -y | openssl=${V}", []bool{true}, []bool{true}},
		{"FROM debian\nARG V\nRUN apt-get install -y $V\n", // nothing known of it
			"apt/apt-get install -y | $", []bool{false}, []bool{false}},
		{"FROM alpine\nARG MUSL=1.2.5-r1\nRUN apk add --upgrade musl=${MUSL}\n",
			"apk/apk add --upgrade | musl=1.2.5-r1", []bool{true}, []bool{false}},
		{"FROM rockylinux:9\nARG V=3.0.7-27.el9\nRUN dnf install -y openssl-${V}\n",
			"yum/dnf install -y | openssl=3.0.7-27.el9", []bool{true}, []bool{false}},
		{"FROM node:22\nARG MINIMIST=1.2.6\nRUN npm install minimist@${MINIMIST} $EXTRA\n",
			"npm/npm install | minimist=1.2.6 $", []bool{true, false}, []bool{false, false}},
		{"FROM debian\nARG V=1\nRUN apt-get install -y openssl=$(cat v) zlib1g=${V%.*}\n", // the shell decides
			"apt/apt-get install -y | $ $", []bool{false, false}, []bool{false, false}},
	}
	for _, tt := range tests {
		f, err := Parse("Dockerfile", []byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		in := f.Instructions[len(f.Instructions)-1]
		pcs := in.Shell(f).PackageCommands()
		pc := pcs[0]
		pc.ResolveArgs(f.VarsAt(in))
		if got := describe(pc); got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.src, got, tt.want)
		}
		for i, a := range pc.Args {
			if a.Expanded != tt.exp[i] || a.Unresolved != tt.unr[i] {
				t.Errorf("%q: operand %d: Expanded %v, Unresolved %v; want %v, %v", tt.src, i, a.Expanded, a.Unresolved, tt.exp[i], tt.unr[i])
			}
		}
	}
}
