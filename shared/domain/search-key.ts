// Search-key normalisation for Arabic, Turkish and Latin names: one folded form stored in an
// index and applied to queries, so a prefix match on the index finds every spelling variant.

const ARABIC_DIACRITICS =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
const COMBINING_MARKS = /\p{M}/gu;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const EXTENDED_ARABIC_INDIC_DIGITS = /[\u06F0-\u06F9]/g;

const ARABIC_LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
};

/**
 * Folds text to its search form: Arabic alef variants → ا, ة → ه, ى → ي, no tatweel or
 * harakat; Turkish İ/I/ı and i all → i (so a query typed on any keyboard matches, and JS's
 * "İ".toLowerCase() === "i̇" trap is avoided); Latin accents dropped; digits made Latin.
 */
export function foldForSearch(text: string): string {
  let s = text.normalize('NFC');
  s = s.replace(TATWEEL, '').replace(ARABIC_DIACRITICS, '');
  s = s.replace(/[أإآٱةى]/g, (ch) => ARABIC_LETTERS[ch] ?? ch);
  s = s.replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660));
  s = s.replace(EXTENDED_ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
  s = s.replace(/[İIı]/g, 'i');
  s = s.toLowerCase();
  s = s.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  s = s
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ł/g, 'l');
  return s.replace(/\s+/g, ' ').trim();
}

/** Splits folded text into word tokens (letters and digits of any script). */
export function searchTokens(...fields: (string | null | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const field of fields) {
    if (!field) continue;
    for (const word of foldForSearch(field).split(/[^\p{L}\p{N}]+/u)) {
      if (word) tokens.add(word);
    }
  }
  return [...tokens];
}

/** Whether every word of the query is a prefix of some token: the rule the index answers. */
export function matchesQuery(tokens: readonly string[], query: string): boolean {
  return matchesWords(tokens, searchTokens(query));
}

/** matchesQuery with the query already split into words (for checking many leads). */
export function matchesWords(tokens: readonly string[], words: readonly string[]): boolean {
  return words.every((w) => tokens.some((t) => t.startsWith(w)));
}

/** Joins two words side by side in one field: "mehmet yilmaz" for "Mehmet Yılmaz". */
export const PAIR_JOIN = ' ';
/** Joins two words of one field with others between: "mehmet  yilmaz" for "Mehmet Ali Yılmaz". */
export const GAP_JOIN = '  ';
/** The words of a field that are paired: its first five (a name, a company's name). */
export const PAIR_WORDS = 5;

/**
 * The word pairs of each field (a lead's name, its company), stored in the same index as the
 * words: every two of the field's first PAIR_WORDS words in the order they stand, joined by one
 * space when side by side and two when apart. A query of common words then reads a few short
 * ranges instead of every lead called "Mehmet", and can tell there is no lead holding two of
 * them in one field without reading any (leads-repo searchLeads). A pair holds a space, a word
 * never (isPairKey).
 */
export function searchPairs(...fields: (string | null | undefined)[]): string[] {
  const pairs = new Set<string>();
  for (const field of fields) {
    const words = searchTokens(field).slice(0, PAIR_WORDS);
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j < words.length; j++) {
        pairs.add(`${words[i]}${j === i + 1 ? PAIR_JOIN : GAP_JOIN}${words[j]}`);
      }
    }
  }
  return [...pairs];
}

/** Whether a search key is a word pair (searchPairs), not a word. */
export function isPairKey(key: string): boolean {
  return key.includes(PAIR_JOIN);
}
