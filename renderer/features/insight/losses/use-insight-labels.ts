// Names for what the loss and objection figures are keyed by: reps, lists, products, reasons,
// objection cards and days, in the user's language.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossGroup, TrendBucket, TrendUnit } from '../../../../shared/domain/insight/losses';
import { isLostReason } from '../../../../shared/domain/pipeline';
import { isObjectionCategory } from '../../../../shared/domain/objections';
import { DISPOSITIONS } from '../../../../shared/domain/dispositions';
import { useFormat } from '../../../i18n/use-format';
import { useLocalized } from '../../../i18n/use-localized';
import { useObjectionCards, useProducts } from '../../../ui/desk/use-content';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { useInsightView } from '../insight-context';

export type InsightLabels = {
  rep: (id: string) => string;
  group: (by: LossGroup, key: string) => string;
  lostReason: (r: string) => string;
  category: (c: string) => string;
  disposition: (d: string) => string;
  card: (id: string) => string;
  cardCategory: (id: string) => string;
  bucket: (b: TrendBucket, unit: TrendUnit) => string;
};

export function useInsightLabels(): InsightLabels {
  const { t } = useTranslation();
  const format = useFormat();
  const view = useInsightView();
  const org = useOrganisation();
  const localize = useLocalized(org?.defaultLanguage ?? 'en');
  const products = useProducts();
  const cards = useObjectionCards();
  const names = useMemo(
    () => new Map(view.scope.users.map((u) => [u.id as string, u.displayName])),
    [view.scope.users],
  );
  const productNames = useMemo(
    () => new Map(products.map((p) => [p.id as string, localize(p.name)?.value ?? p.id])),
    [products, localize],
  );
  const cardInfo = useMemo(
    () =>
      new Map(
        cards.map((c) => [
          c.id as string,
          { title: localize(c.title)?.value ?? c.id, category: c.category },
        ]),
      ),
    [cards, localize],
  );
  const rep = useCallback(
    (id: string) => names.get(id) ?? t('insightLosses.formerRep'),
    [names, t],
  );
  // Days are the organisation's: a local day's noon in UTC formats as that day anywhere.
  const day = useCallback(
    (d: string) => format.date(Date.parse(`${d}T12:00:00Z`), 'UTC'),
    [format],
  );
  return useMemo(
    () => ({
      rep,
      group: (by, key) =>
        by === 'agentId'
          ? rep(key)
          : by === 'list'
            ? key || t('insightLosses.noList')
            : key
              ? (productNames.get(key) ?? key)
              : t('insightLosses.noProduct'),
      lostReason: (r) => (isLostReason(r) ? t(`lostReason.${r}`) : r),
      category: (c) => (isObjectionCategory(c) ? t(`objections.category.${c}`) : c),
      disposition: (d) =>
        (DISPOSITIONS as readonly string[]).includes(d)
          ? t(`disposition.${d as (typeof DISPOSITIONS)[number]}`)
          : t('insightLosses.objections.outcomes.none'),
      card: (id) => cardInfo.get(id)?.title ?? t('insightLosses.objections.cards.removed', { id }),
      cardCategory: (id) => {
        const c = cardInfo.get(id)?.category;
        return c ? t(`objections.category.${c}`) : '';
      },
      bucket: (b, unit) =>
        unit === 'day' || b.from === b.to ? day(b.from) : `${day(b.from)} – ${day(b.to)}`,
    }),
    [rep, t, productNames, cardInfo, day],
  );
}
