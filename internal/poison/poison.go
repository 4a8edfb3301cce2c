// Package poison overwrites a graph of Go values with garbage. A test
// build uses it on memory that is about to be reused, to prove that
// nothing reads that memory any more: whatever still does reads garbage,
// and its output shows it.
package poison

import (
	"math"
	"reflect"
	"unsafe"
)

// The garbage: ranges made of Int are out of bounds, and String is text
// no Dockerfile holds.
const (
	Int    = -0x0BADF00D
	String = "\x00poisoned\x00"
)

// Fill overwrites everything reachable from root, a non-nil pointer,
// through pointers, slices, arrays and structs (unexported fields too):
// signed numbers become Int, unsigned ones their maximum, floats NaN,
// bools true, strings String; maps, funcs, channels and interfaces become
// nil, as their contents may be shared. A pointer whose type stop accepts
// becomes nil instead of being followed: memory that is not root's to
// give back.
func Fill(root any, stop func(reflect.Type) bool) {
	v := reflect.ValueOf(root)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		panic("poison.Fill: root must be a non-nil pointer")
	}
	f := filler{stop: stop, seen: map[seenKey]bool{}}
	f.pointer(v)
}

type seenKey struct {
	addr uintptr
	typ  reflect.Type
}

type filler struct {
	stop func(reflect.Type) bool
	seen map[seenKey]bool
}

// pointer fills what the non-nil pointer p points to, once.
func (f *filler) pointer(p reflect.Value) {
	k := seenKey{p.Pointer(), p.Type()}
	if f.seen[k] {
		return
	}
	f.seen[k] = true
	f.value(p.Elem())
}

// value fills v, which must be addressable.
func (f *filler) value(v reflect.Value) {
	if !v.CanSet() {
		// An unexported field: reached through its address instead.
		v = reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := int64(Int)
		if v.OverflowInt(n) {
			n = -1 << (v.Type().Bits() - 1)
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(math.MaxUint64 >> (64 - v.Type().Bits()))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(math.NaN())
	case reflect.Complex64, reflect.Complex128:
		v.SetComplex(complex(math.NaN(), math.NaN()))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.String:
		v.SetString(String)
	case reflect.Pointer:
		switch {
		case v.IsNil():
		case f.stop(v.Type()):
			v.SetZero()
		default:
			f.pointer(v)
		}
	case reflect.Slice:
		for i := range v.Len() {
			f.value(v.Index(i))
		}
	case reflect.Array:
		for i := range v.Len() {
			f.value(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f.value(v.Field(i))
		}
	default: // maps, funcs, channels, interfaces, unsafe pointers
		v.SetZero()
	}
}
