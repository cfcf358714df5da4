import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { isInboundScript } from '../../../shared/domain/script-choice';
import { useAppStore } from '../../store/use-app-store';
import { useClosingTechniques, useProducts } from '../../ui/desk/use-content';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { PhoneBar } from '../phone/PhoneBar';
import { TargetsBar } from '../call/components/TargetsBar';
import { useCallScript } from '../call/hooks/use-call-script';
import { usePlaceholderValues } from '../call/use-placeholder-values';
import { CloserDetail } from './components/CloserDetail';
import { CloserInbox } from './components/CloserInbox';
import { MeetingCalendar } from './components/MeetingCalendar';
import { CloserOutcomeDialog } from './components/CloserOutcomeDialog';
import { useCloserLeads } from './hooks/use-closer-leads';
import { useCloserOutcome } from './hooks/use-closer-outcome';
import { useCloserShortcuts } from './hooks/use-closer-shortcuts';
import { useUserName } from './hooks/use-user-name';

const DEALS = ['won'] as const;
type View = 'desk' | 'calendar';

/**
 * The closer's desk: hand-offs by meeting time and proposals by follow-up date, the open lead
 * (the meeting's outcome, the closer's calls, the FAB pitch, closing techniques, outcomes), and
 * a day/week calendar of the meetings.
 */
export function CloserScreen() {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const products = useProducts();
  const techniques = useClosingTechniques();
  const selected = useAppStore((s) => s.openLead.closer ?? null);
  const openLeadIn = useAppStore((s) => s.openLeadIn);
  const [view, setView] = useState<View>('desk');
  // A lead opened from the calendar or a reminder is shown on the desk.
  useEffect(() => {
    if (selected) setView('desk');
  }, [selected]);
  const { inbox, proposals } = useCloserLeads();
  const nameOf = useUserName();
  const lead = [...inbox, ...proposals].find((l) => l.id === selected) ?? null;
  const script = useCallScript('closer', lead);
  // A caller on an advert's number asks about its product; otherwise the lead's proposal or deal.
  const productId =
    (script && isInboundScript(script) ? script.productId : null) ??
    lead?.proposal?.productId ??
    lead?.deal?.productId ??
    script?.productId;
  const product = products.find((p) => p.id === productId) ?? products[0] ?? null;
  const values = usePlaceholderValues(lead, organisation, product);
  const outcome = useCloserOutcome({ lead, product });
  useCloserShortcuts({
    stage: lead?.stage,
    onOutcome: outcome.open,
    enabled: outcome.dialog === null && lead !== null,
  });

  return (
    <Box sx={{ p: { xs: 1.5, md: 2.5 } }} data-testid="area-closer">
      <Typography variant="h5" component="h1" sx={{ fontWeight: 700, mb: 1.5 }}>
        {t('area.closer.title')}
      </Typography>
      <TargetsBar bookingsLabel="targets.deals" bookingDispositions={DEALS} />
      {/* The phone's call bar: a transferred or inbound call is handled from here. */}
      <Paper sx={{ p: 1.5, mb: 2, '&:empty': { display: 'none' } }}>
        <PhoneBar />
      </Paper>
      <Tabs value={view} onChange={(_e, v: View) => setView(v)} sx={{ mb: 2 }}>
        <Tab value="desk" label={t('closer.tab.desk')} data-testid="closer-tab-desk" />
        <Tab value="calendar" label={t('closer.tab.calendar')} data-testid="closer-tab-calendar" />
      </Tabs>
      {view === 'calendar' && organisation && (
        <MeetingCalendar
          leads={inbox}
          orgTimezone={organisation.timezone}
          onOpen={(id) => {
            openLeadIn('closer', id);
            setView('desk');
          }}
        />
      )}
      <Box
        sx={{
          display: view === 'desk' ? 'grid' : 'none',
          gridTemplateColumns: { xs: '1fr', md: '320px 1fr' },
          gap: 2,
        }}
      >
        <CloserInbox
          inbox={inbox}
          proposals={proposals}
          selected={selected}
          onOpen={(id) => openLeadIn('closer', id)}
          nameOf={nameOf}
        />
        {lead && organisation ? (
          <CloserDetail
            lead={lead}
            organisation={organisation}
            product={product}
            techniques={techniques}
            values={values}
            bookedByName={nameOf(lead.meeting?.bookedBy)}
            onOutcome={outcome.open}
            paused={outcome.dialog !== null || view !== 'desk'}
          />
        ) : (
          <Paper sx={{ p: 4 }}>
            <Typography color="text.secondary">{t('closer.pick')}</Typography>
          </Paper>
        )}
      </Box>
      <CloserOutcomeDialog outcome={outcome} product={product} />
    </Box>
  );
}
