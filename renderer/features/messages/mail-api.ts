// The server's e-mail route (server/routes/messages.ts): whether it can send over SMTP, and
// sending one e-mail to a lead. Failures are NetworkError or SyncHttpError with the code.
import { mailStatusSchema, type LeadEmailInput } from '../../../shared/domain/messages';
import { apiCall } from '../../sync/api-call';

const MAIL_PATH = '/api/messages/email';

export type WithAccess = <T>(
  request: (token: string, serverUrl: string) => Promise<T>,
) => Promise<T>;

/** Whether the signed-in desk's server sends e-mail over SMTP (false offline or without a server). */
export async function smtpAvailable(withAccess: WithAccess): Promise<boolean> {
  try {
    const status = await withAccess((token, url) =>
      apiCall(url, 'GET', MAIL_PATH, { token, schema: mailStatusSchema }),
    );
    return status.smtp;
  } catch {
    return false;
  }
}

/** Sends the e-mail from the server to the lead's address (the server reads it from the lead). */
export async function sendLeadEmail(withAccess: WithAccess, input: LeadEmailInput): Promise<void> {
  await withAccess((token, url) =>
    apiCall(url, 'POST', MAIL_PATH, { token, body: input, schema: null }),
  );
}
