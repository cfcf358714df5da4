import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import type { LeadId } from '../../../shared/domain/ids';
import { nextLead, queueSize } from '../../db/leads-repo';
import { useDeskDb } from '../../db/use-desk-db';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { KeyCap } from '../../ui/shortcuts/KeyCap';
import { useShortcuts } from '../../ui/shortcuts/use-shortcuts';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store/use-app-store';
import { CallScreen } from '../call/CallScreen';
import { TargetsBar } from '../call/components/TargetsBar';
import { FollowUpListsButton } from '../follow-up/FollowUpListsButton';
import { QueueHeldBack } from '../calling-rules/QueueHeldBack';
import { useCallingPolicyOf } from '../calling-rules/use-calling-rules';
import { callingPolicyOf, callingRulesFrom } from '../../../shared/domain/calling-rules';

const BOOKINGS = ['meetingBooked', 'sale'] as const;

/** The hunter's desk: one key for the next lead from the dial queue, then the call screen. */
export function HunterScreen() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  const user = useAppStore((s) => s.user);
  const organisation = useOrganisation();
  const calling = useCallingPolicyOf(organisation);
  const leadId = useAppStore((s) => s.openLead.hunter ?? null);
  const openLeadIn = useAppStore((s) => s.openLeadIn);
  const [empty, setEmpty] = useState(false);
  const [readAt, setReadAt] = useState(0);
  const lead = useLiveQuery(
    () => (leadId ? db.leads.get(leadId as LeadId) : undefined),
    [db, leadId],
  );
  const owners = user ? [user.id, ...(user.teamId ? [`team:${user.teamId}`] : [])] : [];
  const waiting = useLiveQuery(() => queueSize(db, owners), [db, owners.join()]) ?? 0;

  const next = useCallback(async () => {
    if (!user || !organisation) return;
    // The rules as stored right now (the hook's copy may still be loading).
    const rules = callingRulesFrom((await db.meta.get('callingRules'))?.value);
    const now = Date.now();
    const found = await nextLead(
      db,
      {
        owners,
        organisationTimezone: organisation.timezone,
        calling: callingPolicyOf(organisation.callingWindow, rules),
      },
      now,
      new Set(leadId ? [leadId] : []),
    );
    setReadAt(now);
    setEmpty(found === null);
    openLeadIn('hunter', found?.id ?? null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, user, organisation, leadId, openLeadIn, owners.join()]);

  useShortcuts([{ key: 'n', label: 'hunter.nextLead', group: 'call', run: () => void next() }]);

  return (
    <Box sx={{ p: { xs: 1.5, md: 2.5 } }} data-testid="area-hunter">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {t('area.hunter.title')}
        </Typography>
        <FollowUpListsButton />
      </Box>
      <TargetsBar bookingsLabel="targets.bookings" bookingDispositions={BOOKINGS} />
      {lead ? (
        <>
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
            <Button
              onClick={() => void next()}
              endIcon={<KeyCap keyName="n" />}
              data-testid="skip-lead"
            >
              {t('hunter.skip')}
            </Button>
          </Box>
          <CallScreen key={lead.id} lead={lead} role="hunter" onDone={() => void next()} />
        </>
      ) : (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography color="text.secondary" sx={{ mb: 2 }} data-testid="queue-size">
            {t('hunter.waiting', { count: waiting, n: format.number(waiting) })}
          </Typography>
          {empty && (
            <Typography sx={{ mb: 2 }} data-testid="queue-empty">
              {t('hunter.nothingDue')}
            </Typography>
          )}
          {empty && organisation && (
            <QueueHeldBack
              owners={owners}
              organisationTimezone={organisation.timezone}
              calling={calling}
              now={readAt}
            />
          )}
          <Button
            size="large"
            variant="contained"
            startIcon={<PhoneForwardedIcon />}
            endIcon={<KeyCap keyName="n" />}
            onClick={() => void next()}
            data-testid="next-lead"
          >
            {t('hunter.nextLead')}
          </Button>
        </Paper>
      )}
    </Box>
  );
}
