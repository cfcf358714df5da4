// The agent's own state in the top bar: available, or paused for a break, training or a meeting.
// On a call and wrap-up come from the phone and show here too.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { PAUSE_REASONS } from '../../../shared/domain/telephony';
import { agentStateOf } from '../../store/phone-slice';
import { useAppStore } from '../../store/use-app-store';

const COLOR = {
  available: 'success',
  onCall: 'info',
  wrapUp: 'warning',
  paused: 'default',
  offline: 'default',
} as const;

export function AgentStateMenu() {
  const { t } = useTranslation();
  // Two primitive selections: an object would be new on every read.
  const state = useAppStore((s) => agentStateOf(s).state);
  const reason = useAppStore((s) => agentStateOf(s).reason);
  const setPauseReason = useAppStore((s) => s.setPauseReason);
  // Whether the desk's phone is registered (tests and support read it here, on every screen).
  const phone = useAppStore((s) => s.phoneStatus.kind);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const label =
    state === 'paused' && reason
      ? t('wallboard.pausedFor', { reason: t(`wallboard.reason.${reason}`) })
      : t(`wallboard.state.${state}`);
  return (
    <>
      <Chip
        label={label}
        color={COLOR[state]}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ bgcolor: state === 'paused' ? 'background.paper' : undefined }}
        data-testid="agent-state"
        data-state={state}
        data-phone={phone}
        aria-haspopup="menu"
        aria-label={t('wallboard.myState', { state: label })}
      />
      <Menu open={anchor !== null} anchorEl={anchor} onClose={() => setAnchor(null)}>
        <MenuItem
          selected={reason === null}
          onClick={() => {
            setPauseReason(null);
            setAnchor(null);
          }}
          data-testid="state-available"
        >
          {t('wallboard.state.available')}
        </MenuItem>
        {PAUSE_REASONS.map((r) => (
          <MenuItem
            key={r}
            selected={reason === r}
            onClick={() => {
              setPauseReason(r);
              setAnchor(null);
            }}
            data-testid={`state-paused-${r}`}
          >
            {t('wallboard.pausedFor', { reason: t(`wallboard.reason.${r}`) })}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
