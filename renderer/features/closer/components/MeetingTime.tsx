import { useTranslation } from 'react-i18next';
import Typography from '@mui/material/Typography';
import { leadTimezone } from '../../../../shared/domain/phone-timezone';
import type { StoredLead } from '../../../db/schema';
import { useFormat } from '../../../i18n/use-format';

export type MeetingTimeProps = {
  lead: Pick<StoredLead, 'meeting' | 'timezone' | 'phoneE164'>;
  orgTimezone: string;
  /** Time of day only, the lead's on a line of its own (the calendar, whose column names the day). */
  timeOnly?: boolean;
};

/** When the meeting is on the closer's clock, with the lead's own local time beside it. */
export function MeetingTime({ lead, orgTimezone, timeOnly = false }: MeetingTimeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!lead.meeting) return null;
  const at = lead.meeting.at;
  const zone = leadTimezone(lead, orgTimezone);
  const mine = timeOnly ? format.time(at) : format.dateTime(at);
  return (
    <Typography variant="body2" data-testid="meeting-time">
      <bdi style={{ fontWeight: 600 }}>{mine}</bdi>
      {!timeOnly && ' · '}
      <Typography
        component="span"
        variant={timeOnly ? 'caption' : 'body2'}
        color="text.secondary"
        sx={timeOnly ? { display: 'block' } : undefined}
      >
        {t('closer.leadTime', { time: format.time(at, zone) })}
      </Typography>
    </Typography>
  );
}
