// What the farmer sees of a customer beside the call: every purchase with its product and amount,
// how long they have been a customer, the referrals they gave, and what to offer next.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import PersonAddAlt1Icon from '@mui/icons-material/PersonAddAlt1';
import type { Product } from '../../../shared/domain/content';
import { purchaseHistory, purchaseTotals, tenure } from '../../../shared/domain/purchases';
import type { StoredLead } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';
import { useFormat } from '../../i18n/use-format';
import { useLocalized } from '../../i18n/use-localized';
import { useProducts } from '../../ui/desk/use-content';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { ReferralDialog } from './ReferralDialog';

export function CustomerPanel({ lead }: { lead: StoredLead }) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  const organisation = useOrganisation();
  const products = useProducts();
  const localize = useLocalized(organisation?.defaultLanguage ?? 'en');
  const [referring, setReferring] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const history = useLiveQuery(
    () => db.activities.where('leadId').equals(lead.id).toArray(),
    [db, lead.id],
  );
  const purchases = purchaseHistory(lead, history ?? []);
  const totals = purchaseTotals(purchases);
  const since = tenure(purchases, Date.now());
  const referrals = (history ?? []).filter((a) => a.referralLeadId);
  const referredNames =
    useLiveQuery(async () => {
      const ids = referrals.flatMap((a) => (a.referralLeadId ? [a.referralLeadId] : []));
      const found = await db.leads.bulkGet(ids);
      return found.map((l) => l?.name ?? t('farmer.referral.unknown'));
    }, [db, referrals.map((a) => a.id).join()]) ?? [];
  const nameOf = (p: Product | undefined, id: string | null) =>
    (p ? localize(p.name)?.value : null) ?? id ?? '—';
  const owned = products.filter((p) => purchases.some((x) => x.productId === p.id));
  const crossSell = products.filter(
    (p) => owned.some((o) => o.crossSell.includes(p.id)) && !owned.includes(p),
  );

  return (
    <Paper sx={{ p: 2 }} data-testid="farmer-customer">
      <Stack
        direction="row"
        sx={{ alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}
      >
        <Typography variant="subtitle2" component="h3">
          {t('farmer.purchases')}
        </Typography>
        {since && (
          <Typography variant="body2" color="text.secondary" data-testid="farmer-tenure">
            {t('farmer.customerSince', { date: format.date(since.since) })} · {tenureText(since)}
          </Typography>
        )}
      </Stack>
      {purchases.length === 0 ? (
        <Typography color="text.secondary">{t('farmer.noPurchases')}</Typography>
      ) : (
        <Table size="small" data-testid="farmer-purchases" sx={{ mt: 0.5 }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('farmer.col.when')}</TableCell>
              <TableCell>{t('farmer.col.product')}</TableCell>
              <TableCell>{t('farmer.col.kind')}</TableCell>
              <TableCell align="right">{t('farmer.col.amount')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {purchases.map((p) => (
              <TableRow key={`${p.at}-${p.kind}`} data-testid="farmer-purchase">
                <TableCell>{format.date(p.at)}</TableCell>
                <TableCell>
                  <bdi>
                    {nameOf(
                      products.find((x) => x.id === p.productId),
                      p.productId,
                    )}
                  </bdi>
                </TableCell>
                <TableCell>
                  {t(p.kind === 'first' ? 'farmer.purchaseFirst' : 'farmer.purchaseUpsell')}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {format.currency(p.amount, p.currency)}
                </TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell colSpan={3} sx={{ fontWeight: 700 }}>
                {t('farmer.total')}
              </TableCell>
              <TableCell
                align="right"
                sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}
                data-testid="farmer-total"
              >
                {totals.map((x) => format.currency(x.amount, x.currency)).join(' + ')}
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      )}
      {crossSell.length > 0 && (
        <Box sx={{ mt: 1.5 }} data-testid="farmer-cross-sell">
          <Typography variant="subtitle2">{t('farmer.crossSell')}</Typography>
          {crossSell.map((p) => (
            <Typography key={p.id} variant="body2">
              <strong>{localize(p.name)?.value}</strong> — {localize(p.summary)?.value} (
              {format.currency(p.price, p.currency)})
            </Typography>
          ))}
        </Box>
      )}
      <Stack
        direction="row"
        sx={{ mt: 1.5, alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}
        data-testid="farmer-referrals"
      >
        <Button
          size="small"
          variant="outlined"
          startIcon={<PersonAddAlt1Icon />}
          onClick={() => {
            setSaved(null);
            setReferring(true);
          }}
          data-testid="farmer-add-referral"
        >
          {t('farmer.referral.add')}
        </Button>
        <Typography variant="body2" color="text.secondary" data-testid="farmer-referral-count">
          {t('farmer.referrals', { count: referrals.length, n: format.number(referrals.length) })}
          {referredNames.length > 0 && ': '}
          {referredNames.map((name, i) => (
            <span key={referrals[i]?.id ?? i}>
              {i > 0 && ', '}
              <bdi>{name}</bdi>
            </span>
          ))}
        </Typography>
      </Stack>
      {saved && (
        <Alert severity="success" sx={{ mt: 1 }} onClose={() => setSaved(null)}>
          {saved}
        </Alert>
      )}
      {referring && (
        <ReferralDialog
          customer={lead}
          onClose={() => setReferring(false)}
          onSaved={(name) => {
            setReferring(false);
            setSaved(t('farmer.referral.saved', { name, customer: lead.name }));
          }}
        />
      )}
    </Paper>
  );

  function tenureText(x: { months: number; days: number }): string {
    const years = Math.floor(x.months / 12);
    const months = x.months % 12;
    const parts: string[] = [];
    if (years > 0) parts.push(t('farmer.tenureYears', { count: years, n: format.number(years) }));
    if (months > 0)
      parts.push(t('farmer.tenureMonths', { count: months, n: format.number(months) }));
    if (parts.length === 0)
      parts.push(t('farmer.tenureDays', { count: x.days, n: format.number(x.days) }));
    return parts.join(' ');
  }
}
