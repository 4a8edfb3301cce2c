//go:build unix

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// dockerfixBinary is this test binary as testscript.Main installed it on
// PATH: run by that name, it runs main.
func dockerfixBinary(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("dockerfix")
	if err != nil {
		t.Fatalf("dockerfix not on PATH (testscript.Main puts it there): %v", err)
	}
	return bin
}

// TestInterruptedWrite starts `dockerfix --write` on many files, sends it
// SIGINT or SIGTERM once it has written the first, and checks the exit
// code, that no temporary file is left, and that every file holds its old
// or its new contents, never a mix.
func TestInterruptedWrite(t *testing.T) {
	bin := dockerfixBinary(t)
	const src = "FROM debian:trixie-slim\nMAINTAINER Jane <jane@example.com>\nRUN sudo make install\nCMD echo hi\n"
	const want = "FROM debian:trixie-slim\nLABEL org.opencontainers.image.authors=\"Jane <jane@example.com>\"\nRUN make install\nCMD [\"echo\", \"hi\"]\n"
	const files = 1000
	for _, tc := range []struct {
		sig  syscall.Signal
		name string
		code int
	}{
		{syscall.SIGINT, "SIGINT", 130},
		{syscall.SIGTERM, "SIGTERM", 143},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for i := range files {
				if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%04d.Dockerfile", i)), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var stderr bytes.Buffer
			cmd := exec.Command(bin, "--write", "--date", "2026-09-01", dir)
			cmd.Stdout, cmd.Stderr = io.Discard, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()

			// Files are taken in name order: once the first is written,
			// the run is under way, with most of it to go.
			first := filepath.Join(dir, "f0000.Dockerfile")
			var err error
			for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(time.Millisecond) {
				if b, _ := os.ReadFile(first); string(b) != src {
					if err := cmd.Process.Signal(tc.sig); err != nil {
						t.Fatal(err)
					}
					err = <-exited
					break
				}
				select {
				case err := <-exited:
					t.Fatalf("run ended before it wrote a file: %v\n%s", err, stderr.String())
				default:
				}
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatalf("no file written after 30s\n%s", stderr.String())
				}
			}

			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != tc.code {
				t.Errorf("exit: %v, want code %d\n%s", err, tc.code, stderr.String())
			}
			if line := "dockerfix: stopped by " + tc.name; !strings.Contains(stderr.String(), line) {
				t.Errorf("stderr:\n%s\nwant %q", stderr.String(), line)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			fixed, untouched := 0, 0
			for _, e := range entries {
				if strings.Contains(e.Name(), ".dockerfix-") {
					t.Errorf("temporary file left: %s", e.Name())
					continue
				}
				b, err := os.ReadFile(filepath.Join(dir, e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				switch string(b) {
				case want:
					fixed++
				case src:
					untouched++
				default:
					t.Errorf("%s: neither old nor new:\n%s", e.Name(), b)
				}
			}
			if fixed == 0 || untouched == 0 || fixed+untouched != files {
				t.Errorf("%d files fixed, %d untouched, of %d: want some of each", fixed, untouched, files)
			}
		})
	}
}

// TestInterruptWhileReadingStdin checks that a run waiting on standard
// input still stops on SIGINT, now that the signal is caught.
func TestInterruptWhileReadingStdin(t *testing.T) {
	bin := dockerfixBinary(t)
	// A date far past the catalog's snapshot: the run warns at its start,
	// after the signal handler is set up and before it reads stdin.
	cmd := exec.Command(bin, "--write", "--date", "2099-01-01", "-")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stderr)
	if !lines.Scan() || !strings.Contains(lines.Text(), "warning") {
		t.Fatalf("first stderr line %q, want the catalog-age warning", lines.Text())
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	var rest strings.Builder
	exited := make(chan error, 1)
	go func() {
		for lines.Scan() {
			rest.WriteString(lines.Text() + "\n")
		}
		exited <- cmd.Wait()
	}()
	select {
	case err := <-exited:
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 130 {
			t.Errorf("exit: %v, want code 130", err)
		}
		if !strings.Contains(rest.String(), "stopped by SIGINT") {
			t.Errorf("stderr after the warning:\n%s", rest.String())
		}
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("still running 30s after SIGINT")
	}
}

// TestInterruptsWaitForWrites sends this process SIGINT while a write is
// in progress: the exit waits for the write to finish.
func TestInterruptsWaitForWrites(t *testing.T) {
	exited := make(chan int, 1)
	stderr := &lockedBuffer{}
	in := catchInterrupts(stderr, func(code int) { exited <- code })
	t.Cleanup(func() { signal.Stop(in.sigs) })

	started, release, wrote := make(chan struct{}), make(chan struct{}), make(chan error, 1)
	go func() {
		wrote <- in.write(func() error {
			close(started)
			<-release
			return nil
		})
	}()
	<-started
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-exited:
		t.Fatalf("exit %d while a write was in progress", code)
	case <-time.After(200 * time.Millisecond):
	}
	close(release)
	if err := <-wrote; err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-exited:
		if code != 130 {
			t.Errorf("exit %d, want 130", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no exit after the write finished")
	}
	if got := stderr.String(); got != "dockerfix: stopped by SIGINT\n" {
		t.Errorf("stderr %q", got)
	}
}

// lockedBuffer is a bytes.Buffer for one writer and one reader goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
