import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { DncEntry, DncSource } from '../../../../shared/domain/targets';
import { removeInternalDnc, searchDnc } from '../../../db/dnc';
import { useDeskDb } from '../../../db/use-desk-db';
import { useFormat } from '../../../i18n/use-format';
import { useDesk } from '../../../ui/desk/use-desk';
import { LtrText } from '../../../ui/components/LtrText';
import { testId } from '../test-id';
import { useCountries } from '../use-countries';
import { usePeople } from '../use-people';

const PAGE = 25;

/** The list itself: search by number (any spelling) or note, by source, and removal of internal entries. */
export function DncTable() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  const desk = useDesk();
  const { ownerLabel } = usePeople();
  const { defaultCountry } = useCountries();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [source, setSource] = useState<DncSource | 'all'>('internal');
  const [page, setPage] = useState(0);
  const [removing, setRemoving] = useState<DncEntry | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(text);
      setPage(0);
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);
  const result = useLiveQuery(
    () =>
      searchDnc(
        db,
        { text: query, source, ...(defaultCountry ? { defaultCountry } : {}) },
        page * PAGE,
        PAGE,
      ),
    [db, query, source, page, defaultCountry],
  );

  const remove = async (entry: DncEntry) => {
    if (!desk) return;
    const r = await removeInternalDnc(desk, entry.phoneE164);
    setRemoving(null);
    if (!r.ok) return setMessage({ ok: false, text: t(`lists.errors.${r.error}`) });
    setMessage({
      ok: true,
      text: r.stillNational
        ? t('lists.dnc.removedStillNational')
        : t('lists.dnc.removed', { count: r.cleared, n: format.number(r.cleared) }),
    });
  };

  return (
    <Paper sx={{ p: 2 }} data-testid="dnc-list">
      <Stack direction="row" sx={{ gap: 1.5, alignItems: 'center', flexWrap: 'wrap', mb: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
          {t('lists.dnc.listTitle')}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={source}
          onChange={(_, v: DncSource | 'all' | null) => {
            if (v) {
              setSource(v);
              setPage(0);
            }
          }}
        >
          {(['internal', 'national', 'all'] as const).map((s) => (
            <ToggleButton key={s} value={s} data-testid={`dnc-source-${s}`}>
              {t(`lists.dnc.source.${s}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <TextField
          size="small"
          type="search"
          label={t('lists.dnc.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          sx={{ flex: 1, minWidth: 200 }}
          slotProps={{ htmlInput: testId('dnc-search') }}
        />
      </Stack>
      {message && (
        <Alert
          severity={message.ok ? 'success' : 'error'}
          onClose={() => setMessage(null)}
          sx={{ mb: 1 }}
          data-testid="dnc-list-message"
        >
          {message.text}
        </Alert>
      )}
      <TableContainer>
        <Table size="small" data-testid="dnc-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('lists.dnc.phone')}</TableCell>
              <TableCell>{t('lists.dnc.sourceColumn')}</TableCell>
              <TableCell>{t('lists.dnc.note')}</TableCell>
              <TableCell>{t('lists.dnc.addedBy')}</TableCell>
              <TableCell>{t('lists.dnc.addedAt')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {(result?.rows ?? []).map((e) => (
              <TableRow key={e.phoneE164} data-testid="dnc-row">
                <TableCell>
                  <LtrText>{e.phoneE164}</LtrText>
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={e.source === 'internal' ? 'primary' : 'default'}
                    label={t(`lists.dnc.source.${e.source}`)}
                  />
                </TableCell>
                <TableCell sx={{ maxWidth: 320, overflowWrap: 'anywhere' }}>
                  <bdi>{e.note}</bdi>
                </TableCell>
                <TableCell>
                  <bdi>{e.addedBy ? ownerLabel(e.addedBy) : '—'}</bdi>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.addedAt)}</TableCell>
                <TableCell align="right">
                  {e.source === 'internal' && (
                    <Button
                      size="small"
                      color="error"
                      onClick={() => setRemoving(e)}
                      data-testid="dnc-remove"
                    >
                      {t('lists.dnc.remove')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
            {result && result.rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={6}>
                  <Typography color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                    {t('lists.dnc.empty')}
                  </Typography>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={result?.total ?? 0}
        page={page}
        rowsPerPage={PAGE}
        rowsPerPageOptions={[PAGE]}
        onPageChange={(_, p) => setPage(p)}
      />
      <Dialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        data-testid="dnc-remove-dialog"
      >
        <DialogTitle>{t('lists.dnc.removeTitle')}</DialogTitle>
        <DialogContent>
          <Typography variant="h6" component="p" sx={{ mb: 1 }}>
            {removing && <LtrText>{removing.phoneE164}</LtrText>}
          </Typography>
          <Typography>{t('lists.dnc.removeBody')}</Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setRemoving(null)}>{t('common.cancel')}</Button>
          <Button
            color="error"
            variant="contained"
            onClick={() => removing && void remove(removing)}
            data-testid="dnc-remove-confirm"
          >
            {t('lists.dnc.remove')}
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
