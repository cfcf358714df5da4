import { describe, expect, it } from 'vitest';
import {
  DEMO_SCRIPTS,
  DEMO_TEAMS,
  DEMO_USERS,
  DEMO_USER_IDS,
  GULF_TEAM_ID,
  ISTANBUL_TEAM_ID,
} from '../demo';
import { DEMO_CLOSING_TECHNIQUES } from '../demo/closing';
import { DEMO_OBJECTIONS } from '../demo/objections';
import {
  DEMO_PRODUCTS,
  HOME_4_ID,
  PRO_500_ID,
  RAWAA_HOME_4,
  RAWAA_PRO_500,
} from '../demo/products';
import { HUNTER_SCRIPT } from '../demo/scripts';
import type { CallScript, User, Product } from './content';
import {
  MAX_TEAM_REPS,
  canEditSalesTarget,
  canEditTargets,
  canEditTeams,
  canEditUser,
  checkClosing,
  checkObjection,
  checkProduct,
  checkScript,
  comingMonths,
  hasErrors,
  isTeamOversized,
  missingBranchTargets,
  missingLanguages,
  normaliseLocalized,
  unknownPlaceholders,
  unreachableSteps,
  validateRepTargets,
  validateSalesTarget,
  validateTeam,
  validateUser,
} from './editing';
import type { TeamId, UserId } from './ids';

const byId = (id: string) => DEMO_USERS.find((u) => u.id === id)!;
const sarah = byId(DEMO_USER_IDS.sarah);
const omar = byId(DEMO_USER_IDS.omar);
const faisal = byId(DEMO_USER_IDS.faisal);
const emre = byId(DEMO_USER_IDS.emre);
const productIds = DEMO_PRODUCTS.map((p) => p.id);

const script = (steps: CallScript['steps']): CallScript => ({ ...HUNTER_SCRIPT, steps });
const step = (id: string, next: string[] = []): CallScript['steps'][number] => ({
  id,
  phase: 'greeting',
  title: { en: id },
  lines: { en: [`Hello {lead.name}`] },
  branches: next.map((n) => ({ label: { en: n }, next: n })),
});

describe('demo content passes its own editor checks', () => {
  it('has no errors in scripts, cards, techniques or products', () => {
    for (const s of DEMO_SCRIPTS) expect(checkScript(s, productIds), s.id).toEqual([]);
    for (const c of DEMO_OBJECTIONS) expect(checkObjection(c), c.id).toEqual([]);
    for (const c of DEMO_CLOSING_TECHNIQUES) expect(checkClosing(c), c.id).toEqual([]);
    expect(checkProduct(RAWAA_PRO_500, productIds)).toEqual([]);
  });
});

describe('script graph', () => {
  it('finds a branch to a step that does not exist, as an error', () => {
    const s = script([step('a', ['b', 'gone']), step('b')]);
    expect(missingBranchTargets(s)).toEqual([{ from: 'a', to: 'gone' }]);
    const issues = checkScript(s);
    expect(issues).toContainEqual({
      severity: 'error',
      code: 'branchTargetMissing',
      stepId: 'a',
      target: 'gone',
    });
    expect(hasErrors(issues)).toBe(true);
  });

  it('finds steps no branch path reaches from the first step, as a warning', () => {
    const s = script([step('a', ['b']), step('b', ['a']), step('island', ['b']), step('c')]);
    expect(unreachableSteps(s)).toEqual(['island', 'c']);
    const issues = checkScript(s);
    expect(issues.filter((i) => i.code === 'stepUnreachable')).toHaveLength(2);
    expect(hasErrors(issues)).toBe(false);
  });

  it('refuses duplicate, empty and malformed step ids, and a script without steps', () => {
    const codes = (s: CallScript) => checkScript(s).map((i) => i.code);
    expect(codes(script([step('a', ['a']), step('a')]))).toContain('stepIdDuplicate');
    expect(codes(script([step('')]))).toContain('stepIdRequired');
    expect(codes(script([step('has space')]))).toContain('stepIdInvalid');
    expect(codes(script([]))).toContain('noSteps');
    expect(codes({ ...script([step('a')]), name: { en: '  ' } })).toContain('nameRequired');
  });

  it('flags unknown placeholders per language and step', () => {
    expect(unknownPlaceholders('Hi {lead.name}, {lead.nmae} and {agent.name}')).toEqual([
      'lead.nmae',
    ]);
    const s = script([
      { ...step('a'), lines: { tr: ['Merhaba {lead.isim}'], en: ['Hi {lead.name}'] } },
    ]);
    expect(checkScript(s)).toContainEqual({
      severity: 'error',
      code: 'unknownPlaceholder',
      language: 'tr',
      placeholder: 'lead.isim',
      stepId: 'a',
    });
  });

  it('warns about a product the script names that is not in the catalogue', () => {
    const s = { ...script([step('a')]), productId: 'gone' as Product['id'] };
    expect(checkScript(s, productIds).map((i) => i.code)).toEqual(['productUnknown']);
  });
});

