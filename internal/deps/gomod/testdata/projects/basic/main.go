// Command app is a test project of dockerfix's Go ecosystem.
package main

import (
	"fmt"

	"example.com/httpkit"
	"example.com/logfmt"
)

func main() { fmt.Println("app" + httpkit.Name() + logfmt.Name()) }
