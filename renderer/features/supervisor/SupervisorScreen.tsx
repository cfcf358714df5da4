import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { AreaPage } from '../../ui/components/AreaPage';
import { useAppStore } from '../../store/use-app-store';
import { hashForSection, sectionFromHash, sectionsFor, type SupervisorSection } from './sections';

// Each section loads on demand: the agent desks never download the import or editor code.
const DashboardSection = lazy(() =>
  import('./dashboard/DashboardSection').then((m) => ({ default: m.DashboardSection })),
);
const WallboardSection = lazy(() =>
  import('./wallboard/WallboardSection').then((m) => ({ default: m.WallboardSection })),
);
const ImportSection = lazy(() =>
  import('../importer/ImportSection').then((m) => ({ default: m.ImportSection })),
);
const ListsSection = lazy(() =>
  import('../lists/ListsSection').then((m) => ({ default: m.ListsSection })),
);
const ContentSection = lazy(() =>
  import('../editors/ContentSection').then((m) => ({ default: m.ContentSection })),
);
const FollowUpSection = lazy(() =>
  import('../follow-up/FollowUpSection').then((m) => ({ default: m.FollowUpSection })),
);
const InsightSection = lazy(() =>
  import('../insight/InsightSection').then((m) => ({ default: m.InsightSection })),
);
const CallingRulesSection = lazy(() =>
  import('../calling-rules/CallingRulesSection').then((m) => ({ default: m.CallingRulesSection })),
);
const PeopleSection = lazy(() =>
  import('../editors/PeopleSection').then((m) => ({ default: m.PeopleSection })),
);

const CallsSection = lazy(() =>
  import('../calls/CallsSection').then((m) => ({ default: m.CallsSection })),
);

const SECTION_COMPONENT = {
  dashboard: DashboardSection,
  insight: InsightSection,
  wallboard: WallboardSection,
  import: ImportSection,
  leads: ListsSection,
  followUp: FollowUpSection,
  content: ContentSection,
  calling: CallingRulesSection,
  people: PeopleSection,
  calls: CallsSection,
} as const;

function useSection(): [SupervisorSection, (s: SupervisorSection) => void] {
  const [section, setSection] = useState(() => sectionFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const open = (s: SupervisorSection) => {
    window.history.replaceState(null, '', hashForSection(s));
    setSection(s);
  };
  return [section, open];
}

/** The supervisor's area: the dashboard, lead import, lists and assignment, and the editors. */
export function SupervisorScreen() {
  const { t } = useTranslation();
  const roles = useAppStore((s) => s.user?.roles ?? []);
  const allowed = sectionsFor(roles);
  const [requested, open] = useSection();
  const section = allowed.includes(requested) ? requested : 'dashboard';
  const Section = SECTION_COMPONENT[section];
  return (
    <AreaPage area="supervisor">
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs
          value={section}
          onChange={(_, v: SupervisorSection) => open(v)}
          variant="scrollable"
          allowScrollButtonsMobile
          aria-label={t('supervisor.sections')}
        >
          {allowed.map((s) => (
            <Tab
              key={s}
              value={s}
              label={t(`supervisor.section.${s}`)}
              data-testid={`section-${s}`}
            />
          ))}
        </Tabs>
      </Box>
      <Suspense fallback={<LinearProgress />}>
        <Section />
      </Suspense>
    </AreaPage>
  );
}
