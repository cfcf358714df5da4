// The installer configuration: three platforms, and a package holding only the built desktop
// app — no server, no tests, no node_modules, no renderer libraries Vite already bundled.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url));
const config = JSON.parse(read('build/electron-builder.json').toString()) as {
  appId: string;
  productName: string;
  directories: { app: string; buildResources: string };
  files: string[];
  asar: boolean;
  linux: { target: string[]; icon: string };
  win: { target: { target: string }[]; icon: string };
  mac: {
    target: { target: string }[];
    icon: string;
    hardenedRuntime: boolean;
    entitlements: string;
  };
};
const pkg = JSON.parse(read('package.json').toString()) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (
        c: unknown,
        log: { isEnabled: boolean; add: () => void },
      ) => Promise<void>;
    };
    const { $schema: _schema, ...rest } = config as unknown as Record<string, unknown>;
    await expect(
      validateConfiguration(rest, { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined();
  });

  it('builds AppImage and deb for Linux, NSIS for Windows and dmg for macOS, with one app id', () => {
    expect(config.appId).toBe('com.salesdesk.desk');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
  });

  it('has an icon of at least 512×512 for every platform', () => {
    for (const icon of new Set([config.linux.icon, config.win.icon, config.mac.icon])) {
      const png = read(icon);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
    }
  });

  it('has valid macOS entitlements for the hardened runtime', () => {
    const plist = read(config.mac.entitlements).toString();
    expect(plist).toMatch(/^<\?xml[^>]+\?>\s*<!DOCTYPE plist/);
    expect(plist).toContain('<key>com.apple.security.cs.allow-jit</key>');
    expect(plist).not.toContain('com.apple.security.device.camera');
  });

  it('packs only the built main, preload and renderer from out/', () => {
    expect(config.directories.app).toBe('out');
    const includes = config.files.filter((f) => !f.startsWith('!'));
    expect(includes.sort()).toEqual(['main/**/*', 'package.json', 'preload/**/*', 'renderer/**/*']);
    expect(config.files).toContain('!server/**/*');
    expect(config.files).toContain('!**/node_modules/**/*');
    expect(config.files).toContain('!**/*.test.*');
    expect(config.asar).toBe(true);
  });

  it('packs no node_modules: the app manifest has no dependencies, and renderer libraries are dev-only', async () => {
    // The manifest electron-builder packs is written by the build (scripts/app-manifest.mjs).
    const manifestScript = read('scripts/app-manifest.mjs').toString();
    expect(manifestScript).not.toMatch(/dependencies:/);
    // Vite bundles these into out/renderer; as devDependencies they can never be packed again.
    for (const lib of [
      'react',
      'react-dom',
      '@mui/material',
      'dexie',
      'i18next',
      'zustand',
      'electron',
    ]) {
      expect(pkg.devDependencies[lib], lib).toBeDefined();
      expect(pkg.dependencies[lib], lib).toBeUndefined();
    }
    // Production dependencies are the sync server's only.
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@electric-sql/pglite',
      '@fastify/static',
      'fastify',
      'pg',
      'zod',
    ]);
  });
});
