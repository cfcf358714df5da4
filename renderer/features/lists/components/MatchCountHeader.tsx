import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useFormat } from '../../../i18n/use-format';

export type MatchCountHeaderProps = {
  /** Leads the filter matches; undefined while counting. */
  total: number | undefined;
  /** The count stopped at the search limit: say "at least". */
  searchCapped: boolean;
  selectedCount: number;
};

/** "N leads match" on one side, "M selected" on the other. */
export function MatchCountHeader({ total, searchCapped, selectedCount }: MatchCountHeaderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 1 }}>
      <Typography
        variant="subtitle1"
        component="h2"
        sx={{ fontWeight: 700 }}
        data-testid="match-count"
      >
        {total === undefined
          ? t('lists.assign.counting')
          : searchCapped
            ? t('lists.assign.matchingAtLeast', { n: format.number(total) })
            : t('lists.assign.matching', { count: total, n: format.number(total) })}
      </Typography>
      <Box sx={{ flex: 1 }} />
      <Typography variant="body2" color="text.secondary" data-testid="selected-count">
        {t('lists.assign.selected', { count: selectedCount, n: format.number(selectedCount) })}
      </Typography>
    </Stack>
  );
}
