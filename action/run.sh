#!/usr/bin/env bash
# Runs dockerfix for action.yml: the command line of the mode in
# INPUT_MODE, from the other INPUT_* variables, in the image DOCKERFIX_IMAGE
# or else with the binary DOCKERFIX_BIN. Writes the exit-code (and
# sarif-file) outputs to GITHUB_OUTPUT. cmd/dockerfix/distribution_test.go
# runs it.
set -euo pipefail

mode=${INPUT_MODE:-check}
read -r -a paths <<<"$(tr '\n' ' ' <<<"${INPUT_PATHS:-}")"
((${#paths[@]})) || paths=(.)
sarif=${INPUT_SARIF_FILE:-dockerfix.sarif}

opts=()
[[ -z ${INPUT_FAIL_LEVEL:-} ]] || opts+=(--fail-level "$INPUT_FAIL_LEVEL")
[[ -z ${INPUT_CONFIG:-} ]] || opts+=(--config "$INPUT_CONFIG")
case $mode in
review)
  # Every fix is suggested, safe or unsafe: unsafe-fixes does not apply.
  args=(review --github)
  ;;
sarif)
  args=(--format sarif --output "$sarif" --format text)
  ;;
check)
  args=(--format github)
  ;;
*)
  echo "::error title=dockerfix::mode \"$mode\": want review, sarif or check"
  exit 2
  ;;
esac
case ${INPUT_UNSAFE_FIXES:-false} in
true) [[ $mode == review ]] || opts+=(--unsafe-fixes) ;;
false) ;;
*)
  echo "::error title=dockerfix::unsafe-fixes \"$INPUT_UNSAFE_FIXES\": want true or false"
  exit 2
  ;;
esac
args+=("${opts[@]}" -- "${paths[@]}")

if [[ -n ${DOCKERFIX_IMAGE:-} ]]; then
  # The workspace and the event at their own paths, so that every path
  # means the same inside; the runner's user, so that a report written
  # into the workspace is the runner's.
  run=(docker run --rm --user "$(id -u):$(id -g)"
    -v "$GITHUB_WORKSPACE:$GITHUB_WORKSPACE" -w "$PWD"
    -e GITHUB_TOKEN -e GITHUB_REPOSITORY -e GITHUB_API_URL -e GITHUB_EVENT_PATH)
  [[ -z ${GITHUB_EVENT_PATH:-} ]] || run+=(-v "$GITHUB_EVENT_PATH:$GITHUB_EVENT_PATH:ro")
  run+=("$DOCKERFIX_IMAGE")
else
  run=("${DOCKERFIX_BIN:?DOCKERFIX_BIN or DOCKERFIX_IMAGE must be set}")
fi

code=0
"${run[@]}" "${args[@]}" || code=$?
echo "exit-code=$code" >>"$GITHUB_OUTPUT"
[[ $mode != sarif ]] || echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"
# The sarif mode leaves findings to code scanning: only errors fail it.
if [[ $mode == sarif && $code == 1 ]]; then
  exit 0
fi
exit "$code"
