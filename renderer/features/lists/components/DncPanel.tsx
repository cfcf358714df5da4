import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { isNationalDncStale } from '../../../../shared/domain/targets';
import { nationalFile } from '../../../db/dnc';
import { useDeskDb } from '../../../db/use-desk-db';
import { useFormat } from '../../../i18n/use-format';
import { DncAddForm } from './DncAddForm';
import { DncImportCard } from './DncImportCard';
import { DncTable } from './DncTable';

/** The do-not-call list: its national file's age, adding numbers, the import, and the list. */
export function DncPanel() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  const file = useLiveQuery(() => nationalFile(db), [db]);
  const now = Date.now();
  const ageDays = file ? Math.floor((now - file.fileDate) / 86_400_000) : 0;
  return (
    <Stack sx={{ gap: 2 }}>
      {file === undefined ? null : !file || isNationalDncStale(file, now) ? (
        <Alert severity="warning" data-testid="dnc-stale">
          <AlertTitle>{file ? t('lists.dnc.staleTitle') : t('lists.dnc.noneTitle')}</AlertTitle>
          {file
            ? t('lists.dnc.staleBody', {
                date: format.date(file.fileDate, 'UTC'),
                count: ageDays,
                n: format.number(ageDays),
              })
            : t('lists.dnc.noneBody')}
        </Alert>
      ) : (
        <Alert severity="success" data-testid="dnc-fresh">
          {t('lists.dnc.freshBody', {
            date: format.date(file.fileDate, 'UTC'),
            count: file.count,
            n: format.number(file.count),
          })}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <DncAddForm />
        <DncImportCard />
      </Box>
      <DncTable />
    </Stack>
  );
}
