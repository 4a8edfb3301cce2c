module example.com/app

go 1.19

require example.com/cli v1.0.0

require example.com/htmlparse v0.17.0 // indirect
