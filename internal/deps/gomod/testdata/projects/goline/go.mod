module example.com/app

go 1.21

require example.com/modernkit v1.0.0

require example.com/htmlparse v0.17.0 // indirect
