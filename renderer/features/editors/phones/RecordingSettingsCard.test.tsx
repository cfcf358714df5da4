import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { User } from '../../../../shared/domain/content';
import type { UserId } from '../../../../shared/domain/ids';
import { DEMO_ORGANISATION } from '../../../../shared/demo/organisation';
import { DbContext } from '../../../db/db-context';
import { createDeskDatabase, type DeskDatabase } from '../../../db/schema';
import { initI18n } from '../../../i18n/i18n';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import type { DeskSync } from '../../../sync/desk-sync';
import { DeskSyncContext } from '../../../ui/sync/desk-sync-context';
import { RecordingSettingsCard } from './RecordingSettingsCard';

const user = (id: string, roles: User['roles']): User => ({
  id: id as UserId,
  displayName: 'Sarah Mitchell',
  email: `${id}@rawaa.example`,
  roles,
  teamId: null,
  locale: 'en',
  dailyCallTarget: 0,
  dailyBookingTarget: 0,
});
const SARAH = user('01900000-0000-7000-8000-000000000101', ['admin']);
const OMAR = user('01900000-0000-7000-8000-000000000201', ['supervisor']);

let db: DeskDatabase;

/** A desk signed in to a server that cannot be reached (the notices need the network). */
const unreachable = {
  withAccess: () => Promise.reject(new TypeError('Failed to fetch')),
} as unknown as DeskSync;

async function renderCard(actor: User) {
  db = createDeskDatabase(`recording-card-${Math.random()}`);
  await db.meta.put({ key: 'organisation', value: DEMO_ORGANISATION });
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  store.getState().setUser(actor);
  render(
    <StoreContext.Provider value={store}>
      <DeskSyncContext.Provider value={unreachable}>
        <DbContext.Provider value={db}>
          <RecordingSettingsCard />
        </DbContext.Provider>
      </DeskSyncContext.Provider>
    </StoreContext.Provider>,
  );
}

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

describe('<RecordingSettingsCard>', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(async () => {
    cleanup();
    await db?.delete();
  });

  it('shows nothing to someone who is not an administrator', async () => {
    await renderCard(OMAR);
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByTestId('recording-settings')).toBeNull();
  });

  it('saves the mode, pause, retention and notice through the verb, queued for sync', async () => {
    await renderCard(SARAH);
    // The defaults while nothing is stored: off, pause allowed, 90 days.
    // The form shows once the stored setting and the organisation are read.
    await waitFor(() => expect(input('recording-mode-off').checked).toBe(true), {
      timeout: 5_000,
    });
    expect(input('recording-allow-pause').checked).toBe(true);
    expect(input('recording-days').value).toBe('90');
    expect((screen.getByTestId('recording-save') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(input('recording-mode-announce'));
    fireEvent.click(input('recording-allow-pause'));
    fireEvent.change(input('recording-days'), { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('recording-save'));
    expect(screen.getByTestId('recording-days-helper').textContent).toMatch(/1 to 3,650/);
    expect(await db.meta.get('recording')).toBeUndefined();

    fireEvent.change(input('recording-days'), { target: { value: '30' } });
    fireEvent.click(screen.getByTestId('recording-save'));
    await screen.findByTestId('recording-saved', {}, { timeout: 5_000 });
    expect((await db.meta.get('recording'))?.value).toEqual({
      mode: 'announce',
      allowPause: false,
      retentionDays: 30,
      coachingNotice: true,
    });
    const queued = await db.outbox.toArray();
    expect(queued.map((e) => e.name)).toEqual(['setRecordingSettings']);
    // With announce on, every language without a file says a beep plays instead — once the
    // server answers; here it cannot be reached, and the card says so.
    expect((await screen.findByTestId('recording-notices-failed')).textContent).toMatch(
      /cannot reach it now/,
    );

    // Kept for ever: null days.
    fireEvent.click(input('recording-keep-forever'));
    expect(input('recording-days').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('recording-save'));
    await waitFor(async () =>
      expect((await db.meta.get('recording'))?.value).toMatchObject({ retentionDays: null }),
    );
  });

  it('follows a change that arrives by sync while nothing is being edited', async () => {
    await renderCard(SARAH);
    // The form shows once the stored setting and the organisation are read.
    await waitFor(() => expect(input('recording-mode-off').checked).toBe(true), {
      timeout: 5_000,
    });
    await db.meta.put({
      key: 'recording',
      value: { mode: 'on', allowPause: true, retentionDays: 365, coachingNotice: false },
    });
    await waitFor(() => expect(input('recording-mode-on').checked).toBe(true));
    expect(input('recording-days').value).toBe('365');
    expect(input('recording-coaching-notice').checked).toBe(false);
  });
});
