import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { LeadFilter, OwnerFilter } from '../../../../shared/domain/assignment';
import type { TeamId, UserId } from '../../../../shared/domain/ids';
import { LEAD_STAGES, type LeadStage } from '../../../../shared/domain/lead';
import { useDeskDb } from '../../../db/use-desk-db';
import { testId } from '../test-id';
import { usePeople } from '../use-people';

export type LeadFilterBarProps = { filter: LeadFilter; onChange: (f: LeadFilter) => void };

const ANY = '*';

function ownerValue(o: OwnerFilter): string {
  if (o.kind === 'agent') return `agent:${o.userId}`;
  if (o.kind === 'teamQueue') return `pool:${o.teamId}`;
  if (o.kind === 'team') return `team:${o.teamId}`;
  return ANY;
}

function parseOwner(v: string): OwnerFilter {
  const [kind, id = ''] = [v.slice(0, v.indexOf(':')), v.slice(v.indexOf(':') + 1)];
  if (kind === 'agent') return { kind: 'agent', userId: id as UserId };
  if (kind === 'pool') return { kind: 'teamQueue', teamId: id as TeamId };
  if (kind === 'team') return { kind: 'team', teamId: id as TeamId };
  return { kind: 'any' };
}

/** List, stage, owner (agent, team pool or whole team), words, and "include won and lost". */
export function LeadFilterBar({ filter, onChange }: LeadFilterBarProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const { agents, teams, teamName } = usePeople();
  const lists = useLiveQuery(
    async () => (await db.leads.orderBy('listName').uniqueKeys()) as string[],
    [db],
  );
  const [query, setQuery] = useState(filter.query);
  // Typing searches once the user pauses, not on every key.
  useEffect(() => {
    if (query === filter.query) return;
    const timer = setTimeout(() => onChange({ ...filter, query }), 250);
    return () => clearTimeout(timer);
  }, [query, filter, onChange]);

  return (
    <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
      <TextField
        select
        size="small"
        label={t('lists.filter.list')}
        value={filter.listName ?? ANY}
        onChange={(e) =>
          onChange({ ...filter, listName: e.target.value === ANY ? null : e.target.value })
        }
        sx={{ minWidth: 220, maxWidth: 320 }}
        slotProps={{ select: { SelectDisplayProps: testId('filter-list') } }}
      >
        <MenuItem value={ANY}>{t('lists.filter.anyList')}</MenuItem>
        {(lists ?? (filter.listName === null ? [] : [filter.listName])).map((l) => (
          <MenuItem key={l} value={l}>
            <bdi>{l}</bdi>
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('lists.filter.stage')}
        value={filter.stage ?? ANY}
        onChange={(e) =>
          onChange({
            ...filter,
            stage: e.target.value === ANY ? null : (e.target.value as LeadStage),
          })
        }
        sx={{ minWidth: 170 }}
        slotProps={{ select: { SelectDisplayProps: testId('filter-stage') } }}
      >
        <MenuItem value={ANY}>{t('lists.filter.anyStage')}</MenuItem>
        {LEAD_STAGES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`stage.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('lists.filter.owner')}
        value={ownerValue(filter.owner)}
        onChange={(e) => onChange({ ...filter, owner: parseOwner(e.target.value) })}
        sx={{ minWidth: 220 }}
        slotProps={{ select: { SelectDisplayProps: testId('filter-owner') } }}
      >
        <MenuItem value={ANY}>{t('lists.filter.anyOwner')}</MenuItem>
        {teams.flatMap((team) => [
          <ListSubheader key={`h-${team.id}`}>{teamName(team.id)}</ListSubheader>,
          <MenuItem key={`team-${team.id}`} value={`team:${team.id}`}>
            {t('lists.filter.wholeTeam')}
          </MenuItem>,
          <MenuItem key={`pool-${team.id}`} value={`pool:${team.id}`}>
            {t('lists.filter.teamPool')}
          </MenuItem>,
          ...agents
            .filter((a) => a.teamId === team.id)
            .map((a) => (
              <MenuItem key={a.id} value={`agent:${a.id}`} data-testid={`owner-option-${a.id}`}>
                <bdi>{a.displayName}</bdi>
              </MenuItem>
            )),
        ])}
      </TextField>
      <TextField
        size="small"
        type="search"
        label={t('lists.filter.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        sx={{ minWidth: 200, flex: 1 }}
        slotProps={{ htmlInput: testId('filter-search') }}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={filter.includeClosed}
            onChange={(e) => onChange({ ...filter, includeClosed: e.target.checked })}
            slotProps={{ input: testId('filter-closed') }}
          />
        }
        label={t('lists.filter.includeClosed')}
      />
    </Stack>
  );
}
