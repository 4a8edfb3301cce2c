package lint

import (
	"reflect"
	"testing"
	"time"
)

// fakeImages knows the default users of a few images.
type fakeImages map[string]struct {
	user    string
	nonRoot bool
}

func (m fakeImages) DefaultUser(image string) (string, bool, bool) {
	u, ok := m[image]
	return u.user, u.nonRoot, ok
}
func (fakeImages) NonRootUser(string) (string, bool)     { return "", false }
func (fakeImages) DropsPrivileges(string) (string, bool) { return "", false }
func (fakeImages) Entrypoint(string) Entrypoint          { return Entrypoint{} }
func (fakeImages) Distro(string) string                  { return "" }
func (fakeImages) Update(string, time.Time, string) (ImageUpdate, bool) {
	return ImageUpdate{}, false
}
func (fakeImages) Pin(string, time.Time) (string, bool) { return "", false }
func (fakeImages) Exists(string) bool                   { return false }
func (fakeImages) Digest(string) (string, bool)         { return "", false }
func (fakeImages) OSRelease(string) (OSRelease, bool)   { return OSRelease{}, false }

func TestUserAt(t *testing.T) {
	images := fakeImages{
		"debian":         {"root", false},
		"app/nonroot":    {"", true},
		"jenkins/agent":  {"jenkins", true},
		"windows/server": {"ContainerAdministrator", false},
	}
	src := `ARG BASE
FROM debian AS base
RUN a
USER app
RUN b
ARG UID=0 GID=0
USER $UID:$GID
RUN c
USER root:staff
RUN d
USER $NOPE
RUN e
FROM base
RUN f
FROM scratch
RUN g
FROM app/nonroot
RUN h
FROM jenkins/agent
RUN i
FROM unknown/image
RUN j
FROM ${BASE}
RUN k
FROM windows/server
RUN l
`
	f := mustParse(t, src)
	p := &Pass{File: f, Env: &Env{Images: images}}
	type want struct {
		value              string
		root, known, group bool // group: RootGroup
		set                int  // line of the USER in effect; 0 for the base image's default
		reads              []string
	}
	for _, tc := range []struct {
		run  string
		want want
	}{
		{"a", want{"root", true, true, true, 0, nil}},
		{"b", want{"app", false, true, true, 4, nil}},
		{"c", want{"0:0", true, true, true, 7, []string{"UID=0", "GID=0"}}},
		{"d", want{"root:staff", true, true, false, 9, nil}},
		{"e", want{"$NOPE", false, false, true, 11, nil}},
		{"f", want{"$NOPE", false, false, true, 11, nil}}, // from the parent stage
		{"g", want{"root", true, true, true, 0, nil}},
		{"h", want{"", false, true, true, 0, nil}},
		{"i", want{"jenkins", false, true, true, 0, nil}},
		{"j", want{"", false, false, true, 0, nil}},
		{"k", want{"", false, false, true, 0, nil}},
		{"l", want{"ContainerAdministrator", true, true, true, 0, nil}},
	} {
		var run *Instruction
		for _, in := range f.InstructionsOf("RUN") {
			if in.ArgText() == tc.run {
				run = in
			}
		}
		u := p.UserAt(run)
		set := 0
		if u.Set != nil {
			set = u.Set.StartLine
		}
		got := want{u.Value, u.Root, u.Known, u.RootGroup(), set, u.Reads}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("RUN %s: %+v, want %+v", tc.run, got, tc.want)
		}
		if u.Set == nil && (u.Base == nil || u.Base != run.Stage.Root()) {
			t.Errorf("RUN %s: Base = %v, want the root stage", tc.run, u.Base)
		}
	}
	// The user after a stage's last instruction.
	if u := p.StageUser(f.Stages[0]); u.Set == nil || u.Set.StartLine != 11 {
		t.Errorf("StageUser(base) = %+v, want the USER on line 11", u)
	}
	if u := p.StageUser(f.Stages[2]); !u.Root || u.Set != nil {
		t.Errorf("StageUser(scratch) = %+v, want root from the image", u)
	}
	// Without a catalog, an image's user is unknown.
	if u := (&Pass{File: f, Env: &Env{}}).UserAt(f.Instructions[2]); u.Known {
		t.Errorf("no catalog: RUN a runs as a known user: %+v", u)
	}
}

func TestStageChainAndWindows(t *testing.T) {
	f := mustParse(t, "FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS a\nFROM a AS b\nFROM b\nFROM alpine\n")
	chain := f.Stages[2].Chain()
	if len(chain) != 3 || chain[0] != f.Stages[0] || chain[2] != f.Stages[2] {
		t.Errorf("Chain = %v", chain)
	}
	if !f.Stages[2].IsWindows() || f.Stages[3].IsWindows() {
		t.Errorf("IsWindows: %v %v", f.Stages[2].IsWindows(), f.Stages[3].IsWindows())
	}
	for img, want := range map[string]bool{
		"mcr.microsoft.com/dotnet/framework/sdk:4.8": true, "python:3.13-nanoserver-ltsc2025": true,
		"golang:1.26-windowsservercore": true, "node:24": false, "ubuntu:24.04": false,
	} {
		if got := mustParse(t, "FROM "+img+"\n").Stages[0].IsWindows(); got != want {
			t.Errorf("IsWindows(%s) = %v", img, got)
		}
	}
}

// An image of another name is Windows by what only a Windows stage writes,
// in the stage or one it is built on.
func TestWindowsContent(t *testing.T) {
	for src, want := range map[string]bool{
		"FROM microsoft/wcf:4.6.2\nRUN windows\\system32\\inetsrv\\appcmd.exe set app x\n": true,
		"FROM $BASE\nWORKDIR \"c:\\inetpub\\wwwroot\"\n":                                   true,
		"FROM bats-jenkins\nWORKDIR C:/ProgramData/Test\n":                                 true,
		"FROM stefanscherer/chocolatey\nENV USERPROFILE C:\\home\n":                        true,
		"FROM team/base\nSHELL [\"powershell\", \"-Command\"]\n":                           true,
		"FROM team/base\nSHELL [\"cmd.exe\", \"/S\", \"/C\"]\n":                            true,
		"FROM team/base AS a\nWORKDIR C:\\app\nFROM a\nRUN dir\n":                          true,
		// pwsh runs on Linux; a colon or a drive-less path says nothing.
		"FROM team/base\nSHELL [\"pwsh\", \"-Command\"]\n":                     false,
		"FROM team/base\nWORKDIR /app\nENV PATH=/opt/bin:$PATH URL=http://x\n": false,
		"FROM team/base\nENV DRIVE=c:\n":                                       false,
		"FROM team/base\nRUN wine app.exe /windows/system32\n":                 false,
	} {
		f := mustParse(t, src)
		if got := f.Stages[len(f.Stages)-1].IsWindows(); got != want {
			t.Errorf("%q: IsWindows = %v, want %v", src, got, want)
		}
	}
}

func TestUserSet(t *testing.T) {
	f := mustParse(t, "FROM a\nARG U=app\nUSER ${U}:staff\n")
	u := f.UserSet(f.Instructions[2])
	if u.Value != "app:staff" || u.Name != "app" || u.Group != "staff" || u.Root || !u.Known || u.Set != f.Instructions[2] {
		t.Errorf("UserSet = %+v", u)
	}
}
