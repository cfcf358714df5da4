// An AccountCalls for component tests: answers as the server does, and records what was asked.
import { vi } from 'vitest';
import type { AccountSession, AccountView } from '../../../shared/accounts/protocol';
import { SyncHttpError } from '../../sync/errors';
import type { AccountCalls } from './account-api';

export const session = (id: string, current = false): AccountSession => ({
  id,
  clientId: `0190000${id}-0000-7000-8000-00000000c11e`,
  createdAt: Date.UTC(2026, 0, 5, 9, 30),
  lastRefreshedAt: Date.UTC(2026, 0, 5, 11, 0),
  ip: current ? '10.0.0.7' : '192.0.2.44',
  current,
});

export function testCalls(view: AccountView, sessions: AccountSession[] = []) {
  let state = { ...view };
  let mine = [...sessions];
  const calls = {
    serverUrl: vi.fn(async () => 'https://desk.example'),
    account: vi.fn(async () => state),
    createLink: vi.fn(async (_userId: string, kind: 'invite' | 'reset') => {
      const expiresAt = Date.UTC(2026, 0, 8, 9, 30);
      state = { ...state, pendingLink: { kind, createdAt: Date.UTC(2026, 0, 5), expiresAt } };
      return {
        kind,
        path: `/#/set-password?token=${'k'.repeat(43)}&lang=ar`,
        expiresAt,
        emailed: false,
      };
    }),
    revokeSession: vi.fn(async (_userId: string, id: string) => {
      state = { ...state, sessions: state.sessions.filter((s) => s.id !== id) };
    }),
    revokeAll: vi.fn(async () => {
      state = { ...state, sessions: [] };
    }),
    changePassword: vi.fn(async (current: string) => {
      if (current !== 'old password 1')
        throw new SyncHttpError(403, 'wrongPassword', 'The current password is not right.');
      mine = mine.filter((s) => s.current);
    }),
    mySessions: vi.fn(async () => mine),
    revokeMySession: vi.fn(async (id: string) => {
      mine = mine.filter((s) => s.id !== id);
    }),
    revokeMyOtherSessions: vi.fn(async () => {
      mine = mine.filter((s) => s.current);
    }),
  } satisfies AccountCalls;
  return calls;
}
