// Name and company pools for demo leads, per country: [native spelling, Latin spelling]. Arabic
// names are written in Arabic script with the transliteration used for e-mail addresses; Russian
// ones in Cyrillic with their usual Latin form; Turkish ones keep ç ğ ı İ ö ş ü.
import type { DemoCountry } from './phones';

export type NamePart = readonly [native: string, latin: string];

export type Industry =
  | 'construction'
  | 'trading'
  | 'logistics'
  | 'engineering'
  | 'law'
  | 'realEstate'
  | 'clinic'
  | 'it'
  | 'education'
  | 'travel'
  | 'accounting'
  | 'recruitment';

/**
 * A company name pattern: `{core}` is filled from the country's cores, `{family}` from its family
 * names. `domain` is the Latin word joined to the core in the company's e-mail domain.
 */
export type CompanyTemplate = {
  native: string;
  latin: string;
  domain: string;
  industry: Industry;
};

export type CountryPool = {
  male: readonly NamePart[];
  female: readonly NamePart[];
  family: readonly NamePart[];
  /** Where family names change with gender (Russian); otherwise `family` is used. */
  femaleFamily?: readonly NamePart[];
  cores: readonly NamePart[];
  companies: readonly CompanyTemplate[];
  /** Top-level domain of company e-mail addresses. */
  tld: string;
  personalMailDomains: readonly string[];
  /** Share of leads whose name and company are written in the native script. */
  nativeShare: number;
};

// --- Arabic --------------------------------------------------------------------------------------

const ARAB_MALE: readonly NamePart[] = [
  ['محمد', 'Mohammed'],
  ['أحمد', 'Ahmed'],
  ['عبدالله', 'Abdullah'],
  ['خالد', 'Khalid'],
  ['فهد', 'Fahad'],
  ['سلطان', 'Sultan'],
  ['ناصر', 'Nasser'],
  ['عبدالعزيز', 'Abdulaziz'],
  ['سعود', 'Saud'],
  ['تركي', 'Turki'],
  ['يوسف', 'Youssef'],
  ['إبراهيم', 'Ibrahim'],
  ['ماجد', 'Majed'],
  ['راشد', 'Rashid'],
  ['سيف', 'Saif'],
  ['علي', 'Ali'],
  ['حسن', 'Hassan'],
  ['وليد', 'Waleed'],
  ['بندر', 'Bandar'],
  ['عمر', 'Omar'],
];

const ARAB_FEMALE: readonly NamePart[] = [
  ['فاطمة', 'Fatima'],
  ['نورة', 'Noura'],
  ['سارة', 'Sara'],
  ['ريم', 'Reem'],
  ['هند', 'Hind'],
  ['لمى', 'Lama'],
  ['منى', 'Mona'],
  ['مريم', 'Maryam'],
  ['عائشة', 'Aisha'],
  ['هالة', 'Hala'],
  ['أمل', 'Amal'],
  ['رنا', 'Rana'],
  ['الجوهرة', 'Aljawhara'],
  ['دانة', 'Dana'],
];

const EGYPT_MALE: readonly NamePart[] = [
  ['محمد', 'Mohamed'],
  ['أحمد', 'Ahmed'],
  ['مصطفى', 'Mostafa'],
  ['محمود', 'Mahmoud'],
  ['عمرو', 'Amr'],
  ['طارق', 'Tarek'],
  ['هشام', 'Hesham'],
  ['كريم', 'Karim'],
  ['شريف', 'Sherif'],
  ['إسلام', 'Islam'],
  ['تامر', 'Tamer'],
  ['هاني', 'Hany'],
  ['وائل', 'Wael'],
  ['أيمن', 'Ayman'],
];

const EGYPT_FEMALE: readonly NamePart[] = [
  ['ياسمين', 'Yasmine'],
  ['دينا', 'Dina'],
  ['شيماء', 'Shaimaa'],
  ['منى', 'Mona'],
  ['هبة', 'Heba'],
  ['نهى', 'Noha'],
  ['مروة', 'Marwa'],
  ['رانيا', 'Rania'],
  ['سلمى', 'Salma'],
  ['نيرة', 'Nayera'],
];