describe('localized text', () => {
  it('lists the languages a text is missing in, counting blank text as missing', () => {
    expect(missingLanguages({ en: 'Hi', ar: ' ', tr: undefined })).toEqual(['ar', 'tr']);
    expect(missingLanguages({ en: ['', ' '], ar: ['مرحبا'] })).toEqual(['tr', 'en']);
    expect(missingLanguages(undefined)).toEqual(['ar', 'tr', 'en']);
  });

  it('normalises: trims, drops blank lines and empty languages', () => {
    expect(normaliseLocalized({ en: [' a ', '', 'b'], ar: ['  '], tr: ['c'] })).toEqual({
      tr: ['c'],
      en: ['a', 'b'],
    });
    expect(normaliseLocalized({ en: ' x ', ar: '' })).toEqual({ en: 'x' });
  });
});

describe('products', () => {
  it('warns when a product has fewer than seven features, and not at seven', () => {
    expect(checkProduct(RAWAA_HOME_4, productIds)).toEqual([
      { severity: 'warning', code: 'fewFeatures', count: 4 },
    ]);
    const seven: Product = { ...RAWAA_PRO_500, fab: RAWAA_PRO_500.fab.slice(0, 7) };
    expect(checkProduct(seven, productIds)).toEqual([]);
    const six: Product = { ...RAWAA_PRO_500, fab: RAWAA_PRO_500.fab.slice(0, 6) };
    expect(checkProduct(six, productIds).map((i) => i.code)).toEqual(['fewFeatures']);
  });

  it('takes a unit cost of zero or more, or none, and refuses a negative one', () => {
    expect(checkProduct({ ...RAWAA_PRO_500, unitCost: 0 }, productIds)).toEqual([]);
    expect(checkProduct({ ...RAWAA_PRO_500, unitCost: 650.5 }, productIds)).toEqual([]);
    expect(checkProduct({ ...RAWAA_PRO_500, unitCost: -1 }, productIds)).toEqual([
      { severity: 'error', code: 'priceInvalid' },
    ]);
    expect(checkProduct({ ...RAWAA_PRO_500, unitCost: Number.NaN }, productIds)).toEqual([
      { severity: 'error', code: 'priceInvalid' },
    ]);
  });

  it('refuses a bad price or currency, duplicate rows, an empty feature and self cross-sell', () => {
    const bad: Product = {
      ...RAWAA_PRO_500,
      price: -1,
      currency: 'sar',
      crossSell: [PRO_500_ID, HOME_4_ID, 'gone' as Product['id']],
      fab: [...RAWAA_PRO_500.fab, { ...RAWAA_PRO_500.fab[0]!, feature: { en: '' } }],
    };
    const codes = checkProduct(bad, productIds).map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'priceInvalid',
        'currencyInvalid',
        'fabIdDuplicate',
        'fabFeatureRequired',
        'crossSellSelf',
        'crossSellUnknown',
      ]),
    );
  });
});

