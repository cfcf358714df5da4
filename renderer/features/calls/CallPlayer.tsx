// A recorded call's player: the <audio> element plays the grant's URL; the waveform is drawn on a
// canvas from the same bytes decoded with Web Audio. Click or drag on it to seek; speeds 1–2×;
// "skip silence" jumps over the silent stretches found in the peaks; marks for comments and the
// agent's pauses, each with a button to jump to it; space plays/pauses, ←/→ move 5 s. Audio time
// runs left to right in every language (it is not text); the controls around it mirror.
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import { useTheme } from '@mui/material/styles';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import PauseIcon from '@mui/icons-material/Pause';
import { clock, peaksOf, silencesOf, skipTarget, type Stretch } from './waveform';

export const SPEEDS = [1, 1.25, 1.5, 2] as const;
const STEP_MS = 5_000;
const BUCKETS = 800;

export type PlayerMark = { atMs: number; kind: 'comment' | 'pause'; label: string };

export type PlayerHandle = {
  /** Playback position (ms). */
  position: () => number;
  seek: (ms: number) => void;
};

export type CallPlayerProps = {
  src: string;
  /** The recording's length as declared (the decoded audio's wins once known). */
  durationMs: number;
  marks: readonly PlayerMark[];
  ref?: Ref<PlayerHandle>;
};

