// The installer configuration: three platforms, and a package holding only the built desktop
// app — no server, no tests, no node_modules, no renderer libraries Vite already bundled. The
// file rules are checked with electron-builder's own matcher, not a re-implementation of it.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (p: string) => readFileSync(join(root, p));
const require = createRequire(import.meta.url);

type Config = {
  appId: string;
  productName: string;
  directories: { app: string; buildResources: string; output: string };
  files: string[];
  asar: boolean;
  beforeBuild: string;
  npmRebuild?: boolean;
  electronVersion: string;
  disableAsarIntegrity?: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string; category: string };
  deb: { depends: string[] };
  win: { target: { target: string }[]; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean; allowToChangeInstallationDirectory: boolean };
  mac: {
    target: { target: string }[];
    icon: string;
    category: string;
    hardenedRuntime: boolean;
    entitlements: string;
    entitlementsInherit: string;
    extendInfo?: Record<string, unknown>;
  };
};
const config = JSON.parse(read('build/electron-builder.json').toString()) as Config;
const pkg = JSON.parse(read('package.json').toString()) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

// electron-builder 26.17 internals, pinned in package.json.
type Stat = { isDirectory(): boolean; moduleFullFilePath?: string };
type Filter = (file: string, stat: Stat) => boolean;
const { FileMatcher, getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher.js') as {
  FileMatcher: new (
    from: string,
    to: string,
    expand: (s: string) => string,
    patterns: string[],
  ) => { createFilter(): Filter };
  getNodeModuleFileMatcher: (
    appDir: string,
    to: string,
    expand: (s: string) => string,
    platformOptions: object,
    packager: object,
  ) => { createFilter(): Filter };
};

const appDir = resolve(root, config.directories.app);
const file: Stat = { isDirectory: () => false };
const appFilter = new FileMatcher(appDir, '/app', (s) => s, config.files).createFilter();
/** Would electron-builder copy this file (a path under the app directory) into the app? */
const packs = (path: string) => appFilter(join(appDir, path), file);

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
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

  it('is one app, com.salesdesk.desk, written to release/', () => {
    expect(config.appId).toBe('com.salesdesk.desk');
    expect(config.productName).toBe('Sales Desk');
    expect(config.directories).toMatchObject({ output: 'release', buildResources: 'build' });
  });

  it('builds AppImage and deb for Linux', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.deb.depends).toEqual(expect.arrayContaining(['libgtk-3-0', 'libnss3']));
  });

  it('builds an NSIS installer for Windows that asks where to install, per user', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
    });
  });

  it('builds a dmg for macOS with the hardened runtime', () => {
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.business');
    expect(config.mac.hardenedRuntime).toBe(true);
  });

  it('has a square PNG icon of at least 512×512 for every platform', () => {
    for (const icon of new Set([config.linux.icon, config.win.icon, config.mac.icon])) {
      const png = read(icon);
      expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      expect(width).toBeGreaterThanOrEqual(512);
      expect(height).toBe(width);
    }
  });

  it('has valid macOS entitlements with only what Electron, the sync client and the softphone need', async () => {
    expect(config.mac.entitlementsInherit).toBe(config.mac.entitlements);
    const { parsePlistFile } = require('app-builder-lib/out/util/plist.js') as {
      parsePlistFile: (file: string) => Promise<unknown>;
    };
    await expect(parsePlistFile(join(root, config.mac.entitlements))).resolves.toEqual({
      'com.apple.security.cs.allow-jit': true,
      'com.apple.security.cs.allow-unsigned-executable-memory': true,
      'com.apple.security.network.client': true,
      'com.apple.security.device.audio-input': true,
    });
  });

  it('tells macOS why the desk asks for the microphone (and asks for no camera)', () => {
    const info = config.mac.extendInfo ?? {};
    expect(info.NSMicrophoneUsageDescription).toEqual(expect.stringMatching(/microphone.*call/i));
    expect(info).not.toHaveProperty('NSCameraUsageDescription');
  });

  it('turns off the Electron fuses that let the binary run as Node or be inspected', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('flips the asar-integrity fuses: only app.asar loads, and only unaltered (electron-builder’s own fuse mapping)', async () => {
    // The wire electron-builder hands to @electron/fuses right before signing.
    const { PlatformPackager } = require('app-builder-lib') as {
      PlatformPackager: {
        prototype: { generateFuseConfig(f: object): Promise<Record<string | number, unknown>> };
      };
    };
    const { FuseV1Options } = (await import('@electron/fuses')) as unknown as {
      FuseV1Options: Record<string, number>;
    };
    const wire = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
    const fuse = (name: string) => wire[FuseV1Options[name] ?? -1];
    expect(fuse('EnableEmbeddedAsarIntegrityValidation')).toBe(true);
    expect(fuse('OnlyLoadAppFromAsar')).toBe(true);
    expect(fuse('RunAsNode')).toBe(false);
    expect(fuse('EnableNodeOptionsEnvironmentVariable')).toBe(false);
    expect(fuse('EnableNodeCliInspectArguments')).toBe(false);
    expect(fuse('GrantFileProtocolExtraPrivileges')).toBe(false);
    expect(fuse('EnableCookieEncryption')).toBe(true);
    // The header hashes the fuse checks against are only written when this is left on.
    expect(config.disableAsarIntegrity).not.toBe(true);
  });

  it('packs the Electron that package.json pins exactly (45.x)', () => {
    expect(config.electronVersion).toBe(pkg.devDependencies.electron);
    expect(config.electronVersion).toMatch(/^45\.\d+\.\d+$/);
  });
});

