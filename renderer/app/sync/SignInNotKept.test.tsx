// Linux without a keyring: main keeps the refresh token in memory only and says why
// (`auth:saveToken` → `weakEncryption`); the desk explains it in the person's language and works.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { DeskApi } from '../../../shared/ipc/contract';
import { ipcTokenStore } from '../../sync/token-stores';
import { reportTokenSaved } from '../../sync/token-persistence';
import { FakeSyncServer } from '../../sync/testing/fake-sync-server';
import { wireLead } from '../../sync/testing/wire-lead';
import { serverDeskTests, signInOnScreen } from '../../test/server-desk';

const { renderDesk } = serverDeskTests();

afterEach(() => {
  reportTokenSaved({ persisted: true });
});

/** The desktop shell's `window.desk` as main answers when the OS cannot keep secrets. */
function deskWithout(reason: 'weakEncryption' | 'noEncryption' | null): DeskApi {
  const tokens = new Map<string, string>();
  const invoke = async (channel: string, request: unknown): Promise<unknown> => {
    const { account, token } = request as { account: string; token?: string };
    if (channel === 'auth:saveToken') {
      tokens.set(account, token ?? '');
      return reason ? { persisted: false, reason } : { persisted: true };
    }
    if (channel === 'auth:loadToken') return { token: tokens.get(account) ?? null };
    if (channel === 'auth:clearToken') return { cleared: tokens.delete(account) };
    throw new Error(`unexpected ${channel}`);
  };
  return { invoke, on: () => () => undefined } as unknown as DeskApi;
}

async function signInWith(desk: DeskApi) {
  const server = new FakeSyncServer();
  server.putLead(wireLead({ id: 'l1' }));
  renderDesk(server.fetch, (serverUrl) => ipcTokenStore(desk, serverUrl));
  await signInOnScreen('secret');
  const chip = await screen.findByTestId('connection-state', {}, { timeout: 10_000 });
  await waitFor(() => expect(chip.getAttribute('data-sync-state')).toBe('online'));
  fireEvent.click(chip);
  await screen.findByTestId('sync-panel');
}

describe('a desktop app that cannot keep the sign-in on disk', () => {
  it('explains it in the person’s language (Linux basic_text) and keeps working', async () => {
    await signInWith(deskWithout('weakEncryption'));
    // The fake server's person works in Turkish.
    expect((await screen.findByTestId('sync-sign-in-not-kept')).textContent).toBe(
      'Bu bilgisayarda bir anahtarlık (GNOME Keyring veya KWallet gibi) yok; bu yüzden Sales Desk oturumunuzu diske kaydetmiyor: yeniden başlattıktan sonra tekrar giriş yapmanız istenecek.',
    );
    expect(screen.getByTestId('connection-state').getAttribute('data-sync-state')).toBe('online');
  });

  it('says nothing when the keyring keeps it', async () => {
    await signInWith(deskWithout(null));
    expect(screen.queryByTestId('sync-sign-in-not-kept')).toBeNull();
  });
});
