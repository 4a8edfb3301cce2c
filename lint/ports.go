package lint

import (
	"errors"
	"net"
	"strconv"
	"strings"
)

// PortSpec is an EXPOSE argument, [ip:][hostPort:]containerPort[/proto],
// split as BuildKit's dockerfile2llb splits it (convert_expose.go).
type PortSpec struct {
	IP, HostPort   string // "" when absent; BuildKit only validates them
	ContainerPort  string // "80" or a range "8000-8010"
	Proto          string // as written, "" when absent (tcp)
	ProtoStart     int    // offset of Proto in the spec; -1 when absent
	ContainerStart int    // offset of ContainerPort in the spec
	// Start and End are the container port range, End == Start for one
	// port; valid when Err is nil.
	Start, End int
	// Err is why BuildKit refuses the spec (and fails the build).
	Err error
	// Linted: BuildKit got as far as its lint checks (ExposeProtoCasing,
	// ExposeInvalidFormat), which come after the port and protocol are
	// split and before the rest is validated.
	Linted bool
}

// ParsePortSpec reads one EXPOSE argument, after variable expansion.
func ParsePortSpec(s string) PortSpec {
	var p PortSpec
	parts := strings.Split(s, ":")
	n := len(parts)
	switch n {
	case 1:
	case 2:
		p.HostPort = parts[0]
	default:
		p.IP, p.HostPort = strings.Join(parts[:n-2], ":"), parts[n-2]
	}
	container := parts[n-1]
	p.ContainerStart = len(s) - len(container)
	p.ProtoStart = -1
	port, proto, hasProto := strings.Cut(container, "/")
	p.ContainerPort = port
	if hasProto {
		p.Proto = proto
		p.ProtoStart = p.ContainerStart + len(port) + 1
	}
	if port == "" {
		p.Err = errors.New("no port specified")
		return p
	}
	switch strings.ToLower(proto) {
	case "", "tcp", "udp", "sctp":
	default:
		p.Err = errors.New("invalid proto: " + proto)
		return p
	}
	p.Linted = true
	ip := p.IP
	if strings.HasPrefix(ip, "[") {
		raw, _, err := net.SplitHostPort(ip + ":")
		if err != nil {
			p.Err = errors.New("invalid IP address " + ip)
			return p
		}
		ip = raw
	}
	if ip != "" && net.ParseIP(ip) == nil {
		p.Err = errors.New("invalid IP address: " + ip)
		return p
	}
	var err error
	if p.Start, p.End, err = portRange(port); err != nil {
		p.Err = errors.New("invalid containerPort: " + port)
		return p
	}
	if p.HostPort != "" {
		hs, he, err := portRange(p.HostPort)
		if err != nil {
			p.Err = errors.New("invalid hostPort: " + p.HostPort)
			return p
		}
		if p.End-p.Start != he-hs && p.End != p.Start {
			p.Err = errors.New("invalid ranges specified for container and host Ports")
		}
	}
	return p
}

// portRange parses "80" or "8000-9000", each number within 0–65535.
func portRange(s string) (start, end int, err error) {
	start, end, ok := PortNumbers(s)
	switch {
	case !ok:
		return 0, 0, errors.New("not a port or range")
	case end > 65535:
		return 0, 0, errors.New("port out of range")
	case end < start:
		return 0, 0, errors.New("invalid port range")
	}
	return start, end, nil
}

// PortNumbers reads a port or a range of ports as written, "80" or
// "8000-8010" (high equals low for one port), without bounds: EXPOSE
// refuses a port above 65535 (ParsePortSpec's Err), and rules that report
// it need its number.
func PortNumbers(s string) (low, high int, ok bool) {
	a, b, isRange := strings.Cut(s, "-")
	low, err := strconv.Atoi(a)
	if err != nil || low < 0 {
		return 0, 0, false
	}
	if !isRange || a == b {
		return low, low, true
	}
	high, err = strconv.Atoi(b)
	if err != nil || high < 0 {
		return 0, 0, false
	}
	return low, high, true
}

// ExposedPort is one port spec of an EXPOSE, after variable expansion.
type ExposedPort struct {
	PortSpec
	Text string // the spec after expansion, as BuildKit's messages show it
	Word Word   // the argument it comes from
	// Literal: Text is the argument as written, on one line, so that an
	// offset in Text is one from Word.Range.Start.
	Literal bool
}

// ExposedPorts reads an EXPOSE's arguments as BuildKit does: each
// expanded with the variables in scope and split at blanks. An argument
// whose value is unknown (a variable the base image may set) is left out.
func (f *File) ExposedPorts(in *Instruction) []ExposedPort {
	if in.Keyword != "EXPOSE" {
		return nil
	}
	var out []ExposedPort
	for _, w := range in.Args() {
		if !f.NeedsExpansion(w.Text) {
			out = append(out, ExposedPort{PortSpec: ParsePortSpec(w.Text), Text: w.Text, Word: w, Literal: w.Range.Len() == len(w.Text)})
			continue
		}
		v, ok := f.VarsAt(in).Expand(w.Text)
		if !ok {
			continue
		}
		for _, s := range strings.Fields(v) {
			out = append(out, ExposedPort{PortSpec: ParsePortSpec(s), Text: s, Word: w})
		}
	}
	return out
}
