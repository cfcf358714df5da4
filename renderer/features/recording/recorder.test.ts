// @vitest-environment node
// The recorder against a real (fake-indexeddb) desk database; MediaRecorder, which Node lacks, is
// a small stand-in that delivers the pieces the test hands it.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeskDatabase, type DeskDatabase } from '../../db/schema';
import type { LiveCall } from '../../store/phone-slice';
import type { CallAudio } from '../phone/call-audio';
import type { RecordingSettings } from '../../../shared/recordings/protocol';
import { CallRecorder, recordingIdOfCall } from './recorder';
import { recordingView } from './recording-view';

class StandInRecorder {
  static last: StandInRecorder | null = null;
  static isTypeSupported = (m: string) => m.startsWith('audio/webm');
  state: 'inactive' | 'recording' | 'paused' = 'inactive';
  ondataavailable: ((e: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    StandInRecorder.last = this;
  }
  start() {
    this.state = 'recording';
  }
  pause() {
    this.state = 'paused';
  }
  resume() {
    this.state = 'recording';
  }
  requestData() {}
  stop() {
    this.state = 'inactive';
    queueMicrotask(() => this.onstop?.());
  }
  deliver(bytes: number) {
    this.ondataavailable?.({ data: new Blob([new Uint8Array(bytes)]) });
  }
}

let db: DeskDatabase;
let clock = 10_000;
const settings: RecordingSettings = {
  mode: 'on',
  allowPause: true,
  retentionDays: 90,
  coachingNotice: true,
};
const call: LiveCall = {
  leadId: null,
  number: '+966500000001',
  direction: 'outbound',
  did: null,
  phase: 'talking',
  startedAt: 5_000,
  answeredAt: 9_000,
  muted: false,
  held: false,
  quality: null,
};
const audio = { conversation: {} } as unknown as CallAudio;

beforeEach(() => {
  (globalThis as { MediaRecorder?: unknown }).MediaRecorder = StandInRecorder;
  db = createDeskDatabase(`recorder-${Math.random()}`);
  recordingView.set(null);
});
afterEach(async () => {
  await db.delete();
});

function recorder(sealed: string[] = []) {
  return new CallRecorder({
    db,
    settings: () => Promise.resolve(settings),
    notice: () => Promise.reject(new Error('not announced')),
    sealed: (id) => sealed.push(id),
    now: () => clock,
  });
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('call recorder', () => {
  it('records, notes a pause in call time, seals at the end and names the call’s recording', async () => {
    const sealed: string[] = [];
    const r = recorder(sealed);
    await r.handle(audio, call);
    const id = recordingView.get()?.id as string;
    expect(recordingIdOfCall(call.startedAt)).toBe(id);
    clock += 1_000;
    StandInRecorder.last?.deliver(4000);
    clock += 1_000;
    await r.setPaused(true);
    expect(recordingView.get()?.state).toBe('paused');
    clock += 3_000;
    await r.setPaused(false);
    clock += 1_000;
    StandInRecorder.last?.deliver(4000);
    await r.handle(null, call);
    await settle();
    const row = await db.recordings.get(id);
    expect(row?.status).toBe('sealed');
    expect(row?.declaration).toMatchObject({
      size: 8000,
      chunks: 1,
      durationMs: 3_000,
      pauses: [{ atMs: 2_000, forMs: 3_000 }],
      announced: false,
    });
    expect(sealed).toEqual([id]);
    expect(recordingView.get()).toBeNull();
  });

  it('a full disk stops the recording with its reason, keeps what was stored, never touches the call log', async () => {
    const r = recorder();
    await r.handle(audio, call);
    const id = recordingView.get()?.id as string;
    StandInRecorder.last?.deliver(1000);
    await settle();
    const put = db.recordingPieces.put.bind(db.recordingPieces);
    db.recordingPieces.put = (() =>
      Promise.reject(
        new DOMException('The disk is full', 'QuotaExceededError'),
      )) as unknown as typeof put;
    StandInRecorder.last?.deliver(1000);
    await settle();
    expect(recordingView.get()).toMatchObject({ id, state: 'failed', error: 'quota' });
    expect(StandInRecorder.last?.state).toBe('inactive');
    db.recordingPieces.put = put;
    await r.handle(null, call);
    await settle();
    const row = await db.recordings.get(id);
    expect(row).toMatchObject({ status: 'sealed', error: 'quota', pieces: 1 });
    expect(await db.activities.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('records nothing when the organisation has recording off', async () => {
    const r = new CallRecorder({
      db,
      settings: () => Promise.resolve({ ...settings, mode: 'off' }),
      notice: () => Promise.reject(new Error('none')),
      sealed: () => undefined,
    });
    await r.handle(audio, { ...call, startedAt: 77 });
    expect(recordingView.get()).toBeNull();
    expect(await db.recordings.count()).toBe(0);
    expect(recordingIdOfCall(77)).toBeUndefined();
  });
});
