package main

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/internal/report"
)

// unknownImagesNote is the JSON note of a file whose FROM lines name n
// base images the catalog does not know.
func unknownImagesNote(n int) string {
	them := "them"
	if n == 1 {
		them = "it"
	}
	return fmt.Sprintf("the base-image catalog does not know %s, so DF101 did not judge %s offline (--online may help)",
		report.Plural(n, "image"), them)
}

// unknownImagesLine is --verbose's one line about the base images the
// catalog does not know, over all files: each named once, with its file
// or how many files name it; "" when there are none.
func unknownImagesLine(jobs []*job) string {
	var order []string
	files := map[string][]string{}
	for _, j := range jobs {
		for _, im := range j.unknown {
			if files[im] == nil {
				order = append(order, im)
			}
			files[im] = append(files[im], j.display)
		}
	}
	if len(order) == 0 {
		return ""
	}
	items := make([]string, len(order))
	for i, im := range order {
		where := files[im][0]
		if n := len(files[im]); n > 1 {
			where = report.Plural(n, "file")
		}
		items[i] = im + " (" + where + ")"
	}
	return "dockerfix: note: " + unknownImagesNote(len(order)) + ": " + strings.Join(items, ", ")
}
