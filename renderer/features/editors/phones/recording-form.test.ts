import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RECORDING_SETTINGS,
  MAX_ANNOUNCEMENT_BYTES,
} from '../../../../shared/recordings/protocol';
import {
  announcementFileProblem,
  checkRecordingDraft,
  recordingDraft,
  recordingSettingsFrom,
} from './recording-form';

describe('recording form', () => {
  it('reads the stored setting, and the defaults for anything unreadable', () => {
    const stored = {
      mode: 'announce',
      allowPause: false,
      retentionDays: null,
      coachingNotice: false,
    };
    expect(recordingSettingsFrom(stored)).toEqual(stored);
    expect(recordingSettingsFrom(undefined)).toEqual(DEFAULT_RECORDING_SETTINGS);
    expect(recordingSettingsFrom({ mode: 'sometimes' })).toEqual(DEFAULT_RECORDING_SETTINGS);
  });

  it('round-trips settings through the draft, "keep for ever" as null days', () => {
    for (const settings of [
      DEFAULT_RECORDING_SETTINGS,
      { mode: 'announce', allowPause: false, retentionDays: 30, coachingNotice: true } as const,
      { mode: 'on', allowPause: true, retentionDays: null, coachingNotice: false } as const,
    ])
      expect(checkRecordingDraft(recordingDraft(settings))).toEqual({ ok: true, settings });
    // For ever keeps the last number typed in the box, ready if the box is ticked off again.
    const forever = recordingDraft({ ...DEFAULT_RECORDING_SETTINGS, retentionDays: null });
    expect(forever).toMatchObject({ keepForever: true, days: '90' });
  });

  it('takes whole days from 1 to 3650, in Latin or Arabic-Indic digits', () => {
    const draft = recordingDraft(DEFAULT_RECORDING_SETTINGS);
    const days = (text: string) => checkRecordingDraft({ ...draft, days: text });
    expect(days(' 30 ')).toMatchObject({ ok: true, settings: { retentionDays: 30 } });
    expect(days('٣٠')).toMatchObject({ ok: true, settings: { retentionDays: 30 } });
    expect(days('1')).toMatchObject({ ok: true, settings: { retentionDays: 1 } });
    expect(days('3650')).toMatchObject({ ok: true, settings: { retentionDays: 3650 } });
    for (const bad of ['', '0', '3651', '12.5', '-3', 'abc', '99999'])
      expect(days(bad), bad).toEqual({ ok: false, error: 'days' });
    // The box does not matter when the recordings are kept for ever.
    expect(checkRecordingDraft({ ...draft, days: 'abc', keepForever: true })).toMatchObject({
      ok: true,
      settings: { retentionDays: null },
    });
  });

  it('refuses a notice file that is not audio, empty or too large before it is sent', () => {
    expect(announcementFileProblem({ type: 'audio/wav', size: 10_000 })).toBeNull();
    expect(
      announcementFileProblem({ type: 'audio/mpeg', size: MAX_ANNOUNCEMENT_BYTES }),
    ).toBeNull();
    expect(announcementFileProblem({ type: 'text/plain', size: 10 })).toBe('notAudio');
    expect(announcementFileProblem({ type: '', size: 10 })).toBe('notAudio');
    expect(announcementFileProblem({ type: 'audio/wav', size: 0 })).toBe('empty');
    expect(announcementFileProblem({ type: 'audio/wav', size: MAX_ANNOUNCEMENT_BYTES + 1 })).toBe(
      'tooLarge',
    );
  });
});
