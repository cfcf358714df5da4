// The demo organisation: an office-water company selling from Riyadh to the Gulf and Egypt, with
// a second team in Istanbul for Türkiye and international leads. Ids are fixed UUIDs so a reset
// demo keeps the same users and teams.
import type { User, OrganisationProfile, Team } from '../domain/content';
import type { OrganisationId, TeamId, UserId } from '../domain/ids';

export const DEMO_ORGANISATION_ID = '01900000-0000-7000-8000-000000000001' as OrganisationId;

export const GULF_TEAM_ID = '01900000-0000-7000-8000-000000000101' as TeamId;
export const ISTANBUL_TEAM_ID = '01900000-0000-7000-8000-000000000102' as TeamId;

const userId = (n: number): UserId =>
  `01900000-0000-7000-8000-${String(n).padStart(12, '0')}` as UserId;

export const DEMO_USER_IDS = {
  omar: userId(201),
  faisal: userId(202),
  mona: userId(203),
  khalid: userId(204),
  noura: userId(205),
  ayse: userId(301),
  emre: userId(302),
  elif: userId(303),
  burak: userId(304),
  zeynep: userId(305),
  daniel: userId(306),
  sarah: userId(401),
} as const;

export const DEMO_ORGANISATION: OrganisationProfile = {
  id: DEMO_ORGANISATION_ID,
  name: {
    en: 'Rawaa Water Technologies',
    ar: 'رواء لتقنيات المياه',
    tr: 'Rawaa Su Teknolojileri',
  },
  defaultLanguage: 'ar',
  currency: 'SAR',
  timezone: 'Asia/Riyadh',
  callingWindow: { startMinutes: 9 * 60, endMinutes: 20 * 60 },
};

export const DEMO_TEAMS: Team[] = [
  {
    id: GULF_TEAM_ID,
    name: { en: 'Gulf & Egypt team', ar: 'فريق الخليج ومصر', tr: 'Körfez ve Mısır ekibi' },
    supervisorId: DEMO_USER_IDS.omar,
  },
  {
    id: ISTANBUL_TEAM_ID,
    name: {
      en: 'Istanbul & international team',
      ar: 'فريق إسطنبول والأسواق الدولية',
      tr: 'İstanbul ve uluslararası ekip',
    },
    supervisorId: DEMO_USER_IDS.ayse,
  },
];

const EMAIL_DOMAIN = 'rawaa.example';

export const DEMO_USERS: User[] = [
  {
    id: DEMO_USER_IDS.omar,
    displayName: 'عمر الحداد',
    email: `omar.alhaddad@${EMAIL_DOMAIN}`,
    roles: ['supervisor'],
    teamId: GULF_TEAM_ID,
    locale: 'ar',
    dailyCallTarget: 0,
    dailyBookingTarget: 0,
  },
  {
    id: DEMO_USER_IDS.faisal,
    displayName: 'فيصل العتيبي',
    email: `faisal.alotaibi@${EMAIL_DOMAIN}`,
    roles: ['hunter'],
    teamId: GULF_TEAM_ID,
    locale: 'ar',
    dailyCallTarget: 80,
    dailyBookingTarget: 4,
  },
  {
    id: DEMO_USER_IDS.mona,
    displayName: 'منى عبد الرحمن',
    email: `mona.abdelrahman@${EMAIL_DOMAIN}`,
    roles: ['hunter'],
    teamId: GULF_TEAM_ID,
    locale: 'ar',
    dailyCallTarget: 80,
    dailyBookingTarget: 4,
  },
  {
    id: DEMO_USER_IDS.khalid,
    displayName: 'خالد المنصوري',
    email: `khalid.almansoori@${EMAIL_DOMAIN}`,
    roles: ['closer'],
    teamId: GULF_TEAM_ID,
    locale: 'ar',
    dailyCallTarget: 25,
    dailyBookingTarget: 2,
  },
  {
    id: DEMO_USER_IDS.noura,
    displayName: 'نورة القحطاني',
    email: `noura.alqahtani@${EMAIL_DOMAIN}`,
    roles: ['farmer'],
    teamId: GULF_TEAM_ID,
    locale: 'ar',
    dailyCallTarget: 40,
    dailyBookingTarget: 2,
  },
  {
    id: DEMO_USER_IDS.ayse,
    displayName: 'Ayşe Kaya',
    email: `ayse.kaya@${EMAIL_DOMAIN}`,
    roles: ['supervisor'],
    teamId: ISTANBUL_TEAM_ID,
    locale: 'tr',
    dailyCallTarget: 0,
    dailyBookingTarget: 0,
  },
  {
    id: DEMO_USER_IDS.emre,
    displayName: 'Emre Yıldız',
    email: `emre.yildiz@${EMAIL_DOMAIN}`,
    roles: ['hunter'],
    teamId: ISTANBUL_TEAM_ID,
    locale: 'tr',
    dailyCallTarget: 80,
    dailyBookingTarget: 4,
  },
  {
    id: DEMO_USER_IDS.elif,
    displayName: 'Elif Şahin',
    email: `elif.sahin@${EMAIL_DOMAIN}`,
    roles: ['hunter'],
    teamId: ISTANBUL_TEAM_ID,
    locale: 'tr',
    dailyCallTarget: 70,
    dailyBookingTarget: 3,
  },
  {
    id: DEMO_USER_IDS.burak,
    displayName: 'Burak Çelik',
    email: `burak.celik@${EMAIL_DOMAIN}`,
    roles: ['closer'],
    teamId: ISTANBUL_TEAM_ID,
    locale: 'tr',
    dailyCallTarget: 25,
    dailyBookingTarget: 2,
  },
  {
    id: DEMO_USER_IDS.zeynep,
    displayName: 'Zeynep Aydın',
    email: `zeynep.aydin@${EMAIL_DOMAIN}`,
    roles: ['farmer'],
    teamId: ISTANBUL_TEAM_ID,
    locale: 'tr',
    dailyCallTarget: 40,
    dailyBookingTarget: 2,
  },
  {
    // The "universal soldier": one person hunts, closes and keeps the English-speaking accounts.
    id: DEMO_USER_IDS.daniel,
    displayName: 'Daniel Brooks',
    email: `daniel.brooks@${EMAIL_DOMAIN}`,
    roles: ['hunter', 'closer', 'farmer'],
    teamId: ISTANBUL_TEAM_ID,
    locale: 'en',
    dailyCallTarget: 60,
    dailyBookingTarget: 3,
  },
  {
    id: DEMO_USER_IDS.sarah,
    displayName: 'Sarah Mitchell',
    email: `sarah.mitchell@${EMAIL_DOMAIN}`,
    roles: ['admin'],
    teamId: null,
    locale: 'en',
    dailyCallTarget: 0,
    dailyBookingTarget: 0,
  },
];
