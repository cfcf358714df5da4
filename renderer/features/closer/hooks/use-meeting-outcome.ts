// The closer's word on the open lead's meeting: held, no-show, or a new time (the reschedule
// dialog), saved as the recordMeetingOutcome verb.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingOutcome } from '../../../../shared/domain/lead';
import { recordMeetingOutcome } from '../../../../shared/mutations/record-meeting-outcome';
import { run } from '../../../db/run';
import type { StoredLead } from '../../../db/schema';
import { useDesk } from '../../../ui/desk/use-desk';

export type MeetingOutcomeState = {
  /** The reschedule dialog is open. */
  rescheduling: boolean;
  /** The new time (epoch ms, picked in the lead's zone); null while incomplete. */
  when: number | null;
  setWhen: (when: number | null) => void;
  /** Why the last save failed, in words. */
  error: string | null;
  busy: boolean;
  record: (outcome: Exclude<MeetingOutcome, 'rescheduled'>) => Promise<void>;
  openReschedule: () => void;
  confirmReschedule: () => Promise<void>;
  cancel: () => void;
};

const DAY_MS = 86_400_000;

export function useMeetingOutcome(lead: StoredLead): MeetingOutcomeState {
  const { t } = useTranslation();
  const desk = useDesk();
  const [rescheduling, setRescheduling] = useState(false);
  const [when, setWhen] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (outcome: MeetingOutcome, meetingAt?: number): Promise<boolean> => {
    if (!desk) return false;
    setBusy(true);
    const r = await run(desk, recordMeetingOutcome, {
      leadId: lead.id,
      outcome,
      ...(meetingAt !== undefined ? { meetingAt } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      setError(t(`errors.${r.error.code}`));
      return false;
    }
    setError(null);
    return true;
  };

  return {
    rescheduling,
    when,
    setWhen,
    error,
    busy,
    record: async (outcome) => {
      await save(outcome);
    },
    openReschedule: () => {
      // A day after the old time (or from now, when that has passed), as a starting point.
      const from = Math.max(Date.now(), lead.meeting?.at ?? 0);
      setWhen(from + DAY_MS);
      setError(null);
      setRescheduling(true);
    },
    confirmReschedule: async () => {
      const at = when;
      if (at === null) return setError(t('errors.meetingMissing'));
      if (await save('rescheduled', at)) setRescheduling(false);
    },
    cancel: () => {
      setRescheduling(false);
      setError(null);
    },
  };
}
