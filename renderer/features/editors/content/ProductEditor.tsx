import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import type { FabRow, Product, ProductBilling } from '../../../../shared/domain/content';
import { productIdSchema } from '../../../../shared/domain/ids';
import { selectedValues } from '../../../lib/select-values';
import { MIN_FAB_FEATURES, moveItem, type EditIssue } from '../../../../shared/domain/editing';
import { uuidv7 } from '../../../../shared/domain/ids';
import {
  resolveLocalized,
  type ContentLanguage,
} from '../../../../shared/domain/localized-content';
import { useFormat } from '../../../i18n/use-format';
import { LocalizedField } from '../components/LocalizedField';
import { LocalizedLinesField } from '../components/LocalizedLinesField';

export type ProductEditorProps = {
  value: Product;
  onChange: (product: Product) => void;
  products: readonly Product[];
  language: ContentLanguage;
  orgDefault: ContentLanguage;
  issues: readonly EditIssue[];
};

const BILLINGS: readonly ProductBilling[] = ['monthly', 'oneTime'];

/** A product: name, price and billing, cross-sell, and its feature → advantage → benefit rows. */
export function ProductEditor({
  value,
  onChange,
  products,
  language,
  orgDefault,
  issues,
}: ProductEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const common = { language, orgDefault };
  const set = (patch: Partial<Product>) => onChange({ ...value, ...patch });
  const setRow = (i: number, row: FabRow) =>
    set({ fab: value.fab.map((r, j) => (j === i ? row : r)) });
  const move = (i: number, delta: -1 | 1) => {
    set({ fab: moveItem(value.fab, i, i + delta) });
  };
  const others = products.filter((p) => p.id !== value.id);
  const name = (p: Product) => resolveLocalized(p.name, language, orgDefault)?.value ?? p.id;

  return (
    <Stack sx={{ gap: 2 }}>
      <LocalizedField
        {...common}
        label={t('editors.product.name')}
        value={value.name}
        onChange={(n) => set({ name: n })}
        required
        testId="product-name"
      />
      <LocalizedField
        {...common}
        label={t('editors.product.summary')}
        value={value.summary}
        onChange={(summary) => set({ summary })}
        multiline
        testId="product-summary"
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField
          size="small"
          type="number"
          label={t('editors.product.price')}
          value={Number.isNaN(value.price) ? '' : value.price}
          onChange={(e) =>
            set({ price: e.target.value === '' ? Number.NaN : Number(e.target.value) })
          }
          error={!(Number.isFinite(value.price) && value.price >= 0)}
          slotProps={{
            htmlInput: { min: 0, step: 'any', dir: 'ltr', 'data-testid': 'product-price' },
          }}
          sx={{ flex: 1 }}
        />
        <TextField
          size="small"
          type="number"
          label={t('insightSources.product.unitCost')}
          value={value.unitCost === undefined || Number.isNaN(value.unitCost) ? '' : value.unitCost}
          onChange={(e) =>
            set({ unitCost: e.target.value === '' ? undefined : Number(e.target.value) })
          }
          error={
            value.unitCost !== undefined &&
            !(Number.isFinite(value.unitCost) && value.unitCost >= 0)
          }
          helperText={t('insightSources.product.unitCostHint')}
          slotProps={{
            htmlInput: { min: 0, step: 'any', dir: 'ltr', 'data-testid': 'product-unit-cost' },
          }}
          sx={{ flex: 1 }}
        />
        <TextField
          size="small"
          label={t('editors.product.currency')}
          value={value.currency}
          onChange={(e) => set({ currency: e.target.value.toUpperCase().slice(0, 3) })}
          error={issues.some((i) => i.code === 'currencyInvalid')}
          helperText={t('editors.product.currencyHint')}
          slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'product-currency' } }}
          sx={{ flex: 1 }}
        />
        <TextField
          select
          size="small"
          label={t('editors.product.billing')}
          value={value.billing}
          onChange={(e) => set({ billing: e.target.value as ProductBilling })}
          sx={{ flex: 1 }}
        >
          {BILLINGS.map((b) => (
            <MenuItem key={b} value={b}>
              {t(`editors.product.billingKind.${b}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <TextField
        select
        size="small"
        label={t('editors.product.crossSell')}
        value={value.crossSell}
        onChange={(e) => {
          set({ crossSell: productIdSchema.array().parse(selectedValues(e.target.value)) });
        }}
        helperText={t('editors.product.crossSellHint')}
        slotProps={{
          select: {
            multiple: true,
            renderValue: (selected) => (
              <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
                {selectedValues(selected).map((id) => {
                  const p = products.find((x) => x.id === id);
                  return <Chip key={id} size="small" label={p ? name(p) : id} />;
                })}
              </Stack>
            ),
          },
        }}
      >
        {others.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            <bdi>{name(p)}</bdi>
          </MenuItem>
        ))}
      </TextField>

      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {t('fab.title')}
        </Typography>
        <Typography
          variant="body2"
          color={value.fab.length < MIN_FAB_FEATURES ? 'warning.main' : 'text.secondary'}
          data-testid="fab-count"
        >
          {t('editors.product.fabCount', {
            n: format.number(value.fab.length),
            min: format.number(MIN_FAB_FEATURES),
          })}
        </Typography>
      </Stack>
      {value.fab.map((row, i) => (
        <Paper key={i} sx={{ p: 2 }} data-testid="fab-edit-row">
          <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>
              {t('editors.product.featureNumber', { n: format.number(i + 1) })}
            </Typography>
            <Tooltip title={t('editors.moveUp')}>
              <span>
                <IconButton
                  aria-label={t('editors.moveUp')}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  <ArrowUpwardIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title={t('editors.moveDown')}>
              <span>
                <IconButton
                  aria-label={t('editors.moveDown')}
                  disabled={i === value.fab.length - 1}
                  onClick={() => move(i, 1)}
                >
                  <ArrowDownwardIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title={t('editors.product.removeFeature')}>
              <IconButton
                aria-label={t('editors.product.removeFeature')}
                color="error"
                onClick={() => set({ fab: value.fab.filter((_, j) => j !== i) })}
                data-testid="fab-remove"
              >
                <DeleteOutlineIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Stack>
          <Stack sx={{ gap: 1.5 }}>
            <LocalizedField
              {...common}
              label={t('fab.feature')}
              value={row.feature}
              onChange={(feature) => setRow(i, { ...row, feature })}
              multiline
              required
              testId={`fab-${i}-feature`}
            />
            <LocalizedField
              {...common}
              label={t('fab.advantage')}
              value={row.advantage}
              onChange={(advantage) => setRow(i, { ...row, advantage })}
              multiline
              testId={`fab-${i}-advantage`}
            />
            <LocalizedLinesField
              {...common}
              label={t('editors.product.benefits')}
              value={row.benefits}
              onChange={(benefits) => setRow(i, { ...row, benefits })}
              testId={`fab-${i}-benefits`}
            />
          </Stack>
        </Paper>
      ))}
      <Button
        startIcon={<AddIcon />}
        sx={{ alignSelf: 'flex-start' }}
        onClick={() =>
          set({
            fab: [
              ...value.fab,
              { id: `fab-${uuidv7().slice(-12)}`, feature: {}, advantage: {}, benefits: {} },
            ],
          })
        }
        data-testid="fab-add"
      >
        {t('editors.product.addFeature')}
      </Button>
    </Stack>
  );
}
