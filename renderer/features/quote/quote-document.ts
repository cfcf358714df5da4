// The quote's words in the customer's language: the catalog's quote.pdf texts (through a
// translator fixed to that language, whatever the closer's own), the product's name, summary and
// FAB rows in that language, and money and dates formatted for it with Latin digits.
import type { TFunction } from 'i18next';
import type { OrganisationProfile, Product } from '../../../shared/domain/content';
import type { ContentLanguage } from '../../../shared/domain/localized-content';
import { resolveLocalized } from '../../../shared/domain/localized-content';
import type { QuoteDocument } from '../../../shared/quote/quote-pdf';
import type { QuoteRecord, QuoteTotals } from '../../../shared/quote/quote';
import { formatCurrency, formatDate, formatNumber } from '../../i18n/format';
import { languageInfo } from '../../i18n/languages';

export type QuoteSource = {
  product: Product;
  organisation: OrganisationProfile;
  customer: { name: string; company: string; timezone: string | null };
  agentName: string;
  record: QuoteRecord;
  totals: QuoteTotals;
  currency: string;
  /** When the quote is made, epoch ms. */
  at: number;
};

/** The texts of a quote, in `record.language`; `t` must be fixed to that language. */
export function buildQuoteDocument(source: QuoteSource, t: TFunction): QuoteDocument {
  const { product, organisation, customer, record, totals, currency } = source;
  const language: ContentLanguage = record.language;
  const pick = <T>(content: Partial<Record<ContentLanguage, T>>, empty: T): T =>
    resolveLocalized(content, language, organisation.defaultLanguage)?.value ?? empty;
  const o = { language, digits: 'latn' as const };
  const money = (amount: number) => formatCurrency(amount, currency, o);
  const timeZone = customer.timezone ?? organisation.timezone;
  const date = (ms: number) => formatDate(ms, o, timeZone);
  const monthly = product.billing === 'monthly';
  const orgName = pick(organisation.name, '');
  const discountLabel =
    record.discountKind === 'percent'
      ? t('quote.pdf.discountPercent', {
          percent: formatNumber(record.discountValue, o, { maximumFractionDigits: 2 }),
        })
      : t('quote.pdf.discount');

  const details = [
    { label: t('quote.pdf.date'), value: date(source.at) },
    { label: t('quote.pdf.validUntil'), value: date(record.validUntil) },
    { label: t('quote.pdf.customer'), value: customer.name },
    ...(customer.company.trim() !== ''
      ? [{ label: t('quote.pdf.company'), value: customer.company }]
      : []),
    {
      label: t('quote.pdf.preparedBy'),
      value: t('quote.pdf.preparedByValue', { agent: source.agentName, organisation: orgName }),
    },
  ];
  return {
    language,
    direction: languageInfo(language).dir,
    title: t('quote.pdf.title'),
    number: t('quote.pdf.number', { number: record.number }),
    organisation: orgName,
    details,
    product: { name: pick(product.name, product.id), summary: pick(product.summary, '') },
    fabHeadings: {
      feature: t('quote.pdf.feature'),
      advantage: t('quote.pdf.advantage'),
      benefits: t('quote.pdf.benefits'),
    },
    fab: product.fab.map((row) => ({
      feature: pick(row.feature, ''),
      advantage: pick(row.advantage, ''),
      benefits: pick(row.benefits, []),
    })),
    totals: [
      {
        label: t(monthly ? 'quote.pdf.priceMonthly' : 'quote.pdf.price'),
        value: money(totals.listPrice),
      },
      ...(totals.discount > 0
        ? [{ label: discountLabel, value: `−${money(totals.discount)}` }]
        : []),
      {
        label: t(monthly ? 'quote.pdf.totalMonthly' : 'quote.pdf.total'),
        value: money(totals.total),
        strong: true,
      },
    ],
    notes: [
      t('quote.pdf.validNote', { date: date(record.validUntil) }),
      t('quote.pdf.contact', { agent: source.agentName, organisation: orgName }),
    ],
    pageOf: t('quote.pdf.pageOf'),
  };
}

/** The e-mail or WhatsApp message that goes with the PDF, in the same language. */
export function quoteMessage(source: QuoteSource, t: TFunction): { subject: string; body: string } {
  const doc = buildQuoteDocument(source, t);
  const o = { language: source.record.language, digits: 'latn' as const };
  const vars = {
    number: source.record.number,
    product: doc.product.name,
    name: source.customer.name,
    total: formatCurrency(source.totals.total, source.currency, o),
    date: formatDate(
      source.record.validUntil,
      o,
      source.customer.timezone ?? source.organisation.timezone,
    ),
    agent: source.agentName,
    organisation: doc.organisation,
  };
  return { subject: t('quote.message.subject', vars), body: t('quote.message.body', vars) };
}

/** The PDF's file name: the quote number and the customer, safe on every OS. */
export function quoteFileName(record: QuoteRecord, customer: string): string {
  const safe = customer
    .replace(/[\\/:*?"<>|]+|\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  return `${record.number}${safe ? ` ${safe}` : ''}.pdf`;
}
