// The desk's e-mail to a lead from the message dialog (renderer/features/messages): GET says
// whether this server has SMTP settings (server/auth/mail.ts), POST sends the text to the lead's
// own address — only a lead the caller may work, never another address, never one who asked not
// to be contacted — with the agent as Reply-To. Without SMTP the desk opens its mail app
// (mailto:); either way the desk logs the message with the sendMessage verb.
import type { FastifyInstance } from 'fastify';
import { smtpSender, type MailConfig } from '../auth/mail';
import { HttpError } from '../errors';
import { isValidEmail } from '../../shared/domain/email';
import { leadEmailInputSchema } from '../../shared/domain/messages';
import { leadInScope } from '../sync/scope';
import { caller, parse, type RouteContext } from './http';

export type LeadMail = { to: string; replyTo: string | null; subject: string; text: string };
export type LeadMailer = { send(mail: LeadMail): Promise<void> };

/** Sends through the configured SMTP server. */
export function smtpLeadMailer(config: MailConfig): LeadMailer {
  const send = smtpSender(config);
  return {
    send: (mail) =>
      send({
        to: mail.to,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        subject: mail.subject,
        text: mail.text,
      }),
  };
}

type LeadRow = {
  owner_id: string | null;
  team_id: string | null;
  email: string | null;
  dnc: boolean;
};

export function registerMessageMailRoutes(
  api: FastifyInstance,
  ctx: RouteContext,
  mailer: LeadMailer | null,
): void {
  api.get('/api/messages/email', async (request) => {
    await caller(ctx, request);
    return { smtp: mailer !== null };
  });

  api.post('/api/messages/email', async (request) => {
    const c = await caller(ctx, request);
    const body = parse(leadEmailInputSchema, request.body);
    const { rows } = await ctx.db.query<LeadRow>(
      `SELECT owner_id::text AS owner_id, team_id::text AS team_id, data->>'email' AS email,
              coalesce((data->>'doNotCall')::boolean, false) AS dnc
         FROM leads WHERE id = $1 AND organisation_id = $2`,
      [body.leadId, c.organisationId],
    );
    const lead = rows[0];
    if (!lead || !leadInScope(c, lead.owner_id, lead.team_id))
      throw new HttpError(404, 'notFound', 'No such lead.');
    if (lead.dnc) throw new HttpError(409, 'doNotContact', 'The lead asked not to be contacted.');
    const to = (lead.email ?? '').trim();
    if (!isValidEmail(to)) throw new HttpError(409, 'noEmail', 'The lead has no e-mail address.');
    if (!body.text.trim()) throw new HttpError(400, 'invalidRequest', 'text: empty');
    if (!mailer) throw new HttpError(409, 'mailNotConfigured', 'This server has no SMTP settings.');
    const { rows: me } = await ctx.db.query<{ email: string }>(
      'SELECT email FROM users WHERE id = $1',
      [c.userId],
    );
    try {
      await mailer.send({
        to,
        replyTo: me[0]?.email ?? null,
        subject: body.subject.trim(),
        text: body.text,
      });
    } catch (error) {
      request.log.warn({ err: error }, 'lead e-mail failed');
      throw new HttpError(502, 'mailFailed', 'The mail server did not take the message.');
    }
    return { sent: true };
  });
}
