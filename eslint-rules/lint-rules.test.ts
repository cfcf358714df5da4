// Proves the import-direction and i18n rules bite: each snippet is linted as if it lived at the
// given path in the repo, with the real eslint.config.mjs.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import direction (STYLE.md §1–2)', () => {
  it('fails when shared/ imports react', async () => {
    expect(
      await ruleIds(
        'shared/domain/x.ts',
        "import { useState } from 'react';\nexport const x = useState;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('fails when shared/ imports a node builtin or reaches into renderer/', async () => {
    expect(
      await ruleIds(
        'shared/domain/x.ts',
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        'shared/domain/x.ts',
        "import { x as y } from '../../renderer/db/schema';\nexport const x = y;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('fails when shared/ touches window', async () => {
    expect(await ruleIds('shared/domain/x.ts', 'export const w = window.location;\n')).toContain(
      'no-restricted-globals',
    );
  });

  it('fails when renderer/ imports electron/ code or the electron package', async () => {
    expect(
      await ruleIds(
        'renderer/app/x.ts',
        "import { isTrustedUrl } from '../../electron/main/security';\nexport const x = isTrustedUrl;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        'renderer/app/x.ts',
        "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('fails when server/ imports renderer code', async () => {
    expect(
      await ruleIds(
        'server/x.ts',
        "import { deskDb } from '../renderer/db/desk-db';\nexport const x = deskDb;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('lets renderer/ import shared/', async () => {
    expect(
      await ruleIds(
        'renderer/app/x.ts',
        "import { foldForSearch } from '../../shared/domain/search-key';\nexport const x = foldForSearch;\n",
      ),
    ).toEqual([]);
  });
});

describe('import direction inside renderer/: app → features → ui → db, sync, store, …', () => {
  const importing = (from: string) =>
    `import { thing as y } from '${from}';\nexport const x = y;\n`;
  const restricted = async (filePath: string, from: string) =>
    (await ruleIds(filePath, importing(from))).includes('no-restricted-imports');

  it('fails when a feature imports the app shell, at any depth and spelling', async () => {
    expect(await restricted('renderer/features/call/X.tsx', '../../app/AppShell')).toBe(true);
    expect(
      await restricted('renderer/features/call/components/X.tsx', '../../../app/desk/use-x'),
    ).toBe(true);
    expect(await restricted('renderer/features/call/X.tsx', '../../../renderer/app/App')).toBe(
      true,
    );
    expect(await restricted('renderer/features/X.ts', '../app')).toBe(true);
  });

  it('lets a feature import ui/, other features, lower layers, shared/ and packages', async () => {
    const file = 'renderer/features/call/components/X.tsx';
    for (const from of [
      '../../../ui/components/LtrText',
      '../../closer/FabTable',
      '../../../db/use-desk-db',
      '../../../store/use-app-store',
      '../../../../shared/app/names',
      '../../../../shared/domain/app-version',
      // A feature's own folder called app/ is not the shell.
      '../app/thing',
      './app/thing',
      'app',
      'some-kit/app',
      '@mui/material/AppBar',
    ]) {
      expect({ from, restricted: await restricted(file, from) }).toEqual({
        from,
        restricted: false,
      });
    }
  });

  it('fails when ui/ imports the app shell or a feature', async () => {
    expect(await restricted('renderer/ui/components/X.tsx', '../../app/AppShell')).toBe(true);
    expect(await restricted('renderer/ui/components/X.tsx', '../../features/call/CallScreen')).toBe(
      true,
    );
    expect(await restricted('renderer/ui/X.tsx', '../features/closer/FabTable')).toBe(true);
  });

  it('lets ui/ import itself, lower layers and shared/', async () => {
    const file = 'renderer/ui/components/X.tsx';
    for (const from of [
      '../desk/use-organisation',
      './LtrText',
      '../../db/use-desk-db',
      '../../i18n/use-format',
      '../../../shared/domain/pipeline',
      'react',
    ]) {
      expect({ from, restricted: await restricted(file, from) }).toEqual({
        from,
        restricted: false,
      });
    }
  });

  it('fails when db/, sync/, store/, i18n/, theme/ or lib/ import app/, features/ or ui/', async () => {
    for (const layer of ['db', 'sync', 'store', 'i18n', 'theme', 'lib']) {
      for (const folder of ['app', 'features', 'ui']) {
        expect({
          layer,
          folder,
          restricted: await restricted(`renderer/${layer}/x.ts`, `../${folder}/thing`),
        }).toEqual({ layer, folder, restricted: true });
      }
    }
    expect(await restricted('renderer/sync/testing/x.ts', '../../ui/sync/use-desk-sync')).toBe(
      true,
    );
  });

  it('lets db/ and the other lower layers import each other and shared/', async () => {
    expect(await restricted('renderer/db/x.ts', './schema')).toBe(false);
    expect(await restricted('renderer/db/x.ts', '../i18n/format')).toBe(false);
    expect(await restricted('renderer/sync/testing/x.ts', '../../db/schema')).toBe(false);
    expect(await restricted('renderer/store/x.ts', '../../shared/domain/ids')).toBe(false);
  });

  it('still applies the renderer-wide rules in those folders', async () => {
    expect(await restricted('renderer/features/call/X.tsx', 'electron')).toBe(true);
    expect(await restricted('renderer/ui/X.tsx', '../../server/app')).toBe(true);
    expect(await restricted('renderer/db/x.ts', 'node:fs')).toBe(true);
  });

  it('covers files nested deeper than one block per depth', async () => {
    const deep = 'renderer/features/a/b/c/d/e/f/g/X.tsx';
    expect(await restricted(deep, '../../../../../../../../app/App')).toBe(true);
    expect(await restricted(deep, '../../../../../../../../ui/components/LtrText')).toBe(false);
  });

  it('lets the app shell import features and ui/', async () => {
    expect(await restricted('renderer/app/X.tsx', '../features/call/CallScreen')).toBe(false);
    expect(await restricted('renderer/app/X.tsx', '../ui/components/OutcomeDialog')).toBe(false);
  });
});

describe('i18n and theme rules', () => {
  it('fails on untranslated JSX text and attributes', async () => {
    const ids = await ruleIds(
      'renderer/app/X.tsx',
      'export function X() {\n  return <button title="Save now">Save</button>;\n}\n',
    );
    expect(ids.filter((i) => i === 'salesdesk/no-literal-jsx-text')).toHaveLength(2);
  });

  it('fails on a key missing from the catalogs and passes a known one', async () => {
    const code = (key: string) =>
      `import { useTranslation } from 'react-i18next';\nexport function X() {\n  const { t } = useTranslation();\n  return <span>{t('${key}')}</span>;\n}\n`;
    expect(await ruleIds('renderer/app/X.tsx', code('nav.nowhere'))).toContain(
      'salesdesk/known-i18n-key',
    );
    expect(await ruleIds('renderer/app/X.tsx', code('nav.hunter'))).toEqual([]);
    expect(await ruleIds('renderer/app/X.tsx', code('leads.count'))).toEqual([]);
  });

  it('fails on a hard-coded colour outside the theme', async () => {
    expect(
      await ruleIds('renderer/app/X.tsx', "export const style = { color: '#ff0000' };\n"),
    ).toContain('salesdesk/no-hardcoded-colors');
    expect(
      await ruleIds('renderer/theme/x.ts', "export const style = { color: '#ff0000' };\n"),
    ).toEqual([]);
  });
});

describe('the renderer as it is', () => {
  it('has no untranslated text, unknown i18n key, hard-coded colour or import against the flow', async () => {
    const results = await eslint.lintFiles(['renderer/**/*.{ts,tsx}']);
    const problems = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId?.startsWith('salesdesk/') || m.ruleId === 'no-restricted-imports')
        .map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(results.length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  }, 60_000);
});
