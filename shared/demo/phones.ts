// Plausible E.164 numbers for demo leads: real country codes and mobile/landline prefixes, with
// national lengths that libphonenumber accepts. Where a country reserves numbers for fiction,
// they are used (US 555-01xx, the London 020 7946 0xxx range), so demo dialling reaches nobody.
import type { Random } from './random';

export const DEMO_COUNTRIES = [
  'SA',
  'AE',
  'EG',
  'TR',
  'RU',
  'GB',
  'US',
  'KW',
  'QA',
  'JO',
  'DE',
] as const;
export type DemoCountry = (typeof DEMO_COUNTRIES)[number];

export type PhoneKind = 'mobile' | 'landline';

/** What a demo number of each country looks like, mobile or landline. */
export const DEMO_PHONE_PATTERNS: Record<DemoCountry, RegExp> = {
  SA: /^\+966(5[0345689]\d{7}|1[12]\d{7})$/,
  AE: /^\+971(5[024568]\d{7}|4[2-8]\d{6})$/,
  EG: /^\+20(1[0125]\d{8}|2[2-4]\d{7})$/,
  TR: /^\+90(5(0[15-7]|3\d|4\d|5[1-5])\d{7}|21[26][2-6]\d{6})$/,
  RU: /^\+7(9\d{9}|495\d{7})$/,
  GB: /^\+44(7[45789]\d{8}|20[378]\d{7})$/,
  US: /^\+1[2-9]\d{2}[2-9]\d{6}$/,
  KW: /^\+965[569]\d{7}$/,
  QA: /^\+974[3567]\d{7}$/,
  JO: /^\+9627[789]\d{7}$/,
  DE: /^\+491(5[127]|7[6-9])\d{8}$/,
};

/** US area codes of the demo, with the timezone a call to them lands in. */
const US_AREA_CODES: readonly (readonly [string, string])[] = [
  ['212', 'America/New_York'],
  ['646', 'America/New_York'],
  ['617', 'America/New_York'],
  ['305', 'America/New_York'],
  ['404', 'America/New_York'],
  ['312', 'America/Chicago'],
  ['713', 'America/Chicago'],
  ['214', 'America/Chicago'],
  ['303', 'America/Denver'],
  ['602', 'America/Phoenix'],
  ['415', 'America/Los_Angeles'],
  ['310', 'America/Los_Angeles'],
  ['206', 'America/Los_Angeles'],
];

const TR_MOBILE = ['501', '505', '506', '507', '530', '532', '533', '535', '536', '537', '538'];
const TR_MOBILE_2 = ['539', '541', '542', '543', '544', '545', '546', '549', '551', '552', '555'];
const GB_MOBILE = [
  '740',
  '741',
  '742',
  '743',
  '744',
  '746',
  '747',
  '748',
  '749',
  '751',
  '753',
  '754',
  '755',
  '756',
  '757',
  '758',
  '759',
  '771',
  '772',
  '773',
  '774',
  '775',
  '776',
  '777',
  '780',
  '781',
  '784',
  '785',
  '786',
  '787',
  '788',
  '789',
  '790',
  '792',
  '794',
  '795',
  '796',
  '797',
  '798',
];
const RU_MOBILE = [
  '903',
  '905',
  '906',
  '909',
  '910',
  '911',
  '912',
  '913',
  '915',
  '916',
  '917',
  '919',
  '920',
  '921',
  '925',
  '926',
  '929',
  '950',
  '952',
  '960',
  '961',
  '962',
  '963',
  '964',
  '965',
  '977',
  '978',
  '981',
  '985',
  '991',
  '999',
];
const KW_MOBILE = [
  '500',
  '505',
  '550',
  '555',
  '660',
  '665',
  '669',
  '900',
  '940',
  '965',
  '970',
  '990',
];
const JO_MOBILE = [
  '770',
  '771',
  '772',
  '775',
  '776',
  '778',
  '779',
  '780',
  '785',
  '790',
  '795',
  '797',
];

export type DemoPhone = {
  e164: string;
  /** Set where the number itself tells the zone (US area codes); null means "infer". */
  timezone: string | null;
};

/**
 * A random number of the country. With `fictional` (the default) the US and London landline
 * numbers come from the ranges reserved for fiction; the caller turns it off when those run out.
 */
export function demoPhone(
  country: DemoCountry,
  kind: PhoneKind,
  random: Random,
  fictional = true,
): DemoPhone {
  const e164 = (digits: string): DemoPhone => ({ e164: `+${digits}`, timezone: null });
  const mobile = kind === 'mobile';
  switch (country) {
    case 'SA':
      return mobile
        ? e164(`9665${random.pick(['0', '3', '4', '5', '6', '8', '9'])}${random.digits(7)}`)
        : e164(`96611${random.int(2, 5)}${random.digits(6)}`);
    case 'AE':
      return mobile
        ? e164(`9715${random.pick(['0', '2', '4', '5', '6', '8'])}${random.digits(7)}`)
        : e164(`9714${random.int(2, 8)}${random.digits(6)}`);
    case 'EG':
      return mobile
        ? e164(`201${random.pick(['0', '1', '2', '5'])}${random.digits(8)}`)
        : e164(`202${random.int(2, 4)}${random.digits(7)}`);
    case 'TR':
      return mobile
        ? e164(`90${random.pick(random.chance(0.5) ? TR_MOBILE : TR_MOBILE_2)}${random.digits(7)}`)
        : e164(`90${random.pick(['212', '216'])}${random.int(2, 6)}${random.digits(6)}`);
    case 'RU':
      return mobile
        ? e164(`7${random.pick(RU_MOBILE)}${random.digits(7)}`)
        : e164(`7495${random.int(1, 9)}${random.digits(6)}`);
    case 'GB':
      return mobile
        ? e164(`44${random.pick(GB_MOBILE)}${random.digits(7)}`)
        : e164(
            fictional
              ? `442079460${random.digits(3)}`
              : `4420${random.pick(['3', '7', '8'])}${random.int(2, 9)}${random.digits(6)}`,
          );
    case 'US': {
      const [area, timezone] = random.pick(US_AREA_CODES);
      if (fictional) return { e164: `+1${area}55501${random.digits(2)}`, timezone };
      // An ordinary exchange: not N11 (service codes) and not 555.
      const exchange = `${random.int(2, 9)}${random.pick(['2', '3', '4', '6', '7', '8'])}${random.digits(1)}`;
      return { e164: `+1${area}${exchange}${random.digits(4)}`, timezone };
    }
    case 'KW':
      return e164(`965${random.pick(KW_MOBILE)}${random.digits(5)}`);
    case 'QA':
      return e164(`974${random.pick(['3', '5', '6', '7'])}${random.digits(7)}`);
    case 'JO':
      return e164(`962${random.pick(JO_MOBILE)}${random.digits(6)}`);
    case 'DE':
      return e164(
        `491${random.pick(['51', '52', '57', '76', '77', '78', '79'])}${random.digits(8)}`,
      );
  }
}
