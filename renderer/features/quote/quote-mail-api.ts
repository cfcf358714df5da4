// The server's quote e-mail route (server/routes/quote-mail.ts) from the desk: the PDF as an
// attachment through the organisation's SMTP. 'unavailable' when the desk cannot use it (no
// server, offline, or no SMTP there): the desk then opens the agent's mail app instead.
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { normaliseServerUrl } from '../../sync/transport';
import { toBase64 } from './quote-links';

export type QuoteMailBody = {
  leadId: string;
  to: string;
  subject: string;
  text: string;
  fileName: string;
  pdf: Uint8Array;
};

export type QuoteMailOutcome = 'sent' | 'unavailable' | { failed: string };

export type WithAccess = <T>(
  request: (token: string, serverUrl: string) => Promise<T>,
) => Promise<T>;

export async function sendQuoteMail(
  withAccess: WithAccess,
  mail: QuoteMailBody,
): Promise<QuoteMailOutcome> {
  let res: Response;
  try {
    res = await withAccess((token, serverUrl) =>
      fetch(`${normaliseServerUrl(serverUrl)}/api/quote/email`, {
        method: 'POST',
        headers: {
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ ...mail, pdf: toBase64(mail.pdf) }),
        cache: 'no-store',
        signal: AbortSignal.timeout(60_000),
      }),
    );
  } catch {
    return 'unavailable';
  }
  if (res.ok) return 'sent';
  const body = (await res.json().catch(() => null)) as { error?: string; message?: string } | null;
  if (res.status === 409 && body?.error === 'mailNotConfigured') return 'unavailable';
  return { failed: body?.message ?? `HTTP ${res.status}` };
}
