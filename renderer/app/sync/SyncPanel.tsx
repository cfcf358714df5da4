import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Popover from '@mui/material/Popover';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import SyncIcon from '@mui/icons-material/Sync';
import { useDeskDb } from '../../db/use-desk-db';
import { useFormat } from '../../i18n/use-format';
import { useDeskSync, useDeskSyncController } from '../../ui/sync/use-desk-sync';
import { useTokenPersistence } from '../../ui/sync/use-token-persistence';
import { RejectionList } from './RejectionList';

export type SyncPanelProps = {
  anchor: HTMLElement | null;
  onClose: () => void;
  pending: number;
};

/** Details behind the sync chip: pending changes, last sync, "sync now", refused changes. */
export function SyncPanel({ anchor, onClose, pending }: SyncPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const db = useDeskDb();
  const sync = useDeskSyncController();
  const { status, account } = useDeskSync();
  const notKept = useTokenPersistence();
  const [busy, setBusy] = useState(false);
  const rejections = useLiveQuery(() => db.rejections.orderBy('at').reverse().toArray(), [db]);
  const paper = useRef<HTMLDivElement>(null);
  const syncNow = async () => {
    // The button is disabled while it works, and a disabled button loses the focus to the page,
    // outside the panel, where Escape no longer closes it: the panel takes the focus first.
    paper.current?.focus();
    setBusy(true);
    try {
      await sync.syncNow();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popover
      open={anchor !== null}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{
        paper: {
          ref: paper,
          sx: { width: 420, maxWidth: '95vw', outline: 'none' },
          'data-testid': 'sync-panel',
        } as object,
      }}
    >
      <Box sx={{ p: 2 }}>
        <Typography variant="h6" component="h2">
          {t('sync.panelTitle')}
        </Typography>
        {account && (
          <Typography variant="body2" color="text.secondary">
            {/* First-strong isolate: the address stays left-to-right inside Arabic text. */}
            {t('sync.server', { url: `\u2068${account.serverUrl}\u2069` })}
          </Typography>
        )}
        {notKept && (
          <Alert severity="warning" sx={{ mt: 1.5 }} data-testid="sync-sign-in-not-kept">
            {notKept === 'weakEncryption'
              ? t('sync.signInNotKept.weakEncryption')
              : t('sync.signInNotKept.noEncryption')}
          </Alert>
        )}
        <Stack sx={{ gap: 0.5, mt: 1.5 }}>
          <Typography variant="body2" data-testid="sync-pending">
            {pending > 0
              ? t('sync.pending', { count: pending, n: format.number(pending) })
              : t('sync.allSent')}
          </Typography>
          <Typography variant="body2" data-testid="sync-last-synced">
            {status?.lastSyncedAt
              ? t('sync.lastSynced', { time: format.dateTime(status.lastSyncedAt) })
              : t('sync.neverSynced')}
          </Typography>
          {status?.state === 'backoff' && status.nextRetryAt && (
            <Typography variant="body2" color="warning.main">
              {t('sync.nextRetry', { time: format.time(status.nextRetryAt) })}
            </Typography>
          )}
        </Stack>
        <Button
          sx={{ mt: 1.5 }}
          variant="outlined"
          size="small"
          startIcon={<SyncIcon />}
          disabled={busy}
          onClick={() => void syncNow()}
          data-testid="sync-now"
        >
          {t('sync.syncNow')}
        </Button>
      </Box>
      {rejections && rejections.length > 0 && (
        <>
          <Divider />
          <RejectionList rejections={rejections} onOpened={onClose} />
        </>
      )}
    </Popover>
  );
}
