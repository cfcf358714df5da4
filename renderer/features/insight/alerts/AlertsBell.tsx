// The bell in the supervisor's and administrator's top bar: how many alerts are up, a menu of
// them (each opens the screen that explains it), and their desktop notifications, once each.
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Badge from '@mui/material/Badge';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { useAppStore } from '../../../store/use-app-store';
import { useFormat } from '../../../i18n/use-format';
import { AlertIcon } from './AlertIcon';
import { useAlertNotifications } from './use-alert-notifications';
import { useAlertText } from './use-alert-text';
import { useAlerts } from './use-alerts';

/** The alerts' own tab: every alert and the rules. */
export const ALERTS_TAB_HASH = '#/supervisor/insight/alerts';

/** Opens an alert's screen (the area, section and filters all follow the hash). */
export function openAlertLink(link: string): void {
  if (window.location.hash === link) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = link;
}

/**
 * The code of the insight section and its alerts tab, asked for as the menu opens: "All alerts"
 * then opens the tab without waiting for it (the section loads on demand, SupervisorScreen).
 */
function preloadAlertScreens(): void {
  void import('../InsightSection').catch(() => undefined);
  void import('./AlertsTab').catch(() => undefined);
}

/** Only supervisors and administrators watch the alerts. */
export function AlertsBell() {
  const watches = useAppStore(
    (s) => s.user?.roles.some((r) => r === 'supervisor' || r === 'admin') ?? false,
  );
  return watches ? <AlertsBellMenu /> : null;
}

function AlertsBellMenu() {
  const { t } = useTranslation();
  const format = useFormat();
  const { ready, alerts, timeZone } = useAlerts();
  const textOf = useAlertText(timeZone);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const open = useCallback((link: string) => {
    setAnchor(null);
    openAlertLink(link);
  }, []);
  useAlertNotifications(ready, alerts, textOf, open);
  const n = alerts.length;
  const label = t('alerts.bell.label', { count: n, n: format.number(n) });
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(e) => {
            setAnchor(e.currentTarget);
            preloadAlertScreens();
          }}
          data-testid="alerts-bell"
          data-count={n}
        >
          <Badge
            badgeContent={n > 0 ? format.number(n) : null}
            color={alerts.some((a) => a.severity === 'error') ? 'error' : 'warning'}
            data-testid="alerts-badge"
          >
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ paper: { sx: { maxWidth: 440 } }, list: { dense: true } }}
        data-testid="alerts-menu"
      >
        {n === 0 && (
          <MenuItem disabled>
            <Typography variant="body2">{t('alerts.bell.none')}</Typography>
          </MenuItem>
        )}
        {alerts.map((alert) => {
          const text = textOf(alert);
          return (
            <MenuItem
              key={alert.key}
              onClick={() => open(alert.link)}
              data-testid={`alert-item-${alert.kind}`}
              data-key={alert.key}
              sx={{ alignItems: 'flex-start', whiteSpace: 'normal' }}
            >
              <ListItemIcon sx={{ mt: 0.5 }}>
                <AlertIcon severity={alert.severity} />
              </ListItemIcon>
              <ListItemText primary={text.title} secondary={text.body} />
            </MenuItem>
          );
        })}
        <Divider />
        <MenuItem onClick={() => open(ALERTS_TAB_HASH)} data-testid="alerts-all">
          <Typography variant="body2" color="primary">
            {t('alerts.bell.all')}
          </Typography>
        </MenuItem>
      </Menu>
    </>
  );
}
