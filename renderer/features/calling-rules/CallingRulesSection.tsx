// The supervisor's calling rules: hours per weekday with the weekend presets, public holidays,
// special periods (Ramadan hours), per-country overrides, saved through setCallingRules; and a
// preview of who can be called now under the rules being edited.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  callingPolicyOf,
  rulesFromWindow,
  validateCallingRules,
  type CallingRules,
} from '../../../shared/domain/calling-rules';
import { DEFAULT_CALLING_WINDOW } from '../../../shared/domain/calling-window';
import { setCallingRules } from '../../../shared/mutations/set-calling-rules';
import { run } from '../../db/run';
import { useDesk } from '../../ui/desk/use-desk';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { DashboardCard } from '../supervisor/dashboard/DashboardCard';
import { CallablePreview } from './CallablePreview';
import { CountryOverrides } from './CountryOverrides';
import { HolidaysEditor } from './HolidaysEditor';
import { PeriodsEditor } from './PeriodsEditor';
import { issueLookup } from './rules-editing';
import { useCallingRules } from './use-calling-rules';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';

/** Names left empty (the schema refuses them; the editor says where). */
function emptyNames(rules: CallingRules): number {
  const parts = [rules, ...rules.countries];
  return parts.reduce(
    (n, p) =>
      n +
      (p.holidays ?? []).filter((h) => h.name.trim() === '').length +
      (p.periods ?? []).filter((x) => x.name.trim() === '').length,
    0,
  );
}

export function CallingRulesSection() {
  const { t } = useTranslation();
  const desk = useDesk();
  const organisation = useOrganisation();
  const saved = useCallingRules();
  const window = organisation?.callingWindow ?? DEFAULT_CALLING_WINDOW;
  const [draft, setDraft] = useState<CallingRules | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // The editor starts from the saved rules, or from the calling window when none are set.
  useEffect(() => {
    if (draft === null && saved !== undefined && organisation)
      setDraft(saved ?? rulesFromWindow(window));
  }, [draft, saved, organisation, window]);

  const issues = useMemo(() => (draft ? validateCallingRules(draft) : []), [draft]);
  const unnamed = draft ? emptyNames(draft) : 0;
  const valid = issues.length === 0 && unnamed === 0;
  const dirty =
    draft !== null && JSON.stringify(draft) !== JSON.stringify(saved ?? rulesFromWindow(window));
  const previewRules = draft && valid ? draft : (saved ?? null);
  const calling = useMemo(() => callingPolicyOf(window, previewRules), [window, previewRules]);
  if (!draft || !organisation) return null;
  const issueAt = issueLookup(issues);
  const edit = (next: CallingRules) => {
    setDraft(next);
    setMessage(null);
  };
  const save = async () => {
    if (!desk || !valid) return;
    const r = await run(desk, setCallingRules, draft);
    setMessage(
      r.ok
        ? { ok: true, text: t('callingRules.saved') }
        : {
            ok: false,
            text: t('callingRules.saveFailed', { detail: r.error.detail ?? r.error.code }),
          },
    );
  };

  return (
    <Stack sx={{ gap: 2 }} data-testid="calling-rules">
      <Box>
        <Typography variant="h6" component="h1">
          {t('callingRules.title')}
        </Typography>
        <Typography color="text.secondary">{t('callingRules.intro')}</Typography>
      </Box>
      <CallablePreview
        organisationTimezone={organisation.timezone}
        calling={calling}
        draft={dirty && valid}
      />
      <DashboardCard
        title={t('callingRules.weekly.title')}
        subtitle={t('callingRules.weekly.hint')}
        testId="cr-weekly-card"
      >
        <WeeklyHoursEditor
          weekly={draft.weekly}
          onChange={(weekly) => edit({ ...draft, weekly })}
          path={['weekly']}
          issueAt={issueAt}
          testId="cr-week"
        />
      </DashboardCard>
      <DashboardCard
        title={t('callingRules.holidays.title')}
        subtitle={t('callingRules.holidays.hint')}
        testId="cr-holidays-card"
      >
        <HolidaysEditor
          holidays={draft.holidays}
          onChange={(holidays) => edit({ ...draft, holidays })}
          path={['holidays']}
          issueAt={issueAt}
          testId="cr-holidays"
        />
      </DashboardCard>
      <DashboardCard
        title={t('callingRules.periods.title')}
        subtitle={t('callingRules.periods.hint')}
        testId="cr-periods-card"
      >
        <PeriodsEditor
          periods={draft.periods}
          usualWeek={draft.weekly}
          onChange={(periods) => edit({ ...draft, periods })}
          path={['periods']}
          issueAt={issueAt}
          testId="cr-periods"
        />
      </DashboardCard>
      <DashboardCard
        title={t('callingRules.countries.title')}
        subtitle={t('callingRules.countries.hint')}
        testId="cr-countries-card"
      >
        <CountryOverrides
          rules={draft}
          onChange={(countries) => edit({ ...draft, countries })}
          issueAt={issueAt}
        />
      </DashboardCard>
      <Stack
        direction="row"
        sx={{
          gap: 1.5,
          alignItems: 'center',
          flexWrap: 'wrap',
          position: 'sticky',
          bottom: 0,
          py: 1,
          bgcolor: 'background.default',
        }}
      >
        <Button
          variant="contained"
          disabled={!valid || !dirty}
          onClick={() => void save()}
          data-testid="cr-save"
        >
          {t('callingRules.save')}
        </Button>
        <Button
          disabled={!dirty}
          onClick={() => edit(saved ?? rulesFromWindow(window))}
          data-testid="cr-reset"
        >
          {t('callingRules.reset')}
        </Button>
        {!valid && (
          <Alert severity="error" data-testid="cr-invalid" sx={{ py: 0 }}>
            {t('callingRules.invalid', {
              n: issues.length + unnamed,
              count: issues.length + unnamed,
            })}
          </Alert>
        )}
        {message && (
          <Alert
            severity={message.ok ? 'success' : 'error'}
            data-testid="cr-message"
            sx={{ py: 0 }}
          >
            {message.text}
          </Alert>
        )}
      </Stack>
    </Stack>
  );
}
