import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { LeadId } from '../../../shared/domain/ids';
import { LOST_REASONS, type LostReason } from '../../../shared/domain/pipeline';
import { closeLost, closeWon, sendProposal, type ActionError } from '../../db/actions';
import { closerInbox, closerProposals } from '../../db/leads-repo';
import type { StoredLead } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';
import { useActionContext } from '../../app/desk/use-action-context';
import { useClosingTechniques, useProducts, useScript } from '../../app/desk/use-content';
import { useOrganisation } from '../../app/desk/use-organisation';
import { KeyCap } from '../../app/shortcuts/KeyCap';
import { useShortcuts } from '../../app/shortcuts/use-shortcuts';
import { useFormat } from '../../i18n/use-format';
import { useLocalized } from '../../i18n/use-localized';
import { useAppStore } from '../../store/use-app-store';
import { LeadCard } from '../call/components/LeadCard';
import { ActivityHistory } from '../call/components/ActivityHistory';
import { OutcomeDialog } from '../call/components/OutcomeDialog';
import { TargetsBar } from '../call/components/TargetsBar';
import { usePlaceholderValues } from '../call/use-placeholder-values';
import { fillPlaceholders } from '../../../shared/domain/content';
import { FabTable } from './FabTable';

type CloserDialog = 'proposal' | 'won' | 'lost';
const DEALS = ['won'] as const;

