import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { MessageTemplate, OrganisationProfile } from '../../../shared/domain/content';
import type { MessageTemplateId } from '../../../shared/domain/ids';
import type { Lead, MessageChannel } from '../../../shared/domain/lead';
import {
  CONTENT_LANGUAGES,
  resolveLocalized,
  type ContentLanguage,
} from '../../../shared/domain/localized-content';
import {
  fillMessage,
  hasUnfilled,
  leadLanguage,
  messageLink,
  reachableChannels,
  templatesFor,
  type WhatsAppMode,
} from '../../../shared/domain/messages';
import { languageInfo } from '../../i18n/languages';
import { useContentLanguage } from '../../i18n/use-localized';
import { useProducts } from '../../ui/desk/use-content';
import { LtrText } from '../../ui/components/LtrText';
import { usePlaceholderValues } from '../call/use-placeholder-values';
import { useMessageTemplates } from './use-message-templates';
import type { OutgoingMessage, SendMessage } from './use-send-message';

export type MessageDialogProps = {
  lead: Lead;
  organisation: OrganisationProfile;
  channel: MessageChannel;
  whatsApp: WhatsAppMode;
  sender: SendMessage;
  onClose: () => void;
  /** After the message was logged: its channel and the lead's new touch count. */
  onSent: (channel: MessageChannel, touches: number, viaServer: boolean) => void;
};

type Draft = {
  channel: MessageChannel;
  templateId: MessageTemplateId | null;
  language: ContentLanguage;
  subject: string;
  body: string;
};

