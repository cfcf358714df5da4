// Deterministic demo leads and their call history: the same seed and `now` always give the same
// leads, ids and activities. Leads come from eleven countries in their own scripts, spread over
// the pipeline, owned by agents whose role matches the stage.
import type { ContentLanguage } from '../domain/localized-content';
import type { ActivityId, LeadId, TeamId, UserId } from '../domain/ids';
import { uuidv7 } from '../domain/ids';
import type { Activity, ActivityType, Bant, Lead, LeadStage } from '../domain/lead';
import { freshLeadState, LEAD_STAGES } from '../domain/lead';
import type { LostReason } from '../domain/pipeline';
import { RAWAA_PRO_500 } from './products';
import { foldForSearch, searchTokens } from '../domain/search-key';
import type { User, ObjectionCategory, UserRole } from '../domain/content';
import type { CompanyTemplate, NamePart } from './names';
import { COUNTRY_POOLS, RUSSIAN_CITIES, UAE_EXPATS } from './names';
import { DEMO_ORGANISATION_ID, DEMO_USERS, GULF_TEAM_ID, ISTANBUL_TEAM_ID } from './organisation';
import type { DemoCountry } from './phones';
import { demoPhone } from './phones';
import type { Random } from './random';
import { createRandom } from './random';

export const DEMO_SEED = 'rawaa-demo';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Where a lead came from (seed 002: every campaign gets its own tracking line). */
export const DEMO_LEAD_SOURCES = [
  'coldList',
  'website',
  'referral',
  'exhibition',
  'adCampaign',
] as const;
export type DemoLeadSource = (typeof DEMO_LEAD_SOURCES)[number];

/** Call outcomes written on demo activities. Provisional until shared/domain owns dispositions. */
export const DEMO_DISPOSITIONS = [
  'noAnswer',
  'busy',
  'voicemail',
  'callBack',
  'qualified',
  'meetingBooked',
  'demoDone',
  'proposalSent',
  'sale',
  'notInterested',
  'satisfied',
  'doNotCall',
] as const;
export type DemoDisposition = (typeof DEMO_DISPOSITIONS)[number];

/** Which role owns a lead in each stage; a lost lead stays with whoever lost it. */
export const STAGE_OWNER_ROLES: Record<LeadStage, readonly UserRole[]> = {
  lead: ['hunter'],
  qualified: ['hunter'],
  meetingScheduled: ['closer'],
  proposalSent: ['closer'],
  won: ['farmer'],
  lost: ['hunter', 'closer'],
  retention: ['farmer'],
};

const COUNTRY_WEIGHTS: readonly (readonly [DemoCountry, number])[] = [
  ['SA', 22],
  ['AE', 12],
  ['EG', 15],
  ['TR', 20],
  ['RU', 7],
  ['GB', 7],
  ['US', 7],
  ['KW', 3],
  ['QA', 3],
  ['JO', 2],
  ['DE', 2],
];

const STAGE_WEIGHTS: readonly (readonly [LeadStage, number])[] = [
  ['lead', 52],
  ['qualified', 12],
  ['meetingScheduled', 8],
  ['proposalSent', 7],
  ['won', 5],
  ['lost', 9],
  ['retention', 7],
];

/** [min, max] touches per stage; the pipeline needs a few contacts to get that far. */
const TOUCHES: Record<LeadStage, readonly [number, number]> = {
  lead: [0, 3],
  qualified: [1, 5],
  meetingScheduled: [1, 6],
  proposalSent: [3, 7],
  won: [4, 8],
  lost: [1, 8],
  retention: [5, 8],
};

/** How long ago a lead in each stage was created, in days. */
const AGE_DAYS: Record<LeadStage, readonly [number, number]> = {
  lead: [0.05, 60],
  qualified: [2, 75],
  meetingScheduled: [4, 80],
  proposalSent: [10, 90],
  won: [30, 150],
  lost: [5, 150],
  retention: [120, 420],
};

const GULF_COUNTRIES: readonly DemoCountry[] = ['SA', 'AE', 'EG', 'KW', 'QA', 'JO'];
const ENGLISH_DESK_COUNTRIES: readonly DemoCountry[] = ['GB', 'US', 'DE'];

/** Approximate UTC offsets, only to put demo calls in local office hours. */
const UTC_OFFSET_HOURS: Record<string, number> = {
  SA: 3,
  AE: 4,
  EG: 2,
  TR: 3,
  RU: 3,
  GB: 0,
  US: -5,
  KW: 3,
  QA: 3,
  JO: 3,
  DE: 1,
  'Europe/Moscow': 3,
  'Asia/Yekaterinburg': 5,
  'Asia/Novosibirsk': 7,
  'Asia/Vladivostok': 10,
  'America/New_York': -5,
  'America/Chicago': -6,
  'America/Denver': -7,
  'America/Phoenix': -7,
  'America/Los_Angeles': -8,
};

type ListChoice = readonly [listName: string, source: DemoLeadSource, weight: number];

