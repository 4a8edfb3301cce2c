// Command app is a test project of dockerfix's Go ecosystem.
package main

import (
	"fmt"

	"example.com/cli"
)

func main() { fmt.Println("app" + cli.Name()) }
