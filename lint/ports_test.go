package lint

import (
	"reflect"
	"strconv"
	"testing"
)

func TestParsePortSpec(t *testing.T) {
	for _, tc := range []struct {
		spec                       string
		ip, host, container, proto string
		start, end                 int
		ok                         bool
	}{
		{"80", "", "", "80", "", 80, 80, true},
		{"80/TcP", "", "", "80", "TcP", 80, 80, true},
		{"8000-8010/udp", "", "", "8000-8010", "udp", 8000, 8010, true},
		{"5000:5000", "", "5000", "5000", "", 5000, 5000, true},
		{"127.0.0.1:80:80", "127.0.0.1", "80", "80", "", 80, 80, true},
		{"[::1]:8080:8080", "[::1]", "8080", "8080", "", 8080, 8080, true},
		{"80/http", "", "", "80", "http", 0, 0, false},
		{"/tcp", "", "", "", "tcp", 0, 0, false},
		{"70000", "", "", "70000", "", 0, 0, false},
		{"90-80", "", "", "90-80", "", 0, 0, false},
		{"300.1.1.1:80:80", "300.1.1.1", "80", "80", "", 0, 0, false},
		{"1000-1001:80-89", "", "1000-1001", "80-89", "", 0, 0, false},
		{"1000-1009:80", "", "1000-1009", "80", "", 80, 80, true},
		{"$PORT", "", "", "$PORT", "", 0, 0, false},
		{"0", "", "", "0", "", 0, 0, true},
	} {
		p := ParsePortSpec(tc.spec)
		if p.IP != tc.ip || p.HostPort != tc.host || p.ContainerPort != tc.container || p.Proto != tc.proto {
			t.Errorf("%q: split %q %q %q %q, want %q %q %q %q", tc.spec, p.IP, p.HostPort, p.ContainerPort, p.Proto, tc.ip, tc.host, tc.container, tc.proto)
		}
		if linted := p.ContainerPort != "" && tc.proto != "http"; p.Linted != linted {
			t.Errorf("%q: Linted %v, want %v", tc.spec, p.Linted, linted)
		}
		if (p.Err == nil) != tc.ok {
			t.Errorf("%q: err %v, want ok %v", tc.spec, p.Err, tc.ok)
		}
		if tc.ok && (p.Start != tc.start || p.End != tc.end) {
			t.Errorf("%q: range %d-%d, want %d-%d", tc.spec, p.Start, p.End, tc.start, tc.end)
		}
		if got := tc.spec[p.ContainerStart:]; len(got) < len(tc.container) || got[:len(tc.container)] != tc.container {
			t.Errorf("%q: ContainerStart %d points at %q", tc.spec, p.ContainerStart, got)
		}
		if tc.proto != "" && tc.spec[p.ProtoStart:] != tc.proto {
			t.Errorf("%q: ProtoStart %d points at %q", tc.spec, p.ProtoStart, tc.spec[p.ProtoStart:])
		}
		if tc.proto == "" && p.ProtoStart != -1 {
			t.Errorf("%q: ProtoStart %d, want -1", tc.spec, p.ProtoStart)
		}
	}
}

func TestExposedPorts(t *testing.T) {
	f := mustParse(t, "FROM a\nARG P=\"81 82/UDP\"\nEXPOSE 80/TCP $P $UNKNOWN \\\n  90\n")
	var got []string
	for _, p := range f.ExposedPorts(f.Instructions[2]) {
		got = append(got, p.Text+"|"+p.Word.Text+"|"+strconv.FormatBool(p.Literal))
	}
	want := []string{"80/TCP|80/TCP|true", "81|$P|false", "82/UDP|$P|false", "90|90|true"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ExposedPorts = %q, want %q", got, want)
	}
	if f.ExposedPorts(f.Instructions[1]) != nil {
		t.Error("ExposedPorts of an ARG is not nil")
	}
}

func TestPortNumbers(t *testing.T) {
	for _, tc := range []struct {
		s         string
		low, high int
		ok        bool
	}{
		{"80", 80, 80, true},
		{"8000-8010", 8000, 8010, true},
		{"80-80", 80, 80, true},
		{"70000", 70000, 70000, true}, // out of range, but a number
		{"90-80", 90, 80, true},       // ParsePortSpec refuses the order
		{"", 0, 0, false},
		{"-80", 0, 0, false},
		{"80-", 0, 0, false},
		{"http", 0, 0, false},
		{"$PORT", 0, 0, false},
	} {
		low, high, ok := PortNumbers(tc.s)
		if low != tc.low || high != tc.high || ok != tc.ok {
			t.Errorf("PortNumbers(%q) = %d, %d, %v; want %d, %d, %v", tc.s, low, high, ok, tc.low, tc.high, tc.ok)
		}
	}
}
