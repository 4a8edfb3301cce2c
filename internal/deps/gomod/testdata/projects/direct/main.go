// Command app is a test project of dockerfix's Go ecosystem.
package main

import (
	"fmt"

	"example.com/htmlparse"
)

func main() { fmt.Println("app" + htmlparse.Name()) }
