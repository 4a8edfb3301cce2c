// Command api is a tiny HTTP service used as a dockerfix example.
package main

import (
	"flag"
	"log"
	"net/http"

	"example.com/httpkit"
	"example.com/logfmt"
)

func main() {
	listen := flag.String("listen", ":8080", "address to listen on")
	flag.Parse()
	http.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte(httpkit.Name() + "\n"))
	})
	log.Print(logfmt.Name(), " listening on ", *listen)
	log.Fatal(http.ListenAndServe(*listen, nil))
}
