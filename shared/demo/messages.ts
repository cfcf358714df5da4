// Message templates of the demo organisation: the touches between calls that seeds 002 and 003
// ask for (after a missed call, the information promised, a meeting reminder, the re-call offer
// after a refusal), in Arabic, Turkish and English, with the script placeholders.
import type { MessageTemplate, MessageTemplateId } from '../domain/content';

export const DEMO_MESSAGE_TEMPLATES: MessageTemplate[] = [
  {
    id: 'msg-missed-call' as MessageTemplateId,
    name: {
      en: 'After a missed call',
      ar: 'بعد مكالمة لم يُرَدّ عليها',
      tr: 'Cevapsız aramadan sonra',
    },
    channels: ['whatsapp', 'sms'],
    subject: {},
    body: {
      en: 'Hello {lead.name}, this is {agent.name} from {org.name}. I tried to call you today about {product.name}. When is a good time for a short call?',
      ar: 'مرحبًا {lead.name}، معك {agent.name} من {org.name}. حاولت الاتصال بك اليوم بخصوص {product.name}. متى يناسبك أن نتحدث قليلًا؟',
      tr: 'Merhaba {lead.name}, ben {org.name} firmasından {agent.name}. Bugün {product.name} hakkında sizi aradım. Kısa bir görüşme için ne zaman uygunsunuz?',
    },
  },
  {
    id: 'msg-information' as MessageTemplateId,
    name: {
      en: 'The information you asked for',
      ar: 'المعلومات التي طلبتها',
      tr: 'İstediğiniz bilgiler',
    },
    channels: ['email', 'whatsapp'],
    subject: {
      en: '{product.name}: the information you asked for',
      ar: '{product.name}: المعلومات التي طلبتها',
      tr: '{product.name}: istediğiniz bilgiler',
    },
    body: {
      en: 'Dear {lead.name},\n\nThank you for your time today. As promised, here is what {product.name} gives {lead.company}: {benefit}\n\nThe price is {product.price}, and the offer stands until {deadline}.\n\nBest regards,\n{agent.name}\n{org.name}',
      ar: 'عزيزي {lead.name}،\n\nشكرًا على وقتك اليوم. كما وعدتك، هذا ما يقدّمه {product.name} لـ {lead.company}: {benefit}\n\nالسعر {product.price}، والعرض ساري حتى {deadline}.\n\nمع أطيب التحيات،\n{agent.name}\n{org.name}',
      tr: 'Sayın {lead.name},\n\nBugün zaman ayırdığınız için teşekkürler. Söz verdiğim gibi, {product.name} ürününün {lead.company} için sağladığı fayda: {benefit}\n\nFiyat {product.price}; teklif {deadline} tarihine kadar geçerli.\n\nSaygılarımla,\n{agent.name}\n{org.name}',
    },
  },
  {
    id: 'msg-meeting-reminder' as MessageTemplateId,
    name: { en: 'Meeting reminder', ar: 'تذكير بالموعد', tr: 'Toplantı hatırlatması' },
    channels: [],
    subject: {
      en: 'Our meeting about {product.name}',
      ar: 'موعدنا بخصوص {product.name}',
      tr: '{product.name} toplantımız',
    },
    body: {
      en: 'Hello {lead.name}, a reminder of our meeting about {product.name}. If the time no longer suits you, just reply and we will find another. {agent.name}, {org.name}',
      ar: 'مرحبًا {lead.name}، نذكّرك بموعدنا بخصوص {product.name}. إن لم يعد الوقت مناسبًا فردّ على هذه الرسالة وسنجد وقتًا آخر. {agent.name}، {org.name}',
      tr: 'Merhaba {lead.name}, {product.name} hakkındaki toplantımızı hatırlatmak isterim. Saat artık uygun değilse yanıt vermeniz yeterli, başka bir zaman bulalım. {agent.name}, {org.name}',
    },
  },
  {
    id: 'msg-new-offer' as MessageTemplateId,
    name: { en: 'A new offer after a no', ar: 'عرض جديد بعد الرفض', tr: 'Ret sonrası yeni teklif' },
    channels: [],
    subject: {
      en: 'A better offer for {lead.company}',
      ar: 'عرض أفضل لـ {lead.company}',
      tr: '{lead.company} için daha iyi bir teklif',
    },
    body: {
      en: 'Hello {lead.name}, we spoke a few days ago about {product.name}. We have prepared a better offer for {lead.company}, valid until {deadline}. May I call you to explain it in two minutes? {agent.name}',
      ar: 'مرحبًا {lead.name}، تحدثنا قبل أيام عن {product.name}. أعددنا عرضًا أفضل لـ {lead.company} ساريًا حتى {deadline}. هل يمكنني الاتصال بك لأشرحه في دقيقتين؟ {agent.name}',
      tr: 'Merhaba {lead.name}, birkaç gün önce {product.name} hakkında konuşmuştuk. {lead.company} için {deadline} tarihine kadar geçerli daha iyi bir teklif hazırladık. İki dakikada anlatmak için sizi arayabilir miyim? {agent.name}',
    },
  },
];
