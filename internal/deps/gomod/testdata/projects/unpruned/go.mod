module example.com/app

go 1.16

require example.com/oldlib v1.0.0