describe('cards and techniques', () => {
  it('require a title, the objection and at least one response', () => {
    const card = {
      ...DEMO_OBJECTIONS[0]!,
      title: {},
      objection: { ar: '' },
      responses: { en: [''] },
    };
    expect(checkObjection(card).map((i) => i.code)).toEqual([
      'titleRequired',
      'objectionRequired',
      'responsesRequired',
    ]);
    const technique = { ...DEMO_CLOSING_TECHNIQUES[0]!, name: {}, description: {} };
    expect(checkClosing(technique).map((i) => i.code)).toEqual([
      'nameRequired',
      'descriptionRequired',
    ]);
  });
});

describe('people', () => {
  it('validates name, email format and uniqueness (any case), roles and team', () => {
    expect(validateUser(faisal, DEMO_USERS)).toEqual([]);
    expect(validateUser({ ...faisal, email: 'not-an-email' }, DEMO_USERS)).toEqual([
      'emailInvalid',
    ]);
    expect(validateUser({ ...faisal, email: 'a@b' }, DEMO_USERS)).toEqual(['emailInvalid']);
    expect(validateUser({ ...faisal, email: omar.email.toUpperCase() }, DEMO_USERS)).toEqual([
      'emailTaken',
    ]);
    expect(
      validateUser({ ...faisal, displayName: ' ', roles: [], teamId: null }, DEMO_USERS),
    ).toEqual(['displayNameRequired', 'rolesRequired', 'teamRequired']);
    expect(validateUser(sarah, DEMO_USERS)).toEqual([]);
  });

  it('needs a team name in some language', () => {
    expect(validateTeam(DEMO_TEAMS[0]!)).toEqual([]);
    expect(validateTeam({ ...DEMO_TEAMS[0]!, name: { en: '' } })).toEqual(['teamNameRequired']);
  });

  it('validates targets as whole, non-negative numbers and months as YYYY-MM', () => {
    const base = {
      userId: faisal.id,
      dailyCalls: 80,
      dailyBookings: 4,
      monthlyWins: 0,
      monthlyRevenue: 0,
    };
    expect(validateRepTargets(base)).toEqual([]);
    expect(validateRepTargets({ ...base, dailyCalls: -1 })).toEqual(['targetInvalid']);
    expect(validateRepTargets({ ...base, dailyBookings: 2.5 })).toEqual(['targetInvalid']);
    expect(validateRepTargets({ ...base, monthlyRevenue: Number.NaN })).toEqual(['targetInvalid']);
    // Talk minutes a day: optional, a whole number up to the minutes in a day.
    for (const ok of [0, 90, 1440])
      expect(validateRepTargets({ ...base, dailyTalkMin: ok }), String(ok)).toEqual([]);
    for (const bad of [1.5, -1, 1441, Number.NaN])
      expect(validateRepTargets({ ...base, dailyTalkMin: bad }), String(bad)).toEqual([
        'targetInvalid',
      ]);
    const st = { id: 'x', teamId: GULF_TEAM_ID, month: '2026-12', revenue: 50_000, wins: 10 };
    expect(validateSalesTarget(st)).toEqual([]);
    expect(validateSalesTarget({ ...st, month: '2026-13', wins: -2 })).toEqual([
      'monthInvalid',
      'targetInvalid',
    ]);
  });

  it('warns when a team has more than seven active reps', () => {
    const extra = (n: number): User[] =>
      Array.from({ length: n }, (_, i) => ({
        ...faisal,
        id: `x${i}` as UserId,
        email: `x${i}@a.io`,
      }));
    const gulfReps = DEMO_USERS.filter(
      (u) => u.teamId === GULF_TEAM_ID && !u.roles.includes('supervisor'),
    );
    const users = [...DEMO_USERS, ...extra(MAX_TEAM_REPS - gulfReps.length)];
    expect(isTeamOversized(users, GULF_TEAM_ID)).toBe(false);
    expect(
      isTeamOversized(
        [
          ...users,
          ...extra(MAX_TEAM_REPS + 1)
            .slice(-1)
            .map((u) => ({ ...u, id: 'y' as UserId })),
        ],
        GULF_TEAM_ID,
      ),
    ).toBe(true);
    // Disabled people do not count.
    expect(
      isTeamOversized([...users, { ...faisal, id: 'z' as UserId, disabled: true }], GULF_TEAM_ID),
    ).toBe(false);
  });
});

