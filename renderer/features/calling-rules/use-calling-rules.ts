// The organisation's calling rules as this desk holds them (the `callingRules` setting, synced in
// meta), and the calling policy of a lead by its country, as the verbs and the server apply it.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  callingPolicyFor,
  callingPolicyOf,
  callingRulesFrom,
  type CallingPolicyOf,
  type CallingRules,
} from '../../../shared/domain/calling-rules';
import type { CallingPolicy } from '../../../shared/domain/calling-window';
import type { OrganisationProfile } from '../../../shared/domain/content';
import { useDeskDb } from '../../db/use-desk-db';

/** The stored rules; null when none are set (the calling window applies), undefined while loading. */
export function useCallingRules(): CallingRules | null | undefined {
  const db = useDeskDb();
  return useLiveQuery(
    async () => callingRulesFrom((await db.meta.get('callingRules'))?.value),
    [db],
  );
}

/** The policy of a lead by its country (the organisation's window when no rules are set). */
export function useCallingPolicyOf(
  organisation: Pick<OrganisationProfile, 'callingWindow'> | null | undefined,
): CallingPolicyOf {
  const rules = useCallingRules();
  const window = organisation?.callingWindow;
  return useMemo(() => callingPolicyOf(window, rules), [window, rules]);
}

/** One lead's calling policy. */
export function useLeadCallingPolicy(
  organisation: Pick<OrganisationProfile, 'callingWindow'> | null | undefined,
  country: string | null | undefined,
): CallingPolicy {
  const rules = useCallingRules();
  return callingPolicyFor(organisation?.callingWindow, rules, country);
}
