// The Unicode bidirectional algorithm (UAX #9, through bidi-js) for one line of a PDF: which
// pieces of text a shaping font draws, left to right. fontkit shapes Arabic (GSUB: initial,
// medial, final forms and lam-alef) and reverses an Arabic run into visual order itself, but it
// knows nothing of mixed lines: "السعر: 1,450 SAR" is an Arabic run, a number and a Latin word,
// laid out right to left as a whole. So the line is resolved into embedding levels here, put in
// visual order, and cut into pieces: Arabic pieces stay in logical order for the font to shape and
// reverse, everything else is handed over already in visual order (mirrored brackets included).
import bidiFactory from 'bidi-js';

export type TextDirection = 'ltr' | 'rtl';

/** Text the font draws as one run; `rtl` pieces are logical Arabic the font shapes and reverses. */
export type VisualPiece = { text: string; rtl: boolean };

const bidi = bidiFactory();

// Marks that steer the algorithm but have no glyph (Intl puts RLM around Arabic currency).
const INVISIBLE = /^[\u200b-\u200f\u061c\u202a-\u202e\u2060-\u2069\ufeff]$/;
// Spaces a font may lack a glyph for (Intl uses narrow no-break spaces in some locales).
const SPACES = /[\u00a0\u2007\u202f]/g;

function isRtlLetter(ch: string): boolean {
  const type = bidi.getBidiCharTypeName(ch);
  return type === 'R' || type === 'AL';
}

/**
 * The pieces of one line in visual order, left to right, for a paragraph of the given base
 * direction. Joined, the `ltr` pieces and the reversed `rtl` pieces read as the line looks.
 */
export function visualPieces(line: string, base: TextDirection): VisualPiece[] {
  const text = line.replace(SPACES, ' ');
  if (text === '') return [];
  const embedding = bidi.getEmbeddingLevels(text, base);
  const order = bidi.getReorderedIndices(text, embedding);
  const mirrors = bidi.getMirroredCharactersMap(text, embedding.levels);
  const pieces: VisualPiece[] = [];
  let ltr = '';
  // An odd-level stretch in visual order, contiguous in the logical text (indices descending).
  let pending: number[] = [];

  const flushPending = () => {
    if (pending.length === 0) return;
    const chars = pending.map((i) => text[i] ?? '');
    if (chars.some(isRtlLetter)) {
      if (ltr !== '') pieces.push({ text: ltr, rtl: false });
      ltr = '';
      pieces.push({ text: chars.reverse().join(''), rtl: true });
    } else {
      ltr += chars.join('');
    }
    pending = [];
  };

  for (const i of order) {
    const ch = text[i] ?? '';
    if (INVISIBLE.test(ch)) continue;
    const level = embedding.levels[i] ?? 0;
    const mirror = mirrors.get(i);
    if (level % 2 === 1 && mirror === undefined) {
      const last = pending[pending.length - 1];
      if (last !== undefined && last !== i + 1) flushPending();
      pending.push(i);
      continue;
    }
    flushPending();
    ltr += mirror ?? ch;
  }
  flushPending();
  if (ltr !== '') pieces.push({ text: ltr, rtl: false });
  return pieces;
}

/** The line as it looks, left to right (each Arabic piece reversed), for tests and previews. */
export function visualString(line: string, base: TextDirection): string {
  return visualPieces(line, base)
    .map((p) => (p.rtl ? [...p.text].reverse().join('') : p.text))
    .join('');
}

/** Whether a text holds right-to-left letters (Arabic, Hebrew). */
export function hasRtl(text: string): boolean {
  return [...text].some(isRtlLetter);
}
