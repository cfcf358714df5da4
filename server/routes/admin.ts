// Admin routes: the organisation's audit log, and disabling or enabling a user.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError, forbidden, invalidRequest } from '../errors';
import { listAuditEntries, setUserDisabled } from '../admin/repository';
import { scopeClass, type Caller } from '../sync/scope';
import { caller, type RouteContext } from './http';
import { isUuid } from '../../shared/domain/ids';

const noSuchUser = () => new HttpError(404, 'notFound', 'No such user.');

export function registerAdminRoutes(api: FastifyInstance, ctx: RouteContext): void {
  const admin = async (request: FastifyRequest): Promise<Caller> => {
    const c = await caller(ctx, request);
    if (scopeClass(c.roles) !== 'admin') throw forbidden('Administrators only.');
    return c;
  };

  api.get('/api/admin/audit', async (request) => {
    const c = await admin(request);
    const { limit: rawLimit, before } = request.query as { limit?: string; before?: string };
    const limit = rawLimit === undefined ? 100 : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw invalidRequest('limit must be a whole number from 1 to 1000.');
    }
    if (before !== undefined && !/^\d{1,18}$/.test(before)) {
      throw invalidRequest('before must be an entry id.');
    }
    const entries = await listAuditEntries(ctx.db, c.organisationId, {
      limit,
      before: before ?? null,
    });
    return { entries };
  });

  const setDisabled =
    (disabled: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
      const c = await admin(request);
      const { id } = request.params as { id: string };
      // A UUID, or nobody (the database would refuse the cast with a 500).
      if (!isUuid(id)) throw noSuchUser();
      if (disabled && id === c.userId) throw invalidRequest('You cannot disable yourself.');
      const found = await setUserDisabled(ctx.db, c, { userId: id, disabled, ip: request.ip });
      if (!found) throw noSuchUser();
      return reply.status(204).send();
    };
  api.post('/api/admin/users/:id/disable', setDisabled(true));
  api.post('/api/admin/users/:id/enable', setDisabled(false));
}
