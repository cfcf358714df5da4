// The agent's reviewed calls: when, the lead, the score, each criterion's score and the comments
// at their moments of the call, with an Acknowledge button. Agents read reviews; they never play
// the recordings (the server refuses them the audio).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isMissed } from '../../../shared/recordings/scorecard';
import { useFormat } from '../../i18n/use-format';
import type { MyReviews } from './use-my-reviews';
import { useCriterionLabel } from './use-criterion-label';
import { useErrorText } from './use-error-text';
import { clock } from './waveform';

export type MyReviewsDialogProps = { open: boolean; onClose: () => void; state: MyReviews };

export function MyReviewsDialog({ open, onClose, state }: MyReviewsDialogProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labelOf = useCriterionLabel();
  const errorText = useErrorText();
  const [failed, setFailed] = useState<string | null>(null);
  const { reviews } = state;
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" data-testid="my-reviews">
      <DialogTitle>{t('callReview.mine.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('callReview.mine.intro')}
        </Typography>
        {(failed || (state.error !== null && !reviews)) && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {failed ?? errorText(state.error)}
          </Alert>
        )}
        {reviews === null ? (
          state.error === null && <LinearProgress />
        ) : reviews.length === 0 ? (
          <Typography data-testid="my-reviews-empty">{t('callReview.mine.empty')}</Typography>
        ) : (
          <Stack spacing={2}>
            {reviews.map((r) => (
              <Paper
                key={r.recordingId}
                variant="outlined"
                sx={{ p: 2 }}
                data-testid="my-review"
                data-id={r.recordingId}
              >
                <Stack direction="row" sx={{ alignItems: 'baseline', gap: 2, flexWrap: 'wrap' }}>
                  <Typography variant="subtitle1" sx={{ fontWeight: 700, flex: 1 }}>
                    <bdi>{r.leadName ?? t('callReview.noLead')}</bdi> ·{' '}
                    {fmt.dateTime(r.callStartedAt)}
                  </Typography>
                  <Typography variant="h6" data-testid="my-review-score">
                    {r.score === null
                      ? t('callReview.review.noTotal')
                      : t('callReview.score', { value: fmt.number(r.score) })}
                  </Typography>
                </Stack>
                <Typography variant="caption" color="text.secondary">
                  {t('callReview.mine.reviewedBy', {
                    name: `\u2068${r.reviewerName ?? '—'}\u2069`,
                    when: fmt.dateTime(r.reviewedAt),
                  })}
                </Typography>
                <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', my: 1 }}>
                  {r.criteria.map((c) => {
                    const s = r.scores.find((x) => x.criterionId === c.id)?.score ?? null;
                    return (
                      <Chip
                        key={c.id}
                        size="small"
                        variant={isMissed(s, c.maxScore) ? 'filled' : 'outlined'}
                        color={isMissed(s, c.maxScore) ? 'warning' : 'default'}
                        label={
                          <>
                            <bdi>{labelOf(c)}</bdi>:{' '}
                            <bdi>
                              {s === null
                                ? t('callReview.review.na')
                                : c.maxScore === 1
                                  ? s === 1
                                    ? t('callReview.review.yes')
                                    : t('callReview.review.no')
                                  : t('callReview.review.outOf', { n: s, max: c.maxScore })}
                            </bdi>
                          </>
                        }
                        data-testid="my-review-criterion"
                      />
                    );
                  })}
                </Stack>
                <Stack spacing={0.5}>
                  {r.comments.map((c, i) => (
                    <Stack
                      key={i}
                      direction="row"
                      sx={{ gap: 1, alignItems: 'baseline' }}
                      data-testid="my-review-comment"
                    >
                      <Chip
                        size="small"
                        label={<span dir="ltr">{clock(c.atMs)}</span>}
                        aria-label={t('callReview.mine.at', { time: clock(c.atMs) })}
                      />
                      {c.criterionId && (
                        <Typography variant="caption" color="text.secondary">
                          {labelOf(
                            r.criteria.find((x) => x.id === c.criterionId) ?? {
                              kind: 'custom',
                              label: c.criterionId,
                            },
                          )}
                        </Typography>
                      )}
                      <Typography variant="body2">
                        <bdi>{c.text}</bdi>
                      </Typography>
                    </Stack>
                  ))}
                </Stack>
                <Stack direction="row" sx={{ justifyContent: 'flex-end', mt: 1 }}>
                  {r.acknowledgedAt === null ? (
                    <Button
                      variant="contained"
                      size="small"
                      data-testid="my-review-ack"
                      onClick={() => {
                        setFailed(null);
                        state
                          .acknowledge(r.recordingId)
                          .catch((e: unknown) => setFailed(errorText(e)));
                      }}
                    >
                      {t('callReview.mine.acknowledge')}
                    </Button>
                  ) : (
                    <Typography variant="body2" color="success.main" data-testid="my-review-acked">
                      {t('callReview.mine.acknowledged', { when: fmt.dateTime(r.acknowledgedAt) })}
                    </Typography>
                  )}
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('callReview.mine.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
