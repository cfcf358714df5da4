// Proves the Losses tab reads its figures off the insight facts: an empty period says what to
// do; lost leads show their reasons per rep, the competitors by name with the unnamed ones
// apart, and the competitor table exports as CSV; refusals show their objection categories.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { DEMO_USERS } from '../../../../shared/demo/organisation';
import type { InsightFact, InsightMetric } from '../../../../shared/domain/insight/facts';
import { initI18n } from '../../../i18n/i18n';
import { downloadText } from '../../../lib/download';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import { InsightContext, type InsightView } from '../insight-context';
import { LossesTab } from './LossesTab';

let facts: InsightFact[] = [];
vi.mock('../use-insight-facts', () => ({ useInsightFacts: () => facts }));
vi.mock('../../../ui/desk/use-content', () => ({
  useProducts: () => [],
  useObjectionCards: () => [],
}));
vi.mock('../../../ui/desk/use-organisation', () => ({ useOrganisation: () => null }));
// Charts need a layout engine; their tables carry the same figures.
vi.mock('./StackedBars', () => ({ StackedBars: () => null }));
vi.mock('../../../lib/download', () => ({ downloadText: vi.fn() }));

const [faisal, mona] = DEMO_USERS.filter((u) => u.roles.includes('hunter'));
const fact = (metric: InsightMetric, value: string, over: Partial<InsightFact>): InsightFact => ({
  metric,
  value,
  day: '2026-11-10',
  agentId: faisal!.id,
  teamId: '',
  list: '',
  source: '',
  did: '',
  productId: '',
  detail: '',
  n: 1,
  sum: 0,
  ...over,
});

function renderTab() {
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  const view = {
    timeZone: 'Asia/Riyadh',
    currency: 'SAR',
    now: Date.UTC(2026, 10, 23, 7),
    period: { from: Date.UTC(2026, 9, 31, 21), to: Date.UTC(2026, 10, 30, 21) },
    scope: { users: DEMO_USERS },
    agentIds: [faisal!.id, mona!.id],
  } as unknown as InsightView;
  render(
    <StoreContext.Provider value={store}>
      <InsightContext.Provider value={view}>
        <LossesTab />
      </InsightContext.Provider>
    </StoreContext.Provider>,
  );
}

describe('LossesTab', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(cleanup);

  it('says what to do when nothing was lost or refused', () => {
    facts = [];
    renderTab();
    expect(screen.getByTestId('losses-empty').textContent).toContain('Try a longer period');
    expect(screen.getByTestId('losses-competitors-empty')).toBeTruthy();
    fireEvent.click(screen.getByTestId('losses-show-refusal'));
    expect(screen.getByTestId('losses-empty').textContent).toContain('Not interested');
  });

  it('shows the reasons per rep and the competitors by name, the unnamed apart, and exports them', () => {
    facts = [
      fact('lost', 'competitor', { detail: 'AquaPure', n: 2 }),
      fact('lost', 'competitor', { detail: 'aquapure', agentId: mona!.id }),
      fact('lost', 'competitor', { detail: '' }),
      fact('lost', 'price', { agentId: mona!.id }),
      fact('refusal', 'trust', { n: 3 }),
    ];
    renderTab();
    expect(screen.getByTestId('losses-total-lost').textContent).toBe('5');
    expect(screen.getByTestId('losses-total-competitor').textContent).toBe('4');
    const competitors = screen.getAllByTestId('losses-competitors-table-row');
    expect(competitors.map((r) => r.textContent)).toEqual([
      'AquaPure375%AquaPure · aquapure',
      'Not named125%',
    ]);
    const reps = screen.getAllByTestId('losses-groups-table-row');
    expect(within(reps[0]!).getByText(faisal!.displayName)).toBeTruthy();
    expect(reps[0]!.textContent).toContain('Chose a competitor');
    fireEvent.click(screen.getByTestId('export-losses-competitors'));
    expect(vi.mocked(downloadText).mock.calls[0]?.[1]).toContain('Not named,1,25,');
    // Refusals: the objection categories instead.
    fireEvent.click(screen.getByTestId('losses-show-refusal'));
    const reasons = screen.getAllByTestId('losses-reasons-table-row');
    expect(reasons.map((r) => r.textContent)).toEqual(['Trust3100%']);
  });
});
