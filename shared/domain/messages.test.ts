// Proves message templates are filled per language (the lead's language, else the
// organisation's, with unfilled placeholders reported), offered per channel, turned into the
// wa.me / whatsapp:// / sms: / mailto: links the phone and mail apps read, and that the touch
// goal takes only a whole number from 7 to 12.
import { describe, expect, it } from 'vitest';
import type { MessageTemplate, MessageTemplateId, PlaceholderValues } from './content';
import {
  checkTouchGoal,
  DEFAULT_TOUCH_SETTINGS,
  fillMessage,
  leadLanguage,
  mailtoUrl,
  messageLink,
  reachableChannels,
  readTouchSettings,
  smsUrl,
  templatesFor,
  whatsAppUrl,
} from './messages';

const template = (over: Partial<MessageTemplate> = {}): MessageTemplate => ({
  id: 'msg-test' as MessageTemplateId,
  name: { en: 'Test' },
  channels: [],
  subject: { en: 'About {product.name}', ar: 'بخصوص {product.name}' },
  body: {
    en: 'Hello {lead.name}, this is {agent.name}.',
    ar: 'مرحبًا {lead.name}، معك {agent.name}.',
    tr: 'Merhaba {lead.name}, ben {agent.name}.',
  },
  ...over,
});

const VALUES: PlaceholderValues = {
  'lead.name': 'Ahmed',
  'agent.name': 'Faisal',
  'product.name': 'Rawaa Pro',
};

describe('fillMessage', () => {
  it('fills the template in the language asked for', () => {
    expect(fillMessage(template(), 'ar', 'en', VALUES)).toEqual({
      subject: 'بخصوص Rawaa Pro',
      body: 'مرحبًا Ahmed، معك Faisal.',
      language: 'ar',
      isFallback: false,
      unfilled: [],
    });
    expect(fillMessage(template(), 'tr', 'en', VALUES)).toMatchObject({
      body: 'Merhaba Ahmed, ben Faisal.',
      language: 'tr',
      isFallback: false,
    });
  });

  it('takes the subject in the language of the body, else a fallback subject', () => {
    // Turkish body, no Turkish subject: the organisation's default (English) subject.
    expect(fillMessage(template(), 'tr', 'en', VALUES).subject).toBe('About Rawaa Pro');
  });

  it('falls back to the organisation’s language and says so', () => {
    const onlyEnglish = template({ body: { en: 'Hi {lead.name}' } });
    expect(fillMessage(onlyEnglish, 'ar', 'en', VALUES)).toMatchObject({
      body: 'Hi Ahmed',
      language: 'en',
      isFallback: true,
    });
  });

  it('marks and reports placeholders it has no value for', () => {
    const r = fillMessage(
      template({ body: { en: 'Hi {lead.name} of {lead.company}, until {deadline}' } }),
      'en',
      'en',
      VALUES,
    );
    expect(r.body).toBe('Hi Ahmed of ⟦lead.company⟧, until ⟦deadline⟧');
    expect(r.unfilled).toEqual(['lead.company', 'deadline']);
  });
});

describe('leadLanguage', () => {
  it('writes to a lead in their country’s language, else the organisation’s', () => {
    expect(leadLanguage('SA', 'en')).toBe('ar');
    expect(leadLanguage('EG', 'tr')).toBe('ar');
    expect(leadLanguage('TR', 'ar')).toBe('tr');
    expect(leadLanguage('GB', 'ar')).toBe('en');
    expect(leadLanguage('DE', 'tr')).toBe('tr');
    expect(leadLanguage(null, 'ar')).toBe('ar');
  });
});

