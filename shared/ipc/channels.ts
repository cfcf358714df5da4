// The names of the IPC channels without their schemas, so the sandboxed preload stays tiny and
// zod-free. contract.ts checks that every name here has schemas and vice versa.

/** Renderer → main requests, answered once (`window.desk.invoke`). */
export const INVOKE_CHANNELS = [
  'app:info',
  'shell:openExternal',
  'desk:allowServer',
  'notify:show',
  'auth:saveToken',
  'auth:loadToken',
  'auth:clearToken',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** Main → renderer events (`window.desk.on`). */
export const EVENT_CHANNELS = ['notification:clicked'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** True when `value` names a request channel of the contract. */
export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}

/** True when `value` names an event channel of the contract. */
export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value);
}
