import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { LeadStage } from '../../../../shared/domain/lead';
import { KeyCap } from '../../../ui/shortcuts/KeyCap';
import type { CloserOutcomeKind } from '../hooks/use-closer-outcome';

export type CloserActionsProps = {
  stage: LeadStage;
  onOutcome: (kind: CloserOutcomeKind) => void;
};

/** Proposal (for a scheduled meeting), won and lost, each with its key. */
export function CloserActions({ stage, onOutcome }: CloserActionsProps) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
      {stage === 'meetingScheduled' && (
        <Button
          variant="outlined"
          onClick={() => onOutcome('proposal')}
          endIcon={<KeyCap keyName="p" />}
          data-testid="closer-proposal"
        >
          {t('closer.proposal')}
        </Button>
      )}
      <Button
        variant="contained"
        color="success"
        onClick={() => onOutcome('won')}
        endIcon={<KeyCap keyName="w" />}
        data-testid="closer-won"
      >
        {t('closer.won')}
      </Button>
      <Button
        variant="outlined"
        color="error"
        onClick={() => onOutcome('lost')}
        endIcon={<KeyCap keyName="l" />}
        data-testid="closer-lost"
      >
        {t('closer.lost')}
      </Button>
    </Stack>
  );
}