/** The closer's desk: hand-off inbox newest first, the FAB pitch, closing techniques, outcomes. */
export function CloserScreen() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const user = useAppStore((s) => s.user);
  const format = useFormat();
  const organisation = useOrganisation();
  const ctx = useActionContext();
  const products = useProducts();
  const techniques = useClosingTechniques();
  const localize = useLocalized(organisation?.defaultLanguage ?? 'en');
  const selected = useAppStore((s) => s.openLead.closer ?? null);
  const openLeadIn = useAppStore((s) => s.openLeadIn);
  const inbox =
    useLiveQuery(
      () => (user ? closerInbox(db, user.id) : Promise.resolve([] as StoredLead[])),
      [db, user],
    ) ?? [];
  const proposals =
    useLiveQuery(
      () => (user ? closerProposals(db, user.id) : Promise.resolve([] as StoredLead[])),
      [db, user],
    ) ?? [];
  const users = useLiveQuery(() => db.users.toArray(), [db]) ?? [];
  const lead = [...inbox, ...proposals].find((l) => l.id === selected) ?? null;
  const script = useScript('closer');
  const product =
    products.find(
      (p) => p.id === (lead?.proposal?.productId ?? lead?.deal?.productId ?? script?.productId),
    ) ??
    products[0] ??
    null;
  const values = usePlaceholderValues(lead, organisation, product);
  const [dialog, setDialog] = useState<CloserDialog | null>(null);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState<LostReason>('price');
  const [error, setError] = useState<string | null>(null);
  const nameOf = (id: string | undefined) => users.find((u) => u.id === id)?.displayName ?? '';

  const open = (d: CloserDialog) => {
    if (!lead) return;
    setAmount(String(lead.proposal?.amount ?? product?.price ?? ''));
    setError(null);
    setDialog(d);
  };
  useShortcuts(
    [
      {
        key: 'p',
        label: 'closer.proposal',
        group: 'call',
        run: () => lead?.stage === 'meetingScheduled' && open('proposal'),
      },
      { key: 'w', label: 'closer.won', group: 'call', run: () => open('won') },
      { key: 'l', label: 'closer.lost', group: 'call', run: () => open('lost') },
    ],
    dialog === null && lead !== null,
  );

  const confirm = async () => {
    if (!ctx || !lead || !product) return;
    const value = Number(amount.replace(',', '.'));
    const farmer =
      users.find((u) => u.roles.includes('farmer') && u.teamId === lead.teamId) ??
      users.find((u) => u.roles.includes('farmer'));
    let r: { ok: true } | { ok: false; error: ActionError };
    if (dialog === 'proposal')
      r = await sendProposal(ctx, {
        leadId: lead.id,
        productId: product.id,
        amount: value,
        currency: product.currency,
      });
    else if (dialog === 'won')
      r = await closeWon(ctx, {
        leadId: lead.id,
        productId: product.id,
        amount: value,
        currency: product.currency,
        farmerId: farmer?.id ?? null,
      });
    else r = await closeLost(ctx, { leadId: lead.id, reason });
    if (!r.ok) return setError(t(`errors.${r.error}`));
    setDialog(null);
    if (dialog !== 'proposal') openLeadIn('closer', null);
  };

  const row = (l: StoredLead) => (
    <ListItemButton
      key={l.id}
      selected={l.id === selected}
      onClick={() => openLeadIn('closer', l.id)}
      data-testid="inbox-item"
    >
      <ListItemText
        primary={<bdi>{`${l.name} · ${l.company}`}</bdi>}
        secondary={
          l.meeting
            ? t('closer.meetingAt', {
                time: format.dateTime(l.meeting.at),
                name: nameOf(l.meeting.bookedBy),
              })
            : l.proposal
              ? format.currency(l.proposal.amount, l.proposal.currency)
              : ''
        }
      />
    </ListItemButton>
  );

  return (
    <Box sx={{ p: { xs: 1.5, md: 2.5 } }} data-testid="area-closer">
      <Typography variant="h5" component="h1" sx={{ fontWeight: 700, mb: 1.5 }}>
        {t('area.closer.title')}
      </Typography>
      <TargetsBar bookingsLabel="targets.deals" bookingDispositions={DEALS} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '320px 1fr' }, gap: 2 }}>
        <Paper sx={{ p: 1, alignSelf: 'start' }}>
          <Typography variant="overline" sx={{ px: 1 }}>
            {t('closer.inbox')} ({format.number(inbox.length)})
          </Typography>
          <List dense data-testid="closer-inbox">
            {inbox.map(row)}
          </List>
          {inbox.length === 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ px: 1, pb: 1 }}>
              {t('closer.empty')}
            </Typography>
          )}
          <Typography variant="overline" sx={{ px: 1 }}>
            {t('closer.proposals')} ({format.number(proposals.length)})
          </Typography>
          <List dense>{proposals.map(row)}</List>
        </Paper>
        {lead && organisation ? (
          <Stack sx={{ gap: 2, minWidth: 0 }} data-testid="closer-detail">
            <LeadCard
              lead={lead}
              organisation={organisation}
              onDial={(uri) =>
                window.desk
                  ? void window.desk.invoke('shell:openExternal', { url: uri })
                  : (window.location.href = uri)
              }
            />
            <Paper sx={{ p: 2 }} data-testid="handoff-notes">
              <Typography variant="subtitle2" component="h3">
                {t('closer.handOff')}
              </Typography>
              {lead.meeting && (
                <Typography variant="body2" sx={{ mb: 1 }}>
                  {t('closer.meetingAt', {
                    time: format.dateTime(lead.meeting.at),
                    name: nameOf(lead.meeting.bookedBy),
                  })}
                </Typography>
              )}
              {lead.meeting?.note && (
                <Typography dir="auto" sx={{ whiteSpace: 'pre-line' }}>
                  {lead.meeting.note}
                </Typography>
              )}
              {lead.notes && (
                <Typography
                  dir="auto"
                  variant="body2"
                  color="text.secondary"
                  sx={{ whiteSpace: 'pre-line', mt: 1 }}
                >
                  {lead.notes}
                </Typography>
              )}
              {lead.bant && (
                <Stack
                  direction="row"
                  sx={{ gap: 1, flexWrap: 'wrap', mt: 1 }}
                  data-testid="handoff-bant"
                >
                  {(['budget', 'authority', 'need', 'timeline'] as const).map((k) => (
                    <Chip
                      key={k}
                      size="small"
                      color={
                        lead.bant?.[k].met
                          ? 'success'
                          : lead.bant?.[k].met === false
                            ? 'error'
                            : 'default'
                      }
                      label={`${t(`bant.${k}`)}${lead.bant?.[k].note ? `: ${lead.bant[k].note}` : ''}`}
                    />
                  ))}
                </Stack>
              )}
            </Paper>
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
              {lead.stage === 'meetingScheduled' && (
                <Button
                  variant="outlined"
                  onClick={() => open('proposal')}
                  endIcon={<KeyCap keyName="p" />}
                  data-testid="closer-proposal"
                >
                  {t('closer.proposal')}
                </Button>
              )}
              <Button
                variant="contained"
                color="success"
                onClick={() => open('won')}
                endIcon={<KeyCap keyName="w" />}
                data-testid="closer-won"
              >
                {t('closer.won')}
              </Button>
              <Button
                variant="outlined"
                color="error"
                onClick={() => open('lost')}
                endIcon={<KeyCap keyName="l" />}
                data-testid="closer-lost"
              >
                {t('closer.lost')}
              </Button>
            </Stack>
            {product && <FabTable product={product} orgDefault={organisation.defaultLanguage} />}
            <Box
              sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 1.5 }}
              data-testid="closing-techniques"
            >
              {techniques.map((tech) => (
                <Card key={tech.id} variant="outlined">
                  <CardContent>
                    <Typography sx={{ fontWeight: 700 }}>{localize(tech.name)?.value}</Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                      {localize(tech.description)?.value}
                    </Typography>
                    {(localize(tech.examples)?.value ?? []).map((line, i) => (
                      <Typography key={i} variant="body2" sx={{ fontStyle: 'italic' }}>
                        “{fillPlaceholders(line, values)}”
                      </Typography>
                    ))}
                  </CardContent>
                </Card>
              ))}
            </Box>
            <ActivityHistory leadId={lead.id as LeadId} />
          </Stack>
        ) : (
          <Paper sx={{ p: 4 }}>
            <Typography color="text.secondary">{t('closer.pick')}</Typography>
          </Paper>
        )}
      </Box>
      <OutcomeDialog
        open={dialog !== null}
        testId={`dialog-${dialog ?? 'none'}`}
        title={dialog ? t(`dialog.${dialog}.title`) : ''}
        confirmLabel={dialog ? t(`dialog.${dialog}.confirm`) : ''}
        error={error}
        onCancel={() => setDialog(null)}
        onConfirm={() => void confirm()}
      >
        {dialog === 'lost' ? (
          <TextField
            select
            label={t('dialog.lostReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value as LostReason)}
            slotProps={{ htmlInput: { 'data-testid': 'dialog-reason' } }}
          >
            {LOST_REASONS.map((r) => (
              <MenuItem key={r} value={r}>
                {t(`lostReason.${r}`)}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          product && (
            <TextField
              label={t('dialog.sale.amount', { currency: product.currency })}
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              slotProps={{
                htmlInput: { inputMode: 'decimal', dir: 'ltr', 'data-testid': 'dialog-amount' },
              }}
            />
          )
        )}
        {error === null && dialog === 'won' && <Alert severity="info">{t('closer.wonHint')}</Alert>}
      </OutcomeDialog>
    </Box>
  );
}
