// Small helpers of the calling-rules editor: the days in the order a week is read, and the
// validation issue at a path.
import type { CallingRulesIssue } from '../../../shared/domain/calling-rules';

/** Monday first, Sunday last (0 = Sunday in the rules). */
export const DAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** The issue code at exactly this path, if any. */
export type IssueAt = (path: readonly (string | number)[]) => CallingRulesIssue['code'] | undefined;

export function issueLookup(issues: readonly CallingRulesIssue[]): IssueAt {
  const byPath = new Map(issues.map((i) => [i.path.join('.'), i.code]));
  return (path) => byPath.get(path.join('.'));
}