const LISTS: Record<DemoCountry, readonly ListChoice[]> = {
  SA: [
    ['شركات الرياض — قائمة باردة', 'coldList', 5],
    ['شركات جدة والدمام — قائمة باردة', 'coldList', 3],
    ['زوار معرض المكاتب الذكية 2025', 'exhibition', 2],
    ['حملة الراديو — الخط 800 124 0055', 'adCampaign', 2],
    ['نموذج الموقع الإلكتروني', 'website', 2],
    ['ترشيحات العملاء', 'referral', 1],
  ],
  AE: [
    ['شركات المنطقة الحرة في دبي', 'coldList', 4],
    ['Business Bay towers — cold list', 'coldList', 3],
    ['نموذج الموقع الإلكتروني', 'website', 2],
    ['ترشيحات العملاء', 'referral', 1],
  ],
  EG: [
    ['شركات القاهرة الجديدة — قائمة باردة', 'coldList', 4],
    ['شركات الإسكندرية — قائمة باردة', 'coldList', 3],
    ['نموذج الموقع الإلكتروني', 'website', 2],
    ['ترشيحات العملاء', 'referral', 1],
  ],
  KW: [
    ['شركات الكويت وقطر — قائمة باردة', 'coldList', 3],
    ['نموذج الموقع الإلكتروني', 'website', 1],
  ],
  QA: [
    ['شركات الكويت وقطر — قائمة باردة', 'coldList', 3],
    ['نموذج الموقع الإلكتروني', 'website', 1],
  ],
  JO: [
    ['مكاتب عمّان — قائمة باردة', 'coldList', 3],
    ['ترشيحات العملاء', 'referral', 1],
  ],
  TR: [
    ['İstanbul plazaları — soğuk liste', 'coldList', 6],
    ['İzmir şirketleri — soğuk liste', 'coldList', 2],
    ['Ankara şirketleri — soğuk liste', 'coldList', 2],
    ['Ofis Fuarı 2025 ziyaretçileri', 'exhibition', 2],
    ['Radyo kampanyası — 0850 255 00 55', 'adCampaign', 2],
    ['Web sitesi formu', 'website', 2],
    ['Müşteri tavsiyeleri', 'referral', 1],
  ],
  RU: [
    ['Russian business centres — cold list', 'coldList', 4],
    ['Website enquiries', 'website', 1],
  ],
  GB: [
    ['London offices — cold list', 'coldList', 4],
    ['Website enquiries', 'website', 2],
    ['Customer referrals', 'referral', 1],
  ],
  US: [
    ['US small businesses — cold list', 'coldList', 4],
    ['Website enquiries', 'website', 2],
  ],
  DE: [
    ['Berlin & Hamburg offices — cold list', 'coldList', 3],
    ['Website enquiries', 'website', 1],
  ],
};

/** Higher is dialled first: inbound and referred leads are warm, campaign leads lukewarm. */
const PRIORITY: Record<DemoLeadSource, number> = {
  coldList: 0,
  exhibition: 1,
  adCampaign: 1,
  website: 2,
  referral: 2,
};

export type DemoLeadOptions = {
  now: number;
  /** About 300 by default. */
  count?: number;
  seed?: string | number;
};

function usersOf(teamId: TeamId, role: UserRole): User[] {
  return DEMO_USERS.filter((u) => u.teamId === teamId && u.roles.includes(role));
}

function userById(id: UserId | null): User | undefined {
  return DEMO_USERS.find((u) => u.id === id);
}

/** Prefers the English-speaking "universal soldier" for GB, US and DE leads. */
function pickAgent(random: Random, teamId: TeamId, role: UserRole, country: string | null): User {
  const candidates = usersOf(teamId, role);
  const english = candidates.filter((u) => u.locale === 'en');
  if (
    english.length > 0 &&
    ENGLISH_DESK_COUNTRIES.includes(country as DemoCountry) &&
    random.chance(0.75)
  ) {
    return random.pick(english);
  }
  const others = candidates.filter((u) => u.locale !== 'en');
  return random.pick(others.length > 0 ? others : candidates);
}

function slug(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]/g, '');
}

function fill(template: string, core: string, family: string): string {
  return template.replace('{core}', core).replace('{family}', family);
}

type Person = {
  name: string;
  company: string;
  email: string | null;
  industry: string;
};

function makePerson(random: Random, country: DemoCountry, usedEmails: Set<string>): Person {
  const pool = COUNTRY_POOLS[country];
  const expat = country === 'AE' && random.chance(0.25);
  const female = random.chance(0.35);
  const first: NamePart = expat
    ? random.pick(female ? UAE_EXPATS.female : UAE_EXPATS.male)
    : random.pick(female ? pool.female : pool.male);
  const familyPool = expat
    ? UAE_EXPATS.family
    : female && pool.femaleFamily
      ? pool.femaleFamily
      : pool.family;
  const family: NamePart = random.pick(familyPool);
  const native = !expat && random.chance(pool.nativeShare);

  const companies: readonly CompanyTemplate[] = expat ? UAE_EXPATS.companies : pool.companies;
  const template = random.pick(companies);
  const core: NamePart = random.pick(expat ? UAE_EXPATS.cores : pool.cores);
  const companyFamily: NamePart = random.pick(pool.family);

  const name = native ? `${first[0]} ${family[0]}` : `${first[1]} ${family[1]}`;
  const company = native
    ? fill(template.native, core[0], companyFamily[0])
    : fill(template.latin, core[1], companyFamily[1]);

  let email: string | null = null;
  if (random.chance(0.85)) {
    const firstSlug = slug(first[1]);
    const familySlug = slug(family[1]);
    const local = random.pick([
      `${firstSlug}.${familySlug}`,
      `${firstSlug.slice(0, 1)}.${familySlug}`,
      firstSlug,
      `${firstSlug}${familySlug.slice(0, 1)}`,
    ]);
    const base = slug(template.native.includes('{family}') ? companyFamily[1] : core[1]);
    const domain = random.chance(0.75)
      ? `${base}${template.domain ? `-${template.domain}` : ''}.${pool.tld}`
      : random.pick(pool.personalMailDomains);
    let candidate = `${local}@${domain}`;
    for (let n = 2; usedEmails.has(candidate); n++) candidate = `${local}${n}@${domain}`;
    usedEmails.add(candidate);
    email = candidate;
  }
  return { name, company, email, industry: template.industry };
}