describe('what goes into the package', () => {
  it('packs the built app from out/ into an asar', () => {
    expect(config.directories.app).toBe('out');
    expect(config.asar).toBe(true);
  });

  it.each([
    'package.json',
    'main/index.js',
    'preload/index.cjs',
    'renderer/index.html',
    'renderer/assets/index-3f2a1b.js',
  ])('packs out/%s', (path) => {
    expect(packs(path)).toBe(true);
  });

  it.each([
    'server/main.js',
    'tests/e2e/agent-desk.spec.js',
    'node_modules/fastify/fastify.js',
    'renderer/node_modules/react/index.js',
    'main/index.js.map',
    'renderer/assets/index-3f2a1b.js.map',
    'main/index.test.js',
    'README.md',
  ])('leaves out/%s out', (path) => {
    expect(packs(path)).toBe(false);
  });

  it('skips electron-builder’s node_modules install, rebuild and collection (beforeBuild → false)', async () => {
    // electron-builder only calls beforeBuild when npmRebuild is not false.
    expect(config.npmRebuild).not.toBe(false);
    expect(existsSync(join(root, config.beforeBuild))).toBe(true);
    const hook = (await import(pathToFileURL(join(root, config.beforeBuild)).href)) as {
      beforeBuild: () => Promise<boolean>;
    };
    await expect(hook.beforeBuild()).resolves.toBe(false);
  });

  it('would still drop every node_modules file if dependencies were collected', () => {
    const matcher = getNodeModuleFileMatcher(
      appDir,
      '/app',
      (s) => s,
      {},
      {
        config,
        debugLogger: { isEnabled: false },
      },
    );
    const filter = matcher.createFilter();
    for (const dependency of Object.keys(pkg.dependencies)) {
      const inModule = `node_modules/${dependency}/package.json`;
      expect(
        filter(join(root, inModule), { ...file, moduleFullFilePath: inModule }),
        dependency,
      ).toBe(false);
    }
  });

  it('has only the sync server’s packages as production dependencies', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@electric-sql/pglite',
      '@fastify/cookie',
      '@fastify/cors',
      '@fastify/helmet',
      '@fastify/static',
      '@node-rs/argon2',
      '@zxcvbn-ts/language-common',
      'fastify',
      'nodemailer',
      'pg',
      'zod',
    ]);
  });

  it('keeps every renderer library Vite bundles out of the production dependencies', () => {
    for (const lib of [
      'react',
      'react-dom',
      '@mui/material',
      '@emotion/react',
      'dexie',
      'i18next',
      'react-i18next',
      'zustand',
      'electron',
    ]) {
      expect(pkg.devDependencies[lib], lib).toBeDefined();
    }
    const both = Object.keys(pkg.devDependencies).filter((name) => name in pkg.dependencies);
    expect(both).toEqual([]);
  });
});
