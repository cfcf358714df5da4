// The in-browser half of the `recordings` benchmark (issue 13): a real WebM/Opus clip made by
// Chromium's MediaRecorder from oscillators; the raw upload floor — the same one-minute
// recordings PUT chunk by chunk to the same server with plain fetch (no IndexedDB, no state
// machine, hashes computed before the clock starts); and the desk's own code — recordings
// written and sealed through its recording store, sent by its RecordingUploader, a call recorded
// by its CallRecorder from the real CallAudio mix.
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { CHUNK_HASH_HEADER, type RecordingDeclaration } from '../../../shared/recordings/protocol';
import { chunksOf, recordingBytes } from '../recording-bytes';
import { createDeskDatabase, type DeskDatabase } from '../../../renderer/db/schema';
import type { RecordingRow } from '../../../renderer/db/recordings';
import { uuidv7 } from '../../../shared/domain/ids';
import {
  appendPiece,
  CHUNK_BYTES,
  sealRecording,
  startRecording,
  waitingRecordings,
} from '../../../renderer/features/recording/recording-store';
import { CallAudio } from '../../../renderer/features/phone/call-audio';
import type { LiveCall } from '../../../renderer/store/phone-slice';
import { CallRecorder } from '../../../renderer/features/recording/recorder';
import { RecordingUploader } from '../../../renderer/features/recording/uploader';
import { DEFAULT_RECORDING_SETTINGS } from '../../../shared/recordings/protocol';

/** The desk database the recordings benchmark's desk keeps its recordings in. */
const DESK_DB = 'bench-recordings';
let deskDb: DeskDatabase | null = null;
const desk = () => (deskDb ??= createDeskDatabase(DESK_DB));

let clip: { bytes: Uint8Array; seconds: number; mime: string } | null = null;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * One side of a call-like conversation: a wobbling tone that talks for ~4 s, then (nearly) keeps
 * quiet for ~4 s while the other side talks (`turn` 0 or 1), as a MediaStream.
 */
export function voice(
  context: AudioContext,
  pitch: number,
  turn: 0 | 1,
): { stream: MediaStream; stop: () => void } {
  const out = context.createMediaStreamDestination();
  const osc = context.createOscillator();
  osc.type = 'sawtooth';
  osc.frequency.value = pitch;
  const wobble = context.createOscillator();
  wobble.frequency.value = 3 + turn;
  const wobbleGain = context.createGain();
  wobbleGain.gain.value = pitch / 6;
  wobble.connect(wobbleGain).connect(osc.frequency);
  const gain = context.createGain();
  const turns = context.createOscillator();
  turns.type = 'square';
  turns.frequency.value = 0.125;
  const turnsGain = context.createGain();
  turnsGain.gain.value = turn ? -0.2 : 0.2;
  gain.gain.value = 0.2;
  turns.connect(turnsGain).connect(gain.gain);
  osc.connect(gain).connect(out);
  const nodes = [osc, wobble, turns];
  for (const o of nodes) o.start();
  return {
    stream: out.stream,
    stop: () => {
      for (const o of nodes) o.stop();
    },
  };
}

/** The agent (180 Hz) and the customer (260 Hz) mixed, as CallAudio mixes the conversation. */
function conversationGraph(context: AudioContext): { conversation: MediaStream; stop: () => void } {
  const out = context.createMediaStreamDestination();
  const sides = [voice(context, 180, 0), voice(context, 260, 1)];
  for (const side of sides) context.createMediaStreamSource(side.stream).connect(out);
  return {
    conversation: out.stream,
    stop: () => {
      for (const side of sides) side.stop();
    },
  };
}

