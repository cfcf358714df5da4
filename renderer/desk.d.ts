// window.desk exists inside the desktop app only; in a browser it is undefined.
import type { DeskApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    desk?: DeskApi;
  }
}
