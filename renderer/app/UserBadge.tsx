import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Avatar from '@mui/material/Avatar';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import LogoutIcon from '@mui/icons-material/Logout';
import DialpadIcon from '@mui/icons-material/Dialpad';
import { DialSettingsDialog } from './DialSettingsDialog';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import PersonOutlinedIcon from '@mui/icons-material/PersonOutlined';
import { AGENT_ROLES, isAgent } from '../../shared/domain/content';
import { useDeskDb } from '../db/use-desk-db';
import { useAppStore } from '../store/use-app-store';
import { useSession } from '../ui/desk/use-session';
import { SignOutDialog } from './sync/SignOutDialog';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { MyAccountDialog } from '../features/accounts/MyAccountDialog';
import { useAccountCalls } from '../features/accounts/use-account-calls';
import Badge from '@mui/material/Badge';
import RateReviewOutlinedIcon from '@mui/icons-material/RateReviewOutlined';
import { MyReviewsDialog } from '../features/calls/MyReviewsDialog';
import { useMyReviews } from '../features/calls/use-my-reviews';

export type UserBadgeProps = {
  /** Signed in to a sync server (sign-out wipes the local copy) or the offline demo. */
  mode?: 'server' | 'demo';
};

/** Who is signed in at this desk, with sign-out and (in the offline demo) the demo reset. */
export function UserBadge({ mode = 'demo' }: UserBadgeProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const user = useAppStore((s) => s.user);
  const openLeadIn = useAppStore((s) => s.openLeadIn);
  const { signOut } = useSession();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialSettings, setDialSettings] = useState(false);
  const [confirmSignOut, setConfirmSignOut] = useState(false);
  const [myAccount, setMyAccount] = useState(false);
  const accountCalls = useAccountCalls();
  // Agents read their call reviews here; the badge counts those not acknowledged yet.
  const reviewed = mode === 'server' && !!user && isAgent(user);
  const myReviews = useMyReviews(reviewed);
  const [reviewsOpen, setReviewsOpen] = useState(false);
  const resetDemo = async () => {
    setAnchor(null);
    if (!window.confirm(t('topbar.resetDemoConfirm'))) return;
    for (const area of AGENT_ROLES) openLeadIn(area, null);
    const { loadDemo } = await import('../db/demo-loader');
    await loadDemo(db);
  };
  return (
    <>
      <Button
        color="inherit"
        onClick={(e) => setAnchor(e.currentTarget)}
        data-testid="user-badge"
        title={user ? t('topbar.signedInAs', { name: user.displayName }) : undefined}
        aria-haspopup="menu"
        startIcon={
          <Badge
            color="warning"
            badgeContent={reviewed ? myReviews.pending : 0}
            data-testid="my-reviews-badge"
            slotProps={{
              badge: {
                'aria-label': t('callReview.mine.badge', {
                  count: myReviews.pending,
                  n: myReviews.pending,
                }),
              } as object,
            }}
          >
            <Avatar sx={{ width: 28, height: 28, bgcolor: 'primary.dark', fontSize: 14 }}>
              {user ? user.displayName.slice(0, 1) : <PersonOutlinedIcon fontSize="small" />}
            </Avatar>
          </Badge>
        }
      >
        {/* Below extra-wide screens the name alone, so the role tabs keep their room. */}
        <Typography
          variant="body2"
          noWrap
          component="span"
          sx={{ display: { xs: 'none', md: 'inline', xl: 'none' } }}
        >
          {user ? <bdi>{user.displayName}</bdi> : t('topbar.guest')}
        </Typography>
        <Typography
          variant="body2"
          noWrap
          component="span"
          sx={{ display: { xs: 'none', xl: 'inline' } }}
        >
          {user ? t('topbar.signedInAs', { name: user.displayName }) : t('topbar.guest')}
        </Typography>
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setDialSettings(true);
          }}
          data-testid="dial-settings"
        >
          <ListItemIcon>
            <DialpadIcon fontSize="small" />
          </ListItemIcon>
          {t('settings.dialTitle')}
        </MenuItem>
        {mode === 'server' && (
          <MenuItem
            onClick={() => {
              setAnchor(null);
              setMyAccount(true);
            }}
            data-testid="my-account-open"
          >
            <ListItemIcon>
              <ManageAccountsIcon fontSize="small" />
            </ListItemIcon>
            {t('accounts.mine.menu')}
          </MenuItem>
        )}
        {reviewed && (
          <MenuItem
            onClick={() => {
              setAnchor(null);
              setReviewsOpen(true);
              void myReviews.refresh();
            }}
            data-testid="my-reviews-open"
          >
            <ListItemIcon>
              <Badge color="warning" variant="dot" invisible={myReviews.pending === 0}>
                <RateReviewOutlinedIcon fontSize="small" />
              </Badge>
            </ListItemIcon>
            {t('callReview.mine.menu')}
          </MenuItem>
        )}
        {mode === 'demo' && (
          <MenuItem onClick={() => void resetDemo()} data-testid="reset-demo">
            <ListItemIcon>
              <RestartAltIcon fontSize="small" />
            </ListItemIcon>
            {t('topbar.resetDemo')}
          </MenuItem>
        )}
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            if (mode === 'server') setConfirmSignOut(true);
            else signOut();
          }}
          data-testid="sign-out"
        >
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          {t('topbar.signOut')}
        </MenuItem>
      </Menu>
      <DialSettingsDialog open={dialSettings} onClose={() => setDialSettings(false)} />
      {reviewed && (
        <MyReviewsDialog
          open={reviewsOpen}
          onClose={() => setReviewsOpen(false)}
          state={myReviews}
        />
      )}
      {mode === 'server' && myAccount && (
        <MyAccountDialog open onClose={() => setMyAccount(false)} calls={accountCalls} />
      )}
      {mode === 'server' && (
        <SignOutDialog
          open={confirmSignOut}
          onClose={() => setConfirmSignOut(false)}
          onSignedOut={() => {
            setConfirmSignOut(false);
            for (const area of AGENT_ROLES) openLeadIn(area, null);
          }}
        />
      )}
    </>
  );
}
