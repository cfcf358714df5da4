import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_USERS,
  DEMO_USER_IDS,
  GULF_TEAM_ID,
  ISTANBUL_TEAM_ID,
} from '../../shared/demo/organisation';
import type { TeamId, UserId } from '../../shared/domain/ids';
import { mutationSchema } from '../../shared/sync/protocol';
import type { EditorContext } from './content-repo';
import { loadDemo } from './demo-loader';
import { loadRepTargets, saveRepTargets, saveSalesTarget, saveTeam, saveUser } from './people-repo';
import { createDeskDatabase, type DeskDatabase } from './schema';

const NOW = Date.UTC(2026, 10, 23, 9);
const user = (id: string) => DEMO_USERS.find((u) => u.id === id)!;
const omar = user(DEMO_USER_IDS.omar);
const sarah = user(DEMO_USER_IDS.sarah);
const faisal = user(DEMO_USER_IDS.faisal);
const emre = user(DEMO_USER_IDS.emre);
/** Ids no demo person or team has. */
const HANA = '01900000-0000-7000-8000-0000000002f1' as UserId;
const NO_TEAM = '01900000-0000-7000-8000-0000000001f9' as TeamId;
let db: DeskDatabase;
let asOmar: EditorContext;
let asSarah: EditorContext;

beforeEach(async () => {
  db = createDeskDatabase(`people-${Math.random()}`);
  await loadDemo(db, NOW);
  asOmar = { db, actor: omar, now: () => NOW };
  asSarah = { db, actor: sarah, now: () => NOW };
});
afterEach(async () => db.delete());

const pushed = async () => (await db.outbox.toArray()).map((e) => mutationSchema.parse({ ...e }));

describe('people', () => {
  it('a supervisor adds a hunter to their team: row and outbox entry together', async () => {
    const hana = {
      ...faisal,
      id: HANA,
      displayName: '  هناء  ',
      email: 'Hana@Rawaa.example ',
    };
    const r = await saveUser(asOmar, hana, { isNew: true });
    expect(r).toMatchObject({
      ok: true,
      value: { displayName: 'هناء', email: 'hana@rawaa.example' },
    });
    expect(await db.users.get(HANA)).toMatchObject({ email: 'hana@rawaa.example' });
    const [entry] = await pushed();
    expect(entry).toMatchObject({ name: 'putUser', effects: { users: [{ id: HANA }] } });
  });

  it('refuses a taken or malformed e-mail with the reason, writing nothing', async () => {
    const r = await saveUser(
      asOmar,
      { ...faisal, email: omar.email.toUpperCase() },
      { isNew: false },
    );
    expect(r).toEqual({ ok: false, error: 'invalid', issues: ['emailTaken'] });
    const r2 = await saveUser(
      asOmar,
      { ...faisal, email: 'faisal@', displayName: '' },
      { isNew: false },
    );
    expect(r2).toEqual({
      ok: false,
      error: 'invalid',
      issues: ['displayNameRequired', 'emailInvalid'],
    });
    expect(await db.outbox.count()).toBe(0);
    expect((await db.users.get(faisal.id))!.email).toBe(faisal.email);
  });

  it('keeps a supervisor to their own team and away from privileged roles', async () => {
    expect(await saveUser(asOmar, { ...emre, displayName: 'X' }, { isNew: false })).toMatchObject({
      error: 'forbidden',
    });
    expect(
      await saveUser(asOmar, { ...faisal, roles: ['hunter', 'admin'] }, { isNew: false }),
    ).toMatchObject({ error: 'forbidden' });
    expect(
      await saveUser(asSarah, { ...faisal, roles: ['hunter', 'supervisor'] }, { isNew: false }),
    ).toMatchObject({ ok: true });
  });

  it('disables a person (kept, marked) and refuses a team that does not exist', async () => {
    expect((await saveUser(asOmar, { ...faisal, disabled: true }, { isNew: false })).ok).toBe(true);
    expect(await db.users.get(faisal.id)).toMatchObject({ disabled: true });
    expect(await saveUser(asSarah, { ...faisal, teamId: NO_TEAM }, { isNew: false })).toEqual({
      ok: false,
      error: 'invalid',
      issues: ['teamRequired'],
    });
    expect((await db.users.get(faisal.id))?.teamId).toBe(faisal.teamId);
  });
});

