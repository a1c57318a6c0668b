#!/usr/bin/env bash
# Installs schlagwort as a user would, into scratch projects in a temporary directory, and uses it there: ESM import,
# CommonJS require, the CLI, and a TypeScript type check with moduleResolution node16 (an .mts and a .cts file) and
# bundler. TypeScript is the repository's own, so nothing is downloaded. Installs:
# - tarball: `npm pack` of this checkout (what the registry would serve; needs dist/ built first);
# - clone: a fresh clone of HEAD (tracked files only, no dist/) builds itself through `prepare`, as npm does for a git
#   dependency, and is packed and installed. It borrows this checkout's node_modules instead of installing the
#   devDependencies into the clone: that install is what makes npm's own git install take 104 s on a busy machine, the clone about 40 s;
# - with --npm-git also npm's own git install, `npm install git+file://<this repository>` (HEAD; devDependencies from
#   the npm cache), which is what `npm i github:owner/schlagwort` does.
# Usage: .ci/check-install.sh [--npm-git]
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
TSC="$REPO/node_modules/typescript/bin/tsc"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/schlagwort-install.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
NPM_FLAGS=(--no-audit --no-fund --loglevel=error)

# A scratch project that installs $1 and checks every way in.
check() {
  local name="$1" spec="$2" app="$WORK/$1"
  mkdir -p "$app"
  cd "$app"
  printf '{ "name": "scratch-%s", "private": true, "version": "1.0.0" }\n' "$name" > package.json
  local start=$SECONDS
  npm install "${NPM_FLAGS[@]}" "$spec"
  echo "install ($name): $((SECONDS - start)) s"

  node --input-type=module -e "
    import { tag, RelatedIndex, Doc } from 'schlagwort'
    const doc = tag('Angela Merkel besucht Paris.')
    if (!doc.places().length) throw new Error('ESM: no place')
    const index = new RelatedIndex().add('a', doc)
    if (RelatedIndex.deserialize(index.serialize()).size !== 1 || Doc.fromJSON(doc.toJSON()).places().length !== doc.places().length) throw new Error('ESM: round trip')"
  node -e "
    const { tag } = require('schlagwort')
    if (!tag('Der Bundestag tagt in Berlin.').places().length) throw new Error('CJS: no place')"
  echo 'Die Elbe steigt in Dresden.' > artikel.txt
  ./node_modules/.bin/schlagwort tag artikel.txt | node -e "if (!JSON.parse(require('fs').readFileSync(0, 'utf8')).entities.length) process.exit(1)"

  local use="const doc: DocJSON = tag('Hamburg im Regen.').toJSON(); const index: RelatedIndex = new RelatedIndex(); index.add('x', doc); const bytes: Uint8Array = index.serialize(); export const places: number = Doc.fromJSON(doc).places().length + bytes.length"
  echo "import { tag, RelatedIndex, Doc, type DocJSON } from 'schlagwort'; $use" > esm.mts
  echo "import { tag, RelatedIndex, Doc, type DocJSON } from 'schlagwort'; $use" > cjs.cts
  echo "import { tag, RelatedIndex, Doc, type DocJSON } from 'schlagwort'; $use" > bundler.ts
  local strict='"strict": true, "noEmit": true, "skipLibCheck": false, "types": [], "lib": ["es2022"], "target": "es2022"'
  echo "{ \"compilerOptions\": { $strict, \"module\": \"node16\", \"moduleResolution\": \"node16\" }, \"files\": [\"esm.mts\", \"cjs.cts\"] }" > tsconfig.node16.json
  echo "{ \"compilerOptions\": { $strict, \"module\": \"esnext\", \"moduleResolution\": \"bundler\" }, \"files\": [\"bundler.ts\"] }" > tsconfig.bundler.json
  node "$TSC" -p tsconfig.node16.json
  node "$TSC" -p tsconfig.bundler.json
  echo "ok ($name): ESM import, CommonJS require, CLI, TypeScript node16 (.mts, .cts) and bundler"
}

total=$SECONDS
cd "$REPO"
[ -f dist/index.js ] || { echo "check-install: dist/ is missing (run npm run build first)" >&2; exit 2; }
# --ignore-scripts: pack the dist/ already built rather than building again through `prepare`.
tarball="$(npm pack --ignore-scripts --silent --pack-destination "$WORK")"
check tarball "$WORK/$tarball"

start=$SECONDS
git clone --quiet --depth 1 "file://$REPO" "$WORK/clone"
ln -s "$REPO/node_modules" "$WORK/clone/node_modules"
(cd "$WORK/clone" && npm run prepare --silent > /dev/null && [ -f dist/index.js ])
cloned="$(cd "$WORK/clone" && npm pack --ignore-scripts --silent --pack-destination "$WORK")"
echo "clone of $(git -C "$WORK/clone" log -1 --format='%h %s' | cut -c1-60), prepare and pack: $((SECONDS - start)) s"
check clone "$WORK/$cloned"

if [ "${1:-}" = "--npm-git" ]; then
  check npm-git "git+file://$REPO"
fi
echo "check-install: all passed in $((SECONDS - total)) s"
