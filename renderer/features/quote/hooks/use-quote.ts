// The quote dialog's state and its three ways out (download, e-mail, WhatsApp). Each first
// makes the PDF on the desk, then — once — sends the proposal with the quote's record
// (sendProposal), then delivers it. A proposal already sent with a quote opens that quote again.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationProfile, Product } from '../../../../shared/domain/content';
import { uuidv7, uuidv7At, type ActivityId } from '../../../../shared/domain/ids';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { sendProposal } from '../../../../shared/mutations/send-proposal';
import {
  checkQuoteTerms,
  quoteLanguageFor,
  quoteRecord,
  quoteTotals,
  type DiscountKind,
  type QuoteRecord,
  type QuoteTotals,
} from '../../../../shared/quote/quote';
import type { QuoteDocument } from '../../../../shared/quote/quote-pdf';
import { run } from '../../../db/run';
import type { StoredLead } from '../../../db/schema';
import { useCatalog } from '../../../i18n/i18n';
import { useDesk } from '../../../ui/desk/use-desk';
import { useDeskSyncController } from '../../../ui/sync/use-desk-sync';
import type { QuoteNotice } from '../../../store/quote-slice';
import { useAppStore } from '../../../store/use-app-store';
import { makeQuotePdf } from '../make-quote-pdf';
import {
  buildQuoteDocument,
  quoteFileName,
  quoteMessage,
  type QuoteSource,
} from '../quote-document';
import { downloadPdf, openQuoteLink, quoteMailtoUrl, quoteWhatsAppUrl } from '../quote-links';
import { sendQuoteMail } from '../quote-mail-api';

const DAY_MS = 86_400_000;
export const DEFAULT_VALID_DAYS = 14;

export type QuoteForm = {
  productId: string;
  price: string;
  discountKind: DiscountKind;
  discount: string;
  validDays: string;
  language: ContentLanguage;
};

export type { QuoteNotice } from '../../../store/quote-slice';

export type QuoteState = {
  open: boolean;
  form: QuoteForm;
  setForm: (patch: Partial<QuoteForm>) => void;
  /** The recorded quote of the proposal, when there is one (the form is then read-only). */
  recorded: QuoteRecord | null;
  /** What the PDF will say, or null while the terms are wrong. */
  document: QuoteDocument | null;
  totals: QuoteTotals | null;
  /** Why the terms cannot make a quote, in words. */
  problem: string | null;
  busy: boolean;
  notice: QuoteNotice | null;
  show: () => void;
  close: () => void;
  download: () => Promise<void>;
  email: () => Promise<void>;
  whatsApp: () => Promise<void>;
};

const parseNumber = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.replace(',', '.')));

export type UseQuoteOptions = {
  lead: StoredLead;
  products: Product[];
  product: Product | null;
  organisation: OrganisationProfile;
};

