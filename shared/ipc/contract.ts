// The one IPC contract between the renderer and Electron's main process: every channel with the
// zod schemas of its request and response. Main validates both ends; the preload only forwards.
import { z } from 'zod';
import type { EventChannel, InvokeChannel } from './channels';

/** What `app:info` answers: the app and the runtime it runs on (for About and bug reports). */
export const APP_INFO = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  electron: z.string(),
  chrome: z.string(),
  node: z.string(),
});

/** Whose refresh token: `<server origin>|<user id>`. */
const ACCOUNT = z.string().min(3).max(600);

/**
 * Request and response schemas of every renderer → main channel. Main parses each request with
 * `request` before a handler sees it and each answer with `response` before the page does.
 */
export const CONTRACT = {
  /** The app's name and version and the Electron/Chrome/Node versions. Takes no request. */
  'app:info': { request: z.undefined(), response: APP_INFO },
  /**
   * Hands a `tel:`, `sip:` or `callto:` URL to the operating system (softphone), or an `https:`
   * page of the sync server or of an allow-listed host (the browser). Anything else is refused
   * with `{ opened: false }`.
   */
  'shell:openExternal': {
    request: z.strictObject({ url: z.string().min(1).max(2048) }),
    response: z.strictObject({ opened: z.boolean() }),
  },
  /**
   * Lets the desk reach the sync server at `url` (the person signs in to it): the app page's
   * Content-Security-Policy allows only the servers the desk knows. `allowed: false` for an
   * address no desk may use (plain http off this machine…); `reload: true` when the server is
   * new to this desk, so the page must load again before it can reach it.
   */
  'desk:allowServer': {
    request: z.strictObject({ url: z.string().min(1).max(2048) }),
    response: z.strictObject({ allowed: z.boolean(), reload: z.boolean() }),
  },
  /** Shows a desktop notification; clicking it focuses the desk and emits `notification:clicked`. */
  'notify:show': {
    request: z.strictObject({
      title: z.string().min(1).max(200),
      body: z.string().max(1000),
      /** Handed back in `notification:clicked` (e.g. the lead to open). */
      tag: z.string().max(200).optional(),
    }),
    response: z.strictObject({ shown: z.boolean() }),
  },
  /**
   * Keeps the sync server's refresh token for `account` (server URL + user) encrypted with the
   * OS keychain (Electron safeStorage). `persisted: false` when the OS cannot encrypt it
   * properly — `reason` says why, for the page to explain in the person's language: then it is
   * kept in memory only and the person signs in again after a restart.
   */
  'auth:saveToken': {
    request: z.strictObject({ account: ACCOUNT, token: z.string().min(10).max(500) }),
    response: z.strictObject({
      persisted: z.boolean(),
      /** `noEncryption`: none at all; `weakEncryption`: Linux without a keyring (basic_text). */
      reason: z.enum(['noEncryption', 'weakEncryption']).optional(),
    }),
  },
  /** The refresh token kept for `account`, or null. */
  'auth:loadToken': {
    request: z.strictObject({ account: ACCOUNT }),
    response: z.strictObject({ token: z.string().nullable() }),
  },
  /** Forgets the refresh token of `account` (sign-out). */
  'auth:clearToken': {
    request: z.strictObject({ account: ACCOUNT }),
    response: z.strictObject({ cleared: z.boolean() }),
  },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

/** Payload schemas of every main → renderer event. */
export const EVENTS = {
  /** The agent clicked a notification shown by `notify:show`; `tag` is the one it was shown with. */
  'notification:clicked': z.strictObject({ tag: z.string().optional() }),
} as const satisfies Record<EventChannel, z.ZodType>;

/** The request `window.desk.invoke(channel, request)` takes for `C`. */
export type Request<C extends InvokeChannel> = z.infer<(typeof CONTRACT)[C]['request']>;
/** What `window.desk.invoke(channel, …)` resolves to for `C`. */
export type Response<C extends InvokeChannel> = z.infer<(typeof CONTRACT)[C]['response']>;
/** What a `window.desk.on(event, listener)` listener receives for `E`. */
export type EventPayload<E extends EventChannel> = z.infer<(typeof EVENTS)[E]>;

/**
 * What the preload exposes as `window.desk` inside the desktop app, and nothing more. In a plain
 * browser `window.desk` is undefined and the renderer falls back to web behaviour.
 */
export type DeskApi = {
  /** Sends a contract request to main; rejects for unknown channels, untrusted pages, bad input. */
  invoke<C extends InvokeChannel>(channel: C, request: Request<C>): Promise<Response<C>>;
  /** Subscribes to a main-process event; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export type { EventChannel, InvokeChannel };
