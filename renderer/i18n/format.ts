// Locale-aware formatting of numbers, money, dates, times and durations through Intl.
import type { DigitStyle, UiLanguage } from './languages';
import { languageInfo } from './languages';

export type FormatOptions = { language: UiLanguage; digits: DigitStyle };

/** The Intl locale for a UI language; Arabic gets the numbering system the user chose. */
export function intlLocale({ language, digits }: FormatOptions): string {
  const base = languageInfo(language).intl;
  if (language === 'ar') return `${base}-u-nu-${digits}`;
  return base;
}

export function formatNumber(
  value: number,
  o: FormatOptions,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(intlLocale(o), options).format(value);
}

export function formatPercent(ratio: number, o: FormatOptions, fractionDigits = 1): string {
  return formatNumber(ratio, o, { style: 'percent', maximumFractionDigits: fractionDigits });
}

export function formatCurrency(amount: number, currency: string, o: FormatOptions): string {
  return new Intl.NumberFormat(intlLocale(o), { style: 'currency', currency }).format(amount);
}

export function formatDate(date: Date | number, o: FormatOptions, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(o), { dateStyle: 'medium', timeZone }).format(date);
}

export function formatTime(date: Date | number, o: FormatOptions, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(o), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}

export function formatDateTime(date: Date | number, o: FormatOptions, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(o), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

/** A call-timer style duration, m:ss or h:mm:ss, in the locale's digits. */
export function formatClock(totalSeconds: number, o: FormatOptions): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const two = (n: number) => formatNumber(n, o, { minimumIntegerDigits: 2, useGrouping: false });
  const one = (n: number) => formatNumber(n, o, { useGrouping: false });
  return h > 0 ? `${one(h)}:${two(m)}:${two(sec)}` : `${one(m)}:${two(sec)}`;
}

/** A human duration such as "1 hr, 5 min" in the active language. */
export function formatDuration(totalSeconds: number, o: FormatOptions): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const parts: string[] = [];
  const unit = (value: number, u: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(intlLocale(o), { style: 'unit', unit: u, unitDisplay: 'short' }).format(
      value,
    );
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h) parts.push(unit(h, 'hour'));
  if (m) parts.push(unit(m, 'minute'));
  if (sec || parts.length === 0) parts.push(unit(sec, 'second'));
  return new Intl.ListFormat(intlLocale(o), { style: 'narrow', type: 'unit' }).format(parts);
}
