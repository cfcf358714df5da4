// Call scripts of the demo organisation, one per role and one for customers who call the office
// water advert, in English, Arabic and Turkish. Each follows DOMAIN.md: greeting → interest →
// offer → objections → close, ending with a 15–20-word benefit summary and a concrete deadline,
// or with contacts and a date when there is no sale.
// Weekdays differ on purpose: the Gulf works Sunday to Thursday, Türkiye Monday to Friday.
import type { CallScript, ScriptId } from '../domain/content';
import { OBJECTION_CATEGORIES } from '../domain/content';
import { PRO_500_ID } from './products';

export const HUNTER_SCRIPT: CallScript = {
  id: 'hunter-cold-call' as ScriptId,
  role: 'hunter',
  name: {
    en: 'Cold call: book a free water test',
    ar: 'مكالمة باردة: حجز فحص مجاني للمياه',
    tr: 'Soğuk arama: ücretsiz su testi randevusu',
  },
  productId: PRO_500_ID,
  steps: [
    {
      id: 'greeting',
      phase: 'greeting',
      title: {
        en: 'Greeting and permission',
        ar: 'التحية واستئذان العميل',
        tr: 'Selamlama ve izin',
      },
      lines: {
        en: [
          '{greeting}, {lead.name}! This is {agent.name} from {org.name}.',
          "I'm calling about drinking water in your office. Do you have two minutes now, or shall I call back at a better time?",
        ],
        ar: [
          '{greeting}، {lead.name}! معك {agent.name} من {org.name}.',
          'أتصل بخصوص مياه الشرب في مكتبكم. هل لديك دقيقتان الآن، أم تفضّل أن أتصل في وقت أنسب؟',
        ],
        tr: [
          '{greeting} {lead.name}, ben {agent.name}; {org.name} adına arıyorum.',
          'Ofisinizdeki içme suyu konusunda arıyorum. Şu an iki dakikanız var mı, yoksa sizi daha uygun bir saatte mi arayayım?',
        ],
      },
      coaching: {
        en: 'Smile while you speak: the customer hears it. Say your name slowly and ask for permission — it lowers the guard and earns you the next two minutes.',
        ar: 'ابتسم وأنت تتحدث، فالعميل يسمع الابتسامة. انطق اسمك بوضوح واطلب الإذن؛ فهذا يخفّف تحفّظ العميل ويمنحك الدقيقتين التاليتين.',
        tr: 'Konuşurken gülümseyin; müşteri bunu sesinizden duyar. Adınızı yavaş ve net söyleyin, izin isteyin: bu, karşı tarafın savunmasını indirir ve size sonraki iki dakikayı kazandırır.',
      },
      branches: [
        {
          label: { en: 'Has two minutes', ar: 'لديه دقيقتان', tr: 'İki dakikası var' },
          next: 'interest',
        },
        {
          label: { en: 'Busy right now', ar: 'مشغول الآن', tr: 'Şu an meşgul' },
          next: 'callback',
        },
        {
          label: { en: 'Not the right person', ar: 'ليس صاحب القرار', tr: 'Doğru kişi değil' },
          next: 'gatekeeper',
        },
      ],
    },
    {
      id: 'gatekeeper',
      phase: 'greeting',
      title: {
        en: 'Reach the decision maker',
        ar: 'الوصول إلى صاحب القرار',
        tr: 'Karar vericiye ulaşma',
      },
      lines: {
        en: [
          'Thank you for your help. Who looks after office services at {lead.company} — the office manager or the administration?',
          'Could you put me through, or give me their direct number and the best time to reach them?',
        ],
        ar: [
          'شكرًا لتعاونك. من المسؤول عن خدمات المكتب لديكم في {lead.company}: مدير المكتب أم الشؤون الإدارية؟',
          'هل يمكنك تحويلي إليه، أو تزويدي برقمه المباشر وأنسب وقت للتواصل معه؟',
        ],
        tr: [
          'Yardımınız için teşekkür ederim. {lead.company} bünyesinde ofis hizmetleriyle kim ilgileniyor: ofis müdürü mü, idari işler mi?',
          'Beni kendisine bağlayabilir misiniz ya da doğrudan numarasını ve ulaşmak için en uygun saati paylaşabilir misiniz?',
        ],
      },
      coaching: {
        en: 'Be polite and brief with the secretary: they are not an obstacle but your guide. Ask for a name, not just a position.',
        ar: 'كن مهذبًا وموجزًا مع السكرتير، فهو ليس عائقًا بل دليلك إلى صاحب القرار. اطلب اسمًا، لا مسمّى وظيفيًا فقط.',
        tr: 'Sekreterle nazik ve kısa konuşun; o bir engel değil, karar vericiye giden rehberinizdir. Yalnızca unvan değil, isim isteyin.',
      },
      objectionCategories: ['noAuthority', 'sendInfo'],
      branches: [
        {
          label: { en: 'Put me through', ar: 'حوّلني إليه', tr: 'Bağladı' },
          next: 'greeting',
        },
        {
          label: {
            en: 'Gave a name and number',
            ar: 'أعطاني الاسم والرقم',
            tr: 'İsim ve numara verdi',
          },
          next: 'callback',
        },
      ],
    },
    {
      id: 'interest',
      phase: 'interest',
      title: { en: 'Find out what matters', ar: 'اكتشاف اهتمام العميل', tr: 'İhtiyacı keşfetme' },
      lines: {
        en: [
          'How does your team get drinking water today — bottles, a dispenser, or a filter?',
          'Roughly how many people work in the office?',
          'And how many 19-litre bottles do you order in a typical week?',
          'What bothers you most about it: the cost, the deliveries, or the water quality?',
        ],
        ar: [
          'كيف يحصل فريقكم على مياه الشرب حاليًا: عبوات، أم برّاد، أم جهاز فلترة؟',
          'كم عدد الموظفين في المكتب تقريبًا؟',
          'وكم عبوة سعة 19 لترًا تطلبون في الأسبوع عادةً؟',
          'ما أكثر ما يزعجكم في ذلك: التكلفة، أم التوصيل، أم جودة المياه؟',
        ],
        tr: [
          'Ekibiniz şu anda içme suyunu nasıl karşılıyor: damacana mı, sebil mi, yoksa arıtma cihazı mı?',
          'Ofiste yaklaşık kaç kişi çalışıyor?',
          'Haftada ortalama kaç damacana sipariş ediyorsunuz?',
          'Bu konuda sizi en çok ne rahatsız ediyor: maliyet mi, teslimatlar mı, suyun kalitesi mi?',
        ],
      },
      coaching: {
        en: "Ask, then be silent and listen. Write down the number of people and bottles: you will turn them into the customer's own saving in the offer.",
        ar: 'اسأل ثم اصمت واستمع. دوّن عدد الموظفين وعدد العبوات، فستحوّلهما في العرض إلى مبلغ التوفير الخاص بالعميل نفسه.',
        tr: 'Sorun, sonra susun ve dinleyin. Kişi ve damacana sayısını not edin; teklifte bunları müşterinin kendi tasarrufuna dönüştüreceksiniz.',
      },
      branches: [
        {
          label: { en: 'Uses bottled water', ar: 'يستخدم العبوات', tr: 'Damacana kullanıyor' },
          next: 'offer',
        },
        {
          label: {
            en: 'Already has a purifier',
            ar: 'لديه جهاز تنقية',
            tr: 'Zaten arıtma cihazı var',
          },
          next: 'offer-competitor',
        },
        {
          label: { en: 'Not interested', ar: 'غير مهتم', tr: 'İlgilenmiyor' },
          next: 'objections',
        },
      ],
    },
    {
      id: 'offer',
      phase: 'offer',
      title: {
        en: 'Offer: benefits backed by facts',
        ar: 'العرض: فوائد تدعمها الحقائق',
        tr: 'Teklif: gerçeklerle desteklenen faydalar',
      },
      lines: {
        en: [
          'Thank you, that helps. Companies like {lead.company} usually spend far more on bottles than they think.',
          '{product.name} connects to your water line and makes up to 400 litres of purified water a day — nothing to order, carry or store.',
          'For an office of your size, that usually means around 70% less spent on water: one fixed fee of {product.price} a month, filters and service included.',
          'And for you personally: {benefit}',
          'Would you like to see it working in your office? The visit takes twenty minutes and costs nothing.',
        ],
        ar: [
          'شكرًا، هذا يفيدني كثيرًا. الشركات مثل {lead.company} تنفق عادةً على العبوات أكثر بكثير مما تتوقع.',
          'جهاز {product.name} يتصل بشبكة المياه لديكم وينتج حتى 400 لتر من المياه المنقّاة يوميًا، فلا طلبات ولا حمل ولا تخزين.',
          'ولمكتب بحجم مكتبكم، يعني هذا عادةً توفير نحو 70% من تكلفة المياه: رسوم ثابتة قدرها {product.price} شهريًا، شاملة الفلاتر والصيانة.',
          'وما يهمّك أنت شخصيًا: {benefit}',
          'هل تودّ أن تراه يعمل في مكتبك؟ الزيارة تستغرق عشرين دقيقة، وهي مجانية تمامًا.',
        ],
        tr: [
          'Teşekkür ederim, bu çok yardımcı oldu. {lead.company} gibi şirketler damacanaya genellikle düşündüklerinden çok daha fazla para harcıyor.',
          '{product.name} doğrudan su hattınıza bağlanır ve günde 400 litreye kadar arıtılmış su üretir; sipariş, taşıma ve depolama derdi kalmaz.',
          'Sizin büyüklüğünüzdeki bir ofiste bu, su masrafında genellikle yaklaşık %70 tasarruf demektir: filtreler ve servis dahil, aylık sabit {product.price}.',
          'Size özel kazancı ise şu: {benefit}',
          'Cihazı ofisinizde çalışırken görmek ister misiniz? Ziyaret yirmi dakika sürer ve tamamen ücretsizdir.',
        ],
      },
      coaching: {
        en: 'Pick the benefit that answers what bothered the customer most (the FAB table, one-line view). One benefit backed by one fact convinces more than a list of features.',
        ar: 'اختر الفائدة التي تجيب عمّا أزعج العميل أكثر (جدول الخاصية والميزة والفائدة، عرض السطر الواحد). فائدة واحدة تدعمها حقيقة واحدة أقنع من قائمة طويلة بالمواصفات.',
        tr: 'Müşteriyi en çok rahatsız eden konuya cevap veren faydayı seçin (Özellik–Avantaj–Fayda tablosu, tek satır görünümü). Tek bir gerçekle desteklenen tek bir fayda, uzun bir özellik listesinden daha ikna edicidir.',
      },
      objectionCategories: ['price', 'noNeed', 'trust'],
      branches: [
        {
          label: { en: 'Wants a visit', ar: 'يريد زيارة', tr: 'Ziyaret istiyor' },
          next: 'close',
        },
        {
          label: { en: 'Has an objection', ar: 'لديه اعتراض', tr: 'İtirazı var' },
          next: 'objections',
        },
      ],
    },
    {
      id: 'offer-competitor',
      phase: 'offer',
      title: {
        en: 'Already has a purifier',
        ar: 'لديه جهاز تنقية بالفعل',
        tr: 'Zaten arıtma cihazı var',
      },
      lines: {
        en: [
          "That's good to hear — you already care about water quality. How often are the filters changed, and who reminds you?",
          'Many of our clients switched to us because we guarantee repairs within 24 hours and the unit shows the water quality live on its display.',
          'Most of them now pay the same or less. Would a short comparison be worth twenty minutes of your time?',
        ],
        ar: [
          'هذا جميل، فأنتم تهتمون بجودة المياه أصلًا. كل كم تُغيَّر الفلاتر لديكم، ومن يذكّركم بذلك؟',
          'كثير من عملائنا انتقلوا إلينا لأننا نضمن الإصلاح خلال 24 ساعة، ولأن الجهاز يعرض جودة المياه على شاشته لحظة بلحظة.',
          'ومعظمهم يدفعون الآن المبلغ نفسه أو أقل. ألا تستحق مقارنة سريعة عشرين دقيقة من وقتك؟',
        ],
        tr: [
          'Bunu duymak güzel; demek ki suyun kalitesini zaten önemsiyorsunuz. Filtreleriniz ne sıklıkla değişiyor, bunu size kim hatırlatıyor?',
          'Müşterilerimizin çoğu, arızaları 24 saat içinde gidermeyi garanti ettiğimiz ve cihaz su kalitesini ekranında anlık gösterdiği için bize geçti.',
          'Çoğu şimdi aynı tutarı ya da daha azını ödüyor. Kısa bir karşılaştırma yirmi dakikanıza değmez mi?',
        ],
      },
      objectionCategories: ['competitor', 'price'],
      branches: [
        {
          label: { en: 'Open to compare', ar: 'يقبل المقارنة', tr: 'Karşılaştırmaya açık' },
          next: 'close',
        },
        {
          label: {
            en: 'Happy with the current supplier',
            ar: 'راضٍ عن مورّده الحالي',
            tr: 'Mevcut tedarikçisinden memnun',
          },
          next: 'objections',
        },
      ],
    },
    {
      id: 'objections',
      phase: 'objections',
      title: { en: 'Handle the objection', ar: 'التعامل مع الاعتراض', tr: 'İtirazı karşılama' },
      lines: {
        en: [
          'I understand you completely. Many of our clients said the same before they tried it.',
          'May I ask what exactly makes you hesitate — the price, the timing, or something else?',
        ],
        ar: [
          'أتفهّم موقفك تمامًا، وكثير من عملائنا قالوا الشيء نفسه قبل أن يجرّبوا.',
          'هل لي أن أسأل: ما الذي يجعلك متردّدًا تحديدًا؟ السعر، أم التوقيت، أم شيء آخر؟',
        ],
        tr: [
          'Sizi çok iyi anlıyorum. Müşterilerimizin çoğu denemeden önce aynı şeyi söylemişti.',
          'Sizi tereddüde düşüren tam olarak nedir, sorabilir miyim: fiyat mı, zamanlama mı, yoksa başka bir şey mi?',
        ],
      },
      coaching: {
        en: "Listen to the end without interrupting. Agree with the feeling, answer with one benefit and one fact, then ask a question. Open the objection cards for the exact words. Don't give up after the first no: 80% of sales need at least five contacts.",
        ar: 'استمع حتى النهاية دون مقاطعة. تفهّم شعور العميل، ثم أجب بفائدة واحدة وحقيقة واحدة، واختم بسؤال. افتح بطاقات الاعتراضات لتجد الصياغة المناسبة. لا تستسلم عند أول رفض: 80% من المبيعات تحتاج إلى خمسة تواصلات على الأقل.',
        tr: 'Sözünü kesmeden sonuna kadar dinleyin. Duyguyu onaylayın, tek bir fayda ve tek bir gerçekle cevap verin, ardından bir soru sorun. Doğru ifadeler için itiraz kartlarını açın. İlk "hayır"da vazgeçmeyin: satışların %80\'i en az beş temas gerektirir.',
      },
      objectionCategories: [...OBJECTION_CATEGORIES],
      branches: [
        {
          label: {
            en: 'Objection answered',
            ar: 'تمّت الإجابة عن الاعتراض',
            tr: 'İtiraz karşılandı',
          },
          next: 'close',
        },
        {
          label: {
            en: 'Still not convinced',
            ar: 'ما زال غير مقتنع',
            tr: 'Hâlâ ikna olmadı',
          },
          next: 'collect-contacts',
        },
        {
          label: {
            en: 'Asks to be called later',
            ar: 'طلب الاتصال لاحقًا',
            tr: 'Daha sonra aranmak istiyor',
          },
          next: 'callback',
        },
      ],
    },
    {
      id: 'close',
      phase: 'close',
      title: {
        en: 'Close: book the visit',
        ar: 'الإغلاق: حجز الزيارة',
        tr: 'Kapanış: ziyareti planlama',
      },
      lines: {
        en: [
          "Then let's do this: our specialist brings the unit, tests your water on the spot and shows you the saving in figures. It takes twenty minutes and costs nothing.",
          'Which suits you better — Tuesday at 11:00 or Wednesday at 15:00?',
          'To sum up: certified clean water for your whole team, no bottles to carry, and about 70% lower water costs.',
          'And if you decide by {deadline}, the first month is free.',
        ],
        ar: [
          'إذن، لنتفق على ما يلي: يأتيك مختصّنا بالجهاز، ويفحص مياهكم في المكان، ويريك التوفير بالأرقام. الزيارة تستغرق عشرين دقيقة، وهي مجانية.',
          'أيّهما أنسب لك: يوم الأحد الساعة 11 صباحًا، أم الاثنين الساعة 3 عصرًا؟',
          'باختصار: مياه نقية معتمدة لفريقك بالكامل، بلا عبوات تُحمَل، وبتكلفة مياه أقل بنحو 70%.',
          'وإذا اتخذت قرارك قبل {deadline}، فالشهر الأول مجاني.',
        ],
        tr: [
          'O zaman şöyle yapalım: uzmanımız cihazı getirsin, suyunuzu yerinde test etsin ve tasarrufu size rakamlarla göstersin. Yirmi dakika sürer, hiçbir ücreti yoktur.',
          'Hangisi sizin için daha uygun: salı saat 11:00 mi, çarşamba saat 15:00 mı?',
          'Kısacası: tüm ekibiniz için sertifikalı temiz su, taşınacak damacana yok ve su masrafında yaklaşık %70 tasarruf.',
          '{deadline} tarihine kadar karar verirseniz ilk ay da ücretsiz.',
        ],
      },
      coaching: {
        en: "Offer two times, never 'when would suit you?'. End with the benefit summary (15–20 words) and the concrete deadline.",
        ar: 'اعرض موعدين محددين، ولا تسأل أبدًا «متى يناسبك؟». اختم بملخّص الفوائد (من 15 إلى 20 كلمة) وبموعد نهائي واضح.',
        tr: 'İki somut saat önerin, asla "size ne zaman uyar?" diye sormayın. Fayda özetiyle (15–20 kelime) ve net bir son tarihle bitirin.',
      },
      objectionCategories: ['noUrgency', 'noAuthority', 'callLater'],
      branches: [
        {
          label: { en: 'Visit booked', ar: 'تم حجز الزيارة', tr: 'Ziyaret planlandı' },
          next: 'booked',
        },
        {
          label: { en: 'Not ready yet', ar: 'ليس مستعدًا بعد', tr: 'Henüz hazır değil' },
          next: 'collect-contacts',
        },
        {
          label: { en: 'New objection', ar: 'اعتراض جديد', tr: 'Yeni itiraz' },
          next: 'objections',
        },
      ],
    },
    {
      id: 'booked',
      phase: 'close',
      title: {
        en: 'Confirm and hand off',
        ar: 'تأكيد الموعد وتسليمه لمسؤول إتمام الصفقات',
        tr: 'Onaylama ve satış uzmanına devretme',
      },
      lines: {
        en: [
          'Excellent! Let me confirm: our specialist will visit you at the agreed time, and you will receive a text message with the details today.',
          'Which mobile number and e-mail should we send the confirmation to?',
          'Thank you, {lead.name}. Have a great day!',
        ],
        ar: [
          'ممتاز! دعني أؤكد: سيزورك مختصّنا في الموعد المتفق عليه، وستصلك اليوم رسالة نصية بالتفاصيل.',
          'على أي رقم جوال وأي بريد إلكتروني نرسل التأكيد؟',
          'شكرًا لك، {lead.name}، وأتمنى لك يومًا سعيدًا!',
        ],
        tr: [
          'Harika! Hemen teyit edeyim: uzmanımız kararlaştırdığımız saatte sizi ziyaret edecek; ayrıntıları bugün SMS ile alacaksınız.',
          'Onayı hangi cep telefonu numarasına ve e-posta adresine gönderelim?',
          'Teşekkür ederim {lead.name}, iyi günler dilerim!',
        ],
      },
      coaching: {
        en: "Fill in the BANT answers and your notes for the closer, then press 'Book and hand off'. A hand-off without notes makes your colleague start from zero.",
        ar: 'املأ إجابات BANT (الميزانية، الصلاحية، الحاجة، التوقيت) وملاحظاتك لمسؤول إتمام الصفقة، ثم اضغط «حجز وتسليم». التسليم دون ملاحظات يجعل زميلك يبدأ من الصفر.',
        tr: 'BANT cevaplarını (bütçe, yetki, ihtiyaç, zamanlama) ve satış uzmanı için notlarınızı doldurun, ardından "Randevu al ve devret"e basın. Notsuz bir devir, meslektaşınızı sıfırdan başlatır.',
      },
      branches: [],
    },
    {
      id: 'callback',
      phase: 'close',
      title: {
        en: 'Agree on a callback',
        ar: 'الاتفاق على معاودة الاتصال',
        tr: 'Geri arama zamanı belirleme',
      },
      lines: {
        en: [
          'Of course. When is better for you — later today at four, or tomorrow morning at ten?',
          'Is this the best number to reach you, or is there a direct line?',
          "Thank you — I'll call you then.",
        ],
        ar: [
          'بكل تأكيد. أيّهما أنسب لك: اليوم الساعة الرابعة عصرًا، أم غدًا الساعة العاشرة صباحًا؟',
          'هل هذا أفضل رقم للتواصل معك، أم لديك رقم مباشر؟',
          'شكرًا لك، سأتصل بك في الموعد.',
        ],
        tr: [
          'Elbette. Hangisi daha uygun: bugün saat 16:00 mı, yarın sabah 10:00 mu?',
          'Size ulaşmak için en uygun numara bu mu, yoksa doğrudan bir hattınız var mı?',
          'Teşekkür ederim, o saatte sizi arayacağım.',
        ],
      },
      coaching: {
        en: 'Set the callback in the desk before you hang up — a forgotten promise costs you the customer.',
        ar: 'سجّل موعد معاودة الاتصال في النظام قبل إنهاء المكالمة؛ فالوعد المنسيّ يُفقدك العميل.',
        tr: 'Telefonu kapatmadan önce geri aramayı sisteme girin; unutulan bir söz müşteriyi kaybettirir.',
      },
      branches: [],
    },
    {
      id: 'collect-contacts',
      phase: 'close',
      title: {
        en: 'No decision yet: keep the door open',
        ar: 'لا قرار بعد: أبقِ الباب مفتوحًا',
        tr: 'Henüz karar yok: kapıyı açık bırakın',
      },
      lines: {
        en: [
          "I understand, and I don't want to take more of your time.",
          'May I send you a one-page comparison of bottled water and {product.name}, calculated for your office? Which e-mail should I use?',
          "One more thing: new clients who decide by {deadline} get the first month free. I'll call you in a few days to hear what you think — is that all right?",
        ],
        ar: [
          'أتفهّم ذلك تمامًا، ولا أريد أن آخذ من وقتك أكثر.',
          'هل تسمح لي بأن أرسل لك مقارنة من صفحة واحدة بين المياه المعبأة وجهاز {product.name}، محسوبة على حجم مكتبكم؟ ما البريد الإلكتروني المناسب؟',
          'وأمر أخير: العملاء الجدد الذين يقرّرون قبل {deadline} يحصلون على الشهر الأول مجانًا. سأتصل بك بعد أيام قليلة لأسمع رأيك، هل يناسبك ذلك؟',
        ],
        tr: [
          'Anlıyorum, daha fazla vaktinizi almak istemem.',
          'Ofisiniz için hesaplanmış, damacana ile {product.name} karşılaştırmasını tek sayfada göndermeme izin verir misiniz? Hangi e-posta adresine göndereyim?',
          'Son bir şey: {deadline} tarihine kadar karar veren yeni müşterilerimize ilk ay ücretsiz. Birkaç gün sonra fikrinizi almak için sizi arayacağım, uygun mu?',
        ],
      },
      coaching: {
        en: 'Never end without a contact and a date. Set the re-call for 3–5 days from now and note why the customer refused: you will make a new offer then.',
        ar: 'لا تنهِ المكالمة أبدًا دون وسيلة تواصل وموعد. حدّد معاودة الاتصال بعد 3 إلى 5 أيام، ودوّن سبب الرفض، فستقدّم حينها عرضًا جديدًا.',
        tr: 'Asla bir iletişim bilgisi ve tarih almadan kapatmayın. Yeniden aramayı 3–5 gün sonrasına kurun ve reddin nedenini not edin; o zaman yeni bir teklif yapacaksınız.',
      },
      branches: [],
    },
  ],
};

