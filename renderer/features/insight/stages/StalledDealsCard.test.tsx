// Proves the stalled-deals card on a big floor: it counts every stalled deal, lists the
// longest-waiting a page at a time, selects every stalled deal at once for the reassign, and
// exports them all (a desk database in fake-indexeddb; the reassign bar and dialog stand in).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DEMO_USERS } from '../../../../shared/demo/organisation';
import type { LeadId } from '../../../../shared/domain/ids';
import { DEFAULT_PIPELINE_INSIGHT } from '../../../../shared/domain/insight/pipeline-settings';
import { DAY, NOW, U, lead } from '../../../../shared/mutations/testing/world';
import { DbContext } from '../../../db/db-context';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../../../db/schema';
import { initI18n } from '../../../i18n/i18n';
import { downloadText } from '../../../lib/download';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import type { ReassignRequest } from '../../lists/components/ReassignDialog';
import { InsightContext, type InsightView } from '../insight-context';
import { StalledDealsCard } from './StalledDealsCard';

vi.mock('../../../lib/download', () => ({ downloadText: vi.fn() }));
vi.mock('../../lists/components/ReassignBar', () => ({
  ReassignBar: (p: { selectedCount: number; onReassign: () => void }) => (
    <button data-testid="reassign-open" onClick={p.onReassign}>
      {p.selectedCount}
    </button>
  ),
}));
let asked: ReassignRequest | null = null;
vi.mock('../../lists/components/ReassignDialog', () => ({
  ReassignDialog: (p: { request: ReassignRequest | null }) => {
    asked = p.request;
    return null;
  },
}));

let db: DeskDatabase;
const forgetAsked = () => {
  asked = null;
};

beforeAll(async () => {
  await initI18n('en');
});

beforeEach(async () => {
  asked = null;
  db = createDeskDatabase(`stalled-card-${Math.random()}`);
  await db.open();
  // 120 stalled proposals of Faisal's, a day apart, and 10 of Mona's overdue meetings.
  const proposals = Array.from({ length: 120 }, (_, i) =>
    lead(`p${String(i).padStart(3, '0')}`, {
      name: `Proposal ${i}`,
      stage: 'proposalSent',
      stageChangedAt: NOW - (15 + i) * DAY,
    }),
  );
  const meetings = Array.from({ length: 10 }, (_, i) =>
    lead(`m${i}`, {
      name: `Meeting ${i}`,
      ownerId: U.mona,
      stage: 'meetingScheduled',
      stageChangedAt: NOW - 2 * DAY,
      meeting: {
        at: NOW - (3 + i) * DAY,
        closerId: U.khalid,
        bookedBy: U.mona,
        bookedAt: NOW - 4 * DAY,
        note: '',
      },
    }),
  );
  await db.leads.bulkPut([...proposals, ...meetings].map(toStoredLead));
});

afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

function card(agentIds: string[]) {
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  const view = {
    timeZone: 'Asia/Riyadh',
    currency: 'SAR',
    now: NOW,
    period: { from: NOW - 30 * DAY, to: NOW },
    scope: { users: DEMO_USERS },
    agentIds,
  } as unknown as InsightView;
  return (
    <StoreContext.Provider value={store}>
      <DbContext.Provider value={db}>
        <InsightContext.Provider value={view}>
          <StalledDealsCard settings={DEFAULT_PIPELINE_INSIGHT} fileName="stalled" />
        </InsightContext.Provider>
      </DbContext.Provider>
    </StoreContext.Provider>
  );
}

function renderCard() {
  return render(card([U.faisal, U.mona]));
}

const rows = () => screen.queryAllByTestId('stalled-row');

// Up to 130 table rows of MUI in jsdom: seconds each on a busy machine.
const SLOW = { timeout: 30_000 };

