// Messages between calls (DOMAIN.md "touches": call, e-mail, message, meeting): the templates
// offered per channel, a template filled in the lead's language, the WhatsApp / SMS / e-mail
// links that open the agent's own app with the text, and the organisation's touch settings.
import { z } from 'zod';
import {
  fillPlaceholders,
  findPlaceholders,
  type MessageTemplate,
  type PlaceholderValues,
  UNFILLED_OPEN,
} from './content';
import type { Lead, MessageChannel } from './lead';
import { resolveLocalized, type ContentLanguage } from './localized-content';

// ---------------------------------------------------------------------------------------------
// Organisation settings: the touch goal and how WhatsApp opens

/** DOMAIN.md: most customers buy after 7 touches; build a chain of 10–12. */
export const TOUCH_GOAL_MIN = 7;
export const TOUCH_GOAL_MAX = 12;
export const touchGoalSchema = z.number().int().min(TOUCH_GOAL_MIN).max(TOUCH_GOAL_MAX);

/** `web`: https://wa.me/… (WhatsApp Web or the app, as the system decides); `app`: whatsapp://. */
export const WHATSAPP_MODES = ['web', 'app'] as const;
export type WhatsAppMode = (typeof WHATSAPP_MODES)[number];

/** The `touchChain` organisation setting. */
export const touchSettingsSchema = z.object({
  goal: touchGoalSchema,
  whatsApp: z.enum(WHATSAPP_MODES),
});
export type TouchSettings = z.infer<typeof touchSettingsSchema>;

export const DEFAULT_TOUCH_SETTINGS: TouchSettings = { goal: TOUCH_GOAL_MIN, whatsApp: 'web' };

/** The stored setting, or the defaults when none is stored or it does not parse. */
export function readTouchSettings(value: unknown): TouchSettings {
  const parsed = touchSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_TOUCH_SETTINGS;
}

export type TouchGoalCheck = { ok: true; goal: number } | { ok: false; reason: 'range' };

/** A goal typed in a form: a whole number from 7 to 12. */
export function checkTouchGoal(input: string | number): TouchGoalCheck {
  const text = String(input).trim();
  if (!/^\d{1,3}$/.test(text)) return { ok: false, reason: 'range' };
  const goal = Number(text);
  return touchGoalSchema.safeParse(goal).success
    ? { ok: true, goal }
    : { ok: false, reason: 'range' };
}

// ---------------------------------------------------------------------------------------------
// Templates

/** Templates offered on a channel: those written for it, and those for every channel. */
export function templatesFor(
  templates: readonly MessageTemplate[],
  channel: MessageChannel,
): MessageTemplate[] {
  return templates.filter((t) => t.channels.length === 0 || t.channels.includes(channel));
}

export type FilledMessage = {
  subject: string;
  body: string;
  /** The language the template was written in (the lead's, or a fallback). */
  language: ContentLanguage;
  isFallback: boolean;
  /** Placeholders left unfilled (marked ⟦…⟧ in the text): the agent must write them in. */
  unfilled: string[];
};

/**
 * The template in `language` (else the organisation's default, else any), placeholders filled
 * from `values`. The body decides the language; the subject follows it when written there.
 */
export function fillMessage(
  template: MessageTemplate,
  language: ContentLanguage,
  orgDefault: ContentLanguage,
  values: PlaceholderValues,
): FilledMessage {
  const body = resolveLocalized(template.body, language, orgDefault);
  const lang = body?.language ?? language;
  const subject =
    template.subject[lang] !== undefined
      ? template.subject[lang]
      : (resolveLocalized(template.subject, language, orgDefault)?.value ?? '');
  const filledBody = fillPlaceholders(body?.value ?? '', values);
  const filledSubject = fillPlaceholders(subject ?? '', values);
  const unfilled = [
    ...new Set(
      [filledSubject, filledBody].flatMap((text) =>
        [...text.matchAll(/⟦([^⟧]*)⟧/g)].map((m) => m[1] ?? ''),
      ),
    ),
  ];
  return {
    subject: filledSubject,
    body: filledBody,
    language: lang,
    isFallback: body?.isFallback ?? false,
    unfilled,
  };
}