export const CLOSER_SCRIPT: CallScript = {
  id: 'closer-meeting' as ScriptId,
  role: 'closer',
  name: {
    en: 'Meeting and demo: from proposal to signature',
    ar: 'الاجتماع والعرض العملي: من العرض إلى التوقيع',
    tr: 'Toplantı ve tanıtım: tekliften imzaya',
  },
  productId: PRO_500_ID,
  steps: [
    {
      id: 'meeting-open',
      phase: 'greeting',
      title: { en: 'Open the meeting', ar: 'افتتاح الاجتماع', tr: 'Toplantıyı açma' },
      lines: {
        en: [
          "{greeting}, {lead.name}. I'm {agent.name} from {org.name} — thank you for making time for us.",
          "Here's what I suggest for the next twenty minutes: I ask a few questions, show you the unit working, and then we decide together whether it makes sense for {lead.company}. Does that work for you?",
        ],
        ar: [
          '{greeting}، {lead.name}. أنا {agent.name} من {org.name}، وشكرًا لأنك خصّصت لنا هذا الوقت.',
          'أقترح أن نقسم العشرين دقيقة القادمة هكذا: أطرح بعض الأسئلة، ثم أريك الجهاز وهو يعمل، وبعدها نقرّر معًا إن كان مناسبًا لكم في {lead.company}. هل يناسبك ذلك؟',
        ],
        tr: [
          '{greeting} {lead.name}. Ben {agent.name}, {org.name} adına buradayım; bize vakit ayırdığınız için teşekkür ederim.',
          'Önümüzdeki yirmi dakika için önerim şu: birkaç soru soracağım, cihazı çalışırken göstereceğim, sonra {lead.company} için mantıklı olup olmadığına birlikte karar vereceğiz. Sizin için uygun mu?',
        ],
      },
      coaching: {
        en: "Read the hunter's notes and BANT answers before the meeting. Agreeing the agenda first makes the final question natural.",
        ar: 'اقرأ ملاحظات زميلك وإجابات BANT قبل الاجتماع. الاتفاق على جدول اللقاء منذ البداية يجعل سؤال القرار في النهاية أمرًا طبيعيًا.',
        tr: 'Toplantıdan önce ekip arkadaşınızın notlarını ve BANT cevaplarını okuyun. Gündemi baştan kabul ettirmek, sondaki karar sorusunu doğal kılar.',
      },
      branches: [
        {
          label: {
            en: 'Agenda agreed',
            ar: 'تم الاتفاق على جدول اللقاء',
            tr: 'Gündem kabul edildi',
          },
          next: 'needs',
        },
      ],
    },
    {
      id: 'needs',
      phase: 'interest',
      title: {
        en: 'Confirm the needs (BANT)',
        ar: 'تأكيد الاحتياج (BANT)',
        tr: 'İhtiyacı doğrulama (BANT)',
      },
      lines: {
        en: [
          'My colleague told me you currently use bottled water. How many people are in the office today, and do you expect the team to grow this year?',
          'Roughly what do you spend on water each month?',
          'Who besides you will take part in the decision?',
          'If everything suits you, when would you like the unit installed?',
        ],
        ar: [
          'أخبرني زميلي أنكم تستخدمون المياه المعبأة حاليًا. كم عدد الموظفين في المكتب اليوم؟ وهل تتوقعون أن يكبر الفريق هذا العام؟',
          'كم تنفقون على المياه شهريًا على وجه التقريب؟',
          'من يشارك معك في اتخاذ القرار؟',
          'إذا ناسبك كل شيء، فمتى تودّ أن يُركَّب الجهاز؟',
        ],
        tr: [
          'Ekip arkadaşım şu an damacana kullandığınızı söyledi. Bugün ofiste kaç kişi var, bu yıl ekibin büyümesini bekliyor musunuz?',
          'Su için ayda yaklaşık ne kadar harcıyorsunuz?',
          'Karara sizin dışınızda kimler katılacak?',
          'Her şey uygun olursa cihazın ne zaman kurulmasını istersiniz?',
        ],
      },
      coaching: {
        en: "Check Budget, Authority, Need and Timeline. If the decision maker is missing, don't present the price yet — involve them first.",
        ar: 'تحقّق من الميزانية والصلاحية والحاجة والتوقيت. إذا كان صاحب القرار غائبًا فلا تعرض السعر بعد، بل أشركه أولًا.',
        tr: 'Bütçe, yetki, ihtiyaç ve zamanlamayı kontrol edin. Karar verici yoksa fiyatı henüz açıklamayın; önce onu sürece katın.',
      },
      objectionCategories: ['noAuthority', 'noUrgency'],
      branches: [
        {
          label: { en: 'Needs confirmed', ar: 'تأكّد الاحتياج', tr: 'İhtiyaç doğrulandı' },
          next: 'demo',
        },
        {
          label: {
            en: 'Decision maker missing',
            ar: 'صاحب القرار غير حاضر',
            tr: 'Karar verici yok',
          },
          next: 'involve-dm',
        },
      ],
    },
    {
      id: 'involve-dm',
      phase: 'interest',
      title: {
        en: 'Bring in the decision maker',
        ar: 'إشراك صاحب القرار',
        tr: 'Karar vericiyi sürece katma',
      },
      lines: {
        en: [
          "It sounds as if your manager should see this too — after all, it's their budget.",
          'Could we call them now for five minutes, or find a time this week when you are both in the office?',
        ],
        ar: [
          'يبدو أن مديرك ينبغي أن يطّلع على هذا أيضًا، فالميزانية في النهاية ميزانيته.',
          'هل يمكننا الاتصال به الآن لخمس دقائق، أو تحديد وقت هذا الأسبوع تكونان فيه معًا في المكتب؟',
        ],
        tr: [
          'Anladığım kadarıyla müdürünüzün de bunu görmesi gerekiyor; sonuçta bütçe onun.',
          'Kendisini şimdi beş dakikalığına arayabilir miyiz, ya da bu hafta ikinizin de ofiste olduğu bir saat belirleyebilir miyiz?',
        ],
      },
      objectionCategories: ['noAuthority'],
      branches: [
        {
          label: { en: 'Joined now', ar: 'انضمّ الآن', tr: 'Hemen katıldı' },
          next: 'demo',
        },
        {
          label: { en: 'Meeting later', ar: 'اجتماع لاحق', tr: 'Sonraki bir toplantı' },
          next: 'next-step',
        },
      ],
    },
    {
      id: 'demo',
      phase: 'offer',
      title: {
        en: 'Demonstrate: feature, advantage, benefit',
        ar: 'العرض العملي: الخاصية والميزة والفائدة',
        tr: 'Tanıtım: özellik, avantaj, fayda',
      },
      lines: {
        en: [
          'Let me show you the display first: this number is the water quality, measured live.',
          'This is five-stage reverse osmosis: it removes up to 99% of dissolved salts and bacteria, while an ordinary dispenser only cools the water.',
          'What this means for you: {benefit}',
          'Please, taste it. How important is water quality for your team?',
        ],
        ar: [
          'دعني أريك الشاشة أولًا: هذا الرقم هو جودة المياه، مقيسة لحظة بلحظة.',
          'هذا نظام تناضح عكسي من خمس مراحل يزيل ما يصل إلى 99% من الأملاح الذائبة والبكتيريا، بينما يكتفي البرّاد العادي بتبريد الماء.',
          'وما يعنيه هذا لك: {benefit}',
          'تفضّل، تذوّقه بنفسك. ما مدى أهمية جودة المياه لفريقك؟',
        ],
        tr: [
          'Önce ekranı göstereyim: bu rakam, anlık ölçülen su kalitesi.',
          "Bu, beş aşamalı ters ozmoz sistemi: çözünmüş tuzların ve bakterilerin %99'una kadarını giderir; sıradan bir sebil ise suyu yalnızca soğutur.",
          'Bunun sizin için anlamı: {benefit}',
          'Buyurun, tadına bakın. Su kalitesi ekibiniz için ne kadar önemli?',
        ],
      },
      coaching: {
        en: 'Use the FAB table: one feature, what makes it better than the competitor, what the customer personally gets. Pause after each benefit and ask how important it is.',
        ar: 'استخدم جدول الخاصية والميزة والفائدة: خاصية واحدة، وما يميّزها عن المنافس، وما يكسبه العميل شخصيًا. توقّف بعد كل فائدة واسأل عن مدى أهميتها له.',
        tr: 'Özellik–Avantaj–Fayda tablosunu kullanın: bir özellik, onu rakipten üstün kılan şey ve müşterinin kişisel kazancı. Her faydadan sonra durun ve ne kadar önemli olduğunu sorun.',
      },
      objectionCategories: ['trust', 'competitor'],
      branches: [
        {
          label: { en: 'Convinced', ar: 'اقتنع', tr: 'İkna oldu' },
          next: 'proposal',
        },
        {
          label: { en: 'Raises an objection', ar: 'أبدى اعتراضًا', tr: 'İtiraz etti' },
          next: 'objections',
        },
      ],
    },
    {
      id: 'proposal',
      phase: 'offer',
      title: { en: 'Present the proposal', ar: 'تقديم العرض', tr: 'Teklifi sunma' },
      lines: {
        en: [
          "Based on what you've told me, here is my proposal: {product.name} for your office at {product.price} a month, with filters, sanitisation every three months and 24-hour repairs included.",
          'Compared with what you spend on bottles today, you save from the very first month.',
          'Does this match what you expected?',
        ],
        ar: [
          'بناءً على ما ذكرته، إليك عرضي: جهاز {product.name} لمكتبكم مقابل {product.price} شهريًا، شاملًا الفلاتر والتعقيم كل ثلاثة أشهر والإصلاح خلال 24 ساعة.',
          'ومقارنةً بما تنفقونه على العبوات اليوم، ستوفّرون منذ الشهر الأول.',
          'هل يتوافق هذا مع ما كنت تتوقعه؟',
        ],
        tr: [
          'Anlattıklarınıza göre teklifim şu: ofisiniz için {product.name}, aylık {product.price}; filtreler, üç ayda bir dezenfeksiyon ve 24 saat içinde onarım dahil.',
          'Bugün damacanaya harcadığınız tutarla karşılaştırınca ilk aydan itibaren tasarruf edersiniz.',
          'Bu, beklediğiniz gibi mi?',
        ],
      },
      objectionCategories: ['price', 'competitor', 'noAuthority'],
      branches: [
        {
          label: { en: 'Agrees', ar: 'موافق', tr: 'Kabul ediyor' },
          next: 'close',
        },
        {
          label: { en: 'Has an objection', ar: 'لديه اعتراض', tr: 'İtirazı var' },
          next: 'objections',
        },
        {
          label: {
            en: 'Wants it in writing',
            ar: 'يريد العرض مكتوبًا',
            tr: 'Teklifi yazılı istiyor',
          },
          next: 'send-proposal',
        },
      ],
    },
    {
      id: 'objections',
      phase: 'objections',
      title: { en: 'Handle the objection', ar: 'التعامل مع الاعتراض', tr: 'İtirazı karşılama' },
      lines: {
        en: [
          "I understand. Let's look at it together — what exactly concerns you?",
          'If we solve this, is there anything else stopping you from going ahead?',
        ],
        ar: [
          'أتفهّم ذلك. لننظر في الأمر معًا: ما الذي يقلقك تحديدًا؟',
          'إذا حللنا هذه النقطة، فهل هناك ما يمنعك من المضيّ قُدمًا؟',
        ],
        tr: [
          'Anlıyorum. Birlikte bakalım: sizi tam olarak ne endişelendiriyor?',
          'Bu konuyu çözersek, ilerlememize engel olan başka bir şey kalıyor mu?',
        ],
      },
      coaching: {
        en: 'Isolate the objection before answering it: the second question shows whether it is the real one. Open the objection cards for proven answers.',
        ar: 'اعزل الاعتراض قبل الرد عليه، فالسؤال الثاني يكشف إن كان هو السبب الحقيقي. افتح بطاقات الاعتراضات لتجد إجابات مجرَّبة.',
        tr: 'Cevap vermeden önce itirazı netleştirin: ikinci soru, asıl sebebin bu olup olmadığını gösterir. Denenmiş cevaplar için itiraz kartlarını açın.',
      },
      objectionCategories: [...OBJECTION_CATEGORIES],
      branches: [
        {
          label: { en: 'Answered', ar: 'تمّت الإجابة', tr: 'Cevaplandı' },
          next: 'close',
        },
        {
          label: { en: 'Needs time', ar: 'يحتاج إلى وقت', tr: 'Zamana ihtiyacı var' },
          next: 'send-proposal',
        },
        {
          label: { en: 'Not now', ar: 'ليس الآن', tr: 'Şimdi değil' },
          next: 'next-step',
        },
      ],
    },
    {
      id: 'close',
      phase: 'close',
      title: { en: 'Close the deal', ar: 'إتمام الصفقة', tr: 'Satışı kapatma' },
      lines: {
        en: [
          'Shall we install on Monday or on Tuesday?',
          'Would you prefer the 12-month plan, or the 24-month plan with a lower monthly fee?',
          'So: certified clean water for everyone, no bottles to carry, and about 70% less on water every month.',
          'This price and the free first month hold for agreements signed by {deadline}.',
        ],
        ar: [
          'هل نركّب الجهاز يوم الأحد أم يوم الاثنين؟',
          'أيّهما تفضّل: خطة الاثني عشر شهرًا، أم خطة الأربعة والعشرين شهرًا برسوم شهرية أقل؟',
          'إذن: مياه نقية معتمدة للجميع، بلا عبوات تُحمَل، وتوفير نحو 70% من تكلفة المياه كل شهر.',
          'هذا السعر والشهر الأول المجاني ساريان على العقود الموقّعة قبل {deadline}.',
        ],
        tr: [
          'Kurulumu pazartesi mi yapalım, salı mı?',
          '12 aylık planı mı tercih edersiniz, yoksa aylık ücreti daha düşük olan 24 aylık planı mı?',
          'Özetle: herkes için sertifikalı temiz su, taşınacak damacana yok ve her ay su masrafında yaklaşık %70 tasarruf.',
          'Bu fiyat ve ücretsiz ilk ay, {deadline} tarihine kadar imzalanan sözleşmeler için geçerli.',
        ],
      },
      coaching: {
        en: 'Ask, then stay silent: whoever speaks first after the closing question gives ground. Use the closing-technique cards.',
        ar: 'اطرح سؤال الإغلاق ثم اصمت؛ فمن يتكلم أولًا بعده يتراجع عن موقعه. استعن ببطاقات أساليب الإغلاق.',
        tr: 'Kapanış sorusunu sorun ve susun: sorudan sonra ilk konuşan taraf geri adım atar. Kapanış tekniği kartlarından yararlanın.',
      },
      objectionCategories: ['price', 'noUrgency'],
      branches: [
        {
          label: { en: 'Signed', ar: 'وقّع العقد', tr: 'İmzaladı' },
          next: 'won',
        },
        {
          label: {
            en: 'Wants to think it over',
            ar: 'يريد التفكير',
            tr: 'Düşünmek istiyor',
          },
          next: 'send-proposal',
        },
        {
          label: { en: 'New objection', ar: 'اعتراض جديد', tr: 'Yeni itiraz' },
          next: 'objections',
        },
      ],
    },
    {
      id: 'send-proposal',
      phase: 'close',
      title: {
        en: 'Send the proposal and fix the follow-up',
        ar: 'إرسال العرض وتحديد موعد المتابعة',
        tr: 'Teklifi gönderme ve takip tarihini belirleme',
      },
      lines: {
        en: [
          "I'll send you the written proposal today. Which e-mail should I use?",
          "When will you have looked at it — tomorrow afternoon or Thursday morning? I'll call you then to answer any questions.",
          'Please note: the proposal is valid until {deadline}.',
        ],
        ar: [
          'سأرسل لك العرض مكتوبًا اليوم. ما البريد الإلكتروني المناسب؟',
          'متى ستتمكّن من الاطلاع عليه: غدًا بعد الظهر أم صباح الخميس؟ سأتصل بك حينها للإجابة عن أي سؤال.',
          'للعلم: العرض ساري المفعول حتى {deadline}.',
        ],
        tr: [
          'Yazılı teklifi bugün size göndereceğim. Hangi e-posta adresini kullanayım?',
          'Ne zaman inceleyebilirsiniz: yarın öğleden sonra mı, perşembe sabahı mı? Sorularınızı yanıtlamak için o zaman sizi arayacağım.',
          'Hatırlatmak isterim: teklif {deadline} tarihine kadar geçerlidir.',
        ],
      },
      coaching: {
        en: 'Mark the proposal as sent with amount and currency, and set the follow-up call before you leave.',
        ar: 'سجّل العرض كمُرسَل مع المبلغ والعملة، وحدّد مكالمة المتابعة قبل أن تغادر.',
        tr: 'Teklifi tutar ve para birimiyle birlikte gönderildi olarak işaretleyin; ayrılmadan takip aramasını planlayın.',
      },
      branches: [],
    },
    {
      id: 'won',
      phase: 'close',
      title: {
        en: 'Welcome the new customer',
        ar: 'الترحيب بالعميل الجديد',
        tr: 'Yeni müşteriyi karşılama',
      },
      lines: {
        en: [
          'Congratulations, and welcome to {org.name}! Our technician will call you tomorrow to confirm the installation time.',
          'Your account manager will call you after the first month to make sure everything is perfect.',
          "And if you know another office still carrying bottles, tell me — you'll get a free month for every new client you introduce.",
        ],
        ar: [
          'مبارك، وأهلًا بك في {org.name}! سيتصل بك فنيّنا غدًا لتأكيد موعد التركيب.',
          'وسيتصل بك مدير حسابك بعد الشهر الأول ليتأكد أن كل شيء على ما يرام.',
          'وإن كنت تعرف مكتبًا آخر ما زال يحمل العبوات، فأخبرني؛ ستحصل على شهر مجاني عن كل عميل جديد ترشّحه.',
        ],
        tr: [
          'Tebrikler, {org.name} ailesine hoş geldiniz! Teknisyenimiz kurulum saatini teyit etmek için yarın sizi arayacak.',
          'Müşteri temsilciniz de ilk ayın sonunda her şeyin yolunda olduğundan emin olmak için sizi arayacak.',
          'Hâlâ damacana taşıyan başka bir ofis tanıyorsanız bana söyleyin; önerdiğiniz her yeni müşteri için bir ay ücretsiz.',
        ],
      },
      coaching: {
        en: "Mark the deal as won with the product and amount: the customer moves to the account managers' base.",
        ar: 'سجّل الصفقة كرابحة مع المنتج والمبلغ، لينتقل العميل إلى قاعدة مديري الحسابات.',
        tr: 'Satışı ürün ve tutarla birlikte kazanıldı olarak işaretleyin; müşteri, müşteri temsilcilerinin portföyüne geçer.',
      },
      branches: [],
    },
    {
      id: 'next-step',
      phase: 'close',
      title: {
        en: 'Agree on the next step',
        ar: 'الاتفاق على الخطوة التالية',
        tr: 'Bir sonraki adımı belirleme',
      },
      lines: {
        en: [
          "Let's put the next step in the calendar now, so nothing gets lost.",
          'Would Monday or Tuesday next week suit you and your manager?',
          "I'll send you a short summary today, so you have everything in one place.",
        ],
        ar: [
          'لنضع الخطوة التالية في التقويم الآن حتى لا يضيع شيء.',
          'هل يناسبك أنت ومديرك يوم الأحد أم الاثنين من الأسبوع القادم؟',
          'سأرسل لك اليوم ملخّصًا قصيرًا ليكون كل شيء بين يديك.',
        ],
        tr: [
          'Hiçbir şey unutulmasın diye bir sonraki adımı şimdi takvime koyalım.',
          'Gelecek hafta pazartesi mi, salı mı sizin ve müdürünüz için daha uygun?',
          'Her şey elinizin altında olsun diye bugün size kısa bir özet göndereceğim.',
        ],
      },
      branches: [],
    },
  ],
};

