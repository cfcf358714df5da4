// Proves the per-rep table puts talk time against the rep's talk target (and the team's summed
// target on the total row), leaves it plain without one, and exports the target after talk time.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { DEMO_USERS } from '../../../../shared/demo/organisation';
import { NO_ACTUALS, periodTargets, type RepActuals } from '../../../../shared/domain/kpi';
import { targetsFor } from '../../../../shared/domain/targets';
import { initI18n } from '../../../i18n/i18n';
import { downloadText } from '../../../lib/download';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import { RepPerformance } from './RepPerformance';
import type { RepRow } from './rep-rows';

vi.mock('../../../lib/download', () => ({ downloadText: vi.fn() }));

const [faisal, mona] = DEMO_USERS.filter((u) => u.roles.includes('hunter'));
const DAYS = 2;

function row(user: typeof faisal, talkSec: number, dailyTalkMin?: number): RepRow {
  const targets = { ...targetsFor(user!, undefined), dailyTalkMin };
  const actual: RepActuals = { ...NO_ACTUALS(), calls: 10, connects: 4, talkSec };
  return {
    rep: { ...user!, targets },
    actual,
    target: periodTargets(targets, DAYS, 0),
    callAttainment: null,
  };
}

function renderTable(rows: RepRow[]) {
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  render(
    <StoreContext.Provider value={store}>
      <RepPerformance rows={rows} currency="SAR" days={DAYS} fileName="reps" />
    </StoreContext.Provider>,
  );
}

const talkOf = (tr: Element | null) => tr?.querySelector('td[data-col="talk"]')?.textContent;

describe('results per rep: talk time', () => {
  afterEach(cleanup);
  beforeAll(async () => {
    await initI18n('en');
  });

  it('shows talk time of the target when one is set, plain when not, and the summed target in the total', () => {
    // Faisal: 90 minutes a day × 2 days = 3 hours; he talked 1 h 15 min. Mona has no talk target.
    renderTable([row(faisal, 4500, 90), row(mona, 600)]);
    const table = screen.getByTestId('rep-table');
    expect(talkOf(table.querySelector(`tr[data-agent="${faisal!.id}"]`))).toBe('1:15:00 / 3:00:00');
    expect(talkOf(table.querySelector(`tr[data-agent="${mona!.id}"]`))).toBe('10:00');
    expect(talkOf(screen.getByTestId('rep-total'))).toBe('1:25:00 / 3:00:00');
  });

  it('exports the talk target in seconds right after the talk time', () => {
    renderTable([row(faisal, 4500, 90), row(mona, 600)]);
    fireEvent.click(screen.getByTestId('export-reps'));
    const csv = vi.mocked(downloadText).mock.calls.at(-1)![1];
    const [header, first, second] = csv.replace(/^\uFEFF/, '').split('\r\n');
    const cells = header!.split(',');
    const talk = cells.indexOf('Talk time (s)');
    expect(cells.slice(talk, talk + 3)).toEqual([
      'Talk time (s)',
      'Talk target (s)',
      'Avg. handle time (s)',
    ]);
    expect(first!.split(',').slice(talk, talk + 2)).toEqual(['4500', '10800']);
    expect(second!.split(',').slice(talk, talk + 2)).toEqual(['600', '0']);
  });

  it('shows each hunter’s show rate and exports meetings due, held and the rate', () => {
    const shown = row(faisal, 0);
    shown.actual = { ...shown.actual, meetingsDue: 4, meetingsHeld: 3 };
    renderTable([shown, row(mona, 0)]);
    const table = screen.getByTestId('rep-table');
    const rateOf = (tr: Element | null) =>
      tr?.querySelector('td[data-col="showRate"]')?.textContent;
    expect(rateOf(table.querySelector(`tr[data-agent="${faisal!.id}"]`))).toBe('75% (3 of 4)');
    expect(rateOf(table.querySelector(`tr[data-agent="${mona!.id}"]`))).toBe('—');
    expect(rateOf(screen.getByTestId('rep-total'))).toBe('75% (3 of 4)');
    fireEvent.click(screen.getByTestId('export-reps'));
    const csv = vi.mocked(downloadText).mock.calls.at(-1)![1];
    const [header, first, second] = csv.replace(/^\uFEFF/, '').split('\r\n');
    const at = header!.split(',').indexOf('Meetings due');
    expect(header!.split(',').slice(at)).toEqual(['Meetings due', 'Meetings held', 'Show rate']);
    expect(first!.split(',').slice(at)).toEqual(['4', '3', '0.75']);
    expect(second!.split(',').slice(at)).toEqual(['0', '0', '']);
  });
});
