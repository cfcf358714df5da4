import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import HeadsetMicIcon from '@mui/icons-material/HeadsetMic';
import LinearProgress from '@mui/material/LinearProgress';
import { SignInScreen } from '../features/sign-in/SignInScreen';
import { SetPasswordScreen } from '../features/accounts/SetPasswordScreen';
import { readSetPasswordLink } from '../features/accounts/set-password-link';
import { PhoneProvider } from '../features/phone/PhoneProvider';
import { InboundCallPanel } from '../features/phone/InboundCallPanel';
import { PendingCallBanner } from '../features/phone/PendingCallBanner';
import { AgentStateMenu } from '../features/presence/AgentStateMenu';
import { LeadDetailRoute } from '../features/leads/LeadDetailRoute';
import { LeadSearch } from '../features/leads/LeadSearch';
import { PresenceReporter } from '../features/presence/PresenceReporter';
import { isAgent } from '../../shared/domain/content';
import type { PresenceInput } from '../../shared/domain/telephony';
import { DbContext } from '../db/db-context';
import { areasFor } from '../store/areas';
import { loadSessionUserId } from '../store/session-storage';
import { useAppStore } from '../store/use-app-store';
import { AreaOutlet } from './AreaOutlet';
import { ErrorFallback } from './ErrorFallback';
import { useCallbackNotifier } from './desk/use-callback-notifier';
import { CloserReminders } from '../features/closer/components/CloserReminders';
import { useDemoBootstrap } from './desk/use-demo-bootstrap';
import { useRestoreSession } from './desk/use-restore-session';
import { useServerUser } from './desk/use-server-user';
import { ConnectionChip } from './ConnectionChip';
import { LanguageSwitcher } from '../ui/components/LanguageSwitcher';
import { RoleNav } from './RoleNav';
import { ShortcutSheet } from './shortcuts/ShortcutSheet';
import { UserBadge } from './UserBadge';
import { InitialSyncScreen } from './sync/InitialSyncScreen';
import { SyncStatusChip } from './sync/SyncStatusChip';
import { RecordingService } from '../features/recording/RecordingService';
import { RecordingUploads } from '../features/recording/RecordingUploads';
import { UpgradeRequiredScreen } from './sync/UpgradeRequiredScreen';
import { useDeskSync, useDeskSyncController } from '../ui/sync/use-desk-sync';
import { AlertsBell } from '../features/insight/alerts/AlertsBell';

/**
 * The desk: signed in to a sync server (the person's own database, kept in sync), or the offline
 * demo (the demo database and its people). A server session left from last time resumes first.
 */
