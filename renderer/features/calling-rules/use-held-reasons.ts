// The reasons leads are held back, as one sentence in the user's language: "weekend: 12,
// Ramadan (special period): 3".
import { useTranslation } from 'react-i18next';
import type { ClosedReason } from '../../../shared/domain/calling-window';
import type { HeldLead } from '../../db/calling-preview';
import { useFormat } from '../../i18n/use-format';

const ORDER: readonly ClosedReason[] = ['weekend', 'holiday', 'period', 'outsideHours'];

export function useHeldReasons(): (
  held: Record<ClosedReason, number>,
  sample: readonly HeldLead[],
) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (held, sample) =>
    ORDER.filter((r) => held[r] > 0)
      .map((r) => {
        const name = sample.find((h) => h.why.reason === r)?.why.name;
        return t('callingRules.heldBack.reason', {
          reason: t(`callingRules.reason.${r}`, { name: name ?? '' }),
          n: format.number(held[r]),
        });
      })
      .join(t('callingRules.heldBack.separator'));
}