const SAUDI_FAMILY: readonly NamePart[] = [
  ['العتيبي', 'Al-Otaibi'],
  ['القحطاني', 'Al-Qahtani'],
  ['الشمري', 'Al-Shammari'],
  ['الدوسري', 'Al-Dosari'],
  ['الغامدي', 'Al-Ghamdi'],
  ['الزهراني', 'Al-Zahrani'],
  ['الحربي', 'Al-Harbi'],
  ['المطيري', 'Al-Mutairi'],
  ['السبيعي', 'Al-Subaie'],
  ['العنزي', 'Al-Anazi'],
  ['الشهري', 'Al-Shehri'],
  ['المالكي', 'Al-Malki'],
  ['الرشيد', 'Al-Rasheed'],
  ['البقمي', 'Al-Buqami'],
];

const EMIRATI_FAMILY: readonly NamePart[] = [
  ['المنصوري', 'Al-Mansoori'],
  ['الكعبي', 'Al-Kaabi'],
  ['النعيمي', 'Al-Nuaimi'],
  ['الشامسي', 'Al-Shamsi'],
  ['المزروعي', 'Al-Mazrouei'],
  ['الظاهري', 'Al-Dhaheri'],
  ['الهاشمي', 'Al-Hashmi'],
  ['البلوشي', 'Al-Balushi'],
  ['الفلاسي', 'Al-Falasi'],
  ['السويدي', 'Al-Suwaidi'],
];

const EGYPT_FAMILY: readonly NamePart[] = [
  ['عبد الحميد', 'Abdelhamid'],
  ['السيد', 'Elsayed'],
  ['عبد الرحمن', 'Abdelrahman'],
  ['فوزي', 'Fawzy'],
  ['الشريف', 'Elsherif'],
  ['منصور', 'Mansour'],
  ['سليمان', 'Soliman'],
  ['حسني', 'Hosny'],
  ['البنا', 'Elbanna'],
  ['عاشور', 'Ashour'],
  ['الجمال', 'Elgammal'],
  ['شحاتة', 'Shehata'],
  ['رضوان', 'Radwan'],
  ['نصار', 'Nassar'],
];

const KUWAIT_QATAR_FAMILY: readonly NamePart[] = [
  ['العازمي', 'Al-Azmi'],
  ['الرشيدي', 'Al-Rashidi'],
  ['العجمي', 'Al-Ajmi'],
  ['الكواري', 'Al-Kuwari'],
  ['المري', 'Al-Marri'],
  ['الهاجري', 'Al-Hajri'],
  ['المطوع', 'Al-Mutawa'],
  ['الخليفي', 'Al-Khulaifi'],
];

const JORDAN_FAMILY: readonly NamePart[] = [
  ['الخطيب', 'Al-Khatib'],
  ['العبادي', 'Al-Abbadi'],
  ['النسور', 'Al-Nsour'],
  ['الزعبي', 'Al-Zoubi'],
  ['حداد', 'Haddad'],
  ['المجالي', 'Al-Majali'],
  ['الطراونة', 'Al-Tarawneh'],
];

