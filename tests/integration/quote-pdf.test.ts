// The quote PDF as a customer gets it: made in Node by the desk's own code (the catalog's texts,
// buildQuoteDocument, renderQuotePdf with the bundled Vazirmatn font), then read back with
// poppler: pdftotext must give the Arabic words in logical order (the ToUnicode map turns the
// shaped glyphs back into letters), pdftotext -bbox must show the words at their shaped widths and
// on the right of the page, and pdftoppm renders each page to PNG (kept in
// tests/e2e/screenshots/ to look at).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATION } from '../../shared/demo/organisation';
import { RAWAA_PRO_500 } from '../../shared/demo/products';
import { checkQuoteTerms, quoteRecord, type QuoteTerms } from '../../shared/quote/quote';
import { renderQuotePdf } from '../../shared/quote/quote-pdf';
import { buildQuoteDocument, type QuoteSource } from '../../renderer/features/quote/quote-document';
import { ar, en, tr } from '../../renderer/i18n/catalog';
import type { ContentLanguage } from '../../shared/domain/localized-content';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const FONT_DIR = 'node_modules/vazirmatn/fonts/ttf';
const fonts = {
  regular: readFileSync(join(FONT_DIR, 'Vazirmatn-Regular.ttf')),
  bold: readFileSync(join(FONT_DIR, 'Vazirmatn-Bold.ttf')),
};
const SHOTS = 'tests/e2e/screenshots';
const AT = Date.UTC(2026, 11, 3, 9, 30);
const ACTIVITY_ID = '019ae3b2-5c00-7000-8000-0000003f9a2c';
// Bidi marks pdftotext puts around right-to-left lines.
const MARKS = /[\u200e\u200f\u202a-\u202e]/g;

/**
 * A logical Arabic line as pdftotext 22 reads it back. The PDF maps each glyph to its letters in
 * logical order (ToUnicode), but poppler writes the letters of one ligature glyph in drawing
 * order in right-to-left text: lam-alef (لا, لأ) comes out alef-lam and the Allah ligature
 * reversed. Chromium's own PDFs of the same words read back the same way. Every other letter
 * must come back exactly.
 */
function asPopplerReads(logical: string): string {
  return logical.replace(/الله|ل[اأإآ]/g, (ligature) => [...ligature].reverse().join(''));
}

/** The Arabic words of a text, in order (letters and marks; digits and punctuation apart). */
function arabicWords(text: string): string[] {
  return text.match(/[\u0621-\u065f\u0670-\u06d3]+/g) ?? [];
}

/** Whether `words` holds `run` as consecutive words. */
function hasRun(words: string[], run: string[]): boolean {
  return words.some((_, i) => run.every((w, j) => words[i + j] === w));
}

let translators: Record<ContentLanguage, TFunction>;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, ar: { translation: ar }, tr: { translation: tr } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
  translators = { en: i18n.getFixedT('en'), ar: i18n.getFixedT('ar'), tr: i18n.getFixedT('tr') };
});

async function makeQuote(language: ContentLanguage, customer: QuoteSource['customer']) {
  const terms: QuoteTerms = {
    listPrice: 189,
    discountKind: 'percent',
    discountValue: 10,
    validDays: 14,
  };
  const totals = checkQuoteTerms(terms);
  if (typeof totals === 'string') throw new Error(totals);
  const record = quoteRecord(terms, language, AT, ACTIVITY_ID);
  const source: QuoteSource = {
    product: RAWAA_PRO_500,
    organisation: DEMO_ORGANISATION,
    customer,
    agentName: language === 'ar' ? 'منى الحربي' : 'Elif Kaya',
    record,
    totals,
    currency: 'SAR',
    at: AT,
  };
  const doc = buildQuoteDocument(source, translators[language]);
  const bytes = await renderQuotePdf(doc, fonts);
  const dir = process.env.QUOTE_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'quote-pdf-'));
  const file = join(dir, `quote-${language}.pdf`);
  writeFileSync(file, bytes);
  return { file, dir, doc, record };
}

const pdftotext = (...args: string[]) =>
  execFileSync('pdftotext', [...args, '-'], { encoding: 'utf8' });

type Word = { text: string; xMin: number; xMax: number; yMin: number };
/** Words of page 1 with their boxes (pdftotext -bbox writes XHTML). */
function wordsOf(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], {
    encoding: 'utf8',
  });
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</g),
  ].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    text: (m[4] ?? '').replace(MARKS, ''),
  }));
}

/** Renders every page to PNG under tests/e2e/screenshots/ and returns their paths. */
function toPng(file: string, name: string): string[] {
  mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-r', '80', '-png', file, join(SHOTS, name)]);
  return readdirSync(SHOTS)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .map((f) => join(SHOTS, f));
}

