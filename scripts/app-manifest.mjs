// Writes out/package.json: the desktop app's own manifest. electron-builder packs the out/
// folder as the app (build/electron-builder.json, directories.app), and this manifest has no
// dependencies, so no node_modules are packed: main and preload are bundled whole, the renderer
// by Vite, and the server is not part of the desktop app at all.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = {
  name: pkg.name,
  productName: pkg.productName,
  version: pkg.version,
  description: pkg.description,
  author: pkg.author,
  license: pkg.license,
  homepage: pkg.homepage,
  type: 'module',
  main: 'main/index.js',
};
mkdirSync(join(root, 'out'), { recursive: true });
writeFileSync(join(root, 'out', 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
