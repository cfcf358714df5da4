import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Product } from '../../../../shared/domain/content';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { LOST_REASONS, type LostReason } from '../../../../shared/domain/pipeline';
import { useLocalized } from '../../../i18n/use-localized';
import { OutcomeDialog } from '../../../ui/components/OutcomeDialog';
import type { CallOutcome } from '../hooks/use-call-outcome';

export type CallOutcomeDialogProps = {
  outcome: CallOutcome;
  product: Product | null;
  orgDefault: ContentLanguage;
};

/** What a call-back, meeting, sale or churn needs: a time, a closer, an amount, a reason. */
export function CallOutcomeDialog({ outcome, product, orgDefault }: CallOutcomeDialogProps) {
  const { t } = useTranslation();
  const localize = useLocalized(orgDefault);
  const { dialog } = outcome;
  return (
    <OutcomeDialog
      open={dialog !== null}
      testId={`dialog-${dialog ?? 'none'}`}
      title={dialog ? t(`dialog.${dialog}.title`) : ''}
      confirmLabel={dialog ? t(`dialog.${dialog}.confirm`) : ''}
      error={outcome.error}
      onCancel={outcome.cancel}
      onConfirm={outcome.confirm}
    >
      {(dialog === 'callBack' || dialog === 'meetingBooked') && (
        <TextField
          type="datetime-local"
          label={t('dialog.when')}
          value={outcome.when}
          onChange={(e) => outcome.setWhen(e.target.value)}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': 'dialog-when' },
          }}
        />
      )}
      {dialog === 'meetingBooked' && (
        <TextField
          select
          label={t('dialog.meetingBooked.closer')}
          value={outcome.closerId}
          onChange={(e) => outcome.setCloserId(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'dialog-closer' } }}
        >
          {outcome.closers.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              <bdi>{c.displayName}</bdi>
            </MenuItem>
          ))}
        </TextField>
      )}
      {dialog === 'sale' && product && (
        <>
          <Typography>{localize(product.name)?.value}</Typography>
          <TextField
            label={t('dialog.sale.amount', { currency: product.currency })}
            value={outcome.amount}
            onChange={(e) => outcome.setAmount(e.target.value)}
            slotProps={{
              htmlInput: { inputMode: 'decimal', dir: 'ltr', 'data-testid': 'dialog-amount' },
            }}
          />
        </>
      )}
      {dialog === 'churned' && (
        <TextField
          select
          label={t('dialog.lostReason')}
          value={outcome.lostReason}
          onChange={(e) => outcome.setLostReason(e.target.value as LostReason)}
        >
          {LOST_REASONS.map((r) => (
            <MenuItem key={r} value={r}>
              {t(`lostReason.${r}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {dialog === 'meetingBooked' && (
        <TextField
          label={t('call.notes')}
          multiline
          minRows={2}
          value={outcome.note}
          onChange={(e) => outcome.setNote(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'dialog-note' } }}
        />
      )}
    </OutcomeDialog>
  );
}
