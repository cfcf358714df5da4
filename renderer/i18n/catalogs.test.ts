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
