// Beside the sync status: how many call recordings wait to upload, and those the server refused
// with the reason, so the agent knows the audio is safe on this computer (or what went wrong).
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import SyncProblemIcon from '@mui/icons-material/SyncProblem';
import { useDeskDb } from '../../db/use-desk-db';

const KNOWN_REASONS = [
  'storageFull',
  'forbidden',
  'recordingConflict',
  'chunkConflict',
  'hashMismatch',
  'localChanged',
  'sessionEnded',
  'invalidRequest',
] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];
const isKnown = (code: string | null): code is KnownReason =>
  (KNOWN_REASONS as readonly (string | null)[]).includes(code);

export function RecordingUploads() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const rows = useLiveQuery(
    () => db.recordings.where('status').anyOf(['recording', 'sealed', 'failed']).toArray(),
    [db],
  );
  if (!rows) return null;
  const waiting = rows.filter((r) => r.status === 'sealed');
  const failed = rows.filter((r) => r.status === 'failed');
  if (waiting.length === 0 && failed.length === 0) return null;
  const reasonOf = (code: string | null) =>
    isKnown(code)
      ? t(`recording.reason.${code}`)
      : t('recording.reason.other', { code: code ?? '?' });
  const shown = waiting.find((r) => r.uploadError)?.uploadError ?? null;
  if (failed.length > 0) {
    const reasons = [...new Set(failed.map((r) => reasonOf(r.uploadError)))].join(' ');
    return (
      <Tooltip title={`${reasons} ${t('recording.uploads.kept')}`}>
        <Chip
          size="small"
          color="error"
          icon={<SyncProblemIcon />}
          label={t('recording.uploads.failed', { count: failed.length, n: failed.length })}
          data-testid="recording-uploads"
          data-state="failed"
          data-reason={failed[0]?.uploadError ?? ''}
          data-count={failed.length}
        />
      </Tooltip>
    );
  }
  return (
    <Tooltip
      title={
        shown ? `${reasonOf(shown)} ${t('recording.uploads.kept')}` : t('recording.uploads.kept')
      }
    >
      <Chip
        size="small"
        color={shown ? 'warning' : 'default'}
        icon={<CloudUploadIcon />}
        label={t('recording.uploads.waiting', { count: waiting.length, n: waiting.length })}
        data-testid="recording-uploads"
        data-state="waiting"
        data-count={waiting.length}
      />
    </Tooltip>
  );
}
