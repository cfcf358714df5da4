// The sandboxed preload: exposes exactly one object, window.desk = { invoke, on }, and forwards
// only the contract's channel names. ipcRenderer itself, and the IPC event with its `sender`,
// never reach the page. Imports only the zod-free channel list, so the bundle stays tiny.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventChannel, isInvokeChannel } from '../../shared/ipc/channels';
import type { DeskApi } from '../../shared/ipc/contract';

const api = {
  invoke: (channel, request) => {
    if (!isInvokeChannel(channel)) {
      return Promise.reject(new Error(`unknown channel ${String(channel)}`));
    }
    return ipcRenderer.invoke(channel, request);
  },
  on: (event, listener) => {
    if (!isEventChannel(event)) throw new Error(`unknown event ${String(event)}`);
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
} satisfies DeskApi;

contextBridge.exposeInMainWorld('desk', api);
