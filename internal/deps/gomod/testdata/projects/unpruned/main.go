// Command app is a test project of dockerfix's Go ecosystem.
package main

import (
	"fmt"

	"example.com/oldlib"
)

func main() { fmt.Println("app" + oldlib.Name()) }
