// Live transfer of the customer on the line to a closer, blind (SIP REFER: the customer's phone
// calls the closer and this desk leaves) or attended (the customer waits on hold while the agent
// talks to the closer first, then REFER with Replaces puts the customer in that call's place).
// Either way, once the customer has gone, the hunter's call is recorded as the booked meeting —
// the lead, with its notes and BANT, goes to the closer, whose desk pops it.
import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { User } from '../../../shared/domain/content';
import type { LeadId, UserId } from '../../../shared/domain/ids';
import type { PhoneDirectory } from '../../../shared/domain/telephony';
import type { Disposition } from '../../../shared/domain/dispositions';
import type { CallOutcomeDetails } from '../call/hooks/use-log-call';
import { useDeskDb } from '../../db/use-desk-db';
import { useAppStore } from '../../store/use-app-store';
import { useDeskSyncController } from '../../ui/sync/use-desk-sync';
import { usePhone } from './phone-context';

/** A meeting booked by a live transfer starts now: a minute on, so it is never "in the past". */
const TRANSFER_MEETING_OFFSET_MS = 60_000;

export type TransferCandidate = {
  closer: User;
  sipUser: string;
  state: PhoneDirectory['entries'][number]['state'];
  reason: PhoneDirectory['entries'][number]['reason'];
};

export type TransferError = 'failed' | 'noDirectory' | 'completeFailed';

export type Transfer = {
  /** Closers with a phone, available ones first; null until the directory is fetched. */
  candidates: TransferCandidate[] | null;
  /** Fetches the directory again (each time the list opens: states change by the second). */
  refresh: () => void;
  /** The closer being talked to while the customer waits (attended transfer). */
  consulting: User | null;
  error: TransferError | null;
  blind: (c: TransferCandidate) => Promise<void>;
  consult: (c: TransferCandidate) => void;
  complete: () => Promise<void>;
  cancel: () => void;
};

export function useTransfer(
  leadId: string,
  closers: readonly User[],
  finish: (disposition: Disposition, details: CallOutcomeDetails) => Promise<void>,
): Transfer {
  const handle = usePhone();
  const sync = useDeskSyncController();
  const db = useDeskDb();
  const ended = useAppStore((s) => s.endedCall);
  const call = useAppStore((s) => s.liveCall);
  const lead = useLiveQuery(() => db.leads.get(leadId as LeadId), [db, leadId]);
  const [directory, setDirectory] = useState<PhoneDirectory['entries'] | null>(null);
  const [handedTo, setHandedTo] = useState<UserId | null>(null);
  const [consulting, setConsulting] = useState<User | null>(null);
  const [error, setError] = useState<TransferError | null>(null);

  const refresh = useCallback(() => {
    void sync
      .phoneDirectory()
      .then((d) => setDirectory(d.entries))
      .catch(() => setError('noDirectory'));
  }, [sync]);

  // The call to the closer ended with the customer still here: no longer consulting.
  useEffect(() => {
    if (consulting && call && !call.consult && call.consultEnded) setConsulting(null);
  }, [consulting, call]);

  // The customer has been handed over and this leg has ended: record the hand-off with the call.
  useEffect(() => {
    if (!handedTo || !ended || ended.leadId !== leadId || ended.logged) return;
    if (ended.record.result !== 'answered') return;
    const closerId = handedTo;
    setHandedTo(null);
    setConsulting(null);
    void finish('meetingBooked', {
      meeting: { closerId, at: Date.now() + TRANSFER_MEETING_OFFSET_MS },
    });
  }, [handedTo, ended, leadId, finish]);

  const order = { available: 0, wrapUp: 1, onCall: 2, paused: 3, offline: 4 } as const;
  const candidates =
    directory === null
      ? null
      : closers
          .flatMap((closer): TransferCandidate[] => {
            const entry = directory.find((d) => d.userId === closer.id);
            return entry ? [{ closer, ...entry }] : [];
          })
          .sort((a, b) => order[a.state] - order[b.state]);

  const uriOf = (sipUser: string) => {
    const uri = handle?.phone.uri ?? '';
    return `sip:${sipUser}@${uri.slice(uri.indexOf('@') + 1)}`;
  };

  const blind = async (c: TransferCandidate) => {
    if (!handle) return;
    setError(null);
    setHandedTo(c.closer.id);
    if (!(await handle.softphone.transfer(uriOf(c.sipUser)))) {
      setHandedTo(null);
      setError('failed');
    }
  };

  const consult = (c: TransferCandidate) => {
    if (!handle) return;
    setError(null);
    const summary = lead ? [lead.name, lead.company].filter(Boolean).join(' — ') : '';
    if (handle.softphone.consult(uriOf(c.sipUser), { leadId, summary })) setConsulting(c.closer);
    else setError('failed');
  };

  const complete = async () => {
    if (!handle || !consulting) return;
    setError(null);
    setHandedTo(consulting.id);
    if (!(await handle.softphone.completeTransfer())) {
      setHandedTo(null);
      setError('completeFailed');
    }
  };

  const cancel = () => handle?.softphone.cancelConsult();

  return { candidates, refresh, consulting, error, blind, consult, complete, cancel };
}
