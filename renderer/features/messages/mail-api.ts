// The server's e-mail route (server/routes/messages.ts): whether it can send over SMTP, and
// sending one e-mail to a lead. Failures are NetworkError or SyncHttpError with the code.
import { errorBodySchema, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { mailStatusSchema, type LeadEmailInput } from '../../../shared/domain/messages';
import { NetworkError, ProtocolError, SyncHttpError, parseRetryAfter } from '../../sync/errors';
import { normaliseServerUrl } from '../../sync/transport';

export type WithAccess = <T>(
  request: (token: string, serverUrl: string) => Promise<T>,
) => Promise<T>;

async function call(
  baseUrl: string,
  token: string,
  method: 'GET' | 'POST',
  body?: unknown,
): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`${normaliseServerUrl(baseUrl)}/api/messages/email`, {
      method,
      headers: {
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      cache: 'no-store',
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new NetworkError(`${method} /api/messages/email: ${String(error)}`, { cause: error });
  }
  if (!res.ok) {
    let code = `http${res.status}`;
    let message = res.statusText || `HTTP ${res.status}`;
    const parsed = errorBodySchema.safeParse(await res.json().catch(() => null));
    if (parsed.success) ({ error: code, message } = parsed.data);
    throw new SyncHttpError(
      res.status,
      code,
      message,
      parseRetryAfter(res.headers.get('retry-after')),
    );
  }
  return res.status === 204 ? null : res.json().catch(() => null);
}

/** Whether the signed-in desk's server sends e-mail over SMTP (false offline or without a server). */
export async function smtpAvailable(withAccess: WithAccess): Promise<boolean> {
  try {
    const answer = await withAccess((token, url) => call(url, token, 'GET'));
    const parsed = mailStatusSchema.safeParse(answer);
    if (!parsed.success) throw new ProtocolError('GET /api/messages/email: unexpected answer');
    return parsed.data.smtp;
  } catch {
    return false;
  }
}

/** Sends the e-mail from the server to the lead's address (the server reads it from the lead). */
export async function sendLeadEmail(withAccess: WithAccess, input: LeadEmailInput): Promise<void> {
  await withAccess((token, url) => call(url, token, 'POST', input));
}