describe.skipIf(!hasPoppler)('the quote PDF (poppler-utils)', () => {
  it('writes Arabic right to left, shaped, in logical order when extracted', async () => {
    const { file, record } = await makeQuote('ar', {
      name: 'عبد الله القحطاني',
      company: 'شركة الدرعية للمقاولات',
      timezone: 'Asia/Riyadh',
    });
    const text = pdftotext(file).replace(MARKS, '');
    const words = arabicWords(text);

    // Whole lines come back in the order they were written: words and letters in logical order.
    for (const line of [
      'عرض سعر',
      'عبد الله القحطاني',
      'شركة الدرعية للمقاولات',
      'رواء برو 500',
      'ما تحصل عليه',
      'يسري هذا العرض حتى',
      'الإجمالي الشهري',
      'منى الحربي، رواء لتقنيات المياه',
      // The first FAB feature, Arabic with a number, a Latin abbreviation and brackets.
      'ترشيح بالتناضح العكسي على 5 مراحل',
      'البنفسجية (UV-LED)، ومعتمد',
    ]) {
      const run = arabicWords(asPopplerReads(line));
      expect(run.length).toBeGreaterThan(0);
      expect(hasRun(words, run), `${line} in ${words.join(' ')}`).toBe(true);
    }
    // Lines without ligatures, numbers or punctuation come back character for character.
    for (const line of ['عرض سعر', 'ما تحصل عليه', 'يسري هذا العرض حتى', 'الشهري']) {
      expect(text).toContain(line);
    }
    // The number and the totals: 189 less 10% is 170.10.
    expect(text).toContain(record.number);
    expect(text).toContain('170.10');
    expect(text).toContain('18.90');
    // Nothing comes back as presentation forms or as missing glyphs.
    expect(text).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufeff\ufffd]/);

    // Shaped: a joined word is narrower than its letters set apart, and the box pdftotext
    // measures is the joined width. The title is 24 pt bold.
    const bold = fontkit.create(fonts.bold);
    const title = 'عرض';
    const scale = 24 / bold.unitsPerEm;
    // The joined forms' advances, as the PDF sets them (initial ain, medial reh, final dad).
    const shaped = bold.layout(title).glyphs.reduce((w, g) => w + g.advanceWidth, 0) * scale;
    const isolated =
      [...title].reduce(
        (w, ch) => w + bold.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth,
        0,
      ) * scale;
    expect(isolated - shaped).toBeGreaterThan(1);
    const boxes = wordsOf(file);
    // -bbox lists a right-to-left word's letters as drawn, left to right.
    const drawn = (word: string) => [...word].reverse().join('');
    const titleWord = boxes.find((w) => w.text === drawn(title));
    expect(titleWord).toBeDefined();
    const measured = (titleWord?.xMax ?? 0) - (titleWord?.xMin ?? 0);
    expect(Math.abs(measured - shaped)).toBeLessThan(0.25);
    expect(Math.abs(measured - isolated)).toBeGreaterThan(1);

    // Right to left: the title ends at the right margin, and on its line the first word
    // (عرض) stands to the right of the second (سعر).
    const pageWidth = 595.28;
    expect(titleWord?.xMax ?? 0).toBeGreaterThan(pageWidth - 48 - 1);
    const second = boxes.find(
      (w) => w.text === drawn('سعر') && Math.abs(w.yMin - (titleWord?.yMin ?? 0)) < 2,
    );
    expect(second?.xMax ?? Infinity).toBeLessThan(titleWord?.xMin ?? 0);

    const pngs = toPng(file, 'quote-pdf-ar');
    expect(pngs.length).toBeGreaterThanOrEqual(2);
  });

  it('writes Turkish and English left to right with their own letters', async () => {
    const trQuote = await makeQuote('tr', {
      name: 'Ayşe Yıldız',
      company: 'Işık Gıda İhracat A.Ş.',
      timezone: 'Europe/Istanbul',
    });
    const trText = pdftotext(trQuote.file);
    for (const line of [
      'Teklif',
      'Ayşe Yıldız',
      'Işık Gıda İhracat A.Ş.',
      'Size faydası',
      'Geçerlilik tarihi',
      'Aylık toplam',
      '5 aşamalı ters ozmoz filtrasyonu',
    ]) {
      expect(trText).toContain(line);
    }
    const trWords = wordsOf(trQuote.file);
    const trTitle = trWords.find((w) => w.text === 'Teklif');
    expect(trTitle?.xMin ?? Infinity).toBeLessThan(48 + 1);
    toPng(trQuote.file, 'quote-pdf-tr');

    // An English quote for a customer with an Arabic name: the name stays shaped and in order.
    const enQuote = await makeQuote('en', {
      name: 'عبد الله القحطاني',
      company: 'Diriyah Contracting Co.',
      timezone: 'Asia/Riyadh',
    });
    const enText = pdftotext(enQuote.file).replace(MARKS, '');
    for (const line of ['Quote', 'What you get', 'Total per month']) {
      expect(enText).toContain(line);
    }
    expect(hasRun(arabicWords(enText), arabicWords(asPopplerReads('عبد الله القحطاني')))).toBe(
      true,
    );
    toPng(enQuote.file, 'quote-pdf-en');
  });
});

if (!hasPoppler) {
  describe('the quote PDF', () => {
    it.skip('needs pdftotext and pdftoppm: apt-get install poppler-utils (CI installs it)', () => {});
  });
}
