import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useFormat } from '../../../i18n/use-format';

export type SelectionBannerProps = {
  /** Leads the filter matches; undefined while counting. */
  total: number | undefined;
  /** Leads on this page. */
  pageCount: number;
  selectedCount: number;
  /** Every lead on this page is selected. */
  pageAll: boolean;
  /** Every matching lead is selected. */
  allMatching: boolean;
  collecting: boolean;
  onSelectAllMatching: () => void;
  onClear: () => void;
};

/** Gmail-style: "this page is selected — select all N matching", then "all N selected — clear". */
export function SelectionBanner({
  total,
  pageCount,
  selectedCount,
  pageAll,
  allMatching,
  collecting,
  onSelectAllMatching,
  onClear,
}: SelectionBannerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      {pageAll && !allMatching && total !== undefined && total > pageCount && (
        <Alert
          severity="info"
          sx={{ mb: 1 }}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={onSelectAllMatching}
              disabled={collecting}
              data-testid="select-all-matching"
            >
              {t('lists.assign.selectAllMatching', { count: total, n: format.number(total) })}
            </Button>
          }
        >
          {t('lists.assign.pageSelected', { count: pageCount, n: format.number(pageCount) })}
        </Alert>
      )}
      {allMatching && (
        <Alert
          severity="info"
          sx={{ mb: 1 }}
          action={
            <Button color="inherit" size="small" onClick={onClear}>
              {t('lists.assign.clearSelection')}
            </Button>
          }
        >
          {t('lists.assign.allSelected', { count: selectedCount, n: format.number(selectedCount) })}
        </Alert>
      )}
    </>
  );
}
