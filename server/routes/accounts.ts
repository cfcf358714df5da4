// Account routes (shared/sync/README.md "Accounts"): invitation and reset links (an
// administrator makes them; anyone holding one checks and uses it), changing one's own password,
// and the open sessions of a person with revoke. Every body is small and checked with zod.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError, forbidden, invalidRequest } from '../errors';
import {
  accountView,
  changePassword,
  listSessions,
  revokeSession,
  revokeSessions,
} from '../auth/accounts';
import { LinkThrottle } from '../auth/link-throttle';
import type { Mailer } from '../auth/mail';
import { checkPasswordLink, createPasswordLink, usePasswordLink } from '../auth/password-links';
import { audit } from '../audit';
import { isUuid } from '../../shared/domain/ids';
import {
  changePasswordRequestSchema,
  createPasswordLinkRequestSchema,
  passwordLinkTokenRequestSchema,
  usePasswordLinkRequestSchema,
  type PasswordLinkCreated,
} from '../../shared/accounts/protocol';
import { scopeClass, type Caller } from '../sync/scope';
import { AUTH_BODY_LIMIT } from './auth';
import { caller, parse, type RouteContext } from './http';

export type AccountRoutesOptions = {
  /** Sends invitation and reset links by e-mail; null: links are only shown to copy. */
  mailer: { mailer: Mailer; publicUrl: string } | null;
  /** Throttle for the link routes (tests give a tighter one). */
  linkThrottle?: LinkThrottle;
};

const noSuchUser = () => new HttpError(404, 'notFound', 'No such user.');
const noSuchSession = () => new HttpError(404, 'notFound', 'No such session.');

/** A UUID path parameter, or the 404 an unknown one gets (the database would refuse the cast). */
function idParam(request: FastifyRequest, name: string, missing: () => HttpError): string {
  const value = (request.params as Record<string, string | undefined>)[name] ?? '';
  if (!isUuid(value)) throw missing();
  return value;
}

