import Stack from '@mui/material/Stack';
import type {
  ClosingTechnique,
  OrganisationProfile,
  PlaceholderValues,
  Product,
} from '../../../../shared/domain/content';
import type { StoredLead } from '../../../db/schema';
import { ActivityHistory } from '../../call/components/ActivityHistory';
import { LeadCard } from '../../call/components/LeadCard';
import { openDialUri } from '../../call/open-dial-uri';
import { QuoteButton } from '../../quote/components/QuoteButton';
import type { CloserOutcomeKind } from '../hooks/use-closer-outcome';
import { CloserActions } from './CloserActions';
import { CloserCalls } from './CloserCalls';
import { ClosingTechniques } from './ClosingTechniques';
import { FabTable } from './FabTable';
import { HandOffNotes } from './HandOffNotes';
import { MeetingOutcomePanel } from './MeetingOutcomePanel';

export type CloserDetailProps = {
  lead: StoredLead;
  organisation: OrganisationProfile;
  product: Product | null;
  techniques: ClosingTechnique[];
  values: PlaceholderValues;
  /** Who booked the meeting, by name. */
  bookedByName: string;
  onOutcome: (kind: CloserOutcomeKind) => void;
  /** A dialog of the closer's screen is open: the call keys rest. */
  paused: boolean;
};

/** The open hand-off: the lead, the hunter's notes, the outcomes, the FAB pitch, techniques. */
export function CloserDetail({
  lead,
  organisation,
  product,
  techniques,
  values,
  bookedByName,
  onOutcome,
  paused,
}: CloserDetailProps) {
  return (
    <Stack sx={{ gap: 2, minWidth: 0 }} data-testid="closer-detail">
      <LeadCard lead={lead} organisation={organisation} onDial={openDialUri} />
      <HandOffNotes lead={lead} bookedByName={bookedByName} />
      <MeetingOutcomePanel lead={lead} orgTimezone={organisation.timezone} />
      <CloserActions stage={lead.stage} onOutcome={onOutcome} />
      <QuoteButton lead={lead} product={product} organisation={organisation} />
      <CloserCalls
        key={lead.id}
        lead={lead}
        product={product}
        orgDefault={organisation.defaultLanguage}
        paused={paused}
      />
      {product && <FabTable product={product} orgDefault={organisation.defaultLanguage} />}
      <ClosingTechniques
        techniques={techniques}
        orgDefault={organisation.defaultLanguage}
        values={values}
      />
      <ActivityHistory leadId={lead.id} />
    </Stack>
  );
}
