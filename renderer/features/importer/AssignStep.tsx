import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ImportPriority } from '../../../shared/import/lead';
import { useLocalized } from '../../i18n/use-localized';
import type { AssignChoice, AssignMode, AssignProblem } from './assignment-choice';
import type { ImportPeople } from './use-import-people';

export type AssignStepProps = {
  choice: AssignChoice;
  people: ImportPeople;
  problem: AssignProblem | null;
  /** Show the problem only once the user tried to start. */
  showProblem: boolean;
  onChange: (choice: AssignChoice) => void;
};

const MODES: readonly AssignMode[] = ['team', 'roundRobin', 'agent'];

/** Step 3: the list's name, who calls its leads, and how urgently. */
export function AssignStep({ choice, people, problem, showProblem, onChange }: AssignStepProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const set = (patch: Partial<AssignChoice>) => onChange({ ...choice, ...patch });
  const shown = showProblem ? problem : null;
  const toggleHunter = (id: string, on: boolean) =>
    set({
      hunterIds: on ? [...choice.hunterIds, id] : choice.hunterIds.filter((h) => h !== id),
    });

  return (
    <Stack spacing={3} sx={{ maxWidth: 640 }}>
      <TextField
        label={t('importer.assign.listName')}
        value={choice.listName}
        onChange={(e) => set({ listName: e.target.value })}
        required
        error={shown === 'listNameRequired'}
        helperText={
          shown === 'listNameRequired'
            ? t('importer.assign.listNameRequired')
            : t('importer.assign.listNameHelp')
        }
        slotProps={{ htmlInput: { 'data-testid': 'import-list-name', maxLength: 200 } }}
      />
      <FormControl>
        <FormLabel id="import-mode">{t('importer.assign.mode')}</FormLabel>
        <RadioGroup
          aria-labelledby="import-mode"
          value={choice.mode}
          onChange={(e) => set({ mode: e.target.value as AssignMode })}
        >
          {MODES.map((m) => (
            <FormControlLabel
              key={m}
              value={m}
              control={
                <Radio slotProps={{ input: { 'data-testid': `assign-mode-${m}` } as object }} />
              }
              label={t(`importer.assign.${m}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      {choice.mode === 'team' && (
        <TextField
          select
          label={t('importer.assign.teamSelect')}
          value={choice.teamId}
          onChange={(e) => set({ teamId: e.target.value })}
          error={shown === 'noTeam'}
          helperText={shown === 'noTeam' ? t('importer.assign.noTeam') : undefined}
        >
          {people.teams.map((team) => (
            <MenuItem key={team.id} value={team.id}>
              <bdi>{localized(team.name)?.value ?? team.id}</bdi>
            </MenuItem>
          ))}
        </TextField>
      )}
      {choice.mode === 'roundRobin' && (
        <FormControl error={shown === 'noHunters'}>
          <FormLabel>{t('importer.assign.hunters')}</FormLabel>
          <FormGroup>
            {people.hunters.map((u) => (
              <FormControlLabel
                key={u.id}
                control={
                  <Checkbox
                    checked={choice.hunterIds.includes(u.id)}
                    onChange={(e) => toggleHunter(u.id, e.target.checked)}
                    slotProps={{ input: { 'data-testid': `assign-hunter-${u.id}` } as object }}
                  />
                }
                label={<bdi>{u.displayName}</bdi>}
              />
            ))}
          </FormGroup>
          {shown === 'noHunters' && (
            <FormHelperText>{t('importer.assign.noHunters')}</FormHelperText>
          )}
        </FormControl>
      )}
      {choice.mode === 'agent' && (
        <TextField
          select
          label={t('importer.assign.agentSelect')}
          value={choice.agentId}
          onChange={(e) => set({ agentId: e.target.value })}
          error={shown === 'noAgent'}
          helperText={shown === 'noAgent' ? t('importer.assign.noAgent') : undefined}
        >
          {people.agents.map((u) => (
            <MenuItem key={u.id} value={u.id}>
              <bdi>{u.displayName}</bdi>
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        select
        label={t('importer.assign.priority')}
        value={choice.priority}
        onChange={(e) => set({ priority: e.target.value as ImportPriority })}
        slotProps={{
          select: { SelectDisplayProps: { 'data-testid': 'import-priority' } as object },
        }}
      >
        <MenuItem value="normal">{t('importer.assign.priorityNormal')}</MenuItem>
        <MenuItem value="high" data-testid="import-priority-high">
          {t('importer.assign.priorityHigh')}
        </MenuItem>
      </TextField>
    </Stack>
  );
}
