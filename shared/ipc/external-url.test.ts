import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-url';

describe('openExternal allowlist', () => {
  it.each([
    'tel:+905321234567',
    'sip:+966501234567@pbx.example.com',
    'callto:+442079460123',
    'https://www.example.com/pricing',
    'TEL:+905321234567',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'http://example.com',
    'smb://server/share',
    'vbscript:msgbox(1)',
    'ms-settings:privacy',
    'https://user:pw@example.com',
    'https://',
    'tel:',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
