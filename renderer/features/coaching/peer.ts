// The coaching connection's WebRTC helpers. Signalling is not trickled: each side sends its
// description once its candidates are gathered (a second or so), which keeps the relay to one
// offer and one answer.
import type { IceServer } from '../../../shared/domain/telephony';

/** Longest the desk waits for its candidates before sending what it has. */
const GATHER_MS = 3000;

export function coachingPeer(iceServers: readonly IceServer[]): RTCPeerConnection {
  return new RTCPeerConnection({ iceServers: iceServers.map((s) => ({ ...s })) });
}

/** The local description with every candidate gathered so far (all, unless it took too long). */
export async function gatheredSdp(pc: RTCPeerConnection): Promise<string> {
  if (pc.iceGatheringState !== 'complete') {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, GATHER_MS);
      function done() {
        clearTimeout(timer);
        pc.removeEventListener('icegatheringstatechange', check);
        resolve();
      }
      function check() {
        if (pc.iceGatheringState === 'complete') done();
      }
      pc.addEventListener('icegatheringstatechange', check);
    });
  }
  return pc.localDescription?.sdp ?? '';
}

/** A relayed trickled candidate (the desk itself does not trickle, but a peer may). */
export async function addCandidate(pc: RTCPeerConnection, candidate: string | null): Promise<void> {
  await pc
    .addIceCandidate(candidate ? { candidate, sdpMLineIndex: 0 } : null)
    .catch(() => undefined);
}
