// Telephony routes: administrators set the organisation's phone settings and each person's SIP
// account; a signed-in desk asks for its phone (with ephemeral credentials minted for a few hours)
// and reports its agent's state; supervisors read their team's states for the wallboard.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError, forbidden, invalidRequest } from '../errors';
import { scopeClass, type Caller } from '../sync/scope';
import {
  deskPhoneOf,
  phoneDirectory,
  readTelephony,
  removeSipAccount,
  writeSipAccount,
  writeTelephony,
} from '../telephony/repository';
import { caller, parse, type RouteContext } from './http';
import { readWallboard, reportPresence } from '../telephony/presence';
import { endCoachingOfAgent } from '../coaching/sessions';
import {
  presenceInputSchema,
  sipAccountInputSchema,
  telephonySettingsInputSchema,
} from '../../shared/domain/telephony';
import { isUuid } from '../../shared/domain/ids';

const noSuchUser = () => new HttpError(404, 'notFound', 'No such user.');

export function registerTelephonyRoutes(
  api: FastifyInstance,
  ctx: RouteContext,
  /** Called after a change of PBX addresses (the page's CSP follows them). */
  changed: () => Promise<void> = () => Promise.resolve(),
): void {
  const admin = async (request: FastifyRequest): Promise<Caller> => {
    const c = await caller(ctx, request);
    if (scopeClass(c.roles) !== 'admin') throw forbidden('Administrators only.');
    return c;
  };

  api.get('/api/admin/telephony', async (request) => {
    const c = await admin(request);
    return readTelephony(ctx.db, c.organisationId);
  });

  api.put('/api/admin/telephony', async (request, reply: FastifyReply) => {
    const c = await admin(request);
    const body = parse(telephonySettingsInputSchema, request.body);
    await writeTelephony(ctx.db, c, body.settings, body.ephemeralSecret, request.ip);
    await changed();
    return reply.status(204).send();
  });

  api.put('/api/admin/users/:id/sip', async (request, reply: FastifyReply) => {
    const c = await admin(request);
    const { id } = request.params as { id: string };
    if (!isUuid(id)) throw noSuchUser();
    const input = parse(sipAccountInputSchema, request.body);
    const r = await writeSipAccount(ctx.db, c, id, input, request.ip);
    if (r === 'noSuchUser') throw noSuchUser();
    if (r === 'sipUserTaken')
      throw new HttpError(409, 'sipUserTaken', 'Another person already has that SIP user.');
    if (r === 'passwordMissing')
      throw invalidRequest('password: a fixed-password account needs its password.');
    await changed();
    return reply.status(204).send();
  });

  api.delete('/api/admin/users/:id/sip', async (request, reply: FastifyReply) => {
    const c = await admin(request);
    const { id } = request.params as { id: string };
    if (!isUuid(id) || !(await removeSipAccount(ctx.db, c, id, request.ip))) throw noSuchUser();
    return reply.status(204).send();
  });

  // A desk reports its agent's state: on every change and as a heartbeat.
  api.put('/api/telephony/presence', async (request, reply: FastifyReply) => {
    const c = await caller(ctx, request);
    const body = parse(presenceInputSchema, request.body);
    await reportPresence(ctx.db, c, body.state, body.reason);
    // Off the call: a supervisor coaching it has nothing left to hear.
    if (body.state !== 'onCall') await endCoachingOfAgent(ctx.db, c.userId);
    return reply.status(204).send();
  });

  api.get('/api/telephony/wallboard', async (request, reply: FastifyReply) => {
    const c = await caller(ctx, request);
    const cls = scopeClass(c.roles);
    if (cls !== 'admin' && cls !== 'supervisor') throw forbidden('Supervisors only.');
    void reply.header('cache-control', 'no-store');
    return readWallboard(ctx.db, c);
  });

  // Extensions, so an agent can hand a live call to a colleague (no secrets: users only).
  api.get('/api/telephony/directory', async (request, reply: FastifyReply) => {
    const c = await caller(ctx, request);
    void reply.header('cache-control', 'no-store');
    return { entries: await phoneDirectory(ctx.db, c.organisationId) };
  });

  api.get('/api/telephony/phone', async (request, reply: FastifyReply) => {
    const c = await caller(ctx, request);
    const r = await deskPhoneOf(ctx.db, c, Date.now());
    // Credentials: never cached by a browser or a proxy.
    void reply.header('cache-control', 'no-store');
    if (r.ok) return r.phone;
    if (r.reason === 'noAccount')
      throw new HttpError(404, 'noPhone', 'No phone account is set for you.');
    throw new HttpError(
      409,
      'phoneNotConfigured',
      'The organisation’s phone settings are incomplete; ask an administrator.',
    );
  });
}