export const recordingsBench = {
  /**
   * Records `seconds` of the two-voice conversation with MediaRecorder (WebM/Opus at 32 kbit/s,
   * a piece each second as a desk would) and keeps it as the clip; returns it in base64.
   */
  async makeClip(seconds: number): Promise<{ base64: string; seconds: number; mime: string }> {
    const context = new AudioContext();
    await context.resume();
    const graph = conversationGraph(context);
    const mime = 'audio/webm;codecs=opus';
    const recorder = new MediaRecorder(graph.conversation, {
      mimeType: mime,
      audioBitsPerSecond: 32_000,
    });
    const parts: Blob[] = [];
    recorder.ondataavailable = (e) => {
      if (e.data.size > 0) parts.push(e.data);
    };
    const stopped = new Promise<void>((resolve) => {
      recorder.onstop = () => resolve();
    });
    const t0 = performance.now();
    recorder.start(1000);
    await new Promise((r) => setTimeout(r, seconds * 1000));
    recorder.stop();
    await stopped;
    const actual = (performance.now() - t0) / 1000;
    graph.stop();
    await context.close();
    const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
    clip = { bytes, seconds: actual, mime: recorder.mimeType };
    return { base64: base64(bytes), seconds: actual, mime: recorder.mimeType };
  },

  /** Uses a clip made earlier (by makeClip in another page). */
  useClip(b64: string, seconds: number, mime: string): void {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    clip = { bytes, seconds, mime };
  },

  /**
   * The floor: `count` one-minute recordings (numbers from `firstIndex`) declared, sent chunk by
   * chunk (`chunkBytes`) and completed with plain fetch, one request at a time; ms on the clock.
   */
  async rawUpload(
    token: string,
    count: number,
    firstIndex: number,
    chunkBytes: number,
  ): Promise<{ ms: number; bytes: number; requests: number }> {
    if (!clip) throw new Error('no clip: run makeClip first');
    const c = clip;
    const prepared = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const bytes = recordingBytes(c.bytes, c.seconds, 60, firstIndex + i);
        const chunks = chunksOf(bytes, chunkBytes);
        return {
          id: crypto.randomUUID(),
          bytes,
          sha256: await sha256Hex(bytes),
          chunks: await Promise.all(chunks.map(async (b) => ({ b, h: await sha256Hex(b) }))),
        };
      }),
    );
    const headers = {
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      authorization: `Bearer ${token}`,
    };
    const check = async (res: Response, what: string) => {
      if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    };
    let requests = 0;
    let total = 0;
    const now = Date.now();
    const t0 = performance.now();
    for (const r of prepared) {
      const declaration: RecordingDeclaration = {
        leadId: null,
        direction: 'outbound',
        callStartedAt: now - 70_000,
        answeredAt: now - 65_000,
        durationMs: 60_000,
        mime: 'audio/webm',
        size: r.bytes.length,
        sha256: r.sha256,
        chunks: r.chunks.length,
        pauses: [],
        announced: false,
      };
      await check(
        await fetch(`/api/recordings/${r.id}`, {
          method: 'PUT',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(declaration),
        }),
        'declare',
      );
      for (const [seq, chunk] of r.chunks.entries()) {
        await check(
          await fetch(`/api/recordings/${r.id}/chunks/${seq}`, {
            method: 'PUT',
            headers: {
              ...headers,
              'content-type': 'application/octet-stream',
              [CHUNK_HASH_HEADER]: chunk.h,
            },
            body: chunk.b as BufferSource,
          }),
          `chunk ${seq}`,
        );
        requests++;
      }
      await check(
        await fetch(`/api/recordings/${r.id}/complete`, { method: 'POST', headers }),
        'complete',
      );
      requests += 2;
      total += r.bytes.length;
    }
    return { ms: performance.now() - t0, bytes: total, requests };
  },
};

let call: {
  recorder: CallRecorder;
  audio: CallAudio;
  live: LiveCall;
  pc: RTCPeerConnection;
  voices: AudioContext;
  stop: () => void;
  sealed: string | null;
} | null = null;

