import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Product } from '../../../../shared/domain/content';
import {
  RING_TIMEOUT_SEC,
  WRAP_UP_SEC,
  type TelephonySettings,
  type TelephonySettingsInput,
} from '../../../../shared/domain/telephony';
import { useFormat } from '../../../i18n/use-format';
import { DidsEditor } from './DidsEditor';
import { EphemeralKeyField } from './EphemeralKeyField';
import { IceServersEditor } from './IceServersEditor';
import { checkSettings, settingsDraft, settingsInput, type SettingsDraft } from './phone-form';
import { useFieldErrorText } from './use-field-error-text';
import { useRequestErrorText } from './use-request-error-text';

export type PhoneSettingsFormProps = {
  settings: TelephonySettings;
  hasSecret: boolean;
  products: readonly Product[];
  /** Sends the checked settings in one request; throws what the server said. */
  onSave: (input: TelephonySettingsInput & { settings: TelephonySettings }) => Promise<void>;
};

const sameInput = (a: SettingsDraft, b: SettingsDraft) =>
  JSON.stringify(settingsInput(a)) === JSON.stringify(settingsInput(b));

/** The organisation's phone settings: PBX address, domain, ICE servers, timings, key and DIDs. */
export function PhoneSettingsForm({
  settings,
  hasSecret,
  products,
  onSave,
}: PhoneSettingsFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useFieldErrorText();
  const requestErrorText = useRequestErrorText();
  const [baseline, setBaseline] = useState(() => settingsDraft(settings));
  const [draft, setDraft] = useState(baseline);
  // Problems show once a save was tried, then follow every keystroke.
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const check = checkSettings(settingsInput(draft));
  const errors = tried && !check.ok ? check.errors : {};
  const dirty = !sameInput(draft, baseline);
  const set = (patch: Partial<SettingsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };

  const save = async () => {
    setTried(true);
    setFailure(null);
    setSaved(false);
    if (!check.ok) return;
    setSaving(true);
    try {
      await onSave(check.value);
      const fresh = settingsDraft(check.value.settings);
      setBaseline(fresh);
      setDraft(fresh);
      setTried(false);
      setSaved(true);
    } catch (error) {
      setFailure(requestErrorText(error));
    } finally {
      setSaving(false);
    }
  };

  const range = (r: { min: number; max: number }) =>
    t('phoneAdmin.settings.rangeHint', { min: format.number(r.min), max: format.number(r.max) });
  const wssError = errorText(errors.wssUrl);
  const domainError = errorText(errors.sipDomain);
  const ringError = errorText(errors.ringTimeoutSec);
  const wrapError = errorText(errors.wrapUpSec);

  return (
    <Paper sx={{ p: 2 }} data-testid="phone-settings">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 0.5, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {t('phoneAdmin.settings.title')}
        </Typography>
        {dirty && (
          <Chip
            size="small"
            color="warning"
            variant="outlined"
            label={t('phoneAdmin.settings.unsaved')}
            data-testid="phone-settings-dirty"
          />
        )}
      </Stack>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
        {t('phoneAdmin.settings.intro')}
      </Typography>
      <Stack sx={{ gap: 2.5 }}>
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(0, 1fr)' },
          }}
        >
          <TextField
            size="small"
            label={t('phoneAdmin.settings.wssUrl')}
            value={draft.wssUrl}
            onChange={(e) => set({ wssUrl: e.target.value })}
            error={!!wssError}
            helperText={wssError ?? t('phoneAdmin.settings.wssUrlHint')}
            slotProps={{
              htmlInput: { dir: 'ltr', spellCheck: false, 'data-testid': 'phone-wss-url' },
              formHelperText: { 'data-testid': 'phone-wss-url-helper' } as object,
            }}
          />
          <TextField
            size="small"
            label={t('phoneAdmin.settings.sipDomain')}
            value={draft.sipDomain}
            onChange={(e) => set({ sipDomain: e.target.value })}
            error={!!domainError}
            helperText={domainError ?? t('phoneAdmin.settings.sipDomainHint')}
            slotProps={{
              htmlInput: { dir: 'ltr', spellCheck: false, 'data-testid': 'phone-sip-domain' },
              formHelperText: { 'data-testid': 'phone-sip-domain-helper' } as object,
            }}
          />
          <TextField
            size="small"
            type="number"
            label={t('phoneAdmin.settings.ringTimeout')}
            value={draft.ringTimeoutSec}
            onChange={(e) => set({ ringTimeoutSec: e.target.value })}
            error={!!ringError}
            helperText={ringError ?? range(RING_TIMEOUT_SEC)}
            slotProps={{
              htmlInput: {
                dir: 'ltr',
                min: RING_TIMEOUT_SEC.min,
                max: RING_TIMEOUT_SEC.max,
                'data-testid': 'phone-ring-timeout',
              },
              formHelperText: { 'data-testid': 'phone-ring-timeout-helper' } as object,
            }}
          />
          <TextField
            size="small"
            type="number"
            label={t('phoneAdmin.settings.wrapUp')}
            value={draft.wrapUpSec}
            onChange={(e) => set({ wrapUpSec: e.target.value })}
            error={!!wrapError}
            helperText={wrapError ?? range(WRAP_UP_SEC)}
            slotProps={{
              htmlInput: {
                dir: 'ltr',
                min: WRAP_UP_SEC.min,
                max: WRAP_UP_SEC.max,
                'data-testid': 'phone-wrap-up',
              },
              formHelperText: { 'data-testid': 'phone-wrap-up-helper' } as object,
            }}
          />
        </Box>
        <Divider />
        <EphemeralKeyField
          hasSecret={hasSecret}
          newSecret={draft.newSecret}
          clearSecret={draft.clearSecret}
          error={errorText(errors.secret)}
          onChange={(patch) => set(patch)}
        />
        <Divider />
        <IceServersEditor
          rows={draft.iceServers}
          errors={errors}
          onChange={(iceServers) => set({ iceServers })}
        />
        <Divider />
        <DidsEditor
          rows={draft.dids}
          products={products}
          errors={errors}
          onChange={(dids) => set({ dids })}
        />
        {tried && !check.ok && (
          <Alert severity="error" data-testid="phone-settings-invalid">
            {t('phoneAdmin.invalid.fix')}
          </Alert>
        )}
        {failure && (
          <Alert severity="error" data-testid="phone-settings-failure">
            {failure}
          </Alert>
        )}
        {saved && (
          <Alert severity="success" data-testid="phone-settings-saved">
            {t('phoneAdmin.settings.saved')}
          </Alert>
        )}
        <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
          <Button
            variant="contained"
            disabled={!dirty || saving}
            onClick={() => void save()}
            data-testid="phone-settings-save"
          >
            {t('phoneAdmin.settings.save')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
