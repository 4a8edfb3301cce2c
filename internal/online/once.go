package online

import "sync"

// Once computes each key's value once: the callers of a key being
// computed wait for it and share its answer. For the answers of a run that
// cost a network round trip. The zero value is ready; it is safe for
// concurrent use.
type Once[K comparable, V any] struct{ m sync.Map }

type onceValue[V any] struct {
	once sync.Once
	v    V
}

// Get returns key's value, computing it on the first call for key.
func (c *Once[K, V]) Get(key K, compute func() V) V {
	e, ok := c.m.Load(key)
	if !ok {
		e, _ = c.m.LoadOrStore(key, &onceValue[V]{})
	}
	ov := e.(*onceValue[V])
	ov.once.Do(func() { ov.v = compute() })
	return ov.v
}
