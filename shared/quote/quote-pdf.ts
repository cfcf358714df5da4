// The quote as a PDF (pdf-lib, with fontkit shaping an embedded font that has Arabic, Latin and
// Turkish letters): a header, the customer and validity details, the product with its
// feature → advantage → benefit table, the price, discount and total. Right-to-left documents
// mirror the page: text starts at the right margin and the table's first column is on the right.
// Each line goes through the bidi step (bidi.ts) so Arabic, numbers and Latin words mix.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { visualPieces, type TextDirection } from './bidi';

/** Everything the document says, already in the customer's language and formatted. */
export type QuoteDocument = {
  /** BCP 47 language of the text (ar, tr, en). */
  language: string;
  direction: TextDirection;
  title: string;
  /** The quote's number with its label ("Quote no. Q-20261203-3F9A2C"). */
  number: string;
  organisation: string;
  /** Label and value lines: date, valid until, customer, company, prepared by. */
  details: { label: string; value: string }[];
  product: { name: string; summary: string };
  fabHeadings: { feature: string; advantage: string; benefits: string };
  fab: { feature: string; advantage: string; benefits: string[] }[];
  totals: { label: string; value: string; strong?: boolean }[];
  /** Closing lines under the totals (how long it stands, who to call). */
  notes: string[];
  /** The page footer, with {page} and {pages}. */
  pageOf: string;
};

export type QuoteFonts = { regular: ArrayBuffer | Uint8Array; bold: ArrayBuffer | Uint8Array };

// A4 in points, and the page's furniture. Print colours: a PDF has no theme.
const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const INK = rgb(0.13, 0.13, 0.13);
const MUTED = rgb(0.38, 0.38, 0.4);
const ACCENT = rgb(0.05, 0.3, 0.55);
const RULE = rgb(0.8, 0.82, 0.85);
const SHADE = rgb(0.93, 0.95, 0.98);

type Fonts = { regular: PDFFont; bold: PDFFont };
type TextStyle = { font: PDFFont; size: number; color?: RGB };

/** The width of a line as drawn: the sum of its shaped pieces. */
export function lineWidth(text: string, style: TextStyle, dir: TextDirection): number {
  return visualPieces(text, dir).reduce(
    (w, p) => w + style.font.widthOfTextAtSize(p.text, style.size),
    0,
  );
}

