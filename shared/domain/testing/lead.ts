// A complete lead for tests: neutral defaults, search keys from its name and company, and the
// fields a test cares about overridden.
import type { LeadId, OrganisationId, UserId } from '../ids';
import { freshLeadState, type Lead } from '../lead';
import { searchTokens } from '../search-key';

export function testLead(id: string, over: Partial<Lead> = {}): Lead {
  const name = over.name ?? `Lead ${id}`;
  const company = over.company ?? '';
  return {
    id: id as LeadId,
    organisationId: 'o' as OrganisationId,
    ownerId: 'u' as UserId,
    teamId: null,
    stage: 'lead',
    name,
    company,
    phoneE164: null,
    phones: [],
    email: null,
    country: null,
    timezone: null,
    listName: null,
    source: null,
    priority: 0,
    touches: 0,
    nextCallAt: null,
    doNotCall: false,
    searchKeys: searchTokens(name, company),
    notes: '',
    custom: {},
    createdAt: 0,
    updatedAt: 0,
    ...freshLeadState(0),
    ...over,
  };
}