export function useQuote({ lead, products, product, organisation }: UseQuoteOptions): QuoteState {
  const { t, i18n } = useTranslation();
  const desk = useDesk();
  const sync = useDeskSyncController();
  const user = useAppStore((s) => s.user);
  const recorded = lead.proposal?.quote ?? null;

  const initialForm = (): QuoteForm => {
    if (recorded && lead.proposal) {
      return {
        productId: lead.proposal.productId,
        price: String(recorded.listPrice),
        discountKind: recorded.discountKind,
        discount: String(recorded.discountValue),
        validDays: String(
          Math.max(1, Math.round((recorded.validUntil - lead.proposal.at) / DAY_MS)),
        ),
        language: recorded.language,
      };
    }
    return {
      productId: product?.id ?? products[0]?.id ?? '',
      price: String(product?.price ?? ''),
      discountKind: 'percent',
      discount: '0',
      validDays: String(DEFAULT_VALID_DAYS),
      language: quoteLanguageFor(lead.country, organisation.defaultLanguage),
    };
  };

  // Open and notice live in the store: sending the proposal remounts the closer's detail.
  const open = useAppStore((s) => s.quoteOpenFor === lead.id);
  const notice = useAppStore((s) => (s.quoteOpenFor === lead.id ? s.quoteNotice : null));
  const openQuote = useAppStore((s) => s.openQuote);
  const closeQuote = useAppStore((s) => s.closeQuote);
  const setNotice = useAppStore((s) => s.setQuoteNotice);
  const [form, setFormState] = useState<QuoteForm>(initialForm);
  // The activity id minted when the dialog opens: its tail numbers the quote in the preview.
  const [draftId, setDraftId] = useState(() => uuidv7());
  const [draftAt, setDraftAt] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);

  const chosen = products.find((p) => p.id === form.productId) ?? null;
  const terms = {
    listPrice: parseNumber(form.price),
    discountKind: form.discountKind,
    discountValue: form.discount.trim() === '' ? 0 : parseNumber(form.discount),
    validDays: parseNumber(form.validDays),
  };
  const checked = recorded ? quoteTotals(recorded) : checkQuoteTerms(terms);
  const totals = typeof checked === 'string' ? null : checked;
  const problem = typeof checked === 'string' ? t(`quote.problem.${checked}`) : null;

  const at = recorded && lead.proposal ? lead.proposal.at : draftAt;
  const record: QuoteRecord | null =
    recorded ?? (totals ? quoteRecord(terms, form.language, at, draftId) : null);
  const source: QuoteSource | null =
    chosen && totals && record
      ? {
          product: chosen,
          organisation,
          customer: { name: lead.name, company: lead.company, timezone: lead.timezone },
          agentName: user?.displayName ?? '',
          record,
          totals,
          currency: chosen.currency,
          at,
        }
      : null;
  // The quote's words in its own language: that catalog may still be on its way (i18n.ts).
  const wordsReady = useCatalog(form.language);
  // (A fixed t looks its words up when called: it sees the catalog once it is in.)
  const fixedT = useMemo(() => i18n.getFixedT(form.language), [i18n, form.language]);
  const document = source && wordsReady ? buildQuoteDocument(source, fixedT) : null;

  /** The PDF, with the proposal sent first if this quote is not on it yet. */
  const produce = async (): Promise<{ bytes: Uint8Array; source: QuoteSource } | null> => {
    if (!source || !document || !desk || !chosen || !totals) return null;
    let bytes: Uint8Array;
    try {
      bytes = await makeQuotePdf(document);
    } catch (error) {
      setNotice({
        severity: 'error',
        text: t('quote.problem.pdfFailed', { reason: String(error) }),
      });
      return null;
    }
    if (!recorded) {
      const now = Date.now();
      const r = await run(desk, sendProposal, {
        id: uuidv7At(draftId, now) as ActivityId,
        at: now,
        leadId: lead.id,
        productId: chosen.id,
        amount: totals.total,
        currency: chosen.currency,
        quote: { ...source.record, validUntil: source.record.validUntil - at + now },
      });
      if (!r.ok) {
        setNotice({ severity: 'error', text: t(`errors.${r.error.code}`) });
        return null;
      }
    }
    return { bytes, source };
  };

  const act = async (
    deliver: (made: { bytes: Uint8Array; source: QuoteSource }) => Promise<void>,
  ) => {
    setBusy(true);
    setNotice(null);
    try {
      const made = await produce();
      if (made) await deliver(made);
    } finally {
      setBusy(false);
    }
  };

  const fileName = (s: QuoteSource) => quoteFileName(s.record, lead.name);

  return {
    open,
    form,
    setForm: (patch) => setFormState((f) => ({ ...f, ...patch })),
    recorded,
    document,
    totals,
    problem,
    busy,
    notice,
    show: () => {
      setFormState(initialForm());
      setDraftId(uuidv7());
      setDraftAt(Date.now());
      openQuote(lead.id);
    },
    close: closeQuote,
    download: () =>
      act(async ({ bytes, source: s }) => {
        downloadPdf(fileName(s), bytes);
        setNotice({ severity: 'success', text: t('quote.recorded', { number: s.record.number }) });
      }),
    email: async () => {
      const to = lead.email?.trim() ?? '';
      if (to === '') return setNotice({ severity: 'error', text: t('quote.problem.noEmail') });
      await act(async ({ bytes, source: s }) => {
        const message = quoteMessage(s, fixedT);
        const outcome = await sendQuoteMail((request) => sync.withAccess(request), {
          leadId: lead.id,
          to,
          subject: message.subject,
          text: message.body,
          fileName: fileName(s),
          pdf: bytes,
        });
        if (outcome === 'sent') {
          setNotice({
            severity: 'success',
            text: t('quote.sentTo', { number: s.record.number, email: to }),
          });
          return;
        }
        downloadPdf(fileName(s), bytes);
        const opened = await openQuoteLink(quoteMailtoUrl(to, message.subject, message.body));
        setNotice(
          outcome !== 'unavailable'
            ? { severity: 'error', text: t('quote.problem.mailFailed', { reason: outcome.failed }) }
            : opened
              ? { severity: 'info', text: t('quote.mailtoHint') }
              : { severity: 'error', text: t('quote.problem.linkRefused') },
        );
      });
    },
    whatsApp: async () => {
      const phone = lead.phoneE164;
      if (!phone) return setNotice({ severity: 'error', text: t('quote.problem.noPhone') });
      await act(async ({ bytes, source: s }) => {
        downloadPdf(fileName(s), bytes);
        const opened = await openQuoteLink(quoteWhatsAppUrl(phone, quoteMessage(s, fixedT).body));
        setNotice(
          opened
            ? { severity: 'info', text: t('quote.whatsAppHint') }
            : { severity: 'error', text: t('quote.problem.linkRefused') },
        );
      });
    },
  };
}
