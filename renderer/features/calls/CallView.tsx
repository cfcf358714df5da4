// One recorded call for its reviewer: the player, the scorecard (a score per criterion or n/a, the
// total as it is scored), comments pinned to the moment playing when they are written, Save, Star
// and Download. The review keeps its own copy of the criteria it was scored with.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import StarIcon from '@mui/icons-material/Star';
import StarBorderIcon from '@mui/icons-material/StarBorder';
import DownloadIcon from '@mui/icons-material/Download';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import type {
  RecordingItem,
  ReviewInput,
  ScorecardCriterion,
} from '../../../shared/recordings/protocol';
import { REVIEW_COMMENT_MAX } from '../../../shared/recordings/protocol';
import { reviewTotal } from '../../../shared/recordings/scorecard';
import { DirectionalIcon } from '../../ui/components/DirectionalIcon';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useFormat } from '../../i18n/use-format';
import { CallPlayer, type PlayerHandle, type PlayerMark } from './CallPlayer';
import type { CallsApi } from './calls-api';
import { useCriterionLabel } from './use-criterion-label';
import { useScorecard } from './use-scorecard';
import { clock } from './waveform';
import { useErrorText } from './use-error-text';

type Comment = ReviewInput['comments'][number];

export type CallViewProps = { api: CallsApi; recordingId: string; onBack: () => void };

