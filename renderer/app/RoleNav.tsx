import { useTranslation } from 'react-i18next';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import HandshakeIcon from '@mui/icons-material/Handshake';
import SpaIcon from '@mui/icons-material/Spa';
import InsightsIcon from '@mui/icons-material/Insights';
import { areasFor, hashForArea } from '../store/areas';
import { useAppStore } from '../store/use-app-store';

const ICONS = {
  hunter: <PhoneForwardedIcon />,
  closer: <HandshakeIcon />,
  farmer: <SpaIcon />,
  supervisor: <InsightsIcon />,
} as const;

/** Navigation between the role areas; each is a link so it survives reload and back/forward. */
export function RoleNav() {
  const { t } = useTranslation();
  const area = useAppStore((s) => s.area);
  const user = useAppStore((s) => s.user);
  const callbacksDue = useAppStore((s) => s.callbacksDue);
  const allowed = areasFor(user?.roles ?? null);
  // One tab has nothing to scroll to: it keeps its width and never gets arrows. Several tabs
  // scroll, with arrows, only when the top bar is too narrow for them.
  const single = allowed.length <= 1;
  return (
    <Box sx={{ flexGrow: 1, minWidth: single ? 'max-content' : 0 }} data-testid="role-nav">
      <Tabs
        component="nav"
        aria-label={t('nav.label')}
        value={allowed.includes(area) ? area : false}
        textColor="inherit"
        indicatorColor="secondary"
        variant={single ? 'standard' : 'scrollable'}
        scrollButtons="auto"
        sx={{ minHeight: 48 }}
      >
        {allowed.map((a) => (
          <Tab
            key={a}
            value={a}
            label={t(`nav.${a}`)}
            // The area's name in the floor's words; the hint keeps the method's own term (hunter …).
            title={t(`nav.hint.${a}`)}
            icon={
              a === 'hunter' && callbacksDue > 0 ? (
                <Badge badgeContent={callbacksDue} color="error" data-testid="callbacks-badge">
                  {ICONS[a]}
                </Badge>
              ) : (
                ICONS[a]
              )
            }
            iconPosition="start"
            component="a"
            href={hashForArea(a)}
            data-testid={`nav-${a}`}
            // Snug: four areas and their icons fit a 1440 px bar beside the search and the chips.
            sx={{ minHeight: 48, minWidth: 0, px: 1.5 }}
          />
        ))}
      </Tabs>
    </Box>
  );
}
