// Records each answered softphone call on the agent's desk (issue 13): the conversation mix
// (call-audio.ts: the agent's microphone and the customer) through MediaRecorder as Opus, a piece
// a second written to IndexedDB as it comes (recording-store.ts), the organisation's notice
// played to the customer at answer when its setting says so, pauses the agent takes (card
// numbers) noted in call time, sealed when the call ends and handed to the uploader. A full disk
// stops the recording, never the call, and never touches the call log.
import { uuidv7 } from '../../../shared/domain/ids';
import type { RecordingRow } from '../../db/recordings';
import type { DeskDatabase } from '../../db/schema';
import type { LiveCall } from '../../store/phone-slice';
import type { CallAudio } from '../phone/call-audio';
import type { RecordingSettings } from '../../../shared/recordings/protocol';
import {
  appendPiece,
  isQuotaError,
  sealRecording,
  startRecording,
  updateRecording,
} from './recording-store';
import { recordingView } from './recording-view';

/** MediaRecorder delivers a piece this often (ms): what a crash can lose at most. */
export const PIECE_MS = 1_000;
/** Speech in Opus: 32 kbit/s is clear and keeps a 30-minute call near 7 MB. */
export const AUDIO_BITS_PER_SECOND = 32_000;

export type RecorderDeps = {
  db: DeskDatabase;
  /** The organisation's recording setting as the desk holds it now. */
  settings: () => Promise<RecordingSettings>;
  /** The notice to play to the customer of `call` (decoded in the call's context), if any. */
  notice: (audio: CallAudio, call: LiveCall) => Promise<AudioBuffer>;
  /** A recording is sealed: upload it. */
  sealed: (id: string) => void;
  /** A recording started (the uploader leaves it alone until sealed). */
  started?: (id: string) => void;
  now?: () => number;
};

type Active = {
  id: string;
  call: LiveCall;
  recorder: MediaRecorder;
  startedAt: number;
  seq: number;
  /** Pieces are written one after another, in order. */
  writes: Promise<void>;
  pauses: { atMs: number; forMs: number }[];
  pausedAt: number | null;
  stopped: Promise<void>;
  failed: boolean;
};

/** The recording ids of calls by their start (the call log names its recording). */
const idsByCall = new Map<number, string>();

/** The recording of the call that started at `startedAt`, if one was made. */
export function recordingIdOfCall(startedAt: number): string | undefined {
  return idsByCall.get(startedAt);
}

/** Opus in WebM where the browser records it (Chromium), else Opus in Ogg (Firefox). */
export function pickMime(isSupported: (mime: string) => boolean): {
  mimeType: string;
  mime: RecordingRow['mime'];
} | null {
  if (isSupported('audio/webm;codecs=opus'))
    return { mimeType: 'audio/webm;codecs=opus', mime: 'audio/webm' };
  if (isSupported('audio/ogg;codecs=opus'))
    return { mimeType: 'audio/ogg;codecs=opus', mime: 'audio/ogg' };
  return null;
}

export class CallRecorder {
  private active: Active | null = null;
  private readonly now: () => number;

