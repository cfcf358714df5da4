// Starts the desk's softphone after sign-in when the person has a SIP account, keeps its state in
// the store, renews ephemeral credentials before they lapse (between calls), and logs every
// unanswered attempt the moment it ends — the call activity is the phone's own, offline-first
// through the same verb and outbox path as a number key.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  dispositionOfUnanswered,
  phoneCallOf,
  type CallRecord,
} from '../../../shared/domain/call-attempt';
import type { LeadId } from '../../../shared/domain/ids';
import type { DeskPhone } from '../../../shared/domain/telephony';
import { logCallAttempt } from '../../../shared/mutations/log-call-attempt';
import { run } from '../../db/run';
import { useStoreApi } from '../../store/use-app-store';
import type { AppStore } from '../../store/store';
import { cardsOpenedOn, type LiveCall } from '../../store/phone-slice';
import { useDesk } from '../../ui/desk/use-desk';
import { PhoneContext, type PhoneHandle } from './phone-context';
import type { Softphone } from './softphone';
import { publishCallAudio, publishLiveCall } from './call-audio-bus';
import { recordingIdOfCall } from '../recording/recorder';
import { loadAudioDevices } from './audio-devices';
import { leadForCaller } from './caller-lead';
import { usePendingCall } from './use-pending-call';

export type PhoneProviderProps = {
  /** Fetches this person's phone from the server (null: none set). */
  fetchPhone: () => Promise<DeskPhone | null>;
  children: ReactNode;
};

const RETRY_MS = 60_000;
/** Renew ephemeral credentials this long before they lapse. */
const RENEW_MARGIN_MS = 10 * 60_000;

export function PhoneProvider({ fetchPhone, children }: PhoneProviderProps) {
  const store = useStoreApi();
  const desk = useDesk();
  const deskRef = useRef(desk);
  deskRef.current = desk;
  const [handle, setHandle] = useState<PhoneHandle | null>(null);
  usePendingCall();

  useEffect(() => {
    let stopped = false;
    let softphone: Softphone | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const s = () => store.getState();

    const start = async (): Promise<void> => {
      let phone: DeskPhone | null;
      try {
        phone = await fetchPhone();
      } catch {
        if (stopped) return;
        // The sync server is out of reach: the dial link works meanwhile; try again later.
        if (!softphone) s().setPhoneStatus({ kind: 'failed', reason: 'noServer', status: null });
        timer = setTimeout(() => void start(), RETRY_MS);
        return;
      }
      if (stopped) return;
      if (!phone) {
        softphone?.stop();
        softphone = null;
        setHandle(null);
        s().setPhoneStatus({ kind: 'none' });
        return;
      }
      // JsSIP loads only for a desk that has a phone, and not before the desk is on screen: it
      // is an eighth of the JavaScript the first page would otherwise wait for.
      let SoftphoneClass: typeof Softphone;
      try {
        ({ Softphone: SoftphoneClass } = await import('./softphone'));
      } catch {
        if (stopped) return;
        // The web client's server went away before the phone's code arrived: as without a server.
        if (!softphone) s().setPhoneStatus({ kind: 'failed', reason: 'noServer', status: null });
        timer = setTimeout(() => void start(), RETRY_MS);
        return;
      }
      if (stopped) return;
      const previous = softphone;
      // Renewal waits for the line to be free: never cut a call to swap credentials.
      if (previous?.inCall) {
        timer = setTimeout(() => void start(), 15_000);
        return;
      }
      previous?.stop();
      softphone = new SoftphoneClass(phone, {
        registration: (r) => {
          if (r.state === 'stopped') return;
          // Inbound calls ring as system notifications too: ask once the phone works.
          if (
            r.state === 'registered' &&
            typeof Notification !== 'undefined' &&
            Notification.permission === 'default'
          )
            void Notification.requestPermission().catch(() => undefined);
          s().setPhoneStatus(
            r.state === 'failed'
              ? { kind: 'failed', reason: r.reason, status: r.status }
              : { kind: r.state },
          );
        },
        call: (call) => {
          s().setLiveCall(call);
          publishLiveCall(call);
          if (call) s().setMicProblem(null);
        },
        media: (problem) => s().setMicProblem(problem),
        audio: (audio, call) => publishCallAudio(audio, call),
        ended: (record, call) => {
          // The call's recording, if the desk made one, goes with its log (issue 13).
          const recordingId =
            record.result === 'answered' ? recordingIdOfCall(call.startedAt) : undefined;
          void logEnded(
            store,
            deskRef,
            recordingId ? { ...record, recordingId } : record,
            call,
            phone.dids,
          );
        },
      });
      softphone.setDevices(loadAudioDevices(window.localStorage));
      s().setPhoneStatus({ kind: 'connecting' });
      setHandle({ softphone, phone });
      if (phone.expiresAt !== null) {
        const renewIn = Math.max(60_000, phone.expiresAt - Date.now() - RENEW_MARGIN_MS);
        timer = setTimeout(() => void start(), renewIn);
      }
    };

    void start();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      softphone?.stop();
      s().setPhoneStatus({ kind: 'none' });
      s().setLiveCall(null);
      publishLiveCall(null);
    };
  }, [store, fetchPhone]);

  return <PhoneContext.Provider value={handle}>{children}</PhoneContext.Provider>;
}

async function logEnded(
  store: AppStore,
  deskRef: { current: ReturnType<typeof useDesk> },
  record: CallRecord,
  call: LiveCall,
  dids: DeskPhone['dids'],
): Promise<void> {
  const s = store.getState();
  const desk = deskRef.current;
  let leadId = call.leadId;
  // An inbound call that ended on no lead goes on the caller's lead, known or new (caller-lead.ts);
  // a colleague's briefing call (attended transfer) is internal and goes on no lead.
  if (!leadId && call.direction === 'inbound' && !call.handover && desk) {
    const caller = await leadForCaller(desk, call, dids);
    if (caller.kind !== 'none') leadId = caller.leadId;
  }
  if (!leadId) {
    // A withheld number: nothing to log it on and nothing to wrap up.
    s.setEndedCall({ leadId: null, record, logged: true, disposition: null, error: null });
    return;
  }
  if (record.result === 'answered') {
    s.setEndedCall({ leadId, record, logged: false, disposition: null, error: null });
    return;
  }
  const draft = s.noteDraft?.leadId === leadId ? s.noteDraft.text : '';
  if (!desk) {
    s.setEndedCall({ leadId, record, logged: false, disposition: null, error: 'notFound' });
    return;
  }
  const cardsOpened = cardsOpenedOn(s, leadId);
  const r = await run(desk, logCallAttempt, {
    leadId: leadId as LeadId,
    phone: phoneCallOf(record),
    note: draft,
    ...(cardsOpened.length ? { cardsOpened } : {}),
  });
  // The cards went with this attempt; the next call starts afresh.
  if (r.ok && cardsOpened.length) store.getState().clearCards(leadId);
  store.getState().setEndedCall({
    leadId,
    record,
    logged: r.ok,
    disposition: r.ok ? dispositionOfUnanswered(phoneCallOf(record)) : null,
    error: r.ok ? null : r.error.code,
  });
}