const ARABIC_COMPANIES: readonly CompanyTemplate[] = [
  {
    native: 'شركة {core} للمقاولات',
    latin: '{core} Contracting Co.',
    domain: 'contracting',
    industry: 'construction',
  },
  {
    native: 'مؤسسة {core} للتجارة',
    latin: '{core} Trading Est.',
    domain: 'trading',
    industry: 'trading',
  },
  {
    native: 'شركة {core} للخدمات اللوجستية',
    latin: '{core} Logistics',
    domain: 'logistics',
    industry: 'logistics',
  },
  {
    native: 'مكتب {core} للاستشارات الهندسية',
    latin: '{core} Engineering Consultants',
    domain: 'eng',
    industry: 'engineering',
  },
  { native: 'مكتب {core} للمحاماة', latin: '{core} Law Firm', domain: 'law', industry: 'law' },
  {
    native: 'شركة {core} العقارية',
    latin: '{core} Real Estate',
    domain: 'realestate',
    industry: 'realEstate',
  },
  {
    native: 'مجمع {core} الطبي',
    latin: '{core} Medical Complex',
    domain: 'medical',
    industry: 'clinic',
  },
  {
    native: 'عيادات {core} لطب الأسنان',
    latin: '{core} Dental Clinics',
    domain: 'dental',
    industry: 'clinic',
  },
  {
    native: 'شركة {core} لتقنية المعلومات',
    latin: '{core} IT Solutions',
    domain: 'it',
    industry: 'it',
  },
  {
    native: 'مدارس {core} الأهلية',
    latin: '{core} Private Schools',
    domain: 'schools',
    industry: 'education',
  },
  {
    native: 'وكالة {core} للسفر والسياحة',
    latin: '{core} Travel & Tourism',
    domain: 'travel',
    industry: 'travel',
  },
  {
    native: 'مكتب {core} للمحاسبة والمراجعة',
    latin: '{core} Accounting & Audit',
    domain: 'cpa',
    industry: 'accounting',
  },
];

const GULF_CORES: readonly NamePart[] = [
  ['النخبة', 'Al Nukhba'],
  ['الأفق', 'Al Ofoq'],
  ['الرواد', 'Al Rowad'],
  ['السنابل', 'Al Sanabel'],
  ['الوفاء', 'Al Wafa'],
  ['البيان', 'Al Bayan'],
  ['المسار', 'Al Masar'],
  ['الريادة', 'Al Riyada'],
  ['الواحة', 'Al Waha'],
  ['الصفوة', 'Al Safwa'],
  ['دار الخبرة', 'Dar Al Khibra'],
  ['الإتقان', 'Al Itqan'],
  ['النخيل', 'Al Nakheel'],
  ['الأصالة', 'Al Asala'],
  ['المدار', 'Al Madar'],
  ['الراية', 'Al Raya'],
  ['سما', 'Sama'],
  ['ركن الإبداع', 'Rukn Al Ibdaa'],
  ['اليمامة', 'Al Yamama'],
  ['الدرعية', 'Al Diriyah'],
];

const EGYPT_CORES: readonly NamePart[] = [
  ['النيل', 'El Nile'],
  ['الدلتا', 'El Delta'],
  ['المحروسة', 'El Mahrousa'],
  ['طيبة', 'Teiba'],
  ['الشروق', 'El Shorouk'],
  ['مصر الحديثة', 'Misr El Haditha'],
  ['النور', 'El Nour'],
  ['الأمل', 'El Amal'],
  ['السلام', 'El Salam'],
  ['الزمالك', 'Zamalek'],
  ['المعادي', 'Maadi'],
  ['الإسكندرية', 'Alexandria'],
];

const UAE_ENGLISH_CORES: readonly NamePart[] = [
  ['Gulf Horizon', 'Gulf Horizon'],
  ['Palm Crest', 'Palm Crest'],
  ['Blue Dune', 'Blue Dune'],
  ['Desert Rose', 'Desert Rose'],
  ['Silver Falcon', 'Silver Falcon'],
  ['Creekside', 'Creekside'],
  ['Oasis Bay', 'Oasis Bay'],
  ['Pearl Coast', 'Pearl Coast'],
  ['Marina Point', 'Marina Point'],
  ['Saffron Tower', 'Saffron Tower'],
];

