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
import { useAppStore } from '../store/use-app-store';
import { AreaOutlet } from './AreaOutlet';
import { ErrorFallback } from './ErrorFallback';
import { useCallbackNotifier } from './desk/use-callback-notifier';
import { useDemoBootstrap } from './desk/use-demo-bootstrap';
import { useRestoreSession } from './desk/use-session';
import { ConnectionChip } from './ConnectionChip';
import { LanguageSwitcher } from './LanguageSwitcher';
import { RoleNav } from './RoleNav';
import { ShortcutSheet } from './shortcuts/ShortcutSheet';
import { UserBadge } from './UserBadge';

/** The frame every screen sits in: top bar with name, role areas, connection, language, user. */
export function AppShell() {
  const { t } = useTranslation();
  const { ready, error } = useDemoBootstrap();
  useRestoreSession(ready);
  useCallbackNotifier();
  const user = useAppStore((s) => s.user);
  if (error) return <ErrorFallback error={error} onReset={() => window.location.reload()} />;
  if (!ready) return <LinearProgress aria-label={t('app.loading')} />;
  if (!user) return <SignInScreen />;
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
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="app-title">
            <HeadsetMicIcon />
            <Typography variant="h6" component="span" noWrap sx={{ fontWeight: 700 }}>
              {t('app.name')}
            </Typography>
          </Stack>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <RoleNav />
          </Box>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <ConnectionChip />
            <LanguageSwitcher />
            <UserBadge />
          </Stack>
        </Toolbar>
      </AppBar>
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, outline: 'none' }}>
        <AreaOutlet />
      </Box>
      <ShortcutSheet />
    </Box>
  );
}
