import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-url';

describe('openExternal allowlist', () => {
  it.each([
    ['tel:+905321234567', 'a phone number for the softphone'],
    ['sip:+966501234567@pbx.example.com', 'a SIP address on the PBX'],
    ['sip:905321234567@10.0.0.5;transport=udp', 'a SIP address with parameters'],
    ['callto:+442079460123', 'a callto: number'],
    ['callto://+442079460123', 'the Skype-style callto:// form'],
    ['https://www.example.com/pricing?plan=pro#faq', 'a web page'],
    ['TEL:+905321234567', 'an upper-case scheme'],
    ['HTTPS://EXAMPLE.COM/', 'an upper-case web address'],
    [
      'mailto:ahmed@example.sa?subject=Offer&body=Dear%20Ahmed%2C%0D%0Athanks',
      'an e-mail to a lead',
    ],
    [
      'sms:+966501234567?body=%D9%85%D8%B1%D8%AD%D8%A8%D9%8B%D8%A7%0D%0Abye',
      'an SMS with two lines',
    ],
    ['whatsapp://send?phone=966501234567&text=Hi%0D%0Athere', 'the WhatsApp desktop app'],
    ['https://wa.me/966501234567?text=Hi%0D%0Athere', 'a wa.me link with two lines'],
  ])('allows %s (%s)', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', 'script'],
    ['JaVaScRiPt:alert(1)', 'script in mixed case'],
    ['java\tscript:alert(1)', 'a tab the URL parser would drop'],
    ['java\nscript:alert(1)', 'a newline the URL parser would drop'],
    [' javascript:alert(1)', 'leading whitespace'],
    ['\u0000tel:+905321234567', 'a leading NUL'],
    ['tel:+90532\u200b1234567', 'a zero-width space'],
    ['https://example.com/\u202egnp.exe', 'a right-to-left override'],
    ['tel:+90%0a532', 'a percent-encoded newline'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'a local file'],
    ['FILE:///C:/Windows/System32/calc.exe', 'a local file in upper case'],
    ['data:text/html,<script>alert(1)</script>', 'a data URL'],
    ['http://example.com', 'plain http'],
    ['smb://server/share', 'a network share'],
    ['ms-settings:privacy', 'an OS settings handler'],
    ['mailto:', 'mail to nobody'],
    ['sms:?body=hi', 'an SMS to no number'],
    ['whatsapp://send?text=hi', 'WhatsApp to no number'],
    ['mailto:a@b.example?body=%00x', 'a percent-encoded NUL in a message'],
    ['https://example.com/?q=%0d%0a', 'encoded line breaks outside a message link'],
    ['https://user:pw@example.com', 'credentials in the URL'],
    ['https://evil.example@bank.example', 'a user-info lookalike'],
    ['https:evil.example', 'https without slashes'],
    ['https:\\\\evil.example', 'https with backslashes'],
    ['https://', 'https without a host'],
    ['tel:', 'tel without a number'],
    ['sip:@', 'sip without an address'],
    ['tel:+()-', 'tel without a digit'],
    ['not a url', 'free text'],
    ['', 'nothing'],
    [`https://example.com/${'a'.repeat(2048)}`, 'an absurdly long URL'],
  ])('refuses %j (%s)', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
