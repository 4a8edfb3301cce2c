package rules

import (
	"fmt"
	"strings"
)

// NotImplemented is a peer's rule that dockerfix leaves out on purpose.
// `dockerfix explain ID` prints why, and the README lists them among the
// deliberate differences from peers.
type NotImplemented struct {
	ID, Peer string // "DL3008", "hadolint"
	Title    string // the peer's own title
	Why      string // why dockerfix does not check it, Markdown
}

// Why the pin-version rules are left out: the two kinds of pins.
const (
	osPinsWhy = "A version pinned on an OS package (`openssl=3.0.11-1~deb12u2`) is the **piecemeal pin** " +
		"that DF301 removes. The distributions' archives keep only the current version of each package " +
		"(Debian and Ubuntu's main archives, Alpine's branches, the RHEL family's repositories), so a pin " +
		"breaks the build once a security update replaces the pinned version, usually within weeks; and " +
		"where it keeps building, from a snapshot mirror, it holds back every security fix that follows. " +
		"Either way the pin patches one symptom and hides that the base image is out of date.\n\n" +
		"Reproducibility comes from the base image instead: pin it by digest (DF103) and bump it, with " +
		"the packages it carries, when a fix is out (DF101; DF301 proves with OSV data that the newer " +
		"base already carries the fixes the pins were for)."
	langPinsWhy = "Versions of language packages belong in the project's manifest and lockfile " +
		"(`requirements.txt` with pinned versions or hashes, `package-lock.json`, `Gemfile.lock`), where " +
		"the resolver sees them together and the tools that track vulnerabilities find them, not on a " +
		"`RUN` line, where a version duplicates the lockfile's and drifts from it, or patches one " +
		"transitive dependency the lockfile resolves otherwise. Install from the lockfile (`pip install " +
		"-r requirements.txt`, `npm ci` (DF319), `bundle install`) and bump the top-level dependency whose " +
		"new version carries the fix.\n\n" +
		"A tool installed on its own (`npm install -g typescript`, `pip install poetry`) is the one case " +
		"where the version on the line is the lockfile: pin it if you like; dockerfix asks neither way."
)

// NotImplementedRules lists the peers' rules dockerfix leaves out on
// purpose, sorted by ID.
func NotImplementedRules() []NotImplemented {
	return []NotImplemented{
		{ID: "DL3008", Peer: "hadolint", Title: "Pin versions in `apt-get install`.", Why: osPinsWhy},
		{ID: "DL3013", Peer: "hadolint", Title: "Pin versions in pip.", Why: langPinsWhy},
		{ID: "DL3016", Peer: "hadolint", Title: "Pin versions in `npm`.", Why: langPinsWhy},
		{ID: "DL3018", Peer: "hadolint", Title: "Pin versions in `apk add`. Instead of `apk add <package>` use `apk add <package>=<version>`.", Why: osPinsWhy},
		{ID: "DL3028", Peer: "hadolint", Title: "Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`", Why: langPinsWhy},
		{ID: "DL3033", Peer: "hadolint", Title: "Specify version with `yum install -y <package>-<version>`", Why: osPinsWhy},
		{ID: "DL3037", Peer: "hadolint", Title: "Specify version with `zypper install -y <package>[=]<version>`.", Why: osPinsWhy},
		{ID: "DL3041", Peer: "hadolint", Title: "Specify version with `dnf install -y <package>-<version>`", Why: osPinsWhy},
	}
}

// notImplementedDoc is the documentation `dockerfix explain` prints for a
// peer's rule dockerfix leaves out, "" when name is none of them.
func notImplementedDoc(name string) string {
	for _, n := range NotImplementedRules() {
		if strings.EqualFold(n.ID, name) {
			return fmt.Sprintf("# %s (%s): deliberately not implemented\n\n%s\n\n%s\n",
				n.ID, n.Peer, wrap(fmt.Sprintf("%s's %s: %q", n.Peer, n.ID, n.Title)), wrap(n.Why))
		}
	}
	return ""
}

// wrap breaks the paragraphs of text into lines of at most 76 columns, as
// the rules' docs are written.
func wrap(text string) string {
	paragraphs := strings.Split(text, "\n\n")
	for i, p := range paragraphs {
		var b strings.Builder
		n := 0
		for _, w := range strings.Fields(p) {
			if n > 0 && n+1+len(w) > 76 {
				b.WriteByte('\n')
				n = 0
			} else if n > 0 {
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += len(w)
		}
		paragraphs[i] = b.String()
	}
	return strings.Join(paragraphs, "\n\n")
}
