import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Product } from '../../../../shared/domain/content';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { LOST_REASONS, type LostReason } from '../../../../shared/domain/pipeline';
import { useLocalized } from '../../../i18n/use-localized';
import { useProducts } from '../../../ui/desk/use-content';
import { OutcomeDialog } from '../../../ui/components/OutcomeDialog';
import type { CallOutcome } from '../hooks/use-call-outcome';
import { RefusalFields } from '../../follow-up/RefusalFields';
import { CompetitorField } from '../../insight/losses/CompetitorField';
import { CallbackTimeFields } from './CallbackTimeFields';

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
        <CallbackTimeFields
          label={t('dates.when')}
          when={outcome.when}
          setWhen={outcome.setWhen}
          timeZone={outcome.timeZone}
          calling={outcome.calling}
          presets={dialog === 'callBack'}
          testId="dialog-when"
        />
      )}
      {dialog === 'notInterested' && <RefusalFields refusal={outcome.refusal} />}
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
            // Focused on open, so the agent types the amount and Enter saves it.
            autoFocus
            label={t('dialog.sale.amount', { currency: product.currency })}
            value={outcome.amount}
            onChange={(e) => outcome.setAmount(e.target.value)}
            slotProps={{
              htmlInput: { inputMode: 'decimal', dir: 'ltr', 'data-testid': 'dialog-amount' },
            }}
          />
        </>
      )}
      {dialog === 'upsold' && <UpsellFields outcome={outcome} orgDefault={orgDefault} />}
      {dialog === 'churned' && (
        <TextField
          select
          label={t('dialog.lostReason')}
          autoFocus
          required
          value={outcome.lostReason}
          onChange={(e) => outcome.setLostReason(e.target.value as LostReason)}
          error={outcome.error !== null && outcome.lostReason === ''}
          slotProps={{ htmlInput: { 'data-testid': 'dialog-reason' } }}
        >
          {LOST_REASONS.map((r) => (
            <MenuItem key={r} value={r}>
              {t(`lostReason.${r}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {dialog === 'churned' && outcome.lostReason === 'competitor' && (
        <CompetitorField value={outcome.competitor} onChange={outcome.setCompetitor} />
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

/** What an up-sold customer bought: the product and the amount, in the product's currency. */
function UpsellFields({ outcome, orgDefault }: Omit<CallOutcomeDialogProps, 'product'>) {
  const { t } = useTranslation();
  const localize = useLocalized(orgDefault);
  const products = useProducts();
  const chosen = products.find((p) => p.id === outcome.purchaseProductId);
  return (
    <>
      <TextField
        select
        label={t('dialog.upsold.product')}
        value={outcome.purchaseProductId}
        onChange={(e) => {
          outcome.setPurchaseProductId(e.target.value);
          const p = products.find((x) => x.id === e.target.value);
          if (p && !outcome.amount) outcome.setAmount(String(p.price));
        }}
        slotProps={{ htmlInput: { 'data-testid': 'dialog-upsell-product' } }}
      >
        {products.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            <bdi>{localize(p.name)?.value}</bdi>
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('dialog.upsold.amount', { currency: chosen?.currency ?? '' })}
        value={outcome.amount}
        onChange={(e) => outcome.setAmount(e.target.value)}
        slotProps={{
          htmlInput: { inputMode: 'decimal', dir: 'ltr', 'data-testid': 'dialog-upsell-amount' },
        }}
      />
    </>
  );
}
