# BuildKit's testCopyIgnoredFileContextRoot: .* does not ignore the root.
FROM scratch
COPY . .
# want "file \".env\""
COPY .env /app/
