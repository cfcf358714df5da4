import { useRef } from 'react';
import Stack from '@mui/material/Stack';
import Alert from '@mui/material/Alert';
import type { Product } from '../../../../shared/domain/content';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import type { StoredLead } from '../../../db/schema';
import { CallNotes } from '../../call/components/CallNotes';
import { CallOutcomeDialog } from '../../call/components/CallOutcomeDialog';
import { DispositionBar } from '../../call/components/DispositionBar';
import { useCallOutcome } from '../../call/hooks/use-call-outcome';

export type CloserCallsProps = {
  lead: StoredLead;
  product: Product | null;
  orgDefault: ContentLanguage;
  /** Another dialog of the closer's is open: the number keys rest. */
  paused: boolean;
};

/**
 * The closer's own calls on the lead (confirming the meeting, chasing the proposal), logged with
 * the same outcome keys and verbs as the hunter's call screen; each is a call activity and counts
 * in the closer's calls. The lead stays open after the outcome.
 */
export function CloserCalls({ lead, product, orgDefault, paused }: CloserCallsProps) {
  const outcome = useCallOutcome({ lead, product, onDone: () => undefined });
  const notesRef = useRef<HTMLTextAreaElement>(null);
  return (
    <Stack sx={{ gap: 2 }} data-testid="closer-calls">
      <CallNotes
        value={outcome.note}
        onChange={outcome.setNote}
        leadNotes={null}
        inputRef={notesRef}
      />
      {outcome.error && outcome.dialog === null && (
        <Alert severity="error" onClose={() => outcome.setError(null)} data-testid="call-error">
          {outcome.error}
        </Alert>
      )}
      <DispositionBar
        role="closer"
        onPick={outcome.pick}
        disabled={outcome.busy || outcome.dialog !== null || paused}
      />
      <CallOutcomeDialog outcome={outcome} product={product} orgDefault={orgDefault} />
    </Stack>
  );
}
