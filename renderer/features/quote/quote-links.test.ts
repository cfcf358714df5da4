import { describe, expect, it } from 'vitest';
import { quoteMailtoUrl, quoteWhatsAppUrl, toBase64 } from './quote-links';
import { quoteFileName } from './quote-document';
import type { QuoteRecord } from '../../../shared/quote/quote';

describe('quote links', () => {
  it('opens the mail app with subject and body, line breaks as CRLF and spaces as %20', () => {
    expect(quoteMailtoUrl(' maria@outlook.com ', 'Quote Q-1', 'Hello Maria,\n\nAttached.')).toBe(
      'mailto:maria@outlook.com?subject=Quote%20Q-1&body=Hello%20Maria%2C%0D%0A%0D%0AAttached.',
    );
  });

  it('opens WhatsApp on the number as digits, with the Arabic message encoded', () => {
    expect(quoteWhatsAppUrl('+966501234567', 'عرض سعر')).toBe(
      'https://wa.me/966501234567?text=%D8%B9%D8%B1%D8%B6%20%D8%B3%D8%B9%D8%B1',
    );
  });

  it('encodes the PDF bytes as base64, also past one chunk', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('quoteFileName', () => {
  const record: QuoteRecord = {
    number: 'Q-20261203-3F9A2C',
    listPrice: 189,
    discountKind: 'percent',
    discountValue: 10,
    validUntil: 0,
    language: 'ar',
  };
  it('names the file by the quote and the customer, without characters a file system refuses', () => {
    expect(quoteFileName(record, 'شركة "الدرعية" / الرياض')).toBe(
      'Q-20261203-3F9A2C شركة الدرعية الرياض.pdf',
    );
    expect(quoteFileName(record, '  ')).toBe('Q-20261203-3F9A2C.pdf');
  });
});
