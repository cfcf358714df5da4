import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Snackbar from '@mui/material/Snackbar';
import Tooltip from '@mui/material/Tooltip';
import ChatOutlinedIcon from '@mui/icons-material/ChatOutlined';
import EmailOutlinedIcon from '@mui/icons-material/EmailOutlined';
import SmsOutlinedIcon from '@mui/icons-material/SmsOutlined';
import WhatsAppIcon from '@mui/icons-material/WhatsApp';
import type { OrganisationProfile } from '../../../shared/domain/content';
import type { Lead, MessageChannel } from '../../../shared/domain/lead';
import { reachableChannels } from '../../../shared/domain/messages';
import { useFormat } from '../../i18n/use-format';
import { MessageDialog } from './MessageDialog';
import { useSendMessage } from './use-send-message';
import { useTouchSettings } from './use-touch-settings';

export type MessageButtonProps = { lead: Lead; organisation: OrganisationProfile };

const ICONS = {
  whatsapp: <WhatsAppIcon fontSize="small" />,
  sms: <SmsOutlinedIcon fontSize="small" />,
  email: <EmailOutlinedIcon fontSize="small" />,
} as const;

/** "Message": write to the lead by WhatsApp, SMS or e-mail; each message sent is a touch. */
export function MessageButton({ lead, organisation }: MessageButtonProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const settings = useTouchSettings();
  const sender = useSendMessage();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [channel, setChannel] = useState<MessageChannel | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const channels = reachableChannels(lead);
  if (!sender || channels.length === 0) return null;
  const blocked = lead.doNotCall;
  const button = (
    <Button
      size="small"
      variant="outlined"
      startIcon={<ChatOutlinedIcon />}
      disabled={blocked}
      onClick={(e) => setAnchor(e.currentTarget)}
      aria-haspopup="menu"
      aria-label={t('messages.buttonLabel')}
      data-testid="message-lead"
    >
      {t('messages.button')}
    </Button>
  );
  return (
    <>
      {blocked ? (
        <Tooltip title={t('messages.doNotContact')}>
          <span>{button}</span>
        </Tooltip>
      ) : (
        button
      )}
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {channels.map((c) => (
          <MenuItem
            key={c}
            onClick={() => {
              setAnchor(null);
              setChannel(c);
            }}
            data-testid={`message-via-${c}`}
          >
            <ListItemIcon>{ICONS[c]}</ListItemIcon>
            <ListItemText>{t(`messages.channel.${c}`)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
      {channel && (
        <MessageDialog
          lead={lead}
          organisation={organisation}
          channel={channel}
          whatsApp={settings.whatsApp}
          sender={sender}
          onClose={() => setChannel(null)}
          onSent={(sentBy, touches, viaServer) => {
            setChannel(null);
            setNotice(
              viaServer && lead.email
                ? t('messages.smtp.sent', { address: lead.email })
                : t('messages.logged', {
                    channel: t(`messages.channel.${sentBy}`),
                    n: format.number(touches),
                  }),
            );
          }}
        />
      )}
      <Snackbar
        open={notice !== null}
        autoHideDuration={5000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" data-testid="message-notice">
          {notice}
        </Alert>
      </Snackbar>
    </>
  );
}
