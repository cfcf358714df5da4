// The answered call's audio mix (call-audio.ts), published by the phone for the features that
// work on the call's sound: the recorder and live coaching. One call at a time.
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