export function AppShell() {
  const { t } = useTranslation();
  const sync = useDeskSyncController();
  const snap = useDeskSync();
  const [resuming, setResuming] = useState(() => sync.rememberedAccount() !== null);
  // An invitation or reset link, read before the area replaces the hash (and the token with it).
  const [passwordLink, setPasswordLink] = useState(() => readSetPasswordLink(window.location.hash));
  useServerUser();
  useEffect(() => {
    if (!resuming) return;
    let cancelled = false;
    void sync
      .resume()
      .catch(() => false)
      .finally(() => !cancelled && setResuming(false));
    return () => {
      cancelled = true;
    };
    // Once, on start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (snap.upgradeRequired) return <UpgradeRequiredScreen />;
  if (passwordLink) {
    return <SetPasswordScreen link={passwordLink} onFinished={() => setPasswordLink(null)} />;
  }
  if (snap.phase === 'active' && snap.db) {
    return (
      <DbContext.Provider value={snap.db}>
        <ServerDesk />
      </DbContext.Provider>
    );
  }
  if (resuming) return <LinearProgress aria-label={t('app.loading')} />;
  return <DemoDesk />;
}

/** Signed in to a sync server: the first download, then the desk. */
function ServerDesk() {
  const { t } = useTranslation();
  const sync = useDeskSyncController();
  const { status } = useDeskSync();
  const user = useAppStore((s) => s.user);
  const fetchPhone = useCallback(() => sync.phone(), [sync]);
  const reportPresence = useCallback((input: PresenceInput) => sync.reportPresence(input), [sync]);
  // The agent's own queue comes in the first page: from then on they can work.
  if (!status?.firstPageDone && !status?.initialSyncDone) {
    return <InitialSyncScreen status={status} onSignOut={() => void sync.signOut()} />;
  }
  if (!user) return <LinearProgress aria-label={t('app.loading')} />;
  return (
    <PhoneProvider fetchPhone={fetchPhone}>
      {isAgent(user) && <PresenceReporter report={reportPresence} />}
      <RecordingService />
      <DeskFrame mode="server" />
    </PhoneProvider>
  );
}

/** The offline demo: the demo organisation on this computer, people picked from a list. */
function DemoDesk() {
  const { t } = useTranslation();
  const { ready, error } = useDemoBootstrap();
  useRestoreSession(ready);
  const user = useAppStore((s) => s.user);
  if (error) return <ErrorFallback error={error} onReset={() => window.location.reload()} />;
  // Someone to put back at the desk: wait for the demo. Nobody: the sign-in form works at once
  // and the demo people appear when loaded.
  if (!ready && loadSessionUserId(window.localStorage)) {
    return <LinearProgress aria-label={t('app.loading')} />;
  }
  if (!user) return <SignInScreen />;
  if (!ready) return <LinearProgress aria-label={t('app.loading')} />;
  return <DeskFrame mode="demo" />;
}

type DeskFrameProps = { mode: 'server' | 'demo' };

/** The frame every screen sits in: top bar with name, role areas, sync state, language, user. */
function DeskFrame({ mode }: DeskFrameProps) {
  const { t } = useTranslation();
  const { status } = useDeskSync();
  useCallbackNotifier();
  const isAgentUser = useAppStore((s) => (s.user ? isAgent(s.user) : false));
  const manyAreas = useAppStore((s) => areasFor(s.user?.roles ?? null).length > 2);
  const downloading = mode === 'server' && status !== null && !status.initialSyncDone;
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          insetInlineStart: 8,
          top: -48,
          zIndex: 2000,
          bgcolor: 'background.paper',
          p: 1,
          '&:focus': { top: 8 },
        }}
      >
        {t('app.skipToContent')}
      </Link>
      <AppBar position="sticky" color="primary" component="header">
        <Toolbar variant="dense" sx={{ gap: 2, minHeight: 56 }}>
          <Stack
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center' }}
            data-testid="app-title"
            title={t('app.name')}
          >
            <HeadsetMicIcon />
            {/* With three or four role tabs the name shows from 1536 px; below, the headset
                alone leaves the tabs their room. */}
            <Typography
              variant="h6"
              component="span"
              noWrap
              sx={{ fontWeight: 700, display: manyAreas ? { xs: 'none', xl: 'inline' } : 'inline' }}
            >
              {t('app.name')}
            </Typography>
          </Stack>
          <RoleNav />
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <LeadSearch />
            {mode === 'server' && isAgentUser && <AgentStateMenu />}
            <AlertsBell />
            {mode === 'server' ? <SyncStatusChip /> : <ConnectionChip />}
            {mode === 'server' && <RecordingUploads />}
            <LanguageSwitcher />
            <UserBadge mode={mode} />
          </Stack>
        </Toolbar>
        {downloading && (
          <LinearProgress
            color="secondary"
            aria-label={t('sync.initial.background')}
            data-testid="background-sync-progress"
          />
        )}
      </AppBar>
      {mode === 'server' && <InboundCallPanel />}
      {mode === 'server' && <PendingCallBanner />}
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, outline: 'none' }}>
        <AreaOutlet />
      </Box>
      <ShortcutSheet />
      <CloserReminders />
      <LeadDetailRoute />
    </Box>
  );
}
