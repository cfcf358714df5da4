// Production build of the sync server: one ESM file, out/server/main.js, with npm packages left
// to node_modules (they carry native or WASM assets of their own).
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
].map((name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/.*)?$`));

export default defineConfig({
  // Nothing to copy: the web client is built by electron-vite into out/renderer.
  publicDir: false,
  define: { __SALESDESK_VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: 'server/main.ts',
    outDir: 'out/server',
    // Empties out/server only; out/main, out/preload and out/renderer are other builds' output.
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      external,
      output: { format: 'es', entryFileNames: 'main.js' },
    },
  },
  ssr: { noExternal: [] },
});
