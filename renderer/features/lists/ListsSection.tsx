import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { isNationalDncStale } from '../../../shared/domain/targets';
import { nationalFile } from '../../db/dnc';
import { useDeskDb } from '../../db/use-desk-db';
import { DncPanel } from './components/DncPanel';
import { ListsOverview } from './components/ListsOverview';
import { ReassignPanel } from './components/ReassignPanel';
import { LISTS_VIEWS, type ListsView } from './lists-route';
import { useListsRoute } from './use-lists-route';

/** Lists & assignment: per-list stage counts, bulk reassignment and the do-not-call list. */
export function ListsSection() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const [route, go] = useListsRoute();
  const file = useLiveQuery(() => nationalFile(db), [db]);
  const dncStale = file !== undefined && isNationalDncStale(file, Date.now());
  return (
    <Box data-testid="lists-section">
      <Tabs
        value={route.view}
        onChange={(_, view: ListsView) => go({ view, list: null })}
        aria-label={t('lists.views')}
        sx={{ mb: 2, minHeight: 40 }}
      >
        {LISTS_VIEWS.map((v) => (
          <Tab
            key={v}
            value={v}
            label={t(`lists.view.${v}`)}
            data-testid={`lists-view-${v}`}
            sx={{ minHeight: 40 }}
            {...(v === 'dnc' && dncStale
              ? {
                  icon: <WarningAmberIcon color="warning" fontSize="small" />,
                  iconPosition: 'end' as const,
                }
              : {})}
          />
        ))}
      </Tabs>
      {route.view === 'lists' && (
        <ListsOverview onReassign={(list) => go({ view: 'assign', list })} />
      )}
      {route.view === 'assign' && <ReassignPanel key={route.list ?? ''} initialList={route.list} />}
      {route.view === 'dnc' && <DncPanel />}
    </Box>
  );
}
