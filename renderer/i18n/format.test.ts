import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatCurrency,
  formatDate,
  formatDuration,
  formatNumber,
  formatPercent,
  formatTime,
  intlLocale,
} from './format';

const en = { language: 'en', digits: 'latn' } as const;
const tr = { language: 'tr', digits: 'latn' } as const;
const arArab = { language: 'ar', digits: 'arab' } as const;
const arLatn = { language: 'ar', digits: 'latn' } as const;

// Intl may put bidi marks around Arabic numbers; compare digits only where that matters.
const stripMarks = (s: string) => s.replace(/[\u200e\u200f\u061c\u00a0\u202f]/g, ' ');

describe('formatting follows the language and the digit choice', () => {
  it('asks Intl for Arabic-Indic or Latin digits as the user chose', () => {
    expect(intlLocale(arArab)).toBe('ar-u-nu-arab');
    expect(intlLocale(arLatn)).toBe('ar-u-nu-latn');
    expect(formatNumber(1234567, arArab)).toContain('١');
    expect(formatNumber(1234567, arLatn)).toMatch(/1.234.567/);
  });

  it('groups thousands the Turkish and English way', () => {
    expect(formatNumber(1234567.5, tr)).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, en)).toBe('1,234,567.5');
  });

  it('formats percentages and money', () => {
    expect(stripMarks(formatPercent(0.015, tr))).toMatch(/%1,5/);
    expect(formatCurrency(1500, 'TRY', tr)).toMatch(/₺1\.500,00/);
    expect(formatCurrency(1500, 'USD', en)).toBe('US$1,500.00');
    expect(formatCurrency(1500, 'SAR', arArab)).toContain('١٬٥٠٠');
  });

  it('formats dates and times in the lead’s timezone', () => {
    const at = Date.UTC(2026, 10, 22, 7, 5);
    expect(formatTime(at, tr, 'Europe/Istanbul')).toBe('10:05');
    expect(formatTime(at, en, 'Asia/Riyadh')).toBe('10:05');
    expect(formatDate(at, tr, 'Europe/Istanbul')).toBe('22 Kas 2026');
    expect(formatTime(at, arArab, 'Asia/Riyadh')).toContain('١٠:٠٥');
  });

  it('shows the call timer as m:ss or h:mm:ss in the chosen digits', () => {
    expect(formatClock(0, en)).toBe('0:00');
    expect(formatClock(65, en)).toBe('1:05');
    expect(formatClock(3725, tr)).toBe('1:02:05');
    expect(formatClock(65, arArab)).toBe('١:٠٥');
    expect(formatClock(-3, en)).toBe('0:00');
  });

  it('writes a human duration in the language', () => {
    expect(formatDuration(3900, en)).toMatch(/^1 hr,? 5 mins?$/);
    expect(formatDuration(0, en)).toMatch(/^0 secs?$/);
    expect(formatDuration(90, tr)).toMatch(/1 dk.*30 sn/);
  });
});
