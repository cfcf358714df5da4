import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useDeskDb } from '../../db/use-desk-db';
import { useFormat } from '../../i18n/use-format';

/** The last imports made on this desk, newest first (from the `at` index). */
export function ImportHistory() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  const imports = useLiveQuery(() => db.imports.orderBy('at').reverse().limit(10).toArray(), [db]);
  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
        {t('importer.history.title')}
      </Typography>
      {imports && imports.length === 0 ? (
        <Typography color="text.secondary">{t('importer.history.empty')}</Typography>
      ) : (
        <Table size="small" data-testid="import-history">
          <TableHead>
            <TableRow>
              <TableCell>{t('importer.history.when')}</TableCell>
              <TableCell>{t('importer.history.list')}</TableCell>
              <TableCell>{t('importer.history.file')}</TableCell>
              <TableCell align="right">{t('importer.history.imported')}</TableCell>
              <TableCell align="right">{t('importer.history.duplicates')}</TableCell>
              <TableCell align="right">{t('importer.history.invalid')}</TableCell>
              <TableCell align="right">{t('importer.history.dnc')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(imports ?? []).map((r) => (
              <TableRow key={r.id}>
                <TableCell>{format.dateTime(r.at)}</TableCell>
                <TableCell>
                  <bdi>{r.listName}</bdi>
                </TableCell>
                <TableCell>
                  <bdi>{r.fileName}</bdi>
                </TableCell>
                <TableCell align="right">{format.number(r.imported)}</TableCell>
                <TableCell align="right">{format.number(r.duplicates)}</TableCell>
                <TableCell align="right">{format.number(r.invalid)}</TableCell>
                <TableCell align="right">{format.number(r.skippedDnc)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
