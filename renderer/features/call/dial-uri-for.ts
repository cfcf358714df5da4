import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { buildDialUri, type DialUriResult } from '../../../shared/domain/dial-uri';

/**
 * The click-to-call address of a number from the desk's template, `{national}` without the
 * number's own country code (a PBX that dials +966 5… as 05… or 5…).
 */
export function dialUriFor(template: string, e164: string): DialUriResult {
  const countryCode = parsePhoneNumberFromString(e164)?.countryCallingCode;
  return buildDialUri(template, e164, countryCode);
}
