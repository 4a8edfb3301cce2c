package main

import (
	"bytes"
	"sync"
)

// orderedEmitter hands results to emit in index order as soon as each one
// and all before it are done. Workers finish out of order; the output must
// not, and holding every result until the last is done would keep the
// whole run's output in memory.
type orderedEmitter struct {
	mu   sync.Mutex
	held [][]byte // results done but not yet emitted
	done []bool
	next int
	emit func(i int, out []byte)
}

func newOrderedEmitter(n int, emit func(i int, out []byte)) *orderedEmitter {
	return &orderedEmitter{held: make([][]byte, n), done: make([]bool, n), emit: emit}
}

// finish records result i. When everything before it is out, it is emitted
// at once from out, which the caller may then reuse, followed by the
// results held behind it; otherwise a copy of out is held. Emission
// happens under the lock, one result at a time.
func (e *orderedEmitter) finish(i int, out []byte) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.done[i] = true
	if i != e.next {
		e.held[i] = bytes.Clone(out)
		return
	}
	e.emit(i, out)
	for e.next++; e.next < len(e.done) && e.done[e.next]; e.next++ {
		e.emit(e.next, e.held[e.next])
		e.held[e.next] = nil
	}
}
