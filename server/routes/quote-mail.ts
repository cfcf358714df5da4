// POST /api/quote/email: a closer's quote PDF (made on the desk) goes to the customer as an
// attachment through the server's SMTP (server/auth/mail.ts settings). Only to the e-mail address
// of a lead the caller may work, so the route is no open relay. Without SMTP it answers 409
// mailNotConfigured and the desk falls back to mailto: with the PDF downloaded.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { smtpSender, type MailConfig } from '../auth/mail';
import { HttpError, forbidden, invalidRequest } from '../errors';
import { isValidEmail } from '../../shared/domain/email';
import { leadInScope, type Caller } from '../sync/scope';
import { caller, parse, type RouteContext } from './http';

/** A quote PDF is about 100–300 KB; base64 adds a third. */
export const QUOTE_MAIL_BODY_LIMIT = 4 * 1024 * 1024;

export const quoteMailRequestSchema = z.strictObject({
  leadId: z.string().min(1).max(100),
  to: z.string().min(3).max(320),
  subject: z.string().min(1).max(300),
  text: z.string().max(10_000),
  fileName: z
    .string()
    .min(5)
    .max(120)
    .regex(/^[^\\/:*?"<>|\p{Cc}]+\.pdf$/u),
  /** The PDF, base64. */
  pdf: z
    .string()
    .min(8)
    .max(QUOTE_MAIL_BODY_LIMIT)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type QuoteMailRequest = z.infer<typeof quoteMailRequestSchema>;

export type QuoteMail = {
  to: string;
  subject: string;
  text: string;
  fileName: string;
  pdf: Buffer;
};
export type QuoteMailer = { send(mail: QuoteMail): Promise<void> };

/** Sends through the configured SMTP server (a PDF takes longer to send than a link). */
export function smtpQuoteMailer(config: MailConfig): QuoteMailer {
  const send = smtpSender(config, 30_000);
  return {
    send: (mail) =>
      send({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: [
          { filename: mail.fileName, content: mail.pdf, contentType: 'application/pdf' },
        ],
      }),
  };
}

type LeadRow = { owner_id: string | null; team_id: string | null; email: string | null };

export function registerQuoteMailRoute(
  api: FastifyInstance,
  ctx: RouteContext,
  mailer: QuoteMailer | null,
): void {
  api.post('/api/quote/email', { bodyLimit: QUOTE_MAIL_BODY_LIMIT }, async (request) => {
    const c: Caller = await caller(ctx, request);
    const body = parse(quoteMailRequestSchema, request.body);
    if (!c.roles.some((r) => r === 'closer' || r === 'farmer' || r === 'hunter')) {
      throw forbidden('Agents only.');
    }
    const { rows } = await ctx.db.query<LeadRow>(
      "SELECT owner_id::text AS owner_id, team_id::text AS team_id, data->>'email' AS email FROM leads WHERE id = $1 AND organisation_id = $2",
      [body.leadId, c.organisationId],
    );
    const lead = rows[0];
    if (!lead || !leadInScope(c, lead.owner_id, lead.team_id)) {
      throw new HttpError(404, 'notFound', 'No such lead.');
    }
    const to = body.to.trim();
    if (!isValidEmail(to) || to.toLowerCase() !== (lead.email ?? '').trim().toLowerCase()) {
      throw invalidRequest("to: not the lead's e-mail address");
    }
    const pdf = Buffer.from(body.pdf, 'base64');
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw invalidRequest('pdf: not a PDF');
    if (!mailer) {
      throw new HttpError(409, 'mailNotConfigured', 'This server has no SMTP settings.');
    }
    try {
      await mailer.send({
        to,
        subject: body.subject,
        text: body.text,
        fileName: body.fileName,
        pdf,
      });
    } catch (error) {
      request.log.warn({ err: error }, 'quote e-mail failed');
      throw new HttpError(502, 'mailFailed', 'The mail server did not take the message.');
    }
    return { sent: true };
  });
}
