// The invitation and reset e-mails, sent over SMTP with nodemailer when the server has SMTP
// settings (server/README.md "Accounts"); without them links are only shown to copy. nodemailer
// is loaded on first use, so a server without SMTP never loads it.
import type { SendMailOptions, Transporter } from 'nodemailer';
import type { PasswordLinkKind } from '../../shared/accounts/protocol';

export type MailConfig = {
  /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465 (TLS). */
  smtpUrl: string;
  /** The sender, e.g. `Sales Desk <desk@example.com>`. */
  from: string;
  /** The address people open the desk at; links in e-mails start with it (never the Host header). */
  publicUrl: string;
};

export type LinkMail = {
  to: string;
  displayName: string;
  organisation: string;
  locale: 'en' | 'ar' | 'tr';
  kind: PasswordLinkKind;
  link: string;
  expiresAt: number;
};

export type Mailer = { send(mail: LinkMail): Promise<void> };

const TEXT: Record<
  LinkMail['locale'],
  Record<PasswordLinkKind, { subject: (org: string) => string; body: (m: LinkMail) => string }>
> = {
  en: {
    invite: {
      subject: (org) => `You are invited to Sales Desk (${org})`,
      body: (m) =>
        `Hello ${m.displayName},\n\n${m.organisation} has added you to Sales Desk. Open this link to choose your password:\n\n${m.link}\n\nThe link works once, until ${stamp(m.expiresAt)} (UTC). Your e-mail address for signing in: ${m.to}`,
    },
    reset: {
      subject: (org) => `Choose a new Sales Desk password (${org})`,
      body: (m) =>
        `Hello ${m.displayName},\n\nAn administrator of ${m.organisation} made this link for you to choose a new Sales Desk password:\n\n${m.link}\n\nThe link works once, until ${stamp(m.expiresAt)} (UTC). Setting the password signs you out everywhere else.`,
    },
  },
  ar: {
    invite: {
      subject: (org) => `دعوة إلى Sales Desk (${org})`,
      body: (m) =>
        `مرحبًا ${m.displayName}،\n\nأضافتك ${m.organisation} إلى Sales Desk. افتح هذا الرابط لاختيار كلمة المرور:\n\n${m.link}\n\nيعمل الرابط مرة واحدة حتى ${stamp(m.expiresAt)} (UTC). بريدك لتسجيل الدخول: ${m.to}`,
    },
    reset: {
      subject: (org) => `اختر كلمة مرور جديدة لـ Sales Desk (${org})`,
      body: (m) =>
        `مرحبًا ${m.displayName}،\n\nأنشأ مسؤول في ${m.organisation} هذا الرابط لتختار كلمة مرور جديدة:\n\n${m.link}\n\nيعمل الرابط مرة واحدة حتى ${stamp(m.expiresAt)} (UTC). تعيين كلمة المرور يُخرجك من كل الأجهزة الأخرى.`,
    },
  },
  tr: {
    invite: {
      subject: (org) => `Sales Desk'e davet edildiniz (${org})`,
      body: (m) =>
        `Merhaba ${m.displayName},\n\n${m.organisation} sizi Sales Desk'e ekledi. Şifrenizi seçmek için bu bağlantıyı açın:\n\n${m.link}\n\nBağlantı bir kez, ${stamp(m.expiresAt)} (UTC) tarihine kadar çalışır. Giriş için e-posta adresiniz: ${m.to}`,
    },
    reset: {
      subject: (org) => `Yeni bir Sales Desk şifresi seçin (${org})`,
      body: (m) =>
        `Merhaba ${m.displayName},\n\n${m.organisation} yöneticisi yeni bir Sales Desk şifresi seçmeniz için bu bağlantıyı oluşturdu:\n\n${m.link}\n\nBağlantı bir kez, ${stamp(m.expiresAt)} (UTC) tarihine kadar çalışır. Şifreyi belirlemek diğer tüm oturumlarınızı kapatır.`,
    },
  },
};

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** Subject and text of a link e-mail in the person's language. */
export function linkMessage(mail: LinkMail): { subject: string; text: string } {
  const t = TEXT[mail.locale][mail.kind];
  return { subject: t.subject(mail.organisation), text: t.body(mail) };
}

/**
 * Sends through the configured SMTP server, adding the server's From: the one place the server's
 * mail (links, quotes, messages to leads) opens its connection. nodemailer is loaded on first use;
 * a dead SMTP server must not hold the person's request for minutes.
 */
export function smtpSender(
  config: MailConfig,
  socketTimeout = 20_000,
): (message: Omit<SendMailOptions, 'from'>) => Promise<void> {
  let transport: Promise<Transporter> | null = null;
  return async (message) => {
    transport ??= import('nodemailer').then((m) =>
      m.createTransport({
        url: config.smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout,
      }),
    );
    await (await transport).sendMail({ ...message, from: config.from });
  };
}

/** Sends the invitation and reset links through the configured SMTP server. */
export function smtpMailer(config: MailConfig): Mailer {
  const send = smtpSender(config);
  return {
    async send(mail) {
      const { subject, text } = linkMessage(mail);
      await send({ to: mail.to, subject, text });
    },
  };
}
