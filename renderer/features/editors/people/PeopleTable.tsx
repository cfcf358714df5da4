import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
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
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import PersonAddAlt1Icon from '@mui/icons-material/PersonAddAlt1';
import KeyOutlinedIcon from '@mui/icons-material/KeyOutlined';
import { canEditUser } from '../../../../shared/domain/editing';
import type { User } from '../../../../shared/domain/content';
import type { UserId } from '../../../../shared/domain/ids';
import { uuidv7 } from '../../../../shared/domain/ids';
import { LtrText } from '../../../ui/components/LtrText';
import { languageInfo } from '../../../i18n/languages';
import { useLocalized } from '../../../i18n/use-localized';
import { UserDialog } from './UserDialog';
import { PersonAccessDialog } from '../../accounts/PersonAccessDialog';
import { useAccountCalls } from '../../accounts/use-account-calls';
import { useDeskSync } from '../../../ui/sync/use-desk-sync';
import type { usePeople } from './use-people';

export type PeopleTableProps = { people: ReturnType<typeof usePeople> };

/** Everyone the editor works with, and the dialog to add or change a person. */
export function PeopleTable({ people }: PeopleTableProps) {
  const { t } = useTranslation();
  const localize = useLocalized('ar');
  const [editing, setEditing] = useState<{ user: User; isNew: boolean } | null>(null);
  const { actor, admin, teams, myTeams, visibleUsers } = people;
  // Passwords and sessions live on the server: an administrator signed in to one manages them.
  const { phase } = useDeskSync();
  const accountCalls = useAccountCalls();
  const [access, setAccess] = useState<User | null>(null);
  const manageAccess = admin && phase === 'active';
  const teamName = (id: string | null) => {
    const team = teams.find((x) => x.id === id);
    return team ? (localize(team.name)?.value ?? id) : t('editors.people.noTeam');
  };
  const add = () => {
    const teamId = myTeams[0]?.id ?? null;
    setEditing({
      isNew: true,
      user: {
        id: uuidv7() as UserId,
        displayName: '',
        email: '',
        roles: ['hunter'],
        teamId,
        locale: actor?.locale ?? 'ar',
        dailyCallTarget: 0,
        dailyBookingTarget: 0,
      },
    });
  };
  return (
    <Paper sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {t('editors.people.title')}
        </Typography>
        <Button
          startIcon={<PersonAddAlt1Icon />}
          onClick={add}
          disabled={myTeams.length === 0 && !admin}
          data-testid="user-add"
        >
          {t('editors.people.add')}
        </Button>
      </Stack>
      <Table size="small" data-testid="people-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('editors.people.name')}</TableCell>
            <TableCell>{t('editors.people.email')}</TableCell>
            <TableCell>{t('editors.people.roles')}</TableCell>
            <TableCell>{t('editors.people.team')}</TableCell>
            <TableCell>{t('editors.people.language')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {visibleUsers.map((u) => {
            const editable = canEditUser(actor, u, u, teams);
            return (
              <TableRow
                key={u.id}
                data-testid={`person-${u.id}`}
                sx={{ opacity: u.disabled ? 0.6 : 1 }}
              >
                <TableCell>
                  <bdi>{u.displayName}</bdi>
                  {u.disabled && (
                    <Chip
                      size="small"
                      sx={{ marginInlineStart: 1 }}
                      label={t('editors.people.disabled')}
                    />
                  )}
                </TableCell>
                <TableCell>
                  <LtrText>{u.email}</LtrText>
                </TableCell>
                <TableCell>
                  <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
                    {u.roles.map((r) => (
                      <Chip key={r} size="small" variant="outlined" label={t(`roles.${r}`)} />
                    ))}
                  </Stack>
                </TableCell>
                <TableCell>
                  <bdi>{teamName(u.teamId)}</bdi>
                </TableCell>
                <TableCell lang={u.locale}>{languageInfo(u.locale).nativeName}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {manageAccess && (
                    <Tooltip title={t('accounts.person.open')}>
                      <IconButton
                        size="small"
                        aria-label={t('accounts.person.open')}
                        onClick={() => setAccess(u)}
                        data-testid={`person-access-${u.id}`}
                      >
                        <KeyOutlinedIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                  {editable && (
                    <Tooltip title={t('editors.people.edit')}>
                      <IconButton
                        size="small"
                        aria-label={t('editors.people.edit')}
                        onClick={() => setEditing({ user: u, isNew: false })}
                        data-testid={`person-edit-${u.id}`}
                      >
                        <EditOutlinedIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {access && (
        <PersonAccessDialog person={access} onClose={() => setAccess(null)} calls={accountCalls} />
      )}
      {editing && (
        <UserDialog
          user={editing.user}
          isNew={editing.isNew}
          teams={admin ? teams : myTeams}
          admin={admin}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}