describe('StalledDealsCard', { timeout: 120_000 }, () => {
  it('counts every stalled deal and lists the longest-waiting a page at a time', async () => {
    renderCard();
    await waitFor(() => expect(rows()).toHaveLength(50), SLOW);
    expect(screen.getByTestId('stalled-deals').textContent).toContain(
      "130 deals are past their stage's threshold.",
    );
    // Longest-waiting first: Faisal's oldest proposal, 134 days in its stage.
    expect(rows()[0]?.getAttribute('data-lead')).toBe('p119');
    expect(screen.getByTestId('stalled-shown').textContent).toContain('50');
    fireEvent.click(screen.getByTestId('stalled-more'));
    await waitFor(() => expect(rows()).toHaveLength(100), SLOW);
    fireEvent.click(screen.getByTestId('stalled-more'));
    await waitFor(() => expect(rows()).toHaveLength(130), SLOW);
    expect(screen.queryByTestId('stalled-more')).toBeNull();
    // The meetings wait since their time: 3 to 12 days, after every proposal (15 days and more).
    expect(
      rows()
        .slice(120)
        .map((r) => r.getAttribute('data-kind')),
    ).toEqual(Array(10).fill('meetingOverdue'));
    expect(rows()[129]?.getAttribute('data-lead')).toBe('m0');
  });

  it('selects every stalled deal, not only those listed, for the reassign', async () => {
    renderCard();
    await waitFor(() => expect(rows()).toHaveLength(50), SLOW);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select every deal listed' }));
    expect(screen.getByTestId('reassign-open').textContent).toBe('50');
    fireEvent.click(screen.getByTestId('select-all-matching'));
    expect(screen.getByTestId('reassign-open').textContent).toBe('130');
    // Every stalled deal's id is collected when the reassign opens.
    fireEvent.click(screen.getByTestId('reassign-open'));
    await waitFor(() => expect(asked?.ids).toHaveLength(130));
    expect(Object.fromEntries(asked?.from ?? [])).toEqual({ [U.faisal]: 120, [U.mona]: 10 });
    // One listed deal unticked: every other stalled deal stays selected.
    forgetAsked();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Proposal 119' }));
    expect(screen.getByTestId('reassign-open').textContent).toBe('129');
    fireEvent.click(screen.getByTestId('reassign-open'));
    await waitFor(() => expect(asked?.ids).toHaveLength(129));
    expect(asked?.ids).not.toContain('p119');
    expect(Object.fromEntries(asked?.from ?? [])).toEqual({ [U.faisal]: 119, [U.mona]: 10 });
  });

  it('drops a deal that leaves the list from the selection', async () => {
    renderCard();
    await waitFor(() => expect(rows()).toHaveLength(50), SLOW);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Proposal 119' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Proposal 118' }));
    expect(screen.getByTestId('reassign-open').textContent).toBe('2');
    // Proposal 119 is won elsewhere: it is no longer stalled, nor selected.
    await db.leads.update('p119' as LeadId, { stage: 'won', stageChangedAt: NOW });
    await waitFor(() => expect(rows()[0]?.getAttribute('data-lead')).toBe('p118'));
    expect(screen.getByTestId('stalled-deals').textContent).toContain(
      "129 deals are past their stage's threshold.",
    );
    expect(screen.getByTestId('reassign-open').textContent).toBe('1');
    fireEvent.click(screen.getByTestId('reassign-open'));
    await waitFor(() => expect(asked?.ids).toEqual(['p118']));
  });

  it('starts again at the first page, nothing selected, in another scope', async () => {
    const { rerender } = renderCard();
    await waitFor(() => expect(rows()).toHaveLength(50), SLOW);
    fireEvent.click(screen.getByTestId('stalled-more'));
    await waitFor(() => expect(rows()).toHaveLength(100), SLOW);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Proposal 119' }));
    rerender(card([U.faisal]));
    await waitFor(() =>
      expect(screen.getByTestId('stalled-deals').textContent).toContain('120 deals'),
    );
    await waitFor(() => expect(rows()).toHaveLength(50), SLOW);
    expect(screen.getByTestId('reassign-open').textContent).toBe('0');
  });

  it('exports every stalled deal, longest-waiting first', async () => {
    renderCard();
    await waitFor(() => expect(rows()).toHaveLength(50), SLOW);
    fireEvent.click(screen.getByTestId('export-stalled'));
    await waitFor(() => expect(vi.mocked(downloadText)).toHaveBeenCalled());
    const csv = vi.mocked(downloadText).mock.calls[0]?.[1] ?? '';
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(131);
    expect(lines[1]).toContain('Proposal 119');
    expect(lines[130]).toContain('Meeting 0');
  });
});
