import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Badge from '@mui/material/Badge';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudSyncIcon from '@mui/icons-material/CloudSync';
import SyncProblemIcon from '@mui/icons-material/SyncProblem';
import type { SyncState } from '../../sync/engine';
import { useDeskDb } from '../../db/use-desk-db';
import { useFormat } from '../../i18n/use-format';
import { useDeskSync } from '../../ui/sync/use-desk-sync';
import { SyncPanel } from './SyncPanel';

/** What the chip says: the engine's state, with "online" once synced and live. */
export type ChipState =
  'online' | 'syncing' | 'offline' | 'backoff' | 'signedOut' | 'upgradeRequired';

function chipState(state: SyncState | undefined): ChipState {
  switch (state) {
    case 'syncing':
      return 'syncing';
    case 'offline':
      return 'offline';
    case 'backoff':
      return 'backoff';
    case 'signedOut':
      return 'signedOut';
    case 'upgradeRequired':
      return 'upgradeRequired';
    default:
      return 'online';
  }
}

const LOOK = {
  online: { icon: <CloudDoneIcon />, color: 'success', label: 'sync.status.live' },
  syncing: { icon: <CloudSyncIcon />, color: 'info', label: 'sync.status.syncing' },
  offline: { icon: <CloudOffIcon />, color: 'warning', label: 'sync.status.offline' },
  backoff: { icon: <SyncProblemIcon />, color: 'warning', label: 'sync.status.backoff' },
  signedOut: { icon: <SyncProblemIcon />, color: 'error', label: 'sync.status.signedOut' },
  upgradeRequired: {
    icon: <SyncProblemIcon />,
    color: 'error',
    label: 'sync.status.upgradeRequired',
  },
} as const;

/**
 * Always in the app bar while signed in to a server: online / syncing / offline, how many changes
 * wait to be sent, and a badge for refused ones. Click for the panel with details.
 */
export function SyncStatusChip() {
  const { t } = useTranslation();
  const format = useFormat();
  const db = useDeskDb();
  const { status } = useDeskSync();
  const pending = useLiveQuery(() => db.outbox.count(), [db]) ?? 0;
  const refused = useLiveQuery(() => db.rejections.count(), [db]) ?? 0;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const state = chipState(status?.state);
  const look = LOOK[state];
  const label = pending > 0 ? `${t(look.label)} · ${format.number(pending)}` : t(look.label);
  return (
    <>
      <Tooltip title={t('sync.status.tooltip')}>
        <Badge
          color="error"
          badgeContent={refused > 0 ? format.number(refused) : null}
          overlap="rectangular"
          data-testid="sync-rejections-badge"
        >
          <Chip
            size="small"
            icon={look.icon}
            color={look.color}
            label={label}
            onClick={(e) => setAnchor(e.currentTarget)}
            data-testid="connection-state"
            data-state={state === 'online' || state === 'syncing' ? 'online' : state}
            data-sync-state={state}
            data-pending={pending}
            data-live={status?.live ? 'true' : 'false'}
            data-initial-sync={status?.initialSyncDone ? 'done' : 'pending'}
            aria-haspopup="dialog"
          />
        </Badge>
      </Tooltip>
      <SyncPanel anchor={anchor} onClose={() => setAnchor(null)} pending={pending} />
    </>
  );
}