export function CallView({ api, recordingId, onBack }: CallViewProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const errorText = useErrorText();
  const labelOf = useCriterionLabel();
  const scorecard = useScorecard();
  const player = useRef<PlayerHandle>(null);
  const [item, setItem] = useState<RecordingItem | null>(null);
  const [src, setSrc] = useState<string | null>(null);
  const [criteria, setCriteria] = useState<ScorecardCriterion[] | null>(null);
  const [scores, setScores] = useState<Record<string, number | null>>({});
  const [comments, setComments] = useState<Comment[]>([]);
  const [starred, setStarred] = useState(false);
  const [draft, setDraft] = useState('');
  const [draftCriterion, setDraftCriterion] = useState('');
  const [saved, setSaved] = useState<{ at: number; score: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    setError(null);
    void (async () => {
      try {
        const [one, state, url] = await Promise.all([
          api.one(recordingId),
          api.review(recordingId),
          api.access(recordingId, 'play'),
        ]);
        if (!live) return;
        setItem(one);
        setSrc(url);
        setStarred(state.starred);
        if (state.review) {
          setCriteria(state.review.criteria);
          setScores(Object.fromEntries(state.review.scores.map((s) => [s.criterionId, s.score])));
          setComments(state.review.comments);
          setSaved({ at: state.review.reviewedAt, score: state.review.score });
        }
      } catch (e) {
        if (live) setError(errorText(e));
      }
    })();
    return () => {
      live = false;
    };
    // errorText is stable per language; reloading on a language switch is not wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, recordingId]);

  // A call not reviewed yet is scored with the organisation's scorecard as it is now.
  useEffect(() => {
    if (!criteria && scorecard && item && !saved) setCriteria(scorecard.criteria);
  }, [criteria, scorecard, item, saved]);

  const scoreList = useMemo(
    () => (criteria ?? []).map((c) => ({ criterionId: c.id, score: scores[c.id] ?? null })),
    [criteria, scores],
  );
  const total = criteria ? reviewTotal(criteria, scoreList) : null;
  const marks = useMemo<PlayerMark[]>(
    () => [
      ...comments.map((c) => ({ atMs: c.atMs, kind: 'comment' as const, label: c.text })),
      ...(item?.pauses ?? []).map((p) => ({
        atMs: p.atMs,
        kind: 'pause' as const,
        label: t('callReview.player.paused', { time: clock(p.forMs) }),
      })),
    ],
    [comments, item, t],
  );

  if (error)
    return (
      <Stack spacing={2}>
        <Button
          onClick={onBack}
          startIcon={
            <DirectionalIcon>
              <ArrowBackIcon />
            </DirectionalIcon>
          }
          sx={{ alignSelf: 'flex-start' }}
        >
          {t('callReview.back')}
        </Button>
        <Alert severity="error" data-testid="call-error">
          {error}
        </Alert>
      </Stack>
    );
  if (!item || !src || !criteria) return <LinearProgress />;

  const pin = () => {
    const text = draft.trim();
    if (!text) return;
    const atMs = player.current?.position() ?? 0;
    setComments((cs) =>
      [...cs, { atMs, text, ...(draftCriterion ? { criterionId: draftCriterion } : {}) }].sort(
        (a, b) => a.atMs - b.atMs,
      ),
    );
    setDraft('');
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const state = await api.saveReview(recordingId, { criteria, scores: scoreList, comments });
      if (state.review) setSaved({ at: state.review.reviewedAt, score: state.review.score });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const star = async () => {
    try {
      setStarred((await api.star(recordingId, !starred)).starred);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const download = async () => {
    try {
      const url = await api.access(recordingId, 'download');
      const a = document.createElement('a');
      a.href = url;
      a.download = `call-${recordingId}.${item.mime === 'audio/ogg' ? 'ogg' : 'webm'}`;
      a.click();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Stack spacing={2} data-testid="call-view">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Button
          onClick={onBack}
          startIcon={
            <DirectionalIcon>
              <ArrowBackIcon />
            </DirectionalIcon>
          }
        >
          {t('callReview.back')}
        </Button>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          <bdi>{item.agentName ?? '—'}</bdi> · <bdi>{item.leadName ?? t('callReview.noLead')}</bdi>
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {fmt.dateTime(item.callStartedAt)}
        </Typography>
        <IconButton
          onClick={() => void star()}
          color={starred ? 'warning' : 'default'}
          aria-pressed={starred}
          aria-label={starred ? t('callReview.unstar') : t('callReview.star')}
          data-testid="call-star"
        >
          {starred ? <StarIcon /> : <StarBorderIcon />}
        </IconButton>
        <Button
          startIcon={<DownloadIcon />}
          onClick={() => void download()}
          data-testid="call-download"
        >
          {t('callReview.download')}
        </Button>
      </Stack>
      <Paper sx={{ p: 2 }}>
        <CallPlayer ref={player} src={src} durationMs={item.durationMs} marks={marks} />
      </Paper>
      <Paper sx={{ p: 2 }} data-testid="review-form">
        <Stack direction="row" sx={{ alignItems: 'baseline', gap: 2, mb: 1 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, flex: 1 }}>
            {t('callReview.review.title')}
          </Typography>
          <Typography variant="h5" data-testid="review-total">
            {total === null
              ? t('callReview.review.noTotal')
              : t('callReview.score', { value: fmt.number(total) })}
          </Typography>
        </Stack>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 1.5 }}>
          {criteria.map((c) => (
            <TextField
              key={c.id}
              select
              size="small"
              label={labelOf(c)}
              value={
                scores[c.id] === null || scores[c.id] === undefined ? 'na' : String(scores[c.id])
              }
              onChange={(e) =>
                setScores((s) => ({
                  ...s,
                  [c.id]: e.target.value === 'na' ? null : Number(e.target.value),
                }))
              }
              slotProps={{
                select: { native: true },
                htmlInput: { 'data-testid': `score-${c.id}` },
              }}
            >
              <option value="na">{t('callReview.review.na')}</option>
              {Array.from({ length: c.maxScore + 1 }, (_, n) => (
                <option key={n} value={String(n)}>
                  {c.maxScore === 1
                    ? n === 1
                      ? t('callReview.review.yes')
                      : t('callReview.review.no')
                    : t('callReview.review.outOf', { n, max: c.maxScore })}
                </option>
              ))}
            </TextField>
          ))}
        </Box>
        <Typography variant="subtitle2" sx={{ mt: 2 }}>
          {t('callReview.review.comments')}
        </Typography>
        <Stack spacing={0.5} sx={{ my: 1 }} data-testid="review-comments">
          {comments.length === 0 && (
            <Typography variant="body2" color="text.secondary">
              {t('callReview.review.noComments')}
            </Typography>
          )}
          {comments.map((c, i) => (
            <Stack
              key={`${c.atMs}-${i}`}
              direction="row"
              sx={{ gap: 1, alignItems: 'center' }}
              data-testid="review-comment"
            >
              <Chip
                size="small"
                label={<span dir="ltr">{clock(c.atMs)}</span>}
                onClick={() => player.current?.seek(c.atMs)}
                data-testid="comment-time"
              />
              {c.criterionId && (
                <Chip
                  size="small"
                  variant="outlined"
                  label={labelOf(
                    criteria.find((x) => x.id === c.criterionId) ?? {
                      kind: 'custom',
                      label: c.criterionId,
                    },
                  )}
                />
              )}
              <Typography variant="body2" sx={{ flex: 1 }}>
                <bdi>{c.text}</bdi>
              </Typography>
              <IconButton
                size="small"
                aria-label={t('callReview.review.removeComment')}
                onClick={() => setComments((cs) => cs.filter((_, j) => j !== i))}
              >
                <DeleteOutlineIcon fontSize="small" />
              </IconButton>
            </Stack>
          ))}
        </Stack>
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          sx={{ gap: 1, alignItems: { md: 'flex-start' } }}
        >
          <TextField
            size="small"
            label={t('callReview.review.comment')}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                pin();
              }
            }}
            sx={{ flex: 1 }}
            slotProps={{
              htmlInput: { maxLength: REVIEW_COMMENT_MAX, 'data-testid': 'comment-text' },
            }}
          />
          <TextField
            select
            size="small"
            label={t('callReview.review.about')}
            value={draftCriterion}
            onChange={(e) => setDraftCriterion(e.target.value)}
            sx={{ minWidth: 200 }}
            slotProps={{ htmlInput: { 'data-testid': 'comment-criterion' } }}
          >
            <MenuItem value="">{t('callReview.review.aboutNone')}</MenuItem>
            {criteria.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {labelOf(c)}
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="outlined"
            onClick={pin}
            disabled={!draft.trim()}
            data-testid="comment-pin"
          >
            {t('callReview.review.pin')}
          </Button>
        </Stack>
        <Stack direction="row" sx={{ gap: 2, mt: 2, alignItems: 'center' }}>
          <Button
            variant="contained"
            onClick={() => void save()}
            disabled={busy}
            data-testid="review-save"
          >
            {t('callReview.review.save')}
          </Button>
          {saved && (
            <Typography variant="body2" color="text.secondary" data-testid="review-saved">
              {t('callReview.review.savedAt', { when: fmt.dateTime(saved.at) })}
            </Typography>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
