import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { AccountSession } from '../../../shared/accounts/protocol';
import { useFormat } from '../../i18n/use-format';
import { LtrText } from '../../ui/components/LtrText';

export type SessionsTableProps = {
  sessions: readonly AccountSession[];
  /** Ends one session; the caller's own is never offered (they sign out instead). */
  onRevoke: (session: AccountSession) => void;
  busy: boolean;
};

/** Open sessions: which desk, when it signed in and was last active, and from where. */
export function SessionsTable({ sessions, onRevoke, busy }: SessionsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (sessions.length === 0) {
    return (
      <Typography color="text.secondary" data-testid="sessions-none">
        {t('accounts.sessions.none')}
      </Typography>
    );
  }
  return (
    <Table size="small" data-testid="sessions-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('accounts.sessions.client')}</TableCell>
          <TableCell>{t('accounts.sessions.created')}</TableCell>
          <TableCell>{t('accounts.sessions.lastSeen')}</TableCell>
          <TableCell>{t('accounts.sessions.ip')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {sessions.map((s) => (
          <TableRow key={s.id} data-testid={`session-${s.id}`}>
            <TableCell>
              <LtrText>{s.clientId.slice(-8)}</LtrText>
              {s.current && (
                <Chip
                  size="small"
                  color="primary"
                  sx={{ marginInlineStart: 1 }}
                  label={t('accounts.sessions.thisDesk')}
                />
              )}
            </TableCell>
            <TableCell>{format.dateTime(s.createdAt)}</TableCell>
            <TableCell>{format.dateTime(s.lastRefreshedAt)}</TableCell>
            <TableCell>
              <LtrText>{s.ip ?? '—'}</LtrText>
            </TableCell>
            <TableCell align="right">
              {!s.current && (
                <Button
                  size="small"
                  color="error"
                  disabled={busy}
                  onClick={() => onRevoke(s)}
                  data-testid={`session-revoke-${s.id}`}
                >
                  {t('accounts.sessions.revoke')}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
