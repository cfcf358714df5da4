import { describe, expect, it } from 'vitest';
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';
import { isUuid } from '../domain/ids';
import { LEAD_STAGES } from '../domain/lead';
import { searchTokens } from '../domain/search-key';
import { activitySchema, leadSchema } from '../domain/lead';
import { demoOrganisation } from './index';
import {
  DEMO_DISPOSITIONS,
  STAGE_OWNER_ROLES,
  arabicCount,
  generateDemoActivities,
  generateDemoLeads,
} from './leads';
import { DEMO_USERS } from './organisation';
import type { DemoCountry } from './phones';
import { DEMO_PHONE_PATTERNS } from './phones';
import { DEMO_SCRIPTS } from './scripts';
import { createRandom } from './random';

const NOW = Date.UTC(2026, 2, 15, 9, 30);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const leads = generateDemoLeads({ now: NOW });
const activities = generateDemoActivities(leads, { now: NOW });
const users = new Map(DEMO_USERS.map((u) => [u.id, u]));

describe('createRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = createRandom('x');
    const b = createRandom('x');
    const c = createRandom('y');
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
  });
});

describe('generateDemoLeads', () => {
  it('is deterministic for a seed and `now`', () => {
    expect(generateDemoLeads({ now: NOW })).toEqual(leads);
    expect(generateDemoLeads({ now: NOW, seed: 'other' })).not.toEqual(leads);
  });

  it('makes 300 leads by default with unique UUIDs', () => {
    expect(leads).toHaveLength(300);
    expect(leads.every((l) => isUuid(l.id))).toBe(true);
    expect(new Set(leads.map((l) => l.id)).size).toBe(300);
  });

  it('gives every lead unique, valid E.164 numbers of its country', () => {
    const all = leads.flatMap((l) => [l.phoneE164!, ...l.phones]);
    expect(leads.every((l) => l.phoneE164 !== null)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    const bad = leads.flatMap((lead) =>
      [lead.phoneE164!, ...lead.phones].filter(
        (phone) =>
          !/^\+[1-9]\d{7,14}$/.test(phone) ||
          !DEMO_PHONE_PATTERNS[lead.country as DemoCountry].test(phone) ||
          !isValidPhoneNumber(phone) ||
          parsePhoneNumber(phone).country !== lead.country,
      ),
    );
    expect(bad).toEqual([]);
  });

  it('comes from SA, AE, EG, TR, RU, GB, US and a few more countries', () => {
    const countries = new Set(leads.map((l) => l.country));
    for (const country of ['SA', 'AE', 'EG', 'TR', 'RU', 'GB', 'US']) {
      expect(countries).toContain(country);
    }
    expect(countries.size).toBeGreaterThan(7);
  });

  it('writes names in their own script', () => {
    const of = (country: string) => leads.filter((l) => l.country === country);
    const arabic = ['SA', 'AE', 'EG'].flatMap(of).filter((l) => /[\u0621-\u064A]/.test(l.name));
    expect(arabic.length / ['SA', 'AE', 'EG'].flatMap(of).length).toBeGreaterThan(0.6);
    expect(of('TR').some((l) => /[çğıİöşüÇĞÖŞÜ]/.test(l.name + l.company))).toBe(true);
    expect(of('RU').some((l) => /[А-Яа-яЁё]/.test(l.name))).toBe(true);
  });

  it('uses every pipeline stage, most leads still fresh', () => {
    const stages = leads.map((l) => l.stage);
    for (const stage of LEAD_STAGES) expect(stages).toContain(stage);
    expect(stages.filter((s) => s === 'lead').length).toBeGreaterThan(leads.length / 3);
    expect(generateDemoLeads({ now: NOW, count: 7 }).map((l) => l.stage)).toEqual([...LEAD_STAGES]);
  });

  it("gives each lead an owner of the stage's role, from its own team", () => {
    const wrong = leads.filter((lead) => {
      if (lead.ownerId === null) return lead.stage !== 'lead';
      const owner = users.get(lead.ownerId);
      return (
        !owner ||
        owner.teamId !== lead.teamId ||
        !STAGE_OWNER_ROLES[lead.stage].some((role) => owner.roles.includes(role))
      );
    });
    expect(wrong).toEqual([]);
    expect(leads.some((l) => l.ownerId === null)).toBe(true);
  });

  it('indexes name, company and e-mail for search', () => {
    for (const lead of leads) {
      expect(lead.searchKeys).toEqual(searchTokens(lead.name, lead.company, lead.email));
    }
  });

  it('keeps touches within 0–8 and the e-mails well formed', () => {
    expect(leads.every((l) => l.touches >= 0 && l.touches <= 8)).toBe(true);
    const emails = leads.flatMap((l) => (l.email ? [l.email] : []));
    expect(emails.length).toBeGreaterThan(200);
    expect(emails.every((e) => /^[a-z0-9.]+@[a-z0-9-]+(\.[a-z]+)+$/.test(e))).toBe(true);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('has a few do-not-call leads, never scheduled', () => {
    const dnc = leads.filter((l) => l.doNotCall);
    expect(dnc.length).toBeGreaterThan(0);
    expect(dnc.length).toBeLessThan(20);
    expect(dnc.every((l) => l.nextCallAt === null)).toBe(true);
  });

  it('has callbacks due now and others coming up, never before the last contact', () => {
    const callbacks = leads.filter(
      (l) => (l.stage === 'lead' || l.stage === 'qualified') && l.nextCallAt !== null,
    );
    expect(callbacks.filter((l) => l.nextCallAt! <= NOW).length).toBeGreaterThan(3);
    expect(
      callbacks.filter((l) => l.nextCallAt! > NOW && l.nextCallAt! < NOW + 3 * DAY).length,
    ).toBeGreaterThan(3);
    expect(leads.every((l) => l.nextCallAt === null || l.nextCallAt > l.updatedAt)).toBe(true);
  });

  it('books meetings in the future and plans check-ins for customers', () => {
    const meetings = leads.filter((l) => l.stage === 'meetingScheduled');
    expect(
      meetings.every((l) => l.meeting !== null && l.meeting.at > NOW && l.nextCallAt === null),
    ).toBe(true);
    expect(leads.filter((l) => l.stage === 'proposalSent').every((l) => l.proposal !== null)).toBe(
      true,
    );
    expect(leads.filter((l) => l.stage === 'lost').every((l) => l.lostReason !== null)).toBe(true);
    const customers = leads.filter((l) => l.stage === 'won' || l.stage === 'retention');
    expect(customers.every((l) => l.nextCallAt !== null)).toBe(true);
  });

  it('gives every lead qualified or further a filled BANT form, in its hunter’s language', () => {
    const later = ['qualified', 'meetingScheduled', 'proposalSent', 'won', 'retention'];
    const qualified = leads.filter((l) => later.includes(l.stage));
    expect(qualified.length).toBeGreaterThan(20);
    for (const l of qualified) {
      const bant = l.bant;
      expect(bant, `${l.stage} ${l.name}`).not.toBeNull();
      for (const answer of [bant?.budget, bant?.authority, bant?.need, bant?.timeline]) {
        expect(answer?.met).toBe(true);
        expect(answer?.note.trim()).not.toBe('');
      }
    }
    expect(leads.filter((l) => l.stage === 'lead').every((l) => l.bant === null)).toBe(true);
    // The Gulf team's Arabic-speaking hunters write Arabic, the Istanbul team Turkish.
    const notes = qualified.map((l) => l.bant?.timeline.note);
    expect(notes).toContain('يريد اتخاذ القرار هذا الشهر.');
    expect(notes).toContain('Bu ay karar vermek istiyor.');
  });

  it('stays in the past: created and updated before `now`', () => {
    expect(leads.every((l) => l.createdAt <= l.updatedAt && l.updatedAt <= NOW)).toBe(true);
  });

  it('infers timezones except where the number cannot tell (US area codes, Russian mobiles)', () => {
    expect(leads.filter((l) => l.country === 'US').every((l) => l.timezone !== null)).toBe(true);
    expect(leads.filter((l) => l.country === 'RU').every((l) => l.timezone !== null)).toBe(true);
    expect(leads.filter((l) => l.country === 'SA').every((l) => l.timezone === null)).toBe(true);
  });
});

describe('generateDemoActivities', () => {
  const byLead = new Map<string, typeof activities>();
  for (const a of activities) byLead.set(a.leadId, [...(byLead.get(a.leadId) ?? []), a]);

  it('is deterministic and gives unique UUIDs', () => {
    expect(generateDemoActivities(leads, { now: NOW })).toEqual(activities);
    expect(activities.every((a) => isUuid(a.id))).toBe(true);
    expect(new Set(activities.map((a) => a.id)).size).toBe(activities.length);
  });

  it('records one call, meeting or e-mail per touch', () => {
    const wrong = leads.filter((lead) => {
      const touches = (byLead.get(lead.id) ?? []).filter((a) =>
        ['call', 'meeting', 'email'].includes(a.type),
      );
      return touches.length !== lead.touches;
    });
    expect(wrong.map((l) => `${l.stage} ${l.touches}`)).toEqual([]);
  });

  it('happens between the creation of the lead and its last update, in order', () => {
    for (const lead of leads) {
      const history = byLead.get(lead.id) ?? [];
      const times = history.map((a) => a.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.every((t) => t >= lead.createdAt && t <= lead.updatedAt)).toBe(true);
      if (history.length > 0) expect(Math.max(...times)).toBe(lead.updatedAt);
    }
  });

  it("walks each lead's stage changes up to its current stage", () => {
    for (const lead of leads) {
      const changes = (byLead.get(lead.id) ?? []).filter((a) => a.type === 'stageChange');
      const last = changes.at(-1)?.note.split(' → ')[1]?.split(':')[0] ?? 'lead';
      expect(last, lead.id).toBe(lead.stage);
    }
  });

  it('is done by the agent whose role fits the outcome', () => {
    const roleFor: Record<string, string> = {
      meetingBooked: 'hunter',
      demoDone: 'closer',
      proposalSent: 'closer',
      sale: 'closer',
      satisfied: 'farmer',
    };
    for (const activity of activities) {
      const agent = users.get(activity.agentId);
      expect(agent).toBeDefined();
      const role = roleFor[activity.disposition ?? ''];
      if (role) expect(agent!.roles).toContain(role);
    }
    const known: readonly string[] = DEMO_DISPOSITIONS;
    expect(activities.every((a) => a.disposition === null || known.includes(a.disposition))).toBe(
      true,
    );
  });

  it('hands every booked meeting off with a note', () => {
    const booked = activities.filter((a) => a.disposition === 'meetingBooked');
    const handOffs = activities.filter((a) => a.type === 'handOff');
    expect(booked.length).toBeGreaterThan(0);
    expect(handOffs).toHaveLength(booked.length);
    expect(handOffs.every((a) => a.note.length > 0)).toBe(true);
  });
});

describe('demoOrganisation', () => {
  it('bundles content, users, leads and activities for one `now`', () => {
    const demo = demoOrganisation(NOW);
    expect(demo.leads).toEqual(leads);
    expect(demo.activities).toEqual(activities);
    expect(demo.users.length).toBeGreaterThanOrEqual(9);
    // Every script of shared/demo/scripts, however many situations it covers.
    expect(demo.scripts).toEqual(DEMO_SCRIPTS);
    expect(demo.organisation.defaultLanguage).toBe('ar');
  });
});

describe('arabicCount', () => {
  it.each([
    [1, '1 موظف'],
    [5, '5 موظفين'],
    [10, '10 موظفين'],
    [25, '25 موظفًا'],
    [105, '105 موظفين'],
    [200, '200 موظف'],
  ])('%i → %s', (n, text) => {
    expect(arabicCount(n, 'موظف', 'موظفًا', 'موظفين')).toBe(text);
  });
});

describe('demo data on the wire', () => {
  it('passes the sync protocol schemas, whatever the clock says (whole milliseconds)', () => {
    const demo = demoOrganisation(Date.UTC(2026, 11, 1, 11, 23, 45, 123));
    for (const lead of demo.leads) expect(leadSchema.safeParse(lead).error).toBeUndefined();
    for (const a of demo.activities) expect(activitySchema.safeParse(a).error).toBeUndefined();
  });
});
