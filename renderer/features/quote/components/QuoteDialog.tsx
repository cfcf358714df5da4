import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import EmailOutlinedIcon from '@mui/icons-material/EmailOutlined';
import WhatsAppIcon from '@mui/icons-material/WhatsApp';
import type { Product } from '../../../../shared/domain/content';
import {
  CONTENT_LANGUAGES,
  type ContentLanguage,
} from '../../../../shared/domain/localized-content';
import { DISCOUNT_KINDS, type DiscountKind } from '../../../../shared/quote/quote';
import { useLocalized } from '../../../i18n/use-localized';
import type { QuoteState } from '../hooks/use-quote';
import { QuotePreview } from './QuotePreview';

export type QuoteDialogProps = {
  quote: QuoteState;
  products: Product[];
  customerName: string;
  orgDefault: ContentLanguage;
};

/** The closer's quote: product, price, discount, validity and language, a preview, and where it goes. */
export function QuoteDialog({ quote, products, customerName, orgDefault }: QuoteDialogProps) {
  const { t } = useTranslation();
  const localize = useLocalized(orgDefault);
  const { form, setForm, recorded } = quote;
  const locked = recorded !== null || quote.busy;
  const currency = products.find((p) => p.id === form.productId)?.currency ?? '';
  const ready = quote.document !== null && !quote.busy;
  const numeric = { inputMode: 'decimal' as const, dir: 'ltr' };
  return (
    <Dialog
      open={quote.open}
      onClose={quote.close}
      fullWidth
      maxWidth="md"
      data-testid="quote-dialog"
    >
      <DialogTitle>{t('quote.title', { name: customerName })}</DialogTitle>
      <DialogContent>
        <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 3, pt: 1 }}>
          <Stack sx={{ gap: 2, flex: '1 1 0', minWidth: 0 }}>
            <TextField
              select
              label={t('quote.product')}
              value={form.productId}
              disabled={locked}
              onChange={(e) => {
                const p = products.find((x) => x.id === e.target.value);
                setForm({ productId: e.target.value, ...(p ? { price: String(p.price) } : {}) });
              }}
              slotProps={{ htmlInput: { 'data-testid': 'quote-product' } }}
            >
              {products.map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {localize(p.name)?.value ?? p.id}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t('quote.price', { currency })}
              value={form.price}
              disabled={locked}
              onChange={(e) => setForm({ price: e.target.value })}
              slotProps={{ htmlInput: { ...numeric, 'data-testid': 'quote-price' } }}
            />
            <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
              <TextField
                label={t('quote.discount')}
                value={form.discount}
                disabled={locked}
                onChange={(e) => setForm({ discount: e.target.value })}
                sx={{ flexGrow: 1 }}
                slotProps={{ htmlInput: { ...numeric, 'data-testid': 'quote-discount' } }}
              />
              <ToggleButtonGroup
                exclusive
                size="small"
                value={form.discountKind}
                disabled={locked}
                aria-label={t('quote.discountKind')}
                onChange={(_e, v: DiscountKind | null) => v && setForm({ discountKind: v })}
              >
                {DISCOUNT_KINDS.map((k) => (
                  <ToggleButton key={k} value={k} data-testid={`quote-discount-${k}`}>
                    {k === 'percent' ? t('quote.percent') : t('quote.amount')}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
            </Stack>
            <TextField
              label={t('quote.validDays')}
              value={form.validDays}
              disabled={locked}
              onChange={(e) => setForm({ validDays: e.target.value })}
              slotProps={{
                htmlInput: { inputMode: 'numeric', dir: 'ltr', 'data-testid': 'quote-valid-days' },
              }}
            />
            <TextField
              select
              label={t('quote.language')}
              value={form.language}
              disabled={locked}
              onChange={(e) => setForm({ language: e.target.value as ContentLanguage })}
              slotProps={{ htmlInput: { 'data-testid': 'quote-language' } }}
            >
              {CONTENT_LANGUAGES.map((l) => (
                <MenuItem key={l} value={l}>
                  {t(`quote.languages.${l}`)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Stack sx={{ gap: 1, flex: '1.3 1 0', minWidth: 0 }}>
            <Typography variant="overline" color="text.secondary">
              {t('quote.preview')}
            </Typography>
            {quote.document ? (
              <QuotePreview document={quote.document} />
            ) : (
              <Alert severity="warning" data-testid="quote-problem">
                {quote.problem}
              </Alert>
            )}
          </Stack>
        </Stack>
        {quote.busy && (
          <Stack sx={{ mt: 2, gap: 0.5 }}>
            <LinearProgress />
            <Typography variant="caption">{t('quote.making')}</Typography>
          </Stack>
        )}
        {quote.notice && (
          <Alert severity={quote.notice.severity} sx={{ mt: 2 }} data-testid="quote-notice">
            {quote.notice.text}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={quote.close}>{t('quote.close')}</Button>
        <Button
          variant="outlined"
          startIcon={<WhatsAppIcon />}
          disabled={!ready}
          onClick={() => void quote.whatsApp()}
          data-testid="quote-whatsapp"
        >
          {t('quote.sendWhatsApp')}
        </Button>
        <Button
          variant="outlined"
          startIcon={<EmailOutlinedIcon />}
          disabled={!ready}
          onClick={() => void quote.email()}
          data-testid="quote-email"
        >
          {t('quote.sendEmail')}
        </Button>
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          disabled={!ready}
          onClick={() => void quote.download()}
          data-testid="quote-download"
        >
          {t('quote.download')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
