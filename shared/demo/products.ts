// The demo catalogue: the office water station the hunters and closers sell, and the home
// purifier the farmers cross-sell. The FAB table follows DOMAIN.md: feature = fact, advantage =
// versus the nearest competitor, benefits = what the customer personally gets.
import type { Product, ProductId } from '../domain/content';

export const PRO_500_ID = 'rawaa-pro-500' as ProductId;
export const HOME_4_ID = 'rawaa-home-4' as ProductId;

export const RAWAA_PRO_500: Product = {
  id: PRO_500_ID,
  name: { en: 'Rawaa Pro 500', ar: 'رواء برو 500', tr: 'Rawaa Pro 500' },
  summary: {
    en: 'Office drinking-water station on the mains line: purified hot and cold water for up to 60 people, rented with filters and service included.',
    ar: 'محطة مياه شرب للمكاتب متصلة بشبكة المياه: مياه منقّاة ساخنة وباردة لما يصل إلى 60 موظفًا، بإيجار شهري يشمل الفلاتر والصيانة.',
    tr: 'Şebekeye bağlı ofis içme suyu istasyonu: 60 kişiye kadar arıtılmış sıcak ve soğuk su; filtreler ve servis dahil aylık kiralama.',
  },
  price: 189,
  currency: 'SAR',
  billing: 'monthly',
  crossSell: [HOME_4_ID],
  fab: [
    {
      id: 'filtration',
      feature: {
        en: '5-stage reverse-osmosis filtration with UV-LED sterilisation of the water tank, certified to NSF/ANSI 58.',
        ar: 'ترشيح بالتناضح العكسي على 5 مراحل مع تعقيم خزان المياه بالأشعة فوق البنفسجية (UV-LED)، ومعتمد وفق معيار NSF/ANSI 58.',
        tr: '5 aşamalı ters ozmoz filtrasyonu ve su haznesinde UV-LED sterilizasyon; NSF/ANSI 58 sertifikalı.',
      },
      advantage: {
        en: 'Removes up to 99% of dissolved salts, heavy metals and bacteria. An ordinary bottle dispenser only cools the water and never sterilises its tank.',
        ar: 'يزيل ما يصل إلى 99% من الأملاح الذائبة والمعادن الثقيلة والبكتيريا، بينما يكتفي برّاد المياه العادي بتبريد الماء ولا يعقّم خزانه أبدًا.',
        tr: "Çözünmüş tuzların, ağır metallerin ve bakterilerin %99'una kadarını giderir. Sıradan damacanalı sebil suyu yalnızca soğutur, haznesini hiç sterilize etmez.",
      },
      benefits: {
        en: [
          'Your team drinks water cleaner than bottled — and you have the certificate to prove it.',
          'Fewer stomach upsets and fewer sick days in the office.',
          'No more wondering when the dispenser was last cleaned.',
        ],
        ar: [
          'يشرب فريقك ماءً أنقى من المياه المعبأة، ولديك الشهادة التي تثبت ذلك.',
          'مشكلات معدة أقل وإجازات مرضية أقل في المكتب.',
          'لن تتساءل بعد اليوم متى نُظّف البرّاد آخر مرة.',
        ],
        tr: [
          'Ekibiniz damacana suyundan daha temiz su içer ve bunu kanıtlayan sertifika elinizdedir.',
          'Ofiste daha az mide rahatsızlığı, daha az hastalık izni.',
          'Sebilin en son ne zaman temizlendiğini düşünmek zorunda kalmazsınız.',
        ],
      },
    },
    {
      id: 'capacity',
      feature: {
        en: 'Produces up to 400 litres of drinking water a day; a 12-litre cold tank and a 6-litre hot tank are always ready.',
        ar: 'ينتج حتى 400 لتر من مياه الشرب يوميًا، مع خزان بارد سعته 12 لترًا وخزان ساخن سعته 6 لترات جاهزين دائمًا.',
        tr: 'Günde 400 litreye kadar içme suyu üretir; 12 litrelik soğuk ve 6 litrelik sıcak su haznesi her an hazırdır.',
      },
      advantage: {
        en: 'Twice the output of a typical 200-litre countertop purifier.',
        ar: 'ضعف إنتاج أجهزة التنقية المكتبية الشائعة التي لا تتجاوز 200 لتر يوميًا.',
        tr: 'Yaygın 200 litrelik tezgâh üstü arıtma cihazlarının iki katı kapasite.',
      },
      benefits: {
        en: [
          "One unit serves up to 60 people — you don't rent a second machine.",
          'No queue at the dispenser and no empty tank in the middle of a client meeting.',
        ],
        ar: [
          'جهاز واحد يكفي حتى 60 موظفًا، فلا تحتاج إلى استئجار جهاز ثانٍ.',
          'لا طوابير أمام الجهاز، ولا خزان فارغ في منتصف اجتماع مع عميل.',
        ],
        tr: [
          'Tek cihaz 60 kişiye kadar yeter; ikinci bir cihaz kiralamanız gerekmez.',
          'Sebil önünde kuyruk olmaz, müşteri toplantısının ortasında su bitmez.',
        ],
      },
    },
    {
      id: 'mains',
      feature: {
        en: 'Connects directly to the mains water line: no 19-litre bottles at all.',
        ar: 'يتصل مباشرة بشبكة المياه في المبنى، فلا حاجة إلى عبوات الـ19 لترًا إطلاقًا.',
        tr: 'Doğrudan şebeke suyuna bağlanır; 19 litrelik damacanaya hiç gerek kalmaz.',
      },
      advantage: {
        en: 'Bottle dispensers depend on deliveries, storage space and heavy lifting; this unit needs none of them.',
        ar: 'برّادات العبوات تعتمد على التوصيل والتخزين وحمل الأوزان الثقيلة، أما هذا الجهاز فلا يحتاج إلى شيء من ذلك.',
        tr: 'Damacanalı sebiller teslimata, depolama alanına ve ağır taşımaya bağlıdır; bu cihazın bunların hiçbirine ihtiyacı yoktur.',
      },
      benefits: {
        en: [
          'Nobody in your office lifts a 20 kg bottle again — no more strained backs.',
          'The corner full of empty bottles becomes usable space.',
          'Your office assistant gets back about two hours a week spent ordering and changing bottles.',
        ],
        ar: [
          'لن يحمل أحد في مكتبك عبوة وزنها 20 كيلوغرامًا بعد اليوم، ولا مزيد من آلام الظهر.',
          'الركن المليء بالعبوات الفارغة يصبح مساحة تستفيد منها.',
          'يستعيد مساعد المكتب نحو ساعتين أسبوعيًا كان يقضيهما في طلب العبوات وتبديلها.',
        ],
        tr: [
          'Ofisinizde kimse bir daha 20 kiloluk damacana kaldırmaz; bel ağrısına son.',
          'Boş damacanalarla dolu köşe, kullanabileceğiniz bir alana dönüşür.',
          'Ofis asistanınız damacana siparişine ve değiştirmeye harcadığı haftada yaklaşık iki saati geri kazanır.',
        ],
      },
    },
    {
      id: 'fixed-fee',
      feature: {
        en: 'One fixed monthly fee covering the unit, filters, sanitisation and repairs.',
        ar: 'رسوم شهرية ثابتة واحدة تشمل الجهاز والفلاتر والتعقيم والإصلاحات.',
        tr: 'Cihaz, filtreler, dezenfeksiyon ve onarımlar tek bir sabit aylık ücrete dahildir.',
      },
      advantage: {
        en: 'Bottled water for a 30-person office usually costs more than three times as much, and other rental plans charge for filters separately.',
        ar: 'تكلّف المياه المعبأة لمكتب من 30 موظفًا عادةً أكثر من ثلاثة أضعاف هذا المبلغ، كما أن خطط التأجير الأخرى تحتسب الفلاتر بشكل منفصل.',
        tr: '30 kişilik bir ofisin damacana masrafı genellikle bunun üç katından fazladır; diğer kiralama planları da filtreleri ayrıca ücretlendirir.',
      },
      benefits: {
        en: [
          'You cut your water bill by around 70% — in many offices that pays for a team lunch every month.',
          'Your budget is predictable: one invoice, no surprise repair bills.',
        ],
        ar: [
          'تخفّض فاتورة المياه بنحو 70%، وهو ما يكفي في كثير من المكاتب لغداء شهري للفريق.',
          'ميزانيتك واضحة ومتوقعة: فاتورة واحدة، ولا مفاجآت في تكاليف الإصلاح.',
        ],
        tr: [
          'Su masrafınızı yaklaşık %70 düşürürsünüz; birçok ofiste bu, her ay bir ekip yemeğine yeter.',
          'Bütçeniz öngörülebilir olur: tek fatura, sürpriz onarım masrafı yok.',
        ],
      },
    },
    {
      id: 'service',
      feature: {
        en: 'A technician visits every 3 months to change the filters and sanitise the unit; repairs within 24 hours, guaranteed in the contract.',
        ar: 'يزوركم فنيّ كل 3 أشهر لتغيير الفلاتر وتعقيم الجهاز، مع إصلاح أي عطل خلال 24 ساعة بضمان منصوص عليه في العقد.',
        tr: 'Teknisyenimiz 3 ayda bir gelip filtreleri değiştirir ve cihazı dezenfekte eder; arızalar 24 saat içinde giderilir ve bu süre sözleşmeyle garanti altındadır.',
      },
      advantage: {
        en: 'The usual response time on the market is 48 to 72 hours, often with a call-out fee.',
        ar: 'زمن الاستجابة المعتاد في السوق من 48 إلى 72 ساعة، وغالبًا مع رسوم زيارة إضافية.',
        tr: 'Piyasadaki olağan müdahale süresi 48–72 saattir ve çoğu zaman ayrıca servis ücreti alınır.',
      },
      benefits: {
        en: [
          'You never have to remember the filters — we come to you.',
          'If something goes wrong, your team has water again by the next working day.',
        ],
        ar: [
          'لن تحتاج إلى تذكّر موعد تغيير الفلاتر، فنحن من يأتي إليك.',
          'إذا حدث أي عطل، يعود الماء إلى فريقك في يوم العمل التالي.',
        ],
        tr: [
          'Filtre değişimini hatırlamanız gerekmez; biz size geliriz.',
          'Bir arıza olursa ekibiniz en geç ertesi iş günü yeniden suya kavuşur.',
        ],
      },
    },
    {
      id: 'smart-sensor',
      feature: {
        en: 'A smart filter sensor with a water-quality (TDS) display and an automatic alert to our service team.',
        ar: 'حسّاس ذكي للفلاتر مع شاشة تعرض جودة المياه (TDS) وتنبيه تلقائي يصل إلى فريق الصيانة لدينا.',
        tr: 'Su kalitesini (TDS) gösteren ekranlı akıllı filtre sensörü; servis ekibimize otomatik uyarı gönderir.',
      },
      advantage: {
        en: 'Competitors change filters by the calendar and cannot show the water quality in real time.',
        ar: 'المنافسون يغيّرون الفلاتر حسب التقويم فقط، ولا يستطيعون إظهار جودة المياه لحظة بلحظة.',
        tr: 'Rakipler filtreleri takvime göre değiştirir ve su kalitesini anlık olarak gösteremez.',
      },
      benefits: {
        en: [
          'You and your visitors see the water quality on the display — trust you can show, not just promise.',
          'Filters are changed before the quality drops, not after someone complains about the taste.',
        ],
        ar: [
          'ترى أنت وضيوفك جودة المياه على الشاشة: ثقة تراها بعينك، لا مجرد وعد.',
          'تُغيَّر الفلاتر قبل أن تنخفض الجودة، لا بعد أن يشتكي أحد من الطعم.',
        ],
        tr: [
          'Siz de misafirleriniz de su kalitesini ekranda görürsünüz; söz değil, gösterilebilen güven.',
          'Filtreler kalite düşmeden önce değişir, biri tadından şikâyet ettikten sonra değil.',
        ],
      },
    },
    {
      id: 'energy',
      feature: {
        en: 'Energy class A: eco mode switches off heating at night and at weekends (about 0.8 kWh a day).',
        ar: 'فئة كفاءة الطاقة A: وضع التوفير يوقف التسخين ليلًا وفي عطلة نهاية الأسبوع (نحو 0.8 كيلوواط ساعة يوميًا).',
        tr: 'A enerji sınıfı: eko mod geceleri ve hafta sonları ısıtmayı kapatır (günde yaklaşık 0,8 kWh).',
      },
      advantage: {
        en: 'Uses about 40% less electricity than a standard hot-and-cold dispenser that heats around the clock.',
        ar: 'يستهلك كهرباء أقل بنحو 40% من البرّاد التقليدي للماء الساخن والبارد الذي يسخّن على مدار الساعة.',
        tr: '24 saat ısıtma yapan standart sıcak-soğuk sebillere göre yaklaşık %40 daha az elektrik harcar.',
      },
      benefits: {
        en: [
          'A lower electricity bill every month.',
          "A real figure for your company's sustainability report.",
        ],
        ar: ['فاتورة كهرباء أقل كل شهر.', 'رقم حقيقي تضيفه إلى تقرير الاستدامة في شركتك.'],
        tr: [
          'Her ay daha düşük elektrik faturası.',
          'Şirketinizin sürdürülebilirlik raporuna yazabileceğiniz gerçek bir rakam.',
        ],
      },
    },
    {
      id: 'hygiene',
      feature: {
        en: 'Touch-free sensor dispensing and a child-safety lock on the hot tap.',
        ar: 'صبّ المياه بالحسّاس دون لمس، مع قفل أمان للأطفال على صنبور الماء الساخن.',
        tr: 'Sensörle temassız su alma ve sıcak su musluğunda çocuk kilidi.',
      },
      advantage: {
        en: 'Most office dispensers have push levers that everyone touches all day long.',
        ar: 'معظم البرّادات المكتبية تعمل بذراع ضغط يلمسه الجميع طوال اليوم.',
        tr: 'Çoğu ofis sebilinde herkesin gün boyu dokunduğu basmalı musluklar vardır.',
      },
      benefits: {
        en: [
          'Fewer germs passed from hand to hand in flu season.',
          'No burns — safe even when visitors bring their children.',
        ],
        ar: [
          'جراثيم أقل تنتقل من يد إلى يد في موسم الإنفلونزا.',
          'لا حروق، فالجهاز آمن حتى عندما يصطحب الزوار أطفالهم.',
        ],
        tr: [
          'Grip mevsiminde elden ele geçen mikroplar azalır.',
          'Yanık riski yok; ziyaretçiler çocuklarıyla gelse bile güvenlidir.',
        ],
      },
    },
    {
      id: 'installation',
      feature: {
        en: 'A compact 32 × 45 cm footprint, installed in under an hour with no building work.',
        ar: 'مقاس صغير 32 × 45 سم، ويُركَّب في أقل من ساعة دون أي أعمال بناء.',
        tr: "32 × 45 cm'lik kompakt taban; bir saatten kısa sürede, hiçbir tadilat yapılmadan kurulur.",
      },
      advantage: {
        en: 'Under-counter systems need a plumber and a cabinet; ours stands next to any water point.',
        ar: 'أنظمة التركيب تحت المغسلة تحتاج إلى سبّاك وخزانة، أما جهازنا فيوضع بجوار أي نقطة مياه.',
        tr: 'Tezgâh altı sistemler tesisatçı ve dolap ister; bizim cihazımız herhangi bir su noktasının yanına konur.',
      },
      benefits: {
        en: [
          'No disruption to your working day: water on the same day we install.',
          'It fits a small pantry or a reception corner.',
        ],
        ar: [
          'لا تعطيل ليوم عملك: الماء جاهز في يوم التركيب نفسه.',
          'يناسب مطبخًا صغيرًا أو ركنًا في الاستقبال.',
        ],
        tr: [
          'İş gününüz aksamaz: kurulum günü su hazırdır.',
          'Küçük bir mutfağa ya da resepsiyon köşesine sığar.',
        ],
      },
    },
  ],
};

