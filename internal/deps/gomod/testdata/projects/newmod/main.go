// Command app is a test project of dockerfix's Go ecosystem.
package main

import (
	"fmt"

	"example.com/webkit"
)

func main() { fmt.Println("app" + webkit.Name()) }
