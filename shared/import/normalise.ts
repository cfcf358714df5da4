// One row of an imported file → the contact fields of a lead: trimmed text, phone numbers in
// E.164 (the row's country, else the default one), a checked e-mail and timezone, custom fields.
// A row needs a phone number or an e-mail (or both).
// A row that cannot become a lead says why, in a code the desk translates.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { isValidTimeZone } from '../domain/calling-window';
import { ADDRESS_MAX, e164Schema, INTEREST_MAX, INTERESTS_MAX } from '../domain/lead';
import { interestsFit, splitInterests } from '../domain/interests';
import { isValidEmail } from '../domain/email';
import type { ColumnMapping } from './columns';
import { countryCode } from './countries';

/** Why a row was not imported as a lead. */
export const INVALID_REASONS = [
  'nameMissing',
  // Neither a phone number nor an e-mail: nobody could reach the lead.
  'contactMissing',
  'phoneInvalid',
  'emailInvalid',
  'timezoneInvalid',
  'tooLong',
] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

/** The lead fields a row gives, before dedupe and assignment (the importLeads verb's rows). */
export const rowContactSchema = z.object({
  name: z.string().min(1).max(300),
  company: z.string().max(300),
  /** Every valid number in E.164, main first, without repeats. */
  phones: z.array(e164Schema).max(20),
  email: z.string().max(320).nullable(),
  country: z.string().length(2).nullable(),
  timezone: z.string().max(64).nullable(),
  source: z.string().max(200).nullable(),
  /** The advert's tracking number (DID) the lead came through, when the file has a column for it. */
  trackingNumber: e164Schema.optional(),
  notes: z.string().max(20_000),
  custom: z.record(z.string().max(100), z.string().max(2000)),
  /** Postal address and interests, when the file has columns for them. */
  address: z.string().max(ADDRESS_MAX).optional(),
  interests: z.array(z.string().max(INTEREST_MAX)).max(INTERESTS_MAX).optional(),
});
export type RowContact = z.infer<typeof rowContactSchema>;

export type RowResult =
  | {
      ok: true;
      contact: RowContact;
      /** Invisible control characters were taken out of the row's cells (see stripControl). */
      cleaned: boolean;
    }
  | { ok: false; reason: InvalidReason; value: string };

/**
 * Control characters no contact field means to hold — NUL and the other C0 controls but tab and
 * line breaks, DEL, the C1 controls — and halves of a UTF-16 surrogate pair without the other
 * half. A stray one in a spreadsheet export is invisible, and PostgreSQL refuses a NUL in text.
 * Emoji (whole pairs) and every script's letters are kept.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without control characters and lone surrogates, and whether any were there. */
export function stripControl(text: string): { text: string; stripped: boolean } {
  const out = text.replace(CONTROL, '');
  return { text: out, stripped: out.length !== text.length };
}

/** Field limits of the sync protocol's lead (shared/sync/protocol.ts leadSchema). */
export const LIMITS = {
  name: 300,
  company: 300,
  email: 320,
  source: 200,
  notes: 20_000,
  customValue: 2000,
  phones: 20,
} as const;

