import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
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
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { LEAD_STAGES } from '../../../../shared/domain/lead';
import { toCsv } from '../../../../shared/csv/write';
import { listOwners, type ListStats } from '../../../db/assignment';
import { useDeskDb } from '../../../db/use-desk-db';
import { useFormat } from '../../../i18n/use-format';
import { downloadText } from '../../../lib/download';
import { usePeople } from '../use-people';
import { csvFileName } from './csv-file-name';

export type ListOwnersProps = {
  listName: string;
  stats: ListStats | null;
  onReassign: () => void;
};

/** Who holds one list's leads, stage by stage, with the list's counts as CSV. */
export function ListOwners({ listName, stats, onReassign }: ListOwnersProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  const { ownerLabel } = usePeople();
  const owners = useLiveQuery(() => listOwners(db, listName), [db, listName]);
  const stageLabels = LEAD_STAGES.map((s) => t(`stage.${s}`));

  const exportList = () => {
    const rows = [
      [t('lists.allOwners'), ...LEAD_STAGES.map((s) => stats?.byStage[s] ?? 0), stats?.total ?? 0],
      ...(owners ?? []).map((o) => [
        ownerLabel(o.owner),
        ...LEAD_STAGES.map((s) => o.byStage[s]),
        o.total,
      ]),
    ];
    downloadText(
      csvFileName(listName),
      toCsv([t('lists.owner.column'), ...stageLabels, t('lists.total')], rows),
    );
  };

  return (
    <Paper sx={{ p: 2 }} data-testid="list-owners">
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
          {t('lists.ownersOf')} <bdi>{listName}</bdi>
        </Typography>
        <Stack direction="row" sx={{ gap: 1 }}>
          <Button startIcon={<DownloadIcon />} onClick={exportList} data-testid="list-export">
            {t('lists.exportList')}
          </Button>
          <Button variant="contained" startIcon={<SwapHorizIcon />} onClick={onReassign}>
            {t('lists.reassignList')}
          </Button>
        </Stack>
      </Stack>
      {!owners ? (
        <LinearProgress />
      ) : (
        <TableContainer>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('lists.owner.column')}</TableCell>
                {stageLabels.map((label) => (
                  <TableCell key={label} align="right">
                    {label}
                  </TableCell>
                ))}
                <TableCell align="right">{t('lists.total')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {owners.map((o) => (
                <TableRow key={o.owner} data-testid="owner-row" data-owner={o.owner}>
                  <TableCell>
                    <bdi>{ownerLabel(o.owner)}</bdi>
                  </TableCell>
                  {LEAD_STAGES.map((s) => (
                    <TableCell key={s} align="right">
                      {o.byStage[s] ? format.number(o.byStage[s]) : '·'}
                    </TableCell>
                  ))}
                  <TableCell align="right" sx={{ fontWeight: 700 }} data-testid="owner-total">
                    {format.number(o.total)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  );
}
