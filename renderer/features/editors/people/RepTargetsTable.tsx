import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isAgent, type User } from '../../../../shared/domain/content';
import { canEditTargets } from '../../../../shared/domain/editing';
import { dailyResultKinds, targetsFor, type RepTargets } from '../../../../shared/domain/targets';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { saveRepTargets } from '../../../db/people-repo';
import { useDeskDb } from '../../../db/use-desk-db';
import { useAppStore } from '../../../store/use-app-store';
import type { usePeople } from './use-people';

export type RepTargetsTableProps = { people: ReturnType<typeof usePeople> };

const FIELDS = [
  'dailyCalls',
  'dailyBookings',
  'dailyTalkMin',
  'monthlyWins',
  'monthlyRevenue',
] as const;
type Field = (typeof FIELDS)[number];
type Edits = Partial<Record<Field, string>>;

/** Per-rep targets: calls, bookings and minutes of talk a day, wins and revenue a month. */
export function RepTargetsTable({ people }: RepTargetsTableProps) {
  const { t } = useTranslation();
  const { actor, teams, visibleUsers, targets } = people;
  const reps = visibleUsers.filter((u) => !u.disabled && isAgent(u));
  const organisation = useOrganisation();
  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
        {t('editors.targets.repTitle')}
      </Typography>
      <Table size="small" data-testid="rep-targets">
        <TableHead>
          <TableRow>
            <TableCell>{t('editors.people.name')}</TableCell>
            {FIELDS.map((f) => (
              <TableCell key={f}>
                {t(`editors.targets.${f}`, { currency: organisation?.currency ?? '' })}
              </TableCell>
            ))}
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {reps.map((u) => (
            <RepRow
              key={u.id}
              user={u}
              stored={targetsFor(u, targets.get(u.id))}
              editable={canEditTargets(actor, u, teams)}
            />
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}

function RepRow({ user, stored, editable }: { user: User; stored: RepTargets; editable: boolean }) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const [edits, setEdits] = useState<Edits>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const actor = useAppStore((s) => s.user);
  // Targets stored before talk targets existed have none: shown as 0, "no target".
  const shown = (f: Field) => String(stored[f] ?? 0);
  const value = (f: Field) => edits[f] ?? shown(f);
  // One column holds each rep's daily result: meetings for a hunter, deals for a closer, up-sells
  // for a farmer; the row says which.
  const result = dailyResultKinds(user.roles)
    .map((k) => t(`editors.targets.result.${k}`))
    .join(' + ');
  const label = (f: Field) =>
    f === 'dailyBookings'
      ? t('editors.targets.resultFor', { what: result })
      : t(`editors.targets.${f}`, { currency: '' });
  const dirty = FIELDS.some((f) => edits[f] !== undefined && edits[f] !== shown(f));
  const save = async () => {
    const num = (f: Field) => (value(f).trim() === '' ? Number.NaN : Number(value(f)));
    const r = await saveRepTargets(
      { db, actor },
      {
        userId: user.id,
        dailyCalls: num('dailyCalls'),
        dailyBookings: num('dailyBookings'),
        // An emptied talk field is no talk target, not a mistake.
        dailyTalkMin: value('dailyTalkMin').trim() === '' ? 0 : num('dailyTalkMin'),
        monthlyWins: num('monthlyWins'),
        monthlyRevenue: num('monthlyRevenue'),
      },
    );
    if (r.ok) {
      setEdits({});
      setError(null);
      setSaved(true);
    } else
      setError(
        r.error === 'invalid'
          ? t('editors.people.issue.targetInvalid')
          : t(`editors.error.${r.error}`),
      );
  };
  return (
    <TableRow data-testid={`rep-targets-${user.id}`}>
      <TableCell>
        <bdi>{user.displayName}</bdi>
        {error && (
          <Typography variant="body2" color="error" data-testid="rep-targets-error">
            {error}
          </Typography>
        )}
      </TableCell>
      {FIELDS.map((f) => (
        <TableCell key={f}>
          <TextField
            size="small"
            type="number"
            value={value(f)}
            disabled={!editable}
            onChange={(e) => {
              setSaved(false);
              setEdits((x) => ({ ...x, [f]: e.target.value }));
            }}
            error={!!error}
            helperText={f === 'dailyBookings' ? result : undefined}
            sx={{ width: f === 'monthlyRevenue' || f === 'dailyBookings' ? 130 : 96 }}
            slotProps={{
              htmlInput: {
                min: 0,
                step: 1,
                dir: 'ltr',
                'aria-label': label(f),
                'data-testid': `target-${user.id}-${f}`,
              },
              formHelperText: { 'data-testid': `target-${user.id}-${f}-kind` } as object,
            }}
          />
        </TableCell>
      ))}
      <TableCell>
        {editable && (
          <Button
            size="small"
            variant={dirty ? 'contained' : 'text'}
            disabled={!dirty}
            onClick={() => void save()}
            data-testid={`target-${user.id}-save`}
          >
            {saved && !dirty ? t('editors.savedShort') : t('editors.save')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
