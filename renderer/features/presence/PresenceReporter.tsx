// Tells the server what this agent is doing — on every change and every 30 s as a heartbeat — so
// the supervisors' wallboard is live; a desk that stops (closed, crashed, offline) goes offline
// there by itself. Offline-first: a failed report is simply repeated by the next one.
import { useEffect, useRef } from 'react';
import { PRESENCE_HEARTBEAT_MS, type PresenceInput } from '../../../shared/domain/telephony';
import { agentStateOf } from '../../store/phone-slice';
import { useAppStore } from '../../store/use-app-store';

export type PresenceReporterProps = { report: (input: PresenceInput) => Promise<void> };

export function PresenceReporter({ report }: PresenceReporterProps) {
  // Two primitive selections: an object would be new on every read.
  const state = useAppStore((s) => agentStateOf(s).state);
  const reason = useAppStore((s) => agentStateOf(s).reason);
  const latest = useRef({ state, reason });
  latest.current = { state, reason };
  const send = useRef(report);
  send.current = report;

  useEffect(() => {
    void send.current({ state, reason }).catch(() => undefined);
  }, [state, reason]);

  useEffect(() => {
    const timer = window.setInterval(
      () => void send.current(latest.current).catch(() => undefined),
      PRESENCE_HEARTBEAT_MS,
    );
    return () => {
      window.clearInterval(timer);
      // Signed out or the window closing: say so at once rather than after the stale delay.
      void send.current({ state: 'offline', reason: null }).catch(() => undefined);
    };
  }, []);
  return null;
}
