import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Product, ProductId } from '../../../../shared/domain/content';
import {
  DEFAULT_TELEPHONY_SETTINGS,
  type TelephonySettings,
} from '../../../../shared/domain/telephony';
import { changeLanguage, initI18n } from '../../../i18n/i18n';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import { SyncHttpError } from '../../../sync/errors';
import { PhoneSettingsForm, type PhoneSettingsFormProps } from './PhoneSettingsForm';

const product = {
  id: 'crm-pro' as ProductId,
  name: { en: 'CRM Pro', ar: 'سي آر إم برو' },
  summary: {},
  price: 100,
  currency: 'SAR',
  billing: 'monthly',
  fab: [],
  crossSell: [],
} as Product;

const SAVED: TelephonySettings = {
  ...DEFAULT_TELEPHONY_SETTINGS,
  wssUrl: 'wss://pbx.rawaa.example/ws',
  sipDomain: 'pbx.rawaa.example',
};

function renderForm(props: Partial<PhoneSettingsFormProps> = {}) {
  const onSave = vi.fn<PhoneSettingsFormProps['onSave']>(() => Promise.resolve());
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  render(
    <StoreContext.Provider value={store}>
      <PhoneSettingsForm
        settings={SAVED}
        hasSecret={false}
        products={[product]}
        onSave={onSave}
        {...props}
      />
    </StoreContext.Provider>,
  );
  return onSave;
}

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
const save = () => fireEvent.click(screen.getByTestId('phone-settings-save'));

describe('<PhoneSettingsForm>', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(async () => {
    cleanup();
    await changeLanguage('en');
  });

  it('refuses a ws:// address off this machine with a field message, and sends nothing', () => {
    const onSave = renderForm();
    type('phone-wss-url', 'ws://pbx.example.com');
    save();
    expect(screen.getByTestId('phone-wss-url').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('phone-wss-url-helper').textContent).toBe(
      'Enter a wss:// address (ws:// only on this computer).',
    );
    expect(screen.getByTestId('phone-settings-invalid')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    // Fixed, the message goes as the user types.
    type('phone-wss-url', 'ws://127.0.0.1:8080/ws');
    expect(screen.getByTestId('phone-wss-url').getAttribute('aria-invalid')).toBe('false');
  });

  it('names each bad field in the user’s language: range, STUN/TURN address, called numbers', async () => {
    await changeLanguage('ar');
    const onSave = renderForm();
    type('phone-ring-timeout', '5');
    type('phone-sip-domain', 'pbx example');
    fireEvent.click(screen.getByTestId('phone-ice-add'));
    type('phone-ice-0-urls', 'turn:turn.example.com:3478, https://turn.example.com');
    fireEvent.click(screen.getByTestId('phone-did-add'));
    fireEvent.click(screen.getByTestId('phone-did-add'));
    type('phone-did-0-number', '8001234567');
    type('phone-did-1-number', '8001234567');
    save();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByTestId('phone-ring-timeout-helper').textContent).toBe(
      'أدخل عددًا صحيحًا من 10 إلى 120.',
    );
    expect(screen.getByTestId('phone-sip-domain-helper').textContent).toContain(
      'أدخل اسم مضيف أو عنوانًا',
    );
    expect(screen.getByTestId('phone-ice-0-urls-helper').textContent).toContain('يبدأ كل عنوان بـ');
    const [first, second] = [screen.getByTestId('phone-did-0'), screen.getByTestId('phone-did-1')];
    expect(within(first).getByText('اختر منتجًا.')).toBeTruthy();
    expect(within(second).getByText('هذا الرقم مكرّر في القائمة.')).toBeTruthy();
  });

  it('generates a 32-character base64url key, new on every click, and sends it with the settings', async () => {
    const onSave = renderForm();
    const input = screen.getByTestId<HTMLInputElement>('phone-key-input');
    expect(input.value).toBe('');
    fireEvent.click(screen.getByTestId('phone-key-generate'));
    const first = input.value;
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    fireEvent.click(screen.getByTestId('phone-key-generate'));
    expect(input.value).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const key = input.value;
    expect(key).not.toBe(first);
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toEqual({ settings: SAVED, ephemeralSecret: key });
    // Saved: the key is not kept on screen.
    expect(await screen.findByTestId('phone-settings-saved')).toBeTruthy();
    expect(input.value).toBe('');
  });

  it('refuses a key shorter than 16 characters, and clears a stored key only when asked', async () => {
    const onSave = renderForm({ hasSecret: true });
    expect(screen.getByTestId('phone-key-state').textContent).toBe('Key set');
    type('phone-key-input', 'short');
    save();
    expect(screen.getByTestId('phone-key-helper').textContent).toBe(
      'The key needs at least 16 characters.',
    );
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('phone-key-clear'));
    expect(screen.getByTestId<HTMLInputElement>('phone-key-input').value).toBe('');
    expect(screen.getByTestId('phone-key-clear-pending')).toBeTruthy();
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toEqual({ settings: SAVED, ephemeralSecret: null });
  });

  it('sends the STUN/TURN rows, timings and called numbers as one request', async () => {
    const onSave = renderForm();
    expect(screen.getByTestId<HTMLButtonElement>('phone-settings-save').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('phone-ice-add'));
    type(
      'phone-ice-0-urls',
      'turn:turn.rawaa.example:3478?transport=udp , turns:turn.rawaa.example:5349',
    );
    type('phone-ice-0-username', 'desk');
    type('phone-ice-0-credential', 's3cret');
    fireEvent.click(screen.getByTestId('phone-ice-add'));
    type('phone-ice-1-urls', 'stun:stun.rawaa.example');
    type('phone-ring-timeout', '45');
    type('phone-wrap-up', '0');
    fireEvent.click(screen.getByTestId('phone-did-add'));
    type('phone-did-0-number', '+966 11 000 0000');
    fireEvent.mouseDown(within(screen.getByTestId('phone-did-0')).getByRole('combobox'));
    fireEvent.click(await screen.findByTestId('phone-product-crm-pro'));
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toEqual({
      settings: {
        ...SAVED,
        iceServers: [
          {
            urls: ['turn:turn.rawaa.example:3478?transport=udp', 'turns:turn.rawaa.example:5349'],
            username: 'desk',
            credential: 's3cret',
          },
          { urls: ['stun:stun.rawaa.example'] },
        ],
        ringTimeoutSec: 45,
        wrapUpSec: 0,
        dids: [{ number: '+966 11 000 0000', productId: 'crm-pro' }],
      },
    });
  });

  it('shows the server’s reason when it still refuses', async () => {
    const onSave = renderForm();
    onSave.mockRejectedValueOnce(
      new SyncHttpError(400, 'invalidRequest', 'settings.sipDomain: a host name or address'),
    );
    type('phone-sip-domain', 'pbx2.rawaa.example');
    save();
    const failure = await screen.findByTestId('phone-settings-failure');
    expect(failure.textContent).toContain('The server refused the change:');
    expect(failure.textContent).toContain('settings.sipDomain: a host name or address');
    expect(screen.queryByTestId('phone-settings-saved')).toBeNull();
  });
});
