// The administrator's call-recording card (issue 13): the form's draft of the organisation's
// `recording` setting, its check, and the check of an announcement file before it is sent.
import {
  DEFAULT_RECORDING_SETTINGS,
  MAX_ANNOUNCEMENT_BYTES,
  recordingSettingsSchema,
  type RecordingMode,
  type RecordingSettings,
} from '../../../../shared/recordings/protocol';

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

/** What the form edits: the days as typed, kept apart from "keep for ever". */
export type RecordingDraft = {
  mode: RecordingMode;
  allowPause: boolean;
  keepForever: boolean;
  days: string;
  coachingNotice: boolean;
};

/** The stored setting (anything unreadable: the defaults, as every desk records by them). */
export function recordingSettingsFrom(value: unknown): RecordingSettings {
  const parsed = recordingSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_RECORDING_SETTINGS;
}

export function recordingDraft(settings: RecordingSettings): RecordingDraft {
  return {
    mode: settings.mode,
    allowPause: settings.allowPause,
    keepForever: settings.retentionDays === null,
    days: String(settings.retentionDays ?? DEFAULT_RECORDING_SETTINGS.retentionDays ?? 90),
    coachingNotice: settings.coachingNotice,
  };
}

export type RecordingCheck =
  { ok: true; settings: RecordingSettings } | { ok: false; error: 'days' };

/** The settings the draft stands for, or why not (days: a whole number from 1 to 3650). */
export function checkRecordingDraft(draft: RecordingDraft): RecordingCheck {
  let retentionDays: number | null = null;
  if (!draft.keepForever) {
    // Arabic-Indic and Persian digits count as the digits they are.
    const text = draft.days
      .trim()
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
    if (!/^\d{1,4}$/.test(text)) return { ok: false, error: 'days' };
    retentionDays = Number(text);
    if (retentionDays < MIN_RETENTION_DAYS || retentionDays > MAX_RETENTION_DAYS)
      return { ok: false, error: 'days' };
  }
  return {
    ok: true,
    settings: {
      mode: draft.mode,
      allowPause: draft.allowPause,
      retentionDays,
      coachingNotice: draft.coachingNotice,
    },
  };
}

export const sameSettings = (a: RecordingSettings, b: RecordingSettings) =>
  a.mode === b.mode &&
  a.allowPause === b.allowPause &&
  a.retentionDays === b.retentionDays &&
  a.coachingNotice === b.coachingNotice;

export type AnnouncementFileProblem = 'notAudio' | 'empty' | 'tooLarge';

/** Why a chosen file cannot be the notice (checked before it is sent), or null. */
export function announcementFileProblem(file: {
  type: string;
  size: number;
}): AnnouncementFileProblem | null {
  if (!file.type.toLowerCase().startsWith('audio/')) return 'notAudio';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_ANNOUNCEMENT_BYTES) return 'tooLarge';
  return null;
}
