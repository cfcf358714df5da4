import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import type { EditIssue } from '../../../../shared/domain/editing';
import { useFormat } from '../../../i18n/use-format';
import { useIssueText } from './use-issue-text';

export type IssueListProps = { issues: readonly EditIssue[] };

/** What stops the item from being saved (errors) and what deserves a look (warnings). */
export function IssueList({ issues }: IssueListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useIssueText();
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const list = (items: EditIssue[]) => (
    <Box component="ul" sx={{ m: 0, paddingInlineStart: 2.5 }}>
      {items.map((i, n) => (
        <li
          key={`${i.code}-${i.stepId ?? ''}-${i.target ?? ''}-${i.language ?? ''}-${n}`}
          data-testid={`issue-${i.code}`}
        >
          {text(i)}
        </li>
      ))}
    </Box>
  );
  return (
    <>
      {errors.length > 0 && (
        <Alert severity="error" sx={{ mb: 1 }} data-testid="issues-errors">
          <AlertTitle>
            {t('editors.errorsTitle', { count: errors.length, n: format.number(errors.length) })}
          </AlertTitle>
          {list(errors)}
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="issues-warnings">
          <AlertTitle>
            {t('editors.warningsTitle', {
              count: warnings.length,
              n: format.number(warnings.length),
            })}
          </AlertTitle>
          {list(warnings)}
        </Alert>
      )}
    </>
  );
}
