// A criterion's name in the desk's language: built-in kinds from the catalog, custom ones as the
// supervisor wrote them.
import { useTranslation } from 'react-i18next';
import type { ScorecardCriterion } from '../../../shared/recordings/protocol';
import { criterionLabel } from '../../../shared/recordings/scorecard';

export function useCriterionLabel(): (c: Pick<ScorecardCriterion, 'kind' | 'label'>) => string {
  const { t } = useTranslation();
  return (c) => criterionLabel(c, (kind) => t(`callReview.criterion.${kind}`));
}
