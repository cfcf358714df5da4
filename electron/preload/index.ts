// The sandboxed preload: exposes exactly one object, window.desk = { invoke, on }, and forwards
// only the contract's channel names. ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventChannel, isInvokeChannel } from '../../shared/ipc/channels';
import type { DeskApi } from '../../shared/ipc/contract';

export const deskApi = {
  invoke: (channel, request) => {
    if (!isInvokeChannel(channel))
      return Promise.reject(new Error(`unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, request);
  },
  on: (event, listener) => {
    if (!isEventChannel(event)) throw new Error(`unknown event ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
} satisfies DeskApi;

contextBridge.exposeInMainWorld('desk', deskApi);
