// Turns an editor issue (shared/domain/editing.ts) into a sentence in the user's language.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_FAB_FEATURES, type EditIssue } from '../../../../shared/domain/editing';
import { languageInfo } from '../../../i18n/languages';
import { useFormat } from '../../../i18n/use-format';

export function useIssueText(): (issue: EditIssue) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (issue: EditIssue) =>
      t(`editors.issue.${issue.code}`, {
        step: issue.stepId ?? '',
        target: issue.target ?? '',
        language: issue.language ? languageInfo(issue.language).nativeName : '',
        placeholder: issue.placeholder ? `{${issue.placeholder}}` : '',
        n: format.number(issue.count ?? 0),
        min: format.number(MIN_FAB_FEATURES),
      }),
    [t, format],
  );
}
