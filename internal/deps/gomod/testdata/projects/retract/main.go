// Command app is a test project of dockerfix's Go ecosystem.
package main

import (
	"fmt"

	"example.com/router"
)

func main() { fmt.Println("app" + router.Name()) }
