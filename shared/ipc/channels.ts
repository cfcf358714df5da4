// The names of the IPC channels, without their schemas, so the sandboxed preload stays tiny.

/** Renderer → main requests (`window.desk.invoke`). */
export const INVOKE_CHANNELS = ['app:info', 'shell:openExternal', 'notify:show'] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** Main → renderer events (`window.desk.on`). */
export const EVENT_CHANNELS = ['notification:clicked'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value);
}
