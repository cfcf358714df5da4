// The called number (DID) of an inbound call and the advert's product it was published for. The
// PBX may pass the number in another format than the administrator wrote it (+966 11 234 5678,
// 00966112345678, 0112345678, 112345678): numbers match on their digits without the leading
// zeros of a trunk or international prefix, or when one ends with the other's.
import type { CountryCode } from 'libphonenumber-js';
import { toE164 } from '../../../shared/domain/dnc';
import type { DeskPhone } from '../../../shared/domain/telephony';

/**
 * Fewer digits than this are an extension or a short code, never the tail of a full number:
 * "2204" must not match an advert's "+966 11 234 2204".
 */
const MIN_SUFFIX_DIGITS = 7;

const digitsOf = (s: string) => s.replace(/\D/g, '').replace(/^0+/, '');

/** Whether two numbers are the same line, written in different formats. */
export function sameNumber(a: string, b: string | null): boolean {
  if (!b) return false;
  const x = digitsOf(a);
  const y = digitsOf(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= MIN_SUFFIX_DIGITS && long.endsWith(short);
}

/** The product of the advert whose number the caller dialled; null when the number is not one. */
export function productOfDid(dids: DeskPhone['dids'], did: string | null): string | null {
  return dids.find((d) => sameNumber(d.number, did))?.productId ?? null;
}

/**
 * The tracking number a lead created by an inbound call remembers (E.164): the organisation's
 * own writing of the DID when it is one of theirs, else the number as the PBX passed it; null
 * when neither reads as a phone number.
 */
export function trackingNumberOf(
  dids: DeskPhone['dids'],
  did: string | null,
  country?: CountryCode,
): string | null {
  if (!did) return null;
  const known = dids.find((d) => sameNumber(d.number, did));
  return (known ? toE164(known.number, country) : null) ?? toE164(did, country);
}
