// The account calls of shared/accounts/protocol.ts over HTTP: links (checked and used without a
// session), one's own password and sessions, and an administrator's view of a person. Answers are
// validated like the sync transport's; failures are NetworkError or SyncHttpError with the code.
import type { z } from 'zod';
import {
  accountViewSchema,
  passwordLinkCreatedSchema,
  passwordLinkInfoSchema,
  passwordSetSchema,
  sessionListSchema,
  type AccountSession,
  type AccountView,
  type PasswordLinkCreated,
  type PasswordLinkInfo,
  type PasswordLinkKind,
} from '../../../shared/accounts/protocol';
import { apiCall } from '../../sync/api-call';

type Method = 'GET' | 'POST';

const call = apiCall;

const user = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;

/** Checking and using a link: no session needed (the person has no password yet). */
export const linkCalls = {
  check: (baseUrl: string, token: string): Promise<PasswordLinkInfo> =>
    call(baseUrl, 'POST', '/api/auth/password-link/check', {
      body: { token },
      schema: passwordLinkInfoSchema,
    }),
  use: async (baseUrl: string, token: string, password: string): Promise<string> =>
    (
      await call(baseUrl, 'POST', '/api/auth/password-link/use', {
        body: { token, password },
        schema: passwordSetSchema,
      })
    ).email,
};

/** The calls a signed-in desk makes; `withAccess` supplies the token and server (DeskSync). */
export type AccountCalls = ReturnType<typeof accountCalls>;

export function accountCalls(
  withAccess: <T>(request: (token: string, serverUrl: string) => Promise<T>) => Promise<T>,
) {
  const go = <S extends z.ZodType>(
    method: Method,
    path: string,
    schema: S | null,
    body?: unknown,
  ) =>
    withAccess((token, url) =>
      call(url, method, path, { token, schema, ...(body !== undefined ? { body } : {}) }),
    );
  return {
    /** The server's address, to put before a link's path. */
    serverUrl: (): Promise<string> => withAccess(async (_token, url) => url),
    changePassword: async (currentPassword: string, newPassword: string): Promise<void> => {
      await go('POST', '/api/account/password', null, { currentPassword, newPassword });
    },
    mySessions: async (): Promise<AccountSession[]> =>
      (await go('GET', '/api/account/sessions', sessionListSchema)).sessions,
    revokeMySession: async (sessionId: string): Promise<void> => {
      await go('POST', `/api/account/sessions/${encodeURIComponent(sessionId)}/revoke`, null);
    },
    revokeMyOtherSessions: async (): Promise<void> => {
      await go('POST', '/api/account/sessions/revoke-others', null);
    },
    account: (userId: string): Promise<AccountView> =>
      go('GET', `${user(userId)}/account`, accountViewSchema),
    createLink: (userId: string, kind: PasswordLinkKind): Promise<PasswordLinkCreated> =>
      go('POST', `${user(userId)}/password-link`, passwordLinkCreatedSchema, { kind }),
    revokeSession: async (userId: string, sessionId: string): Promise<void> => {
      await go('POST', `${user(userId)}/sessions/${encodeURIComponent(sessionId)}/revoke`, null);
    },
    revokeAll: async (userId: string): Promise<void> => {
      await go('POST', `${user(userId)}/sessions/revoke-all`, null);
    },
  };
}
