import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import HeadsetMicIcon from '@mui/icons-material/HeadsetMic';
import { LanguageSwitcher } from '../../ui/components/LanguageSwitcher';
import { useSession } from '../../ui/desk/use-session';
import { useDeskDb } from '../../db/use-desk-db';
import { useLocalized } from '../../i18n/use-localized';
import { ServerSignInForm } from './ServerSignInForm';

/**
 * Who is at this desk: sign in to the organisation's sync server with email and password, or try
 * the demo offline by picking one of the demo organisation's people.
 */
export function SignInScreen() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const { signIn } = useSession();
  const localize = useLocalized('ar');
  const users = useLiveQuery(() => db.users.filter((u) => !u.disabled).toArray(), [db]) ?? [];
  const teams = useLiveQuery(() => db.teams.toArray(), [db]) ?? [];
  const groups = [
    ...teams.map((team) => ({
      key: team.id as string,
      title: localize(team.name)?.value ?? '',
      users: users.filter((u) => u.teamId === team.id),
    })),
    { key: 'none', title: t('signIn.management'), users: users.filter((u) => u.teamId === null) },
  ].filter((g) => g.users.length > 0);

  return (
    <Box
      sx={{ minHeight: '100vh', bgcolor: 'background.default', py: 6, px: 2 }}
      data-testid="sign-in"
    >
      <Paper sx={{ maxWidth: 880, mx: 'auto', p: { xs: 2, md: 4 } }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, mb: 1 }}>
          <HeadsetMicIcon color="primary" fontSize="large" />
          <Typography variant="h4" component="h1" sx={{ fontWeight: 700, flexGrow: 1 }}>
            {t('app.name')}
          </Typography>
          <Box sx={{ color: 'primary.main' }}>
            <LanguageSwitcher />
          </Box>
        </Stack>
        <Box sx={{ mt: 2, mb: 3 }}>
          <ServerSignInForm />
        </Box>
        <Divider sx={{ mb: 2 }}>
          <Typography variant="overline" color="text.secondary">
            {t('sync.signIn.tryDemo')}
          </Typography>
        </Divider>
        <Typography variant="h6" component="h2" data-testid="demo-picker-title">
          {t('signIn.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('signIn.demoHint')}
        </Typography>
        {groups.map((group) => (
          <Box key={group.key} sx={{ mb: 3 }}>
            <Typography variant="overline" color="text.secondary" component="h3">
              {group.title}
            </Typography>
            <Box
              sx={{
                display: 'grid',
                gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: '1fr 1fr 1fr' },
                gap: 1.5,
              }}
            >
              {group.users.map((user) => (
                <Card key={user.id} variant="outlined">
                  <CardActionArea
                    onClick={() => signIn(user)}
                    data-testid={`sign-in-${user.id}`}
                    sx={{ p: 1.5 }}
                  >
                    <Stack direction="row" sx={{ gap: 1.5, alignItems: 'center' }}>
                      <Avatar sx={{ bgcolor: 'primary.main' }}>
                        {user.displayName.slice(0, 1)}
                      </Avatar>
                      <Box sx={{ minWidth: 0 }}>
                        <Typography sx={{ fontWeight: 600 }} noWrap>
                          <bdi>{user.displayName}</bdi>
                        </Typography>
                        <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', mt: 0.5 }}>
                          {user.roles.map((role) => (
                            <Chip key={role} size="small" label={t(`roles.${role}`)} />
                          ))}
                        </Stack>
                      </Box>
                    </Stack>
                  </CardActionArea>
                </Card>
              ))}
            </Box>
          </Box>
        ))}
      </Paper>
    </Box>
  );
}
