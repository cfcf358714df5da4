// What the call bar shows of the call's recording: recording, paused, or why it stopped. A tiny
// external store the recorder writes and `useRecordingView` reads.
import { useSyncExternalStore } from 'react';

export type RecordingViewState = {
  id: string;
  state: 'recording' | 'paused' | 'failed';
  allowPause: boolean;
  /** Why it stopped: 'quota' (disk full), 'unsupported', 'failed'. */
  error: string | null;
} | null;

function createViewStore() {
  let value: RecordingViewState = null;
  const listeners = new Set<() => void>();
  return {
    get: (): RecordingViewState => value,
    set(next: RecordingViewState): void {
      value = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const recordingView = createViewStore();

/** The call's recording as the indicator shows it (null: not recording). */
export function useRecordingView(): RecordingViewState {
  return useSyncExternalStore(recordingView.subscribe, recordingView.get, recordingView.get);
}

/** Pauses or resumes the call's recording (set by the running recorder). */
export const recordingControl: { setPaused: (paused: boolean) => Promise<void> } = {
  setPaused: () => Promise.resolve(),
};
