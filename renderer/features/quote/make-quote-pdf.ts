// Makes the quote PDF on the desk. pdf-lib, fontkit and the fonts load only when a closer makes
// a quote, in a chunk of their own, so the desk's first screen never downloads them.
import type { QuoteDocument } from '../../../shared/quote/quote-pdf';

export async function makeQuotePdf(doc: QuoteDocument): Promise<Uint8Array> {
  const [{ renderQuotePdf }, { loadQuoteFonts }] = await Promise.all([
    import('../../../shared/quote/quote-pdf'),
    import('./quote-fonts'),
  ]);
  return renderQuotePdf(doc, await loadQuoteFonts());
}
