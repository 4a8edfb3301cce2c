package lint

import (
	"reflect"
	"testing"
)

func TestPackageInstalls(t *testing.T) {
	tests := []struct {
		run  string
		want []string // manager: packages, one entry per call
	}{
		{"apt-get update && apt-get install -y --no-install-recommends curl libssl3", []string{"apt-get: curl libssl3"}},
		{"apt-get install -y --only-upgrade openssl", []string{"apt-get: openssl"}},
		{"apt-get -o Dpkg::Options::=--force-confold install -y libssl1.1=1.1.1n-0+deb11u5", []string{"apt-get: libssl1.1=1.1.1n-0+deb11u5"}},
		{"apt-get install -t bookworm-backports -y git", []string{"apt-get: git"}},
		{"sudo apt install -y vim", []string{"apt: vim"}},
		{"apk add --no-cache --virtual .build-deps gcc musl-dev && apk add --upgrade libcrypto3", []string{"apk: gcc musl-dev", "apk: libcrypto3"}},
		{"apk update", nil},
		{"yum update -y openssl && yum clean all", []string{"yum: openssl"}},
		{"dnf -y install --setopt=tsflags=nodocs python3", []string{"dnf: python3"}},
		{"microdnf install -y shadow-utils", []string{"microdnf: shadow-utils"}},
		{"zypper --non-interactive in curl", []string{"zypper: curl"}},
		{"/usr/bin/apt-get install -y make", []string{"apt-get: make"}},
		{"env DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata", []string{"apt-get: tzdata"}},
		// Files, URLs and expansions are not package names.
		{"apt-get install -y ./pkg.deb $EXTRA \"${MORE}\" https://example.com/x.rpm", nil},
		{"yum install -y /tmp/foo.rpm jq", []string{"yum: jq"}},
		{"apt-get remove -y curl", nil},
		{"echo apt-get install curl", nil},
	}
	for _, tt := range tests {
		f, err := Parse("Dockerfile", []byte("FROM debian\nRUN "+tt.run+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		sc := f.Instructions[1].Shell(f)
		if sc == nil {
			t.Fatalf("%q: no shell", tt.run)
		}
		var got []string
		for _, pi := range sc.PackageInstalls() {
			s := pi.Manager + ":"
			for _, p := range pi.Packages {
				s += " " + p
			}
			got = append(got, s)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.run, got, tt.want)
		}
	}
}