/** Writes to the lead: pick the channel and a template in the lead's language, edit, send. */
export function MessageDialog({
  lead,
  organisation,
  channel: initialChannel,
  whatsApp,
  sender,
  onClose,
  onSent,
}: MessageDialogProps) {
  const { t } = useTranslation();
  const uiLanguage = useContentLanguage();
  const templates = useMessageTemplates();
  const products = useProducts();
  const productId = lead.proposal?.productId ?? lead.deal?.productId ?? null;
  const product = products.find((p) => p.id === productId) ?? products[0] ?? null;
  const values = usePlaceholderValues(lead, organisation, product);
  const orgDefault = organisation.defaultLanguage;
  const channels = reachableChannels(lead);
  const [draft, setDraft] = useState<Draft>(() => ({
    channel: initialChannel,
    templateId: null,
    language: leadLanguage(lead.country, orgDefault),
    subject: '',
    body: '',
  }));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const offered = useMemo(() => templatesFor(templates, draft.channel), [templates, draft.channel]);
  const template = offered.find((x) => x.id === draft.templateId) ?? null;
  const filled = template ? fillMessage(template, draft.language, orgDefault, values) : null;

  const apply = (next: Partial<Draft>) => {
    const d = { ...draft, ...next };
    const tpl: MessageTemplate | undefined = templatesFor(templates, d.channel).find(
      (x) => x.id === d.templateId,
    );
    if (!tpl) {
      setDraft({ ...d, templateId: null });
      return;
    }
    const f = fillMessage(tpl, d.language, orgDefault, values);
    setDraft({ ...d, subject: f.subject, body: f.body });
  };

  const message = { subject: draft.channel === 'email' ? draft.subject : '', body: draft.body };
  const link = messageLink(draft.channel, lead, message, whatsApp);
  const unfilled =
    hasUnfilled(draft.body) || (draft.channel === 'email' && hasUnfilled(draft.subject));
  const ready = link.ok && !unfilled && !busy;
  const outgoing: OutgoingMessage = {
    leadId: lead.id,
    channel: draft.channel,
    templateId: draft.templateId,
    subject: message.subject,
    text: draft.body,
  };
  const dir = languageInfo(draft.language).dir;

  const logged = async (viaServer: boolean, result: Awaited<ReturnType<SendMessage['log']>>) => {
    if (!result.ok) {
      setFailure(t(`errors.${result.error.code}`));
      return;
    }
    const touches = result.effects.leads?.[0]?.patch?.touches ?? lead.touches + 1;
    onSent(draft.channel, touches, viaServer);
  };
  const openedInApp = () => {
    // The link opens the app (target=_blank; the desktop shell hands it to the system).
    setBusy(true);
    void sender
      .log(outgoing)
      .then((r) => logged(false, r))
      .finally(() => setBusy(false));
  };
  const sendFromServer = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await logged(true, await sender.sendFromServer(outgoing));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setFailure(t('messages.smtp.failed', { reason }));
    } finally {
      setBusy(false);
    }
  };

  const address = draft.channel === 'email' ? lead.email : lead.phoneE164;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="message-dialog">
      <DialogTitle>{t('messages.dialog.title', { name: lead.name })}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={draft.channel}
            onChange={(_e, c: MessageChannel | null) => c && apply({ channel: c })}
            aria-label={t('messages.dialog.channel')}
          >
            {channels.map((c) => (
              <ToggleButton key={c} value={c} data-testid={`message-channel-${c}`}>
                {t(`messages.channel.${c}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          {address && (
            <Typography variant="body2" color="text.secondary" data-testid="message-to">
              {t('messages.dialog.to')} <LtrText>{address}</LtrText>
            </Typography>
          )}
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
            <TextField
              select
              size="small"
              label={t('messages.dialog.template')}
              value={draft.templateId ?? ''}
              onChange={(e) =>
                apply({ templateId: (e.target.value || null) as MessageTemplateId | null })
              }
              sx={{ flex: 2 }}
              data-testid="message-template"
            >
              <MenuItem value="">
                <em>{t('messages.dialog.noTemplate')}</em>
              </MenuItem>
              {offered.map((x) => (
                <MenuItem key={x.id} value={x.id} data-testid={`message-template-${x.id}`}>
                  <bdi>{resolveLocalized(x.name, uiLanguage, orgDefault)?.value ?? x.id}</bdi>
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={t('messages.dialog.language')}
              value={draft.language}
              onChange={(e) => apply({ language: e.target.value as ContentLanguage })}
              sx={{ flex: 1 }}
              data-testid="message-language"
            >
              {CONTENT_LANGUAGES.map((l) => (
                <MenuItem key={l} value={l}>
                  {languageInfo(l).nativeName}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          {filled?.isFallback && (
            <Alert severity="info" data-testid="message-fallback">
              {t('messages.dialog.fallback', {
                wanted: languageInfo(draft.language).nativeName,
                used: languageInfo(filled.language).nativeName,
              })}
            </Alert>
          )}
          {draft.channel === 'email' && (
            <TextField
              size="small"
              label={t('messages.dialog.subject')}
              value={draft.subject}
              onChange={(e) => setDraft({ ...draft, subject: e.target.value })}
              slotProps={{ htmlInput: { dir, maxLength: 300, 'data-testid': 'message-subject' } }}
            />
          )}
          <TextField
            multiline
            minRows={5}
            maxRows={14}
            label={t('messages.dialog.body')}
            value={draft.body}
            onChange={(e) => setDraft({ ...draft, body: e.target.value })}
            slotProps={{ htmlInput: { dir, maxLength: 4000, 'data-testid': 'message-body' } }}
          />
          {unfilled && (
            <Alert severity="warning" data-testid="message-unfilled">
              {t('messages.dialog.unfilled', {
                names: [
                  ...new Set(
                    `${draft.subject}\n${draft.body}`.match(/⟦[^⟧]*⟧|\{[A-Za-z][\w.]*\}/g) ?? [],
                  ),
                ].join(', '),
              })}
            </Alert>
          )}
          {!link.ok && link.reason !== 'empty' && (
            <Alert severity="warning" data-testid="message-problem">
              {t(`messages.reason.${link.reason}`)}
            </Alert>
          )}
          {failure && (
            <Alert severity="error" data-testid="message-failure">
              {failure}
            </Alert>
          )}
          <Typography variant="caption" color="text.secondary">
            {t('messages.dialog.hint')}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose}>{t('messages.dialog.cancel')}</Button>
        {draft.channel === 'email' && sender.smtp && (
          <Button
            variant="contained"
            disabled={!ready}
            onClick={() => void sendFromServer()}
            data-testid="message-send-server"
          >
            {busy ? t('messages.dialog.sending') : t('messages.dialog.sendServer')}
          </Button>
        )}
        <Button
          variant={draft.channel === 'email' && sender.smtp ? 'outlined' : 'contained'}
          disabled={!ready}
          {...(ready && link.ok
            ? { href: link.url, target: '_blank', rel: 'noopener noreferrer' }
            : {})}
          onClick={openedInApp}
          data-testid="message-send"
        >
          {t(`messages.dialog.send.${draft.channel}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
