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
  it('has no untranslated text, no unknown i18n key and no hard-coded colour', async () => {
    const results = await eslint.lintFiles(['renderer/**/*.{ts,tsx}']);
    const problems = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId?.startsWith('salesdesk/'))
        .map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(results.length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  }, 60_000);
});
