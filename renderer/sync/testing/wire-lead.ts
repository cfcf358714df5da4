// A valid wire lead for sync tests, with the fields a test cares about overridden.
import type { OrganisationId, TeamId, UserId } from '../../../shared/domain/ids';
import type { Lead } from '../../../shared/domain/lead';
import { testLead } from '../../../shared/domain/testing/lead';

export function wireLead(over: Partial<Lead> & { id: string }): Lead {
  const { id, ...rest } = over;
  return testLead(id, {
    organisationId: 'org' as OrganisationId,
    ownerId: 'u1' as UserId,
    teamId: 't1' as TeamId,
    company: 'Acme',
    phoneE164: '+905321234567',
    country: 'TR',
    timezone: 'Europe/Istanbul',
    listName: 'Cold A',
    createdAt: 1,
    updatedAt: 1,
    stageChangedAt: 1,
    searchKeys: [],
    ...rest,
  });
}
