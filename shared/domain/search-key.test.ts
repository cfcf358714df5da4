import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery, searchTokens } from './search-key';

describe('foldForSearch — Arabic', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إبراهيم', 'ابراهيم'],
    ['آمنة', 'امنه'],
    ['ٱلله', 'الله'],
  ])('folds alef forms: %s → %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });

  it('treats taa marbuta and haa as the same letter', () => {
    expect(foldForSearch('فاطمة')).toBe(foldForSearch('فاطمه'));
  });

  it('treats alef maqsura and yaa as the same letter', () => {
    expect(foldForSearch('مصطفى')).toBe(foldForSearch('مصطفي'));
  });

  it('drops tatweel', () => {
    expect(foldForSearch('محـــمد')).toBe('محمد');
  });

  it('drops diacritics (harakat, shadda, sukun, dagger alef)', () => {
    expect(foldForSearch('مُحَمَّد')).toBe('محمد');
    expect(foldForSearch('عَبْدُ الرَّحْمٰن')).toBe('عبد الرحمن');
  });

  it('turns Arabic-Indic digits into Latin ones so phone fragments match', () => {
    expect(foldForSearch('٠٥٠١٢٣')).toBe('050123');
    expect(foldForSearch('۰۹')).toBe('09');
  });
});

describe('foldForSearch — Turkish', () => {
  it('folds dotted capital İ to i (not i + combining dot)', () => {
    expect(foldForSearch('İSTANBUL')).toBe('istanbul');
    expect('İ'.toLowerCase()).not.toBe('i'); // the trap being avoided
  });

  it('matches dotless ı and capital I with the same key', () => {
    expect(foldForSearch('IŞIK')).toBe(foldForSearch('ışık'));
    expect(foldForSearch('Işık')).toBe('isik');
  });

  it('folds ğ, ş, ç, ö, ü so Latin keyboards find Turkish names', () => {
    expect(foldForSearch('Çağlar Öztürk')).toBe('caglar ozturk');
    expect(foldForSearch('ŞÜKRÜ')).toBe('sukru');
  });
});

describe('foldForSearch — Latin', () => {
  it('ignores accents and case', () => {
    expect(foldForSearch('José Müller-Lüdenscheidt')).toBe('jose muller-ludenscheidt');
    expect(foldForSearch('Ångström')).toBe('angstrom');
  });
});

describe('searchTokens and matchesQuery', () => {
  it('indexes every word of name and company once', () => {
    expect(searchTokens('Ahmet Yılmaz', 'Yılmaz İnşaat')).toEqual(['ahmet', 'yilmaz', 'insaat']);
  });

  it('matches a prefix of each query word, in any spelling variant', () => {
    const tokens = searchTokens('فاطمة الزهراء', 'شركة النور');
    expect(matchesQuery(tokens, 'فاطمه')).toBe(true);
    expect(matchesQuery(tokens, 'شرك النو')).toBe(true);
    expect(matchesQuery(tokens, 'خالد')).toBe(false);
    expect(matchesQuery(searchTokens('İbrahim Işık'), 'ibr isi')).toBe(true);
  });
});

describe('word pairs', () => {
  it('pairs every two folded words of each field in order: one space side by side, two apart', async () => {
    const { searchPairs, isPairKey } = await import('./search-key');
    expect(searchPairs('Mehmet YILMAZ Öztürk')).toEqual([
      'mehmet yilmaz',
      'mehmet  ozturk',
      'yilmaz ozturk',
    ]);
    expect(searchPairs('أحمد')).toEqual([]);
    // The company's words pair among themselves, never with the name's.
    expect(searchPairs('Ayşe Kaya', 'Kaya Gıda')).toEqual(['ayse kaya', 'kaya gida']);
    // Only a field's first five words pair: a long company name costs at most ten keys.
    const long = searchPairs('A B C D E F G');
    expect(long).toHaveLength(10);
    expect(long.some((k) => k.includes('f') || k.includes('g'))).toBe(false);
    expect(isPairKey('mehmet  ozturk')).toBe(true);
    expect(isPairKey('mehmet')).toBe(false);
  });
});
