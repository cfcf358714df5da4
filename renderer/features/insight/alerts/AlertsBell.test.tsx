import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { OrganisationProfile, Team, User } from '../../../../shared/domain/content';
import type { ActivityId, LeadId, TeamId, UserId } from '../../../../shared/domain/ids';
import type { Activity } from '../../../../shared/domain/lead';
import { DbContext } from '../../../db/db-context';
import { createDeskDatabase, type DeskDatabase } from '../../../db/schema';
import { initI18n } from '../../../i18n/i18n';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import { markFirstFiguresShown } from '../../../ui/desk/first-figures';
import { AlertsBell } from './AlertsBell';

const GULF = '01900000-0000-7000-8000-000000000101' as TeamId;
const user = (id: string, displayName: string, roles: User['roles'], calls = 0): User => ({
  id: id as UserId,
  displayName,
  email: `${id}@rawaa.example`,
  roles,
  teamId: GULF,
  locale: 'en',
  dailyCallTarget: calls,
  dailyBookingTarget: 0,
});
const OMAR = user('01900000-0000-7000-8000-000000000201', 'Omar', ['supervisor']);
const FAISAL = user('01900000-0000-7000-8000-000000000202', 'Faisal', ['hunter'], 80);
const MONA = user('01900000-0000-7000-8000-000000000203', 'Mona', ['hunter'], 80);
const TEAM: Team = { id: GULF, name: { en: 'Gulf' }, supervisorId: OMAR.id };
const ORG = {
  id: '01900000-0000-7000-8000-000000000001',
  name: { en: 'Rawaa' },
  defaultLanguage: 'en',
  currency: 'SAR',
  timezone: 'Asia/Riyadh',
  callingWindow: { start: '09:00', end: '20:00' },
} as unknown as OrganisationProfile;

// Monday 23 Nov 2026, 13:30 in Riyadh (10:30 UTC); the local day began at 21:00 UTC on Sunday.
const NOW = Date.UTC(2026, 10, 23, 10, 30);
const DAY_START = Date.UTC(2026, 10, 22, 21, 0);

const call = (agent: User, at: number, disposition = 'noAnswer'): Activity =>
  ({
    id: `${agent.id}-${String(at)}` as ActivityId,
    leadId: 'lead-1' as LeadId,
    agentId: agent.id,
    type: 'call',
    at,
    durationSec: 20,
    disposition,
    note: '',
  }) as Activity;

let db: DeskDatabase;
const shown: { title: string; tag?: string }[] = [];

class FakeNotification {
  static permission = 'granted';
  onclick: (() => void) | null = null;
  constructor(title: string, options?: { tag?: string }) {
    shown.push({ title, tag: options?.tag });
  }
}

async function renderBell(actor: User, beforeRender?: (db: DeskDatabase) => void) {
  db = createDeskDatabase(`alerts-${Math.random()}`);
  await db.meta.put({ key: 'organisation', value: ORG });
  await db.users.bulkPut([OMAR, FAISAL, MONA]);
  await db.teams.put(TEAM);
  // Faisal made 39 calls (under half of 80); Mona 40 (exactly half), the last one booking a meeting.
  await db.activities.bulkPut([
    ...Array.from({ length: 39 }, (_, i) => call(FAISAL, DAY_START + 8 * 3_600_000 + i * 60_000)),
    ...Array.from({ length: 39 }, (_, i) => call(MONA, DAY_START + 8 * 3_600_000 + i * 60_000)),
    call(MONA, NOW - 3_600_000, 'meetingBooked'),
  ]);
  await db.meta.put({
    key: 'dncNationalFile',
    value: { fileName: 'sa.csv', fileDate: Date.UTC(2026, 10, 1), importedAt: 0, count: 5 },
  });
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  store.getState().setUser(actor);
  beforeRender?.(db);
  render(
    <StoreContext.Provider value={store}>
      <DbContext.Provider value={db}>
        <AlertsBell />
      </DbContext.Provider>
    </StoreContext.Provider>,
  );
}

function setUp() {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    window.localStorage.clear();
    shown.length = 0;
    vi.stubGlobal('Notification', FakeNotification);
    window.location.hash = '#/supervisor';
  });
  afterEach(async () => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    await db?.delete();
  });
}

// Runs first: the area's first figures are not on screen yet in this file.
describe('<AlertsBell> on a desk just opened', () => {
  setUp();

  it('reads nothing for the alerts until the area’s lead count is on screen', async () => {
    let where: ReturnType<typeof vi.spyOn> | undefined;
    await renderBell(OMAR, (d) => {
      where = vi.spyOn(d.leads, 'where');
    });
    const bell = await screen.findByTestId('alerts-bell');
    // Everything else the bell reads (the organisation, its people) has had time to arrive.
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(where).not.toHaveBeenCalled();
    expect(bell.getAttribute('data-count')).not.toBe('1');
    act(() => markFirstFiguresShown());
    await waitFor(() => expect(bell.getAttribute('data-count')).toBe('1'));
    expect(where).toHaveBeenCalled();
  });
});

describe('<AlertsBell>', () => {
  setUp();
  beforeAll(() => markFirstFiguresShown());

  it('counts the alerts, lists them and opens the rep’s dashboard', async () => {
    await renderBell(OMAR);
    const bell = await screen.findByTestId('alerts-bell');
    await waitFor(() => expect(bell.getAttribute('data-count')).toBe('1'));
    expect(bell.getAttribute('aria-label')).toBe('Alerts: 1');
    fireEvent.click(bell);
    const menu = await screen.findByRole('menu');
    const item = within(menu).getByTestId('alert-item-repCallsBelowTarget');
    expect(item.textContent).toContain('\u2068Faisal\u2069: under 50% of target calls by 13:00');
    expect(item.textContent).toContain('39 of 80 calls today (49%).');
    fireEvent.click(item);
    expect(window.location.hash).toBe(`#/supervisor/dashboard?period=today&agent=${FAISAL.id}`);
  });

  it('notifies each alert once, also after a reload', async () => {
    await renderBell(OMAR);
    await waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]).toEqual({
      title: '\u2068Faisal\u2069: under 50% of target calls by 13:00',
      tag: `repCallsBelowTarget:${FAISAL.id}:2026-11-23`,
    });
    cleanup();
    await db.delete();
    await renderBell(OMAR);
    await waitFor(() =>
      expect(screen.getByTestId('alerts-bell').getAttribute('data-count')).toBe('1'),
    );
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(shown).toHaveLength(1);
  });

  it('is not there for a hunter', async () => {
    await renderBell(FAISAL);
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(screen.queryByTestId('alerts-bell')).toBeNull();
  });
});