export function registerAccountRoutes(
  api: FastifyInstance,
  ctx: RouteContext,
  { mailer, linkThrottle = new LinkThrottle() }: AccountRoutesOptions,
): void {
  const small = { bodyLimit: AUTH_BODY_LIMIT };
  const admin = async (request: FastifyRequest): Promise<Caller> => {
    const c = await caller(ctx, request);
    if (scopeClass(c.roles) !== 'admin') throw forbidden('Administrators only.');
    return c;
  };
  const throttle = (request: FastifyRequest) => {
    const wait = linkThrottle.take(request.ip);
    if (wait > 0) {
      throw new HttpError(429, 'tooManyAttempts', `Too many attempts; try again in ${wait} s.`, {
        'retry-after': String(wait),
      });
    }
  };

  // --- Links: made by an administrator, used by the person holding one ---------------------

  api.post('/api/admin/users/:id/password-link', small, async (request, reply) => {
    const c = await admin(request);
    const userId = idParam(request, 'id', noSuchUser);
    const { kind } = parse(createPasswordLinkRequestSchema, request.body);
    const link = await createPasswordLink(ctx.db, c, { userId, kind, ip: request.ip });
    if (link === null) throw noSuchUser();
    if (link === 'disabled') {
      throw new HttpError(409, 'userDisabled', 'This person is disabled; enable them first.');
    }
    let emailed = false;
    if (mailer) {
      try {
        await mailer.mailer.send({
          to: link.email,
          displayName: link.displayName,
          organisation: link.organisation,
          locale: link.locale,
          kind: link.kind,
          link: `${mailer.publicUrl}${link.path}`,
          expiresAt: link.expiresAt,
        });
        emailed = true;
      } catch (error) {
        // The link still works: the administrator copies it instead.
        request.log.warn({ err: error }, 'could not send the link e-mail');
      }
      await audit(ctx.db, [
        {
          organisationId: c.organisationId,
          actorId: c.userId,
          action: emailed ? 'passwordLinkEmailed' : 'passwordLinkEmailFailed',
          subject: userId,
          detail: { kind },
          ip: request.ip,
        },
      ]);
    }
    reply.header('cache-control', 'no-store');
    const body: PasswordLinkCreated = {
      kind: link.kind,
      path: link.path,
      expiresAt: link.expiresAt,
      emailed,
    };
    return body;
  });

  api.post('/api/auth/password-link/check', small, async (request, reply) => {
    throttle(request);
    const { token } = parse(passwordLinkTokenRequestSchema, request.body);
    const r = await checkPasswordLink(ctx.db, token);
    if (!r.ok) throw new HttpError(r.status, r.error, r.message);
    reply.header('cache-control', 'no-store');
    return r.info;
  });

  api.post('/api/auth/password-link/use', small, async (request, reply) => {
    throttle(request);
    const body = parse(usePasswordLinkRequestSchema, request.body);
    const r = await usePasswordLink(ctx.db, { ...body, ip: request.ip });
    if (!r.ok) throw new HttpError(r.status, r.error, r.message);
    reply.header('cache-control', 'no-store');
    return { email: r.email };
  });

  // --- One's own account --------------------------------------------------------------------

  api.post('/api/account/password', small, async (request, reply) => {
    const me = await caller(ctx, request);
    // Someone at an unlocked desk guessing the current password: the same light throttle.
    const wait = linkThrottle.take(`password:${me.userId}`);
    if (wait > 0) {
      throw new HttpError(429, 'tooManyAttempts', `Too many attempts; try again in ${wait} s.`, {
        'retry-after': String(wait),
      });
    }
    const body = parse(changePasswordRequestSchema, request.body);
    const r = await changePassword(ctx.db, me, { ...body, ip: request.ip });
    if (!r.ok) throw new HttpError(r.status, r.error, r.message);
    return reply.status(204).send();
  });

  api.get('/api/account/sessions', async (request, reply) => {
    const me = await caller(ctx, request);
    reply.header('cache-control', 'no-store');
    return {
      sessions: await listSessions(ctx.db, {
        organisationId: me.organisationId,
        userId: me.userId,
        currentSessionId: me.sessionId,
      }),
    };
  });

  api.post('/api/account/sessions/:sid/revoke', small, async (request, reply) => {
    const me = await caller(ctx, request);
    const sessionId = idParam(request, 'sid', noSuchSession);
    if (sessionId === me.sessionId) {
      throw invalidRequest('This is the session you are using: sign out instead.');
    }
    const ok = await revokeSession(ctx.db, me, { userId: me.userId, sessionId, ip: request.ip });
    if (!ok) throw noSuchSession();
    return reply.status(204).send();
  });

  api.post('/api/account/sessions/revoke-others', small, async (request) => {
    const me = await caller(ctx, request);
    const r = await revokeSessions(ctx.db, me, {
      userId: me.userId,
      keepCurrent: true,
      ip: request.ip,
    });
    return { ended: r?.ended ?? 0 };
  });

  // --- A person's sessions, for an administrator --------------------------------------------

  api.get('/api/admin/users/:id/account', async (request, reply) => {
    const c = await admin(request);
    const userId = idParam(request, 'id', noSuchUser);
    const view = await accountView(ctx.db, c, userId);
    if (!view) throw noSuchUser();
    reply.header('cache-control', 'no-store');
    return view;
  });

  api.post('/api/admin/users/:id/sessions/:sid/revoke', small, async (request, reply) => {
    const c = await admin(request);
    const userId = idParam(request, 'id', noSuchUser);
    const sessionId = idParam(request, 'sid', noSuchSession);
    const ok = await revokeSession(ctx.db, c, { userId, sessionId, ip: request.ip });
    if (!ok) throw noSuchSession();
    return reply.status(204).send();
  });

  api.post('/api/admin/users/:id/sessions/revoke-all', small, async (request) => {
    const c = await admin(request);
    const userId = idParam(request, 'id', noSuchUser);
    const r = await revokeSessions(ctx.db, c, { userId, keepCurrent: false, ip: request.ip });
    if (!r) throw noSuchUser();
    return r;
  });
}
