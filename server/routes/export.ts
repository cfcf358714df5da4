// Export route: the lead CSV of the caller's scope, for supervisors and administrators.
import type { FastifyInstance } from 'fastify';
import { forbidden, invalidRequest } from '../errors';
import { LEAD_STAGES, type LeadStage } from '../../shared/domain/lead';
import { exportLeads } from '../export/leads-export';
import { scopeClass } from '../sync/scope';
import { caller, type RouteContext } from './http';

export function registerExportRoutes(api: FastifyInstance, ctx: RouteContext): void {
  api.get('/api/leads/export', async (request, reply) => {
    const c = await caller(ctx, request);
    if (scopeClass(c.roles) === 'agent') {
      throw forbidden('Only supervisors and administrators export leads.');
    }
    const { stage = null } = request.query as { stage?: string };
    if (stage !== null && !LEAD_STAGES.includes(stage as LeadStage))
      throw invalidRequest(`stage: one of ${LEAD_STAGES.join(', ')}.`);
    const csv = await exportLeads(ctx.db, c, { stage, ip: request.ip });
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="leads.csv"')
      .header('cache-control', 'no-store')
      .send(csv);
  });
}