describe('templatesFor', () => {
  it('offers a template on its channels, and one without channels everywhere', () => {
    const wa = template({ id: 'wa' as MessageTemplateId, channels: ['whatsapp', 'sms'] });
    const mail = template({ id: 'mail' as MessageTemplateId, channels: ['email'] });
    const any = template({ id: 'any' as MessageTemplateId, channels: [] });
    const ids = (c: 'whatsapp' | 'sms' | 'email') =>
      templatesFor([wa, mail, any], c).map((t) => t.id);
    expect(ids('whatsapp')).toEqual(['wa', 'any']);
    expect(ids('sms')).toEqual(['wa', 'any']);
    expect(ids('email')).toEqual(['mail', 'any']);
  });
});

describe('links', () => {
  it('builds wa.me and whatsapp:// links with the digits and the encoded text', () => {
    expect(whatsAppUrl('web', '+966501234567', 'مرحبًا أحمد\nmore & more')).toBe(
      'https://wa.me/966501234567?text=%D9%85%D8%B1%D8%AD%D8%A8%D9%8B%D8%A7%20%D8%A3%D8%AD%D9%85%D8%AF%0D%0Amore%20%26%20more',
    );
    expect(whatsAppUrl('app', '+905321234567', 'Merhaba')).toBe(
      'whatsapp://send?phone=905321234567&text=Merhaba',
    );
  });

  it('builds sms: and mailto: links (spaces as %20, never +)', () => {
    expect(smsUrl('+447574430148', 'Hi there?')).toBe('sms:+447574430148?body=Hi%20there%3F');
    expect(mailtoUrl(' ahmed@example.sa ', 'Your offer', 'Dear Ahmed,\nthanks')).toBe(
      'mailto:ahmed@example.sa?subject=Your%20offer&body=Dear%20Ahmed%2C%0D%0Athanks',
    );
    expect(mailtoUrl('a@b.example', ' ', 'x')).toBe('mailto:a@b.example?body=x');
  });

  it('says why there is no link: no number, no address, no text, too long', () => {
    const lead = { phoneE164: '+966501234567', email: null };
    const msg = { subject: '', body: 'Hi' };
    expect(messageLink('whatsapp', lead, msg, 'web')).toEqual({
      ok: true,
      url: 'https://wa.me/966501234567?text=Hi',
    });
    expect(messageLink('email', lead, msg, 'web')).toEqual({ ok: false, reason: 'noEmail' });
    expect(messageLink('sms', { phoneE164: null, email: 'a@b.c' }, msg, 'web')).toEqual({
      ok: false,
      reason: 'noPhone',
    });
    expect(messageLink('sms', lead, { subject: '', body: '  ' }, 'web')).toEqual({
      ok: false,
      reason: 'empty',
    });
    expect(messageLink('sms', lead, { subject: '', body: 'ب'.repeat(400) }, 'web')).toEqual({
      ok: false,
      reason: 'tooLong',
    });
  });

  it('lists the channels a lead can be written on', () => {
    expect(reachableChannels({ phoneE164: '+966501234567', email: null })).toEqual([
      'whatsapp',
      'sms',
    ]);
    expect(reachableChannels({ phoneE164: null, email: 'a@b.example' })).toEqual(['email']);
  });
});

describe('touch goal', () => {
  it('accepts a whole number from 7 to 12', () => {
    expect(checkTouchGoal('7')).toEqual({ ok: true, goal: 7 });
    expect(checkTouchGoal(' 12 ')).toEqual({ ok: true, goal: 12 });
    expect(checkTouchGoal(10)).toEqual({ ok: true, goal: 10 });
    for (const bad of ['6', '13', '9.5', '', 'ten', '-8', '1e1', '٩'])
      expect(checkTouchGoal(bad)).toEqual({ ok: false, reason: 'range' });
  });

  it('reads the stored setting, or the defaults when it is missing or broken', () => {
    expect(readTouchSettings({ goal: 11, whatsApp: 'app' })).toEqual({ goal: 11, whatsApp: 'app' });
    expect(readTouchSettings(undefined)).toEqual(DEFAULT_TOUCH_SETTINGS);
    expect(readTouchSettings({ goal: 30, whatsApp: 'app' })).toEqual(DEFAULT_TOUCH_SETTINGS);
  });
});