export const recordingDeskBench = {
  /** The chunk size the desk's uploader sends (recording-store.ts). */
  uploaderChunkBytes(): number | null {
    return CHUNK_BYTES;
  },

  /**
   * `count` one-minute recordings, as the desk's recorder leaves a finished call: written piece by
   * piece (a second each) through the recorder's own store, then sealed (hashed, declared),
   * waiting for the uploader in the desk's IndexedDB.
   */
  async sealWaitingRecordings(
    count: number,
  ): Promise<{ ids: string[]; bytes: number; pieces: number }> {
    if (!clip) throw new Error('no clip: run makeClip or useClip first');
    const db = desk();
    const ids: string[] = [];
    let bytes = 0;
    let pieces = 0;
    const now = Date.now();
    for (let i = 0; i < count; i++) {
      const file = recordingBytes(clip.bytes, clip.seconds, 60, i);
      const at = now - (count - i) * 120_000;
      const id = uuidv7(at);
      const row: RecordingRow = {
        id,
        status: 'recording',
        leadId: null,
        direction: 'outbound',
        callStartedAt: at,
        answeredAt: at + 5_000,
        mime: 'audio/webm',
        announced: false,
        pauses: [],
        pieces: 0,
        bytes: 0,
        durationMs: 0,
        declaration: null,
        error: null,
        uploadError: null,
        createdAt: at,
        updatedAt: at,
      };
      await startRecording(db, row);
      const parts = chunksOf(file, Math.ceil(file.length / 60));
      for (const [seq, part] of parts.entries())
        await appendPiece(db, id, seq, new Blob([part as BlobPart]), (seq + 1) * 1000, at + seq);
      const sealed = await sealRecording(db, id, at + 65_000);
      if (sealed?.status !== 'sealed') throw new Error(`recording ${id} did not seal`);
      ids.push(id);
      bytes += file.length;
      pieces += parts.length;
    }
    return { ids, bytes, pieces };
  },

  /**
   * The desk comes online signed in (`token`): its uploader is kicked once and sends everything
   * waiting; ms until no recording waits, the requests it made.
   */
  async uploadWaiting(
    token: string,
  ): Promise<{ ms: number; requests: number; left: number; chunkBytes: number; detail: string }> {
    const db = desk();
    let requests = 0;
    const counted: typeof fetch = (input, init) => {
      requests++;
      return fetch(input, init);
    };
    const uploader = new RecordingUploader({
      db,
      withAccess: (request) => request(token, location.origin),
      isRecording: () => false,
      fetch: counted,
    });
    const waiting = async () => (await waitingRecordings(db)).length;
    const before = await waiting();
    const t0 = performance.now();
    uploader.kick();
    let left = before;
    // Until nothing waits (checked every 20 ms), or two minutes without a request or a recording
    // done (a long call is one recording of many requests).
    let progressAt = performance.now();
    let seen = 0;
    while (left > 0 && performance.now() - progressAt < 120_000) {
      await new Promise((r) => setTimeout(r, 20));
      const now = await waiting();
      if (now < left || requests > seen) progressAt = performance.now();
      seen = requests;
      left = now;
    }
    const ms = performance.now() - t0;
    uploader.stop();
    const failed = await db.recordings.where('status').equals('failed').count();
    return {
      ms,
      requests,
      left,
      chunkBytes: CHUNK_BYTES,
      detail: `${before} waiting at the start${failed ? `, ${failed} failed` : ''}`,
    };
  },

  /**
   * A call is answered: the agent's microphone (a track sent on a real RTCPeerConnection) and the
   * customer (the far end's stream) go through the desk's CallAudio, whose conversation mix the
   * desk's CallRecorder records into IndexedDB, a piece a second.
   */
  async startRecordedCall(): Promise<void> {
    const voices = new AudioContext();
    await voices.resume();
    const mic = voice(voices, 180, 0);
    const customer = voice(voices, 260, 1);
    const pc = new RTCPeerConnection();
    const micTrack = mic.stream.getAudioTracks()[0];
    if (!micTrack) throw new Error('no microphone track');
    pc.addTrack(micTrack, mic.stream);
    const audio = new CallAudio(pc, customer.stream);
    const now = Date.now();
    const live: LiveCall = {
      leadId: null,
      number: '+905320000000',
      direction: 'outbound',
      did: null,
      phase: 'talking',
      startedAt: now - 5_000,
      answeredAt: now,
      muted: false,
      held: false,
      quality: null,
    };
    const state = {
      recorder: new CallRecorder({
        db: desk(),
        settings: async () => ({ ...DEFAULT_RECORDING_SETTINGS, mode: 'on' }),
        notice: () => Promise.reject(new Error('no notice: the setting is on, not announce')),
        sealed: (id: string) => {
          state.sealed = id;
        },
      }),
      audio,
      live,
      pc,
      voices,
      stop: () => {
        mic.stop();
        customer.stop();
      },
      sealed: null as string | null,
    };
    call = state;
    await state.recorder.handle(audio, live);
  },

  /** What the recorder has stored so far (pieces, bytes) for the call in progress. */
  async recordedSoFar(): Promise<{ pieces: number; bytes: number }> {
    const rows = await desk().recordings.toArray();
    return {
      pieces: rows.reduce((s, r) => s + r.pieces, 0),
      bytes: rows.reduce((s, r) => s + r.bytes, 0),
    };
  },

  /** The call ends: the recorder seals the recording; what it stored. */
  async stopRecordedCall(): Promise<{ pieces: number; bytes: number; detail: string }> {
    const c = call;
    if (!c) throw new Error('no call in progress');
    call = null;
    await c.recorder.handle(null, c.live);
    c.audio.close();
    c.pc.close();
    c.stop();
    await c.voices.close();
    const row = c.sealed ? await desk().recordings.get(c.sealed) : undefined;
    if (!row || row.status !== 'sealed' || !row.declaration)
      throw new Error(
        `the recording was not sealed (${row?.status ?? 'no row'}, ${row?.error ?? ''})`,
      );
    return {
      pieces: row.pieces,
      bytes: row.bytes,
      detail: `sealed: ${row.declaration.chunks} chunks of ${CHUNK_BYTES / 1024} KiB, ${Math.round(row.declaration.durationMs / 1000)} s of audio declared`,
    };
  },
};
