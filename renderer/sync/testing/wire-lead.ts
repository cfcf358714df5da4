// A valid wire lead for sync tests — the fake server's hunter's, in their team — with the fields
// a test cares about overridden.
import type { Lead } from '../../../shared/domain/lead';
import { testLead } from '../../../shared/domain/testing/lead';
import { FAKE_ORGANISATION_ID, FAKE_TEAM_ID, FAKE_USER } from './fake-sync-server';

export function wireLead(over: Omit<Partial<Lead>, 'id'> & { id: string }): Lead {
  const { id, ...rest } = over;
  return testLead(id, {
    organisationId: FAKE_ORGANISATION_ID,
    ownerId: FAKE_USER.id,
    teamId: FAKE_TEAM_ID,
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