const UAE_ENGLISH_COMPANIES: readonly CompanyTemplate[] = [
  {
    native: '{core} General Trading LLC',
    latin: '{core} General Trading LLC',
    domain: 'trading',
    industry: 'trading',
  },
  {
    native: '{core} Logistics FZE',
    latin: '{core} Logistics FZE',
    domain: 'logistics',
    industry: 'logistics',
  },
  {
    native: '{core} Real Estate Brokers',
    latin: '{core} Real Estate Brokers',
    domain: 'properties',
    industry: 'realEstate',
  },
  {
    native: '{core} Medical Centre',
    latin: '{core} Medical Centre',
    domain: 'medical',
    industry: 'clinic',
  },
  {
    native: '{core} Technologies FZ-LLC',
    latin: '{core} Technologies FZ-LLC',
    domain: 'tech',
    industry: 'it',
  },
  {
    native: '{core} Legal Consultants',
    latin: '{core} Legal Consultants',
    domain: 'legal',
    industry: 'law',
  },
];

/** Dubai's many expatriates: names written in Latin script by everyone. */
const UAE_EXPAT_MALE: readonly NamePart[] = [
  ['Rahul', 'Rahul'],
  ['Arjun', 'Arjun'],
  ['Imran', 'Imran'],
  ['Joseph', 'Joseph'],
  ['Mark', 'Mark'],
  ['Rami', 'Rami'],
];
const UAE_EXPAT_FEMALE: readonly NamePart[] = [
  ['Priya', 'Priya'],
  ['Anjali', 'Anjali'],
  ['Maria', 'Maria'],
  ['Lina', 'Lina'],
];
const UAE_EXPAT_FAMILY: readonly NamePart[] = [
  ['Nair', 'Nair'],
  ['Menon', 'Menon'],
  ['Sharma', 'Sharma'],
  ['Fernandes', 'Fernandes'],
  ['Qureshi', 'Qureshi'],
  ['Haddad', 'Haddad'],
  ['Santos', 'Santos'],
];

// --- Turkish -------------------------------------------------------------------------------------

const TURKISH_MALE: readonly NamePart[] = [
  'Ahmet',
  'Mehmet',
  'Mustafa',
  'Emre',
  'Burak',
  'Can',
  'Oğuz',
  'Çağlar',
  'İbrahim',
  'Hakan',
  'Serkan',
  'Murat',
  'Kerem',
  'Barış',
  'Onur',
  'Tolga',
  'Uğur',
  'Gökhan',
  'İsmail',
  'Yiğit',
  'Şükrü',
  'Özgür',
].map((n): NamePart => [n, n]);

const TURKISH_FEMALE: readonly NamePart[] = [
  'Ayşe',
  'Fatma',
  'Zeynep',
  'Elif',
  'Merve',
  'Büşra',
  'Şeyma',
  'Gülşen',
  'Özge',
  'Ebru',
  'Derya',
  'İrem',
  'Selin',
  'Tuğba',
  'Çiğdem',
  'Nur',
  'Gökçe',
  'Aslı',
].map((n): NamePart => [n, n]);

const TURKISH_FAMILY: readonly NamePart[] = [
  'Yılmaz',
  'Kaya',
  'Demir',
  'Şahin',
  'Çelik',
  'Yıldız',
  'Yıldırım',
  'Öztürk',
  'Aydın',
  'Özdemir',
  'Arslan',
  'Doğan',
  'Kılıç',
  'Aslan',
  'Çetin',
  'Kara',
  'Koç',
  'Kurt',
  'Özkan',
  'Şimşek',
  'Güneş',
  'Aktaş',
  'Bulut',
  'Uçar',
  'Işık',
  'Korkmaz',
  'Erdem',
  'Tekin',
].map((n): NamePart => [n, n]);

const TURKISH_CORES: readonly NamePart[] = [
  'Ege',
  'Anadolu',
  'Marmara',
  'Yıldız',
  'Kuzey',
  'Umut',
  'Güven',
  'Başak',
  'Doruk',
  'Akdeniz',
  'Toros',
  'Çınar',
  'Lale',
  'Meltem',
  'Pınar',
  'Boğaz',
  'Işıklar',
  'Güneşli',
].map((n): NamePart => [n, n]);

