import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { targetKey, type AssignTarget } from '../../../../shared/domain/assignment';
import type { TeamId } from '../../../../shared/domain/ids';
import { testId } from '../test-id';
import { usePeople } from '../use-people';

export type TargetPickerProps = {
  value: AssignTarget[];
  onChange: (targets: AssignTarget[]) => void;
};

type Option = { target: AssignTarget; label: string; group: string };

/** Who gets the leads: one or more agents, or a team's pool; several are served in turn. */
export function TargetPicker({ value, onChange }: TargetPickerProps) {
  const { t } = useTranslation();
  const { agents, teams, teamName } = usePeople();
  const options = useMemo<Option[]>(
    () =>
      teams.flatMap((team) => [
        {
          target: { kind: 'teamQueue', teamId: team.id as TeamId },
          label: t('lists.owner.pool', { team: teamName(team.id) }),
          group: teamName(team.id),
        },
        ...agents
          .filter((a) => a.teamId === team.id)
          .map((a) => ({
            target: { kind: 'agent', userId: a.id, teamId: a.teamId } as AssignTarget,
            label: `${a.displayName} · ${a.roles.map((r) => t(`roles.${r}`)).join(', ')}`,
            group: teamName(team.id),
          })),
      ]),
    [agents, teams, teamName, t],
  );
  const selected = options.filter((o) => value.some((v) => targetKey(v) === targetKey(o.target)));
  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      groupBy={(o) => o.group}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => targetKey(a.target) === targetKey(b.target)}
      value={selected}
      onChange={(_, next) => onChange(next.map((o) => o.target))}
      sx={{ minWidth: 280, flex: 1 }}
      slotProps={{ listbox: testId('target-options') }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('lists.assign.to')}
          helperText={value.length > 1 ? t('lists.assign.inTurn') : undefined}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, ...testId('target-input') },
          }}
        />
      )}
    />
  );
}
