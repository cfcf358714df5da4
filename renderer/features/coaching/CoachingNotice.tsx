// The agent's side of live coaching, mounted in the call bar: answers a supervisor's session on
// this desk's call (coaching-desk.ts) and, when the organisation requires it (the recording
// setting's coachingNotice), tells the agent that a supervisor is listening, whispering or on
// the call.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Chip from '@mui/material/Chip';
import HeadsetMicIcon from '@mui/icons-material/HeadsetMic';
import {
  DEFAULT_RECORDING_SETTINGS,
  recordingSettingsSchema,
} from '../../../shared/recordings/protocol';
import { useDeskDb } from '../../db/use-desk-db';
import { useCoaching } from './use-coaching';

/** Meta key of the organisation's recording settings (the synced `recording` setting). */
const RECORDING_KEY = 'recording';

export function CoachingNotice() {
  const { t } = useTranslation();
  const { desk, view } = useCoaching();
  const db = useDeskDb();
  const stored = useLiveQuery(async () => (await db.meta.get(RECORDING_KEY))?.value ?? null, [db]);
  // An offer may have come while no call bar was open: read what is waiting.
  useEffect(() => void desk.read(), [desk]);
  const parsed = recordingSettingsSchema.safeParse(stored);
  const notice = (parsed.success ? parsed.data : DEFAULT_RECORDING_SETTINGS).coachingNotice;
  if (!view.agent || !notice) return null;
  return (
    <Chip
      size="small"
      color="warning"
      icon={<HeadsetMicIcon />}
      label={t(`coaching.agentNotice.${view.agent.mode}`)}
      data-testid="coaching-notice"
      data-mode={view.agent.mode}
      role="status"
    />
  );
}