// ------------------------------------------------------------------------------------------------
// The history of a lead: planned from the lead's own fields with a per-lead random stream, so
// generateDemoLeads (which needs the last contact time) and generateDemoActivities agree.

type PlannedEvent = {
  type: ActivityType;
  agentId: UserId;
  at: number;
  durationSec: number | null;
  disposition: DemoDisposition | null;
  note: string;
  stageTo?: LeadStage;
};

type Plan = {
  events: PlannedEvent[];
  lastEventAt: number | null;
  callbackRequested: boolean;
  lostReason: ObjectionCategory | null;
  summary: string;
  /** The BANT form the hunter filled when the lead qualified; null before that. */
  bant: Bant | null;
};

type TouchKind =
  | 'filler'
  | 'callBack'
  | 'doNotCall'
  | 'qualified'
  | 'meetingBooked'
  | 'demo'
  | 'proposal'
  | 'sale'
  | 'lostCall'
  | 'checkIn';

const LOST_REASONS: readonly ObjectionCategory[] = [
  'price',
  'competitor',
  'noNeed',
  'noUrgency',
  'trust',
  'noAuthority',
];

type Notes = {
  busy: string;
  voicemail: string;
  callBack: readonly string[];
  bant: (people: number, bottles: number, decider: number) => string;
  /** The same answers as the BANT form holds them: budget, authority, need, timeline. */
  bantForm: (people: number, bottles: number, decider: number) => Bant;
  meetingBooked: (closer: string) => string;
  handOff: (closer: string) => string;
  demo: readonly string[];
  proposal: (units: number) => string;
  sale: string;
  checkIn: readonly string[];
  lost: Record<ObjectionCategory, string>;
  doNotCall: string;
};

/**
 * A number with its counted noun as Arabic grammar wants it: a plural after 3–10, a singular
 * accusative after 11–99, a singular genitive after round hundreds (5 موظفين، 25 موظفًا، 200 موظف).
 */
export function arabicCount(
  n: number,
  singular: string,
  accusative: string,
  plural: string,
): string {
  const rest = n % 100;
  if (n >= 100 && rest === 0) return `${n} ${singular}`;
  if (rest >= 3 && rest <= 10) return `${n} ${plural}`;
  if (rest >= 11) return `${n} ${accusative}`;
  return `${n} ${singular}`;
}

/** A BANT form with all four answered yes, as a qualified lead's is. */
function form(budget: string, authority: string, need: string, timeline: string): Bant {
  return {
    budget: { met: true, note: budget },
    authority: { met: true, note: authority },
    need: { met: true, note: need },
    timeline: { met: true, note: timeline },
  };
}

