import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import type { AssignTarget } from '../../../../shared/domain/assignment';
import { useFormat } from '../../../i18n/use-format';
import { TargetPicker } from './TargetPicker';

export type ReassignBarProps = {
  targets: AssignTarget[];
  onTargetsChange: (targets: AssignTarget[]) => void;
  selectedCount: number;
  /** Still reading "all matching": wait before moving them. */
  collecting: boolean;
  onReassign: () => void;
};

/** The bar kept in view under the table: to whom, and "Reassign N". */
export function ReassignBar({
  targets,
  onTargetsChange,
  selectedCount,
  collecting,
  onReassign,
}: ReassignBarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper
      sx={{ p: 2, position: 'sticky', bottom: 8, zIndex: 1 }}
      elevation={4}
      data-testid="reassign-bar"
    >
      <Stack direction="row" sx={{ gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TargetPicker value={targets} onChange={onTargetsChange} />
        <Button
          variant="contained"
          startIcon={<SwapHorizIcon />}
          disabled={selectedCount === 0 || targets.length === 0 || collecting}
          onClick={onReassign}
          sx={{ mt: 0.25 }}
          data-testid="reassign-open"
        >
          {t('lists.assign.reassign', { count: selectedCount, n: format.number(selectedCount) })}
        </Button>
      </Stack>
    </Paper>
  );
}
