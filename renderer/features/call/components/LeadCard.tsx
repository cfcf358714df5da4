import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import PhoneIcon from '@mui/icons-material/Phone';
import ScheduleIcon from '@mui/icons-material/Schedule';
import EmailOutlinedIcon from '@mui/icons-material/EmailOutlined';
import { isWithinCallingWindow } from '../../../../shared/domain/calling-window';
import { useLeadCallingPolicy } from '../../calling-rules/use-calling-rules';
import { leadTimezone } from '../../../../shared/domain/phone-timezone';
import type { OrganisationProfile } from '../../../../shared/domain/content';
import { LtrText } from '../../../ui/components/LtrText';
import type { StoredLead } from '../../../db/schema';
import { useFormat } from '../../../i18n/use-format';
import { useDialTemplate } from '../../../ui/desk/use-dial-template';
import { dialUriFor } from '../dial-uri-for';
import { LeadExtras } from '../../leads/LeadExtras';
import { MessageButton } from '../../messages/MessageButton';
import { TouchChain } from '../../messages/TouchChain';

export type LeadCardProps = {
  lead: StoredLead;
  organisation: OrganisationProfile;
  /** The click-to-call template; the desk's own (Dial settings) when not given. */
  dialTemplate?: string;
  onDial: (uri: string) => void;
  onEdit?: () => void;
};

/** Who we are calling: name, company, click-to-call number, their local time and touches so far. */
export function LeadCard({ lead, organisation, dialTemplate, onDial, onEdit }: LeadCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const deskTemplate = useDialTemplate();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  const tz = leadTimezone(lead, organisation.timezone);
  const dial = lead.phoneE164 ? dialUriFor(dialTemplate ?? deskTemplate, lead.phoneE164) : null;
  const calling = useLeadCallingPolicy(organisation, lead.country);
  const open = isWithinCallingWindow(tz, now, calling);
  return (
    <Paper sx={{ p: 2 }} data-testid="lead-card">
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 1 }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography variant="h5" component="h2" sx={{ fontWeight: 700 }} data-testid="lead-name">
            <bdi>{lead.name}</bdi>
          </Typography>
          <Typography color="text.secondary">
            <bdi>{lead.company}</bdi>
          </Typography>
        </Box>
        <Chip
          label={t(`stage.${lead.stage}`)}
          color="primary"
          variant="outlined"
          size="small"
          data-testid="lead-stage"
        />
        {onEdit && (
          <Tooltip title={t('contact.title')}>
            <IconButton
              size="small"
              onClick={onEdit}
              aria-label={t('contact.title')}
              data-testid="edit-contact"
            >
              <EditOutlinedIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
      </Stack>
      <Stack direction="row" sx={{ gap: 3, mt: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
        {dial?.ok ? (
          <Link
            href={dial.uri}
            onClick={(e) => {
              e.preventDefault();
              onDial(dial.uri);
            }}
            sx={{
              display: 'inline-flex',
              alignItems: 'center',
              gap: 0.75,
              fontSize: 20,
              fontWeight: 600,
            }}
            data-testid="lead-phone"
            aria-label={t('call.dial')}
          >
            <PhoneIcon />
            <LtrText>{lead.phoneE164}</LtrText>
          </Link>
        ) : (
          <Typography color="error">{t('call.noPhone')}</Typography>
        )}
        {lead.email && (
          <Stack direction="row" sx={{ gap: 0.5, alignItems: 'center' }}>
            <EmailOutlinedIcon fontSize="small" color="action" />
            <LtrText>{lead.email}</LtrText>
          </Stack>
        )}
        <MessageButton lead={lead} organisation={organisation} />
        <Tooltip title={tz}>
          <Stack
            direction="row"
            sx={{ gap: 0.5, alignItems: 'center' }}
            data-testid="lead-local-time"
          >
            <ScheduleIcon fontSize="small" color={open ? 'success' : 'error'} />
            <Typography variant="body2">
              {t('call.localTime', { time: format.time(now, tz) })}
            </Typography>
          </Stack>
        </Tooltip>
      </Stack>
      <LeadExtras lead={lead} />
      <TouchChain lead={lead} />
      {lead.listName && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {t('call.list', { list: lead.listName })}
        </Typography>
      )}
      {lead.referredBy && (
        <Typography
          variant="caption"
          color="text.secondary"
          component="p"
          data-testid="lead-referred-by"
        >
          {t('call.referredBy', { name: lead.referredBy.name })}
        </Typography>
      )}
    </Paper>
  );
}
