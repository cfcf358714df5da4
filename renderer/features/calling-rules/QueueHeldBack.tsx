// Why the hunter's queue offers nothing: the due leads the calling rules hold back now, by reason
// (weekend, holiday, special period, outside hours), and when the first of them may be called.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import type { CallingPolicy } from '../../../shared/domain/calling-window';
import type { CallingPolicyOf } from '../../../shared/domain/calling-rules';
import { callableNow } from '../../db/calling-preview';
import { useDeskDb } from '../../db/use-desk-db';
import { useFormat } from '../../i18n/use-format';
import { useHeldReasons } from './use-held-reasons';

export type QueueHeldBackProps = {
  owners: readonly string[];
  organisationTimezone: string;
  calling: CallingPolicy | CallingPolicyOf;
  /** The moment the queue was read. */
  now: number;
};

export function QueueHeldBack({ owners, organisationTimezone, calling, now }: QueueHeldBackProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  const reasons = useHeldReasons();
  const preview = useLiveQuery(
    () => callableNow(db, { owners, organisationTimezone, calling }, now, 8),
    [db, owners.join(), organisationTimezone, calling, now],
  );
  if (!preview) return null;
  const held = Object.values(preview.held).reduce((a, b) => a + b, 0);
  if (held === 0) return null;
  const first = preview.firstOpening;
  return (
    <Alert severity="info" sx={{ mb: 2, textAlign: 'start' }} data-testid="queue-held-back">
      {t('callingRules.heldBack.title', { count: held, n: format.number(held) })}{' '}
      {reasons(preview.held, preview.heldLeads)}
      {first !== null && (
        <>
          {' '}
          {t('callingRules.heldBack.next', { time: format.dateTime(first, organisationTimezone) })}
        </>
      )}
    </Alert>
  );
}
