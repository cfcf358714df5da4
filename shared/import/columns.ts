// Column mapping for a lead import: what each column of the file becomes on the lead, guessed
// from header names in English, Arabic and Turkish, and remembered per header signature.
import { foldForSearch } from '../domain/search-key';

export const COLUMN_TARGETS = [
  'ignore',
  'name',
  'firstName',
  'lastName',
  'company',
  'phone',
  'email',
  'country',
  'timezone',
  'source',
  'trackingNumber',
  'address',
  'interests',
  'notes',
  'custom',
] as const;
export type ColumnTargetKind = (typeof COLUMN_TARGETS)[number];

/** What one column becomes; a custom field carries its name. */
export type ColumnTarget =
  { kind: Exclude<ColumnTargetKind, 'custom'> } | { kind: 'custom'; key: string };

/** One target per column of the file, in column order. */
export type ColumnMapping = ColumnTarget[];

/** Targets a file may map to at most one column (phones, interests and custom fields may repeat). */
const SINGLE: readonly ColumnTargetKind[] = [
  'name',
  'firstName',
  'lastName',
  'company',
  'email',
  'country',
  'timezone',
  'source',
  'trackingNumber',
  'address',
  'notes',
];

export const CUSTOM_KEY_MAX = 100;

/** Header words per target, folded with foldForSearch (Arabic alef forms, Turkish ı/İ, case). */
const SYNONYMS: Record<Exclude<ColumnTargetKind, 'ignore' | 'custom'>, readonly string[]> = {
  name: [
    'name',
    'full name',
    'fullname',
    'contact',
    'contact name',
    'customer',
    'customer name',
    'client',
    'client name',
    'lead',
    'lead name',
    'person',
    'ad soyad',
    'adi soyadi',
    'ad soyadi',
    'adsoyad',
    'isim',
    'isim soyisim',
    'musteri',
    'musteri adi',
    'kisi',
    'yetkili',
    'الاسم',
    'اسم',
    'الاسم الكامل',
    'اسم العميل',
    'العميل',
    'اسم المسؤول',
    'المسؤول',
    'جهة الاتصال',
  ],
  firstName: ['first name', 'firstname', 'given name', 'forename', 'ad', 'adi', 'الاسم الاول'],
  lastName: [
    'last name',
    'lastname',
    'surname',
    'family name',
    'soyad',
    'soyadi',
    'soyisim',
    'اسم العائله',
    'العائله',
    'اللقب',
  ],
  company: [
    'company',
    'company name',
    'organization',
    'organisation',
    'business',
    'account',
    'account name',
    'employer',
    'firma',
    'firma adi',
    'sirket',
    'sirket adi',
    'kurum',
    'isletme',
    'الشركه',
    'شركه',
    'اسم الشركه',
    'المؤسسه',
    'الجهه',
    'المنشاه',
  ],
  phone: [
    'phone',
    'phones',
    'telephone',
    'tel',
    'mobile',
    'cell',
    'cellphone',
    'gsm',
    'number',
    'phone number',
    'mobile phone',
    'work phone',
    'home phone',
    'whatsapp',
    'telefon',
    'cep',
    'cep telefonu',
    'is telefonu',
    'ev telefonu',
    'telefon numarasi',
    'الهاتف',
    'هاتف',
    'الجوال',
    'جوال',
    'رقم الهاتف',
    'رقم الجوال',
    'الموبايل',
    'موبايل',
    'المحمول',
    'تليفون',
    'واتساب',
  ],
  email: [
    'email',
    'e mail',
    'mail',
    'email address',
    'e posta',
    'eposta',
    'e posta adresi',
    'البريد الالكتروني',
    'البريد',
    'ايميل',
    'الايميل',
  ],
  country: ['country', 'nation', 'ulke', 'الدوله', 'البلد', 'دوله'],
  timezone: ['timezone', 'time zone', 'tz', 'saat dilimi', 'المنطقه الزمنيه'],
  source: [
    'source',
    'lead source',
    'campaign',
    'channel',
    'kaynak',
    'kampanya',
    'kanal',
    'المصدر',
    'الحمله',
    'القناه',
  ],
  trackingNumber: [
    'tracking number',
    'tracking no',
    'tracking',
    'did',
    'called number',
    'advert number',
    'ad number',
    'takip numarasi',
    'reklam numarasi',
    'aranan numara',
    'رقم التتبع',
    'رقم الاعلان',
    'الرقم المتصل به',
  ],
  address: [
    'address',
    'postal address',
    'mailing address',
    'street address',
    'adres',
    'posta adresi',
    'acik adres',
    'العنوان',
    'عنوان',
    'العنوان البريدي',
  ],
  interests: [
    'interests',
    'interest',
    'interested in',
    'ilgi alanlari',
    'ilgi alani',
    'ilgilendigi urunler',
    'الاهتمامات',
    'اهتمامات',
    'مهتم ب',
  ],
  notes: [
    'notes',
    'note',
    'comment',
    'comments',
    'description',
    'remarks',
    'not',
    'notlar',
    'aciklama',
    'yorum',
    'ملاحظات',
    'ملاحظه',
    'الملاحظات',
    'تعليق',
    'تعليقات',
    'الوصف',
  ],
};