const NOTES: Record<ContentLanguage, Notes> = {
  en: {
    busy: 'Line busy.',
    voicemail: 'Left a voicemail with a short introduction.',
    callBack: [
      'Asked to be called back after 4 pm.',
      'In a meeting — call back tomorrow morning.',
      'Office manager travelling; call back next week.',
    ],
    bant: (people, bottles, decider) =>
      `${people} staff, about ${bottles} bottles a week. Decides: ${
        ['the office manager', 'the finance director', 'the owner'][decider] ?? 'the owner'
      }. Budget: replaces the bottle spend. Wants to decide this month.`,
    bantForm: (people, bottles, decider) =>
      form(
        `Replaces the bottle spend, about ${bottles} bottles a week.`,
        ['The office manager', 'The finance director', 'The owner'][decider] ?? 'The owner',
        `${people} staff drinking from bottles.`,
        'Wants to decide this month.',
      ),
    meetingBooked: (closer) => `Free water test booked with ${closer}.`,
    handOff: (closer) => `Handed off to ${closer} with BANT notes.`,
    demo: [
      'Demo done, tasted the water; wants a written proposal.',
      'Demo with the office manager and finance; liked the quality display.',
    ],
    proposal: (units) => `Proposal sent: ${units} × Rawaa Pro 500, 12-month plan.`,
    sale: 'Signed the 12-month plan; installation booked.',
    checkIn: [
      'Check-in: score 9/10, no issues.',
      'Score 8/10; asked about a second unit for the 2nd floor.',
      'Happy with the service; sent the Home 4 staff offer.',
    ],
    lost: {
      price: 'Says the price is too high for now.',
      competitor: 'Signed with another supplier last month.',
      noNeed: 'Small office, happy with bottles.',
      noUrgency: 'Not a priority this year.',
      trust: 'Prefers a supplier they already know.',
      noAuthority: 'Head office decides; no way in for now.',
      sendInfo: 'Asked for information only.',
      callLater: 'Kept postponing.',
    },
    doNotCall: 'Asked not to be called again.',
  },
  ar: {
    busy: 'الخط مشغول.',
    voicemail: 'تركت رسالة صوتية مع تعريف مختصر.',
    callBack: [
      'طلب معاودة الاتصال بعد الرابعة عصرًا.',
      'في اجتماع، طلب الاتصال صباح الغد.',
      'مدير المكتب مسافر، نعاود الاتصال الأسبوع القادم.',
    ],
    bant: (people, bottles, decider) =>
      `${arabicCount(people, 'موظف', 'موظفًا', 'موظفين')}، ونحو ${arabicCount(bottles, 'عبوة', 'عبوةً', 'عبوات')} أسبوعيًا. صاحب القرار: ${
        ['مدير المكتب', 'المدير المالي', 'المالك'][decider] ?? 'المالك'
      }. الميزانية: بدلًا من تكلفة العبوات. يريد اتخاذ القرار هذا الشهر.`,
    bantForm: (people, bottles, decider) =>
      form(
        `بدلًا من تكلفة العبوات، نحو ${arabicCount(bottles, 'عبوة', 'عبوةً', 'عبوات')} أسبوعيًا.`,
        ['مدير المكتب', 'المدير المالي', 'المالك'][decider] ?? 'المالك',
        `${arabicCount(people, 'موظف', 'موظفًا', 'موظفين')} يشربون من العبوات.`,
        'يريد اتخاذ القرار هذا الشهر.',
      ),
    meetingBooked: (closer) => `تم حجز فحص مياه مجاني مع ${closer}.`,
    handOff: (closer) => `سُلّم إلى ${closer} مع ملاحظات BANT.`,
    demo: [
      'تم العرض العملي وتذوّق الماء؛ يريد عرضًا مكتوبًا.',
      'عرض عملي بحضور مدير المكتب والمالية؛ أعجبتهم شاشة الجودة.',
    ],
    proposal: (units) => `أُرسل العرض: ${units} × رواء برو 500، خطة 12 شهرًا.`,
    sale: 'وقّع على خطة 12 شهرًا، وحُجز موعد التركيب.',
    checkIn: [
      'اتصال متابعة: التقييم 9/10، لا ملاحظات.',
      'التقييم 8/10؛ سأل عن جهاز ثانٍ للطابق الثاني.',
      'راضٍ عن الخدمة؛ أرسلت عرض «رواء هوم 4» للموظفين.',
    ],
    lost: {
      price: 'يرى أن السعر مرتفع حاليًا.',
      competitor: 'تعاقد مع مورّد آخر الشهر الماضي.',
      noNeed: 'مكتب صغير، والعبوات تكفيهم.',
      noUrgency: 'ليس أولوية هذا العام.',
      trust: 'يفضّل مورّدًا يعرفه مسبقًا.',
      noAuthority: 'القرار في المقر الرئيسي، ولا سبيل للوصول حاليًا.',
      sendInfo: 'طلب معلومات فقط.',
      callLater: 'يؤجّل باستمرار.',
    },
    doNotCall: 'طلب عدم الاتصال به مجددًا.',
  },
  tr: {
    busy: 'Hat meşgul.',
    voicemail: 'Kısa bir tanıtımla sesli mesaj bıraktım.',
    callBack: [
      "Saat 16:00'dan sonra aranmak istedi.",
      'Toplantıdaydı; yarın sabah tekrar aranacak.',
      'Ofis müdürü seyahatte; haftaya tekrar aranacak.',
    ],
    bant: (people, bottles, decider) =>
      `${people} çalışan, haftada yaklaşık ${bottles} damacana. Karar veren: ${
        ['ofis müdürü', 'mali işler müdürü', 'şirket sahibi'][decider] ?? 'şirket sahibi'
      }. Bütçe: damacana masrafının yerine. Bu ay karar vermek istiyor.`,
    bantForm: (people, bottles, decider) =>
      form(
        `Damacana masrafının yerine, haftada yaklaşık ${bottles} damacana.`,
        ['Ofis müdürü', 'Mali işler müdürü', 'Şirket sahibi'][decider] ?? 'Şirket sahibi',
        `${people} çalışan damacanadan içiyor.`,
        'Bu ay karar vermek istiyor.',
      ),
    meetingBooked: (closer) => `Ücretsiz su testi planlandı. Devralan: ${closer}.`,
    handOff: (closer) => `BANT notlarıyla devredildi. Devralan: ${closer}.`,
    demo: [
      'Tanıtım yapıldı, suyu tattı; yazılı teklif istiyor.',
      'Ofis müdürü ve muhasebeyle tanıtım; kalite ekranını beğendiler.',
    ],
    proposal: (units) => `Teklif gönderildi: ${units} adet Rawaa Pro 500, 12 aylık plan.`,
    sale: '12 aylık planı imzaladı; kurulum randevusu alındı.',
    checkIn: [
      'Memnuniyet araması: 9/10, sorun yok.',
      'Puan 8/10; 2. kat için ikinci cihazı sordu.',
      'Hizmetten memnun; çalışanlar için Home 4 teklifini gönderdim.',
    ],
    lost: {
      price: 'Fiyatı şimdilik yüksek buluyor.',
      competitor: 'Geçen ay başka bir tedarikçiyle anlaştı.',
      noNeed: 'Küçük ofis, damacanadan memnun.',
      noUrgency: 'Bu yıl öncelikli değil.',
      trust: 'Tanıdığı bir tedarikçiyi tercih ediyor.',
      noAuthority: 'Karar genel merkezde; şimdilik ulaşılamıyor.',
      sendInfo: 'Yalnızca bilgi istedi.',
      callLater: 'Sürekli erteliyor.',
    },
    doNotCall: 'Bir daha aranmak istemediğini söyledi.',
  },
};