export function CallPlayer({ src, durationMs, marks, ref }: CallPlayerProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const audio = useRef<HTMLAudioElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [peaks, setPeaks] = useState<Float32Array | null>(null);
  const [decodedMs, setDecodedMs] = useState<number | null>(null);
  const [decodeFailed, setDecodeFailed] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(0);
  const [speed, setSpeed] = useState<number>(1);
  const [skipSilence, setSkipSilence] = useState(false);
  const [silences, setSilences] = useState<Stretch[]>([]);
  const length = decodedMs ?? durationMs;

  useImperativeHandle(ref, () => ({
    position: () => Math.round((audio.current?.currentTime ?? 0) * 1000),
    seek: (ms) => seek(ms),
  }));

  // Decode the same bytes for the waveform (the browser caches the grant's response).
  useEffect(() => {
    let live = true;
    setPeaks(null);
    setDecodeFailed(false);
    void (async () => {
      try {
        const bytes = await (await fetch(src)).arrayBuffer();
        const ctx = new OfflineAudioContext(1, 1, 8000);
        const buffer = await ctx.decodeAudioData(bytes);
        const channels = Array.from({ length: buffer.numberOfChannels }, (_, i) =>
          buffer.getChannelData(i),
        );
        const p = peaksOf(channels, BUCKETS);
        if (!live) return;
        const ms = Math.round(buffer.duration * 1000);
        setDecodedMs(ms);
        setPeaks(p);
        setSilences(silencesOf(p, ms));
      } catch {
        if (live) setDecodeFailed(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [src]);

  useEffect(() => {
    if (audio.current) audio.current.playbackRate = speed;
  }, [speed]);

  // Playhead: follow the audio every frame while it plays; skip silence when asked.
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    const tick = () => {
      const el = audio.current;
      if (el) {
        const ms = el.currentTime * 1000;
        const jump = skipSilence ? skipTarget(silences, ms) : null;
        if (jump !== null) el.currentTime = jump / 1000;
        setPosition(jump ?? ms);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, skipSilence, silences]);

  // Draw: bars for the peaks, the played part in the primary colour, marks as ticks.
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const dpr = window.devicePixelRatio || 1;
    const w = el.clientWidth;
    const h = el.clientHeight;
    el.width = Math.round(w * dpr);
    el.height = Math.round(h * dpr);
    const g = el.getContext('2d');
    if (!g) return;
    g.scale(dpr, dpr);
    g.clearRect(0, 0, w, h);
    const played = length > 0 ? (position / length) * w : 0;
    g.fillStyle = theme.palette.action.hover;
    for (const s of silences) {
      g.fillRect((s.fromMs / length) * w, 0, ((s.toMs - s.fromMs) / length) * w, h);
    }
    if (peaks) {
      let loudest = 0;
      for (const p of peaks) loudest = Math.max(loudest, p);
      const scale = loudest > 0 ? 1 / loudest : 1;
      const barW = w / peaks.length;
      peaks.forEach((p, i) => {
        const x = i * barW;
        const bar = Math.max(1, p * scale * (h - 8));
        g.fillStyle = x < played ? theme.palette.primary.main : theme.palette.text.disabled;
        g.fillRect(x, (h - bar) / 2, Math.max(1, barW - 0.5), bar);
      });
    }
    for (const m of marks) {
      const x = (m.atMs / length) * w;
      g.fillStyle = m.kind === 'comment' ? theme.palette.warning.main : theme.palette.info.main;
      g.fillRect(x - 1, 0, 2, h);
      g.beginPath();
      g.moveTo(x - 5, 0);
      g.lineTo(x + 5, 0);
      g.lineTo(x, 7);
      g.fill();
    }
    g.fillStyle = theme.palette.text.primary;
    g.fillRect(played - 1, 0, 2, h);
  }, [peaks, position, length, marks, silences, theme]);

  function seek(ms: number) {
    const el = audio.current;
    const to = Math.max(0, Math.min(length, ms));
    if (el) el.currentTime = to / 1000;
    setPosition(to);
  }

  const toggle = () => {
    const el = audio.current;
    if (!el) return;
    if (el.paused) void el.play();
    else el.pause();
  };

  const seekAt = (clientX: number) => {
    const el = canvas.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    seek(((clientX - r.left) / r.width) * length);
  };

  return (
    <Box
      tabIndex={0}
      data-testid="call-player"
      aria-label={t('callReview.player.label')}
      onKeyDown={(e) => {
        if ((e.target as HTMLElement).closest('input, textarea, select, [role="combobox"]')) return;
        if (e.key === ' ') {
          e.preventDefault();
          toggle();
        } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
          // Audio time runs left to right in every language.
          e.preventDefault();
          const now = (audio.current?.currentTime ?? 0) * 1000;
          seek(now + (e.key === 'ArrowRight' ? STEP_MS : -STEP_MS));
        }
      }}
      sx={{ outline: 'none', '&:focus-visible': { boxShadow: 2 } }}
    >
      <audio
        ref={audio}
        src={src}
        preload="auto"
        data-testid="call-audio"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onSeeked={(e) => setPosition(e.currentTarget.currentTime * 1000)}
        onLoadedMetadata={(e) => (e.currentTarget.playbackRate = speed)}
      />
      <Box dir="ltr" sx={{ position: 'relative' }}>
        <canvas
          ref={canvas}
          data-testid="waveform"
          data-drawn={peaks ? 'yes' : 'no'}
          data-silences={silences.length}
          style={{ width: '100%', height: 96, display: 'block', cursor: 'pointer' }}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            seekAt(e.clientX);
          }}
          onPointerMove={(e) => {
            if (e.buttons === 1) seekAt(e.clientX);
          }}
        />
      </Box>
      {decodeFailed && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {t('callReview.player.noWaveform')}
        </Alert>
      )}
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mt: 1, flexWrap: 'wrap' }}>
        <IconButton
          onClick={toggle}
          color="primary"
          data-testid="player-toggle"
          aria-label={playing ? t('callReview.player.pause') : t('callReview.player.play')}
        >
          {playing ? <PauseIcon /> : <PlayArrowIcon />}
        </IconButton>
        <Typography variant="body2" dir="ltr" data-testid="player-time" sx={{ minWidth: 90 }}>
          {clock(position)} / {clock(length)}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={speed}
          onChange={(_, v: number | null) => v !== null && setSpeed(v)}
          aria-label={t('callReview.player.speed')}
        >
          {SPEEDS.map((s) => (
            <ToggleButton key={s} value={s} data-testid={`speed-${s}`}>
              <bdi dir="ltr">{s}×</bdi>
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <FormControlLabel
          control={
            <Switch
              checked={skipSilence}
              onChange={(e) => setSkipSilence(e.target.checked)}
              slotProps={{ input: { 'data-testid': 'skip-silence' } as object }}
            />
          }
          label={t('callReview.player.skipSilence')}
        />
      </Stack>
      {marks.length > 0 && (
        <Stack
          direction="row"
          sx={{ gap: 0.5, flexWrap: 'wrap', mt: 1 }}
          aria-label={t('callReview.player.marks')}
        >
          {[...marks]
            .sort((a, b) => a.atMs - b.atMs)
            .map((m, i) => (
              <Chip
                key={`${m.kind}-${m.atMs}-${i}`}
                size="small"
                variant="outlined"
                color={m.kind === 'comment' ? 'warning' : 'info'}
                label={
                  <>
                    <bdi dir="ltr">{clock(m.atMs)}</bdi> · <bdi>{m.label}</bdi>
                  </>
                }
                title={m.label}
                onClick={() => seek(m.atMs)}
                data-testid={`mark-${m.kind}`}
                sx={{ maxWidth: 260 }}
              />
            ))}
        </Stack>
      )}
    </Box>
  );
}
