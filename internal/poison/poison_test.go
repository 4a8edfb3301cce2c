package poison

import (
	"math"
	"reflect"
	"testing"
)

type node struct {
	Name   string
	n      int
	small  int8
	flag   bool
	u      uint16
	ratio  float64
	text   []byte
	words  [2]string
	next   *node   // a cycle back to the root
	kids   []*node // shared with the root's kids
	attrs  map[string]bool
	any    any
	fn     func()
	owner  *owner // someone else's: stop
	noNext *node
}

type owner struct{ name string }

func TestFill(t *testing.T) {
	own := &owner{"mine"}
	attrs := map[string]bool{"json": true}
	kid := &node{Name: "kid", n: 2, text: []byte("kid")}
	root := &node{
		Name: "root", n: 1, small: 3, u: 4, ratio: 1.5, text: []byte("abc"), words: [2]string{"a", "b"},
		kids: []*node{kid}, attrs: attrs, any: 5, fn: func() {}, owner: own,
	}
	root.next = root
	kid.next = root
	kid.kids = root.kids
	kid.owner = own

	Fill(root, func(t reflect.Type) bool { return t == reflect.TypeFor[*owner]() })

	for _, n := range []*node{root, kid} {
		if n.Name != String || n.n != Int || n.small != math.MinInt8 || !n.flag || n.u != math.MaxUint16 || !math.IsNaN(n.ratio) {
			t.Errorf("scalars of %p: %+v", n, n)
		}
		for i, b := range n.text {
			if b != 0xFF {
				t.Errorf("text[%d] = %#x", i, b)
			}
		}
		if n.attrs != nil || n.any != nil || n.fn != nil || n.owner != nil || n.noNext != nil {
			t.Errorf("references of %p: %+v", n, n)
		}
	}
	if root.words != [2]string{String, String} {
		t.Errorf("array: %q", root.words)
	}
	if root.next != root || kid.next != root || len(root.kids) != 1 || root.kids[0] != kid {
		t.Error("pointers were not kept: holders must find the garbage")
	}
	if own.name != "mine" || !attrs["json"] {
		t.Error("memory that was not root's was filled")
	}
}

func TestFillNeedsAPointer(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Fill(non-pointer) did not panic")
		}
	}()
	Fill(node{}, func(reflect.Type) bool { return false })
}
