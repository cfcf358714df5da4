// The notice played to the customer at answer when the organisation announces recordings: its
// own audio for the customer's language (fetched from the server, cached on the desk so it plays
// offline too), else a short beep made with Web Audio.
import type { DeskDatabase } from '../../db/schema';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { normaliseServerUrl } from '../../sync/transport';
import type { WithAccess } from './uploader';

export const NOTICE_LANGUAGES = ['en', 'ar', 'tr'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

const cacheKey = (lang: NoticeLanguage) => `recordingNotice:${lang}`;

/** The customer's language: the lead's own (a `language` custom field), else the desk's. */
export function customerLanguage(
  leadCustom: Record<string, string> | undefined,
  deskLanguage: string,
): NoticeLanguage {
  const pick = (v: string | undefined) =>
    NOTICE_LANGUAGES.find((l) => v?.trim().toLowerCase().startsWith(l));
  return pick(leadCustom?.language) ?? pick(deskLanguage) ?? 'en';
}

/**
 * The organisation's notice in `lang`: from the server when it answers (and then cached), the
 * cached copy when it does not, null when there is none.
 */
export async function loadNotice(
  db: DeskDatabase,
  withAccess: WithAccess,
  lang: NoticeLanguage,
): Promise<ArrayBuffer | null> {
  try {
    const res = await withAccess((token, serverUrl) =>
      fetch(`${normaliseServerUrl(serverUrl)}/api/recordings/announcement/${lang}`, {
        headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), authorization: `Bearer ${token}` },
        cache: 'no-store',
        // At answer the customer is waiting: a slow server falls back to the cached copy.
        signal: AbortSignal.timeout(3_000),
      }),
    );
    if (res.status === 404) {
      await db.meta.delete(cacheKey(lang)).catch(() => undefined);
      return null;
    }
    if (res.ok) {
      const bytes = await res.arrayBuffer();
      await db.meta.put({ key: cacheKey(lang), value: bytes }).catch(() => undefined);
      return bytes;
    }
  } catch {
    // Offline: the cached copy below.
  }
  const cached = (await db.meta.get(cacheKey(lang)).catch(() => undefined))?.value;
  return cached instanceof ArrayBuffer ? cached : null;
}

/** Two short 880 Hz beeps: the notice when the organisation has no audio for the language. */
export function beep(context: BaseAudioContext): AudioBuffer {
  const rate = context.sampleRate;
  const buffer = context.createBuffer(1, Math.round(rate * 0.7), rate);
  const data = buffer.getChannelData(0);
  for (let i = 0; i < data.length; i++) {
    const t = i / rate;
    const on = t < 0.25 || (t >= 0.4 && t < 0.65);
    data[i] = on ? 0.3 * Math.sin(2 * Math.PI * 880 * t) : 0;
  }
  return buffer;
}