/** Whether a text still has an unfilled placeholder mark or a raw `{placeholder}`. */
export function hasUnfilled(text: string): boolean {
  return text.includes(UNFILLED_OPEN) || findPlaceholders(text).length > 0;
}

const ARABIC_COUNTRIES = new Set(
  'SA AE KW QA BH OM YE IQ JO SY LB PS EG LY TN DZ MA SD MR'.split(' '),
);
const ENGLISH_COUNTRIES = new Set('GB US IE AU NZ CA'.split(' '));

/** The language to write to a lead in, from their country; else the organisation's language. */
export function leadLanguage(country: string | null, orgDefault: ContentLanguage): ContentLanguage {
  if (country === 'TR') return 'tr';
  if (country && ARABIC_COUNTRIES.has(country)) return 'ar';
  if (country && ENGLISH_COUNTRIES.has(country)) return 'en';
  return orgDefault;
}

// ---------------------------------------------------------------------------------------------
// Links

/** The desktop shell opens at most this long a link (shared/ipc/contract.ts). */
export const MAX_LINK_LENGTH = 2048;

export type MessageLink =
  { ok: true; url: string } | { ok: false; reason: 'noPhone' | 'noEmail' | 'empty' | 'tooLong' };

// Line breaks as CRLF (RFC 6068 for mailto; the phone apps take either).
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/** wa.me and whatsapp:// want the number as digits only, country code first. */
export function whatsAppUrl(mode: WhatsAppMode, phoneE164: string, text: string): string {
  const digits = phoneE164.replace(/\D/g, '');
  return mode === 'app'
    ? `whatsapp://send?phone=${digits}&text=${encode(text)}`
    : `https://wa.me/${digits}?text=${encode(text)}`;
}

/** RFC 5724: sms:<number>?body=<text>. */
export function smsUrl(phoneE164: string, text: string): string {
  return `sms:${phoneE164}?body=${encode(text)}`;
}

/** RFC 6068: mailto:<address>?subject=…&body=… (spaces as %20, never +). */
export function mailtoUrl(email: string, subject: string, body: string): string {
  const query = [
    subject.trim() ? `subject=${encode(subject.trim())}` : null,
    body ? `body=${encode(body)}` : null,
  ].filter((part) => part !== null);
  return `mailto:${encodeURIComponent(email.trim()).replace(/%40/g, '@')}${query.length ? `?${query.join('&')}` : ''}`;
}

/** The link that opens the agent's app on `channel` with the message, or why there is none. */
export function messageLink(
  channel: MessageChannel,
  lead: Pick<Lead, 'phoneE164' | 'email'>,
  message: { subject: string; body: string },
  whatsApp: WhatsAppMode,
): MessageLink {
  if (!message.body.trim()) return { ok: false, reason: 'empty' };
  let url: string;
  if (channel === 'email') {
    if (!lead.email?.trim()) return { ok: false, reason: 'noEmail' };
    url = mailtoUrl(lead.email, message.subject, message.body);
  } else {
    if (!lead.phoneE164) return { ok: false, reason: 'noPhone' };
    url =
      channel === 'sms'
        ? smsUrl(lead.phoneE164, message.body)
        : whatsAppUrl(whatsApp, lead.phoneE164, message.body);
  }
  return url.length > MAX_LINK_LENGTH ? { ok: false, reason: 'tooLong' } : { ok: true, url };
}

/** The channels a lead can be written to: WhatsApp and SMS need a phone, e-mail an address. */
export function reachableChannels(lead: Pick<Lead, 'phoneE164' | 'email'>): MessageChannel[] {
  const out: MessageChannel[] = [];
  if (lead.phoneE164) out.push('whatsapp', 'sms');
  if (lead.email?.trim()) out.push('email');
  return out;
}

// ---------------------------------------------------------------------------------------------
// The server's e-mail route (server/routes/messages.ts)

/** GET /api/messages/email: whether the server has SMTP settings to send with. */
export const mailStatusSchema = z.object({ smtp: z.boolean() });

/** POST /api/messages/email: the server sends to the lead's own address, never another. */
export const leadEmailInputSchema = z.strictObject({
  leadId: z.string().min(1).max(100),
  subject: z.string().max(300),
  text: z.string().min(1).max(4000),
});
export type LeadEmailInput = z.infer<typeof leadEmailInputSchema>;
