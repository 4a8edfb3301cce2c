package main

import "sync"

// orderedEmitter hands results to emit in index order as soon as each one
// and all before it are done. Workers finish out of order; the output must
// not, and holding every result until the last is done would keep the
// whole run's output in memory.
type orderedEmitter struct {
	mu   sync.Mutex
	held [][]byte // results done but not yet emitted
	free [][]byte // buffers of results emitted from held, to hand back
	done []bool
	next int
	emit func(i int, out []byte)
}

func newOrderedEmitter(n int, emit func(i int, out []byte)) *orderedEmitter {
	return &orderedEmitter{held: make([][]byte, n), done: make([]bool, n), emit: emit}
}

// finish records result i, in out, and returns a buffer for the caller's
// next result. When everything before i is out, out is emitted at once,
// followed by the results held behind it, and handed back; otherwise out
// itself is held, and the caller gets the buffer of a result emitted
// earlier, or nil. So results are never copied, and there are about as
// many buffers as workers. Emission happens under the lock, one result at
// a time.
func (e *orderedEmitter) finish(i int, out []byte) []byte {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.done[i] = true
	if i != e.next {
		e.held[i] = out
		var buf []byte
		if n := len(e.free); n > 0 {
			buf, e.free = e.free[n-1], e.free[:n-1]
		}
		return buf
	}
	e.emit(i, out)
	for e.next++; e.next < len(e.done) && e.done[e.next]; e.next++ {
		e.emit(e.next, e.held[e.next])
		e.free = append(e.free, e.held[e.next][:0])
		e.held[e.next] = nil
	}
	return out[:0]
}
