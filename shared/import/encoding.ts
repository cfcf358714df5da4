// Text encoding of an imported file: byte-order mark first, then UTF-8 validity, then UTF-16
// without a mark (zero bytes), then a scoring heuristic between the two legacy code pages
// Excel writes on Arabic and Turkish Windows (1256 and 1254), decoded with TextDecoder.

export const IMPORT_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1256',
  'windows-1254',
] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

export function isImportEncoding(value: string): value is ImportEncoding {
  return (IMPORT_ENCODINGS as readonly string[]).includes(value);
}

export type EncodingGuess = {
  encoding: ImportEncoding;
  /** Why: a byte-order mark, valid UTF-8, the zero-byte pattern of UTF-16, or the code-page score. */
  by: 'bom' | 'utf8' | 'zeros' | 'score';
};

/** The byte-order mark at the start of `bytes`, if any. */
export function bomEncoding(bytes: Uint8Array): ImportEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function isValidUtf8(sample: Uint8Array): boolean {
  try {
    // stream: a multi-byte character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function utf16ByZeros(sample: Uint8Array): ImportEncoding | null {
  const n = Math.min(sample.length - (sample.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // Latin text in UTF-16 has a zero in one byte of most pairs; Arabic (06xx) has none, but a
  // CSV's commas, digits and line ends still give plenty.
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u067E\u0686\u0698\u06AF]/;
const ARABIC_MARK = /[\u064B-\u0652\u0640]/;
const TURKISH_LETTER = /[çğıöşüÇĞİÖŞÜâîûÂÎÛ]/;
const LATIN_EXTRA = /[\u00C0-\u024F]/;
const ASCII_LETTER = /[A-Za-z]/;
const FORMAT_CHAR = /[\u200C-\u200F]/;

/**
 * How plausible `text` is as Arabic (1256) or Turkish (1254): each word with non-ASCII letters
 * scores +1 when it reads like the language (all Arabic letters; Latin with Turkish letters)
 * and −1 when it reads like mojibake (Latin letters glued to Arabic ones or to direction marks;
 * a run of accented capitals with no plain letters).
 */
export function codePageScore(text: string, codePage: 'windows-1256' | 'windows-1254'): number {
  let score = 0;
  for (const word of text.split(/[\s,;|\t"'.:()[\]{}<>/\\\-_0-9]+/)) {
    if (!word || !/[^ -~]/.test(word)) continue;
    let arabic = 0;
    let latin = 0;
    let ascii = 0;
    let turkish = 0;
    let format = 0;
    let other = 0;
    for (const ch of word) {
      if (ARABIC_LETTER.test(ch) || ARABIC_MARK.test(ch)) arabic++;
      else if (ASCII_LETTER.test(ch)) ascii++;
      else if (TURKISH_LETTER.test(ch)) turkish++;
      else if (LATIN_EXTRA.test(ch)) latin++;
      else if (FORMAT_CHAR.test(ch)) format++;
      else other++;
    }
    if (codePage === 'windows-1256') {
      if (format > 0 || other > 0 || (arabic > 0 && (ascii > 0 || latin > 0))) score -= 1;
      else if (arabic > 0) score += 1;
    } else {
      const nonAscii = turkish + latin;
      if (other > 0 || format > 0) score -= 1;
      else if (ascii === 0 && nonAscii >= 2) score -= 1;
      else if (ascii > 0 && turkish > 0 && latin <= turkish) score += 1;
      else if (latin > turkish) score -= 1;
    }
  }
  return score;
}

/**
 * Guesses how the file is encoded from its first bytes. `prefer` breaks a tie between the two
 * code pages (e.g. the user's language), Arabic by default.
 */
export function detectEncoding(
  sample: Uint8Array,
  prefer: 'windows-1256' | 'windows-1254' = 'windows-1256',
): EncodingGuess {
  const bom = bomEncoding(sample);
  if (bom) return { encoding: bom, by: 'bom' };
  const zeros = utf16ByZeros(sample);
  if (zeros) return { encoding: zeros, by: 'zeros' };
  if (isValidUtf8(sample)) return { encoding: 'utf-8', by: 'utf8' };
  const arabic = codePageScore(new TextDecoder('windows-1256').decode(sample), 'windows-1256');
  const turkish = codePageScore(new TextDecoder('windows-1254').decode(sample), 'windows-1254');
  if (arabic === turkish) return { encoding: prefer, by: 'score' };
  return { encoding: arabic > turkish ? 'windows-1256' : 'windows-1254', by: 'score' };
}

/** A streaming decoder for the encoding; a byte-order mark at the start is dropped. */
export function createDecoder(encoding: ImportEncoding): TextDecoder {
  return new TextDecoder(encoding);
}
