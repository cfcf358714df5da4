// "Who can be called now": of the due leads in the supervisor's queues (their reps' and their
// teams' pools), how many the rules let the floor call now, how many they hold back and why,
// with a short list. Counts come from the zone index (renderer/db/calling-preview.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { CallingPolicyOf } from '../../../shared/domain/calling-rules';
import type { ClosedReason } from '../../../shared/domain/calling-window';
import { leadTimezone } from '../../../shared/domain/phone-timezone';
import { callableNow } from '../../db/calling-preview';
import { useDeskDb } from '../../db/use-desk-db';
import { useFormat } from '../../i18n/use-format';
import { DashboardCard } from '../supervisor/dashboard/DashboardCard';
import { useDashboardScope } from '../supervisor/dashboard/use-dashboard-scope';
import { useNow } from '../supervisor/dashboard/use-now';

export type CallablePreviewProps = {
  organisationTimezone: string;
  calling: CallingPolicyOf;
  /** Whether `calling` is the editor's unsaved draft. */
  draft: boolean;
};

const REASONS: readonly ClosedReason[] = ['weekend', 'holiday', 'period', 'outsideHours'];

export function CallablePreview({ organisationTimezone, calling, draft }: CallablePreviewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const db = useDeskDb();
  const now = useNow(60_000);
  const scope = useDashboardScope('all', 'all');
  const owners = [
    ...scope.reps.map((r) => r.id as string),
    ...scope.teams.map((tm) => `team:${tm.id}`),
  ];
  const preview = useLiveQuery(
    () =>
      scope.ready ? callableNow(db, { owners, organisationTimezone, calling }, now, 10) : undefined,
    [db, owners.join(), organisationTimezone, calling, now, scope.ready],
  );
  const rows = preview ? [...preview.callableLeads.slice(0, 3), ...preview.heldLeads] : [];
  return (
    <DashboardCard
      title={t('callingRules.preview.title')}
      subtitle={draft ? t('callingRules.preview.draft') : t('callingRules.preview.saved')}
      testId="cr-preview"
    >
      {!preview ? (
        <Typography color="text.secondary">{t('callingRules.preview.loading')}</Typography>
      ) : (
        <Stack sx={{ gap: 1.5 }}>
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }} role="list">
            <Chip
              role="listitem"
              color="success"
              data-testid="cr-preview-callable"
              label={t('callingRules.preview.callable', {
                count: preview.callable,
                n: format.number(preview.callable),
              })}
            />
            {REASONS.map((r) => (
              <Chip
                key={r}
                role="listitem"
                variant="outlined"
                color={preview.held[r] > 0 ? 'warning' : 'default'}
                data-testid={`cr-preview-${r}`}
                label={t('callingRules.preview.held', {
                  reason: t(`callingRules.preview.reasonShort.${r}`),
                  n: format.number(preview.held[r]),
                })}
              />
            ))}
          </Stack>
          {rows.length === 0 ? (
            <Typography color="text.secondary">{t('callingRules.preview.nothingDue')}</Typography>
          ) : (
            <Table size="small" aria-label={t('callingRules.preview.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('callingRules.preview.lead')}</TableCell>
                  <TableCell>{t('callingRules.preview.localTime')}</TableCell>
                  <TableCell>{t('callingRules.preview.status')}</TableCell>
                  <TableCell>{t('callingRules.preview.next')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => {
                  const lead = 'lead' in row ? row.lead : row;
                  const zone = leadTimezone(lead, organisationTimezone);
                  return (
                    <TableRow key={lead.id} data-testid="cr-preview-row">
                      <TableCell>
                        <bdi>{lead.name}</bdi>
                      </TableCell>
                      <TableCell>
                        {format.dateTime(now, zone)} <bdi>({zone})</bdi>
                      </TableCell>
                      <TableCell>
                        {'why' in row
                          ? t(`callingRules.reason.${row.why.reason}`, { name: row.why.name ?? '' })
                          : t('callingRules.preview.canCall')}
                      </TableCell>
                      <TableCell>
                        {'next' in row
                          ? Number.isFinite(row.next)
                            ? format.dateTime(row.next, zone)
                            : t('callingRules.preview.never')
                          : t('callingRules.preview.nowShort')}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </Stack>
      )}
    </DashboardCard>
  );
}
