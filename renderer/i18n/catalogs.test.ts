import { describe, expect, it } from 'vitest';
import { ar, en, tr } from './catalog';
import { pseudoCatalog } from './pseudo';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
// CLDR plural categories each language must provide for every counted message.
const CATEGORIES = {
  en: ['one', 'other'],
  tr: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
} as const;

/** Base keys: plural variants collapse to one entry. */
function baseKeys(map: Map<string, string>): Set<string> {
  return new Set([...map.keys()].map((k) => k.replace(PLURAL, '')));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort();
}

const catalogs = { en: flatten(en), ar: flatten(ar), tr: flatten(tr) };
const enBase = baseKeys(catalogs.en);
const pluralBases = new Set(
  [...catalogs.en.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
);

describe.each(['ar', 'tr', 'en'] as const)('%s catalog', (lang) => {
  const catalog = catalogs[lang];

  it('has every message of en.json and nothing else', () => {
    expect([...baseKeys(catalog)].sort()).toEqual([...enBase].sort());
  });

  it('gives every counted message all the plural forms the language needs', () => {
    for (const base of pluralBases) {
      const forms = CATEGORIES[lang].map((c) => `${base}_${c}`);
      expect(
        forms.filter((f) => !catalog.has(f)),
        `${lang}: ${base}`,
      ).toEqual([]);
    }
  });

  it('shows counts formatted ({{n}}), never the raw {{count}}', () => {
    for (const [key, text] of catalog) expect(text, key).not.toContain('{{count');
  });

  it('has no empty message and keeps the same placeholders as English', () => {
    for (const [key, text] of catalog) {
      expect(text.trim(), key).not.toBe('');
      const enText = catalogs.en.get(key) ?? catalogs.en.get(`${key.replace(PLURAL, '')}_other`);
      // A plural form may spell its number out ("عميل محتمل واحد"), so {{n}} is optional there.
      const optional = (p: string) => p === 'count' || (PLURAL.test(key) && p === 'n');
      const expected = placeholders(enText ?? '').filter((p) => !optional(p));
      expect(
        placeholders(text).filter((p) => !optional(p)),
        key,
      ).toEqual(expected);
    }
  });
});

describe('pseudo-locale', () => {
  it('lengthens every message and keeps placeholders intact', () => {
    const pseudo = flatten(pseudoCatalog(en));
    for (const [key, text] of catalogs.en) {
      const p = pseudo.get(key)!;
      expect(p.length, key).toBeGreaterThan(text.length);
      expect(placeholders(p), key).toEqual(placeholders(text));
    }
  });
});

/** Keys written twice in one object of a JSON text (JSON.parse silently keeps the last). */
function duplicateKeys(text: string): string[] {
  const dups: string[] = [];
  let i = 0;
  const ws = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const seen = new Set<string>();
      ws();
      while (text[i] !== '}') {
        ws();
        const key = str();
        if (seen.has(key)) dups.push(`${path}${key}`);
        seen.add(key);
        ws();
        i++; // :
        value(`${path}${key}.`);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '[') {
      i++;
      ws();
      while (text[i] !== ']') {
        value(path);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '"') str();
    else while (i < text.length && !/[,}\]\s]/.test(text[i] ?? '')) i++;
  };
  value('');
  return dups;
}

describe('catalog files', () => {
  it('finds a key written twice', () => {
    expect(duplicateKeys('{"a": {"b": "1", "c": ["x"], "b": "2"}, "d": 1}')).toEqual(['a.b']);
  });

  it('write no key twice (the second would silently win)', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, 'locales');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (name.endsWith('.json')) files.push(p);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) =>
      duplicateKeys(readFileSync(f, 'utf8')).map((k) => `${f.slice(root.length + 1)}: ${k}`),
    );
    expect(found).toEqual([]);
  });
});
