import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { Product } from '../../../../shared/domain/content';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { FallbackMarker } from '../../../ui/components/FallbackMarker';
import { useLocalized } from '../../../i18n/use-localized';

export type FabTableProps = { product: Product; orgDefault: ContentLanguage };
type View = 'pitch' | 'oneLine';

/** The product's feature → advantage → benefit table: full pitch, or one benefit + fact per line. */
export function FabTable({ product, orgDefault }: FabTableProps) {
  const { t } = useTranslation();
  const localize = useLocalized(orgDefault);
  const [view, setView] = useState<View>('pitch');
  const name = localize(product.name);
  return (
    <Paper sx={{ p: 2 }} data-testid="fab-table">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {t('fab.title')} · {name?.value}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_e, v: View | null) => v && setView(v)}
        >
          <ToggleButton value="pitch">{t('fab.fullPitch')}</ToggleButton>
          <ToggleButton value="oneLine">{t('fab.oneLine')}</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      {view === 'pitch' ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '30%' }}>{t('fab.feature')}</TableCell>
              <TableCell sx={{ width: '30%' }}>{t('fab.advantage')}</TableCell>
              <TableCell>{t('fab.benefit')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {product.fab.map((row) => {
              const feature = localize(row.feature);
              const benefits = localize(row.benefits);
              return (
                <TableRow key={row.id} data-testid="fab-row">
                  <TableCell sx={{ verticalAlign: 'top', fontWeight: 600 }}>
                    {feature?.value}
                    {feature?.isFallback && <FallbackMarker language={feature.language} />}
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    {localize(row.advantage)?.value}
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    {(benefits?.value ?? []).map((b, i) => (
                      <Typography key={i} variant="body2" sx={{ mb: 0.5 }}>
                        {b}
                      </Typography>
                    ))}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : (
        <Box component="ol" sx={{ paddingInlineStart: 2.5, m: 0 }}>
          {product.fab.map((row) => (
            <Typography component="li" key={row.id} sx={{ mb: 0.75 }} data-testid="fab-line">
              {t('fab.benefitBecause', {
                benefit: localize(row.benefits)?.value[0] ?? '',
                feature: localize(row.feature)?.value ?? '',
              })}
            </Typography>
          ))}
        </Box>
      )}
    </Paper>
  );
}
