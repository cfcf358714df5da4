import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiveCall } from '../../store/phone-slice';
import type { CallAudio } from './call-audio';
import {
  callAudioWhenAnswered,
  currentCallAudio,
  publishCallAudio,
  publishLiveCall,
} from './call-audio-bus';

// The bus only passes the mix along: any object stands for it here.
const mix = { id: 'mix' } as unknown as CallAudio;
const call = (phase: LiveCall['phase']) => ({ phase, startedAt: 1 }) as unknown as LiveCall;

afterEach(() => {
  publishCallAudio(null, call('talking'));
  publishLiveCall(null);
  vi.useRealTimers();
});

describe('callAudioWhenAnswered', () => {
  it('gives the answered call’s mix at once', async () => {
    publishLiveCall(call('talking'));
    publishCallAudio(mix, call('talking'));
    expect(currentCallAudio()?.audio).toBe(mix);
    expect((await callAudioWhenAnswered(1_000))?.audio).toBe(mix);
  });

  it('is null with no call on the desk', async () => {
    expect(await callAudioWhenAnswered(1_000)).toBeNull();
  });

  it('waits for a ringing call to be answered', async () => {
    publishLiveCall(call('ringing'));
    const waiting = callAudioWhenAnswered(30_000);
    publishLiveCall(call('talking'));
    publishCallAudio(mix, call('talking'));
    expect((await waiting)?.audio).toBe(mix);
  });

  it('is null when the ringing call ends unanswered', async () => {
    publishLiveCall(call('ringing'));
    const waiting = callAudioWhenAnswered(30_000);
    publishLiveCall(null);
    expect(await waiting).toBeNull();
  });

  it('gives up after the time allowed', async () => {
    vi.useFakeTimers();
    publishLiveCall(call('dialling'));
    const waiting = callAudioWhenAnswered(30_000);
    await vi.advanceTimersByTimeAsync(29_999);
    let settled = false;
    void waiting.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await waiting).toBeNull();
    // A late answer after giving up changes nothing for that wait.
    publishCallAudio(mix, call('talking'));
    expect(await waiting).toBeNull();
  });
});