export const RAWAA_HOME_4: Product = {
  id: HOME_4_ID,
  name: { en: 'Rawaa Home 4', ar: 'رواء هوم 4', tr: 'Rawaa Home 4' },
  summary: {
    en: "An under-sink purifier for the home kitchen, offered to our business customers' owners and staff at a corporate price.",
    ar: 'جهاز تنقية منزلي يُركَّب تحت مغسلة المطبخ، نقدّمه لأصحاب الشركات من عملائنا ولموظفيها بسعر خاص بالشركات.',
    tr: 'Kurumsal müşterilerimizin yöneticilerine ve çalışanlarına kurumsal fiyatla sunduğumuz, evyenin altına takılan ev tipi arıtma cihazı.',
  },
  price: 69,
  currency: 'SAR',
  billing: 'monthly',
  crossSell: [],
  fab: [
    {
      id: 'remineralising',
      feature: {
        en: '4-stage filtration with a remineralising cartridge.',
        ar: 'ترشيح على 4 مراحل مع خرطوشة لإعادة المعادن.',
        tr: 'Mineral takviye kartuşlu 4 aşamalı filtrasyon.',
      },
      advantage: {
        en: 'Keeps the calcium and magnesium that plain reverse-osmosis filters strip out.',
        ar: 'يحافظ على الكالسيوم والمغنيسيوم اللذين تزيلهما فلاتر التناضح العكسي العادية.',
        tr: 'Sıradan ters ozmoz filtrelerinin giderdiği kalsiyum ve magnezyumu korur.',
      },
      benefits: {
        en: [
          'Water that tastes like good spring water, so the family actually drinks more of it.',
          'No more carrying bottled water home from the supermarket.',
        ],
        ar: [
          'ماء بطعم مياه الينابيع الجيدة، فتشرب العائلة منه أكثر.',
          'لا مزيد من حمل عبوات المياه من السوبرماركت إلى البيت.',
        ],
        tr: [
          'Kaliteli kaynak suyu tadında su; aile daha çok su içer.',
          'Marketten eve su taşımaya son.',
        ],
      },
    },
    {
      id: 'under-sink',
      feature: {
        en: 'Fits under the kitchen sink, with its own slim tap.',
        ar: 'يُركَّب تحت مغسلة المطبخ مع صنبور نحيف خاص به.',
        tr: 'Mutfak evyesinin altına sığar, kendine ait ince bir musluğu vardır.',
      },
      advantage: {
        en: 'Unlike jug filters and countertop purifiers, it takes no space on the worktop.',
        ar: 'لا يشغل أي مساحة على سطح المطبخ، بخلاف أباريق الفلترة وأجهزة سطح الطاولة.',
        tr: 'Sürahi filtrelerin ve tezgâh üstü cihazların aksine tezgâhta yer kaplamaz.',
      },
      benefits: {
        en: [
          'Your kitchen stays clear and tidy.',
          'Installed in about 45 minutes, without damaging the cabinets.',
        ],
        ar: ['يبقى مطبخك مرتبًا وخاليًا.', 'يُركَّب في نحو 45 دقيقة دون إتلاف الخزائن.'],
        tr: [
          'Mutfağınız ferah ve düzenli kalır.',
          'Dolaplara zarar vermeden yaklaşık 45 dakikada kurulur.',
        ],
      },
    },
    {
      id: 'filters-included',
      feature: {
        en: 'A filter change every 6 months, included in the monthly fee.',
        ar: 'تغيير الفلاتر كل 6 أشهر مشمول في الرسوم الشهرية.',
        tr: '6 ayda bir filtre değişimi aylık ücrete dahildir.',
      },
      advantage: {
        en: 'Most home purifiers are sold once and the filters are paid for separately.',
        ar: 'معظم الأجهزة المنزلية تُباع مرة واحدة، ثم تُدفع قيمة الفلاتر بشكل منفصل.',
        tr: 'Çoğu ev tipi cihaz bir kez satılır, filtreler ise ayrıca ücretlendirilir.',
      },
      benefits: {
        en: [
          'No hidden costs.',
          'Nothing to remember: the technician calls you before each change.',
        ],
        ar: ['لا تكاليف خفية.', 'لا شيء عليك تذكّره: يتصل بك الفني قبل كل تغيير.'],
        tr: [
          'Gizli maliyet yok.',
          'Hatırlamanız gereken bir şey yok: teknisyen her değişimden önce sizi arar.',
        ],
      },
    },
    {
      id: 'corporate-price',
      feature: {
        en: 'A corporate price for the staff of Rawaa business customers.',
        ar: 'سعر خاص لموظفي عملاء رواء من الشركات.',
        tr: 'Rawaa kurumsal müşterilerinin çalışanlarına özel fiyat.',
      },
      advantage: {
        en: 'About 25% below the retail rental price of the same unit.',
        ar: 'أقل بنحو 25% من سعر الإيجار للأفراد للجهاز نفسه.',
        tr: 'Aynı cihazın bireysel kiralama fiyatından yaklaşık %25 daha ucuz.',
      },
      benefits: {
        en: [
          'A staff perk the company can offer at no cost to itself.',
          'Employees feel the company cares about their families, too.',
        ],
        ar: [
          'ميزة للموظفين تقدّمها الشركة دون أن تتحمّل أي تكلفة.',
          'يشعر الموظفون بأن الشركة تهتم بعائلاتهم أيضًا.',
        ],
        tr: [
          'Şirketin kendisine hiçbir maliyeti olmadan sunabileceği bir çalışan avantajı.',
          'Çalışanlar, şirketin ailelerini de önemsediğini hisseder.',
        ],
      },
    },
  ],
};

export const DEMO_PRODUCTS: Product[] = [RAWAA_PRO_500, RAWAA_HOME_4];
