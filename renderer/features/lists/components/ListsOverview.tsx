import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import { LEAD_STAGES } from '../../../../shared/domain/lead';
import { toCsv } from '../../../../shared/csv/write';
import { listStageCounts, type ListStats } from '../../../db/assignment';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeskDb } from '../../../db/use-desk-db';
import { useFormat } from '../../../i18n/use-format';
import { downloadText } from '../../../lib/download';
import { listsHash } from '../lists-route';
import { ListOwners } from './ListOwners';
import { csvFileName } from './csv-file-name';
import { ListCostCell } from '../../insight/sources/ListCostCell';
import { useListCosts } from '../../insight/sources/use-list-costs';
import { useOrganisation } from '../../../ui/desk/use-organisation';

export type ListsOverviewProps = { onReassign: (listName: string) => void };

/** Every lead list with its leads per stage; a list opens who holds it, or the reassign filter. */
export function ListsOverview({ onReassign }: ListsOverviewProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  // The kept tallies (db/tallies.ts): moved with every lead written, read at once.
  const lists = useLiveQuery(() => listStageCounts(db), [db]);
  const [open, setOpen] = useState<string | null>(null);
  // What each list cost, set here or on Insight → Sources.
  const costs = useListCosts();
  const org = useOrganisation();
  const stageLabels = LEAD_STAGES.map((s) => t(`stage.${s}`));
  const nameOf = (l: ListStats) => l.listName ?? t('lists.noList');

  const exportAll = () => {
    const rows = (lists ?? []).map((l) => [
      nameOf(l),
      ...LEAD_STAGES.map((s) => l.byStage[s]),
      l.total,
    ]);
    downloadText(
      csvFileName(t('lists.csv.allLists')),
      toCsv([t('lists.list'), ...stageLabels, t('lists.total')], rows),
    );
  };

  if (!lists) return <LinearProgress />;
  return (
    <Stack sx={{ gap: 2 }}>
      <Paper sx={{ p: 2 }}>
        <Stack
          direction="row"
          sx={{
            alignItems: 'center',
            justifyContent: 'space-between',
            mb: 1,
            gap: 1,
            flexWrap: 'wrap',
          }}
        >
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
            {t('lists.overviewTitle')}
          </Typography>
          <Button
            startIcon={<DownloadIcon />}
            onClick={exportAll}
            disabled={lists.length === 0}
            data-testid="lists-export-all"
          >
            {t('lists.exportAll')}
          </Button>
        </Stack>
        {lists.length === 0 ? (
          <Typography color="text.secondary">{t('lists.empty')}</Typography>
        ) : (
          <TableContainer>
            <Table size="small" data-testid="lists-table">
              <TableHead>
                <TableRow>
                  <TableCell>{t('lists.list')}</TableCell>
                  {stageLabels.map((label) => (
                    <TableCell key={label} align="right">
                      {label}
                    </TableCell>
                  ))}
                  <TableCell align="right">{t('lists.total')}</TableCell>
                  <TableCell align="right">{t('insightSources.col.cost')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {lists.map((l) => (
                  <TableRow
                    key={l.listName ?? ''}
                    hover
                    selected={open === l.listName && l.listName !== null}
                    data-testid="list-row"
                    data-list={l.listName ?? ''}
                  >
                    <TableCell sx={{ maxWidth: 280 }}>
                      {l.listName === null ? (
                        <Typography variant="body2" color="text.secondary">
                          {nameOf(l)}
                        </Typography>
                      ) : (
                        <Link
                          component="button"
                          type="button"
                          onClick={() => setOpen(open === l.listName ? null : l.listName)}
                          sx={{ textAlign: 'start' }}
                          data-testid="list-open"
                        >
                          <bdi>{l.listName}</bdi>
                        </Link>
                      )}
                    </TableCell>
                    {LEAD_STAGES.map((s) => (
                      <TableCell key={s} align="right" data-stage={s}>
                        {l.byStage[s] ? format.number(l.byStage[s]) : '·'}
                      </TableCell>
                    ))}
                    <TableCell align="right" sx={{ fontWeight: 700 }} data-testid="list-total">
                      {format.number(l.total)}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }} data-testid="list-cost">
                      {l.listName !== null && costs && org && (
                        <ListCostCell list={l.listName} costs={costs} currency={org.currency} />
                      )}
                    </TableCell>
                    <TableCell align="right">
                      {l.listName !== null && (
                        <Link
                          href={listsHash({ view: 'assign', list: l.listName })}
                          onClick={(e) => {
                            e.preventDefault();
                            onReassign(l.listName as string);
                          }}
                          sx={{ whiteSpace: 'nowrap' }}
                          data-testid="list-reassign"
                        >
                          {t('lists.reassignShort')}
                        </Link>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Paper>
      {open !== null && (
        <Box>
          <ListOwners
            listName={open}
            stats={lists.find((l) => l.listName === open) ?? null}
            onReassign={() => onReassign(open)}
          />
        </Box>
      )}
    </Stack>
  );
}
