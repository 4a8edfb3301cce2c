# BuildKit's testDuplicateStageName.
FROM scratch AS b
# want "Duplicate stage name \"b\", stage names should be unique"
FROM scratch AS b
# Stage names are case-insensitive.
# want "Duplicate stage name \"b\""
FROM scratch AS B
FROM scratch AS b1
FROM scratch AS b2
