// Runs the call recorder and the recording uploader while the desk is signed in to a server:
// records answered calls per the organisation's `recording` setting, and uploads what waits
// (at start, after each call, when the network comes back).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_RECORDING_SETTINGS,
  recordingSettingsSchema,
} from '../../../shared/recordings/protocol';
import type { LeadId } from '../../../shared/domain/ids';
import { useDeskDb } from '../../db/use-desk-db';
import { useDeskSyncController } from '../../ui/sync/use-desk-sync';
import { onCallAudio } from '../phone/call-audio-bus';
import { CallRecorder } from './recorder';
import { beep, customerLanguage, loadNotice } from './notice';
import { recordingControl } from './recording-view';
import { RecordingUploader } from './uploader';

/** Meta key of the organisation's recording setting (synced). */
export const RECORDING_SETTING_KEY = 'recording';

export function RecordingService() {
  const db = useDeskDb();
  const sync = useDeskSyncController();
  const { i18n } = useTranslation();
  // Read at answer: a language switch mid-call must not restart the recorder.
  const language = useRef(i18n.language);
  useEffect(() => {
    language.current = i18n.language;
  }, [i18n.language]);

  useEffect(() => {
    const withAccess: ConstructorParameters<typeof RecordingUploader>[0]['withAccess'] = (r) =>
      sync.withAccess(r);
    let recordingId: string | null = null;
    const uploader = new RecordingUploader({
      db,
      withAccess,
      isRecording: (id) => id === recordingId,
    });
    const recorder = new CallRecorder({
      db,
      settings: async () => {
        const value = (await db.meta.get(RECORDING_SETTING_KEY))?.value;
        const parsed = recordingSettingsSchema.safeParse(value);
        return parsed.success ? parsed.data : DEFAULT_RECORDING_SETTINGS;
      },
      notice: async (audio, call) => {
        const lead = call.leadId ? await db.leads.get(call.leadId as LeadId) : undefined;
        const bytes = await loadNotice(
          db,
          withAccess,
          customerLanguage(lead?.custom, language.current),
        );
        if (bytes) {
          try {
            return await audio.decode(bytes);
          } catch {
            // Not audio the browser can play: the beep instead.
          }
        }
        return beep(audio.context);
      },
      sealed: () => uploader.kick(),
      started: (id) => (recordingId = id),
    });
    recordingControl.setPaused = (paused) => recorder.setPaused(paused);
    const stopAudio = onCallAudio((audio, call) => void recorder.handle(audio, call));
    const online = () => uploader.kick();
    window.addEventListener('online', online);
    uploader.kick();
    return () => {
      stopAudio();
      window.removeEventListener('online', online);
      recordingControl.setPaused = () => Promise.resolve();
      uploader.stop();
    };
  }, [db, sync]);
  return null;
}
