import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { USER_ROLES, type Team, type UserRole } from '../../../../shared/domain/content';
import type { UserIssue } from '../../../../shared/domain/editing';
import type { User } from '../../../../shared/domain/content';
import type { TeamId } from '../../../../shared/domain/ids';
import { CONTENT_LANGUAGES } from '../../../../shared/domain/localized-content';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { saveUser, type PeopleError } from '../../../db/people-repo';
import { useDeskDb } from '../../../db/use-desk-db';
import { languageInfo } from '../../../i18n/languages';
import { useLocalized } from '../../../i18n/use-localized';
import { useAppStore } from '../../../store/use-app-store';

export type UserDialogProps = {
  user: User;
  isNew: boolean;
  /** Teams the editor may put people in. */
  teams: readonly Team[];
  admin: boolean;
  onClose: () => void;
};

const PRIVILEGED: readonly UserRole[] = ['admin', 'supervisor'];

/** Adds or edits a person: name, e-mail, roles, team, language, and whether they may sign in. */
export function UserDialog({ user, isNew, teams, admin, onClose }: UserDialogProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const actor = useAppStore((s) => s.user);
  const setSessionUser = useAppStore((s) => s.setUser);
  const localize = useLocalized('ar');
  const [draft, setDraft] = useState<User>(user);
  const [issues, setIssues] = useState<UserIssue[]>([]);
  const [failure, setFailure] = useState<PeopleError | null>(null);
  const set = (patch: Partial<User>) => setDraft((d) => ({ ...d, ...patch }));
  const issue = (...codes: UserIssue[]) => {
    const found = issues.find((i) => codes.includes(i));
    return found ? t(`editors.people.issue.${found}`) : null;
  };
  const toggleRole = (role: UserRole, on: boolean) =>
    set({ roles: on ? [...draft.roles, role] : draft.roles.filter((r) => r !== role) });

  const save = async () => {
    const r = await saveUser({ db, actor }, draft, { isNew });
    if (r.ok) {
      if (actor?.id === r.value.id) setSessionUser(r.value);
      onClose();
      return;
    }
    setIssues(r.issues);
    setFailure(r.error === 'invalid' ? null : r.error);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth data-testid="user-dialog">
      <DialogTitle>
        {isNew ? t('editors.people.addTitle') : t('editors.people.editTitle')}
      </DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          {failure && <Alert severity="error">{t(`editors.error.${failure}`)}</Alert>}
          <TextField
            size="small"
            label={t('editors.people.name')}
            value={draft.displayName}
            onChange={(e) => set({ displayName: e.target.value })}
            error={!!issue('displayNameRequired')}
            helperText={issue('displayNameRequired')}
            required
            slotProps={{ htmlInput: { dir: 'auto', 'data-testid': 'user-name' } }}
          />
          <TextField
            size="small"
            type="email"
            label={t('editors.people.email')}
            value={draft.email}
            onChange={(e) => set({ email: e.target.value })}
            error={!!issue('emailInvalid', 'emailTaken')}
            helperText={issue('emailInvalid', 'emailTaken')}
            required
            slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'user-email' } }}
          />
          <FormControl error={!!issue('rolesRequired')}>
            <FormLabel>{t('editors.people.roles')}</FormLabel>
            <FormGroup row>
              {USER_ROLES.map((role) => (
                <FormControlLabel
                  key={role}
                  label={t(`roles.${role}`)}
                  control={
                    <Checkbox
                      checked={draft.roles.includes(role)}
                      disabled={!admin && PRIVILEGED.includes(role)}
                      onChange={(e) => toggleRole(role, e.target.checked)}
                      slotProps={{ input: { 'data-testid': `user-role-${role}` } as object }}
                    />
                  }
                />
              ))}
            </FormGroup>
            <FormHelperText>
              {issue('rolesRequired') ??
                (admin ? t('editors.people.rolesHint') : t('editors.people.rolesHintSupervisor'))}
            </FormHelperText>
          </FormControl>
          <TextField
            select
            size="small"
            label={t('editors.people.team')}
            value={draft.teamId ?? ''}
            onChange={(e) => set({ teamId: (e.target.value || null) as TeamId | null })}
            error={!!issue('teamRequired')}
            helperText={issue('teamRequired')}
          >
            {admin && <MenuItem value="">{t('editors.people.noTeam')}</MenuItem>}
            {teams.map((team) => (
              <MenuItem key={team.id} value={team.id}>
                <bdi>{localize(team.name)?.value ?? team.id}</bdi>
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('editors.people.language')}
            value={draft.locale}
            onChange={(e) => set({ locale: e.target.value as ContentLanguage })}
          >
            {CONTENT_LANGUAGES.map((l) => (
              <MenuItem key={l} value={l} lang={l}>
                {languageInfo(l).nativeName}
              </MenuItem>
            ))}
          </TextField>
          <FormControlLabel
            control={
              <Switch
                checked={!draft.disabled}
                disabled={actor?.id === draft.id}
                onChange={(e) => set({ disabled: !e.target.checked })}
              />
            }
            label={draft.disabled ? t('editors.people.disabled') : t('editors.people.active')}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="user-save">
          {t('editors.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
