import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { LeadId } from '../../../shared/domain/ids';
import { addNote } from '../../../shared/mutations/add-note';
import { deskOf } from '../../db/desk';
import { run } from '../../db/run';
import { FAKE_ORGANISATION, FAKE_USER, FakeSyncServer } from '../../sync/testing/fake-sync-server';
import { wireLead } from '../../sync/testing/wire-lead';
import { serverDeskTests, signInOnScreen } from '../../test/server-desk';

const { renderDesk: renderWith } = serverDeskTests();
const renderDesk = (server: FakeSyncServer) => renderWith(server.fetch);
const signIn = (password: string) => signInOnScreen(password);

describe('signed in to a sync server', () => {
  it('explains a wrong password, then opens the desk with the sync state in the top bar', async () => {
    const server = new FakeSyncServer();
    server.putLead(wireLead({ id: 'l1', name: 'Ayşe Yılmaz' }));
    const { sync } = renderDesk(server);
    await signIn('wrong');
    expect((await screen.findByTestId('sign-in-error')).textContent).toBe(
      'Wrong email or password.',
    );
    await signIn('secret');
    const chip = await screen.findByTestId('connection-state', {}, { timeout: 10_000 });
    await waitFor(() => expect(chip.getAttribute('data-sync-state')).toBe('online'));
    expect(chip.getAttribute('data-pending')).toBe('0');
    expect(screen.getByTestId('user-badge').textContent).toContain('Ayşe');

    // The person works in Turkish (their own language on the server). A refused change shows in
    // the panel with its translated reason, and can be dismissed.
    const db = sync.snapshot().db!;
    await db.rejections.add({
      seq: 3,
      name: 'handOff',
      reason: 'ownerChanged',
      detail: 'owner is u2',
      leadId: 'l1',
      leadName: 'Ayşe Yılmaz',
      at: Date.now(),
    });
    fireEvent.click(chip);
    const panel = await screen.findByTestId('sync-rejections');
    expect(panel.textContent).toContain('Satış kapama uzmanına devir');
    expect(panel.textContent).toContain('Ayşe Yılmaz');
    expect(panel.textContent).toContain('Bu aday önce başka birine verildi.');
    fireEvent.click(within(panel).getByTestId('sync-rejection-dismiss'));
    await waitFor(async () => expect(await db.rejections.count()).toBe(0));
  });

  it('shows only "please update" when the server refuses this version', async () => {
    const server = new FakeSyncServer();
    server.fail('/api/auth/sign-in', { status: 426, error: 'upgradeRequired' });
    renderDesk(server);
    await signIn('secret');
    expect(await screen.findByTestId('upgrade-required')).toBeTruthy();
    expect(screen.getByText('Please update the app')).toBeTruthy();
  });

  it('warns before sign-out wipes unsent changes', async () => {
    const server = new FakeSyncServer();
    server.putLead(wireLead({ id: 'l1' }));
    const { sync } = renderDesk(server);
    await signIn('secret');
    await screen.findByTestId('connection-state', {}, { timeout: 10_000 });
    const db = sync.snapshot().db!;
    await waitFor(async () => expect(await db.leads.count()).toBe(1));
    server.fail('/api/sync/push', { status: 503, error: 'unavailable', times: 1000 });
    // A note the agent writes while the server cannot take it: a real outbox entry.
    const r = await run(deskOf(db, FAKE_USER, FAKE_ORGANISATION), addNote, {
      leadId: 'l1' as LeadId,
      text: 'x',
    });
    expect(r.ok).toBe(true);
    await waitFor(() =>
      expect(screen.getByTestId('connection-state').getAttribute('data-pending')).toBe('1'),
    );
    fireEvent.click(screen.getByTestId('user-badge'));
    fireEvent.click(await screen.findByTestId('sign-out'));
    expect((await screen.findByTestId('sign-out-pending')).textContent).toBe(
      '1 değişiklik henüz sunucuya ulaşmadı ve kaybolacak.',
    );
    fireEvent.click(screen.getByTestId('sign-out-discard'));
    expect(await screen.findByTestId('server-sign-in', {}, { timeout: 10_000 })).toBeTruthy();
    expect(sync.snapshot().phase).toBe('signedOut');
  });

  it('warns before sign-out wipes call recordings the server does not hold yet', async () => {
    const server = new FakeSyncServer();
    server.putLead(wireLead({ id: 'l1' }));
    const { sync } = renderDesk(server);
    await signIn('secret');
    await screen.findByTestId('connection-state', {}, { timeout: 10_000 });
    const db = sync.snapshot().db!;
    const at = Date.now();
    const row = {
      leadId: 'l1',
      direction: 'outbound' as const,
      callStartedAt: at,
      answeredAt: at,
      mime: 'audio/webm' as const,
      announced: false,
      pauses: [],
      pieces: 1,
      bytes: 10,
      durationMs: 1000,
      declaration: null,
      error: null,
      uploadError: null,
      createdAt: at,
      updatedAt: at,
    };
    await db.recordings.bulkAdd([
      { ...row, id: '0190a000-0000-7000-8000-000000000001', status: 'sealed' },
      { ...row, id: '0190a000-0000-7000-8000-000000000002', status: 'failed' },
      // Already on the server: nothing to lose.
      { ...row, id: '0190a000-0000-7000-8000-000000000003', status: 'uploaded' },
    ]);
    fireEvent.click(screen.getByTestId('user-badge'));
    fireEvent.click(await screen.findByTestId('sign-out'));
    expect((await screen.findByTestId('sign-out-recordings')).textContent).toBe(
      '2 görüşme kaydı henüz sunucuya ulaşmadı ve kaybolacak.',
    );
    expect(screen.queryByTestId('sign-out-pending')).toBeNull();
    // Signing out needs the deliberate second button, as with unsent changes.
    expect(screen.queryByTestId('sign-out-confirm')).toBeNull();
    expect(screen.getByTestId('sign-out-discard')).toBeTruthy();
  });
});
