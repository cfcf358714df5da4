import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Product } from '../../../../shared/domain/content';
import { LOST_REASONS, type LostReason } from '../../../../shared/domain/pipeline';
import { OutcomeDialog } from '../../../ui/components/OutcomeDialog';
import { CompetitorField } from '../../insight/losses/CompetitorField';
import type { CloserOutcome } from '../hooks/use-closer-outcome';

export type CloserOutcomeDialogProps = { outcome: CloserOutcome; product: Product | null };

/** A proposal's or won deal's amount, or why the deal was lost. */
export function CloserOutcomeDialog({ outcome, product }: CloserOutcomeDialogProps) {
  const { t } = useTranslation();
  const { dialog, error } = outcome;
  return (
    <OutcomeDialog
      open={dialog !== null}
      testId={`dialog-${dialog ?? 'none'}`}
      title={dialog ? t(`dialog.${dialog}.title`) : ''}
      confirmLabel={dialog ? t(`dialog.${dialog}.confirm`) : ''}
      error={error}
      onCancel={outcome.cancel}
      onConfirm={() => void outcome.confirm()}
    >
      {dialog === 'lost' ? (
        <>
          <TextField
            select
            label={t('dialog.lostReason')}
            autoFocus
            required
            value={outcome.reason}
            onChange={(e) => outcome.setReason(e.target.value as LostReason)}
            error={error !== null && outcome.reason === ''}
            slotProps={{ htmlInput: { 'data-testid': 'dialog-reason' } }}
          >
            {LOST_REASONS.map((r) => (
              <MenuItem key={r} value={r}>
                {t(`lostReason.${r}`)}
              </MenuItem>
            ))}
          </TextField>
          {outcome.reason === 'competitor' && (
            <CompetitorField value={outcome.competitor} onChange={outcome.setCompetitor} />
          )}
        </>
      ) : (
        product && (
          <TextField
            // Focused on open, so the closer types the amount and Enter sends it.
            autoFocus
            label={t('dialog.sale.amount', { currency: product.currency })}
            value={outcome.amount}
            onChange={(e) => outcome.setAmount(e.target.value)}
            slotProps={{
              htmlInput: {
                inputMode: 'decimal',
                dir: 'ltr',
                'data-testid': 'dialog-amount',
                'data-autofocus': true,
              },
            }}
          />
        )
      )}
      {error === null && dialog === 'won' && <Alert severity="info">{t('closer.wonHint')}</Alert>}
    </OutcomeDialog>
  );
}
