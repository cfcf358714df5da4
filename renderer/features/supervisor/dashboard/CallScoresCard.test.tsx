// Call scores come from the server: a desk without a server session (the offline demo) says so
// and asks nothing, rather than failing with "something went wrong".
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { initI18n } from '../../../i18n/i18n';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import { DeskSync } from '../../../sync/desk-sync';
import { DeskSyncContext } from '../../../ui/sync/desk-sync-context';
import { CallScoresCard } from './CallScoresCard';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

describe('call scores card', () => {
  afterEach(cleanup);
  beforeAll(async () => {
    await initI18n('en');
  });

  it('on a desk signed in to no server says where scores come from, and asks nothing', async () => {
    const fetch = vi.fn();
    const sync = new DeskSync({ storage: memoryStorage(), fetch });
    expect(sync.snapshot().phase).toBe('signedOut');
    const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
    render(
      <StoreContext.Provider value={store}>
        <DeskSyncContext.Provider value={sync}>
          <CallScoresCard
            period={{ from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1) }}
            teamId={null}
            agentId={null}
            fileName="call-scores"
          />
        </DeskSyncContext.Provider>
      </StoreContext.Provider>,
    );
    const card = await screen.findByTestId('call-scores');
    expect(card.textContent).toContain('Call scores come from the server');
    expect(card.textContent).not.toContain('went wrong');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});
