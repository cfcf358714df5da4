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

/**
 * Adjacent word pairs of a name ("mehmet yilmaz"), stored in the same index as the words: a
 * two-word query then reads one short range instead of every lead called "Mehmet".
 */
export function searchPairs(text: string | null | undefined): string[] {
  const words = searchTokens(text);
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i++) pairs.push(`${words[i - 1]} ${words[i]}`);
  return pairs;
}
