#!/usr/bin/env bash
# Node 22 for the tests that must also pass there (CLI, library, type stripping): the `node@22`
# npm package, installed into .node22/ of the repository. Prints the folder of its `node` binary.
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX=.node22
if ! "$PREFIX/node_modules/node/bin/node" --version 2> /dev/null | grep -q '^v22\.'; then
  npm install --prefix "$PREFIX" --no-save --no-audit --no-fund --no-package-lock node@22 > /dev/null
fi
BIN="$(pwd)/$PREFIX/node_modules/node/bin"
"$BIN/node" --version > /dev/null
echo "$BIN"
