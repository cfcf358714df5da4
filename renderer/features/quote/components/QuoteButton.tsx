import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import RequestQuoteOutlinedIcon from '@mui/icons-material/RequestQuoteOutlined';
import type { OrganisationProfile, Product } from '../../../../shared/domain/content';
import { quoteTotals } from '../../../../shared/quote/quote';
import type { StoredLead } from '../../../db/schema';
import { useProducts } from '../../../ui/desk/use-content';
import { useFormat } from '../../../i18n/use-format';
import { useQuote } from '../hooks/use-quote';
import { QuoteDialog } from './QuoteDialog';

export type QuoteButtonProps = {
  lead: StoredLead;
  product: Product | null;
  organisation: OrganisationProfile;
};

/**
 * The closer's quote, part of sending the proposal: after the meeting it makes the quote (and so
 * sends the proposal); once sent, the proposal shows its quote and opens it again.
 */
export function QuoteButton({ lead, product, organisation }: QuoteButtonProps) {
  const { t } = useTranslation();
  const products = useProducts();
  const quote = useQuote({ lead, products, product, organisation });
  const f = useFormat();
  const recorded = lead.proposal?.quote;
  if (lead.stage !== 'meetingScheduled' && !recorded) return null;
  const totals = recorded ? quoteTotals(recorded) : null;
  return (
    <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
      <Button
        variant="outlined"
        startIcon={<RequestQuoteOutlinedIcon />}
        onClick={quote.show}
        data-testid="quote-open"
      >
        {t('quote.button')}
      </Button>
      {recorded && lead.proposal && typeof totals !== 'string' && totals && (
        <Typography variant="body2" color="text.secondary" data-testid="proposal-quote">
          {t('quote.onProposal', {
            number: recorded.number,
            total: f.currency(totals.total, lead.proposal.currency),
            date: f.date(recorded.validUntil),
            language: t(`quote.languages.${recorded.language}`),
          })}
        </Typography>
      )}
      <QuoteDialog
        quote={quote}
        products={products}
        customerName={lead.name}
        orgDefault={organisation.defaultLanguage}
      />
    </Stack>
  );
}
