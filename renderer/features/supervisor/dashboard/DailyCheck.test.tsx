// Proves the daily check shows each rep's talk time today, against a day of their talk target
// when they have one, and exports talk time and talk target in seconds.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { DEMO_USERS } from '../../../../shared/demo/organisation';
import type { ActivityId, LeadId } from '../../../../shared/domain/ids';
import type { Activity } from '../../../../shared/domain/lead';
import { targetsFor } from '../../../../shared/domain/targets';
import { initI18n } from '../../../i18n/i18n';
import { downloadText } from '../../../lib/download';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import { DailyCheck } from './DailyCheck';
import type { Rep } from './use-dashboard-scope';

vi.mock('../../../lib/download', () => ({ downloadText: vi.fn() }));
// The chart is not what this proves, and charts want a real layout.
vi.mock('./CallsChart', () => ({ CallsChart: () => null }));

const [faisal, mona] = DEMO_USERS.filter((u) => u.roles.includes('hunter'));
const rep = (u: typeof faisal, dailyTalkMin?: number): Rep => ({
  ...u!,
  targets: { ...targetsFor(u!, undefined), dailyTalkMin },
});
const TODAY = { from: 0, to: 86_400_000 };
let n = 0;
/** A conversation of `sec` seconds, timed by the desk. */
const talk = (agent: typeof faisal, sec: number): Activity => ({
  id: `a${++n}` as ActivityId,
  leadId: `l${n}` as LeadId,
  agentId: agent!.id,
  type: 'call',
  at: 1_000 + n,
  durationSec: sec,
  disposition: 'notInterested',
  note: '',
});

function renderCheck() {
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  render(
    <StoreContext.Provider value={store}>
      <DailyCheck
        reps={[rep(faisal, 60), rep(mona)]}
        activities={[talk(faisal, 1200), talk(faisal, 600), talk(mona, 90)]}
        today={TODAY}
        currency="SAR"
        fileDate="2026-11-23"
      />
    </StoreContext.Provider>,
  );
}

describe('the daily check: talk time', () => {
  afterEach(cleanup);
  beforeAll(async () => {
    await initI18n('en');
  });

  it('shows talk today against a day of the talk target, plain without one', () => {
    renderCheck();
    const talkOf = (id: string) =>
      screen
        .getByTestId('calls-per-agent')
        .querySelector(`tr[data-agent="${id}"] td[data-col="talk"]`)?.textContent;
    expect(talkOf(faisal!.id)).toBe('30:00 / 1:00:00');
    expect(talkOf(mona!.id)).toBe('1:30');
  });

  it('exports talk time and talk target in seconds', () => {
    renderCheck();
    fireEvent.click(screen.getByTestId('export-daily'));
    const csv = vi.mocked(downloadText).mock.calls.at(-1)![1];
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      "Agent,Calls,Daily target,Meetings booked,Today's result,Result target,Talk time (s),Talk target (s)",
    );
    const byName = (u: typeof faisal) => lines.find((l) => l.startsWith(`${u!.displayName},`));
    expect(byName(faisal)?.split(',').slice(-2)).toEqual(['1800', '3600']);
    expect(byName(mona)?.split(',').slice(-2)).toEqual(['90', '0']);
  });
});
