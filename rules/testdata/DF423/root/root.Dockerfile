# BuildKit's testCopyIgnoredFileContextRoot: everything at the root is ignored.
FROM scratch
# want "Attempting to Copy file \".\" that is excluded by .dockerignore"
COPY . .
