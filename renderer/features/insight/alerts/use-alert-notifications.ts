// One desktop notification per alert key (Electron's through window.desk, the browser's
// Notification API otherwise); keys already shown are remembered on this computer, so a reload
// or tomorrow's desk does not repeat today's alert.
import { useEffect } from 'react';
import type { Alert } from '../../../../shared/domain/insight/alerts';
import type { AlertText } from './use-alert-text';

const STORAGE_KEY = 'salesDesk.alerts.notified';
/** A notification tag the desk's own click handler recognises as an alert's link. */
export const ALERT_TAG_PREFIX = '#/';

function loadShown(storage: Storage): Set<string> {
  try {
    const list: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(list) ? list.filter((k) => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The alerts not notified yet; remembers them as notified (keeping only keys still current). */
export function takeFresh(storage: Storage, alerts: readonly Alert[]): Alert[] {
  const shown = loadShown(storage);
  const fresh = alerts.filter((a) => !shown.has(a.key));
  const keep = alerts.map((a) => a.key);
  storage.setItem(STORAGE_KEY, JSON.stringify(keep));
  return fresh;
}

export function useAlertNotifications(
  ready: boolean,
  alerts: readonly Alert[],
  textOf: (a: Alert) => AlertText,
  open: (link: string) => void,
): void {
  useEffect(() => {
    if (!ready) return;
    for (const alert of takeFresh(window.localStorage, alerts)) {
      const { title, body } = textOf(alert);
      if (window.desk) {
        void window.desk.invoke('notify:show', { title, body, tag: alert.link });
      } else if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
        const n = new Notification(title, { body, tag: alert.key });
        n.onclick = () => {
          window.focus();
          open(alert.link);
        };
      }
    }
    // textOf changes with the language; a new language is no reason to notify again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, alerts]);

  useEffect(() => {
    if (!window.desk) return;
    return window.desk.on('notification:clicked', ({ tag }) => {
      if (tag?.startsWith(ALERT_TAG_PREFIX)) open(tag);
    });
  }, [open]);
}