export const FARMER_SCRIPT: CallScript = {
  id: 'farmer-retention' as ScriptId,
  role: 'farmer',
  name: {
    en: 'Customer check-in: satisfaction, up-sell, cross-sell',
    ar: 'متابعة العميل: الرضا والبيع الإضافي والتكميلي',
    tr: 'Müşteri görüşmesi: memnuniyet, ek satış, çapraz satış',
  },
  productId: PRO_500_ID,
  steps: [
    {
      id: 'checkin',
      phase: 'greeting',
      title: { en: 'Warm check-in', ar: 'اتصال للاطمئنان', tr: 'Hal hatır araması' },
      lines: {
        en: [
          'Hello, {lead.name}! This is {agent.name}, your account manager at {org.name}.',
          "I'm calling to check how the water station is working at {lead.company}. Do you have a couple of minutes?",
        ],
        ar: [
          'مرحبًا {lead.name}! معك {agent.name}، مدير حسابكم في {org.name}.',
          'أتصل لأطمئن على عمل محطة المياه لديكم في {lead.company}. هل لديك دقيقتان؟',
        ],
        tr: [
          'Merhaba {lead.name}, ben {agent.name}; {org.name} müşteri temsilcinizim.',
          '{lead.company} ofisinizdeki su istasyonunun nasıl çalıştığını sormak için arıyorum. Birkaç dakikanız var mı?',
        ],
      },
      coaching: {
        en: 'You are not calling to sell; you are calling to care. 60% of customers leave because the company seems indifferent to them.',
        ar: 'أنت لا تتصل لتبيع، بل لتُظهر اهتمامك. 60% من العملاء يغادرون لأنهم يشعرون بأن الشركة لا تبالي بهم.',
        tr: "Satış yapmak için değil, ilgilendiğinizi göstermek için arıyorsunuz. Müşterilerin %60'ı, şirketin kendilerine ilgisiz kaldığını hissettiği için ayrılır.",
      },
      branches: [
        {
          label: { en: 'Has time', ar: 'لديه وقت', tr: 'Vakti var' },
          next: 'satisfaction',
        },
        {
          label: { en: 'Busy', ar: 'مشغول', tr: 'Meşgul' },
          next: 'callback',
        },
      ],
    },
    {
      id: 'satisfaction',
      phase: 'interest',
      title: { en: 'Satisfaction', ar: 'قياس الرضا', tr: 'Memnuniyet' },
      lines: {
        en: [
          'On a scale of 1 to 10, how happy is your team with the water and with our service?',
          'Has anything bothered you — the taste, the service visits, the invoices?',
          'Has anything changed at your company: new staff, a new floor, a new branch?',
        ],
        ar: [
          'على مقياس من 1 إلى 10، ما مدى رضا فريقك عن المياه وعن خدمتنا؟',
          'هل أزعجكم شيء: الطعم، أم زيارات الصيانة، أم الفواتير؟',
          'هل تغيّر شيء في شركتكم: موظفون جدد، أو طابق جديد، أو فرع جديد؟',
        ],
        tr: [
          "1'den 10'a kadar puan verseniz, ekibiniz sudan ve hizmetimizden ne kadar memnun?",
          'Sizi rahatsız eden bir şey oldu mu: tadı, servis ziyaretleri ya da faturalar?',
          'Şirketinizde değişen bir şey var mı: yeni çalışanlar, yeni bir kat, yeni bir şube?',
        ],
      },
      coaching: {
        en: 'Write down the score. Below 8, solve the problem first — never offer more to an unhappy customer.',
        ar: 'دوّن التقييم. إذا كان أقل من 8 فعالج المشكلة أولًا، ولا تعرض شيئًا إضافيًا على عميل غير راضٍ.',
        tr: "Puanı not edin. 8'in altındaysa önce sorunu çözün; memnun olmayan bir müşteriye asla ek bir şey teklif etmeyin.",
      },
      branches: [
        {
          label: { en: 'Happy (8–10)', ar: 'راضٍ (8–10)', tr: 'Memnun (8–10)' },
          next: 'upsell',
        },
        {
          label: { en: 'Has a complaint', ar: 'لديه شكوى', tr: 'Şikâyeti var' },
          next: 'resolve',
        },
      ],
    },
    {
      id: 'resolve',
      phase: 'objections',
      title: { en: 'Fix the problem first', ar: 'حلّ المشكلة أولًا', tr: 'Önce sorunu çözün' },
      lines: {
        en: [
          "Thank you for telling me, and I'm sorry this happened.",
          "I'm opening a service request right now; a technician will call you within 24 hours.",
          "I'll call you myself the day after to make sure it has been fixed.",
        ],
        ar: [
          'شكرًا لأنك أخبرتني، وأعتذر عمّا حدث.',
          'سأفتح طلب صيانة الآن، وسيتصل بك فنيّ خلال 24 ساعة.',
          'وسأتصل بك بنفسي في اليوم التالي لأتأكد من حلّ المشكلة.',
        ],
        tr: [
          'Bana söylediğiniz için teşekkür ederim; yaşadığınız sorun için özür dilerim.',
          'Hemen bir servis kaydı açıyorum; bir teknisyen 24 saat içinde sizi arayacak.',
          'Ertesi gün sorunun çözüldüğünden emin olmak için sizi bizzat arayacağım.',
        ],
      },
      coaching: {
        en: 'A complaint solved quickly builds more loyalty than no complaint at all. Set your own follow-up call now.',
        ar: 'الشكوى التي تُحلّ بسرعة تبني ولاءً أكبر مما لو لم تكن هناك شكوى أصلًا. حدّد الآن موعد مكالمة المتابعة الخاصة بك.',
        tr: 'Hızla çözülen bir şikâyet, hiç şikâyet olmamasından daha fazla sadakat yaratır. Kendi takip aramanızı şimdi planlayın.',
      },
      objectionCategories: ['trust', 'competitor', 'price'],
      branches: [
        {
          label: {
            en: 'Service request opened',
            ar: 'فُتح طلب الصيانة',
            tr: 'Servis kaydı açıldı',
          },
          next: 'wrap-up',
        },
      ],
    },
    {
      id: 'upsell',
      phase: 'offer',
      title: {
        en: 'Up-sell: more of the same',
        ar: 'البيع الإضافي: المزيد من المنتج نفسه',
        tr: 'Ek satış: aynı üründen daha fazla',
      },
      lines: {
        en: [
          "I'm glad to hear it! Has your team grown since we installed the unit?",
          'Many clients add a second {product.name} on another floor or near the meeting rooms: nobody crosses the office for water, and there is never a queue.',
          'For existing customers, the second unit comes at a 15% discount.',
        ],
        ar: [
          'يسعدني سماع ذلك! هل كبر فريقكم منذ أن ركّبنا الجهاز؟',
          'كثير من عملائنا يضيفون جهاز {product.name} ثانيًا في طابق آخر أو بجوار قاعات الاجتماعات، فلا يضطر أحد لعبور المكتب من أجل الماء، ولا طوابير أبدًا.',
          'ولعملائنا الحاليين، يأتي الجهاز الثاني بخصم 15%.',
        ],
        tr: [
          'Bunu duyduğuma sevindim! Cihazı kurduğumuzdan beri ekibiniz büyüdü mü?',
          'Birçok müşterimiz başka bir kata ya da toplantı odalarının yanına ikinci bir {product.name} ekliyor; kimse su için ofisin öbür ucuna yürümüyor, kuyruk da olmuyor.',
          'Mevcut müşterilerimize ikinci cihaz %15 indirimli.',
        ],
      },
      objectionCategories: ['price', 'noNeed'],
      branches: [
        {
          label: { en: 'Interested', ar: 'مهتم', tr: 'İlgileniyor' },
          next: 'close-offer',
        },
        {
          label: { en: 'Not needed', ar: 'لا حاجة', tr: 'Gerek yok' },
          next: 'cross-sell',
        },
      ],
    },
    {
      id: 'cross-sell',
      phase: 'offer',
      title: {
        en: 'Cross-sell: the home purifier',
        ar: 'البيع التكميلي: جهاز التنقية المنزلي',
        tr: 'Çapraz satış: ev tipi arıtma cihazı',
      },
      lines: {
        en: [
          'One more idea: many of our business clients offer their staff Rawaa Home 4, the under-sink purifier for the home, at a corporate price.',
          'It costs the company nothing, and employees get clean water at home for about 25% less than the retail price.',
          'Shall I send you a short note you can share with your team?',
        ],
        ar: [
          'فكرة أخرى: كثير من عملائنا من الشركات يقدّمون لموظفيهم جهاز «رواء هوم 4» المنزلي الذي يُركَّب تحت مغسلة المطبخ، بسعر خاص بالشركات.',
          'لا يكلّف الشركة شيئًا، ويحصل الموظفون على مياه نقية في بيوتهم بسعر أقل بنحو 25% من سعر الأفراد.',
          'هل أرسل لك نشرة قصيرة تشاركها مع فريقك؟',
        ],
        tr: [
          'Bir fikir daha: kurumsal müşterilerimizin çoğu, çalışanlarına evyenin altına takılan Rawaa Home 4 ev tipi arıtma cihazını kurumsal fiyatla sunuyor.',
          'Şirkete hiçbir maliyeti yok; çalışanlar evde, bireysel fiyattan yaklaşık %25 daha ucuza temiz suya kavuşuyor.',
          'Ekibinizle paylaşabileceğiniz kısa bir bilgi notu göndereyim mi?',
        ],
      },
      branches: [
        {
          label: { en: 'Yes, send it', ar: 'نعم، أرسلها', tr: 'Evet, gönderin' },
          next: 'close-offer',
        },
        {
          label: { en: 'No, thank you', ar: 'لا، شكرًا', tr: 'Hayır, teşekkürler' },
          next: 'referral',
        },
      ],
    },
    {
      id: 'referral',
      phase: 'close',
      title: { en: 'Ask for a referral', ar: 'طلب الترشيح', tr: 'Tavsiye isteme' },
      lines: {
        en: [
          'Thank you for your trust. Do you know another company — a neighbour or a partner — that still carries bottles?',
          'For every new client you introduce, you get a free month.',
        ],
        ar: [
          'شكرًا لثقتك. هل تعرف شركة أخرى، جارة أو شريكة، ما زالت تحمل العبوات؟',
          'عن كل عميل جديد ترشّحه لنا، تحصل على شهر مجاني.',
        ],
        tr: [
          'Güveniniz için teşekkür ederim. Hâlâ damacana taşıyan başka bir şirket, bir komşunuz ya da iş ortağınız var mı?',
          'Bize önerdiğiniz her yeni müşteri için bir ay ücretsiz.',
        ],
      },
      branches: [
        {
          label: { en: 'Done', ar: 'تم', tr: 'Tamam' },
          next: 'wrap-up',
        },
      ],
    },
    {
      id: 'close-offer',
      phase: 'close',
      title: { en: 'Close the add-on', ar: 'إتمام الطلب الإضافي', tr: 'Ek siparişi kapatma' },
      lines: {
        en: [
          'Shall I add it to your next service visit, or would you prefer a separate installation this week?',
          'In short: water close to every desk, no queues, and a second unit at 15% off with the same service.',
          'The discount applies to orders placed by {deadline}.',
        ],
        ar: [
          'هل أضيفه إلى زيارة الصيانة القادمة، أم تفضّل تركيبًا منفصلًا هذا الأسبوع؟',
          'باختصار: ماء قريب من كل مكتب، بلا طوابير، وجهاز ثانٍ بخصم 15% مع الخدمة نفسها.',
          'الخصم ساري على الطلبات حتى {deadline}.',
        ],
        tr: [
          'Bir sonraki servis ziyaretine mi ekleyelim, yoksa bu hafta ayrı bir kurulum mu tercih edersiniz?',
          'Kısacası: her masanın yakınında su, kuyruk yok ve aynı hizmetle %15 indirimli ikinci cihaz.',
          'İndirim, {deadline} tarihine kadar verilen siparişlerde geçerli.',
        ],
      },
      objectionCategories: ['noUrgency', 'noAuthority'],
      branches: [
        {
          label: { en: 'Agreed', ar: 'تمّ الاتفاق', tr: 'Anlaşıldı' },
          next: 'wrap-up',
        },
      ],
    },
    {
      id: 'wrap-up',
      phase: 'close',
      title: {
        en: 'Close the call and plan the next contact',
        ar: 'إنهاء المكالمة وتحديد التواصل القادم',
        tr: 'Görüşmeyi kapatma ve sonraki teması planlama',
      },
      lines: {
        en: [
          "Thank you for your time, {lead.name}. I'll call you again in three months.",
          'If you need anything before then, my direct number is on every invoice.',
        ],
        ar: [
          'شكرًا لوقتك، {lead.name}. سأتصل بك مجددًا بعد ثلاثة أشهر.',
          'وإن احتجت إلى أي شيء قبل ذلك، فرقمي المباشر مطبوع على كل فاتورة.',
        ],
        tr: [
          'Vakit ayırdığınız için teşekkür ederim {lead.name}. Üç ay sonra sizi tekrar arayacağım.',
          'Bu arada bir ihtiyacınız olursa doğrudan numaram her faturada yazıyor.',
        ],
      },
      coaching: {
        en: 'Record the satisfaction score and set the next check-in before you hang up.',
        ar: 'سجّل درجة الرضا وحدّد موعد الاتصال القادم قبل إنهاء المكالمة.',
        tr: 'Telefonu kapatmadan önce memnuniyet puanını kaydedin ve bir sonraki görüşmeyi planlayın.',
      },
      branches: [],
    },
    {
      id: 'callback',
      phase: 'close',
      title: {
        en: 'Agree on a better time',
        ar: 'الاتفاق على وقت أنسب',
        tr: 'Daha uygun bir zaman belirleme',
      },
      lines: {
        en: [
          'Of course — when would be better: tomorrow morning or in the afternoon?',
          "Thank you, I'll call you then.",
        ],
        ar: ['بالتأكيد، متى يكون الوقت أنسب: صباح الغد أم بعد الظهر؟', 'شكرًا لك، سأتصل بك حينها.'],
        tr: [
          'Elbette; hangisi daha uygun: yarın sabah mı, öğleden sonra mı?',
          'Teşekkür ederim, o saatte ararım.',
        ],
      },
      branches: [],
    },
  ],
};

