module example.com/app

go 1.19

require (
	example.com/httpkit v1.2.0
	example.com/logfmt v1.0.0
)

require example.com/htmlparse v0.17.0 // indirect
