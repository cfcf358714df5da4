// The call bar: the phone's state, the call in progress with its time and line quality, hang up,
// mute, hold, the keypad for IVRs and gatekeepers, the audio devices, and the power dialler's
// wrap-up countdown with pause and resume.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Popover from '@mui/material/Popover';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import CallEndIcon from '@mui/icons-material/CallEnd';
import DialpadIcon from '@mui/icons-material/Dialpad';
import MicOffIcon from '@mui/icons-material/MicOff';
import MicIcon from '@mui/icons-material/Mic';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SettingsVoiceIcon from '@mui/icons-material/SettingsVoice';
import SignalCellularAltIcon from '@mui/icons-material/SignalCellularAlt';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store/use-app-store';
import { KeyCap } from '../../ui/shortcuts/KeyCap';
import { RecordingIndicator } from '../recording/RecordingIndicator';
import { loadAudioDevices, saveAudioDevices } from './audio-devices';
import { usePhone } from './phone-context';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

export function PhoneBar() {
  const { t } = useTranslation();
  const format = useFormat();
  const handle = usePhone();
  const status = useAppStore((s) => s.phoneStatus);
  const call = useAppStore((s) => s.liveCall);
  const micProblem = useAppStore((s) => s.micProblem);
  const dialMode = useAppStore((s) => s.dialMode);
  const setDialMode = useAppStore((s) => s.setDialMode);
  const wrapUpUntil = useAppStore((s) => s.wrapUpUntil);
  const powerPaused = useAppStore((s) => s.powerPaused);
  const setPowerPaused = useAppStore((s) => s.setPowerPaused);
  const [keypad, setKeypad] = useState<HTMLElement | null>(null);
  const [sent, setSent] = useState('');
  const [devicesAt, setDevicesAt] = useState<HTMLElement | null>(null);
  const now = useNow(call !== null || wrapUpUntil !== null);

  if (status.kind === 'none') return null;
  const softphone = handle?.softphone ?? null;
  const talking = call?.phase === 'talking';
  // While a colleague is being called the customer stays on hold: the bar's controls wait.
  const controls = talking && !call?.consult;
  const since = call ? (call.answeredAt ?? call.startedAt) : null;

  return (
    <Stack sx={{ gap: 1 }} data-testid="phone-bar">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Chip
          size="small"
          color={
            status.kind === 'registered'
              ? 'success'
              : status.kind === 'failed'
                ? 'error'
                : 'default'
          }
          label={t(`phone.status.${status.kind}`)}
          data-testid="phone-status"
          data-state={status.kind}
        />
        {dialMode === 'power' && (
          // Pausing during a call means: do not dial the next lead after this one.
          <Button
            size="small"
            onClick={() => setPowerPaused(!powerPaused)}
            startIcon={powerPaused ? <PlayArrowIcon /> : <PauseIcon />}
            data-testid="power-pause"
            data-paused={powerPaused}
          >
            {t(powerPaused ? 'phone.power.resume' : 'phone.power.pause')}
          </Button>
        )}
        {call ? (
          <>
            <Typography sx={{ fontWeight: 600 }} data-testid="call-phase" data-phase={call.phase}>
              {t(`phone.phase.${call.phase}`)}
            </Typography>
            <Typography
              component="span"
              sx={{ fontVariantNumeric: 'tabular-nums', unicodeBidi: 'isolate' }}
              data-testid="phone-timer"
            >
              {since !== null ? format.clock(Math.max(0, now - since) / 1000) : ''}
            </Typography>
            {call.quality && (
              <Tooltip title={t(`phone.quality.${call.quality}`)}>
                <SignalCellularAltIcon
                  fontSize="small"
                  color={
                    call.quality === 'good'
                      ? 'success'
                      : call.quality === 'fair'
                        ? 'warning'
                        : 'error'
                  }
                  data-testid="call-quality"
                  data-quality={call.quality}
                  aria-label={t(`phone.quality.${call.quality}`)}
                />
              </Tooltip>
            )}
            {talking && <RecordingIndicator />}
            <Box sx={{ flexGrow: 1 }} />
            <Tooltip title={t(call.muted ? 'phone.unmute' : 'phone.mute')}>
              <span>
                <IconButton
                  disabled={!controls}
                  onClick={() => softphone?.setMuted(!call.muted)}
                  aria-pressed={call.muted}
                  aria-label={t(call.muted ? 'phone.unmute' : 'phone.mute')}
                  data-testid="phone-mute"
                >
                  {call.muted ? <MicOffIcon /> : <MicIcon />}
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title={t(call.held ? 'phone.resume' : 'phone.hold')}>
              <span>
                <IconButton
                  disabled={!controls}
                  onClick={() => softphone?.setHeld(!call.held)}
                  aria-pressed={call.held}
                  aria-label={t(call.held ? 'phone.resume' : 'phone.hold')}
                  data-testid="phone-hold"
                >
                  {call.held ? <PlayArrowIcon /> : <PauseIcon />}
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title={t('phone.keypad')}>
              <span>
                <IconButton
                  disabled={!controls}
                  onClick={(e) => setKeypad(e.currentTarget)}
                  aria-label={t('phone.keypad')}
                  data-testid="phone-keypad"
                >
                  <DialpadIcon />
                </IconButton>
              </span>
            </Tooltip>
            {call.direction === 'inbound' && call.phase !== 'talking' && (
              <Button variant="contained" color="success" onClick={() => softphone?.answer()}>
                {t('phone.answer')}
              </Button>
            )}
            <Button
              variant="contained"
              color="error"
              startIcon={<CallEndIcon />}
              endIcon={<KeyCap keyName="h" />}
              onClick={() => softphone?.hangup()}
              data-testid="phone-hangup"
            >
              {t('phone.hangup')}
            </Button>
          </>
        ) : (
          <>
            <Box sx={{ flexGrow: 1 }} />
            {wrapUpUntil !== null && !powerPaused && (
              <Typography data-testid="power-countdown" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {t('phone.power.nextIn', {
                  n: format.number(Math.max(0, Math.ceil((wrapUpUntil - now) / 1000))),
                })}
              </Typography>
            )}
            <ToggleButtonGroup
              size="small"
              exclusive
              value={dialMode}
              onChange={(_, v: 'preview' | 'power' | null) => v && setDialMode(v)}
              aria-label={t('phone.mode.label')}
            >
              <ToggleButton value="preview" data-testid="mode-preview">
                {t('phone.mode.preview')}
              </ToggleButton>
              <ToggleButton value="power" data-testid="mode-power">
                {t('phone.mode.power')}
              </ToggleButton>
            </ToggleButtonGroup>
            <Tooltip title={t('phone.devices')}>
              <IconButton
                onClick={(e) => setDevicesAt(e.currentTarget)}
                aria-label={t('phone.devices')}
                data-testid="phone-devices"
              >
                <SettingsVoiceIcon />
              </IconButton>
            </Tooltip>
          </>
        )}
      </Stack>
      {status.kind === 'failed' && (
        <Alert severity="warning" data-testid="phone-problem">
          {t(`phone.failed.${status.reason}`, { status: status.status ?? '' })}
        </Alert>
      )}
      {micProblem && (
        <Alert severity="error" data-testid="mic-problem">
          {t(`phone.mic.${micProblem}`)}
        </Alert>
      )}
      <Popover
        open={keypad !== null}
        anchorEl={keypad}
        onClose={() => {
          setKeypad(null);
          setSent('');
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Box sx={{ p: 1.5, width: 200 }} data-testid="keypad">
          <TextField
            size="small"
            value={sent}
            slotProps={{ htmlInput: { readOnly: true, dir: 'ltr', 'aria-label': t('phone.sent') } }}
            sx={{ mb: 1 }}
            fullWidth
          />
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 0.5 }} dir="ltr">
            {KEYS.map((k) => (
              <Button
                key={k}
                variant="outlined"
                onClick={() => {
                  softphone?.sendDtmf(k);
                  setSent((s) => s + k);
                }}
                data-testid={`dtmf-${k === '#' ? 'hash' : k === '*' ? 'star' : k}`}
              >
                {k}
              </Button>
            ))}
          </Box>
        </Box>
      </Popover>
      <DeviceMenu anchor={devicesAt} onClose={() => setDevicesAt(null)} />
    </Stack>
  );
}

