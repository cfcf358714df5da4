import type { LeadStage } from '../../../../shared/domain/lead';
import { useShortcuts } from '../../../ui/shortcuts/use-shortcuts';
import type { CloserOutcomeKind } from './use-closer-outcome';

export type UseCloserShortcutsOptions = {
  /** The open lead's stage; a proposal is only on offer for a scheduled meeting. */
  stage: LeadStage | undefined;
  onOutcome: (kind: CloserOutcomeKind) => void;
  /** On while a lead is open and no dialog is. */
  enabled: boolean;
};

/** The closer's keys: p sends a proposal, w marks the deal won, l lost. */
export function useCloserShortcuts({ stage, onOutcome, enabled }: UseCloserShortcutsOptions): void {
  useShortcuts(
    [
      {
        key: 'p',
        label: 'closer.proposal',
        group: 'call',
        run: () => stage === 'meetingScheduled' && onOutcome('proposal'),
      },
      { key: 'w', label: 'closer.won', group: 'call', run: () => onOutcome('won') },
      { key: 'l', label: 'closer.lost', group: 'call', run: () => onOutcome('lost') },
    ],
    enabled,
  );
}
