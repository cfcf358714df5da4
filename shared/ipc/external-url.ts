// Which URLs the desk may hand to the operating system: the softphone schemes and https only.

const ALLOWED_SCHEMES = new Set(['tel:', 'sip:', 'callto:', 'https:']);

/**
 * True for `tel:`, `sip:`, `callto:` and `https://host/…` URLs. Everything else — javascript:,
 * file:, data:, http:, smb:, custom handlers, or text with hidden control characters — is refused.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  // The URL parser strips tabs and newlines ("java\tscript:"); refuse them outright instead.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u001f\u007f\s]/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_SCHEMES.has(parsed.protocol)) return false;
  if (parsed.protocol === 'https:')
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  // tel:/sip:/callto: need something to dial.
  return parsed.pathname.replace(/^\/+/, '').length > 0;
}
