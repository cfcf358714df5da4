// A valid wire lead for tests, with the fields a test cares about overridden.
import { freshLeadState } from '../../../shared/domain/lead';
import type { WireLead } from '../../../shared/sync/protocol';

export function wireLead(over: Partial<WireLead> & { id: string }): WireLead {
  return {
    organisationId: 'org',
    ownerId: 'u1',
    teamId: 't1',
    stage: 'lead',
    name: `Lead ${over.id}`,
    company: 'Acme',
    phoneE164: '+905321234567',
    phones: [],
    email: null,
    country: 'TR',
    timezone: 'Europe/Istanbul',
    listName: 'Cold A',
    source: null,
    priority: 0,
    touches: 0,
    nextCallAt: null,
    doNotCall: false,
    searchKeys: [],
    notes: '',
    custom: {},
    createdAt: 1,
    updatedAt: 1,
    ...(freshLeadState(1) as Pick<
      WireLead,
      | 'stageChangedAt'
      | 'nextCallKind'
      | 'followUpList'
      | 'refusals'
      | 'attempts'
      | 'bant'
      | 'meeting'
      | 'proposal'
      | 'deal'
      | 'lostReason'
    >),
    ...over,
  };
}
