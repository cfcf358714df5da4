// What a lead list cost, with the button that sets it (supervisors and administrators): shown in
// the sources funnel and in the lists overview, saved with setListCost.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import EditIcon from '@mui/icons-material/Edit';
import type { ListCosts } from '../../../../shared/domain/list-costs';
import { useFormat } from '../../../i18n/use-format';
import { useDesk } from '../../../ui/desk/use-desk';
import { ListCostDialog } from './ListCostDialog';

export type ListCostCellProps = {
  list: string;
  costs: ListCosts;
  /** The currency offered for a list without a cost (the organisation's). */
  currency: string;
};

export function ListCostCell({ list, costs, currency }: ListCostCellProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const desk = useDesk();
  const [editing, setEditing] = useState(false);
  const cost = costs[list];
  const roles = desk?.actor.roles ?? [];
  const canEdit = roles.includes('supervisor') || roles.includes('admin');
  return (
    <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'flex-end', gap: 0.5 }}>
      <span data-testid="list-cost-value">
        {cost ? format.currency(cost.amount, cost.currency) : ''}
      </span>
      {canEdit && (
        <Tooltip title={t('insightSources.cost.edit')}>
          <IconButton
            size="small"
            aria-label={`${t('insightSources.cost.edit')}: ${list}`}
            data-testid="sources-edit-cost"
            onClick={() => setEditing(true)}
          >
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      {editing && (
        <ListCostDialog
          list={list}
          costs={costs}
          currency={currency}
          onClose={() => setEditing(false)}
        />
      )}
    </Stack>
  );
}