const TURKISH_COMPANIES: readonly CompanyTemplate[] = [
  {
    native: '{family} İnşaat A.Ş.',
    latin: '{family} İnşaat A.Ş.',
    domain: 'insaat',
    industry: 'construction',
  },
  {
    native: '{family} Lojistik Ltd. Şti.',
    latin: '{family} Lojistik Ltd. Şti.',
    domain: 'lojistik',
    industry: 'logistics',
  },
  {
    native: '{core} Yazılım A.Ş.',
    latin: '{core} Yazılım A.Ş.',
    domain: 'yazilim',
    industry: 'it',
  },
  {
    native: '{family} Hukuk Bürosu',
    latin: '{family} Hukuk Bürosu',
    domain: 'hukuk',
    industry: 'law',
  },
  {
    native: '{core} Ağız ve Diş Sağlığı Polikliniği',
    latin: '{core} Ağız ve Diş Sağlığı Polikliniği',
    domain: 'dis',
    industry: 'clinic',
  },
  {
    native: '{core} Mimarlık Mühendislik',
    latin: '{core} Mimarlık Mühendislik',
    domain: 'mimarlik',
    industry: 'engineering',
  },
  {
    native: '{family} Gıda San. ve Tic. A.Ş.',
    latin: '{family} Gıda San. ve Tic. A.Ş.',
    domain: 'gida',
    industry: 'trading',
  },
  {
    native: '{core} Gayrimenkul',
    latin: '{core} Gayrimenkul',
    domain: 'gayrimenkul',
    industry: 'realEstate',
  },
  {
    native: '{core} Eğitim Kurumları',
    latin: '{core} Eğitim Kurumları',
    domain: 'egitim',
    industry: 'education',
  },
  {
    native: '{core} Turizm Seyahat Acentesi',
    latin: '{core} Turizm Seyahat Acentesi',
    domain: 'turizm',
    industry: 'travel',
  },
  {
    native: '{family} Mali Müşavirlik',
    latin: '{family} Mali Müşavirlik',
    domain: 'musavirlik',
    industry: 'accounting',
  },
];

// --- Russian -------------------------------------------------------------------------------------

const RUSSIAN_MALE: readonly NamePart[] = [
  ['Алексей', 'Aleksey'],
  ['Дмитрий', 'Dmitry'],
  ['Сергей', 'Sergey'],
  ['Андрей', 'Andrey'],
  ['Михаил', 'Mikhail'],
  ['Иван', 'Ivan'],
  ['Николай', 'Nikolay'],
  ['Павел', 'Pavel'],
  ['Артём', 'Artyom'],
  ['Владимир', 'Vladimir'],
  ['Игорь', 'Igor'],
];

const RUSSIAN_FEMALE: readonly NamePart[] = [
  ['Анна', 'Anna'],
  ['Елена', 'Elena'],
  ['Ольга', 'Olga'],
  ['Наталья', 'Natalya'],
  ['Мария', 'Maria'],
  ['Татьяна', 'Tatyana'],
  ['Ирина', 'Irina'],
  ['Екатерина', 'Ekaterina'],
  ['Светлана', 'Svetlana'],
];

const RUSSIAN_FAMILY: readonly NamePart[] = [
  ['Смирнов', 'Smirnov'],
  ['Иванов', 'Ivanov'],
  ['Кузнецов', 'Kuznetsov'],
  ['Попов', 'Popov'],
  ['Соколов', 'Sokolov'],
  ['Лебедев', 'Lebedev'],
  ['Козлов', 'Kozlov'],
  ['Новиков', 'Novikov'],
  ['Морозов', 'Morozov'],
  ['Волков', 'Volkov'],
  ['Павлов', 'Pavlov'],
  ['Семёнов', 'Semyonov'],
];

const RUSSIAN_CORES: readonly NamePart[] = [
  ['Северная звезда', 'Severnaya Zvezda'],
  ['Волга-Сервис', 'Volga-Servis'],
  ['ТехноПарк', 'TekhnoPark'],
  ['Альфа-Строй', 'Alfa-Stroy'],
  ['Восток Логистик', 'Vostok Logistik'],
  ['Уральские системы', 'Uralskie Sistemy'],
  ['Сибирь Трейд', 'Sibir Treyd'],
  ['Меридиан', 'Meridian'],
  ['Гранит', 'Granit'],
  ['Приморье', 'Primorye'],
  ['Невский берег', 'Nevsky Bereg'],
];

