import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { User } from '../../../../shared/domain/content';
import type { UserId } from '../../../../shared/domain/ids';
import {
  DEFAULT_TELEPHONY_SETTINGS,
  type TelephonyView,
} from '../../../../shared/domain/telephony';
import { DbContext } from '../../../db/db-context';
import { createDeskDatabase, type DeskDatabase } from '../../../db/schema';
import { initI18n } from '../../../i18n/i18n';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import type { DeskSync, DeskSyncSnapshot } from '../../../sync/desk-sync';
import { NetworkError } from '../../../sync/errors';
import { DeskSyncContext } from '../../../ui/sync/desk-sync-context';
import type { usePeople } from '../people/use-people';
import { PeopleSection } from '../PeopleSection';
import { PhonesPanel } from './PhonesPanel';

const user = (id: string, displayName: string, roles: User['roles']): User => ({
  id: id as UserId,
  displayName,
  email: `${id}@rawaa.example`,
  roles,
  teamId: null,
  locale: 'en',
  dailyCallTarget: 0,
  dailyBookingTarget: 0,
});
const SARAH = user('01900000-0000-7000-8000-000000000101', 'Sarah Mitchell', ['admin']);
const OMAR = user('01900000-0000-7000-8000-000000000201', 'Omar Al-Haddad', ['supervisor']);
const FAISAL = user('01900000-0000-7000-8000-000000000202', 'Faisal Al-Otaibi', ['hunter']);

const VIEW: TelephonyView = {
  settings: { ...DEFAULT_TELEPHONY_SETTINGS, wssUrl: 'wss://pbx.rawaa.example/ws' },
  hasSecret: true,
  accounts: [],
};

let db: DeskDatabase;

function fakeSync(phase: DeskSyncSnapshot['phase'], read: () => Promise<TelephonyView>) {
  const snapshot = { phase } as DeskSyncSnapshot;
  const telephonyAdmin = {
    read: vi.fn(read),
    save: vi.fn(() => Promise.resolve()),
    saveAccount: vi.fn(() => Promise.resolve()),
    removeAccount: vi.fn(() => Promise.resolve()),
  };
  const sync = { subscribe: () => () => undefined, snapshot: () => snapshot, telephonyAdmin };
  return { sync: sync as unknown as DeskSync, telephonyAdmin };
}

function renderPanel(sync: DeskSync, actor: User = SARAH, whole = false) {
  db = createDeskDatabase(`phones-${Math.random()}`);
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  store.getState().setUser(actor);
  const people = { visibleUsers: [FAISAL, SARAH] } as ReturnType<typeof usePeople>;
  render(
    <StoreContext.Provider value={store}>
      <DeskSyncContext.Provider value={sync}>
        <DbContext.Provider value={db}>
          {whole ? <PeopleSection /> : <PhonesPanel people={people} />}
        </DbContext.Provider>
      </DeskSyncContext.Provider>
    </StoreContext.Provider>,
  );
}

describe('<PhonesPanel>', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(async () => {
    cleanup();
    await db?.delete();
  });

  it('offers the Phones view in People & targets to administrators only', async () => {
    const { sync } = fakeSync('signedOut', () => Promise.resolve(VIEW));
    renderPanel(sync, OMAR, true);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'People',
      'Targets',
      'Teams',
    ]);
    cleanup();
    await db.delete();
    renderPanel(sync, SARAH, true);
    fireEvent.click(screen.getByTestId('people-view-phones'));
    expect(screen.getByTestId('people-view-phones').textContent).toBe('Phones');
    expect(await screen.findByTestId('phones-offline-demo')).toBeTruthy();
  });

  it('in the offline demo says phones are set on a server and offers nothing to edit', () => {
    const { sync, telephonyAdmin } = fakeSync('signedOut', () => Promise.resolve(VIEW));
    renderPanel(sync);
    expect(screen.getByTestId('phones-offline-demo').textContent).toContain(
      'Phones are set up on a sync server.',
    );
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(telephonyAdmin.read).not.toHaveBeenCalled();
  });

  it('shows nothing editable to someone who is not an administrator', () => {
    const { sync, telephonyAdmin } = fakeSync('active', () => Promise.resolve(VIEW));
    renderPanel(sync, FAISAL);
    expect(screen.getByTestId('phones-admin-only')).toBeTruthy();
    expect(telephonyAdmin.read).not.toHaveBeenCalled();
  });

  it('says when the server cannot be reached, and loads on retry', async () => {
    const { sync, telephonyAdmin } = fakeSync('active', () =>
      Promise.reject(new NetworkError('connection refused')),
    );
    renderPanel(sync);
    expect(screen.getByTestId('phones-loading')).toBeTruthy();
    const failed = await screen.findByTestId('phones-load-failed');
    expect(failed.textContent).toContain('The server could not be reached.');
    telephonyAdmin.read.mockImplementationOnce(() => Promise.resolve(VIEW));
    fireEvent.click(screen.getByTestId('phones-retry'));
    expect(await screen.findByTestId('phones-panel')).toBeTruthy();
    expect(screen.getByTestId<HTMLInputElement>('phone-wss-url').value).toBe(
      'wss://pbx.rawaa.example/ws',
    );
    expect(telephonyAdmin.read).toHaveBeenCalledTimes(2);
  });

  it('gives a person an account and removes it, row by row', async () => {
    const { sync, telephonyAdmin } = fakeSync('active', () => Promise.resolve(VIEW));
    renderPanel(sync);
    const row = await screen.findByTestId(`sip-row-${FAISAL.id}`);
    expect(row.getAttribute('data-has-account')).toBe('no');
    expect(within(row).getByText('No phone')).toBeTruthy();
    fireEvent.click(screen.getByTestId(`sip-edit-${FAISAL.id}`));
    fireEvent.change(screen.getByTestId('sip-dialog-user'), { target: { value: '2202' } });
    fireEvent.click(screen.getByTestId('sip-dialog-save'));
    await waitFor(() => expect(screen.queryByTestId('sip-dialog')).toBeNull());
    expect(telephonyAdmin.saveAccount).toHaveBeenCalledWith(FAISAL.id, {
      sipUser: '2202',
      authMode: 'ephemeral',
      authUser: null,
      wssUrl: null,
    });
    expect(screen.getByTestId(`sip-user-${FAISAL.id}`).textContent).toBe('2202');
    expect(screen.getByTestId(`sip-mode-${FAISAL.id}`).textContent).toBe('Ephemeral');
    expect(screen.getByTestId(`sip-wss-${FAISAL.id}`).textContent).toBe('The organisation’s');

    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(screen.getByTestId(`sip-remove-${FAISAL.id}`));
    await waitFor(() =>
      expect(screen.getByTestId(`sip-row-${FAISAL.id}`).getAttribute('data-has-account')).toBe(
        'no',
      ),
    );
    expect(confirm.mock.calls[0]![0]).toContain('Faisal Al-Otaibi');
    expect(telephonyAdmin.removeAccount).toHaveBeenCalledWith(FAISAL.id);
    confirm.mockRestore();
  });
});