  constructor(private readonly deps: RecorderDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** The phone published a call's mix (answered) or null (ended). */
  async handle(audio: CallAudio | null, call: LiveCall): Promise<void> {
    if (audio) await this.start(audio, call);
    else if (this.active && this.active.call.startedAt === call.startedAt) await this.stop();
  }

  /** Pause (true) or resume (false), when the organisation allows it. */
  async setPaused(paused: boolean): Promise<void> {
    const a = this.active;
    if (!a || a.failed || a.recorder.state === 'inactive') return;
    const now = this.now();
    if (paused && a.pausedAt === null) {
      a.recorder.requestData();
      a.recorder.pause();
      a.pausedAt = now;
    } else if (!paused && a.pausedAt !== null) {
      a.pauses.push({ atMs: a.pausedAt - a.startedAt, forMs: now - a.pausedAt });
      a.pausedAt = null;
      a.recorder.resume();
    } else return;
    const view = recordingView.get();
    if (view?.id === a.id) recordingView.set({ ...view, state: paused ? 'paused' : 'recording' });
    await this.note(a, { pauses: [...a.pauses] });
  }

  private async start(audio: CallAudio, call: LiveCall): Promise<void> {
    if (this.active) await this.stop();
    const settings = await this.deps.settings();
    if (settings.mode === 'off') return;
    const kind =
      typeof MediaRecorder === 'undefined'
        ? null
        : pickMime((m) => MediaRecorder.isTypeSupported(m));
    const id = uuidv7();
    const now = this.now();
    const view = { id, state: 'recording' as const, allowPause: settings.allowPause, error: null };
    if (!kind) {
      recordingView.set({ ...view, state: 'failed', error: 'unsupported' });
      return;
    }
    const row: RecordingRow = {
      id,
      status: 'recording',
      leadId: call.leadId,
      direction: call.direction,
      callStartedAt: call.startedAt,
      answeredAt: call.answeredAt ?? now,
      mime: kind.mime,
      announced: false,
      pauses: [],
      pieces: 0,
      bytes: 0,
      durationMs: 0,
      declaration: null,
      error: null,
      uploadError: null,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await startRecording(this.deps.db, row);
    } catch (error) {
      recordingView.set({
        ...view,
        state: 'failed',
        error: isQuotaError(error) ? 'quota' : 'failed',
      });
      return;
    }
    const recorder = new MediaRecorder(audio.conversation, {
      mimeType: kind.mimeType,
      audioBitsPerSecond: AUDIO_BITS_PER_SECOND,
    });
    let stopped: () => void = () => undefined;
    const a: Active = {
      id,
      call,
      recorder,
      startedAt: now,
      seq: 0,
      writes: Promise.resolve(),
      pauses: [],
      pausedAt: null,
      stopped: new Promise((resolve) => (stopped = resolve)),
      failed: false,
    };
    recorder.onstop = () => stopped();
    recorder.onerror = () => void this.fail(a, 'failed');
    recorder.ondataavailable = (e) => {
      if (e.data.size === 0 || a.failed) return;
      const seq = a.seq++;
      const at = this.now();
      const durationMs = this.recordedMs(a, at);
      a.writes = a.writes
        .then(() => appendPiece(this.deps.db, id, seq, e.data, durationMs, at))
        .catch((error: unknown) => this.fail(a, isQuotaError(error) ? 'quota' : 'failed'));
    };
    this.active = a;
    this.deps.started?.(id);
    idsByCall.set(call.startedAt, id);
    recorder.start(PIECE_MS);
    recordingView.set(view);
    if (settings.mode === 'announce') {
      // The notice goes to the customer and into the recording, which proves it was played.
      try {
        const buffer = await this.deps.notice(audio, call);
        await audio.playToCustomer(buffer);
        await this.note(a, { announced: true });
      } catch {
        // Without a notice the call still goes on; the recording says none was played.
      }
    }
  }

  /** Audio recorded so far: call time since the start, less the pauses. */
  private recordedMs(a: Active, at: number): number {
    const paused =
      a.pauses.reduce((sum, p) => sum + p.forMs, 0) + (a.pausedAt === null ? 0 : at - a.pausedAt);
    return Math.max(0, at - a.startedAt - paused);
  }

  private async stop(): Promise<void> {
    const a = this.active;
    if (!a) return;
    this.active = null;
    const now = this.now();
    if (a.pausedAt !== null) {
      a.pauses.push({ atMs: a.pausedAt - a.startedAt, forMs: now - a.pausedAt });
      a.pausedAt = null;
    }
    const durationMs = this.recordedMs(a, now);
    if (a.recorder.state !== 'inactive') {
      a.recorder.stop();
      await a.stopped;
    }
    await a.writes;
    try {
      await updateRecording(this.deps.db, a.id, { pauses: a.pauses, durationMs }, now);
      const sealed = await sealRecording(this.deps.db, a.id, this.now());
      if (sealed?.status === 'sealed') this.deps.sealed(a.id);
    } catch (error) {
      // Sealing is retried by the uploader at the next start (a `recording` row left behind).
      if (!a.failed) {
        const error2 = isQuotaError(error) ? 'quota' : 'failed';
        recordingView.set({ id: a.id, state: 'failed', allowPause: false, error: error2 });
      }
    }
    if (recordingView.get()?.id === a.id) recordingView.set(null);
  }

  /** Recording stopped early (full disk): the call goes on, what was stored is kept. */
  private async fail(a: Active, error: 'quota' | 'failed'): Promise<void> {
    if (a.failed) return;
    a.failed = true;
    if (a.recorder.state !== 'inactive') a.recorder.stop();
    recordingView.set({ id: a.id, state: 'failed', allowPause: false, error });
    await updateRecording(this.deps.db, a.id, { error }, this.now()).catch(() => undefined);
  }

  private async note(a: Active, changes: Parameters<typeof updateRecording>[2]): Promise<void> {
    try {
      await updateRecording(this.deps.db, a.id, changes, this.now());
    } catch (error) {
      if (isQuotaError(error)) await this.fail(a, 'quota');
    }
  }
}
