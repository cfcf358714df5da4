// The answered call's audio, routed through Web Audio on the agent's desk (issue 13). What the
// customer hears is no longer the microphone's own track but a mix: the agent's microphone, a
// notice played at answer (recording announcement) and, when a supervisor barges in, the
// supervisor's voice. The conversation (microphone + the customer) is mixed once more for
// whoever needs the whole call: the recorder and a supervisor listening in. A supervisor's
// whisper is played into the agent's ear only.
//
//   mic ──► micGain ──┬──────────────► toCustomer ──► RTCRtpSender (replaceTrack)
//                     └──► conversation ◄── far end (customer)
//   notice ──────────────► toCustomer, conversation
//   coach ──► coachEar ──► the agent's ear (AudioContext destination)
//         └─► coachBarge ─► toCustomer, conversation
//
// No PBX feature is involved: everything happens on the desk, so it works with any PBX.

export type CoachRoute = 'listen' | 'whisper' | 'barge';

type AudioContextWithSink = AudioContext & { setSinkId?: (id: string) => Promise<void> };

export class CallAudio {
  readonly context: AudioContextWithSink;
  /** The agent's microphone and the customer, mixed: for the recorder and a listening coach. */
  readonly conversation: MediaStream;
  private readonly micGain: GainNode;
  private readonly toCustomer: MediaStreamAudioDestinationNode;
  private readonly conversationOut: MediaStreamAudioDestinationNode;
  private readonly sender: RTCRtpSender | null;
  private readonly originalTrack: MediaStreamTrack | null;
  private coach: {
    source: MediaStreamAudioSourceNode;
    ear: GainNode;
    barge: GainNode;
    /** Chromium plays a remote WebRTC stream into Web Audio only while a media element plays it. */
    element: HTMLAudioElement;
  } | null = null;
  private closed = false;

  /**
   * Routes `pc`'s outgoing audio through the mix. `mic` is the agent's microphone stream (the
   * sender's original track), `remote` the customer's audio as the softphone receives it.
   */
  constructor(pc: RTCPeerConnection, remote: MediaStream | null) {
    this.context = new AudioContext({ latencyHint: 'interactive' });
    const sender = pc.getSenders().find((s) => s.track?.kind === 'audio') ?? null;
    this.sender = sender;
    this.originalTrack = sender?.track ?? null;
    this.micGain = this.context.createGain();
    this.toCustomer = this.context.createMediaStreamDestination();
    this.conversationOut = this.context.createMediaStreamDestination();
    this.conversation = this.conversationOut.stream;
    if (this.originalTrack) {
      const mic = this.context.createMediaStreamSource(new MediaStream([this.originalTrack]));
      mic.connect(this.micGain);
    }
    this.micGain.connect(this.toCustomer);
    this.micGain.connect(this.conversationOut);
    if (remote && remote.getAudioTracks().length > 0) {
      this.context.createMediaStreamSource(remote).connect(this.conversationOut);
    }
    const mixed = this.toCustomer.stream.getAudioTracks()[0];
    if (sender && mixed) {
      // JsSIP mutes and holds by disabling the sender's track: keep the mix's state in step.
      mixed.enabled = this.originalTrack?.enabled ?? true;
      void sender.replaceTrack(mixed).catch(() => undefined);
    }
    // A context made outside a user gesture may start suspended; the call's audio must flow.
    if (this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
  }

  /** The far end's stream arrived after the answer (an inbound call): add it to the mix. */
  addRemote(remote: MediaStream): void {
    if (this.closed || remote.getAudioTracks().length === 0) return;
    this.context.createMediaStreamSource(remote).connect(this.conversationOut);
  }

  /**
   * The agent's microphone reaches the customer and the conversation mix (false while muted or
   * on hold, so a recording and a listening coach hear what the customer heard).
   */
  setMicOpen(open: boolean): void {
    this.micGain.gain.setTargetAtTime(open ? 1 : 0, this.context.currentTime, 0.01);
  }

  /** Plays `buffer` to the customer (and into the conversation); resolves when it has played. */
  playToCustomer(buffer: AudioBuffer): Promise<void> {
    if (this.closed) return Promise.resolve();
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.toCustomer);
    source.connect(this.conversationOut);
    return new Promise((resolve) => {
      source.onended = () => {
        source.disconnect();
        resolve();
      };
      source.start();
    });
  }

  /** Decodes an audio file (the announcement) in this context. */
  decode(bytes: ArrayBuffer): Promise<AudioBuffer> {
    return this.context.decodeAudioData(bytes.slice(0));
  }

  /**
   * A supervisor's voice: silent (listen), in the agent's ear only (whisper), or to the customer
   * as well (barge). Null removes it.
   */
  setCoach(stream: MediaStream | null, route: CoachRoute = 'listen'): void {
    if (this.closed) return;
    if (stream && this.coach?.source.mediaStream !== stream) {
      this.dropCoach();
      const element = document.createElement('audio');
      element.muted = true;
      element.srcObject = stream;
      void element.play().catch(() => undefined);
      const source = this.context.createMediaStreamSource(stream);
      const ear = this.context.createGain();
      const barge = this.context.createGain();
      source.connect(ear);
      source.connect(barge);
      ear.connect(this.context.destination);
      barge.connect(this.toCustomer);
      barge.connect(this.conversationOut);
      this.coach = { source, ear, barge, element };
    } else if (!stream) {
      this.dropCoach();
      return;
    }
    const c = this.coach;
    if (!c) return;
    const now = this.context.currentTime;
    c.ear.gain.setTargetAtTime(route === 'listen' ? 0 : 1, now, 0.01);
    c.barge.gain.setTargetAtTime(route === 'barge' ? 1 : 0, now, 0.01);
  }

  /** The agent's chosen output device for the coach's voice (the call itself plays elsewhere). */
  async setSink(deviceId: string | null): Promise<void> {
    if (deviceId && this.context.setSinkId)
      await this.context.setSinkId(deviceId).catch(() => undefined);
  }

  /** Back to the plain microphone track; the context is released. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.dropCoach();
    if (this.sender && this.originalTrack && this.sender.track !== this.originalTrack)
      void this.sender.replaceTrack(this.originalTrack).catch(() => undefined);
    void this.context.close().catch(() => undefined);
  }

  private dropCoach(): void {
    const c = this.coach;
    if (!c) return;
    this.coach = null;
    c.source.disconnect();
    c.ear.disconnect();
    c.barge.disconnect();
    c.element.srcObject = null;
  }
}
