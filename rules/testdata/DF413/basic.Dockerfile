# BuildKit's testConsistentInstructionCasing, first file: mixed case.
# want "Command 'From' should match the case of the command majority \\(uppercase\\)"
From scratch as base
FROM scratch AS base2
