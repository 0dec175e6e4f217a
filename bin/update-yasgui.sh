#!/usr/bin/env bash
# Vendors YASGUI (npm @zazuko/yasgui, the SPARQL editor Fuseki ships) for the /sparql page, so that the service
# serves it itself and neither the build nor the browser fetches it from elsewhere.
#
#   bin/update-yasgui.sh 4.6.2
#
# Fetches that version from the npm registry with `npm pack`, checks the tarball against the integrity the registry
# publishes, and replaces src/main/resources/static/vendor/yasgui/ with one folder for that version holding the built
# script and stylesheet (each with a gzip copy, served to browsers that accept gzip), YASGUI's licence and the
# licences of the packages its bundle is built from; then points sparql/Yasgui.java at that version. Needs npm and
# openssl. Afterwards: run SparqlEditorIT, try /sparql in a browser, commit.
set -euo pipefail

version=${1:?usage: bin/update-yasgui.sh VERSION (for instance 4.6.2; npm view @zazuko/yasgui versions lists them)}
package=@zazuko/yasgui
root=$(cd "$(dirname "$0")/.." && pwd)
vendor=$root/src/main/resources/static/vendor/yasgui
target=$vendor/$version
constant=$root/src/main/java/it/cciaa/organigramma/sparql/Yasgui.java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. The tarball, checked against the registry's integrity (sha512 of the .tgz).
expected=$(npm view "$package@$version" dist.integrity)
if [ -z "$expected" ]; then
  echo "The registry has no $package@$version." >&2
  exit 1
fi
(cd "$work" && npm pack --silent "$package@$version" > /dev/null)
tarball=$(ls "$work"/*.tgz)
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 | tr -d '\n')"
if [ "$actual" != "$expected" ]; then
  echo "The tarball's integrity is $actual, the registry says $expected: nothing changed." >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work"

# 2. The built files, and their gzip copies (-n: no name nor time inside, so the same input gives the same bytes).
rm -rf "$vendor"
mkdir -p "$target"
cp "$work/package/build/yasgui.min.js" "$work/package/build/yasgui.min.css" "$target/"
gzip -9 -n -k "$target/yasgui.min.js" "$target/yasgui.min.css"

# 3. The licences: YASGUI's (its package names MIT but ships no licence file), then those of the packages npm resolves
#    for it, which its single-file bundle is built from.
(cd "$work" && npm install --silent --ignore-scripts --no-audit --no-fund --prefix "$work/tree" \
  "$package@$version" > /dev/null)
PACKAGE_DIR="$work/package" TREE="$work/tree/node_modules" INTEGRITY="$expected" TARGET="$target" node - <<'NODE'
const fs = require('fs');
const path = require('path');
const own = JSON.parse(fs.readFileSync(path.join(process.env.PACKAGE_DIR, 'package.json'), 'utf8'));
const holders = [own.author, ...(own.contributors || []).map(c => c.name || c)].filter(Boolean).join(', ');
fs.writeFileSync(path.join(process.env.TARGET, 'LICENSE.txt'), `${own.name} ${own.version}: ${own.description}
${own.homepage}
Files yasgui.min.js and yasgui.min.css of the npm package (tarball integrity ${process.env.INTEGRITY}),
unchanged; the .gz files are their gzip copies. Licence: ${own.license}, as the package declares.
The bundled libraries and their licences: THIRD-PARTY-LICENSES.txt.

MIT License

Copyright (c) ${holders}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`);
const tree = process.env.TREE;
const folders = fs.readdirSync(tree).filter(name => !name.startsWith('.') && name !== '@types')
  .flatMap(name => name.startsWith('@')
    ? fs.readdirSync(path.join(tree, name)).map(inner => path.join(name, inner)) : [name])
  .filter(name => name !== own.name)
  .sort();
const sections = folders.map(folder => {
  const dir = path.join(tree, folder);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const declared = meta.license || meta.licenses;
  const licence = typeof declared === 'string' ? declared : declared ? JSON.stringify(declared) : 'not declared';
  const files = fs.readdirSync(dir).filter(name => /^(licen[cs]e|copying|notice)/i.test(name)).sort();
  const texts = files.map(name => fs.readFileSync(path.join(dir, name), 'utf8').trim());
  return `${meta.name} ${meta.version}, licence: ${licence}\n\n${texts.join('\n\n') || '(the package ships no licence file)'}`;
});
fs.writeFileSync(path.join(process.env.TARGET, 'THIRD-PARTY-LICENSES.txt'),
  `The packages npm resolves for ${own.name} ${own.version}, which its bundle yasgui.min.js is built from (the bundle\n`
  + `may hold slightly older versions of them), each with its licence as the package ships it.\n\n`
  + sections.join('\n\n' + '-'.repeat(100) + '\n\n') + '\n');
NODE

# 4. The page loads this version.
sed -i -E "s/(static final String VERSION = \")[^\"]*(\";)/\1$version\2/" "$constant"
grep -q "VERSION = \"$version\"" "$constant"
echo "YASGUI $version is in ${target#"$root"/}; sparql/Yasgui.java names it."
