// The answered call's audio mix (call-audio.ts), published by the phone for the features that
// work on the call's sound: the recorder and live coaching. One call at a time. The phone also
// says when a call is in progress at all (dialling, ringing), so coaching asked for while the
// customer's phone still rings can wait for the answer.
import type { LiveCall } from '../../store/phone-slice';
import type { CallAudio } from './call-audio';

export type CallAudioListener = (audio: CallAudio | null, call: LiveCall) => void;

const listeners = new Set<CallAudioListener>();
let current: { audio: CallAudio; call: LiveCall } | null = null;

/** Called by the phone when an answered call's mix is ready (and with null when it ends). */
export function publishCallAudio(audio: CallAudio | null, call: LiveCall): void {
  current = audio ? { audio, call } : null;
  for (const listener of [...listeners]) listener(audio, call);
}

/** The mix of the call in progress, if one is answered. */
export function currentCallAudio(): { audio: CallAudio; call: LiveCall } | null {
  return current;
}

/** Listens for calls' mixes; returns the unsubscribe. */
export function onCallAudio(listener: CallAudioListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const callListeners = new Set<(call: LiveCall | null) => void>();
let live: LiveCall | null = null;

/** Called by the phone whenever its live call changes (null: no call). */
export function publishLiveCall(call: LiveCall | null): void {
  live = call;
  for (const listener of [...callListeners]) listener(call);
}

/**
 * The call's mix now, or once the call in progress on this desk (dialling, ringing) is answered;
 * null when there is no call, when it ends unanswered, or after `timeoutMs`.
 */
export function callAudioWhenAnswered(
  timeoutMs: number,
): Promise<{ audio: CallAudio; call: LiveCall } | null> {
  if (current) return Promise.resolve(current);
  if (!live) return Promise.resolve(null);
  return new Promise((resolve) => {
    const finish = (value: { audio: CallAudio; call: LiveCall } | null) => {
      clearTimeout(timer);
      listeners.delete(onAudio);
      callListeners.delete(onCall);
      resolve(value);
    };
    const onAudio: CallAudioListener = (audio, call) => {
      if (audio) finish({ audio, call });
    };
    const onCall = (call: LiveCall | null) => {
      if (!call) finish(null);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    listeners.add(onAudio);
    callListeners.add(onCall);
  });
}
