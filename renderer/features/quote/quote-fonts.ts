// The PDF's font files, bundled as assets (Vazirmatn, OFL: Arabic, Latin and Turkish letters) and
// fetched from the app itself, so a quote is made with no network. Loaded once, on first use.
import boldUrl from 'vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf?url';
import regularUrl from 'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf?url';
import type { QuoteFonts } from '../../../shared/quote/quote-pdf';

let loading: Promise<QuoteFonts> | null = null;

async function bytesOf(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.arrayBuffer();
}

export function loadQuoteFonts(): Promise<QuoteFonts> {
  loading ??= Promise.all([bytesOf(regularUrl), bytesOf(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  // A failed load is tried again next time.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
