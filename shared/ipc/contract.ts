// The one IPC contract between the renderer and Electron's main process: every channel with the
// zod schemas of its request and response. Main validates both ends; the preload only forwards.
import { z } from 'zod';
import type { EventChannel, InvokeChannel } from './channels';

export const APP_INFO = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  electron: z.string(),
  chrome: z.string(),
  node: z.string(),
});

export const CONTRACT = {
  'app:info': { request: z.undefined(), response: APP_INFO },
  'shell:openExternal': {
    request: z.object({ url: z.string().min(1).max(2048) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  'notify:show': {
    request: z
      .object({
        title: z.string().min(1).max(200),
        body: z.string().max(1000),
        /** Handed back in `notification:clicked` (e.g. the lead to open). */
        tag: z.string().max(200).optional(),
      })
      .strict(),
    response: z.object({ shown: z.boolean() }),
  },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

export const EVENTS = {
  'notification:clicked': z.object({ tag: z.string().optional() }),
} as const satisfies Record<EventChannel, z.ZodType>;

export type Request<C extends InvokeChannel> = z.infer<(typeof CONTRACT)[C]['request']>;
export type Response<C extends InvokeChannel> = z.infer<(typeof CONTRACT)[C]['response']>;
export type EventPayload<E extends EventChannel> = z.infer<(typeof EVENTS)[E]>;

/** What the preload exposes as `window.desk`, and nothing more. */
export type DeskApi = {
  invoke<C extends InvokeChannel>(channel: C, request: Request<C>): Promise<Response<C>>;
  /** Subscribes to a main-process event; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export type { EventChannel, InvokeChannel };
