import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { User, Team } from '../../../../shared/domain/content';
import { missingLanguages, type UserIssue } from '../../../../shared/domain/editing';
import { CONTENT_LANGUAGES } from '../../../../shared/domain/localized-content';
import type { UserId } from '../../../../shared/domain/ids';
import { saveTeam, type PeopleError } from '../../../db/people-repo';
import { useDeskDb } from '../../../db/use-desk-db';
import { languageInfo } from '../../../i18n/languages';
import { useAppStore } from '../../../store/use-app-store';
import { MissingLanguages } from '../components/MissingLanguages';

export type TeamDialogProps = {
  team: Team;
  isNew: boolean;
  users: readonly User[];
  onClose: () => void;
};

/** Adds or edits a team: its name in each language and its supervisor (administrators). */
export function TeamDialog({ team, isNew, users, onClose }: TeamDialogProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const actor = useAppStore((s) => s.user);
  const [draft, setDraft] = useState<Team>(team);
  const [issues, setIssues] = useState<UserIssue[]>([]);
  const [failure, setFailure] = useState<PeopleError | null>(null);
  const supervisors = users.filter((u) => u.roles.includes('supervisor'));
  const save = async () => {
    const r = await saveTeam({ db, actor }, draft, { isNew });
    if (r.ok) return onClose();
    setIssues(r.issues);
    setFailure(r.error === 'invalid' ? null : r.error);
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth data-testid="team-dialog">
      <DialogTitle>
        {isNew ? t('editors.teams.addTitle') : t('editors.teams.editTitle')}
      </DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          {failure && <Alert severity="error">{t(`editors.error.${failure}`)}</Alert>}
          {issues.map((i) => (
            <Alert key={i} severity="error">
              {t(`editors.people.issue.${i}`)}
            </Alert>
          ))}
          {CONTENT_LANGUAGES.map((l) => (
            <TextField
              key={l}
              size="small"
              label={t('editors.teams.nameIn', { language: languageInfo(l).nativeName })}
              value={draft.name[l] ?? ''}
              onChange={(e) => setDraft({ ...draft, name: { ...draft.name, [l]: e.target.value } })}
              slotProps={{
                htmlInput: { dir: languageInfo(l).dir, lang: l, 'data-testid': `team-name-${l}` },
              }}
            />
          ))}
          <MissingLanguages missing={missingLanguages(draft.name)} />
          <TextField
            select
            size="small"
            label={t('editors.teams.supervisor')}
            value={draft.supervisorId ?? ''}
            onChange={(e) =>
              setDraft({ ...draft, supervisorId: (e.target.value || null) as UserId | null })
            }
            helperText={t('editors.teams.supervisorHint')}
          >
            <MenuItem value="">{t('editors.teams.noSupervisor')}</MenuItem>
            {supervisors.map((u) => (
              <MenuItem key={u.id} value={u.id}>
                <bdi>{u.displayName}</bdi>
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="team-save">
          {t('editors.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
