// A supervisor enters (or removes) what a lead list cost: amount and currency, saved with the
// audited verb setListCost for every desk of the organisation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import {
  LIST_COST_MAX,
  withListCost,
  type ListCost,
  type ListCosts,
} from '../../../../shared/domain/list-costs';
import { setListCost } from '../../../../shared/mutations/set-list-cost';
import { run } from '../../../db/run';
import { useDesk } from '../../../ui/desk/use-desk';

export type ListCostDialogProps = {
  list: string;
  costs: ListCosts;
  /** The currency offered when the list has no cost yet (the organisation's). */
  currency: string;
  onClose: () => void;
};

export function ListCostDialog({ list, costs, currency, onClose }: ListCostDialogProps) {
  const { t } = useTranslation();
  const desk = useDesk();
  const had: ListCost | undefined = costs[list];
  const [amount, setAmount] = useState(had ? String(had.amount) : '');
  const [code, setCode] = useState(had?.currency ?? currency);
  const [error, setError] = useState<string | null>(null);
  const value = Number(amount);
  const amountOk =
    amount.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= LIST_COST_MAX;
  const codeOk = /^[A-Z]{3}$/.test(code);

  const save = async (cost: ListCost | null) => {
    if (!desk) return;
    const r = await run(desk, setListCost, { costs: withListCost(costs, list, cost) });
    if (r.ok) onClose();
    else setError(t(`errors.${r.error.code}`));
  };

  return (
    <Dialog open onClose={onClose} data-testid="list-cost-dialog" fullWidth maxWidth="xs">
      <DialogTitle>
        {t('insightSources.cost.dialogTitle')} <bdi>{list}</bdi>
      </DialogTitle>
      <DialogContent>
        <Stack
          component="form"
          id="list-cost-form"
          direction="row"
          sx={{ gap: 2, pt: 1 }}
          onSubmit={(e) => {
            e.preventDefault();
            if (amountOk && codeOk) void save({ amount: value, currency: code });
          }}
        >
          <TextField
            autoFocus
            size="small"
            type="number"
            label={t('insightSources.cost.amount')}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={amount !== '' && !amountOk}
            slotProps={{
              htmlInput: { min: 0, step: 'any', dir: 'ltr', 'data-testid': 'list-cost-amount' },
            }}
            sx={{ flex: 2 }}
          />
          <TextField
            size="small"
            label={t('insightSources.cost.currency')}
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase().slice(0, 3))}
            error={!codeOk}
            slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'list-cost-currency' } }}
            sx={{ flex: 1 }}
          />
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="list-cost-error">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        {had && (
          <Button color="error" onClick={() => void save(null)} data-testid="list-cost-remove">
            {t('insightSources.cost.remove')}
          </Button>
        )}
        <Button onClick={onClose}>{t('insightSources.cost.cancel')}</Button>
        <Button
          type="submit"
          form="list-cost-form"
          variant="contained"
          disabled={!amountOk || !codeOk}
          data-testid="list-cost-save"
        >
          {t('insightSources.cost.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
