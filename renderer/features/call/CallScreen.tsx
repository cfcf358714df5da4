import { useEffect, useRef, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import type { ObjectionCategory } from '../../../shared/domain/content';
import type { Disposition, DispositionRole } from '../../../shared/domain/dispositions';
import { leadTimezone } from '../../../shared/domain/phone-timezone';
import type { StoredLead } from '../../db/schema';
import { useAppStore } from '../../store/use-app-store';
import { useObjectionCards, useProducts } from '../../ui/desk/use-content';
import { useDialTemplate } from '../../ui/desk/use-dial-template';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { ActivityHistory } from './components/ActivityHistory';
import { BantPanel } from './components/BantPanel';
import { CallNotes } from './components/CallNotes';
import { CallOutcomeDialog } from './components/CallOutcomeDialog';
import { CallToolbar } from './components/CallToolbar';
import { DispositionBar } from './components/DispositionBar';
import { EditContactDialog } from './components/EditContactDialog';
import { LeadCard } from './components/LeadCard';
import { ObjectionCards } from './components/ObjectionCards';
import { ScriptPanel } from './components/ScriptPanel';
import { useCallOutcome } from './hooks/use-call-outcome';
import { useCallScriptChoice } from './hooks/use-call-script';
import { useCallShortcuts } from './hooks/use-call-shortcuts';
import { useDial } from './hooks/use-dial';
import { usePlaceholderValues } from './use-placeholder-values';
import { usePhoneCall } from './hooks/use-phone-call';
import { LtrText } from '../../ui/components/LtrText';
import { PhoneBar } from '../phone/PhoneBar';
import { TransferButton } from '../phone/TransferButton';
import { usePhone } from '../phone/phone-context';
import { useFormat } from '../../i18n/use-format';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

const KNOWN_CAUSES = ['404', '408', '480', '484', '486', '487', '488', '500', '503', '603'];

/** A SIP status in the agent's words. */
function causeText(t: TFunction, status: number | null): string {
  if (status === null) return t('phone.cause.none');
  const key = String(status);
  return KNOWN_CAUSES.includes(key)
    ? t(`phone.cause.${key as '404'}`)
    : t('phone.cause.other', { status });
}

export type CallScreenProps = {
  lead: StoredLead;
  role: DispositionRole;
  /** Called after an outcome is saved. */
  onDone: (disposition: Disposition) => void;
  /** Role-specific panel above the outcome (the farmer's purchases and cross-sell). */
  extra?: ReactNode;
};

const NO_CARDS: readonly string[] = [];

/** One call: the lead, the script, objection cards, BANT, notes and the outcome on number keys. */
export function CallScreen({ lead, role, onDone, extra }: CallScreenProps) {
  const organisation = useOrganisation();
  const dialTemplate = useDialTemplate();
  const user = useAppStore((s) => s.user);
  const callStartedAt = useAppStore((s) => s.callStartedAt);
  const { script, options: scriptOptions, pick: pickScript } = useCallScriptChoice(role, lead);
  const cards = useObjectionCards();
  const products = useProducts();
  const product = products.find((p) => p.id === script?.productId) ?? products[0] ?? null;
  const values = usePlaceholderValues(lead, organisation, product);
  const { t } = useTranslation();
  const format = useFormat();
  const dialer = useDial(lead);
  const outcome = useCallOutcome({ lead, product, onDone });
  const phone = usePhoneCall(lead, dialer.dial, onDone);
  const handle = usePhone();
  const setEndedCall = useAppStore((s) => s.setEndedCall);
  const [objectionsOpen, setObjectionsOpen] = useState(false);
  // The objection cards opened on this lead since its call screen opened (logged with the outcome).
  const openCard = useAppStore((s) => s.openCard);
  const clearCards = useAppStore((s) => s.clearCards);
  const cardsOpened = useAppStore((s) =>
    s.cardsOpened?.leadId === lead.id ? s.cardsOpened.ids : NO_CARDS,
  );
  useEffect(() => {
    clearCards(lead.id);
  }, [clearCards, lead.id]);
  const [suggested, setSuggested] = useState<readonly ObjectionCategory[]>([]);
  const [editing, setEditing] = useState(false);
  const notesRef = useRef<HTMLTextAreaElement>(null);

  useCallShortcuts({
    phoneE164: lead.phoneE164,
    onDial: dialer.dial,
    onHangup: () => handle?.softphone.hangup(),
    onObjections: () => setObjectionsOpen(true),
    onEditContact: () => setEditing(true),
    notesRef,
    enabled: outcome.dialog === null && !objectionsOpen && !editing,
    onLine: phone.onLine,
  });

  if (!organisation || !user) return null;
  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '5fr 7fr' }, gap: 2 }}
      data-testid="call-screen"
    >
      <Stack sx={{ gap: 2, minWidth: 0 }}>
        <LeadCard
          lead={lead}
          organisation={organisation}
          onDial={() => dialer.dial()}
          onEdit={() => setEditing(true)}
          dialTemplate={dialTemplate}
        />
        {role === 'hunter' && (
          <BantPanel lead={lead} saving={outcome.busy} onSaved={outcome.setError} />
        )}
        <CallNotes
          value={outcome.note}
          onChange={outcome.setNote}
          leadNotes={lead.notes}
          inputRef={notesRef}
        />
        <ActivityHistory leadId={lead.id} />
      </Stack>
      <Stack sx={{ gap: 2, minWidth: 0 }}>
        <CallToolbar
          callStartedAt={callStartedAt}
          onOpenObjections={() => setObjectionsOpen(true)}
        />
        <PhoneBar />
        {role === 'hunter' && (
          <TransferButton leadId={lead.id} closers={outcome.closers} finish={outcome.finish} />
        )}
        {dialer.problem && (
          <Alert
            severity="warning"
            onClose={dialer.clearProblem}
            data-testid="dial-problem"
            data-problem={dialer.problem}
          >
            {t(`phone.${dialer.problem === 'noPhone' ? 'status.none' : dialer.problem}`)}
          </Alert>
        )}
        {dialer.handedTo && !dialer.inApp && (
          <Alert severity="info" data-testid="dialled-uri" data-uri={dialer.handedTo}>
            {t('call.handedTo')} <LtrText>{dialer.handedTo}</LtrText>
          </Alert>
        )}
        {phone.onLine && (
          <Alert severity="info" data-testid="hangup-first">
            {t('phone.hangupFirst')}
          </Alert>
        )}
        {phone.ended && !phone.ended.logged && phone.ended.record.result === 'answered' && (
          <Alert severity="info" data-testid="last-call">
            {t('phone.lastCall', {
              result: t('phone.result.answered'),
              talk: format.clock(phone.ended.record.talkMs / 1000),
            })}
          </Alert>
        )}
        {phone.ended && phone.ended.logged && phone.ended.disposition === null && (
          <Alert
            severity="warning"
            onClose={() => setEndedCall(null)}
            data-testid="call-failed"
            data-result={phone.ended.record.result}
          >
            {phone.ended.record.result === 'cancelled'
              ? t('phone.cancelledCall')
              : t('phone.failedCall', { cause: causeText(t, phone.ended.record.sipStatus) })}
          </Alert>
        )}
        {outcome.error && outcome.dialog === null && (
          <Alert severity="error" onClose={() => outcome.setError(null)} data-testid="call-error">
            {outcome.error}
          </Alert>
        )}
        {extra}
        <DispositionBar
          role={role}
          onPick={outcome.pick}
          disabled={outcome.busy || outcome.dialog !== null || objectionsOpen || phone.onLine}
        />
        {script && (
          <ScriptPanel
            key={script.id}
            script={script}
            values={values}
            orgDefault={organisation.defaultLanguage}
            onStepChange={setSuggested}
            options={scriptOptions}
            onPick={pickScript}
            leadTimeZone={leadTimezone(lead, organisation.timezone)}
          />
        )}
      </Stack>
      <EditContactDialog open={editing} lead={lead} onClose={() => setEditing(false)} />
      <ObjectionCards
        open={objectionsOpen}
        onClose={() => setObjectionsOpen(false)}
        cards={cards}
        orgDefault={organisation.defaultLanguage}
        values={values}
        suggested={suggested}
        opened={cardsOpened}
        onOpen={(id) => openCard(lead.id, id)}
      />
      <CallOutcomeDialog
        outcome={outcome}
        product={product}
        orgDefault={organisation.defaultLanguage}
      />
    </Box>
  );
}
