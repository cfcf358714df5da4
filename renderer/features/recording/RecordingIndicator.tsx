// In the call bar while the call is recorded: a red dot with "Recording" (or "Paused"), the
// pause / resume button when the organisation allows pausing (card numbers), and why recording
// stopped when it did (the call itself goes on).
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import FiberManualRecordIcon from '@mui/icons-material/FiberManualRecord';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import { recordingControl, useRecordingView } from './recording-view';

export function RecordingIndicator() {
  const { t } = useTranslation();
  const view = useRecordingView();
  if (!view) return null;
  if (view.state === 'failed') {
    const error = view.error ?? 'failed';
    return (
      <Tooltip
        title={t(
          `recording.error.${error === 'quota' || error === 'unsupported' ? error : 'failed'}`,
        )}
      >
        <Chip
          size="small"
          color="warning"
          variant="outlined"
          label={t('recording.indicator.failed')}
          data-testid="recording-indicator"
          data-state="failed"
          data-error={error}
          role="status"
          aria-label={t(
            `recording.error.${error === 'quota' || error === 'unsupported' ? error : 'failed'}`,
          )}
        />
      </Tooltip>
    );
  }
  const paused = view.state === 'paused';
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <Chip
        size="small"
        variant="outlined"
        color={paused ? 'default' : 'error'}
        icon={
          paused ? (
            <PauseCircleIcon fontSize="small" />
          ) : (
            <FiberManualRecordIcon fontSize="small" color="error" />
          )
        }
        label={t(paused ? 'recording.indicator.paused' : 'recording.indicator.recording')}
        data-testid="recording-indicator"
        data-state={view.state}
        data-recording-id={view.id}
        role="status"
      />
      {view.allowPause && (
        <Tooltip title={t(paused ? 'recording.indicator.resume' : 'recording.indicator.pause')}>
          <IconButton
            size="small"
            onClick={() => void recordingControl.setPaused(!paused)}
            aria-pressed={paused}
            aria-label={t(paused ? 'recording.indicator.resume' : 'recording.indicator.pause')}
            data-testid="recording-pause"
          >
            {paused ? <PlayCircleIcon fontSize="small" /> : <PauseCircleIcon fontSize="small" />}
          </IconButton>
        </Tooltip>
      )}
    </Box>
  );
}
