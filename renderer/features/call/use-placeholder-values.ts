// The values call scripts and cards fill in: the lead, the agent, the product, a deadline and the
// greeting by the lead's clock.
import { useMemo } from 'react';
import type {
  OrganisationProfile,
  PlaceholderValues,
  Product,
} from '../../../shared/domain/content';
import { greetingFor } from '../../../shared/domain/greeting';
import type { Lead } from '../../../shared/domain/lead';
import { leadTimezone } from '../../../shared/domain/phone-timezone';
import { useFormat } from '../../i18n/use-format';
import { useContentLanguage, useLocalized } from '../../i18n/use-localized';
import { useAppStore } from '../../store/use-app-store';

export function usePlaceholderValues(
  lead: Lead | null,
  organisation: OrganisationProfile | null,
  product: Product | null,
): PlaceholderValues {
  const user = useAppStore((s) => s.user);
  const format = useFormat();
  const localize = useLocalized(organisation?.defaultLanguage ?? 'en');
  const language = useContentLanguage();
  return useMemo(() => {
    const now = new Date();
    // "Decide by the end of the month" (DOMAIN.md: give a concrete deadline).
    const monthEnd = new Date(now.getFullYear(), now.getMonth() + 1, 0);
    const values: PlaceholderValues = { deadline: format.date(monthEnd) };
    if (lead) {
      values['lead.name'] = lead.name;
      values['lead.company'] = lead.company;
    }
    // A script line in another language (a fallback) is given its own: see ScriptPanel.
    if (lead && organisation)
      values.greeting = greetingFor(
        language,
        leadTimezone(lead, organisation.timezone),
        now.getTime(),
      );
    if (user) values['agent.name'] = user.displayName;
    if (organisation) values['org.name'] = localize(organisation.name)?.value ?? '';
    if (product) {
      values['product.name'] = localize(product.name)?.value ?? '';
      values['product.price'] = format.currency(product.price, product.currency);
      const first = product.fab[0];
      if (first) values.benefit = localize(first.benefits)?.value[0] ?? '';
    }
    return values;
  }, [lead, organisation, product, user, format, localize, language]);
}
