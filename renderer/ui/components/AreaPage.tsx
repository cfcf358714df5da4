import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { dayOf } from '../../../shared/domain/periods';
import { useDeskDb } from '../../db/use-desk-db';
import { useLeadCount } from '../../db/lead-count';
import { markFirstFiguresShown } from '../desk/first-figures';
import { useOrganisation } from '../desk/use-organisation';
import { useFormat } from '../../i18n/use-format';
import type { Area } from '../../store/areas';

export type AreaPageProps = { area: Area; children?: ReactNode };

/** Page frame for a role area: heading, what the desk holds locally, then the area's content. */
export function AreaPage({ area, children }: AreaPageProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  // The lead count is the kept one at once, refreshed in the background (lead-count.ts): a
  // whole-table count reads every record. Calls today come from the `at` index range.
  const leads = useLeadCount(db);
  // The reads that can wait (the alerts) start once this count is on screen (first-figures.ts).
  useEffect(() => {
    if (leads !== undefined) markFirstFiguresShown();
  }, [leads]);
  const organisation = useOrganisation();
  // Calls only, in the organisation's day: the same count the supervisor dashboard shows.
  const timeZone = organisation?.timezone ?? null;
  const callsToday = useLiveQuery(
    () =>
      db.activities
        .where('at')
        .aboveOrEqual(timeZone ? dayOf(timeZone, Date.now()).from : Date.now())
        .filter((a) => a.type === 'call')
        .count(),
    [db, timeZone],
  );
  return (
    <Box sx={{ p: { xs: 2, md: 3 }, maxWidth: 1200 }} data-testid={`area-${area}`}>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
        {t(`area.${area}.title`)}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 3 }}>
        {t(`area.${area}.subtitle`)}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ mb: 3 }}>
        <Paper sx={{ p: 2, minWidth: 200 }} data-testid="local-lead-count">
          <Typography variant="h6">
            {leads === undefined
              ? '…'
              : t('leads.count', { count: leads, n: format.number(leads) })}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('leads.inLocalDb')}
          </Typography>
        </Paper>
        <Paper sx={{ p: 2, minWidth: 200 }} data-testid="calls-today">
          <Typography variant="h6">
            {t('calls.today', { count: callsToday ?? 0, n: format.number(callsToday ?? 0) })}
          </Typography>
        </Paper>
      </Stack>
      {leads === 0 && (
        <Typography color="text.secondary" data-testid="empty-state">
          {t('leads.empty')}
        </Typography>
      )}
      {children}
    </Box>
  );
}