/** A header folded for matching: search form, punctuation and numbering dropped. */
export function foldHeader(header: string): string {
  return foldForSearch(header)
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LOOKUP = new Map<string, ColumnTargetKind>();
for (const [kind, words] of Object.entries(SYNONYMS))
  for (const w of words) LOOKUP.set(foldHeader(w), kind as ColumnTargetKind);

/** Words that make any header a phone column ("Phone (work)", "Telefon 2", "رقم جوال العميل"). */
const PHONE_WORDS = ['phone', 'mobile', 'telefon', 'gsm', 'هاتف', 'جوال', 'موبايل', 'تليفون'];

function guessOne(header: string): ColumnTargetKind | null {
  const folded = foldHeader(header);
  if (!folded) return null;
  const exact = LOOKUP.get(folded);
  if (exact) return exact;
  if (PHONE_WORDS.some((w) => folded.includes(w))) return 'phone';
  if (/\be ?mail\b|البريد/.test(folded)) return 'email';
  return null;
}

/** The column's custom-field name: its header, trimmed to what a lead can store. */
export function customKey(header: string, index: number): string {
  const key = header.trim().replace(/\s+/g, ' ').slice(0, CUSTOM_KEY_MAX);
  return key || `column ${index + 1}`;
}

/**
 * Guesses what each column is from its header. Unknown columns with a header are kept as custom
 * fields named after it; empty headers are ignored. A target that fits one column only goes to
 * the first; "Ad" without a "Soyad" column is a full name.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const used = new Set<ColumnTargetKind>();
  const mapping: ColumnMapping = headers.map((h, i) => {
    const kind = guessOne(h);
    if (kind && (!SINGLE.includes(kind) || !used.has(kind))) {
      used.add(kind);
      return { kind } as ColumnTarget;
    }
    return h.trim() ? { kind: 'custom', key: customKey(h, i) } : { kind: 'ignore' };
  });
  if (used.has('firstName') && !used.has('lastName') && !used.has('name')) {
    return mapping.map((t) => (t.kind === 'firstName' ? { kind: 'name' } : t));
  }
  return mapping;
}

/** Problems that stop an import before it starts: no way to name or call the leads. */
export type MappingProblem = 'noName' | 'noPhone' | 'duplicateTarget' | 'customKeyMissing';

export function mappingProblems(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const kinds = mapping.map((t) => t.kind);
  if (!kinds.some((k) => k === 'name' || k === 'firstName' || k === 'lastName' || k === 'company'))
    problems.push('noName');
  if (!kinds.includes('phone')) problems.push('noPhone');
  if (SINGLE.some((k) => kinds.filter((x) => x === k).length > 1)) problems.push('duplicateTarget');
  if (mapping.some((t) => t.kind === 'custom' && !t.key.trim())) problems.push('customKeyMissing');
  return problems;
}

/** A stable key for "the same kind of file": its headers, folded, in order. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map((h) => foldForSearch(h)).join('\u001f');
}

/** A remembered mapping fits a file only when it has one target per column. */
export function isMappingFor(value: unknown, columns: number): value is ColumnMapping {
  return (
    Array.isArray(value) &&
    value.length === columns &&
    value.every(
      (t) =>
        typeof t === 'object' &&
        t !== null &&
        (COLUMN_TARGETS as readonly string[]).includes((t as { kind: string }).kind) &&
        ((t as { kind: string }).kind !== 'custom' ||
          typeof (t as { key?: unknown }).key === 'string'),
    )
  );
}
