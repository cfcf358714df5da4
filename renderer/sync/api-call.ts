// One authorised request to the sync server's REST routes (accounts, call reviews, …): the
// protocol header, the bearer token when there is one, a JSON body, the server's error answer
// as a SyncHttpError, and the answer checked against its schema (null: no body expected).
import type { z } from 'zod';
import { errorBodySchema, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { NetworkError, ProtocolError, SyncHttpError, parseRetryAfter } from './errors';
import { normaliseServerUrl } from './transport';

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export async function apiCall<S extends z.ZodType>(
  baseUrl: string,
  method: ApiMethod,
  path: string,
  {
    token,
    body,
    schema,
    timeoutMs = 30_000,
  }: { token?: string; body?: unknown; schema: S | null; timeoutMs?: number },
): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(`${normaliseServerUrl(baseUrl)}${path}`, {
      method,
      headers: {
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new NetworkError(`${method} ${path}: ${String(error)}`, { cause: error });
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
  if (!schema) return undefined as z.infer<S>;
  const parsed = schema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw new ProtocolError(`${method} ${path}: unexpected answer`);
  return parsed.data;
}