/** Splits a cell holding several numbers ("0532 123 45 67 / 0212 555 11 22"). */
export function splitPhones(cell: string): string[] {
  return cell
    .split(/[;,/|\n\r]+|\s{3,}/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A number as typed, in E.164, or null when it cannot be a real number. A number that lost its
 * "+" in a spreadsheet (966501234567) is tried as international as well.
 */
export function normaliseImportPhone(raw: string, country: CountryCode | null): string | null {
  return parseImportPhone(raw, country)?.e164 ?? null;
}

function parseImportPhone(
  raw: string,
  country: CountryCode | null,
): { e164: string; country: CountryCode | null } | null {
  const text = raw.replace(/^tel:/i, '').trim();
  if (!text) return null;
  const parsed = parsePhoneNumberFromString(text, country ?? undefined);
  if (parsed?.isValid()) return { e164: parsed.number, country: parsed.country ?? null };
  const digits = text.replace(/[\s().-]/g, '');
  if (/^[1-9]\d{7,14}$/.test(digits)) {
    const intl = parsePhoneNumberFromString(`+${digits}`);
    if (intl?.isValid()) return { e164: intl.number, country: intl.country ?? null };
  }
  return null;
}

function clean(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Turns one row's cells into lead contact fields using the column mapping. */
export function normaliseRow(
  rawCells: readonly string[],
  mapping: ColumnMapping,
  defaultCountry: CountryCode | null,
): RowResult {
  let cleaned = false;
  const cells = rawCells.map((cell, i) => {
    const s = stripControl(cell ?? '');
    // Only what goes on the lead counts: an ignored column is not imported at all.
    if (s.stripped && mapping[i] && mapping[i].kind !== 'ignore') cleaned = true;
    return s.text;
  });
  let name = '';
  let first = '';
  let last = '';
  let company = '';
  let email = '';
  let countryCell = '';
  let timezone = '';
  let source = '';
  let trackingCell = '';
  let address = '';
  const interests: string[] = [];
  const notes: string[] = [];
  const phoneCells: string[] = [];
  const custom: Record<string, string> = {};
  for (let i = 0; i < mapping.length; i++) {
    const target = mapping[i];
    if (!target) continue;
    const raw = cells[i] ?? '';
    switch (target.kind) {
      case 'ignore':
        break;
      case 'name':
        name = clean(raw);
        break;
      case 'firstName':
        first = clean(raw);
        break;
      case 'lastName':
        last = clean(raw);
        break;
      case 'company':
        company = clean(raw);
        break;
      case 'phone':
        if (raw.trim()) phoneCells.push(raw);
        break;
      case 'email':
        email = raw.trim();
        break;
      case 'country':
        countryCell = clean(raw);
        break;
      case 'timezone':
        timezone = raw.trim();
        break;
      case 'source':
        source = clean(raw);
        break;
      case 'trackingNumber':
        trackingCell = raw.trim();
        break;
      case 'address':
        address = raw.replace(/[ \t]+/g, ' ').trim();
        break;
      case 'interests':
        interests.push(...splitInterests(raw));
        break;
      case 'notes':
        if (raw.trim()) notes.push(raw.trim());
        break;
      case 'custom': {
        const value = raw.trim();
        if (value) custom[target.key] = value;
        break;
      }
    }
  }
  if (!name) name = [first, last].filter(Boolean).join(' ');
  // A company with no contact person is still someone to call.
  if (!name) name = company;
  if (!name) return { ok: false, reason: 'nameMissing', value: '' };
  if (name.length > LIMITS.name) return { ok: false, reason: 'tooLong', value: name };
  if (company.length > LIMITS.company) return { ok: false, reason: 'tooLong', value: company };
  if (source.length > LIMITS.source) return { ok: false, reason: 'tooLong', value: source };
  const note = notes.join('\n');
  if (note.length > LIMITS.notes) return { ok: false, reason: 'tooLong', value: note.slice(0, 80) };
  if (address.length > ADDRESS_MAX)
    return { ok: false, reason: 'tooLong', value: address.slice(0, 80) };
  const tags = splitInterests(interests.join('\n'));
  if (!interestsFit(tags))
    return { ok: false, reason: 'tooLong', value: tags.join(', ').slice(0, 80) };
  for (const value of Object.values(custom))
    if (value.length > LIMITS.customValue)
      return { ok: false, reason: 'tooLong', value: value.slice(0, 80) };

  const country = countryCell ? countryCode(countryCell) : null;
  const raws = phoneCells.flatMap(splitPhones);
  const mail = email.toLowerCase();
  // A lead reachable only by e-mail is a lead (written to, or called once a number is found).
  if (raws.length === 0 && !mail) return { ok: false, reason: 'contactMissing', value: '' };
  const phones: string[] = [];
  let phoneCountry: CountryCode | null = null;
  for (const raw of raws) {
    const parsed = parseImportPhone(raw, country ?? defaultCountry);
    if (!parsed || phones.includes(parsed.e164)) continue;
    if (phones.length === 0) phoneCountry = parsed.country;
    phones.push(parsed.e164);
  }
  // A number typed wrong is reported, not dropped, even when there is an e-mail.
  if (raws.length > 0 && phones.length === 0)
    return { ok: false, reason: 'phoneInvalid', value: raws.join(' / ') };

  // A tracking number is a phone number too: one typed wrong is reported, not dropped.
  const tracking = trackingCell ? parseImportPhone(trackingCell, country ?? defaultCountry) : null;
  if (trackingCell && !tracking) return { ok: false, reason: 'phoneInvalid', value: trackingCell };

  if (mail && !isValidEmail(mail)) return { ok: false, reason: 'emailInvalid', value: email };
  if (timezone && !isValidTimeZone(timezone))
    return { ok: false, reason: 'timezoneInvalid', value: timezone };

  return {
    ok: true,
    contact: {
      name,
      company,
      phones: phones.slice(0, LIMITS.phones),
      email: mail || null,
      country: country ?? phoneCountry,
      timezone: timezone || null,
      source: source || null,
      notes: note,
      custom,
      ...(address ? { address } : {}),
      ...(tags.length ? { interests: tags } : {}),
      ...(tracking ? { trackingNumber: tracking.e164 } : {}),
    },
    cleaned,
  };
}