function offsetHours(lead: Lead): number {
  return UTC_OFFSET_HOURS[lead.timezone ?? ''] ?? UTC_OFFSET_HOURS[lead.country ?? ''] ?? 3;
}

/** Moves a moment to office hours (10:00–17:59) of the same local day, never into the future. */
function inOfficeHours(at: number, offset: number, random: Random, now: number): number {
  const local = at + offset * HOUR;
  const dayStart = local - (((local % DAY) + DAY) % DAY);
  const moved = dayStart + random.int(10, 17) * HOUR + random.int(0, 59) * MINUTE - offset * HOUR;
  // Whole milliseconds: timestamps are integers everywhere (the sync protocol checks it).
  return Math.round(moved < now - 5 * MINUTE ? moved : at);
}

/** Days between a touch and the touch before it. */
function gapDays(kind: TouchKind, previous: TouchKind, random: Random): number {
  switch (kind) {
    case 'demo':
      return 1 + random.next() * 6;
    case 'proposal':
      return 0.1 + random.next() * 2;
    case 'sale':
      return 2 + random.next() * 12;
    case 'checkIn':
      return previous === 'sale' ? 30 + random.next() * 15 : 60 + random.next() * 40;
    case 'lostCall':
      return previous === 'proposal' ? 3 + random.next() * 7 : 1 + random.next() * 4;
    default:
      // Re-dial after a few days, as DOMAIN.md's follow-up rules ask.
      return 1 + random.next() * 4;
  }
}

/** How long before `now` the last touch happened, in days, for stages that sit near today. */
const LAST_TOUCH_DAYS_AGO: Partial<Record<LeadStage, readonly [number, number]>> = {
  meetingScheduled: [0.1, 4],
  proposalSent: [0.05, 6],
  won: [1, 40],
  retention: [1, 80],
};

/** Times of a lead's touches: gaps that fit what each touch is, in the lead's office hours. */
function touchTimes(kinds: TouchKind[], lead: Lead, random: Random, now: number): number[] {
  if (kinds.length === 0) return [];
  const earliest = lead.createdAt + 10 * MINUTE;
  const span = Math.max(now - earliest, MINUTE);
  const daysAgo = LAST_TOUCH_DAYS_AGO[lead.stage];
  const end = daysAgo
    ? now - Math.min((daysAgo[0] + random.next() * (daysAgo[1] - daysAgo[0])) * DAY, span * 0.6)
    : earliest + span * (0.3 + random.next() * 0.67);
  const gaps = kinds.slice(1).map((kind, i) => gapDays(kind, kinds[i] ?? 'filler', random) * DAY);
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  const scale = total > end - earliest ? (end - earliest) / total : 1;
  const times = [end];
  for (let i = gaps.length - 1; i >= 0; i--) {
    times.unshift((times[0] ?? end) - (gaps[i] ?? 0) * scale);
  }
  const offset = offsetHours(lead);
  let previous = lead.createdAt;
  return times.map((at) => {
    let moved = inOfficeHours(at, offset, random, now);
    if (moved <= previous) moved = Math.min(previous + random.int(5, 60) * MINUTE, now - MINUTE);
    previous = moved;
    return moved;
  });
}

function touchKinds(lead: Lead, random: Random): TouchKind[] {
  const t = lead.touches;
  const tail: TouchKind[] = [];
  switch (lead.stage) {
    case 'lead':
      if (t > 0)
        tail.push(lead.doNotCall ? 'doNotCall' : random.chance(0.55) ? 'callBack' : 'filler');
      break;
    case 'qualified':
      tail.push('qualified');
      break;
    case 'meetingScheduled':
      tail.push('meetingBooked');
      break;
    case 'proposalSent':
      tail.push('meetingBooked', 'demo', 'proposal');
      break;
    case 'won':
      tail.push('meetingBooked', 'demo', 'proposal', 'sale');
      break;
    case 'retention':
      tail.push('meetingBooked', 'demo', 'proposal', 'sale', 'checkIn');
      break;
    case 'lost':
      if (lead.doNotCall) tail.push('doNotCall');
      else if (t >= 4) tail.push('meetingBooked', 'demo', 'proposal', 'lostCall');
      else tail.push('lostCall');
      break;
  }
  const extra = Math.max(0, t - tail.length);
  // Farmers' extra touches are more check-ins after the sale; everyone else dialled first.
  if (lead.stage === 'retention') return [...tail, ...Array<TouchKind>(extra).fill('checkIn')];
  return [...Array<TouchKind>(extra).fill('filler'), ...tail];
}

