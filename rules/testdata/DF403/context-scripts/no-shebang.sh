echo starting
exec app
