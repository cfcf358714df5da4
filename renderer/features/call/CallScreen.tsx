import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import QuizOutlinedIcon from '@mui/icons-material/QuizOutlined';
import type { Disposition, DispositionRole } from '../../../shared/domain/dispositions';
import type { UserId } from '../../../shared/domain/ids';
import { LOST_REASONS, type LostReason } from '../../../shared/domain/pipeline';
import { setDisposition, qualify, type ActionError, type DispositionInput } from '../../db/actions';
import type { StoredLead } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';
import { useActionContext } from '../../app/desk/use-action-context';
import { useObjectionCards, useProducts, useScript } from '../../app/desk/use-content';
import { useOrganisation } from '../../app/desk/use-organisation';
import { KeyCap } from '../../app/shortcuts/KeyCap';
import { useShortcuts } from '../../app/shortcuts/use-shortcuts';
import { useLocalized } from '../../i18n/use-localized';
import { useAppStore } from '../../store/use-app-store';
import type { ObjectionCategory } from '../../../shared/domain/content';
import { ActivityHistory } from './components/ActivityHistory';
import { EditContactDialog } from './components/EditContactDialog';
import { useDialTemplate } from '../../app/desk/use-dial-template';
import { BantForm } from './components/BantForm';
import { CallTimer } from './components/CallTimer';
import { DispositionBar } from './components/DispositionBar';
import { LeadCard } from './components/LeadCard';
import { ObjectionCards } from './components/ObjectionCards';
import { OutcomeDialog } from './components/OutcomeDialog';
import { ScriptPanel } from './components/ScriptPanel';
import { fromLocalInput, toLocalInput } from './components/datetime-input';
import { usePlaceholderValues } from './use-placeholder-values';

export type CallScreenProps = {
  lead: StoredLead;
  role: DispositionRole;
  /** Called after an outcome is saved. */
  onDone: (disposition: Disposition) => void;
  /** Role-specific panel above the outcome (the farmer's purchases and cross-sell). */
  extra?: ReactNode;
};

type DialogKind = 'callBack' | 'meetingBooked' | 'sale' | 'churned';

