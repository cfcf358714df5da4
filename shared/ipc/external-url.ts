// Which URLs the desk may hand to the operating system: the softphone schemes, the agent's
// messaging apps (mailto:, sms:, whatsapp:) and https only.

const DIAL_SCHEMES = new Set(['tel:', 'sip:', 'callto:']);
/** Writing to a lead (renderer/features/messages): the mail, SMS and WhatsApp apps. */
const MESSAGE_SCHEMES = new Set(['mailto:', 'sms:', 'whatsapp:']);
/** A message link carries its text, whose line breaks are percent-encoded (%0D%0A). */
const MESSAGE_LINK = /^(?:mailto:|sms:|whatsapp:|https:\/\/wa\.me\/)/i;
const ENCODED_LINE_BREAK = /%0[ad]/gi;

// C0/C1 controls, any whitespace, backslashes, and Unicode format characters (zero-width and
// bidi overrides), also percent-encoded controls: the URL parser silently drops or rewrites some
// of them ("java\tscript:", "https:\\evil"), the rest only make a link look like what it is not.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const SUSPICIOUS = /[\u0000-\u001f\u007f-\u009f\s\\\p{Cf}]|%(?:[01][0-9a-f]|7f)/iu;

/**
 * True for `tel:`, `sip:` and `callto:` URLs with something to dial, and for `https://host/…`
 * without credentials. Everything else — javascript:, file:, data:, http:, smb:, vbscript:,
 * custom handlers, malformed text, or text with hidden characters — is refused.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return false;
  // Only a message link may carry encoded line breaks (its text); nothing else hidden, anywhere.
  const checked = MESSAGE_LINK.test(url) ? url.replace(ENCODED_LINE_BREAK, '') : url;
  if (SUSPICIOUS.test(checked)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // `parsed.protocol` is lower-cased, so "TEL:" and "HTTPS:" are judged like their lower case.
  if (parsed.protocol === 'https:') {
    // Only the canonical form: "https:host" and "https:/host" parse as https://host too, and the
    // OS handler would see the raw text, not what was checked.
    if (!/^https:\/\/[^/]/i.test(url)) return false;
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  }
  if (DIAL_SCHEMES.has(parsed.protocol)) {
    // Something to dial after the scheme ("callto://+44…" puts it in the host): "tel:" is not a
    // number.
    return /[0-9a-z]/i.test(parsed.host + parsed.pathname);
  }
  // Someone to write to: an address, a number, or WhatsApp's send?phone=….
  if (MESSAGE_SCHEMES.has(parsed.protocol)) {
    const to =
      parsed.protocol === 'whatsapp:'
        ? (parsed.searchParams.get('phone') ?? '')
        : parsed.host + parsed.pathname;
    return /[0-9a-z]/i.test(to);
  }
  return false;
}
