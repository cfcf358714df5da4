import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import SettingsPhoneOutlinedIcon from '@mui/icons-material/SettingsPhoneOutlined';
import type { User } from '../../../../shared/domain/content';
import type { SipAccountInput, SipAccountView } from '../../../../shared/domain/telephony';
import { LtrText } from '../../../ui/components/LtrText';
import { SipAccountDialog } from './SipAccountDialog';
import { useRequestErrorText } from './use-request-error-text';

export type SipAccountsTableProps = {
  /** Everyone in the organisation, in display order. */
  users: readonly User[];
  accounts: readonly SipAccountView[];
  hasSecret: boolean;
  onSave: (userId: string, input: SipAccountInput) => Promise<void>;
  onRemove: (userId: string) => Promise<void>;
};

type Row = {
  userId: string;
  name: string | null;
  disabled: boolean;
  account: SipAccountView | null;
};

/** Every person and their SIP account; a dialog to set one, and removal. */
export function SipAccountsTable({
  users,
  accounts,
  hasSecret,
  onSave,
  onRemove,
}: SipAccountsTableProps) {
  const { t } = useTranslation();
  const requestErrorText = useRequestErrorText();
  const [editing, setEditing] = useState<Row | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const byUser = new Map(accounts.map((a) => [a.userId, a]));
  const rows: Row[] = [
    ...users.map((u) => ({
      userId: u.id,
      name: u.displayName,
      disabled: !!u.disabled,
      account: byUser.get(u.id) ?? null,
    })),
    // Accounts of people this desk does not (yet) hold.
    ...accounts
      .filter((a) => !users.some((u) => u.id === a.userId))
      .map((a) => ({ userId: a.userId, name: null, disabled: false, account: a })),
  ];
  const nameOf = (row: Row) => row.name ?? t('phoneAdmin.accounts.unknownPerson');
  const ephemeralWithoutKey = !hasSecret && accounts.some((a) => a.authMode === 'ephemeral');

  const remove = async (row: Row) => {
    if (!window.confirm(t('phoneAdmin.accounts.removeConfirm', { name: nameOf(row) }))) return;
    setFailure(null);
    try {
      await onRemove(row.userId);
    } catch (error) {
      setFailure(requestErrorText(error));
    }
  };

  return (
    <Paper sx={{ p: 2 }} data-testid="sip-accounts">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        {t('phoneAdmin.accounts.title')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {t('phoneAdmin.accounts.intro')}
      </Typography>
      {ephemeralWithoutKey && (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="sip-accounts-no-key">
          {t('phoneAdmin.accounts.noKeyWarning')}
        </Alert>
      )}
      {failure && (
        <Alert severity="error" sx={{ mb: 1 }} data-testid="sip-accounts-failure">
          {failure}
        </Alert>
      )}
      <Table size="small" data-testid="sip-accounts-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('phoneAdmin.accounts.person')}</TableCell>
            <TableCell>{t('phoneAdmin.accounts.sipUser')}</TableCell>
            <TableCell>{t('phoneAdmin.accounts.mode')}</TableCell>
            <TableCell>{t('phoneAdmin.accounts.password')}</TableCell>
            <TableCell>{t('phoneAdmin.accounts.wssUrl')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const a = row.account;
            return (
              <TableRow
                key={row.userId}
                data-testid={`sip-row-${row.userId}`}
                data-has-account={a ? 'yes' : 'no'}
                sx={{ opacity: row.disabled ? 0.6 : 1 }}
              >
                <TableCell>
                  <bdi>{nameOf(row)}</bdi>
                  {row.disabled && (
                    <Chip
                      size="small"
                      sx={{ marginInlineStart: 1 }}
                      label={t('phoneAdmin.accounts.disabled')}
                    />
                  )}
                </TableCell>
                <TableCell data-testid={`sip-user-${row.userId}`}>
                  {a ? (
                    <LtrText>{a.sipUser}</LtrText>
                  ) : (
                    <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
                      {t('phoneAdmin.accounts.none')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell data-testid={`sip-mode-${row.userId}`}>
                  {a && (
                    <Chip
                      size="small"
                      variant="outlined"
                      label={t(`phoneAdmin.mode.${a.authMode}`)}
                      data-mode={a.authMode}
                    />
                  )}
                </TableCell>
                <TableCell data-testid={`sip-password-${row.userId}`}>
                  {a &&
                    (a.authMode === 'ephemeral'
                      ? t('phoneAdmin.accounts.passwordNotUsed')
                      : a.hasPassword
                        ? t('phoneAdmin.accounts.passwordSet')
                        : t('phoneAdmin.accounts.passwordNotSet'))}
                </TableCell>
                <TableCell data-testid={`sip-wss-${row.userId}`}>
                  {a &&
                    (a.wssUrl ? (
                      <LtrText>{a.wssUrl}</LtrText>
                    ) : (
                      t('phoneAdmin.accounts.orgAddress')
                    ))}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
                    <Tooltip title={t('phoneAdmin.accounts.edit')}>
                      <IconButton
                        size="small"
                        aria-label={t('phoneAdmin.accounts.edit')}
                        onClick={() => setEditing(row)}
                        data-testid={`sip-edit-${row.userId}`}
                      >
                        <SettingsPhoneOutlinedIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    {a && (
                      <Tooltip title={t('phoneAdmin.accounts.remove')}>
                        <IconButton
                          size="small"
                          aria-label={t('phoneAdmin.accounts.remove')}
                          onClick={() => void remove(row)}
                          data-testid={`sip-remove-${row.userId}`}
                        >
                          <DeleteOutlinedIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {editing && (
        <SipAccountDialog
          name={nameOf(editing)}
          account={editing.account}
          hasSecret={hasSecret}
          onSave={(input) => onSave(editing.userId, input)}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}
