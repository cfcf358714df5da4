import { useTranslation } from 'react-i18next';
import Avatar from '@mui/material/Avatar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PersonOutlinedIcon from '@mui/icons-material/PersonOutlined';
import { useAppStore } from '../store/use-app-store';

/** Who is signed in at this desk (a guest until sign-in lands). */
export function UserBadge() {
  const { t } = useTranslation();
  const user = useAppStore((s) => s.user);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="user-badge">
      <Avatar sx={{ width: 28, height: 28, bgcolor: 'primary.dark', fontSize: 14 }}>
        {user ? user.displayName.slice(0, 1) : <PersonOutlinedIcon fontSize="small" />}
      </Avatar>
      <Typography variant="body2" noWrap sx={{ display: { xs: 'none', md: 'block' } }}>
        {user ? t('topbar.signedInAs', { name: user.displayName }) : t('topbar.guest')}
      </Typography>
    </Stack>
  );
}