const RUSSIAN_COMPANIES: readonly CompanyTemplate[] = [
  { native: 'ООО «{core}»', latin: 'OOO {core}', domain: '', industry: 'trading' },
  { native: 'АО «{core}»', latin: 'AO {core}', domain: 'group', industry: 'construction' },
  {
    native: 'Бизнес-центр «{core}»',
    latin: '{core} Business Centre',
    domain: 'bc',
    industry: 'realEstate',
  },
  {
    native: 'Юридическая фирма «{core}»',
    latin: '{core} Law Firm',
    domain: 'law',
    industry: 'law',
  },
  {
    native: 'Стоматология «{core}»',
    latin: '{core} Dental Clinic',
    domain: 'dent',
    industry: 'clinic',
  },
];

/** Russian cities of the demo with their timezones: mobile numbers do not tell the region. */
export const RUSSIAN_CITIES: readonly (readonly [string, string])[] = [
  ['Moscow', 'Europe/Moscow'],
  ['Saint Petersburg', 'Europe/Moscow'],
  ['Kazan', 'Europe/Moscow'],
  ['Yekaterinburg', 'Asia/Yekaterinburg'],
  ['Novosibirsk', 'Asia/Novosibirsk'],
  ['Vladivostok', 'Asia/Vladivostok'],
];

// --- English and German --------------------------------------------------------------------------

const latin = (names: string[]): NamePart[] => names.map((n): NamePart => [n, n]);

const BRITISH_MALE = latin([
  'Oliver',
  'James',
  'Harry',
  'George',
  'Thomas',
  'William',
  'Jack',
  'Samuel',
  'Mohammed',
  'Callum',
  'Rhys',
]);
const BRITISH_FEMALE = latin([
  'Emily',
  'Olivia',
  'Charlotte',
  'Sophie',
  'Amelia',
  'Jessica',
  'Hannah',
  'Grace',
  'Priya',
  'Aisha',
  'Siobhan',
]);
const BRITISH_FAMILY = latin([
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Davies',
  'Evans',
  'Roberts',
  'Walker',
  'Wright',
  'Hughes',
  'Patel',
  'Khan',
  'Clarke',
  'Turner',
  "O'Neill",
  'MacLeod',
]);
const BRITISH_CORES = latin([
  'Thames Valley',
  'Pennine',
  'Northgate',
  'Redbrick',
  'Kingsbridge',
  'Harbourside',
  'Oakfield',
  'Westbury',
  'Ashford',
  'Greenway',
]);
const BRITISH_COMPANIES: readonly CompanyTemplate[] = [
  {
    native: '{family} & Partners Solicitors',
    latin: '{family} & Partners Solicitors',
    domain: 'law',
    industry: 'law',
  },
  {
    native: '{core} Lettings Ltd',
    latin: '{core} Lettings Ltd',
    domain: 'lettings',
    industry: 'realEstate',
  },
  {
    native: '{core} Dental Practice',
    latin: '{core} Dental Practice',
    domain: 'dental',
    industry: 'clinic',
  },
  {
    native: '{core} Logistics Ltd',
    latin: '{core} Logistics Ltd',
    domain: 'logistics',
    industry: 'logistics',
  },
  {
    native: '{family} Accountancy Ltd',
    latin: '{family} Accountancy Ltd',
    domain: 'accountancy',
    industry: 'accounting',
  },
  {
    native: '{core} Architects',
    latin: '{core} Architects',
    domain: 'architects',
    industry: 'engineering',
  },
  {
    native: '{core} Recruitment',
    latin: '{core} Recruitment',
    domain: 'recruitment',
    industry: 'recruitment',
  },
];

