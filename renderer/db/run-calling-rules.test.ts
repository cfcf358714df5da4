import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_ORGANISATION,
  DEMO_ORGANISATION_ID,
  DEMO_TEAMS,
  DEMO_USERS,
  DEMO_USER_IDS,
  GULF_TEAM_ID,
} from '../../shared/demo/organisation';
import { rulesFromWindow, withWeekend } from '../../shared/domain/calling-rules';
import { localTime } from '../../shared/domain/calling-window';
import type { LeadId } from '../../shared/domain/ids';
import { testLead } from '../../shared/domain/testing/lead';
import { setCallingRules } from '../../shared/mutations/set-calling-rules';
import { setDisposition } from '../../shared/mutations/set-disposition';
import { deskOf } from './desk';
import { run } from './run';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from './schema';

const NOW = Date.UTC(2026, 10, 26, 15); // Thursday 26 November 2026, 18:00 in Riyadh
const person = (id: string) => DEMO_USERS.find((u) => u.id === id)!;
const faisal = person(DEMO_USER_IDS.faisal);
const omar = person(DEMO_USER_IDS.omar);
const WINDOW = DEMO_ORGANISATION.callingWindow;

let db: DeskDatabase;
beforeEach(async () => {
  db = createDeskDatabase(`run-calling-${Math.random()}`);
  await db.users.bulkPut(DEMO_USERS);
  await db.teams.bulkPut(DEMO_TEAMS);
  await db.leads.bulkPut(
    [
      testLead('sa', {
        organisationId: DEMO_ORGANISATION_ID,
        ownerId: faisal.id,
        teamId: GULF_TEAM_ID,
        phoneE164: '+966501234567',
        country: 'SA',
        timezone: 'Asia/Riyadh',
        createdAt: NOW - 86_400_000,
        updatedAt: NOW - 86_400_000,
        stageChangedAt: NOW - 86_400_000,
      }),
    ].map(toStoredLead),
  );
});
afterEach(async () => db.delete());

describe('calling rules on the desk', () => {
  it('a supervisor saves them (setting and outbox); a retry after them skips the Gulf weekend and a holiday', async () => {
    const asOmar = deskOf(db, omar, DEMO_ORGANISATION, () => NOW);
    const rules = {
      ...rulesFromWindow(WINDOW),
      weekly: withWeekend(rulesFromWindow(WINDOW).weekly, 'friSat', WINDOW),
      holidays: [{ date: '2026-11-29', name: 'Test holiday' }],
    };
    const saved = await run(asOmar, setCallingRules, rules);
    expect(saved.ok).toBe(true);
    expect((await db.meta.get('callingRules'))?.value).toEqual(rules);
    expect((await db.outbox.toArray()).map((e) => e.name)).toEqual(['setCallingRules']);

    // Thursday 18:00 + 2 h is after hours; Friday and Saturday are the weekend, Sunday a holiday.
    const asFaisal = deskOf(db, faisal, DEMO_ORGANISATION, () => NOW);
    const r = await run(asFaisal, setDisposition, {
      leadId: 'sa' as LeadId,
      disposition: 'noAnswer',
      note: '',
      durationSec: 20,
    });
    expect(r.ok).toBe(true);
    const due = (await db.leads.get('sa' as LeadId))?.nextCallAt ?? 0;
    expect(localTime('Asia/Riyadh', due)).toMatchObject({ month: 11, day: 30, minutes: 540 });
  });

  it('an agent may not set them', async () => {
    const asFaisal = deskOf(db, faisal, DEMO_ORGANISATION, () => NOW);
    const r = await run(asFaisal, setCallingRules, rulesFromWindow(WINDOW));
    expect(r.ok ? 'ok' : r.error.code).toBe('forbidden');
    expect(await db.meta.get('callingRules')).toBeUndefined();
  });
});