describe('who may edit what', () => {
  const teams = DEMO_TEAMS;
  it('lets an administrator edit anyone, teams, and every target', () => {
    expect(canEditUser(sarah, emre, { ...emre, roles: ['supervisor'] }, teams)).toBe(true);
    expect(canEditTeams(sarah)).toBe(true);
    expect(canEditTargets(sarah, emre, teams)).toBe(true);
    expect(canEditSalesTarget(sarah, null, teams)).toBe(true);
  });

  it('lets a supervisor edit their own team’s agents and targets, nothing else', () => {
    expect(
      canEditUser(
        omar,
        faisal,
        { ...faisal, displayName: 'F', roles: ['hunter', 'closer'] },
        teams,
      ),
    ).toBe(true);
    expect(canEditUser(omar, null, { ...faisal, id: 'new' as UserId }, teams)).toBe(true);
    // Another team's person, moving someone out, granting a privileged role.
    expect(canEditUser(omar, emre, emre, teams)).toBe(false);
    expect(canEditUser(omar, faisal, { ...faisal, teamId: ISTANBUL_TEAM_ID }, teams)).toBe(false);
    expect(canEditUser(omar, faisal, { ...faisal, roles: ['hunter', 'supervisor'] }, teams)).toBe(
      false,
    );
    expect(canEditUser(omar, null, { ...faisal, id: 'n' as UserId, roles: ['admin'] }, teams)).toBe(
      false,
    );
    // Their own name, not their role.
    expect(canEditUser(omar, omar, { ...omar, displayName: 'عمر' }, teams)).toBe(true);
    expect(canEditUser(omar, omar, { ...omar, roles: ['hunter'] }, teams)).toBe(false);
    expect(canEditTeams(omar)).toBe(false);
    expect(canEditTargets(omar, faisal, teams)).toBe(true);
    expect(canEditTargets(omar, emre, teams)).toBe(false);
    expect(canEditSalesTarget(omar, GULF_TEAM_ID, teams)).toBe(true);
    expect(canEditSalesTarget(omar, ISTANBUL_TEAM_ID, teams)).toBe(false);
    expect(canEditSalesTarget(omar, null, teams)).toBe(false);
  });

  it('gives an agent no editing rights', () => {
    expect(canEditUser(faisal, faisal, faisal, teams)).toBe(false);
    expect(canEditTargets(faisal, faisal, teams)).toBe(false);
    expect(canEditSalesTarget(faisal, faisal.teamId as TeamId, teams)).toBe(false);
    expect(canEditUser(null, faisal, faisal, teams)).toBe(false);
  });
});

describe('coming months', () => {
  it('starts at the current month in the organisation’s timezone and rolls over the year', () => {
    // 31 Dec 22:00 UTC is already 1 January in Riyadh.
    const now = Date.UTC(2026, 11, 31, 22);
    expect(comingMonths(now, 3, 'UTC')).toEqual(['2026-12', '2027-01', '2027-02']);
    expect(comingMonths(now, 2, 'Asia/Riyadh')).toEqual(['2027-01', '2027-02']);
  });
});

describe('language coverage of an item', () => {
  it('names the languages any text of the item is missing in', async () => {
    const { contentMissingLanguages } = await import('./editing');
    expect(contentMissingLanguages(HUNTER_SCRIPT)).toEqual([]);
    const first = HUNTER_SCRIPT.steps[0]!;
    const partial = script([
      { ...first, lines: { ar: first.lines.ar } },
      ...HUNTER_SCRIPT.steps.slice(1),
    ]);
    expect(contentMissingLanguages(partial)).toEqual(['tr', 'en']);
    expect(contentMissingLanguages({ ...RAWAA_HOME_4, name: { tr: 'Ev' } })).toEqual(['ar', 'en']);
  });
});

describe('reordering', () => {
  it('moves an item and ignores moves out of range', async () => {
    const { moveItem } = await import('./editing');
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });
});
