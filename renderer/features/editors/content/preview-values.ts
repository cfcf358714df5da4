// The placeholder values a script preview is filled with, in the language being edited: the
// sample lead, the signed-in person as agent, the organisation, and the script's product.
import type {
  OrganisationProfile,
  PlaceholderValues,
  Product,
} from '../../../../shared/domain/content';
import type { Lead } from '../../../../shared/domain/lead';
import {
  resolveLocalized,
  type ContentLanguage,
} from '../../../../shared/domain/localized-content';
import { greetingFor } from '../../../../shared/domain/greeting';
import { formatCurrency, formatDate } from '../../../i18n/format';
import type { DigitStyle } from '../../../i18n/languages';

export type PreviewSources = {
  lead: Pick<Lead, 'name' | 'company'> | null;
  agentName: string | null;
  organisation: OrganisationProfile | null;
  product: Product | null;
  language: ContentLanguage;
  digits: DigitStyle;
  now: number;
};

export function previewValues(s: PreviewSources): PlaceholderValues {
  const orgDefault = s.organisation?.defaultLanguage ?? 'en';
  const local = <T>(v: Partial<Record<ContentLanguage, T>>) =>
    resolveLocalized(v, s.language, orgDefault)?.value;
  const o = { language: s.language, digits: s.digits };
  const today = new Date(s.now);
  // Same deadline as the call screen: the end of this month.
  const values: PlaceholderValues = {
    deadline: formatDate(new Date(today.getFullYear(), today.getMonth() + 1, 0), o),
  };
  if (s.lead) {
    values['lead.name'] = s.lead.name;
    values['lead.company'] = s.lead.company;
  }
  if (s.agentName) values['agent.name'] = s.agentName;
  // The sample lead has no clock of its own: the head office's.
  values.greeting = greetingFor(s.language, s.organisation?.timezone ?? 'UTC', s.now);
  if (s.organisation) values['org.name'] = local(s.organisation.name) ?? '';
  if (s.product) {
    values['product.name'] = local(s.product.name) ?? '';
    values['product.price'] = formatCurrency(s.product.price, s.product.currency, o);
    const first = s.product.fab[0];
    if (first) values.benefit = local(first.benefits)?.[0] ?? '';
  }
  return values;
}

/** Splits filled text into plain runs and the ⟦gaps⟧ the agent would see. */
export function splitGaps(text: string): { text: string; gap: boolean }[] {
  const out: { text: string; gap: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(/⟦[^⟧]*⟧/g)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), gap: false });
    out.push({ text: m[0], gap: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), gap: false });
  return out;
}