const AMERICAN_MALE = latin([
  'Michael',
  'Christopher',
  'Matthew',
  'Joshua',
  'Ryan',
  'Brian',
  'Kevin',
  'Carlos',
  'José',
  'Tyler',
  'Andrew',
]);
const AMERICAN_FEMALE = latin([
  'Jennifer',
  'Jessica',
  'Ashley',
  'Amanda',
  'Megan',
  'Lauren',
  'María',
  'Linh',
  'Brittany',
  'Nicole',
]);
const AMERICAN_FAMILY = latin([
  'Johnson',
  'Williams',
  'Brown',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Anderson',
  'Thompson',
  'Moore',
  'Jackson',
  'Lee',
  'Nguyen',
  'Kim',
  'Hernández',
]);
const AMERICAN_CORES = latin([
  'Lakeside',
  'Summit',
  'Bluebird',
  'Riverbend',
  'Evergreen',
  'Keystone',
  'Pinecrest',
  'Sunbelt',
  'Bayview',
  'Prairie',
]);
const AMERICAN_COMPANIES: readonly CompanyTemplate[] = [
  {
    native: '{core} Dental Group',
    latin: '{core} Dental Group',
    domain: 'dental',
    industry: 'clinic',
  },
  {
    native: '{family} & Associates, LLP',
    latin: '{family} & Associates, LLP',
    domain: 'law',
    industry: 'law',
  },
  { native: '{core} Realty', latin: '{core} Realty', domain: 'realty', industry: 'realEstate' },
  {
    native: '{core} Logistics Inc.',
    latin: '{core} Logistics Inc.',
    domain: 'logistics',
    industry: 'logistics',
  },
  {
    native: '{core} Software, Inc.',
    latin: '{core} Software, Inc.',
    domain: 'software',
    industry: 'it',
  },
  {
    native: '{core} Staffing LLC',
    latin: '{core} Staffing LLC',
    domain: 'staffing',
    industry: 'recruitment',
  },
  {
    native: '{family} CPA Group',
    latin: '{family} CPA Group',
    domain: 'cpa',
    industry: 'accounting',
  },
];

const GERMAN_MALE = latin(['Jonas', 'Lukas', 'Felix', 'Maximilian', 'Tobias', 'Jörg', 'Stefan']);
const GERMAN_FEMALE = latin(['Anna', 'Lea', 'Laura', 'Julia', 'Katharina', 'Jülide', 'Sabine']);
const GERMAN_FAMILY = latin([
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Yılmaz',
]);
const GERMAN_CORES = latin(['Rhein', 'Nordlicht', 'Alster', 'Spree', 'Isar', 'Elbblick']);
const GERMAN_COMPANIES: readonly CompanyTemplate[] = [
  {
    native: '{family} Logistik GmbH',
    latin: '{family} Logistik GmbH',
    domain: 'logistik',
    industry: 'logistics',
  },
  {
    native: '{core} Immobilien GmbH',
    latin: '{core} Immobilien GmbH',
    domain: 'immobilien',
    industry: 'realEstate',
  },
  {
    native: 'Zahnarztpraxis Dr. {family}',
    latin: 'Zahnarztpraxis Dr. {family}',
    domain: 'zahnarzt',
    industry: 'clinic',
  },
  { native: 'Kanzlei {family}', latin: 'Kanzlei {family}', domain: 'kanzlei', industry: 'law' },
  {
    native: '{family} Steuerberatung',
    latin: '{family} Steuerberatung',
    domain: 'steuer',
    industry: 'accounting',
  },
];

// --- Pools by country ----------------------------------------------------------------------------

const GULF_MAIL = ['gmail.com', 'hotmail.com', 'outlook.com'];