function planHistory(lead: Lead, seed: string | number, now: number): Plan {
  const random = createRandom(`${String(seed)}:history:${lead.id}`);
  const teamId = lead.teamId ?? GULF_TEAM_ID;
  const owner = userById(lead.ownerId);
  const hunter =
    owner?.roles.includes('hunter') && ['lead', 'qualified', 'lost'].includes(lead.stage)
      ? owner
      : pickAgent(random, teamId, 'hunter', lead.country);
  const closer =
    owner?.roles.includes('closer') && lead.stage !== 'lead' && lead.stage !== 'qualified'
      ? owner
      : pickAgent(random, teamId, 'closer', lead.country);
  const farmer = owner?.roles.includes('farmer')
    ? owner
    : pickAgent(random, teamId, 'farmer', lead.country);

  const people = Number(lead.custom.employees ?? '20');
  const bottles = Math.max(3, Math.round((people * 1.5 * 5) / 19));
  const decider = random.int(0, 2);
  const units = people > 60 ? 2 : 1;
  const lostReason: ObjectionCategory | null =
    lead.stage === 'lost' && !lead.doNotCall ? random.pick(LOST_REASONS) : null;

  const kinds = touchKinds(lead, random);
  const times = touchTimes(kinds, lead, random, now);

  const events: PlannedEvent[] = [];
  const notesFor = (agent: User): Notes => NOTES[agent.locale];
  let stage: LeadStage = 'lead';
  let callbackRequested = false;
  let summary = '';
  let bant: Bant | null = null;
  const stageChange = (agent: User, at: number, to: LeadStage, why = ''): void => {
    events.push({
      type: 'stageChange',
      agentId: agent.id,
      at: at + random.int(30, 120) * 1000,
      durationSec: null,
      disposition: null,
      note: `${stage} → ${to}${why ? `: ${why}` : ''}`,
      stageTo: to,
    });
    stage = to;
  };
  const call = (
    agent: User,
    at: number,
    disposition: DemoDisposition,
    note: string,
    durationSec: number | null,
    type: ActivityType = 'call',
  ): void => {
    events.push({ type, agentId: agent.id, at, durationSec, disposition, note });
  };

  kinds.forEach((kind, i) => {
    const at = times[i] ?? lead.createdAt;
    switch (kind) {
      case 'filler': {
        const n = notesFor(hunter);
        const disposition = random.pick<DemoDisposition>([
          'noAnswer',
          'noAnswer',
          'busy',
          'voicemail',
        ]);
        const note =
          disposition === 'busy' ? n.busy : disposition === 'voicemail' ? n.voicemail : '';
        call(hunter, at, disposition, note, disposition === 'voicemail' ? random.int(20, 45) : 0);
        break;
      }
      case 'callBack':
        callbackRequested = true;
        call(hunter, at, 'callBack', random.pick(notesFor(hunter).callBack), random.int(30, 120));
        break;
      case 'doNotCall': {
        const agent = lead.stage === 'lost' && owner ? owner : hunter;
        call(agent, at, 'doNotCall', notesFor(agent).doNotCall, random.int(15, 60));
        if (lead.stage === 'lost') stageChange(agent, at, 'lost', 'doNotCall');
        break;
      }
      case 'qualified':
        summary = notesFor(hunter).bant(people, bottles, decider);
        bant = notesFor(hunter).bantForm(people, bottles, decider);
        callbackRequested = random.chance(0.75);
        call(hunter, at, 'qualified', summary, random.int(240, 600));
        stageChange(hunter, at, 'qualified');
        break;
      case 'meetingBooked': {
        summary = notesFor(hunter).bant(people, bottles, decider);
        bant = notesFor(hunter).bantForm(people, bottles, decider);
        const n = notesFor(hunter);
        call(
          hunter,
          at,
          'meetingBooked',
          `${summary} ${n.meetingBooked(closer.displayName)}`,
          random.int(300, 720),
        );
        stageChange(hunter, at, 'qualified');
        stageChange(hunter, at + 2 * MINUTE, 'meetingScheduled');
        events.push({
          type: 'handOff',
          agentId: hunter.id,
          at: at + 5 * MINUTE,
          durationSec: null,
          disposition: null,
          note: n.handOff(closer.displayName),
        });
        break;
      }
      case 'demo':
        call(
          closer,
          at,
          'demoDone',
          random.pick(notesFor(closer).demo),
          random.int(1200, 2700),
          'meeting',
        );
        break;
      case 'proposal':
        call(closer, at, 'proposalSent', notesFor(closer).proposal(units), null, 'email');
        stageChange(closer, at, 'proposalSent');
        break;
      case 'sale':
        call(closer, at, 'sale', notesFor(closer).sale, random.int(300, 900));
        stageChange(closer, at, 'won');
        break;
      case 'checkIn':
        call(farmer, at, 'satisfied', random.pick(notesFor(farmer).checkIn), random.int(120, 480));
        if (stage === 'won') stageChange(farmer, at, 'retention');
        break;
      case 'lostCall': {
        const agent = stage === 'proposalSent' ? closer : hunter;
        const reason = lostReason ?? 'noNeed';
        call(agent, at, 'notInterested', notesFor(agent).lost[reason], random.int(60, 300));
        stageChange(agent, at, 'lost', reason);
        break;
      }
    }
  });

  events.sort((a, b) => a.at - b.at);
  const lastEventAt = events.at(-1)?.at ?? null;
  return { events, lastEventAt, callbackRequested, lostReason, summary, bant };
}