/** One call: the lead, the script, objection cards, BANT, notes and the outcome on number keys. */
export function CallScreen({ lead, role, onDone, extra }: CallScreenProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const ctx = useActionContext();
  const organisation = useOrganisation();
  const dialTemplate = useDialTemplate();
  const user = useAppStore((s) => s.user);
  const callStartedAt = useAppStore((s) => s.callStartedAt);
  const startCall = useAppStore((s) => s.startCall);
  const script = useScript(role);
  const cards = useObjectionCards();
  const products = useProducts();
  const localize = useLocalized(organisation?.defaultLanguage ?? 'en');
  const product = products.find((p) => p.id === script?.productId) ?? products[0] ?? null;
  const values = usePlaceholderValues(lead, organisation, product);
  const allUsers = useLiveQuery(() => db.users.toArray(), [db]);
  const users = useMemo(() => allUsers ?? [], [allUsers]);
  const [objectionsOpen, setObjectionsOpen] = useState(false);
  const [suggested, setSuggested] = useState<readonly ObjectionCategory[]>([]);
  const [note, setNote] = useState('');
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [when, setWhen] = useState(() => toLocalInput(Date.now() + 24 * 3_600_000));
  const [closerId, setCloserId] = useState<string>('');
  const [amount, setAmount] = useState(String(product?.price ?? ''));
  const [lostReason, setLostReason] = useState<LostReason>('competitor');
  const notesRef = useRef<HTMLTextAreaElement>(null);

  const closers = useMemo(
    () =>
      users
        .filter((u) => u.roles.includes('closer'))
        .sort((a, b) => Number(b.teamId === lead.teamId) - Number(a.teamId === lead.teamId)),
    [users, lead.teamId],
  );
  const farmer =
    users.find((u) => u.roles.includes('farmer') && u.teamId === lead.teamId) ??
    users.find((u) => u.roles.includes('farmer'));

  const describe = (e: ActionError) => t(`errors.${e}`);

  const dial = (uri: string) => {
    startCall(Date.now());
    if (window.desk) void window.desk.invoke('shell:openExternal', { url: uri });
    else window.location.href = uri;
  };

  const finish = async (disposition: Disposition, extra: Partial<DispositionInput>) => {
    if (!ctx) return;
    setBusy(true);
    const durationSec = callStartedAt ? Math.round((Date.now() - callStartedAt) / 1000) : null;
    const r = await setDisposition(ctx, {
      leadId: lead.id,
      disposition,
      note,
      durationSec,
      ...extra,
    });
    setBusy(false);
    if (!r.ok) {
      setError(describe(r.error));
      return;
    }
    setDialog(null);
    setError(null);
    setNote('');
    onDone(disposition);
  };

  const pick = (d: Disposition) => {
    setError(null);
    if (d === 'callBack' || d === 'meetingBooked' || d === 'sale' || d === 'churned') {
      setWhen(toLocalInput(Date.now() + 24 * 3_600_000));
      setCloserId(closers[0]?.id ?? '');
      setDialog(d);
      return;
    }
    void finish(d, {});
  };

  const confirmDialog = () => {
    if (dialog === 'callBack' || dialog === 'meetingBooked') {
      const at = fromLocalInput(when);
      if (at === null) return setError(t('errors.callbackTimeMissing'));
      if (dialog === 'callBack') return void finish('callBack', { callbackAt: at });
      if (!closerId) return setError(t('errors.meetingMissing'));
      return void finish('meetingBooked', { meeting: { closerId: closerId as UserId, at, note } });
    }
    if (dialog === 'sale') {
      const value = Number(amount.replace(',', '.'));
      if (!product) return;
      return void finish('sale', {
        deal: { productId: product.id, amount: value, currency: product.currency },
        farmerId: farmer?.id ?? null,
      });
    }
    if (dialog === 'churned') return void finish('churned', { lostReason });
  };

  useShortcuts(
    [
      {
        key: 'd',
        label: 'call.dialShortcut',
        group: 'call',
        run: () => lead.phoneE164 && dial(`tel:${lead.phoneE164}`),
      },
      { key: 'o', label: 'objections.open', group: 'call', run: () => setObjectionsOpen(true) },
      {
        key: 'b',
        label: 'bant.focus',
        group: 'call',
        run: () => document.getElementById('bant-first')?.focus(),
      },
      { key: 't', label: 'call.notesFocus', group: 'call', run: () => notesRef.current?.focus() },
      { key: 'e', label: 'contact.title', group: 'call', run: () => setEditing(true) },
    ],
    dialog === null && !objectionsOpen && !editing,
  );

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
          onDial={dial}
          onEdit={() => setEditing(true)}
          dialTemplate={dialTemplate}
        />
        {role === 'hunter' && (
          <BantForm
            value={lead.bant}
            saving={busy}
            onSave={(bant) =>
              ctx &&
              void qualify(ctx, { leadId: lead.id, bant }).then((r) =>
                setError(r.ok ? null : describe(r.error)),
              )
            }
          />
        )}
        <Paper sx={{ p: 2 }}>
          <TextField
            inputRef={notesRef}
            label={t('call.notes')}
            multiline
            minRows={3}
            fullWidth
            value={note}
            onChange={(e) => setNote(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'call-notes' } }}
          />
          {lead.notes && (
            <Typography
              dir="auto"
              variant="body2"
              color="text.secondary"
              sx={{ mt: 1, whiteSpace: 'pre-line' }}
            >
              {lead.notes}
            </Typography>
          )}
        </Paper>
        <ActivityHistory leadId={lead.id} />
      </Stack>
      <Stack sx={{ gap: 2, minWidth: 0 }}>
        <Paper sx={{ p: 1.5, display: 'flex', alignItems: 'center', gap: 2 }}>
          <CallTimer startedAt={callStartedAt} />
          <Box sx={{ flexGrow: 1 }} />
          <Button
            variant="outlined"
            startIcon={<QuizOutlinedIcon />}
            endIcon={<KeyCap keyName="o" />}
            onClick={() => setObjectionsOpen(true)}
            data-testid="open-objections"
          >
            {t('objections.title')}
          </Button>
        </Paper>
        {error && dialog === null && (
          <Alert severity="error" onClose={() => setError(null)} data-testid="call-error">
            {error}
          </Alert>
        )}
        {extra}
        <DispositionBar
          role={role}
          onPick={pick}
          disabled={busy || dialog !== null || objectionsOpen}
        />
        {script && (
          <ScriptPanel
            script={script}
            values={values}
            orgDefault={organisation.defaultLanguage}
            onStepChange={setSuggested}
          />
        )}
      </Stack>
      <EditContactDialog open={editing} lead={lead} ctx={ctx} onClose={() => setEditing(false)} />
      <ObjectionCards
        open={objectionsOpen}
        onClose={() => setObjectionsOpen(false)}
        cards={cards}
        orgDefault={organisation.defaultLanguage}
        values={values}
        suggested={suggested}
      />
      <OutcomeDialog
        open={dialog !== null}
        testId={`dialog-${dialog ?? 'none'}`}
        title={dialog ? t(`dialog.${dialog}.title`) : ''}
        confirmLabel={dialog ? t(`dialog.${dialog}.confirm`) : ''}
        error={error}
        onCancel={() => {
          setDialog(null);
          setError(null);
        }}
        onConfirm={confirmDialog}
      >
        {(dialog === 'callBack' || dialog === 'meetingBooked') && (
          <TextField
            type="datetime-local"
            label={t('dialog.when')}
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { 'data-testid': 'dialog-when' },
            }}
          />
        )}
        {dialog === 'meetingBooked' && (
          <TextField
            select
            label={t('dialog.meetingBooked.closer')}
            value={closerId}
            onChange={(e) => setCloserId(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'dialog-closer' } }}
          >
            {closers.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                <bdi>{c.displayName}</bdi>
              </MenuItem>
            ))}
          </TextField>
        )}
        {dialog === 'sale' && product && (
          <>
            <Typography>{localize(product.name)?.value}</Typography>
            <TextField
              label={t('dialog.sale.amount', { currency: product.currency })}
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              slotProps={{
                htmlInput: { inputMode: 'decimal', dir: 'ltr', 'data-testid': 'dialog-amount' },
              }}
            />
          </>
        )}
        {dialog === 'churned' && (
          <TextField
            select
            label={t('dialog.lostReason')}
            value={lostReason}
            onChange={(e) => setLostReason(e.target.value as LostReason)}
          >
            {LOST_REASONS.map((r) => (
              <MenuItem key={r} value={r}>
                {t(`lostReason.${r}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
        {dialog === 'meetingBooked' && (
          <TextField
            label={t('call.notes')}
            multiline
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'dialog-note' } }}
          />
        )}
      </OutcomeDialog>
    </Box>
  );
}
