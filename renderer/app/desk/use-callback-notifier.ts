// Due callbacks raise a desktop notification (Electron through IPC, the Notification API in a
// browser) and a badge; clicking the notification opens the lead on the hunter's call screen.
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dexie } from 'dexie';
import type { LeadId } from '../../../shared/domain/ids';
import { useDeskDb } from '../../db/use-desk-db';
import { useAppStore } from '../../store/use-app-store';

const CHECK_EVERY_MS = 30_000;

export function useCallbackNotifier(): void {
  const { t } = useTranslation();
  const db = useDeskDb();
  const user = useAppStore((s) => s.user);
  const setCallbacksDue = useAppStore((s) => s.setCallbacksDue);
  const setArea = useAppStore((s) => s.setArea);
  const openLeadIn = useAppStore((s) => s.openLeadIn);
  const notified = useRef(new Set<string>());

  const openLead = useCallback(
    (leadId: string) => {
      setArea('hunter');
      openLeadIn('hunter', leadId);
      window.focus();
    },
    [setArea, openLeadIn],
  );

  useEffect(() => {
    if (!window.desk) return;
    // Alerts tag their notifications with their link (#/supervisor/…): not a lead to open.
    return window.desk.on(
      'notification:clicked',
      ({ tag }) => tag && !tag.startsWith('#/') && openLead(tag),
    );
  }, [openLead]);

  useEffect(() => {
    if (!user) {
      setCallbacksDue(0);
      return;
    }
    let cancelled = false;
    const check = async () => {
      const now = Date.now();
      const due = await db.leads
        .where('[ownerId+nextCallAt]')
        .between([user.id, Dexie.minKey], [user.id, now], true, true)
        .filter((l) => l.nextCallKind === 'callback' && !l.doNotCall)
        .toArray();
      if (cancelled) return;
      setCallbacksDue(due.length);
      for (const lead of due) {
        if (notified.current.has(lead.id)) continue;
        notified.current.add(lead.id);
        const title = t('callbacks.notificationTitle');
        const body = t('callbacks.notificationBody', { name: lead.name });
        if (window.desk) {
          void window.desk.invoke('notify:show', { title, body, tag: lead.id });
        } else if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
          const n = new Notification(title, { body, tag: lead.id });
          n.onclick = () => openLead(lead.id as LeadId);
        }
      }
    };
    void check();
    const timer = window.setInterval(() => void check(), CHECK_EVERY_MS);
    // Re-check when the desk's data changes (a callback just scheduled for a minute from now).
    const onChange = () => void check();
    window.addEventListener('focus', onChange);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      window.removeEventListener('focus', onChange);
    };
  }, [db, user, t, setCallbacksDue, openLead]);
}
