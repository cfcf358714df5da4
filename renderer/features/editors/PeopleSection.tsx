import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { MAX_TEAM_REPS, teamReps } from '../../../shared/domain/editing';
import { useFormat } from '../../i18n/use-format';
import { useLocalized } from '../../i18n/use-localized';
import { PeopleTable } from './people/PeopleTable';
import { RepTargetsTable } from './people/RepTargetsTable';
import { SalesTargetsTable } from './people/SalesTargetsTable';
import { TeamsPanel } from './people/TeamsPanel';
import { usePeople } from './people/use-people';
import { PhonesPanel } from './phones/PhonesPanel';

const VIEWS = ['people', 'targets', 'teams'] as const;
/** Phones are an administrator's matter: the view exists only for them. */
const ADMIN_VIEWS = [...VIEWS, 'phones'] as const;
type View = (typeof ADMIN_VIEWS)[number];

/** People & targets: who works here, in which team and role, and what each is expected to do. */
export function PeopleSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const localize = useLocalized('ar');
  const people = usePeople();
  const [view, setView] = useState<View>('people');
  const views: readonly View[] = people.admin ? ADMIN_VIEWS : VIEWS;
  const oversized = people.myTeams
    .map((team) => ({ team, reps: teamReps(people.users, team.id).length }))
    .filter((x) => x.reps > MAX_TEAM_REPS);
  return (
    <Box data-testid="people-section">
      {oversized.map(({ team, reps }) => (
        <Alert key={team.id} severity="warning" sx={{ mb: 1 }} data-testid="team-too-big">
          {t('editors.teams.tooBig', {
            team: localize(team.name)?.value ?? team.id,
            n: format.number(reps),
            max: format.number(MAX_TEAM_REPS),
          })}
        </Alert>
      ))}
      <Tabs
        value={view}
        onChange={(_e, v: View) => setView(v)}
        sx={{ mb: 2 }}
        aria-label={t('editors.people.views')}
      >
        {views.map((v) => (
          <Tab
            key={v}
            value={v}
            label={v === 'phones' ? t('phoneAdmin.tab') : t(`editors.people.view.${v}`)}
            data-testid={`people-view-${v}`}
          />
        ))}
      </Tabs>
      {view === 'people' && <PeopleTable people={people} />}
      {view === 'targets' && (
        <Stack sx={{ gap: 2 }}>
          <RepTargetsTable people={people} />
          <SalesTargetsTable people={people} />
        </Stack>
      )}
      {view === 'teams' && <TeamsPanel people={people} />}
      {view === 'phones' && people.admin && <PhonesPanel people={people} />}
    </Box>
  );
}
