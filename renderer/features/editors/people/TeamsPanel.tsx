import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
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
import AddIcon from '@mui/icons-material/Add';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import type { Team } from '../../../../shared/domain/content';
import { MAX_TEAM_REPS, missingLanguages, teamReps } from '../../../../shared/domain/editing';
import { uuidv7, type TeamId } from '../../../../shared/domain/ids';
import { useFormat } from '../../../i18n/use-format';
import { useLocalized } from '../../../i18n/use-localized';
import { MissingLanguages } from '../components/MissingLanguages';
import { TeamDialog } from './TeamDialog';
import type { usePeople } from './use-people';

export type TeamsPanelProps = { people: ReturnType<typeof usePeople> };

/** The teams, their supervisors and sizes; administrators add and rename them. */
export function TeamsPanel({ people }: TeamsPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const localize = useLocalized('ar');
  const [editing, setEditing] = useState<{ team: Team; isNew: boolean } | null>(null);
  const { admin, myTeams, users } = people;
  return (
    <Paper sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {t('editors.teams.title')}
        </Typography>
        {admin && (
          <Button
            startIcon={<AddIcon />}
            onClick={() =>
              setEditing({
                isNew: true,
                team: { id: uuidv7() as TeamId, name: {}, supervisorId: null },
              })
            }
            data-testid="team-add"
          >
            {t('editors.teams.add')}
          </Button>
        )}
      </Stack>
      {!admin && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {t('editors.teams.adminOnly')}
        </Alert>
      )}
      <Table size="small" data-testid="teams-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('editors.people.team')}</TableCell>
            <TableCell>{t('editors.teams.supervisor')}</TableCell>
            <TableCell>{t('editors.teams.reps')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {myTeams.map((team) => {
            const reps = teamReps(users, team.id).length;
            const boss = users.find((u) => u.id === team.supervisorId);
            return (
              <TableRow key={team.id} data-testid={`team-${team.id}`}>
                <TableCell>
                  <bdi>{localize(team.name)?.value ?? team.id}</bdi>
                  <MissingLanguages missing={missingLanguages(team.name)} />
                </TableCell>
                <TableCell>
                  {boss ? <bdi>{boss.displayName}</bdi> : t('editors.teams.noSupervisor')}
                </TableCell>
                <TableCell sx={{ color: reps > MAX_TEAM_REPS ? 'warning.main' : undefined }}>
                  {format.number(reps)}
                </TableCell>
                <TableCell align="right">
                  {admin && (
                    <Tooltip title={t('editors.teams.edit')}>
                      <IconButton
                        size="small"
                        aria-label={t('editors.teams.edit')}
                        onClick={() => setEditing({ team, isNew: false })}
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
      {editing && (
        <TeamDialog
          team={editing.team}
          isNew={editing.isNew}
          users={users}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}
