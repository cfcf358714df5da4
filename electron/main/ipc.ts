// The only way main answers the renderer: one `handle` per contract channel that checks the
// sender frame's origin and validates the request and the response with the contract's schemas.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  CONTRACT,
  EVENTS,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type Request,
  type Response,
} from '../../shared/ipc/contract';
import { isTrustedUrl } from './security';

/** Why main refused an IPC call; the message reaches the renderer's rejected promise. */
export class IpcRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRejectedError';
  }
}

export type Handler<C extends InvokeChannel> = (
  request: Request<C>,
  event: IpcMainInvokeEvent,
) => Promise<Response<C>> | Response<C>;

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .map(
      (issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ` : '') + issue.message,
    )
    .join('; ');
}

/**
 * Registers `fn` for `channel`. A call is refused unless it comes from a frame on one of
 * `trustedOrigins` and its payload matches the contract; the answer is checked too, so the page
 * only ever sees what the contract promises.
 */
export function handle<C extends InvokeChannel>(
  channel: C,
  fn: Handler<C>,
  trustedOrigins: readonly string[],
): void {
  const { request: requestSchema, response: responseSchema } = CONTRACT[channel];
  ipcMain.handle(channel, async (event, payload: unknown) => {
    // senderFrame is null when the frame navigated away or was destroyed: nobody to trust.
    const senderUrl = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(senderUrl, trustedOrigins)) {
      throw new IpcRejectedError(`untrusted sender for ${channel}: ${senderUrl || 'no frame'}`);
    }
    const parsed = requestSchema.safeParse(payload);
    if (!parsed.success) {
      throw new IpcRejectedError(
        `malformed request for ${channel}: ${describeIssues(parsed.error.issues)}`,
      );
    }
    const result = responseSchema.safeParse(await fn(parsed.data as Request<C>, event));
    if (!result.success) {
      throw new IpcRejectedError(
        `invalid response from ${channel}: ${describeIssues(result.error.issues)}`,
      );
    }
    return result.data;
  });
}

/** Sends a contract event to a page, checked against its schema like every IPC message. */
export function sendEvent<E extends EventChannel>(
  contents: WebContents,
  event: E,
  payload: EventPayload<E>,
): void {
  contents.send(event, EVENTS[event].parse(payload));
}
