package images

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range strings.Split(os.Getenv("DUMP"), ",") {
		im, ok := c.lookupName(name)
		if !ok {
			t.Fatalf("no %s", name)
		}
		ix := im.index()
		for _, e := range ix.entries {
			r := e.res
			var comps []string
			for _, c := range r.comps {
				s := c.Product
				if c.Cycle != nil {
					s += "@" + c.Cycle.Name
				}
				if c.Implicit {
					s = "(" + s + ")"
				}
				comps = append(comps, s)
			}
			var parts []string
			for _, p := range e.info.Parts {
				parts = append(parts, fmt.Sprintf("%s<%d:%s:%s>", p.Text, p.Kind, p.Product, p.Cycle))
			}
			fmt.Printf("%-45s v=%-14q a=%-10q pre=%v full=%v float=%v cyc=%v parts=%v comps=%v\n", e.info.Tag, e.info.Version, e.info.Alias, e.info.Pre, e.full, r.floating, r.cycle.String(), parts, comps)
		}
	}
}

func TestDebugOdd(t *testing.T) {
	if os.Getenv("ODD") == "" {
		t.Skip()
	}
	c, _ := Load()
	for name, im := range c.images {
		ix := im.index()
		for _, e := range ix.entries {
			if len(im.products) > 0 && e.res.cycle == nil && !e.info.Pre && !e.res.floating {
				fmt.Printf("%s:%s nocycle v=%q a=%q\n", name, e.info.Tag, e.info.Version, e.info.Alias)
			}
			for _, c := range e.res.comps {
				if c.Cycle == nil && c.Product != "rhel" && c.Product != "distroless" && c.Product != "azurelinux" && !e.info.Pre {
					fmt.Printf("%s:%s comp %s %q unknown\n", name, e.info.Tag, c.Product, c.Text)
				}
			}
		}
	}
}
