import { DISPOSITIONS } from '../../../../shared/domain/dispositions';

/** Every call outcome the desk has a label for: its own, plus those older records carry. */
export const LABELLED_DISPOSITIONS = [
  ...DISPOSITIONS,
  'qualified',
  'demoDone',
  'proposalSent',
  'satisfied',
] as const;
export type LabelledDisposition = (typeof LABELLED_DISPOSITIONS)[number];

export function isKnownDisposition(value: string): value is LabelledDisposition {
  return (LABELLED_DISPOSITIONS as readonly string[]).includes(value);
}
