// The desk's call recordings (issue 13, schema v10): each recording's facts and upload state, and
// its audio in the pieces MediaRecorder delivered. Pieces stay until the server confirms it holds
// the whole file (renderer/features/recording/).
import type { RecordingDeclaration } from '../../shared/recordings/protocol';

export type RecordingStatus =
  /** MediaRecorder is writing pieces (or the desk was killed while it did). */
  | 'recording'
  /** Finished and declared: waiting for (or in) its upload. */
  | 'sealed'
  /** The server holds it; the pieces are gone. */
  | 'uploaded'
  /** The server refused it (`uploadError` says why); the pieces are kept. */
  | 'failed'
  /** Nothing was recorded (stopped before the first piece): nothing to upload. */
  | 'empty';

export type RecordingRow = {
  /** UUIDv7 minted on the desk: the recording's id on the server too. */
  id: string;
  status: RecordingStatus;
  leadId: string | null;
  direction: 'inbound' | 'outbound';
  callStartedAt: number;
  answeredAt: number;
  mime: 'audio/webm' | 'audio/ogg';
  announced: boolean;
  /** Pauses in call time (ms from the recording's start). */
  pauses: { atMs: number; forMs: number }[];
  /** Pieces written so far, and their bytes. */
  pieces: number;
  bytes: number;
  /** Audio recorded so far (pauses excluded), updated with each piece. */
  durationMs: number;
  /** What the file declared to the server holds (set when sealed). */
  declaration: RecordingDeclaration | null;
  /** Why recording stopped early ('quota', 'recorderFailed'); the call itself went on. */
  error: string | null;
  /** Why the upload failed or last stalled (a stable code the desk translates). */
  uploadError: string | null;
  createdAt: number;
  updatedAt: number;
};

/** One piece of a recording's audio, in the order MediaRecorder delivered it. */
export type RecordingPiece = { recordingId: string; seq: number; data: Blob };
