// Which lists, sources and adverts pay (issue 17): the funnel per list, source or tracking number
// with cost per lead and per sale where a list has a cost, revenue and margin per product, and
// inbound against outbound calls — for the period and reps chosen above the tabs.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import {
  callDirections,
  productRevenue,
  SOURCE_GROUPS,
  sourceFunnel,
  type SourceGroup,
} from '../../../../shared/domain/insight/sources';
import { formatLocalDate, localDate } from '../../../../shared/domain/periods';
import { useLocalized } from '../../../i18n/use-localized';
import { useDesk } from '../../../ui/desk/use-desk';
import { useProducts } from '../../../ui/desk/use-content';
import { useInsightView } from '../insight-context';
import { SCREEN_READS } from '../screen-reads';
import { useInsightFacts } from '../use-insight-facts';
import { CallDirectionCard } from './CallDirectionCard';
import { ProductRevenueCard } from './ProductRevenueCard';
import { SourceFunnelCard } from './SourceFunnelCard';
import { useLeadsPerList } from './use-leads-per-list';
import { useListCosts } from './use-list-costs';

export function SourcesTab() {
  const { t } = useTranslation();
  const view = useInsightView();
  const desk = useDesk();
  const [group, setGroup] = useState<SourceGroup>('list');
  const facts = useInsightFacts(
    view.agentIds,
    view.period,
    view.timeZone,
    SCREEN_READS.sources.metrics,
    SCREEN_READS.sources.grain,
  );
  const leadsPerList = useLeadsPerList();
  const costs = useListCosts();
  const products = useProducts();
  const localize = useLocalized(desk?.organisation.defaultLanguage ?? 'en');

  const funnel = useMemo(
    () =>
      facts && costs
        ? sourceFunnel(facts, group, {
            ...(leadsPerList ? { leadsPerList } : {}),
            listCosts: costs,
          })
        : null,
    [facts, group, leadsPerList, costs],
  );
  const productRows = useMemo(
    () =>
      facts
        ? productRevenue(
            facts,
            new Map(
              products.map((p) => [
                p.id as string,
                {
                  currency: p.currency,
                  ...(p.unitCost !== undefined ? { unitCost: p.unitCost } : {}),
                },
              ]),
            ),
          )
        : null,
    [facts, products],
  );
  const directions = useMemo(() => (facts ? callDirections(facts) : null), [facts]);

  const range = `${formatLocalDate(localDate(view.timeZone, view.period.from))}_${formatLocalDate(
    localDate(view.timeZone, view.period.to - 1),
  )}`;
  const productName = (id: string) => {
    const p = products.find((x) => x.id === id);
    return (p ? localize(p.name)?.value : null) ?? id;
  };

  return (
    <Stack spacing={2} data-testid="insight-sources">
      <Stack
        direction="row"
        sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap', justifyContent: 'space-between' }}
      >
        <Typography variant="h6" component="h2">
          {t('insightSources.title')}
        </Typography>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
          <Typography variant="body2" color="text.secondary" id="sources-group-label">
            {t('insightSources.groupBy')}
          </Typography>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={group}
            onChange={(_, v: SourceGroup | null) => v && setGroup(v)}
            aria-labelledby="sources-group-label"
          >
            {SOURCE_GROUPS.map((g) => (
              <ToggleButton key={g} value={g} data-testid={`sources-group-${g}`}>
                {t(`insightSources.group.${g}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Stack>
      </Stack>
      {!funnel || !productRows || !directions ? (
        <LinearProgress aria-label={t('insightSources.loading')} />
      ) : funnel.every((r) => r.calls + r.meetings + r.won === 0) && productRows.length === 0 ? (
        <>
          <Alert severity="info" data-testid="sources-empty">
            {t('insightSources.empty')}
          </Alert>
          {group === 'list' && funnel.length > 0 && (
            <SourceFunnelCard
              group={group}
              rows={funnel}
              costs={costs ?? {}}
              currency={view.currency}
              fileName={`sources-${group}-${range}`}
            />
          )}
        </>
      ) : (
        <>
          <SourceFunnelCard
            group={group}
            rows={funnel}
            costs={costs ?? {}}
            currency={view.currency}
            fileName={`sources-${group}-${range}`}
          />
          <ProductRevenueCard
            rows={productRows}
            nameOf={productName}
            currency={view.currency}
            fileName={`products-${range}`}
          />
          <CallDirectionCard rows={directions} fileName={`calls-in-out-${range}`} />
        </>
      )}
    </Stack>
  );
}