const LOST_REASON_OF: Record<ObjectionCategory, LostReason> = {
  price: 'price',
  trust: 'other',
  competitor: 'competitor',
  noNeed: 'noNeed',
  noUrgency: 'badTiming',
  noAuthority: 'noAuthority',
  sendInfo: 'other',
  callLater: 'badTiming',
};

/** The pipeline bookkeeping the history implies: stage time, meeting, deal, follow-up state. */
function applyPipelineState(lead: Lead, plan: Plan, random: Random, now: number): void {
  const lastStageChange = plan.events.filter((e) => e.type === 'stageChange').at(-1);
  lead.stageChangedAt = lastStageChange?.at ?? lead.createdAt;
  const calls = plan.events.filter((e) => e.type === 'call');
  const refusals = calls.filter((e) => e.disposition === 'notInterested').length;
  lead.refusals = refusals;
  lead.followUpList =
    refusals >= 3 ? 'quarter' : refusals === 2 ? 'month' : refusals === 1 ? 'recall' : 'none';
  if (lead.nextCallAt !== null) {
    lead.nextCallKind =
      lead.stage === 'won' || lead.stage === 'retention'
        ? 'checkIn'
        : lead.stage === 'proposalSent'
          ? 'followUp'
          : lead.stage === 'meetingScheduled'
            ? null
            : plan.callbackRequested
              ? 'callback'
              : 'retry';
  }
  if (lead.stage === 'lost') {
    lead.lostReason = lead.doNotCall ? 'doNotCall' : LOST_REASON_OF[plan.lostReason ?? 'noNeed'];
  }
  const product = RAWAA_PRO_500;
  const seats = Math.max(1, Math.round(Number(lead.custom.employees ?? '20') / 25));
  const amount = product.price * seats;
  if (lead.stage === 'meetingScheduled' || lead.stage === 'proposalSent') {
    const booking = calls.find((e) => e.disposition === 'meetingBooked');
    const at =
      lead.stage === 'meetingScheduled'
        ? (lead.nextCallAt ?? now + 86_400_000)
        : (booking?.at ?? lead.stageChangedAt);
    lead.meeting = {
      at,
      closerId: lead.ownerId ?? (booking?.agentId as UserId),
      bookedBy: booking?.agentId ?? (lead.ownerId as UserId),
      bookedAt: booking?.at ?? lead.stageChangedAt,
      note: plan.summary,
    };
    if (lead.stage === 'meetingScheduled') lead.nextCallAt = null;
  }
  if (lead.stage === 'proposalSent') {
    lead.proposal = {
      productId: product.id,
      amount,
      currency: product.currency,
      at: lead.stageChangedAt,
    };
  }
  if (lead.stage === 'won' || lead.stage === 'retention') {
    const sale = calls.find((e) => e.disposition === 'sale');
    lead.deal = {
      productId: product.id,
      amount,
      currency: product.currency,
      at: sale?.at ?? lead.stageChangedAt,
    };
  }
  // Keep the random stream's use stable whatever the stage.
  random.next();
}

function nextCallAt(lead: Lead, plan: Plan, random: Random, now: number): number | null {
  const last = plan.lastEventAt ?? lead.createdAt;
  const notBefore = (at: number): number => Math.max(at, last + 15 * MINUTE);
  switch (lead.stage) {
    case 'lead':
      return plan.callbackRequested && !lead.doNotCall
        ? notBefore(now + random.int(-6 * 60, 3 * 24 * 60) * MINUTE)
        : null;
    case 'qualified':
      return plan.callbackRequested
        ? notBefore(now + random.int(-24 * 60, 5 * 24 * 60) * MINUTE)
        : null;
    case 'meetingScheduled': {
      // The meeting itself, on the hour, between two hours and a week from now.
      const at = Math.max(now + 2 * HOUR, last + random.int(1, 7) * DAY);
      return Math.ceil(at / HOUR) * HOUR;
    }
    case 'proposalSent':
      return notBefore(last + random.int(2, 5) * DAY);
    case 'won':
      return last + 30 * DAY;
    case 'retention':
      return last + 90 * DAY;
    case 'lost':
      return null;
  }
}

/**
 * About `count` leads spread over the pipeline and eleven countries. Deterministic: the same
 * seed and `now` give the same leads, ids included.
 */
