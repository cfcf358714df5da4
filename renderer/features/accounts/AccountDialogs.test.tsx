import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { User } from '../../../shared/domain/content';
import type { UserId } from '../../../shared/domain/ids';
import { initI18n } from '../../i18n/i18n';
import { StoreContext } from '../../store/store-context';
import { createAppStore } from '../../store/store';
import { PersonAccessDialog } from './PersonAccessDialog';
import { MyAccountDialog } from './MyAccountDialog';
import { session, testCalls } from './test-calls';

const LAYLA: User = {
  id: '01900000-0000-7000-8000-000000000301' as UserId,
  displayName: 'Layla Haddad',
  email: 'layla@rawaa.example',
  roles: ['hunter'],
  teamId: null,
  locale: 'ar',
  dailyCallTarget: 0,
  dailyBookingTarget: 0,
};

function withStore(node: React.ReactNode) {
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  store.getState().setUser(LAYLA);
  return render(<StoreContext.Provider value={store}>{node}</StoreContext.Provider>);
}

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

describe('<PersonAccessDialog>', () => {
  it('makes an invitation link to copy for someone without a password', async () => {
    const calls = testCalls({ hasPassword: false, pendingLink: null, sessions: [] });
    withStore(<PersonAccessDialog person={LAYLA} onClose={() => undefined} calls={calls} />);
    expect((await screen.findByTestId('person-access-status')).textContent).toContain(
      'Has not chosen a password yet.',
    );
    expect(screen.getByTestId('sessions-none')).toBeTruthy();
    fireEvent.click(screen.getByTestId('make-invite-link'));
    const url = (await screen.findByTestId('person-link-url')) as HTMLInputElement;
    expect(url.value).toBe(`https://desk.example/#/set-password?token=${'k'.repeat(43)}&lang=ar`);
    expect(url.readOnly).toBe(true);
    expect(calls.createLink).toHaveBeenCalledWith(LAYLA.id, 'invite');
    expect(screen.getByTestId('person-link').textContent).toContain('Layla Haddad');
    await waitFor(() =>
      expect(screen.getByTestId('person-access-status').textContent).toContain(
        'An invitation link works until',
      ),
    );
  });

  it("lists a person's sessions and ends one, then all", async () => {
    const calls = testCalls({
      hasPassword: true,
      pendingLink: null,
      sessions: [session('1'), session('2')],
    });
    withStore(<PersonAccessDialog person={LAYLA} onClose={() => undefined} calls={calls} />);
    const row = await screen.findByTestId('session-1');
    expect(within(row).getByText('192.0.2.44')).toBeTruthy();
    fireEvent.click(within(row).getByTestId('session-revoke-1'));
    await waitFor(() => expect(screen.queryByTestId('session-1')).toBeNull());
    expect(calls.revokeSession).toHaveBeenCalledWith(LAYLA.id, '1');
    expect(screen.getByTestId('session-2')).toBeTruthy();
    fireEvent.click(screen.getByTestId('revoke-all-sessions'));
    expect(await screen.findByTestId('sessions-none')).toBeTruthy();
    expect(calls.revokeAll).toHaveBeenCalledWith(LAYLA.id);
  });
});

describe('<MyAccountDialog>', () => {
  it('changes the password only with the right current one, and ends the other sessions', async () => {
    const calls = testCalls({ hasPassword: true, pendingLink: null, sessions: [] }, [
      session('1', true),
      session('2'),
    ]);
    withStore(<MyAccountDialog open onClose={() => undefined} calls={calls} />);
    const mine = await screen.findByTestId('session-1');
    expect(within(mine).getByText('This desk')).toBeTruthy();
    expect(within(mine).queryByTestId('session-revoke-1')).toBeNull();
    expect(screen.getByTestId('session-revoke-2')).toBeTruthy();

    const submit = screen.getByTestId('change-password-submit') as HTMLButtonElement;
    fireEvent.change(screen.getByTestId('current-password'), { target: { value: 'wrong one' } });
    fireEvent.change(screen.getByTestId('new-password'), {
      target: { value: 'layla@rawaa.example' },
    });
    expect(screen.getByTestId('new-password-help').textContent).toBe(
      'It may not be, or contain, your e-mail address.',
    );
    expect(submit.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('new-password'), { target: { value: 'green kettle 42' } });
    fireEvent.change(screen.getByTestId('repeat-password'), {
      target: { value: 'green kettle 42' },
    });
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);
    expect((await screen.findByTestId('my-account-message')).textContent).toBe(
      'The current password is not right.',
    );
    fireEvent.change(screen.getByTestId('current-password'), {
      target: { value: 'old password 1' },
    });
    fireEvent.click(submit);
    await waitFor(() =>
      expect(screen.getByTestId('my-account-message').textContent).toBe(
        'Your password is changed. Your other desks were signed out.',
      ),
    );
    expect(calls.changePassword).toHaveBeenLastCalledWith('old password 1', 'green kettle 42');
    await waitFor(() => expect(screen.queryByTestId('session-2')).toBeNull());
    expect(screen.getByTestId('session-1')).toBeTruthy();
  });
});
