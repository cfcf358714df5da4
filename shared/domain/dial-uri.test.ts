import { describe, expect, it } from 'vitest';
import { buildDialUri, isValidDialTemplate } from './dial-uri';

describe('click-to-call URI', () => {
  it.each([
    ['tel:{e164}', 'tel:+905321234567'],
    ['sip:{e164}@pbx.example.com', 'sip:+905321234567@pbx.example.com'],
    ['callto:{digits}', 'callto:905321234567'],
    ['sip:{national}@10.0.0.5;transport=tcp', 'sip:5321234567@10.0.0.5;transport=tcp'],
  ])('fills %s', (template, uri) => {
    expect(buildDialUri(template, '+905321234567', '90')).toEqual({ ok: true, uri });
  });

  it('refuses a number that is not E.164', () => {
    expect(buildDialUri('tel:{e164}', '0532 123 45 67')).toEqual({
      ok: false,
      reason: 'badNumber',
    });
    expect(buildDialUri('tel:{e164}', '+0123')).toEqual({ ok: false, reason: 'badNumber' });
  });

  it.each([
    'javascript:{e164}',
    'https://x/{e164}',
    'tel:',
    'tel:{e164} onclick',
    'sip:{e164}@"evil"',
  ])('refuses the template %s', (template) => {
    expect(isValidDialTemplate(template)).toBe(false);
    expect(buildDialUri(template, '+905321234567')).toEqual({ ok: false, reason: 'badTemplate' });
  });
});
