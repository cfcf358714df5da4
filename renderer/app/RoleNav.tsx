import { useEffect, useRef, useState } from 'react';
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
  const { t, i18n } = useTranslation();
  const area = useAppStore((s) => s.area);
  const user = useAppStore((s) => s.user);
  const callbacksDue = useAppStore((s) => s.callbacksDue);
  const allowed = areasFor(user?.roles ?? null);
  // One tab has nothing to scroll to: it keeps its width and never gets arrows. Several tabs
  // scroll, with arrows, only when the top bar is too narrow for them.
  const single = allowed.length <= 1;
  const overflow = useTabsOverflow(allowed.length, i18n.language);
  return (
    <Box
      ref={overflow.ref}
      sx={{ flexGrow: 1, minWidth: single ? 'max-content' : 0 }}
      data-testid="role-nav"
    >
      <Tabs
        component="nav"
        aria-label={t('nav.label')}
        value={allowed.includes(area) ? area : false}
        textColor="inherit"
        indicatorColor="secondary"
        variant={single ? 'standard' : 'scrollable'}
        // Measured here rather than MUI's 'auto', which could keep its arrows after the bar had
        // room again (a scroll bar coming and going).
        scrollButtons={overflow.active}
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

/** Whether the tabs need more width than the bar gives them, kept up to date as it resizes. */
function useTabsOverflow(count: number, language: string) {
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const check = () => {
      const tabs = [...box.querySelectorAll<HTMLElement>('[role="tab"]')];
      const needed = tabs.reduce((w, tab) => w + tab.offsetWidth, 0);
      setActive(count > 1 && needed > box.clientWidth + 1);
    };
    const observer = new ResizeObserver(check);
    observer.observe(box);
    check();
    return () => observer.disconnect();
  }, [count, language]);
  return { ref, active };
}
