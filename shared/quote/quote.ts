// A closer's quote: the terms typed in the quote dialog (price, discount, validity, language),
// the totals they give, the record kept on the proposal and its activity, and the quote's number.
import { z } from 'zod';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../domain/localized-content';

export const DISCOUNT_KINDS = ['percent', 'amount'] as const;
export type DiscountKind = (typeof DISCOUNT_KINDS)[number];

/** Validity a closer may give a quote, in days. */
export const MAX_VALID_DAYS = 365;
const DAY_MS = 86_400_000;

/** What a quote says about the deal; kept on the proposal and on the activity that made it. */
export const quoteRecordSchema = z.object({
  /** Q-YYYYMMDD-XXXXXX, from the day and the activity id that made it. */
  number: z.string().min(1).max(40),
  /** The price before the discount. */
  listPrice: z.number().finite().min(0),
  discountKind: z.enum(DISCOUNT_KINDS),
  /** A percentage (0–100) or an amount in the deal's currency. */
  discountValue: z.number().finite().min(0),
  /** Epoch ms; the offer stands until then. */
  validUntil: z.number().int().min(0).max(8.64e15),
  /** The customer's language the document was written in. */
  language: z.enum(CONTENT_LANGUAGES),
});
export type QuoteRecord = z.infer<typeof quoteRecordSchema>;

export type QuoteTerms = {
  listPrice: number;
  discountKind: DiscountKind;
  discountValue: number;
  validDays: number;
};

export type QuoteTotals = { listPrice: number; discount: number; total: number };

/** Why terms cannot make a quote, as a code the desk translates. */
export type QuoteProblem = 'priceInvalid' | 'discountInvalid' | 'validityInvalid';

/** Money in cents, so 189 × 0.9 is 170.1 and not 170.10000000000002. */
export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The discount in money and the total; a discount never makes the total negative or zero. */
export function quoteTotals(
  terms: Pick<QuoteTerms, 'listPrice' | 'discountKind' | 'discountValue'>,
): QuoteTotals | QuoteProblem {
  const { listPrice, discountKind, discountValue } = terms;
  if (!Number.isFinite(listPrice) || listPrice <= 0) return 'priceInvalid';
  if (!Number.isFinite(discountValue) || discountValue < 0) return 'discountInvalid';
  const discount = roundMoney(
    discountKind === 'percent' ? (listPrice * discountValue) / 100 : discountValue,
  );
  if (discountKind === 'percent' ? discountValue >= 100 : discount >= listPrice) {
    return 'discountInvalid';
  }
  return { listPrice: roundMoney(listPrice), discount, total: roundMoney(listPrice - discount) };
}

/** Terms checked whole: the totals, or the first problem. */
export function checkQuoteTerms(terms: QuoteTerms): QuoteTotals | QuoteProblem {
  if (!Number.isInteger(terms.validDays) || terms.validDays < 1) return 'validityInvalid';
  if (terms.validDays > MAX_VALID_DAYS) return 'validityInvalid';
  return quoteTotals(terms);
}

/** The moment a quote made at `at` for `days` days stops standing. */
export function quoteValidUntil(at: number, days: number): number {
  return at + days * DAY_MS;
}

/** Q-20261203-3F9A2C: the day it was made (UTC) and the tail of the activity id that made it. */
export function quoteNumber(at: number, activityId: string): string {
  const day = new Date(at).toISOString().slice(0, 10).replaceAll('-', '');
  const tail = activityId.replaceAll('-', '').slice(-6).toUpperCase();
  return `Q-${day}-${tail}`;
}

/** The record of a quote made at `at` by the activity `activityId`. */
export function quoteRecord(
  terms: QuoteTerms,
  language: ContentLanguage,
  at: number,
  activityId: string,
): QuoteRecord {
  return {
    number: quoteNumber(at, activityId),
    listPrice: roundMoney(terms.listPrice),
    discountKind: terms.discountKind,
    discountValue: terms.discountValue,
    validUntil: quoteValidUntil(at, terms.validDays),
    language,
  };
}

/** The language to write a customer's quote in, from the country of their phone or address. */
export function quoteLanguageFor(
  country: string | null,
  fallback: ContentLanguage,
): ContentLanguage {
  if (country === null) return fallback;
  const c = country.toUpperCase();
  if (c === 'TR' || c === 'CY') return 'tr';
  if (ARABIC_COUNTRIES.has(c)) return 'ar';
  return 'en';
}

// The Arab League's members: customers there read Arabic first.
const ARABIC_COUNTRIES = new Set([
  'AE',
  'BH',
  'DJ',
  'DZ',
  'EG',
  'IQ',
  'JO',
  'KM',
  'KW',
  'LB',
  'LY',
  'MA',
  'MR',
  'OM',
  'PS',
  'QA',
  'SA',
  'SD',
  'SO',
  'SY',
  'TN',
  'YE',
]);
