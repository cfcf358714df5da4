import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SipAccountView } from '../../../../shared/domain/telephony';
import { changeLanguage, initI18n } from '../../../i18n/i18n';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import { SyncHttpError } from '../../../sync/errors';
import { SipAccountDialog, type SipAccountDialogProps } from './SipAccountDialog';

const FAISAL = '01900000-0000-7000-8000-000000000202';

function renderDialog(account: SipAccountView | null, hasSecret = true) {
  const onSave = vi.fn<SipAccountDialogProps['onSave']>(() => Promise.resolve());
  const onClose = vi.fn();
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  render(
    <StoreContext.Provider value={store}>
      <SipAccountDialog
        name="Faisal Al-Otaibi"
        account={account}
        hasSecret={hasSecret}
        onSave={onSave}
        onClose={onClose}
      />
    </StoreContext.Provider>,
  );
  return { onSave, onClose };
}

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
const save = () => fireEvent.click(screen.getByTestId('sip-dialog-save'));

describe('<SipAccountDialog>', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(async () => {
    cleanup();
    await changeLanguage('en');
  });

  it('asks for a login only in fixed-password mode, and sends none in ephemeral mode', async () => {
    const { onSave, onClose } = renderDialog(null);
    type('sip-dialog-user', '2202');
    expect(screen.queryByTestId('sip-dialog-password')).toBeNull();
    expect(screen.getByTestId('sip-dialog-ephemeral-hint')).toBeTruthy();

    fireEvent.click(screen.getByTestId('sip-mode-password'));
    expect(screen.queryByTestId('sip-dialog-ephemeral-hint')).toBeNull();
    type('sip-dialog-auth-user', 'faisal');
    save();
    // No stored password: a fixed-password account cannot go without one.
    expect(screen.getByTestId('sip-dialog-password-helper').textContent).toBe(
      'A fixed-password account needs its password.',
    );
    expect(onSave).not.toHaveBeenCalled();
    type('sip-dialog-password', 'pw-2202');
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toEqual({
      sipUser: '2202',
      authMode: 'password',
      authUser: 'faisal',
      password: 'pw-2202',
      wssUrl: null,
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('switching back to ephemeral drops the typed login', async () => {
    const { onSave } = renderDialog(null);
    type('sip-dialog-user', '2202');
    fireEvent.click(screen.getByTestId('sip-mode-password'));
    type('sip-dialog-auth-user', 'faisal');
    type('sip-dialog-password', 'pw-2202');
    fireEvent.click(screen.getByTestId('sip-mode-ephemeral'));
    expect(screen.queryByTestId('sip-dialog-password')).toBeNull();
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toEqual({
      sipUser: '2202',
      authMode: 'ephemeral',
      authUser: null,
      wssUrl: null,
    });
  });

  it('keeps a stored password when the field is left empty', async () => {
    const { onSave } = renderDialog({
      userId: FAISAL,
      sipUser: '2202',
      authMode: 'password',
      authUser: null,
      hasPassword: true,
      wssUrl: 'wss://pbx2.rawaa.example/ws',
    });
    expect(screen.getByTestId('sip-dialog-password-helper').textContent).toBe(
      'Leave empty to keep the current password.',
    );
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toEqual({
      sipUser: '2202',
      authMode: 'password',
      authUser: null,
      wssUrl: 'wss://pbx2.rawaa.example/ws',
    });
  });

  it('names a bad SIP user and address, and warns when the organisation has no key', async () => {
    await changeLanguage('tr');
    const { onSave } = renderDialog(null, false);
    expect(screen.getByTestId('sip-dialog-no-key')).toBeTruthy();
    type('sip-dialog-user', '22 02');
    type('sip-dialog-wss', 'ws://pbx.example.com');
    save();
    expect(screen.getByTestId('sip-dialog-user-helper').textContent).toBe(
      'Yalnızca harf, rakam ve . _ + - kullanın.',
    );
    expect(screen.getByTestId('sip-dialog-wss-helper').textContent).toBe(
      'wss:// ile başlayan bir adres girin (ws:// yalnızca bu bilgisayarda).',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says so on the SIP user when the server finds it taken, and stays open', async () => {
    const { onSave, onClose } = renderDialog(null);
    onSave.mockRejectedValueOnce(
      new SyncHttpError(409, 'sipUserTaken', 'Another person already has that SIP user.'),
    );
    type('sip-dialog-user', '2201');
    save();
    await waitFor(() =>
      expect(screen.getByTestId('sip-dialog-user-helper').textContent).toBe(
        'Another person already has this SIP user.',
      ),
    );
    expect(onClose).not.toHaveBeenCalled();
    type('sip-dialog-user', '2202');
    expect(screen.getByTestId('sip-dialog-user-helper').textContent).toBe(
      'The extension, as in sip:user@domain',
    );
  });
});
