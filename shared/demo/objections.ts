// Objection cards of the demo organisation: at least two per category, each answered the way
// DOMAIN.md teaches — listen, agree with the feeling, one benefit with one fact, a question.
// Text in [brackets] is a stage direction for the agent, not to be read out.
import type { ObjectionCard, ObjectionCardId } from '../domain/content';

const card = (id: string, rest: Omit<ObjectionCard, 'id'>): ObjectionCard => ({
  id: id as ObjectionCardId,
  ...rest,
});

export const DEMO_OBJECTIONS: ObjectionCard[] = [
  // --- price -----------------------------------------------------------------------------------
  card('price-too-expensive', {
    category: 'price',
    title: { en: "It's too expensive", ar: 'السعر مرتفع', tr: 'Çok pahalı' },
    objection: {
      en: "It's too expensive for us.",
      ar: 'السعر مرتفع جدًا بالنسبة لنا.',
      tr: 'Bu bizim için çok pahalı.',
    },
    responses: {
      en: [
        "I understand — let's compare it with what you pay today. How many bottles do you order a month? At around fifty bottles, you already spend more than {product.price}.",
        'The fee includes filters, sanitisation and repairs, so there is nothing else to pay. With bottles, you pay for every single delivery.',
        'If the monthly amount is the concern, the 24-month plan lowers it. Shall I calculate both options for you?',
      ],
      ar: [
        'أتفهّم ذلك. لنقارنه بما تدفعونه اليوم: كم عبوة تطلبون شهريًا؟ مع نحو خمسين عبوة، أنتم تنفقون بالفعل أكثر من {product.price}.',
        'الرسوم تشمل الفلاتر والتعقيم والإصلاحات، فلا شيء آخر تدفعونه. أما مع العبوات، فأنتم تدفعون مقابل كل توصيلة.',
        'إن كان المبلغ الشهري هو ما يقلقك، فخطة الأربعة والعشرين شهرًا تخفّضه. هل أحسب لك الخيارين؟',
      ],
      tr: [
        'Anlıyorum; bugün ödediğinizle karşılaştıralım. Ayda kaç damacana sipariş ediyorsunuz? Elli civarındaysa zaten {product.price} tutarından fazlasını ödüyorsunuz.',
        'Ücrete filtreler, dezenfeksiyon ve onarımlar dahil; başka hiçbir ödeme yok. Damacanada ise her teslimat için ayrıca ödüyorsunuz.',
        'Aylık tutar sizi düşündürüyorsa 24 aylık plan bunu düşürür. İki seçeneği de sizin için hesaplayayım mı?',
      ],
    },
  }),
  card('price-no-budget', {
    category: 'price',
    title: { en: 'No budget right now', ar: 'لا توجد ميزانية حاليًا', tr: 'Şu an bütçe yok' },
    objection: {
      en: "We don't have a budget for this right now.",
      ar: 'ليست لدينا ميزانية لهذا في الوقت الحالي.',
      tr: 'Şu an bunun için bütçemiz yok.',
    },
    responses: {
      en: [
        "Most of our clients pay for the unit with what they stop spending on bottles — so it doesn't need a new budget line, it replaces an existing one.",
        "When does your next budget period start? Let's book the free water test now, so the figures are ready when you decide.",
        'New clients get the first month free, so you see the saving before you pay anything.',
      ],
      ar: [
        'معظم عملائنا يغطّون تكلفة الجهاز مما يوفّرونه من ثمن العبوات، فهو لا يحتاج إلى بند جديد في الميزانية، بل يحلّ محلّ بند قائم.',
        'متى تبدأ دورة الميزانية القادمة لديكم؟ لنحجز فحص المياه المجاني الآن، لتكون الأرقام جاهزة عند اتخاذ القرار.',
        'العملاء الجدد يحصلون على الشهر الأول مجانًا، فترون التوفير قبل أن تدفعوا شيئًا.',
      ],
      tr: [
        'Müşterilerimizin çoğu cihazın ücretini damacanaya artık harcamadıkları paradan karşılıyor; yani yeni bir bütçe kalemi gerekmiyor, mevcut bir kalemin yerini alıyor.',
        'Bir sonraki bütçe döneminiz ne zaman başlıyor? Ücretsiz su testini şimdi planlayalım ki karar verirken rakamlar hazır olsun.',
        'Yeni müşterilerimize ilk ay ücretsiz; yani bir şey ödemeden önce tasarrufu görürsünüz.',
      ],
    },
  }),
  card('price-discount', {
    category: 'price',
    title: { en: 'Asks for a discount', ar: 'يطلب خصمًا', tr: 'İndirim istiyor' },
    objection: {
      en: 'Can you do it cheaper? Give me a discount.',
      ar: 'هل يمكنك أن تخفّض السعر؟ أعطني خصمًا.',
      tr: 'Daha ucuza olmaz mı? Bir indirim yapın.',
    },
    responses: {
      en: [
        'The price already includes service that others charge extra for. What I can do: with the 24-month plan, the monthly fee goes down.',
        'If you confirm by {deadline}, I can add the first month free. Shall we lock that in now?',
        'Tell me: if the price suited you, would you be ready to go ahead today?',
      ],
      ar: [
        'السعر يشمل أصلًا خدمات يحتسبها غيرنا بشكل إضافي. ما أستطيع فعله: مع خطة الأربعة والعشرين شهرًا تنخفض الرسوم الشهرية.',
        'إذا أكّدت قبل {deadline}، يمكنني إضافة الشهر الأول مجانًا. هل نثبّت ذلك الآن؟',
        'قل لي: لو ناسبك السعر، هل ستكون مستعدًا للمضيّ قُدمًا اليوم؟',
      ],
      tr: [
        'Fiyata, başkalarının ayrıca ücretlendirdiği hizmetler zaten dahil. Yapabileceğim şu: 24 aylık planda aylık ücret düşüyor.',
        '{deadline} tarihine kadar onaylarsanız ilk ayı ücretsiz ekleyebilirim. Bunu şimdi kesinleştirelim mi?',
        'Şunu sorayım: fiyat size uysa bugün başlamaya hazır olur muydunuz?',
      ],
    },
  }),

  // --- trust -----------------------------------------------------------------------------------
  card('trust-never-heard', {
    category: 'trust',
    title: {
      en: 'Never heard of your company',
      ar: 'لم أسمع بشركتكم من قبل',
      tr: 'Şirketinizi hiç duymadım',
    },
    objection: {
      en: "I've never heard of your company.",
      ar: 'لم أسمع بشركتكم من قبل.',
      tr: 'Şirketinizi daha önce hiç duymadım.',
    },
    responses: {
      en: [
        "That's a fair point. We have served offices in the region since 2016, and more than 1,200 companies use our units. I can give you two clients near you to call.",
        'The unit is certified to NSF/ANSI 58, and a copy of the certificate comes with the contract.',
        'And seeing it commits you to nothing: our specialist tests your water on site, free of charge.',
      ],
      ar: [
        'ملاحظة في محلّها. نخدم المكاتب في المنطقة منذ عام 2016، وأكثر من 1,200 شركة تستخدم أجهزتنا. يمكنني أن أعطيك اسمَي عميلين قريبين منك لتتصل بهما.',
        'الجهاز معتمد وفق معيار NSF/ANSI 58، وتُرفَق نسخة من الشهادة مع العقد.',
        'ثم إن مشاهدته لا تُلزمك بشيء: يفحص مختصّنا مياهكم في المكان مجانًا.',
      ],
      tr: [
        "Haklı bir nokta. 2016'dan beri bölgedeki ofislere hizmet veriyoruz ve 1.200'den fazla şirket cihazlarımızı kullanıyor. Size yakın iki müşterimizin iletişim bilgisini verebilirim, kendileri anlatsın.",
        'Cihaz NSF/ANSI 58 sertifikalı; sertifikanın bir kopyası sözleşmeyle birlikte verilir.',
        'Görmek sizi hiçbir şeye bağlamaz: uzmanımız suyunuzu yerinde ve ücretsiz test eder.',
      ],
    },
  }),
  card('trust-water-quality', {
    category: 'trust',
    title: {
      en: 'Is the water really clean?',
      ar: 'هل المياه نقية فعلًا؟',
      tr: 'Su gerçekten temiz mi?',
    },
    objection: {
      en: 'How do I know the water is really clean? Filters are just marketing.',
      ar: 'كيف أتأكد أن المياه نقية فعلًا؟ الفلاتر مجرد دعاية.',
      tr: 'Suyun gerçekten temiz olduğunu nereden bileceğim? Filtreler sadece reklam.',
    },
    responses: {
      en: [
        "Good that you ask — it's your team's health. The display shows the water quality live; you see the number yourself, every day.",
        'At the visit we test your tap water and the filtered water side by side, in front of you.',
        'Every three months our technician changes the filters and sanitises the unit, and you sign the service report.',
      ],
      ar: [
        'سؤال في مكانه، فالأمر يتعلق بصحة فريقك. الشاشة تعرض جودة المياه لحظة بلحظة، فترى الرقم بعينك كل يوم.',
        'في الزيارة نفحص ماء الصنبور والماء المنقّى جنبًا إلى جنب، أمامك مباشرة.',
        'وكل ثلاثة أشهر يغيّر فنيّنا الفلاتر ويعقّم الجهاز، وتوقّع أنت على تقرير الصيانة.',
      ],
      tr: [
        'Sormanız çok iyi; söz konusu olan ekibinizin sağlığı. Ekran su kalitesini anlık gösterir; rakamı her gün kendi gözünüzle görürsünüz.',
        'Ziyarette musluk suyunu ve arıtılmış suyu yan yana, gözünüzün önünde test ediyoruz.',
        'Üç ayda bir teknisyenimiz filtreleri değiştirir, cihazı dezenfekte eder ve servis raporunu siz imzalarsınız.',
      ],
    },
  }),
  card('trust-bad-experience', {
    category: 'trust',
    title: {
      en: 'Bad experience with a supplier',
      ar: 'تجربة سيئة مع مورّد سابق',
      tr: 'Önceki tedarikçiyle kötü deneyim',
    },
    objection: {
      en: 'We had a bad experience with our last supplier.',
      ar: 'مررنا بتجربة سيئة مع المورّد السابق.',
      tr: 'Önceki tedarikçimizle kötü bir deneyim yaşadık.',
    },
    responses: {
      en: [
        "I'm sorry to hear that. What exactly happened? [listen to the end]",
        "That's exactly why our contract guarantees repairs within 24 hours — in writing, with a penalty if we are late.",
        'You will always have a name and a direct number: your account manager calls after the first month and then every quarter.',
      ],
      ar: [
        'يؤسفني سماع ذلك. ماذا حدث بالضبط؟ [استمع حتى النهاية]',
        'ولهذا تحديدًا يضمن عقدنا الإصلاح خلال 24 ساعة، كتابةً، مع غرامة علينا إن تأخرنا.',
        'سيكون لديك دائمًا اسم ورقم مباشر: يتصل بك مدير حسابك بعد الشهر الأول، ثم كل ثلاثة أشهر.',
      ],
      tr: [
        'Bunu duyduğuma üzüldüm. Tam olarak ne oldu? [sonuna kadar dinleyin]',
        'İşte tam da bu yüzden sözleşmemiz 24 saat içinde onarımı yazılı olarak garanti ediyor; geç kalırsak cezai şart var.',
        'Her zaman bir isminiz ve doğrudan bir numaranız olacak: müşteri temsilciniz ilk ayın sonunda, sonra da üç ayda bir sizi arar.',
      ],
    },
  }),

  // --- competitor ------------------------------------------------------------------------------
  card('competitor-have-supplier', {
    category: 'competitor',
    title: {
      en: 'We already have a supplier',
      ar: 'لدينا مورّد بالفعل',
      tr: 'Zaten bir tedarikçimiz var',
    },
    objection: {
      en: 'We already work with another water company.',
      ar: 'نتعامل بالفعل مع شركة مياه أخرى.',
      tr: 'Zaten başka bir su firmasıyla çalışıyoruz.',
    },
    responses: {
      en: [
        'Good — you already take water seriously. What do you like most about them? [listen] And if you could change one thing, what would it be?',
        'Many of our clients came from other suppliers because of our 24-hour repair guarantee and the live quality display. A comparison costs you nothing.',
        "When does your current contract end? Let's plan the comparison a month before, so you can decide calmly.",
      ],
      ar: [
        'جيد، فأنتم تأخذون موضوع المياه بجدية. ما أكثر ما يعجبك في تعاملكم معهم؟ [استمع] ولو كان بإمكانك تغيير شيء واحد، فماذا سيكون؟',
        'كثير من عملائنا جاؤوا من مورّدين آخرين بسبب ضمان الإصلاح خلال 24 ساعة وشاشة الجودة الفورية. والمقارنة لا تكلّفك شيئًا.',
        'متى ينتهي عقدكم الحالي؟ لنخطّط للمقارنة قبل انتهائه بشهر، لتتخذ قرارك بهدوء.',
      ],
      tr: [
        'Güzel; demek ki su konusunu ciddiye alıyorsunuz. Onlarla çalışırken en çok neyi beğeniyorsunuz? [dinleyin] Tek bir şeyi değiştirebilseydiniz, bu ne olurdu?',
        'Müşterilerimizin çoğu, 24 saatlik onarım garantimiz ve anlık kalite ekranı sayesinde başka tedarikçilerden bize geçti. Karşılaştırma size hiçbir şeye mal olmaz.',
        'Mevcut sözleşmeniz ne zaman bitiyor? Karşılaştırmayı bir ay önceden planlayalım ki kararınızı rahatça verin.',
      ],
    },
  }),
  card('competitor-cheaper', {
    category: 'competitor',
    title: { en: 'Someone else is cheaper', ar: 'غيركم أرخص', tr: 'Başkası daha ucuz' },
    objection: {
      en: 'Another company offered us a cheaper price.',
      ar: 'شركة أخرى عرضت علينا سعرًا أرخص.',
      tr: 'Başka bir firma bize daha ucuz fiyat verdi.',
    },
    responses: {
      en: [
        "Let's compare like for like: does their price include filters, sanitisation and repairs? Ours does.",
        'Ask them to put the repair time in writing. Ours is 24 hours; a cheaper unit that stands broken for three days costs you more.',
        "If you send me their offer, I'll prepare a side-by-side comparison for you by tomorrow.",
      ],
      ar: [
        'لنقارن الشيء بمثله: هل يشمل سعرهم الفلاتر والتعقيم والإصلاحات؟ سعرنا يشملها كلها.',
        'اطلب منهم أن يكتبوا مدة الإصلاح في العقد. مدتنا 24 ساعة، والجهاز الأرخص الذي يبقى معطّلًا ثلاثة أيام يكلّفك أكثر.',
        'إذا أرسلت لي عرضهم، أجهّز لك مقارنة تفصيلية جنبًا إلى جنب بحلول الغد.',
      ],
      tr: [
        'Aynı şeyleri karşılaştıralım: onların fiyatına filtreler, dezenfeksiyon ve onarımlar dahil mi? Bizimkine dahil.',
        'Onarım süresini sözleşmeye yazmalarını isteyin. Bizimki 24 saat; üç gün arızalı kalan ucuz bir cihaz size daha pahalıya gelir.',
        'Teklifini bana gönderirseniz, yarına kadar size yan yana bir karşılaştırma hazırlarım.',
      ],
    },
  }),

  // --- no need ---------------------------------------------------------------------------------
  card('no-need-bottles-fine', {
    category: 'noNeed',
    title: {
      en: "We're fine with bottled water",
      ar: 'العبوات تكفينا',
      tr: 'Damacana bize yetiyor',
    },
    objection: {
      en: "We're fine with bottled water, thanks.",
      ar: 'شكرًا، العبوات تكفينا.',
      tr: 'Teşekkürler, damacanadan memnunuz.',
    },
    responses: {
      en: [
        'Many offices think so until they count: who orders the bottles, who carries them, where do the empties go?',
        'A 19-litre bottle weighs 20 kg. With {product.name} nobody lifts anything, and the water never runs out in the middle of a meeting.',
        "Let's do a quick sum together: how many bottles a week? [calculate] That is what you could save every month.",
      ],
      ar: [
        'كثير من المكاتب تظن ذلك إلى أن تحسبها: من يطلب العبوات؟ ومن يحملها؟ وأين تُخزَّن الفارغة منها؟',
        'عبوة الـ19 لترًا تزن 20 كيلوغرامًا. مع {product.name} لا أحد يحمل شيئًا، ولا ينفد الماء في منتصف اجتماع.',
        'لنحسبها معًا بسرعة: كم عبوة في الأسبوع؟ [احسب] هذا ما يمكنكم توفيره كل شهر.',
      ],
      tr: [
        'Birçok ofis hesap yapana kadar böyle düşünüyor: damacanaları kim sipariş ediyor, kim taşıyor, boşlar nerede duruyor?',
        '19 litrelik bir damacana 20 kilo gelir. {product.name} ile kimse bir şey kaldırmaz, toplantının ortasında su da bitmez.',
        'Hızlıca birlikte hesaplayalım: haftada kaç damacana? [hesaplayın] Her ay tasarruf edebileceğiniz tutar bu.',
      ],
    },
  }),
  card('no-need-small-team', {
    category: 'noNeed',
    title: { en: "We're only a small team", ar: 'فريقنا صغير', tr: 'Küçük bir ekibiz' },
    objection: {
      en: "We're a small office; we don't need a machine like that.",
      ar: 'مكتبنا صغير، ولا نحتاج إلى جهاز كهذا.',
      tr: 'Küçük bir ofisiz, böyle bir cihaza ihtiyacımız yok.',
    },
    responses: {
      en: [
        'Even for a small team it pays off from day one: it replaces the bottles, and you no longer keep a stock.',
        'Small offices receive guests too. Clean water served from a modern unit says something about your company.',
        'And if the team grows, one unit serves up to 60 people — you are covered for the future.',
      ],
      ar: [
        'حتى للفريق الصغير، يؤتي الجهاز ثماره من اليوم الأول: يحلّ محلّ العبوات، ولا تحتاجون إلى الاحتفاظ بمخزون.',
        'المكاتب الصغيرة تستقبل الضيوف أيضًا، وتقديم مياه نقية من جهاز حديث يعكس صورة شركتك.',
        'وإذا كبر الفريق، فجهاز واحد يخدم حتى 60 شخصًا، فأنتم مستعدون للمستقبل.',
      ],
      tr: [
        'Küçük bir ekip için bile ilk günden kârlıdır: damacanaların yerini alır, stok tutmanıza gerek kalmaz.',
        'Küçük ofisler de misafir ağırlar. Modern bir cihazdan ikram edilen temiz su, şirketiniz hakkında çok şey söyler.',
        'Ekip büyürse tek cihaz 60 kişiye kadar yeter; geleceğe de hazırsınız.',
      ],
    },
  }),

  // --- no urgency ------------------------------------------------------------------------------
  card('no-urgency-next-year', {
    category: 'noUrgency',
    title: {
      en: 'Not now, maybe next year',
      ar: 'ليس الآن، ربما العام القادم',
      tr: 'Şimdi değil, belki seneye',
    },
    objection: {
      en: "It's not a priority now. Maybe next year.",
      ar: 'الأمر ليس أولوية الآن، ربما في العام القادم.',
      tr: 'Şu an öncelikli değil. Belki seneye.',
    },
    responses: {
      en: [
        'I understand. May I ask what will be different by then? [listen]',
        'Every month without the unit you keep paying for bottles. At fifty bottles a month, waiting a year costs more than the unit itself.',
        'New clients who order by {deadline} get the first month free. Shall we at least book the free water test now, so the decision is ready when you are?',
      ],
      ar: [
        'أتفهّم ذلك. هل لي أن أسأل: ما الذي سيتغيّر حتى ذلك الحين؟ [استمع]',
        'كل شهر بلا جهاز تواصلون فيه دفع ثمن العبوات. مع خمسين عبوة شهريًا، الانتظار عامًا يكلّف أكثر من الجهاز نفسه.',
        'العملاء الجدد الذين يطلبون قبل {deadline} يحصلون على الشهر الأول مجانًا. ما رأيك أن نحجز الآن فحص المياه المجاني على الأقل، ليكون القرار جاهزًا متى شئت؟',
      ],
      tr: [
        'Anlıyorum. O zamana kadar neyin değişeceğini sorabilir miyim? [dinleyin]',
        'Cihazsız geçen her ay damacanaya ödemeye devam ediyorsunuz. Ayda elli damacanayla bir yıl beklemek, cihazın kendisinden daha pahalıya gelir.',
        '{deadline} tarihine kadar sipariş veren yeni müşterilere ilk ay ücretsiz. En azından ücretsiz su testini şimdi planlayalım mı? Siz hazır olduğunuzda karar da hazır olsun.',
      ],
    },
  }),
  card('no-urgency-think-it-over', {
    category: 'noUrgency',
    title: { en: 'I need to think about it', ar: 'أحتاج إلى التفكير', tr: 'Düşünmem lazım' },
    objection: {
      en: 'Let me think about it.',
      ar: 'دعني أفكّر في الأمر.',
      tr: 'Bir düşüneyim.',
    },
    responses: {
      en: [
        "Of course — it's an important decision. What exactly would you like to think over: the price, the contract, or the unit itself?",
        "Let's clear that point now, while we're talking — it will save you time.",
        "If you need a few days, let's fix a time: I'll call you on Thursday at 11:00. Does that suit you?",
      ],
      ar: [
        'بالطبع، فهو قرار مهم. ما الذي تودّ التفكير فيه تحديدًا: السعر، أم العقد، أم الجهاز نفسه؟',
        'لنوضّح هذه النقطة الآن ونحن نتحدث، فهذا يوفّر عليك الوقت.',
        'إن احتجت إلى بضعة أيام، فلنحدّد موعدًا: أتصل بك يوم الخميس الساعة 11 صباحًا. هل يناسبك ذلك؟',
      ],
      tr: [
        'Elbette, önemli bir karar. Tam olarak neyi düşünmek istiyorsunuz: fiyatı mı, sözleşmeyi mi, yoksa cihazın kendisini mi?',
        'Hazır konuşuyorken o noktayı şimdi netleştirelim; size zaman kazandırır.',
        "Birkaç güne ihtiyacınız varsa bir saat belirleyelim: sizi perşembe saat 11:00'de arayayım. Uygun mu?",
      ],
    },
  }),

  // --- no authority ----------------------------------------------------------------------------
  card('no-authority-not-decider', {
    category: 'noAuthority',
    title: {
      en: "I'm not the one who decides",
      ar: 'لست صاحب القرار',
      tr: 'Karar veren ben değilim',
    },
    objection: {
      en: "I'm not the one who decides on this.",
      ar: 'لست أنا من يقرّر في هذا الأمر.',
      tr: 'Bu konuda karar veren ben değilim.',
    },
    responses: {
      en: [
        'Thank you for telling me. Who decides on office services — the office manager or the finance director?',
        "Could we arrange a short call with the three of us? You know the office's needs best, so your opinion will carry weight.",
        'What would help you present it to them? I can send a one-page comparison with the figures.',
      ],
      ar: [
        'شكرًا لأنك أوضحت ذلك. من يقرّر في خدمات المكتب: مدير المكتب أم المدير المالي؟',
        'هل يمكننا ترتيب مكالمة قصيرة بيننا نحن الثلاثة؟ أنت أدرى باحتياجات المكتب، ولرأيك وزن كبير.',
        'ما الذي يساعدك على عرض الفكرة عليه؟ يمكنني أن أرسل لك مقارنة من صفحة واحدة بالأرقام.',
      ],
      tr: [
        'Söylediğiniz için teşekkür ederim. Ofis hizmetlerine kim karar veriyor: ofis müdürü mü, mali işler müdürü mü?',
        'Üçümüzün katılacağı kısa bir görüşme ayarlayabilir miyiz? Ofisin ihtiyaçlarını en iyi siz biliyorsunuz, fikriniz çok önemli.',
        'Konuyu kendisine sunmanız için size ne yardımcı olur? Rakamlarla tek sayfalık bir karşılaştırma gönderebilirim.',
      ],
    },
  }),
  card('no-authority-ask-manager', {
    category: 'noAuthority',
    title: {
      en: 'I have to ask my manager',
      ar: 'يجب أن أستشير مديري',
      tr: 'Müdürüme sormam gerek',
    },
    objection: {
      en: 'I need to discuss it with my manager first.',
      ar: 'يجب أن أناقش الأمر مع مديري أولًا.',
      tr: 'Önce müdürümle konuşmam gerekiyor.',
    },
    responses: {
      en: [
        "Of course. What do you think they will ask first — the price or the service? Let's prepare the answer together.",
        'Would it help if our specialist came when your manager is in the office? Which day suits them best?',
        'Meanwhile, may I send you the proposal, so you have it in hand when you talk?',
      ],
      ar: [
        'بالطبع. ما أول سؤال تتوقع أن يطرحه: عن السعر أم عن الخدمة؟ لنجهّز الإجابة معًا.',
        'هل يفيد أن يأتي مختصّنا حين يكون مديرك في المكتب؟ أي يوم يناسبه أكثر؟',
        'وفي الأثناء، هل أرسل لك العرض ليكون بين يديك عندما تتحدثان؟',
      ],
      tr: [
        'Elbette. Sizce ilk neyi soracak: fiyatı mı, hizmeti mi? Cevabı birlikte hazırlayalım.',
        'Müdürünüzün ofiste olduğu bir gün uzmanımızın gelmesi işinize yarar mı? Kendisi için en uygun gün hangisi?',
        'Bu arada, konuşurken elinizde olsun diye teklifi size göndereyim mi?',
      ],
    },
  }),

  // --- send information ------------------------------------------------------------------------
  card('send-info-email', {
    category: 'sendInfo',
    title: {
      en: 'Just send me information',
      ar: 'أرسل لي المعلومات فقط',
      tr: 'Bilgi gönderin yeter',
    },
    objection: {
      en: 'Just send me some information by e-mail.',
      ar: 'أرسل لي بعض المعلومات على البريد الإلكتروني فقط.',
      tr: 'Bana e-postayla biraz bilgi gönderin, yeter.',
    },
    responses: {
      en: [
        'With pleasure. So that I send you something useful rather than a generic brochure: how many people work in the office, and what do you use for water today?',
        "Which e-mail should I use? [write it down] You'll have it within the hour.",
        "When will you have a look — tomorrow afternoon or Thursday morning? I'll call you then to answer any questions.",
      ],
      ar: [
        'بكل سرور. وحتى أرسل لك ما يفيدك فعلًا لا كتيّبًا عامًا: كم عدد الموظفين في المكتب، وعلى ماذا تعتمدون في مياه الشرب حاليًا؟',
        'ما البريد الإلكتروني المناسب؟ [دوّنه] ستصلك الرسالة خلال ساعة.',
        'متى ستطّلع عليها: غدًا بعد الظهر أم صباح الخميس؟ سأتصل بك حينها لأجيب عن أسئلتك.',
      ],
      tr: [
        'Memnuniyetle. Genel bir broşür yerine işinize yarayacak bir şey göndermek için soruyorum: ofiste kaç kişi çalışıyor, şu an içme suyunu nasıl karşılıyorsunuz?',
        'Hangi e-posta adresine göndereyim? [not alın] Bir saat içinde elinizde olur.',
        'Ne zaman göz atabilirsiniz: yarın öğleden sonra mı, perşembe sabahı mı? Sorularınızı yanıtlamak için o zaman sizi ararım.',
      ],
    },
  }),
  card('send-info-price-list', {
    category: 'sendInfo',
    title: {
      en: 'Send me your price list',
      ar: 'أرسل لي قائمة الأسعار',
      tr: 'Fiyat listenizi gönderin',
    },
    objection: {
      en: "Send me your price list and I'll look at it.",
      ar: 'أرسل لي قائمة الأسعار وسأطّلع عليها.',
      tr: 'Fiyat listenizi gönderin, bakarım.',
    },
    responses: {
      en: [
        'I will. The price depends on the number of people and the length of the plan, so two quick questions: how many people, and how many bottles a month?',
        "Instead of a price list, I'll send you a calculation for your own office, with the monthly saving. Which e-mail should I use?",
        "I'll call you the day after tomorrow to go through it together — morning or afternoon?",
      ],
      ar: [
        'سأفعل. السعر يعتمد على عدد الموظفين ومدة الخطة، لذا سؤالان سريعان: كم عدد الموظفين؟ وكم عبوة تستهلكون شهريًا؟',
        'بدلًا من قائمة أسعار عامة، سأرسل لك حسابًا خاصًا بمكتبكم يوضّح التوفير الشهري. ما البريد الإلكتروني المناسب؟',
        'سأتصل بك بعد غد لنراجعه معًا: صباحًا أم بعد الظهر؟',
      ],
      tr: [
        'Gönderirim. Fiyat kişi sayısına ve plan süresine göre değişiyor, o yüzden iki kısa soru: kaç kişisiniz ve ayda kaç damacana kullanıyorsunuz?',
        'Fiyat listesi yerine size, ofisinize özel ve aylık tasarrufu gösteren bir hesaplama göndereyim. Hangi e-posta adresine?',
        'Birlikte üzerinden geçmek için sizi yarından sonra arayacağım: sabah mı, öğleden sonra mı?',
      ],
    },
  }),

  // --- call later ------------------------------------------------------------------------------
  card('call-later-busy', {
    category: 'callLater',
    title: {
      en: "I'm busy, call me later",
      ar: 'أنا مشغول، اتصل لاحقًا',
      tr: 'Meşgulüm, sonra arayın',
    },
    objection: {
      en: "I'm busy right now. Call me later.",
      ar: 'أنا مشغول الآن، اتصل بي لاحقًا.',
      tr: 'Şu an meşgulüm, daha sonra arayın.',
    },
    responses: {
      en: [
        "Of course, I'll be brief another time. What suits you better — today at four, or tomorrow at ten in the morning?",
        'Just one question so that my next call is useful to you: do you use bottled water in the office today?',
      ],
      ar: [
        'بالتأكيد، وسأكون موجزًا في المرة القادمة. أيّهما أنسب لك: اليوم الساعة الرابعة، أم غدًا الساعة العاشرة صباحًا؟',
        'سؤال واحد فقط حتى تكون مكالمتي القادمة مفيدة لك: هل تستخدمون المياه المعبأة في المكتب حاليًا؟',
      ],
      tr: [
        'Elbette, bir dahaki sefere kısa tutacağım. Hangisi daha uygun: bugün saat 16:00 mı, yarın sabah 10:00 mu?',
        'Bir sonraki aramam işinize yarasın diye tek bir soru: ofiste şu an damacana mı kullanıyorsunuz?',
      ],
    },
  }),
  card('call-later-after-holidays', {
    category: 'callLater',
    title: {
      en: 'Call me after the holidays',
      ar: 'اتصل بعد العيد',
      tr: 'Bayramdan sonra arayın',
    },
    objection: {
      en: 'Call me next month, after the holidays.',
      ar: 'اتصل بي الشهر القادم، بعد العيد.',
      tr: 'Gelecek ay, bayramdan sonra arayın.',
    },
    responses: {
      en: [
        "Gladly. Let's put a date in the calendar now: would the first Monday or Tuesday after the holidays work?",
        "So that you don't lose the offer: the free first month is valid until {deadline}. I can reserve it for you now, and we confirm after the holidays.",
        'Which number is best to reach you directly then?',
      ],
      ar: [
        'بكل سرور. لنضع موعدًا في التقويم الآن: هل يناسبك أول أحد أو اثنين بعد العيد؟',
        'وحتى لا يفوتك العرض: الشهر الأول المجاني ساري حتى {deadline}. يمكنني حجزه لك الآن، ونؤكّد بعد العيد.',
        'ما أفضل رقم للتواصل معك مباشرة حينها؟',
      ],
      tr: [
        'Memnuniyetle. Tarihi şimdi takvime yazalım: bayramdan sonraki ilk pazartesi mi, salı mı uygun?',
        'Teklifi kaçırmamanız için: ücretsiz ilk ay {deadline} tarihine kadar geçerli. Şimdi sizin için ayırabilirim, bayramdan sonra teyit ederiz.',
        'O zaman size doğrudan ulaşabileceğim en iyi numara hangisi?',
      ],
    },
  }),
];
