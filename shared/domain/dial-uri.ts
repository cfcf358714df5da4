// Click-to-call: turns an E.164 number into the URI the agent's softphone or PBX understands,
// from a per-organisation template such as `tel:{e164}`, `sip:{e164}@pbx.example.com`,
// `callto:{e164}` or `sip:{national}@10.0.0.5`.

export const DIAL_SCHEMES = ['tel', 'sip', 'callto'] as const;
export type DialScheme = (typeof DIAL_SCHEMES)[number];

export const DEFAULT_DIAL_TEMPLATE = 'tel:{e164}';

const E164 = /^\+[1-9]\d{6,14}$/;

export type DialUriResult =
  { ok: true; uri: string } | { ok: false; reason: 'badNumber' | 'badTemplate' };

/** Checks a template: a known scheme and at least one number placeholder, nothing else odd. */
export function isValidDialTemplate(template: string): boolean {
  const scheme = template.slice(0, template.indexOf(':')).toLowerCase();
  if (!(DIAL_SCHEMES as readonly string[]).includes(scheme)) return false;
  if (!/\{(e164|digits|national)\}/.test(template)) return false;
  const rest = template.replace(/\{(e164|digits|national)\}/g, '');
  // Only characters that belong in a SIP/tel URI; no spaces, quotes or script.
  return /^[A-Za-z0-9+:@.;=_\-/]*$/.test(rest);
}

/**
 * Fills the template. `{e164}` → +905321234567, `{digits}` → 905321234567, `{national}` →
 * the number without its country code (needs `countryCallingCode`).
 */
export function buildDialUri(
  template: string,
  e164: string,
  countryCallingCode?: string,
): DialUriResult {
  if (!E164.test(e164)) return { ok: false, reason: 'badNumber' };
  if (!isValidDialTemplate(template)) return { ok: false, reason: 'badTemplate' };
  const digits = e164.slice(1);
  const national =
    countryCallingCode && digits.startsWith(countryCallingCode)
      ? digits.slice(countryCallingCode.length)
      : digits;
  const uri = template
    .replace(/\{e164\}/g, e164)
    .replace(/\{digits\}/g, digits)
    .replace(/\{national\}/g, national);
  return { ok: true, uri };
}
