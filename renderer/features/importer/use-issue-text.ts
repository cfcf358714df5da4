// An import issue in the user's words: "The phone number “123” is not valid", "… is the same as row 4".
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../shared/import/report';
import { useRowNumber } from './use-row-number';

/** `isolate` wraps the value in Unicode isolates so a "+90…" number reads right in Arabic text. */
export function useIssueText(): (issue: ImportIssue, isolate?: boolean) => string {
  const { t } = useTranslation();
  const rowNumber = useRowNumber();
  return useCallback(
    (issue, isolate = false) => {
      const value = isolate ? `\u2068${issue.value}\u2069` : issue.value;
      if (issue.kind === 'invalid')
        return t(`importer.reason.${issue.reason ?? 'phoneInvalid'}`, { value });
      if (issue.kind === 'duplicateInFile')
        return t('importer.detail.duplicateInFile', {
          value,
          row: rowNumber(issue.firstRow ?? 0),
        });
      return t(`importer.detail.${issue.kind}`, { value });
    },
    [t, rowNumber],
  );
}