describe('teams', () => {
  it('only an administrator renames a team; the supervisor must hold the role', async () => {
    const gulf = (await db.teams.get(GULF_TEAM_ID))!;
    expect(
      await saveTeam(asOmar, { ...gulf, name: { en: 'Gulf' } }, { isNew: false }),
    ).toMatchObject({
      error: 'forbidden',
    });
    expect(
      await saveTeam(asSarah, { ...gulf, supervisorId: faisal.id }, { isNew: false }),
    ).toMatchObject({ ok: false, issues: ['supervisorInvalid'] });
    expect(
      await saveTeam(asSarah, { ...gulf, name: { en: ' ', ar: '' } }, { isNew: false }),
    ).toMatchObject({
      ok: false,
      issues: ['teamNameRequired'],
    });
    const r = await saveTeam(
      asSarah,
      { ...gulf, name: { ...gulf.name, en: 'Gulf team' } },
      { isNew: false },
    );
    expect(r.ok).toBe(true);
    const [entry] = await pushed();
    expect(entry).toMatchObject({
      name: 'putTeam',
      effects: { teams: [{ name: { en: 'Gulf team' } }] },
    });
  });
});

describe('targets', () => {
  const targets = {
    userId: faisal.id,
    dailyCalls: 95,
    dailyBookings: 5,
    monthlyWins: 0,
    monthlyRevenue: 0,
  };

  it('a supervisor sets their rep’s targets; the person’s daily targets follow', async () => {
    expect((await loadRepTargets(db, [faisal.id])).get(faisal.id)).toMatchObject({
      dailyCalls: 80,
    });
    const r = await saveRepTargets(asOmar, targets);
    expect(r).toMatchObject({
      ok: true,
      value: { dailyCalls: 95, updatedBy: omar.id, updatedAt: NOW },
    });
    expect(await db.targets.get(faisal.id)).toMatchObject({ dailyCalls: 95, dailyBookings: 5 });
    expect(await db.users.get(faisal.id)).toMatchObject({
      dailyCallTarget: 95,
      dailyBookingTarget: 5,
    });
    expect((await loadRepTargets(db, [faisal.id])).get(faisal.id)).toMatchObject({
      dailyCalls: 95,
    });
    const [entry] = await pushed();
    expect(entry).toMatchObject({
      name: 'putTargets',
      effects: { targets: [{ userId: faisal.id }] },
    });
  });

  it('keeps a daily talk target on the desk and sends it with the change', async () => {
    expect(await saveRepTargets(asOmar, { ...targets, dailyTalkMin: 90 })).toMatchObject({
      ok: true,
    });
    expect(await db.targets.get(faisal.id)).toMatchObject({ dailyCalls: 95, dailyTalkMin: 90 });
    const [entry] = await pushed();
    expect(entry).toMatchObject({ name: 'putTargets', args: { dailyTalkMin: 90 } });
  });

  it('refuses another team’s rep and impossible numbers, writing nothing', async () => {
    expect(await saveRepTargets(asOmar, { ...targets, userId: emre.id })).toMatchObject({
      error: 'forbidden',
    });
    for (const bad of [{ dailyCalls: -3 }, { dailyTalkMin: 1441 }])
      expect(await saveRepTargets(asOmar, { ...targets, ...bad })).toMatchObject({
        error: 'invalid',
        issues: ['targetInvalid'],
      });
    expect(await db.targets.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('sets a team’s monthly sales target; the organisation’s is the administrator’s', async () => {
    const input = { teamId: GULF_TEAM_ID, month: '2026-12', revenue: 120_000, wins: 30 };
    expect(await saveSalesTarget(asOmar, input)).toMatchObject({ ok: true });
    expect(await db.salesTargets.get(`${GULF_TEAM_ID}:2026-12`)).toMatchObject({
      revenue: 120_000,
    });
    expect(await saveSalesTarget(asOmar, { ...input, teamId: ISTANBUL_TEAM_ID })).toMatchObject({
      error: 'forbidden',
    });
    expect(await saveSalesTarget(asOmar, { ...input, teamId: null })).toMatchObject({
      error: 'forbidden',
    });
    expect(await saveSalesTarget(asSarah, { ...input, teamId: null })).toMatchObject({ ok: true });
    expect(await saveSalesTarget(asOmar, { ...input, wins: 1.5 })).toMatchObject({
      error: 'invalid',
    });
    const entries = await pushed();
    expect(entries.map((e) => e.name)).toEqual(['putSalesTarget', 'putSalesTarget']);
  });
});
