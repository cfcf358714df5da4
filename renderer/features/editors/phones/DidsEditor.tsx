import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import type { Product } from '../../../../shared/domain/content';
import { useLocalized } from '../../../i18n/use-localized';
import { nextRow, type DidDraft, type FieldErrors } from './phone-form';
import { useFieldErrorText } from './use-field-error-text';

export type DidsEditorProps = {
  rows: DidDraft[];
  products: readonly Product[];
  errors: FieldErrors;
  onChange: (rows: DidDraft[]) => void;
};

/** Called number → product: what an inbound call on that number is about. */
export function DidsEditor({ rows, products, errors, onChange }: DidsEditorProps) {
  const { t } = useTranslation();
  const localize = useLocalized('ar');
  const errorText = useFieldErrorText();
  const update = (row: number, patch: Partial<DidDraft>) =>
    onChange(rows.map((r) => (r.row === row ? { ...r, ...patch } : r)));
  const listError = errorText(errors.dids);
  return (
    <Stack sx={{ gap: 1.5 }} data-testid="phone-dids">
      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 700 }}>
        {t('phoneAdmin.dids.title')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('phoneAdmin.dids.intro')}
      </Typography>
      {rows.length === 0 && (
        <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
          {t('phoneAdmin.dids.none')}
        </Typography>
      )}
      {rows.map((r, i) => {
        const numberError = errorText(errors[`dids.${i}.number`]);
        const productError = errorText(errors[`dids.${i}.productId`]);
        const known = products.some((p) => p.id === r.productId);
        return (
          <Stack
            key={r.row}
            direction={{ xs: 'column', sm: 'row' }}
            sx={{ gap: 1, alignItems: { sm: 'flex-start' } }}
            data-testid={`phone-did-${i}`}
          >
            <TextField
              size="small"
              label={t('phoneAdmin.dids.number')}
              value={r.number}
              onChange={(e) => update(r.row, { number: e.target.value })}
              error={!!numberError}
              helperText={numberError}
              sx={{ flex: 1 }}
              slotProps={{
                htmlInput: {
                  dir: 'ltr',
                  inputMode: 'tel',
                  'data-testid': `phone-did-${i}-number`,
                },
              }}
            />
            <TextField
              select
              size="small"
              label={t('phoneAdmin.dids.product')}
              value={r.productId}
              onChange={(e) => update(r.row, { productId: e.target.value })}
              error={!!productError}
              helperText={productError}
              sx={{ flex: 2 }}
              slotProps={{
                select: {
                  SelectDisplayProps: { 'data-testid': `phone-did-${i}-product` } as object,
                },
              }}
            >
              {!known && r.productId && (
                <MenuItem value={r.productId}>
                  {t('phoneAdmin.dids.unknownProduct', { id: r.productId })}
                </MenuItem>
              )}
              {products.map((p) => (
                <MenuItem key={p.id} value={p.id} data-testid={`phone-product-${p.id}`}>
                  <bdi>{localize(p.name)?.value ?? p.id}</bdi>
                </MenuItem>
              ))}
            </TextField>
            <Tooltip title={t('phoneAdmin.dids.remove')}>
              <IconButton
                aria-label={t('phoneAdmin.dids.remove')}
                onClick={() => onChange(rows.filter((x) => x.row !== r.row))}
                sx={{ alignSelf: { xs: 'flex-end', sm: 'flex-start' } }}
                data-testid={`phone-did-${i}-remove`}
              >
                <DeleteOutlinedIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Stack>
        );
      })}
      {listError && <FormHelperText error>{listError}</FormHelperText>}
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...rows, { row: nextRow(), number: '', productId: '' }])}
        sx={{ alignSelf: 'flex-start' }}
        data-testid="phone-did-add"
      >
        {t('phoneAdmin.dids.add')}
      </Button>
    </Stack>
  );
}
