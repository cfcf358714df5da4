import { describe, expect, it } from 'vitest';
import { hasRtl, visualPieces, visualString } from './bidi';

describe('visualPieces', () => {
  it('keeps a left-to-right line whole', () => {
    expect(visualPieces('Total per month', 'ltr')).toEqual([
      { text: 'Total per month', rtl: false },
    ]);
  });

  it('hands an Arabic run over in logical order for the font to shape and reverse', () => {
    expect(visualPieces('عرض سعر', 'rtl')).toEqual([{ text: 'عرض سعر', rtl: true }]);
  });

  it('puts a number and a Latin word to the left of the Arabic they follow', () => {
    // Read right to left: السعر: 1,450 SAR — so SAR stands leftmost.
    expect(visualPieces('السعر: 1,450 SAR', 'rtl')).toEqual([
      { text: 'SAR 1,450', rtl: false },
      { text: 'السعر: ', rtl: true },
    ]);
  });

  it('mirrors brackets in right-to-left text and keeps the Latin inside them in order', () => {
    expect(visualString('البنفسجية (UV-LED)', 'rtl')).toBe('(UV-LED) ةيجسفنبلا');
    // After Arabic letters, 10 is an Arabic number, so the % sign goes to its left as well.
    expect(visualPieces('الخصم (10%)', 'rtl')).toEqual([
      { text: '(%10)', rtl: false },
      { text: 'الخصم ', rtl: true },
    ]);
  });

  it('places an Arabic name inside a left-to-right line', () => {
    expect(visualPieces('Customer: شركة الدرعية', 'ltr')).toEqual([
      { text: 'Customer: ', rtl: false },
      { text: 'شركة الدرعية', rtl: true },
    ]);
  });

  it('drops the direction marks Intl puts around Arabic currency, which have no glyph', () => {
    const pieces = visualPieces('\u200f170.10 ر.س.\u200f', 'rtl');
    expect(pieces.map((p) => p.text).join('')).not.toMatch(/[\u200e\u200f]/);
    expect(pieces).toEqual([
      { text: ' ر.س.', rtl: true },
      { text: '170.10', rtl: false },
    ]);
  });

  it('turns no-break spaces into spaces', () => {
    expect(visualPieces('1\u202f000\u00a0TL', 'ltr')).toEqual([{ text: '1 000 TL', rtl: false }]);
  });

  it('gives nothing for an empty line', () => {
    expect(visualPieces('', 'rtl')).toEqual([]);
  });
});

describe('hasRtl', () => {
  it('finds Arabic letters, not Arabic-Indic digits alone', () => {
    expect(hasRtl('Ayşe')).toBe(false);
    expect(hasRtl('منى')).toBe(true);
    expect(hasRtl('١٢٣')).toBe(false);
  });
});
