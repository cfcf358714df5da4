import { useTranslation } from 'react-i18next';
import type { ReassignResult } from '../../../db/assignment';
import { useFormat } from '../../../i18n/use-format';

/** One sentence for a finished reassignment: how many moved, were kept closed, or stayed. */
export function useReassignDoneMessage(): (
  result: Extract<ReassignResult, { ok: true }>,
) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (r) => {
    const extra = [
      r.closedKept
        ? t('lists.assign.doneClosedKept', {
            count: r.closedKept,
            n: format.number(r.closedKept),
          })
        : '',
      r.unchanged
        ? t('lists.assign.doneUnchanged', {
            count: r.unchanged,
            n: format.number(r.unchanged),
          })
        : '',
    ].filter(Boolean);
    return [t('lists.assign.done', { count: r.moved, n: format.number(r.moved) }), ...extra].join(
      ' ',
    );
  };
}
