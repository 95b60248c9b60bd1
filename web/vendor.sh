#!/usr/bin/env bash
# vendor.sh refreshes the browser libraries that package web embeds, so that GraphiQL and the
# graph explorer work on a closed network (no CDN). It fetches pinned versions with `npm pack`
# into a temporary directory, copies the files the pages load into web/static/vendor/, and
# records versions, checksums and licences in web/static/vendor/VERSIONS.
#
# Usage: web/vendor.sh            (from anywhere; needs npm, tar and sha256sum)
# To upgrade, change a version below, run the script, then the browser tests
# (go test ./cmd/geokg -run Browser) and commit web/static/vendor.
set -euo pipefail

# Pinned versions. graphiql 4.x's UMD bundle includes graphql-js, CodeMirror and its
# @graphiql/* plugins; it only needs the React 18 UMD globals (React 19 ships no UMD build).
GRAPHIQL_VERSION=4.1.2
REACT_VERSION=18.3.1
CYTOSCAPE_VERSION=3.34.4
# The explorer's incremental layout: fcose (UMD) needs cose-base, which needs layout-base.
FCOSE_VERSION=2.2.0
COSE_BASE_VERSION=2.2.0
LAYOUT_BASE_VERSION=2.0.1

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="$here/static/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# fetch NAME VERSION: unpack the registry tarball of NAME@VERSION into $tmp/NAME.
fetch() {
  local name="$1" version="$2" tgz
  mkdir -p "$tmp/$name"
  tgz="$(cd "$tmp/$name" && npm pack --silent "$name@$version")"
  tar -xzf "$tmp/$name/$tgz" -C "$tmp/$name"
  local got
  got="$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$tmp/$name/package/package.json")"
  if [[ "$got" != "$version" ]]; then
    echo "vendor.sh: $name: asked for $version, got $got" >&2
    exit 1
  fi
}

fetch graphiql "$GRAPHIQL_VERSION"
fetch react "$REACT_VERSION"
fetch react-dom "$REACT_VERSION"
fetch cytoscape "$CYTOSCAPE_VERSION"
fetch layout-base "$LAYOUT_BASE_VERSION"
fetch cose-base "$COSE_BASE_VERSION"
fetch cytoscape-fcose "$FCOSE_VERSION"

mkdir -p "$dest"
rm -f "$dest"/*.js "$dest"/*.css "$dest"/VERSIONS
# "package path in tarball" -> "file name in static/vendor"
files=(
  "graphiql package/graphiql.min.js graphiql.min.js"
  "graphiql package/graphiql.min.css graphiql.min.css"
  "react package/umd/react.production.min.js react.production.min.js"
  "react-dom package/umd/react-dom.production.min.js react-dom.production.min.js"
  "cytoscape package/dist/cytoscape.min.js cytoscape.min.js"
  "layout-base package/layout-base.js layout-base.js"
  "cose-base package/cose-base.js cose-base.js"
  "cytoscape-fcose package/cytoscape-fcose.js cytoscape-fcose.js"
)
for f in "${files[@]}"; do
  read -r name src out <<<"$f"
  cp "$tmp/$name/$src" "$dest/$out"
  # Drop the source-map comment: the maps are not vendored, and a browser would
  # otherwise request them (a 404 in the network log of every page).
  sed -i -e 's|^//# sourceMappingURL=.*$||' -e 's|/\*# sourceMappingURL=[^*]*\*/||' "$dest/$out"
done

{
  echo "# Browser libraries vendored by web/vendor.sh (npm pack; do not edit by hand)."
  echo "# package version licence: file sha256"
  for f in "${files[@]}"; do
    read -r name src out <<<"$f"
    pj="$tmp/$name/package/package.json"
    version="$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$pj")"
    licence="$(sed -n 's/^  "license": "\(.*\)",$/\1/p' "$pj")"
    echo "$name $version $licence: $out $(sha256sum "$dest/$out" | cut -d' ' -f1)"
  done
  for name in graphiql react react-dom cytoscape layout-base cose-base cytoscape-fcose; do
    echo
    echo "## Licence of $name"
    echo
    cat "$tmp/$name/package/LICENSE"
  done
} >"$dest/VERSIONS"

echo "vendor.sh: refreshed $dest"