/**
 * For a customer who calls the number of the office water station's advert (a DID mapped to
 * the product): the desk opens this script on the call instead of the cold call.
 */
export const INBOUND_HUNTER_SCRIPT: CallScript = {
  id: 'hunter-inbound-advert' as ScriptId,
  role: 'hunter',
  name: {
    en: 'Inbound: a caller from the office water advert',
    ar: 'مكالمة واردة: متصل من إعلان مياه المكاتب',
    tr: 'Gelen arama: ofis suyu reklamından arayan müşteri',
  },
  productId: PRO_500_ID,
  inbound: true,
  steps: [
    {
      id: 'greeting',
      phase: 'greeting',
      title: {
        en: 'Thank the caller and ask what caught their eye',
        ar: 'شكر المتصل وسؤاله عمّا لفت انتباهه',
        tr: 'Arayana teşekkür edip neyin ilgisini çektiğini sorma',
      },
      lines: {
        en: [
          'Thank you for calling {org.name}! This is {agent.name}. You are calling about our {product.name} advert — I am glad you did.',
          'May I have your name, and which company are you calling from?',
          'What caught your eye in the advert?',
        ],
        ar: [
          'شكرًا لاتصالك بشركة {org.name}! معك {agent.name}. أنت تتصل بخصوص إعلان {product.name}، ويسعدني ذلك.',
          'هل لي باسمك الكريم، ومن أي شركة تتصل؟',
          'ما الذي لفت انتباهك في الإعلان؟',
        ],
        tr: [
          '{org.name}, iyi günler, ben {agent.name}. Aradığınız için teşekkür ederim; {product.name} reklamımız için aradığınızı görüyorum, iyi ki aradınız.',
          'Adınızı ve hangi firmadan aradığınızı öğrenebilir miyim?',
          'Reklamda dikkatinizi en çok ne çekti?',
        ],
      },
      coaching: {
        en: 'The customer chose to call: the line is warm, so do not cool it with an early pitch. The desk already shows which advert they saw — say it, so they do not have to explain. Write down their name and company while they talk.',
        ar: 'العميل هو من بادر بالاتصال، فالمكالمة دافئة؛ لا تبرّدها بعرض مبكر. يُظهر النظام الإعلان الذي رآه، فاذكره حتى لا يضطر إلى الشرح. دوّن اسمه واسم شركته أثناء حديثه.',
        tr: 'Müşteri kendisi aradı: hat sıcak, erken bir sunumla soğutmayın. Hangi reklamı gördüğü ekranda yazıyor; bunu söyleyin ki anlatmak zorunda kalmasın. Konuşurken adını ve firmasını not edin.',
      },
      branches: [
        {
          label: {
            en: 'Says what they are looking for',
            ar: 'يوضّح ما يبحث عنه',
            tr: 'Ne aradığını anlatıyor',
          },
          next: 'need',
        },
        {
          label: {
            en: 'Asks the price straight away',
            ar: 'يسأل عن السعر مباشرة',
            tr: 'Hemen fiyatı soruyor',
          },
          next: 'price',
        },
        {
          label: { en: 'Cannot talk now', ar: 'لا يستطيع التحدث الآن', tr: 'Şu an konuşamıyor' },
          next: 'follow-up',
        },
      ],
    },
    {
      id: 'need',
      phase: 'interest',
      title: {
        en: 'Find out the need behind the call',
        ar: 'اكتشاف الحاجة وراء الاتصال',
        tr: 'Aramanın ardındaki ihtiyacı öğrenme',
      },
      lines: {
        en: [
          'So that I can give you real figures rather than a brochure, may I ask three quick questions?',
          'How many people work in your office, and how do you get drinking water today — bottles, a dispenser, or a filter?',
          'Roughly how many 19-litre bottles do you order in a week?',
          'And what made you look into it now — has something changed?',
        ],
        ar: [
          'حتى أعطيك أرقامًا حقيقية لا مجرد كتيّب، هل تسمح لي بثلاثة أسئلة سريعة؟',
          'كم عدد الموظفين في مكتبكم، وكيف تحصلون على مياه الشرب حاليًا: عبوات، أم برّاد، أم جهاز فلترة؟',
          'كم عبوة سعة 19 لترًا تطلبون في الأسبوع تقريبًا؟',
          'وما الذي دفعك إلى البحث في هذا الأمر الآن؟ هل تغيّر شيء لديكم؟',
        ],
        tr: [
          'Size broşür yerine gerçek rakamlar verebilmem için üç kısa soru sorabilir miyim?',
          'Ofisinizde kaç kişi çalışıyor ve içme suyunu şu anda nasıl karşılıyorsunuz: damacana mı, sebil mi, yoksa arıtma cihazı mı?',
          'Haftada yaklaşık kaç damacana sipariş ediyorsunuz?',
          'Peki, bu konuyu neden şimdi araştırmaya başladınız; değişen bir şey mi oldu?',
        ],
      },
      coaching: {
        en: 'The last question matters most: the reason they called today (a move, more staff, a complaint about the water) is what you will close on. Listen, then note the number of people and bottles.',
        ar: 'السؤال الأخير هو الأهم: سبب اتصاله اليوم (انتقال إلى مكتب جديد، أو زيادة عدد الموظفين، أو شكوى من المياه) هو ما ستبني عليه الإغلاق. استمع، ثم دوّن عدد الموظفين والعبوات.',
        tr: 'En önemlisi son soru: bugün aramasının nedeni (yeni bir ofis, artan çalışan sayısı, suyla ilgili bir şikâyet) kapanışta dayanacağınız noktadır. Dinleyin, ardından kişi ve damacana sayısını not edin.',
      },
      branches: [
        {
          label: { en: 'Answered the questions', ar: 'أجاب عن الأسئلة', tr: 'Soruları yanıtladı' },
          next: 'offer',
        },
        {
          label: {
            en: 'Only wants the price',
            ar: 'يريد السعر فقط',
            tr: 'Yalnızca fiyatı istiyor',
          },
          next: 'price',
        },
      ],
    },
    {
      id: 'price',
      phase: 'offer',
      title: {
        en: 'The price, asked first',
        ar: 'السؤال عن السعر أولًا',
        tr: 'Önce fiyat soruldu',
      },
      lines: {
        en: [
          'Of course: {product.name} is {product.price} a month, and that includes the filters, the service and repairs within 24 hours — there is nothing else to pay.',
          'Whether that is a saving for you depends on what you spend on water now. Two quick questions and I can tell you exactly — shall we?',
        ],
        ar: [
          'بالتأكيد: سعر {product.name} هو {product.price} شهريًا، ويشمل الفلاتر والصيانة والإصلاح خلال 24 ساعة، ولا توجد أي تكاليف أخرى.',
          'أمّا هل يوفّر لكم ذلك، فيعتمد على ما تنفقونه على المياه حاليًا. سؤالان سريعان وأخبرك بالرقم الدقيق، هل نبدأ؟',
        ],
        tr: [
          'Elbette: {product.name} aylık {product.price}; filtreler, servis ve 24 saat içinde arıza onarımı buna dahil, başka hiçbir ödeme yok.',
          'Bunun sizin için tasarruf olup olmadığı, şu anda suya ne harcadığınıza bağlı. İki kısa soruyla size tam rakamı söyleyebilirim; başlayalım mı?',
        ],
      },
      coaching: {
        en: 'Never dodge the price a caller asks for: say it at once, with what it includes, then earn the right to ask your questions.',
        ar: 'لا تتهرّب أبدًا من السعر الذي يسأل عنه المتصل: اذكره فورًا مع ما يشمله، ثم اكسب حقّك في طرح أسئلتك.',
        tr: 'Arayanın sorduğu fiyattan asla kaçmayın: hemen, neleri kapsadığıyla birlikte söyleyin; sorularınızı sorma hakkını ardından kazanın.',
      },
      objectionCategories: ['price'],
      branches: [
        {
          label: {
            en: 'Answers the questions',
            ar: 'يجيب عن الأسئلة',
            tr: 'Soruları yanıtlıyor',
          },
          next: 'need',
        },
        {
          label: { en: 'Finds it expensive', ar: 'يراه مرتفعًا', tr: 'Pahalı buluyor' },
          next: 'objections',
        },
      ],
    },
    {
      id: 'offer',
      phase: 'offer',
      title: {
        en: 'Offer: what the advert promised, for their office',
        ar: 'العرض: ما وعد به الإعلان، لمكتبهم تحديدًا',
        tr: 'Teklif: reklamın vaadi, onların ofisine göre',
      },
      lines: {
        en: [
          'Thank you, that is exactly what I needed. For an office like {lead.company}, {product.name} replaces the bottles completely: it connects to your water line and makes up to 400 litres of purified water a day.',
          'You pay one fixed fee of {product.price} a month, filters and service included — for most offices your size, that is around 70% less than bottled water.',
          'And for you personally: {benefit}',
          'The best way to judge is to see it: our specialist brings the unit, tests your water on the spot and shows you the saving in figures. It takes twenty minutes and costs nothing.',
        ],
        ar: [
          'شكرًا، هذا بالضبط ما كنت أحتاجه. لمكتب مثل {lead.company}، يحلّ جهاز {product.name} محلّ العبوات تمامًا: يتصل بشبكة المياه لديكم وينتج حتى 400 لتر من المياه المنقّاة يوميًا.',
          'تدفعون رسومًا ثابتة قدرها {product.price} شهريًا تشمل الفلاتر والصيانة، وهذا يعني لمعظم المكاتب بحجم مكتبكم توفير نحو 70% مقارنة بالمياه المعبأة.',
          'وما يهمّك أنت شخصيًا: {benefit}',
          'وأفضل طريقة للحكم أن تراه بنفسك: يأتيك مختصّنا بالجهاز، ويفحص مياهكم في المكان، ويريك التوفير بالأرقام. الزيارة تستغرق عشرين دقيقة، وهي مجانية.',
        ],
        tr: [
          'Teşekkür ederim, tam da ihtiyacım olan bilgi buydu. {lead.company} gibi bir ofiste {product.name} damacananın yerini tamamen alır: su hattınıza bağlanır ve günde 400 litreye kadar arıtılmış su üretir.',
          'Filtreler ve servis dahil aylık sabit {product.price} ödersiniz; sizin büyüklüğünüzdeki ofislerin çoğu için bu, damacanaya göre yaklaşık %70 daha az demektir.',
          'Size özel kazancı ise şu: {benefit}',
          'En iyisi kendi gözünüzle görmek: uzmanımız cihazı getirir, suyunuzu yerinde test eder ve tasarrufu size rakamlarla gösterir. Ziyaret yirmi dakika sürer ve ücretsizdir.',
        ],
      },
      coaching: {
        en: 'Tie the offer to what they told you: their number of people, their bottles, their reason for calling today. One benefit backed by one fact convinces more than a list of features.',
        ar: 'اربط العرض بما أخبرك به العميل: عدد موظفيه، وعدد عبواته، وسبب اتصاله اليوم. فائدة واحدة تدعمها حقيقة واحدة أقنع من قائمة طويلة بالمواصفات.',
        tr: 'Teklifi müşterinin size anlattıklarına bağlayın: çalışan sayısı, damacana sayısı, bugün arama nedeni. Tek bir gerçekle desteklenen tek bir fayda, uzun bir özellik listesinden daha ikna edicidir.',
      },
      objectionCategories: ['price', 'trust', 'competitor'],
      branches: [
        {
          label: {
            en: 'Wants the water test',
            ar: 'يريد فحص المياه',
            tr: 'Su testini istiyor',
          },
          next: 'close',
        },
        {
          label: { en: 'Has a doubt', ar: 'لديه تردّد', tr: 'Tereddüdü var' },
          next: 'objections',
        },
      ],
    },
    {
      id: 'objections',
      phase: 'objections',
      title: { en: 'Answer the doubt', ar: 'الإجابة عن تردّد العميل', tr: 'Tereddüdü giderme' },
      lines: {
        en: [
          'That is a fair question, and I am glad you are asking it now rather than later.',
          'What exactly makes you hesitate — the price, the contract, or whether it will really work in your office?',
        ],
        ar: [
          'سؤال في محلّه، ويسعدني أنك تطرحه الآن لا لاحقًا.',
          'ما الذي يجعلك متردّدًا تحديدًا: السعر، أم العقد، أم مدى ملاءمته فعلًا لمكتبكم؟',
        ],
        tr: [
          'Çok yerinde bir soru; bunu sonradan değil, şimdi sormanıza sevindim.',
          'Sizi tam olarak ne tereddüde düşürüyor: fiyat mı, sözleşme mi, yoksa ofisinizde gerçekten işe yarayıp yaramayacağı mı?',
        ],
      },
      coaching: {
        en: 'Someone who calls in already has a reason to buy: remind them of it. Agree with the feeling, answer with one benefit and one fact from the objection cards, then ask a question.',
        ar: 'من يتصل بنفسه لديه سبب للشراء، فذكّره به. تفهّم شعوره، وأجب بفائدة واحدة وحقيقة واحدة من بطاقات الاعتراضات، ثم اطرح سؤالًا.',
        tr: 'Kendisi arayan müşterinin satın almak için zaten bir nedeni vardır; ona bunu hatırlatın. Duyguyu onaylayın, itiraz kartlarından tek bir fayda ve tek bir gerçekle cevap verin, ardından bir soru sorun.',
      },
      objectionCategories: [...OBJECTION_CATEGORIES],
      branches: [
        {
          label: { en: 'Doubt answered', ar: 'زال تردّده', tr: 'Tereddüt giderildi' },
          next: 'close',
        },
        {
          label: {
            en: 'Wants it in writing first',
            ar: 'يريد العرض مكتوبًا أولًا',
            tr: 'Önce yazılı teklif istiyor',
          },
          next: 'follow-up',
        },
      ],
    },
    {
      id: 'close',
      phase: 'close',
      title: {
        en: 'Close: book the free water test',
        ar: 'الإغلاق: حجز فحص المياه المجاني',
        tr: 'Kapanış: ücretsiz su testini planlama',
      },
      lines: {
        en: [
          "Then let's book your free water test. Which suits you better — Tuesday at 11:00 or Wednesday at 15:00?",
          'To sum up: purified water on tap for your team, no more bottles, and one fixed fee with service included.',
          'And because you called about the advert: decide by {deadline} and your first month is free.',
        ],
        ar: [
          'إذن لنحجز لك فحص المياه المجاني. أيّهما أنسب لك: يوم الأحد الساعة 11 صباحًا، أم الاثنين الساعة 3 عصرًا؟',
          'باختصار: مياه منقّاة من الصنبور لفريقك كله، بلا عبوات بعد اليوم، ورسوم ثابتة واحدة تشمل الصيانة.',
          'ولأنك اتصلت بخصوص الإعلان: إذا قرّرت قبل {deadline} فالشهر الأول مجاني.',
        ],
        tr: [
          'O halde ücretsiz su testinizi planlayalım. Hangisi daha uygun: salı saat 11:00 mi, çarşamba saat 15:00 mı?',
          'Kısacası: tüm ekibiniz için musluktan arıtılmış su, damacana derdi yok ve servis dahil tek bir sabit ücret.',
          'Reklamımız üzerine aradığınız için: {deadline} tarihine kadar karar verirseniz ilk ay ücretsiz.',
        ],
      },
      coaching: {
        en: "Offer two times, never 'when would suit you?'. End with the benefit summary and the advert's deadline: the caller came for that offer.",
        ar: 'اعرض موعدين محددين، ولا تسأل أبدًا «متى يناسبك؟». اختم بملخّص الفوائد وبالموعد النهائي لعرض الإعلان، فالمتصل جاء من أجل هذا العرض.',
        tr: 'İki somut saat önerin, asla "size ne zaman uyar?" diye sormayın. Fayda özetiyle ve reklamdaki teklifin son tarihiyle bitirin: arayan kişi bu teklif için aradı.',
      },
      objectionCategories: ['noUrgency', 'noAuthority', 'callLater'],
      branches: [
        {
          label: { en: 'Test booked', ar: 'تمّ حجز الفحص', tr: 'Test planlandı' },
          next: 'booked',
        },
        {
          label: { en: 'Not ready yet', ar: 'ليس مستعدًا بعد', tr: 'Henüz hazır değil' },
          next: 'follow-up',
        },
        {
          label: { en: 'A new doubt', ar: 'تردّد جديد', tr: 'Yeni bir tereddüt' },
          next: 'objections',
        },
      ],
    },
    {
      id: 'booked',
      phase: 'close',
      title: { en: 'Confirm the visit', ar: 'تأكيد موعد الزيارة', tr: 'Ziyareti onaylama' },
      lines: {
        en: [
          'Excellent! Our specialist will come at the agreed time, and you will receive a text message with the details today.',
          'Which mobile number and e-mail should we send the confirmation to?',
          'Thank you for calling us, {lead.name}. Have a great day!',
        ],
        ar: [
          'ممتاز! سيأتيك مختصّنا في الموعد المتفق عليه، وستصلك اليوم رسالة نصية بالتفاصيل.',
          'على أي رقم جوال وأي بريد إلكتروني نرسل التأكيد؟',
          'شكرًا لاتصالك بنا، {lead.name}، وأتمنى لك يومًا سعيدًا!',
        ],
        tr: [
          'Harika! Uzmanımız kararlaştırdığımız saatte gelecek; ayrıntıları bugün SMS ile alacaksınız.',
          'Onayı hangi cep telefonu numarasına ve e-posta adresine gönderelim?',
          'Bizi aradığınız için teşekkür ederim {lead.name}, iyi günler dilerim!',
        ],
      },
      coaching: {
        en: "A caller may be new to the desk: check the name, company and number on the lead card before you press 'Book and hand off', and note for the closer which advert they called about.",
        ar: 'قد يكون المتصل جديدًا على النظام: تحقّق من الاسم والشركة والرقم في بطاقة العميل قبل الضغط على «احجز وسلّم»، ودوّن لمسؤول إتمام الصفقة الإعلان الذي اتصل بسببه.',
        tr: 'Arayan kişi sistemde yeni olabilir: "Ayarla ve devret"e basmadan önce müşteri kartındaki adı, firmayı ve numarayı kontrol edin; satış uzmanı için hangi reklam üzerine aradığını not edin.',
      },
      branches: [],
    },
    {
      id: 'follow-up',
      phase: 'close',
      title: {
        en: 'Not today: send the offer and agree on a call',
        ar: 'ليس اليوم: أرسل العرض واتفق على موعد اتصال',
        tr: 'Bugün değil: teklifi gönderin, arama zamanı belirleyin',
      },
      lines: {
        en: [
          "Of course. I'll send you the advert's offer with the saving worked out for your office. Which e-mail should I use?",
          'Remember: the first month is free if you decide by {deadline}.',
          "I'll call you in two days to answer any questions — is the morning or the afternoon better for you?",
        ],
        ar: [
          'بالتأكيد. سأرسل لك عرض الإعلان مع حساب التوفير لمكتبكم. ما البريد الإلكتروني المناسب؟',
          'وتذكّر أن الشهر الأول مجاني إذا قرّرت قبل {deadline}.',
          'سأتصل بك بعد يومين للإجابة عن أي سؤال؛ أيّهما أنسب لك: الصباح أم بعد الظهر؟',
        ],
        tr: [
          'Elbette. Reklamdaki teklifi, ofisiniz için hesaplanmış tasarrufla birlikte size göndereceğim. Hangi e-posta adresini kullanayım?',
          'Hatırlatayım: {deadline} tarihine kadar karar verirseniz ilk ay ücretsiz.',
          'Sorularınızı yanıtlamak için iki gün sonra sizi arayacağım; sabah mı, öğleden sonra mı daha uygun?',
        ],
      },
      coaching: {
        en: 'Never end without an e-mail and a time. Set the callback in the desk before you hang up.',
        ar: 'لا تنهِ المكالمة أبدًا دون بريد إلكتروني وموعد. سجّل موعد معاودة الاتصال في النظام قبل إنهاء المكالمة.',
        tr: 'Asla e-posta adresi ve saat almadan kapatmayın. Telefonu kapatmadan önce geri aramayı sisteme girin.',
      },
      branches: [],
    },
  ],
};

