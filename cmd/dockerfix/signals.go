package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// interrupts stops a run on SIGINT or SIGTERM without leaving a file
// half-written or a temporary file behind: the writes in progress finish,
// no other starts, and the process exits as shells report a signal, 128
// plus its number (130, 143). The files being linted or fixed but not yet
// written are left as they were. A second signal changes nothing: a parent
// that forwards the signal to a process group that already got it must not
// cut a write short. SIGKILL is the way to stop at once.
type interrupts struct {
	// writes is held shared by each job writing its files and exclusively
	// by the exit, which thus waits for them and lets no other start.
	writes sync.RWMutex
	stderr io.Writer
	exit   func(code int) // os.Exit
	sigs   chan os.Signal
}

// catchInterrupts starts listening for SIGINT and SIGTERM.
func catchInterrupts(stderr io.Writer, exit func(int)) *interrupts {
	in := &interrupts{stderr: stderr, exit: exit, sigs: make(chan os.Signal, 1)}
	signal.Notify(in.sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig, ok := <-in.sigs
		if !ok {
			return
		}
		in.writes.Lock()
		fmt.Fprintf(in.stderr, "dockerfix: stopped by %s\n", signalName(sig))
		in.exit(128 + signalNumber(sig))
	}()
	return in
}

// write runs fn, which writes files, unless the run is being stopped: then
// fn does not start and the process exits before write returns. A nil
// interrupts (Main, in tests) just runs fn.
func (in *interrupts) write(fn func() error) error {
	if in == nil {
		return fn()
	}
	in.writes.RLock()
	defer in.writes.RUnlock()
	return fn()
}

// done is called when the run is over. A signal that came first has the
// last word (done then waits for the exit); one that comes after is not
// listened to.
func (in *interrupts) done() {
	in.writes.Lock()
	signal.Stop(in.sigs)
	close(in.sigs)
}

func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}

func signalNumber(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return int(s)
	}
	return 1
}
