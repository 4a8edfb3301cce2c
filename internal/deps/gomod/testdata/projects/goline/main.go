// Command app is a test project of dockerfix's Go ecosystem.
package main

import (
	"fmt"

	"example.com/modernkit"
)

func main() { fmt.Println("app" + modernkit.Name()) }