/** Breaks a text into lines no wider than `width`, at spaces (a word longer than that, anywhere). */
export function wrapText(
  text: string,
  width: number,
  style: TextStyle,
  dir: TextDirection,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (lineWidth(candidate, style, dir) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      while (lineWidth(line, style, dir) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && lineWidth(line.slice(0, cut), style, dir) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The quote as PDF bytes. */
export async function renderQuotePdf(
  doc: QuoteDocument,
  fontFiles: QuoteFonts,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await pdf.embedFont(fontFiles.regular, { subset: true }),
    bold: await pdf.embedFont(fontFiles.bold, { subset: true }),
  };
  pdf.setTitle(`${doc.title} ${doc.number}`);
  pdf.setSubject(doc.product.name);
  pdf.setAuthor(doc.organisation);
  pdf.setLanguage(doc.language);
  pdf.setCreator('Sales Desk');

  const writer = new PageWriter(pdf, fonts, doc.direction);
  writer.header(doc);
  writer.details(doc.details);
  writer.product(doc.product);
  writer.fabTable(doc.fabHeadings, doc.fab);
  writer.totals(doc.totals);
  writer.notes(doc.notes);
  writer.footers(doc.pageOf);
  return pdf.save();
}

/** Writes down the page, starting a new one when the next block does not fit. */
class PageWriter {
  private page: PDFPage;
  private y: number;
  private readonly pages: PDFPage[] = [];
  private readonly width = PAGE[0] - 2 * MARGIN;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Fonts,
    private readonly dir: TextDirection,
  ) {
    this.page = this.newPage();
    this.y = PAGE[1] - MARGIN;
  }

  private newPage(): PDFPage {
    const page = this.pdf.addPage(PAGE);
    this.pages.push(page);
    this.page = page;
    this.y = PAGE[1] - MARGIN;
    return page;
  }

  /** Makes room for `height` points, on a new page when this one is full. */
  private room(height: number): boolean {
    if (this.y - height >= MARGIN + 20) return false;
    this.newPage();
    return true;
  }

  /**
   * Draws one line inside the box [left, left + width]: at its start (right for RTL), end or
   * centre. Returns nothing; the caller moves down.
   */
  private text(
    line: string,
    style: TextStyle,
    box: { left: number; width: number },
    baseline: number,
    align: 'start' | 'end' = 'start',
    page: PDFPage = this.page,
  ) {
    const pieces = visualPieces(line, this.dir);
    const total = pieces.reduce((w, p) => w + style.font.widthOfTextAtSize(p.text, style.size), 0);
    const atRight = (align === 'start') === (this.dir === 'rtl');
    let x = atRight ? box.left + box.width - total : box.left;
    for (const p of pieces) {
      page.drawText(p.text, {
        x,
        y: baseline,
        size: style.size,
        font: style.font,
        color: style.color ?? INK,
      });
      x += style.font.widthOfTextAtSize(p.text, style.size);
    }
  }

  /** A column's box in reading order: the first column is on the right of an RTL page. */
  private column(offset: number, width: number, within = { left: MARGIN, width: this.width }) {
    return this.dir === 'rtl'
      ? { left: within.left + within.width - offset - width, width }
      : { left: within.left + offset, width };
  }

  private paragraph(text: string, style: TextStyle, gap = 4) {
    const lineHeight = style.size * 1.45;
    for (const line of wrapText(text, this.width, style, this.dir)) {
      this.room(lineHeight);
      this.y -= lineHeight;
      this.text(line, style, { left: MARGIN, width: this.width }, this.y);
    }
    this.y -= gap;
  }

  private rule(color = RULE, thickness = 0.8) {
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: MARGIN + this.width, y: this.y },
      thickness,
      color,
    });
  }

  header(doc: QuoteDocument) {
    const full = { left: MARGIN, width: this.width };
    this.y -= 24;
    this.text(doc.title, { font: this.fonts.bold, size: 24, color: ACCENT }, full, this.y);
    this.text(doc.organisation, { font: this.fonts.bold, size: 12 }, full, this.y + 8, 'end');
    this.text(
      doc.number,
      { font: this.fonts.regular, size: 9, color: MUTED },
      full,
      this.y - 6,
      'end',
    );
    this.y -= 16;
    this.rule(ACCENT, 1.5);
    this.y -= 10;
  }

  details(rows: QuoteDocument['details']) {
    const labelStyle = { font: this.fonts.regular, size: 10, color: MUTED };
    const valueStyle = { font: this.fonts.bold, size: 10 };
    const labelWidth = 120;
    for (const row of rows) {
      const lines = wrapText(row.value, this.width - labelWidth, valueStyle, this.dir);
      this.room(lines.length * 15);
      this.y -= 15;
      this.text(row.label, labelStyle, this.column(0, labelWidth), this.y);
      lines.forEach((line, i) => {
        this.text(
          line,
          valueStyle,
          this.column(labelWidth, this.width - labelWidth),
          this.y - i * 15,
        );
      });
      this.y -= (lines.length - 1) * 15;
    }
    this.y -= 14;
  }

  product(product: QuoteDocument['product']) {
    this.room(40);
    this.paragraph(product.name, { font: this.fonts.bold, size: 15, color: ACCENT }, 2);
    this.paragraph(product.summary, { font: this.fonts.regular, size: 10.5 }, 10);
  }

  fabTable(headings: QuoteDocument['fabHeadings'], rows: QuoteDocument['fab']) {
    if (rows.length === 0) return;
    const widths = [0.3, 0.32, 0.38].map((f) => f * this.width);
    const offsets = [0, widths[0] ?? 0, (widths[0] ?? 0) + (widths[1] ?? 0)];
    const pad = 5;
    const cellStyle = { font: this.fonts.regular, size: 8.5 };
    const headStyle = { font: this.fonts.bold, size: 9 };
    const lineHeight = 12;

    const drawRow = (cells: string[][], style: TextStyle, shaded: boolean) => {
      const lineCount = Math.max(...cells.map((c) => c.length), 1);
      const height = lineCount * lineHeight + 2 * pad;
      const broke = this.room(height);
      if (broke && !shaded) drawHeading();
      const top = this.y;
      if (shaded) {
        this.page.drawRectangle({
          x: MARGIN,
          y: top - height,
          width: this.width,
          height,
          color: SHADE,
        });
      }
      cells.forEach((lines, c) => {
        const box = this.column(offsets[c] ?? 0, widths[c] ?? 0);
        const inner = { left: box.left + pad, width: box.width - 2 * pad };
        lines.forEach((line, i) => {
          this.text(line, style, inner, top - pad - (i + 1) * lineHeight + 3);
        });
      });
      this.y = top - height;
      this.rule();
    };
    const cellLines = (texts: string[], c: number, style: TextStyle) =>
      texts.flatMap((t) => wrapText(t, (widths[c] ?? 0) - 2 * pad, style, this.dir));
    const drawHeading = () =>
      drawRow(
        [headings.feature, headings.advantage, headings.benefits].map((h, c) =>
          cellLines([h], c, headStyle),
        ),
        headStyle,
        true,
      );

    this.room(60);
    drawHeading();
    for (const row of rows) {
      drawRow(
        [
          cellLines([row.feature], 0, cellStyle),
          cellLines([row.advantage], 1, cellStyle),
          cellLines(
            row.benefits.map((b) => `• ${b}`),
            2,
            cellStyle,
          ),
        ],
        cellStyle,
        false,
      );
    }
    this.y -= 16;
  }

  totals(rows: QuoteDocument['totals']) {
    const boxWidth = 260;
    // The totals sit at the end of the line: right on a left-to-right page, left on an RTL one.
    const box = this.column(this.width - boxWidth, boxWidth);
    this.room(rows.length * 20 + 10);
    for (const row of rows) {
      const style = row.strong
        ? { font: this.fonts.bold, size: 13, color: ACCENT }
        : { font: this.fonts.regular, size: 10.5 };
      this.y -= row.strong ? 22 : 17;
      if (row.strong) {
        this.page.drawLine({
          start: { x: box.left, y: this.y + 17 },
          end: { x: box.left + box.width, y: this.y + 17 },
          thickness: 1,
          color: ACCENT,
        });
      }
      this.text(row.label, style, box, this.y, 'start');
      this.text(row.value, style, box, this.y, 'end');
    }
    this.y -= 18;
  }

  notes(lines: string[]) {
    for (const line of lines) this.paragraph(line, { font: this.fonts.regular, size: 10 }, 2);
  }

  footers(pageOf: string) {
    const count = this.pages.length;
    this.pages.forEach((page, i) => {
      const label = pageOf.replace('{page}', String(i + 1)).replace('{pages}', String(count));
      this.text(
        label,
        { font: this.fonts.regular, size: 8, color: MUTED },
        { left: MARGIN, width: this.width },
        MARGIN - 18,
        'end',
        page,
      );
    });
  }
}