export function generateDemoLeads({ now, count = 300, seed = DEMO_SEED }: DemoLeadOptions): Lead[] {
  const random = createRandom(`${String(seed)}:leads`);
  const usedPhones = new Set<string>();
  const usedEmails = new Set<string>();
  const leads: Lead[] = [];

  // Fictional ranges are small (US 555-01xx): once they fill up, ordinary numbers are used.
  const uniquePhone = (country: DemoCountry, kind: 'mobile' | 'landline') => {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const phone = demoPhone(country, kind, random, attempt < 20);
      if (!usedPhones.has(phone.e164)) {
        usedPhones.add(phone.e164);
        return phone;
      }
    }
    throw new Error(`no unused ${kind} number left for ${country}`);
  };

  for (let i = 0; i < count; i++) {
    // The first leads cover every stage, so even a small demo shows the whole pipeline.
    const stage: LeadStage = LEAD_STAGES[i] ?? random.weighted(STAGE_WEIGHTS);
    const country: DemoCountry =
      i < LEAD_STAGES.length * 2
        ? ((['SA', 'TR', 'EG', 'AE', 'RU', 'GB', 'US'] as const)[i % 7] ?? 'SA')
        : random.weighted(COUNTRY_WEIGHTS);
    const teamId = GULF_COUNTRIES.includes(country) ? GULF_TEAM_ID : ISTANBUL_TEAM_ID;
    const person = makePerson(random, country, usedEmails);

    const [minTouches, maxTouches] = TOUCHES[stage];
    let touches =
      stage === 'lead'
        ? random.weighted<number>([
            [0, 45],
            [1, 25],
            [2, 18],
            [3, 12],
          ])
        : random.int(minTouches, maxTouches);
    const doNotCall = (stage === 'lead' || stage === 'lost') && random.chance(0.03);
    if (doNotCall) touches = Math.max(touches, 1);

    const role: UserRole =
      stage === 'lost'
        ? touches >= 4 && !doNotCall
          ? 'closer'
          : 'hunter'
        : (STAGE_OWNER_ROLES[stage][0] ?? 'hunter');
    const unowned = stage === 'lead' && random.chance(0.3);
    const ownerId = unowned ? null : pickAgent(random, teamId, role, country).id;

    const [minAge, maxAge] = AGE_DAYS[stage];
    const createdAt = Math.round(now - (minAge + random.next() * (maxAge - minAge)) * DAY);

    const main = uniquePhone(country, 'mobile');
    const phones: string[] = [];
    if (random.chance(0.15) && !['KW', 'QA', 'JO', 'DE'].includes(country)) {
      phones.push(uniquePhone(country, 'landline').e164);
    }
    const russianCity = country === 'RU' ? random.pick(RUSSIAN_CITIES) : null;
    const timezone = main.timezone ?? russianCity?.[1] ?? null;
    const [listName, source] = random.weighted(
      LISTS[country].map(([name, src, weight]) => [[name, src] as const, weight] as const),
    );
    const employees = random.weighted<[number, number]>([
      [[5, 15], 3],
      [[16, 40], 5],
      [[41, 90], 3],
      [[91, 250], 1],
    ]);

    const lead: Lead = {
      id: uuidv7(createdAt, random.fillBytes) as LeadId,
      organisationId: DEMO_ORGANISATION_ID,
      ownerId,
      teamId,
      stage,
      name: person.name,
      company: person.company,
      phoneE164: main.e164,
      phones,
      email: person.email,
      country,
      timezone,
      listName,
      source,
      priority: PRIORITY[source],
      touches,
      nextCallAt: null,
      doNotCall,
      searchKeys: searchTokens(person.name, person.company, person.email),
      notes: '',
      custom: {
        employees: String(random.int(employees[0], employees[1])),
        industry: person.industry,
        ...(russianCity ? { city: russianCity[0] } : {}),
      },
      createdAt,
      updatedAt: createdAt,
      ...freshLeadState(createdAt),
    };

    const plan = planHistory(lead, seed, now);
    lead.updatedAt = Math.max(createdAt, ...plan.events.map((e) => e.at));
    lead.nextCallAt = doNotCall ? null : nextCallAt(lead, plan, random, now);
    lead.notes = plan.summary;
    // Qualified and every stage after it: the hunter filled the BANT form on the way.
    lead.bant = plan.bant;
    if (plan.lostReason) lead.custom.lostReason = plan.lostReason;
    applyPipelineState(lead, plan, random, now);
    leads.push(lead);
  }
  return leads;
}

/**
 * The call history of leads made by generateDemoLeads with the same seed and `now`: one call,
 * meeting or e-mail per touch, plus stage changes and hand-offs, oldest first per lead.
 */
export function generateDemoActivities(
  leads: readonly Lead[],
  { now, seed = DEMO_SEED }: { now: number; seed?: string | number },
): Activity[] {
  const activities: Activity[] = [];
  for (const lead of leads) {
    const random = createRandom(`${String(seed)}:activity-ids:${lead.id}`);
    const plan = planHistory(lead, seed, now);
    const productId = lead.deal?.productId ?? lead.proposal?.productId ?? null;
    // Each activity carries where the lead stood when it happened (as the verbs stamp it), so
    // the demo's history feeds time in stage and the reports by list and product.
    let stage: LeadStage = 'lead';
    let since = lead.createdAt;
    for (const event of plan.events) {
      const context = {
        teamId: lead.teamId,
        list: lead.listName,
        source: lead.source,
        ...(productId ? { productId } : {}),
        stageFrom: stage,
        stageSince: Math.min(since, event.at),
      };
      const lost =
        event.stageTo === 'lost' && lead.lostReason ? { lostReason: lead.lostReason } : {};
      if (event.stageTo) {
        stage = event.stageTo;
        since = event.at;
      }
      activities.push({
        context,
        ...lost,
        id: uuidv7(event.at, random.fillBytes) as ActivityId,
        leadId: lead.id,
        agentId: event.agentId,
        type: event.type,
        at: event.at,
        durationSec: event.durationSec,
        disposition: event.disposition,
        note: event.note,
        ...(event.stageTo ? { stageTo: event.stageTo } : {}),
        ...(event.stageTo === 'won' && lead.deal
          ? {
              amount: lead.deal.amount,
              currency: lead.deal.currency,
              productId: lead.deal.productId,
            }
          : {}),
      });
    }
  }
  return activities;
}