/** Lists of visitors to the smart-office fair stand, in Türkiye and Saudi Arabia. */
export const EXPO_LISTS = ['Ofis Fuarı 2025 ziyaretçileri', 'زوار معرض المكاتب الذكية 2025'];

/** For fair visitors: the call picks up the conversation at the stand (lead lists, not cold). */
export const EXPO_HUNTER_SCRIPT: CallScript = {
  id: 'hunter-expo-visitors' as ScriptId,
  role: 'hunter',
  name: {
    en: 'Fair visitors: follow up the stand visit',
    ar: 'زوار المعرض: متابعة زيارة الجناح',
    tr: 'Fuar ziyaretçileri: stant ziyaretinin takibi',
  },
  productId: PRO_500_ID,
  lists: EXPO_LISTS,
  steps: [
    {
      id: 'greeting',
      phase: 'greeting',
      title: {
        en: 'Greeting: remind them of the stand',
        ar: 'التحية: تذكير العميل بزيارة الجناح',
        tr: 'Selamlama: standı hatırlatma',
      },
      lines: {
        en: [
          '{greeting}, {lead.name}! This is {agent.name} from {org.name} — you visited our stand at the office fair and left us your card.',
          'Do you have two minutes to hear what we prepared for {lead.company}?',
        ],
        ar: [
          '{greeting}، {lead.name}! معك {agent.name} من {org.name}؛ زرتَ جناحنا في معرض المكاتب الذكية وتركتَ لنا بطاقتك.',
          'هل لديك دقيقتان لأخبرك بما أعددناه لـ {lead.company}؟',
        ],
        tr: [
          '{greeting} {lead.name}, ben {agent.name}; {org.name} adına arıyorum. Ofis fuarında standımızı ziyaret edip kartınızı bırakmıştınız.',
          '{lead.company} için hazırladığımızı anlatmam için iki dakikanız var mı?',
        ],
      },
      coaching: {
        en: 'They already met us: start from the fair, not from a cold introduction.',
        ar: 'العميل يعرفنا من المعرض: ابدأ من زيارته للجناح، لا من تعريف بارد.',
        tr: 'Müşteri bizi fuardan tanıyor: soğuk bir tanıtımla değil, fuardaki görüşmeyle başlayın.',
      },
      branches: [
        {
          label: { en: 'Has two minutes', ar: 'لديه دقيقتان', tr: 'İki dakikası var' },
          next: 'interest',
        },
      ],
    },
    {
      id: 'interest',
      phase: 'interest',
      title: {
        en: 'Interest: what caught their eye',
        ar: 'الاهتمام: ما الذي لفت انتباهه',
        tr: 'İlgi: dikkatini ne çekti',
      },
      lines: {
        en: [
          'What caught your eye at the stand — the taste test, the running costs, or the smart sensor?',
        ],
        ar: ['ما الذي لفت انتباهك في الجناح: تجربة المذاق، أم التكلفة الشهرية، أم الحسّاس الذكي؟'],
        tr: [
          'Standda en çok ne dikkatinizi çekti: tat testi mi, aylık maliyet mi, akıllı sensör mü?',
        ],
      },
      branches: [{ label: { en: 'Tells you', ar: 'يجيب', tr: 'Anlatıyor' }, next: 'offer' }],
    },
    {
      id: 'offer',
      phase: 'offer',
      title: { en: 'Offer: the fair price', ar: 'العرض: سعر المعرض', tr: 'Teklif: fuar fiyatı' },
      lines: {
        en: ['{product.name} for {product.price} a month, filters and service included. {benefit}'],
        ar: ['جهاز {product.name} مقابل {product.price} شهريًا، شاملًا الفلاتر والصيانة. {benefit}'],
        tr: ['{product.name} aylık {product.price}; filtreler ve servis dahil. {benefit}'],
      },
      objectionCategories: ['price', 'competitor'],
      branches: [
        { label: { en: 'Interested', ar: 'مهتم', tr: 'İlgili' }, next: 'close' },
        { label: { en: 'Has a doubt', ar: 'لديه تردّد', tr: 'Tereddüdü var' }, next: 'objections' },
      ],
    },
    {
      id: 'objections',
      phase: 'objections',
      title: {
        en: 'Objections: agree, then answer',
        ar: 'الاعتراضات: وافِق ثم أجب',
        tr: 'İtirazlar: önce katılın, sonra yanıtlayın',
      },
      lines: {
        en: [
          'I understand. Many visitors asked the same at the fair — may I show you how it worked for them?',
        ],
        ar: [
          'أتفهّم ذلك، وقد سألنا كثير من الزوار السؤال نفسه في المعرض. هل تسمح لي أن أريك كيف نجح الأمر معهم؟',
        ],
        tr: [
          'Anlıyorum; fuarda birçok ziyaretçi aynı şeyi sordu. Onlarda nasıl işlediğini göstermeme izin verir misiniz?',
        ],
      },
      branches: [{ label: { en: 'Convinced', ar: 'اقتنع', tr: 'İkna oldu' }, next: 'close' }],
    },
    {
      id: 'close',
      phase: 'close',
      title: {
        en: 'Close: book the free water test',
        ar: 'الإغلاق: حجز فحص المياه المجاني',
        tr: 'Kapanış: ücretsiz su testini planlama',
      },
      lines: {
        en: [
          'In short: the unit you saw at the fair, purified water for the whole team, and one fixed fee with service.',
          'The fair price holds until {deadline}. Tuesday at 11:00 or Wednesday at 15:00 for the free water test?',
        ],
        ar: [
          'باختصار: الجهاز الذي رأيته في المعرض، ومياه منقّاة لفريقك كله، ورسوم ثابتة واحدة تشمل الصيانة.',
          'سعر المعرض ساري حتى {deadline}. أيّهما أنسب لفحص المياه المجاني: الأحد الساعة 11، أم الاثنين الساعة 3 عصرًا؟',
        ],
        tr: [
          'Kısacası: fuarda gördüğünüz cihaz, tüm ekip için arıtılmış su ve servis dahil tek bir sabit ücret.',
          'Fuar fiyatı {deadline} tarihine kadar geçerli. Ücretsiz su testi için salı 11:00 mi, çarşamba 15:00 mı?',
        ],
      },
      branches: [],
    },
  ],
};

/** The ordinary scripts (one general one per role, then the fair visitors'), then the inbound ones. */
export const DEMO_SCRIPTS: CallScript[] = [
  HUNTER_SCRIPT,
  CLOSER_SCRIPT,
  FARMER_SCRIPT,
  EXPO_HUNTER_SCRIPT,
  INBOUND_HUNTER_SCRIPT,
];