export const COUNTRY_POOLS: Record<DemoCountry, CountryPool> = {
  SA: {
    male: ARAB_MALE,
    female: ARAB_FEMALE,
    family: SAUDI_FAMILY,
    cores: GULF_CORES,
    companies: ARABIC_COMPANIES,
    tld: 'com.sa',
    personalMailDomains: GULF_MAIL,
    nativeShare: 0.9,
  },
  AE: {
    male: ARAB_MALE,
    female: ARAB_FEMALE,
    family: EMIRATI_FAMILY,
    cores: GULF_CORES,
    companies: ARABIC_COMPANIES,
    tld: 'ae',
    personalMailDomains: GULF_MAIL,
    nativeShare: 0.85,
  },
  EG: {
    male: EGYPT_MALE,
    female: EGYPT_FEMALE,
    family: EGYPT_FAMILY,
    cores: EGYPT_CORES,
    companies: ARABIC_COMPANIES,
    tld: 'com.eg',
    personalMailDomains: ['gmail.com', 'yahoo.com', 'hotmail.com'],
    nativeShare: 0.9,
  },
  TR: {
    male: TURKISH_MALE,
    female: TURKISH_FEMALE,
    family: TURKISH_FAMILY,
    cores: TURKISH_CORES,
    companies: TURKISH_COMPANIES,
    tld: 'com.tr',
    personalMailDomains: ['gmail.com', 'hotmail.com', 'yandex.com'],
    nativeShare: 1,
  },
  RU: {
    male: RUSSIAN_MALE,
    female: RUSSIAN_FEMALE,
    family: RUSSIAN_FAMILY,
    femaleFamily: RUSSIAN_FAMILY.map(([native, lat]): NamePart => [`${native}а`, `${lat}a`]),
    cores: RUSSIAN_CORES,
    companies: RUSSIAN_COMPANIES,
    tld: 'ru',
    personalMailDomains: ['yandex.ru', 'mail.ru', 'gmail.com'],
    nativeShare: 0.6,
  },
  GB: {
    male: BRITISH_MALE,
    female: BRITISH_FEMALE,
    family: BRITISH_FAMILY,
    cores: BRITISH_CORES,
    companies: BRITISH_COMPANIES,
    tld: 'co.uk',
    personalMailDomains: ['gmail.com', 'outlook.com', 'btinternet.com'],
    nativeShare: 1,
  },
  US: {
    male: AMERICAN_MALE,
    female: AMERICAN_FEMALE,
    family: AMERICAN_FAMILY,
    cores: AMERICAN_CORES,
    companies: AMERICAN_COMPANIES,
    tld: 'com',
    personalMailDomains: ['gmail.com', 'yahoo.com', 'outlook.com'],
    nativeShare: 1,
  },
  KW: {
    male: ARAB_MALE,
    female: ARAB_FEMALE,
    family: KUWAIT_QATAR_FAMILY,
    cores: GULF_CORES,
    companies: ARABIC_COMPANIES,
    tld: 'com.kw',
    personalMailDomains: GULF_MAIL,
    nativeShare: 0.85,
  },
  QA: {
    male: ARAB_MALE,
    female: ARAB_FEMALE,
    family: KUWAIT_QATAR_FAMILY,
    cores: GULF_CORES,
    companies: ARABIC_COMPANIES,
    tld: 'com.qa',
    personalMailDomains: GULF_MAIL,
    nativeShare: 0.85,
  },
  JO: {
    male: ARAB_MALE,
    female: ARAB_FEMALE,
    family: JORDAN_FAMILY,
    cores: GULF_CORES,
    companies: ARABIC_COMPANIES,
    tld: 'jo',
    personalMailDomains: GULF_MAIL,
    nativeShare: 0.8,
  },
  DE: {
    male: GERMAN_MALE,
    female: GERMAN_FEMALE,
    family: GERMAN_FAMILY,
    cores: GERMAN_CORES,
    companies: GERMAN_COMPANIES,
    tld: 'de',
    personalMailDomains: ['gmail.com', 'web.de', 'gmx.de'],
    nativeShare: 1,
  },
};

/** Dubai leads that are expatriates rather than Emiratis, with English company names. */
export const UAE_EXPATS = {
  male: UAE_EXPAT_MALE,
  female: UAE_EXPAT_FEMALE,
  family: UAE_EXPAT_FAMILY,
  cores: UAE_ENGLISH_CORES,
  companies: UAE_ENGLISH_COMPANIES,
} as const;
