import { describe, expect, it } from 'vitest';
import {
  checkQuoteTerms,
  quoteLanguageFor,
  quoteNumber,
  quoteRecord,
  quoteRecordSchema,
  quoteTotals,
  quoteValidUntil,
} from './quote';

describe('quoteTotals', () => {
  it('takes a percentage off the price, in cents', () => {
    expect(quoteTotals({ listPrice: 189, discountKind: 'percent', discountValue: 10 })).toEqual({
      listPrice: 189,
      discount: 18.9,
      total: 170.1,
    });
  });

  it('takes an amount off the price', () => {
    expect(quoteTotals({ listPrice: 1450, discountKind: 'amount', discountValue: 150 })).toEqual({
      listPrice: 1450,
      discount: 150,
      total: 1300,
    });
  });

  it('gives the price whole without a discount', () => {
    expect(quoteTotals({ listPrice: 69, discountKind: 'amount', discountValue: 0 })).toEqual({
      listPrice: 69,
      discount: 0,
      total: 69,
    });
  });

  it('refuses a price of zero or less, or not a number', () => {
    for (const listPrice of [0, -5, Number.NaN, Infinity]) {
      expect(quoteTotals({ listPrice, discountKind: 'percent', discountValue: 0 })).toBe(
        'priceInvalid',
      );
    }
  });

  it('refuses a discount that leaves nothing to pay, or a negative one', () => {
    expect(quoteTotals({ listPrice: 100, discountKind: 'percent', discountValue: 100 })).toBe(
      'discountInvalid',
    );
    expect(quoteTotals({ listPrice: 100, discountKind: 'amount', discountValue: 100 })).toBe(
      'discountInvalid',
    );
    expect(quoteTotals({ listPrice: 100, discountKind: 'amount', discountValue: -1 })).toBe(
      'discountInvalid',
    );
  });
});

describe('checkQuoteTerms', () => {
  const terms = { listPrice: 189, discountKind: 'percent' as const, discountValue: 5 };
  it('wants 1 to 365 whole days of validity', () => {
    expect(checkQuoteTerms({ ...terms, validDays: 0 })).toBe('validityInvalid');
    expect(checkQuoteTerms({ ...terms, validDays: 366 })).toBe('validityInvalid');
    expect(checkQuoteTerms({ ...terms, validDays: 1.5 })).toBe('validityInvalid');
    expect(checkQuoteTerms({ ...terms, validDays: 14 })).toMatchObject({ total: 179.55 });
  });
});

describe('the quote record', () => {
  const at = Date.UTC(2026, 11, 3, 9, 30);
  const id = '019ae3b2-5c00-7000-8000-0000003f9a2c';

  it('numbers a quote by its day and the tail of its activity id', () => {
    expect(quoteNumber(at, id)).toBe('Q-20261203-3F9A2C');
  });

  it('stands for the given days', () => {
    expect(quoteValidUntil(at, 14) - at).toBe(14 * 86_400_000);
  });

  it('is what the proposal keeps', () => {
    const record = quoteRecord(
      { listPrice: 189, discountKind: 'percent', discountValue: 10, validDays: 7 },
      'ar',
      at,
      id,
    );
    expect(quoteRecordSchema.parse(record)).toEqual({
      number: 'Q-20261203-3F9A2C',
      listPrice: 189,
      discountKind: 'percent',
      discountValue: 10,
      validUntil: at + 7 * 86_400_000,
      language: 'ar',
    });
  });
});

describe('quoteLanguageFor', () => {
  it('writes to Gulf and Egyptian customers in Arabic, Turkish ones in Turkish, others in English', () => {
    expect(quoteLanguageFor('SA', 'en')).toBe('ar');
    expect(quoteLanguageFor('eg', 'en')).toBe('ar');
    expect(quoteLanguageFor('TR', 'ar')).toBe('tr');
    expect(quoteLanguageFor('GB', 'ar')).toBe('en');
  });

  it('falls back to the organisation language without a country', () => {
    expect(quoteLanguageFor(null, 'ar')).toBe('ar');
  });
});
