// An inbound call: it rings here (and as a system notification when the window is in the
// background), pops the caller — found by number through the phone indexes, whatever format the
// PBX sends — or a new-lead form prefilled with the number, and says which advert's number they
// dialled. Answering opens the lead on the agent's own screen and logs the call on it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import { countryForTimezone, toE164 } from '../../../shared/domain/dnc';
import type { LeadId } from '../../../shared/domain/ids';
import { addLead } from '../../../shared/mutations/add-lead';
import { searchLeads } from '../../db/leads-repo';
import { run } from '../../db/run';
import type { StoredLead } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';
import { useLocalized } from '../../i18n/use-localized';
import { useAppStore } from '../../store/use-app-store';
import { LtrText } from '../../ui/components/LtrText';
import { useProducts } from '../../ui/desk/use-content';
import { useDesk } from '../../ui/desk/use-desk';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { agentAreaFor } from './agent-area';
import { callerLeadInput, inboundListName } from './caller-lead';
import { ColleagueCallPanel } from './ColleagueCallPanel';
import { productOfDid, trackingNumberOf } from './did';
import { usePhone } from './phone-context';
import { useOpenHandedOver } from './use-open-handed-over';

export function InboundCallPanel() {
  const call = useAppStore((s) => s.liveCall);
  if (call?.direction === 'inbound' && call.handover)
    return <ColleagueCallPanel call={call} handover={call.handover} />;
  return <CustomerCallPanel />;
}

function CustomerCallPanel() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const desk = useDesk();
  const handle = usePhone();
  const organisation = useOrganisation();
  const products = useProducts();
  const localize = useLocalized(organisation?.defaultLanguage ?? 'en');
  const call = useAppStore((s) => s.liveCall);
  const user = useAppStore((s) => s.user);
  const openLeadIn = useAppStore((s) => s.openLeadIn);
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inbound = call?.direction === 'inbound' ? call : null;
  const country = countryForTimezone(organisation?.timezone);
  const e164 = inbound ? toE164(inbound.number, country) : null;

  const found = useLiveQuery(
    async (): Promise<StoredLead[]> =>
      inbound ? searchLeads(db, inbound.number, 5, undefined, { defaultCountry: country }) : [],
    [db, inbound?.number, country],
  );

  // A ringing call also reaches an agent whose window is in the background or minimised.
  const ringing = inbound !== null && inbound.phase === 'ringing';
  useEffect(() => {
    if (!ringing || !inbound || typeof Notification === 'undefined') return;
    if (Notification.permission !== 'granted' || document.visibilityState === 'visible') return;
    const n = new Notification(t('phone.inbound.title'), {
      body: inbound.number,
      tag: 'salesdesk-inbound',
      requireInteraction: true,
    });
    n.onclick = () => window.focus();
    return () => n.close();
    // One notification per ringing call.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ringing, inbound?.startedAt]);

  useEffect(() => {
    setName('');
    setCompany('');
    setError(null);
  }, [inbound?.startedAt]);

  const area = user ? agentAreaFor(user.roles) : null;
  const open = (leadId: string) => {
    if (!area) return;
    handle?.softphone.attachLead(leadId);
    openLeadIn(area, leadId);
    window.location.hash = `#/${area}`;
  };
  // A customer a colleague handed over comes with their lead: it opens by itself.
  useOpenHandedOver(inbound, open);

  if (!inbound || !user) return null;
  const productId = handle ? productOfDid(handle.phone.dids, inbound.did) : null;
  const product = productId ? products.find((p) => p.id === productId) : null;
  // The list is named in the organisation's language, whoever takes the call.
  const listName = inboundListName(products, productId, organisation?.defaultLanguage ?? 'en');
  const answer = (leadId: string | null) => {
    if (inbound.phase !== 'talking') handle?.softphone.answer();
    if (leadId) open(leadId);
  };
  const addAndOpen = async () => {
    if (!desk) return;
    const id = crypto.randomUUID() as LeadId;
    const r = await run(
      desk,
      addLead,
      callerLeadInput(
        id,
        { name: name.trim(), company: company.trim(), e164 },
        listName,
        handle ? trackingNumberOf(handle.phone.dids, inbound.did, country) : null,
      ),
    );
    if (!r.ok) return setError(t(`errors.${r.error.code}`));
    open(id);
  };

  const leads = found ?? [];
  return (
    <Paper
      elevation={6}
      sx={{ m: 2, p: 2, borderInlineStart: 6, borderColor: 'success.main' }}
      data-testid="inbound-call"
      role="alertdialog"
      aria-label={t('phone.inbound.title')}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, mb: 1 }}>
        <PhoneCallbackIcon color="success" />
        <Typography variant="h6" component="h2" sx={{ fontWeight: 700 }}>
          {t(inbound.phase === 'talking' ? 'phone.inbound.onCall' : 'phone.inbound.title')}
        </Typography>
        <LtrText testId="inbound-number">{e164 ?? inbound.number}</LtrText>
      </Stack>
      {product && (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="inbound-product">
          {t('phone.inbound.calledAbout', { product: localize(product.name)?.value ?? '' })}
        </Alert>
      )}
      {leads.length > 0 ? (
        <Stack sx={{ gap: 1 }}>
          {leads.map((l) => (
            <Stack
              key={l.id}
              direction="row"
              sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}
              data-testid="inbound-match"
            >
              <Typography sx={{ fontWeight: 600 }}>
                <bdi>{l.name}</bdi>
              </Typography>
              <Typography color="text.secondary">
                <bdi>{l.company}</bdi>
              </Typography>
              <Typography color="text.secondary">{t(`stage.${l.stage}`)}</Typography>
              <Button
                variant="contained"
                color="success"
                onClick={() => answer(l.id)}
                data-testid="inbound-answer-open"
              >
                {t(inbound.phase === 'talking' ? 'phone.inbound.open' : 'phone.inbound.answerOpen')}
              </Button>
            </Stack>
          ))}
        </Stack>
      ) : (
        <Stack sx={{ gap: 1 }} data-testid="inbound-new-lead">
          <Typography color="text.secondary">{t('phone.inbound.unknown')}</Typography>
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
            <TextField
              size="small"
              label={t('phone.inbound.name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'inbound-name' } }}
            />
            <TextField
              size="small"
              label={t('phone.inbound.company')}
              value={company}
              onChange={(e) => setCompany(e.target.value)}
            />
            {inbound.phase !== 'talking' && (
              <Button
                variant="contained"
                color="success"
                onClick={() => answer(null)}
                data-testid="inbound-answer"
              >
                {t('phone.answer')}
              </Button>
            )}
            <Button
              variant="outlined"
              disabled={!name.trim()}
              onClick={() => void addAndOpen()}
              data-testid="inbound-save-lead"
            >
              {t('phone.inbound.saveLead')}
            </Button>
          </Stack>
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      )}
      {inbound.phase !== 'talking' && (
        <Button
          color="error"
          sx={{ mt: 1 }}
          onClick={() => handle?.softphone.hangup()}
          data-testid="inbound-decline"
        >
          {t('phone.inbound.decline')}
        </Button>
      )}
    </Paper>
  );
}