function DeviceMenu({ anchor, onClose }: { anchor: HTMLElement | null; onClose: () => void }) {
  const { t } = useTranslation();
  const handle = usePhone();
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [chosen, setChosen] = useState(() => loadAudioDevices(window.localStorage));
  useEffect(() => {
    if (!anchor) return;
    void navigator.mediaDevices
      ?.enumerateDevices()
      .then(setDevices)
      .catch(() => setDevices([]));
  }, [anchor]);
  const choose = (kind: 'inputId' | 'outputId', id: string) => {
    const next = { ...chosen, [kind]: id };
    setChosen(next);
    saveAudioDevices(window.localStorage, next);
    handle?.softphone.setDevices(next);
  };
  const inputs = devices.filter((d) => d.kind === 'audioinput');
  const outputs = devices.filter((d) => d.kind === 'audiooutput');
  return (
    <Menu open={anchor !== null} anchorEl={anchor} onClose={onClose}>
      <MenuItem disabled>{t('phone.microphone')}</MenuItem>
      {inputs.length === 0 && <MenuItem disabled>{t('phone.mic.missing')}</MenuItem>}
      {inputs.map((d, i) => (
        <MenuItem
          key={d.deviceId || i}
          selected={chosen.inputId === d.deviceId}
          onClick={() => choose('inputId', d.deviceId)}
        >
          {d.label || t('phone.deviceN', { n: i + 1 })}
        </MenuItem>
      ))}
      <MenuItem disabled>{t('phone.speaker')}</MenuItem>
      {outputs.map((d, i) => (
        <MenuItem
          key={d.deviceId || i}
          selected={chosen.outputId === d.deviceId}
          onClick={() => choose('outputId', d.deviceId)}
        >
          {d.label || t('phone.deviceN', { n: i + 1 })}
        </MenuItem>
      ))}
    </Menu>
  );
}

/** The clock, ticking every half second while `on`. */
function useNow(on: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, [on]);
  return now;
}
