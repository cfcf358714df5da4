// The only way main answers the renderer: one `handle` per contract channel that checks the
// sender frame's origin and validates the request and the response with the contract's schemas.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import {
  CONTRACT,
  type InvokeChannel,
  type Request,
  type Response,
} from '../../shared/ipc/contract';
import { isTrustedUrl } from './security';

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

export function handle<C extends InvokeChannel>(
  channel: C,
  fn: Handler<C>,
  trustedOrigins: () => readonly string[],
): void {
  const { request: requestSchema, response: responseSchema } = CONTRACT[channel];
  ipcMain.handle(channel, async (event, payload: unknown) => {
    const senderUrl = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(senderUrl, trustedOrigins())) {
      throw new IpcRejectedError(
        `untrusted sender for ${channel}: ${senderUrl || 'unknown frame'}`,
      );
    }
    const parsed = requestSchema.safeParse(payload);
    if (!parsed.success) {
      throw new IpcRejectedError(
        `malformed request for ${channel}: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
      );
    }
    const result = await fn(parsed.data as Request<C>, event);
    return responseSchema.parse(result);
  });
}
