// Closing techniques of the demo organisation (seed 001: alternative choice, incentive,
// deadline), plus the summary close and the trial close that sales trainers pair with them.
import type { ClosingTechnique, ClosingTechniqueId } from '../domain/content';

export const DEMO_CLOSING_TECHNIQUES: ClosingTechnique[] = [
  {
    id: 'alternative-choice' as ClosingTechniqueId,
    kind: 'alternativeChoice',
    name: { en: 'Alternative choice', ar: 'الاختيار بين بديلين', tr: 'Alternatif seçenek' },
    description: {
      en: 'Act as if the decision is made and offer two options, both of which mean yes. The customer chooses how, not whether.',
      ar: 'تصرّف كأن القرار قد اتُّخذ، واعرض خيارين كلاهما يعني الموافقة. العميل يختار «كيف» لا «هل».',
      tr: 'Karar verilmiş gibi davranın ve ikisi de "evet" anlamına gelen iki seçenek sunun. Müşteri almayı değil, nasıl alacağını seçer.',
    },
    examples: {
      en: [
        'Would you like to pay monthly, or for the whole year with a 10% discount?',
        'Shall we install on Monday morning or Tuesday afternoon?',
        'One unit at reception, or two — one on each floor?',
      ],
      ar: [
        'هل تفضّل الدفع شهريًا، أم عن السنة كاملة بخصم 10%؟',
        'هل نركّب الجهاز صباح الأحد أم بعد ظهر الاثنين؟',
        'جهاز واحد في الاستقبال، أم جهازان، واحد في كل طابق؟',
      ],
      tr: [
        'Aylık mı ödemek istersiniz, yoksa %10 indirimle yıllık mı?',
        'Kurulumu pazartesi sabahı mı yapalım, salı öğleden sonra mı?',
        'Resepsiyona tek cihaz mı, yoksa her kata bir tane olmak üzere iki cihaz mı?',
      ],
    },
  },
  {
    id: 'incentive' as ClosingTechniqueId,
    kind: 'incentive',
    name: { en: 'Incentive', ar: 'الحافز', tr: 'Teşvik' },
    description: {
      en: 'Add something of value that tips the decision: a free month, an extra service visit, a better rate for a longer plan. Offer it once, at the moment of decision — not at the start of the call.',
      ar: 'أضف شيئًا ذا قيمة يرجّح كفّة القرار: شهر مجاني، أو زيارة صيانة إضافية، أو سعر أفضل لخطة أطول. قدّمه مرة واحدة، في لحظة القرار، لا في بداية المكالمة.',
      tr: 'Kararı netleştirecek değerli bir şey ekleyin: ücretsiz bir ay, ek bir servis ziyareti, daha uzun plan için daha iyi bir fiyat. Bunu bir kez ve karar anında sunun, görüşmenin başında değil.',
    },
    examples: {
      en: [
        'If we sign today, your first month is free.',
        "With the 24-month plan, I'll add an extra sanitisation visit every year at no cost.",
      ],
      ar: [
        'إذا وقّعنا اليوم، فالشهر الأول مجاني.',
        'مع خطة الأربعة والعشرين شهرًا، أضيف لك زيارة تعقيم إضافية كل عام دون أي تكلفة.',
      ],
      tr: [
        'Bugün imzalarsak ilk ayınız ücretsiz.',
        '24 aylık planda her yıl bir ek dezenfeksiyon ziyaretini ücretsiz ekliyorum.',
      ],
    },
  },
  {
    id: 'deadline' as ClosingTechniqueId,
    kind: 'deadline',
    name: { en: 'Deadline', ar: 'الموعد النهائي', tr: 'Son tarih' },
    description: {
      en: 'Create honest urgency with a real limit: a price change, a limited number of installation slots, the end of an offer. Never invent a deadline — customers check, and lost trust does not come back.',
      ar: 'اصنع إلحاحًا صادقًا بحدّ حقيقي: تغيّر في السعر، أو عدد محدود من مواعيد التركيب، أو انتهاء عرض. لا تخترع موعدًا نهائيًا أبدًا، فالعملاء يتحقّقون، والثقة إذا ضاعت لا تعود.',
      tr: 'Gerçek bir sınırla dürüst bir aciliyet yaratın: fiyat değişikliği, sınırlı kurulum kontenjanı, kampanyanın bitişi. Asla uydurma bir son tarih vermeyin; müşteriler kontrol eder ve kaybedilen güven geri gelmez.',
    },
    examples: {
      en: [
        'The current price is valid until {deadline}; after that, the monthly fee goes up by 8%.',
        'We have only six installation slots left this month. Shall I reserve one for you?',
      ],
      ar: [
        'السعر الحالي ساري حتى {deadline}، وبعدها ترتفع الرسوم الشهرية بنسبة 8%.',
        'لم يتبقَّ لدينا هذا الشهر سوى ستة مواعيد للتركيب. هل أحجز لك واحدًا؟',
      ],
      tr: [
        'Mevcut fiyat {deadline} tarihine kadar geçerli; sonrasında aylık ücret %8 artıyor.',
        'Bu ay yalnızca altı kurulum randevumuz kaldı. Sizin için birini ayırayım mı?',
      ],
    },
  },
  {
    id: 'summary' as ClosingTechniqueId,
    kind: 'summary',
    name: { en: 'Summary close', ar: 'الإغلاق بالتلخيص', tr: 'Özetleyerek kapanış' },
    description: {
      en: 'Restate in 15–20 words the benefits the customer has already agreed with, then ask for the decision.',
      ar: 'أعد صياغة الفوائد التي وافق عليها العميل في 15 إلى 20 كلمة، ثم اطلب القرار.',
      tr: 'Müşterinin zaten onayladığı faydaları 15–20 kelimeyle yeniden özetleyin, ardından kararı isteyin.',
    },
    examples: {
      en: [
        'So: certified clean water for everyone, no bottles to carry, and about 70% lower water costs. Shall we go ahead?',
        "You said two things matter most: {benefit} — and a fixed monthly fee. That's exactly what you get. Shall I prepare the contract?",
      ],
      ar: [
        'إذن: مياه نقية معتمدة للجميع، بلا عبوات تُحمَل، وتكلفة مياه أقل بنحو 70%. هل نبدأ؟',
        'ذكرت أن أمرين يهمّانك أكثر من غيرهما: {benefit}، ورسوم شهرية ثابتة. هذا بالضبط ما ستحصل عليه. هل أجهّز العقد؟',
      ],
      tr: [
        'Özetle: herkes için sertifikalı temiz su, taşınacak damacana yok ve su masrafında yaklaşık %70 tasarruf. Başlayalım mı?',
        'Sizin için en önemli iki şeyin şunlar olduğunu söylediniz: {benefit} ve sabit bir aylık ücret. Tam olarak bunu alıyorsunuz. Sözleşmeyi hazırlayayım mı?',
      ],
    },
  },
  {
    id: 'trial-close' as ClosingTechniqueId,
    kind: 'trialClose',
    name: { en: 'Trial close', ar: 'الإغلاق التجريبي', tr: 'Deneme kapanışı' },
    description: {
      en: "Test readiness with an opinion question before asking for the order. A 'yes' means close now; a 'but' reveals the hidden objection.",
      ar: 'اختبر استعداد العميل بسؤال عن رأيه قبل أن تطلب الصفقة. إن قال «نعم» فأغلق الآن، وإن قال «لكن» فقد كشف لك الاعتراض الخفي.',
      tr: 'Siparişi istemeden önce bir fikir sorusuyla hazır olup olmadığını yoklayın. "Evet" derse hemen kapatın; "ama" derse gizli itiraz ortaya çıkmıştır.',
    },
    examples: {
      en: [
        'How do you see this working in your office?',
        'If we settle the installation date, is there anything else stopping you?',
      ],
      ar: [
        'كيف ترى هذا الجهاز في مكتبكم؟',
        'إذا اتفقنا على موعد التركيب، فهل هناك ما يمنعك من البدء؟',
      ],
      tr: [
        'Bu cihazı ofisinizde nasıl görüyorsunuz?',
        'Kurulum tarihinde anlaşırsak sizi durduran başka bir şey kalır mı?',
      ],
    },
  },
];
