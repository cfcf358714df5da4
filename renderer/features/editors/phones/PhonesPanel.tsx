import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type {
  SipAccountInput,
  TelephonySettings,
  TelephonySettingsInput,
  TelephonyView,
} from '../../../../shared/domain/telephony';
import { useAppStore } from '../../../store/use-app-store';
import { useProducts } from '../../../ui/desk/use-content';
import { useDeskSync, useDeskSyncController } from '../../../ui/sync/use-desk-sync';
import type { usePeople } from '../people/use-people';
import { PhoneSettingsForm } from './PhoneSettingsForm';
import { RecordingSettingsCard } from './RecordingSettingsCard';
import { SipAccountsTable } from './SipAccountsTable';
import { useRequestErrorText } from './use-request-error-text';

export type PhonesPanelProps = { people: ReturnType<typeof usePeople> };

/**
 * The organisation's phones, set on the server by an administrator: the PBX settings and each
 * person's SIP account. The offline demo has no server, so nothing here is editable there.
 */
export function PhonesPanel({ people }: PhonesPanelProps) {
  const { t } = useTranslation();
  const { phase } = useDeskSync();
  const admin = useAppStore((s) => s.user?.roles.includes('admin') ?? false);
  if (!admin)
    return (
      <Alert severity="info" data-testid="phones-admin-only">
        {t('phoneAdmin.adminOnly')}
      </Alert>
    );
  if (phase !== 'active')
    return (
      <Alert severity="info" data-testid="phones-offline-demo">
        {t('phoneAdmin.offlineDemo')}
      </Alert>
    );
  return (
    <Stack sx={{ gap: 2 }}>
      <ServerPhones people={people} />
      <RecordingSettingsCard />
    </Stack>
  );
}

type Load =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; view: TelephonyView };

function ServerPhones({ people }: PhonesPanelProps) {
  const { t } = useTranslation();
  const sync = useDeskSyncController();
  const products = useProducts();
  const requestErrorText = useRequestErrorText();
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    sync.telephonyAdmin.read().then(
      (view) => live && setLoad({ state: 'ready', view }),
      (error: unknown) => live && setLoad({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [sync, attempt]);

  const retry = () => {
    setLoad({ state: 'loading' });
    setAttempt((n) => n + 1);
  };
  // After a 204 the server holds exactly what was sent: the view follows without another read.
  const patch = (change: (view: TelephonyView) => TelephonyView) =>
    setLoad((l) => (l.state === 'ready' ? { state: 'ready', view: change(l.view) } : l));

  if (load.state === 'loading')
    return (
      <Stack
        direction="row"
        sx={{ alignItems: 'center', gap: 1.5, p: 2 }}
        role="status"
        data-testid="phones-loading"
      >
        <CircularProgress size={20} />
        <Typography variant="body2">{t('phoneAdmin.loading')}</Typography>
      </Stack>
    );
  if (load.state === 'failed')
    return (
      <Alert
        severity="error"
        data-testid="phones-load-failed"
        action={
          <Button color="inherit" size="small" onClick={retry} data-testid="phones-retry">
            {t('phoneAdmin.retry')}
          </Button>
        }
      >
        {requestErrorText(load.error)}
      </Alert>
    );

  const { view } = load;
  const saveSettings = async (input: TelephonySettingsInput & { settings: TelephonySettings }) => {
    await sync.telephonyAdmin.save(input);
    patch((v) => ({
      ...v,
      settings: input.settings,
      hasSecret: input.ephemeralSecret === undefined ? v.hasSecret : input.ephemeralSecret !== null,
    }));
  };
  const saveAccount = async (userId: string, input: SipAccountInput) => {
    await sync.telephonyAdmin.saveAccount(userId, input);
    patch((v) => {
      const before = v.accounts.find((a) => a.userId === userId);
      const fixed = input.authMode === 'password';
      const account = {
        userId,
        sipUser: input.sipUser,
        authMode: input.authMode,
        authUser: fixed ? (input.authUser ?? null) : null,
        // The server keeps a stored password only for a fixed-password account.
        hasPassword: fixed && (input.password !== undefined || (before?.hasPassword ?? false)),
        wssUrl: input.wssUrl ?? null,
      };
      return {
        ...v,
        accounts: [...v.accounts.filter((a) => a.userId !== userId), account],
      };
    });
  };
  const removeAccount = async (userId: string) => {
    await sync.telephonyAdmin.removeAccount(userId);
    patch((v) => ({ ...v, accounts: v.accounts.filter((a) => a.userId !== userId) }));
  };

  return (
    <Stack sx={{ gap: 2 }} data-testid="phones-panel">
      <PhoneSettingsForm
        key={attempt}
        settings={view.settings}
        hasSecret={view.hasSecret}
        products={products}
        onSave={saveSettings}
      />
      <SipAccountsTable
        users={people.visibleUsers}
        accounts={view.accounts}
        hasSecret={view.hasSecret}
        onSave={saveAccount}
        onRemove={removeAccount}
      />
    </Stack>
  );
}
