// Live coaching on this desk (issue 13), both sides of it:
//  - as the agent: a supervisor's offer arrives (the server has checked their right); the desk
//    sends the call's conversation (its microphone + the customer, CallAudio.conversation) and
//    plays the supervisor's voice as the mode says: silent (listen), in the agent's ear
//    (whisper) or to the customer too (barge). It ends when the call ends or the supervisor goes.
//  - as the supervisor: opens a session on an agent's call, hears the conversation, speaks
//    (microphone off while listening), switches the mode, ends it.
// Signals go through the server (coaching-api.ts); the live event `coach` says when to read them,
// and while a session is open they are read every few seconds anyway (the server ends a session
// whose party stays silent).
import type { CoachingMode, CoachingSession } from '../../../shared/recordings/protocol';
import type { IceServer } from '../../../shared/domain/telephony';
import type { DeskSync } from '../../sync/desk-sync';
import { SyncHttpError } from '../../sync/errors';
import type { CallAudio } from '../phone/call-audio';
import { callAudioWhenAnswered, currentCallAudio, onCallAudio } from '../phone/call-audio-bus';
import { CoachingApi } from './coaching-api';
import { addCandidate, coachingPeer, gatheredSdp } from './peer';

/** How often an open session's signals are read without an event (keeps it alive on the server). */
export const COACHING_KEEPALIVE_MS = 10_000;
/**
 * Longest the agent's desk holds a session asked for while its call still rings, waiting for the
 * customer to answer (a ring timeout is 20–30 s).
 */
export const ANSWER_WAIT_MS = 30_000;
/** Longest the supervisor's desk waits for the agent's desk to connect (a ringing call first). */
export const CONNECT_TIMEOUT_MS = ANSWER_WAIT_MS + 10_000;

/** Why the supervisor's session is not (or no longer) running, translated by the panel. */
export type CoachingProblem =
  | 'notAllowed'
  | 'notOnCall'
  | 'agentOffline'
  | 'busy'
  | 'noMic'
  | 'callEnded'
  | 'agentLeft'
  | 'connectionLost'
  | 'unreachable';

export type SupervisorView = {
  phase: 'idle' | 'connecting' | 'connected';
  agentId: string | null;
  mode: CoachingMode;
  /** The supervisor's microphone reaches the agent (never while listening). */
  micOn: boolean;
  /** The conversation as the supervisor hears it. */
  remote: MediaStream | null;
  problem: CoachingProblem | null;
};

export type AgentView = { sessionId: string; mode: CoachingMode; connected: boolean } | null;

export type CoachingView = { supervisor: SupervisorView; agent: AgentView };

const IDLE: SupervisorView = {
  phase: 'idle',
  agentId: null,
  mode: 'listen',
  micOn: false,
  remote: null,
  problem: null,
};

type SupervisorSession = {
  id: string | null;
  agentId: string;
  mode: CoachingMode;
  pc: RTCPeerConnection | null;
  mic: MediaStream | null;
};

type AgentSession = {
  id: string;
  mode: CoachingMode;
  pc: RTCPeerConnection;
  audio: CallAudio;
  voice: MediaStream | null;
};

export class CoachingDesk {
  private readonly api: CoachingApi;
  private viewValue: CoachingView = { supervisor: IDLE, agent: null };
  private readonly listeners = new Set<() => void>();
  private sup: SupervisorSession | null = null;
  private agent: AgentSession | null = null;
  private reading = false;
  private again = false;
  private keepalive: ReturnType<typeof setInterval> | null = null;
  private iceServers: IceServer[] = [];

  constructor(private readonly sync: DeskSync) {
    this.api = new CoachingApi(sync);
    sync.onLive((e) => {
      if (e === 'coach' || (e === 'open' && this.active())) void this.read();
    });
    onCallAudio((audio) => {
      // The agent's call ended (or a new one began): a coach on the old one has nothing to hear.
      if (this.agent && this.agent.audio !== audio) void this.endAgent(true, true);
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly view = (): CoachingView => this.viewValue;

  /** Reads this desk's signals once now (also what a `coach` event triggers). */
  async read(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    try {
      do {
        this.again = false;
        await this.readOnce();
      } while (this.again);
    } catch {
      // Offline for a moment: the keep-alive or the next event reads again.
    } finally {
      this.reading = false;
    }
  }

  // --- Supervisor ------------------------------------------------------------------------------

  /** Starts listening to / whispering to / barging into `agentId`'s call. */
  async start(agentId: string, mode: CoachingMode): Promise<void> {
    if (this.sup) return;
    const sup: SupervisorSession = { id: null, agentId, mode, pc: null, mic: null };
    this.sup = sup;
    this.setSupervisor({ ...IDLE, phase: 'connecting', agentId, mode });
    try {
      sup.mic = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
    } catch {
      this.failSupervisor('noMic');
      return;
    }
    if (this.sup !== sup) return this.releaseMic(sup);
    let started;
    try {
      started = await this.api.start(agentId, mode);
    } catch (error) {
      this.failSupervisor(problemOf(error));
      return;
    }
    sup.id = started.session.id;
    this.iceServers = started.iceServers;
    if (this.sup !== sup) {
      void this.api.end(started.session.id).catch(() => undefined);
      return;
    }
    this.startKeepalive();
    const pc = coachingPeer(started.iceServers);
    sup.pc = pc;
    const track = sup.mic.getAudioTracks()[0];
    if (track) {
      track.enabled = mode !== 'listen';
      pc.addTrack(track, sup.mic);
    } else pc.addTransceiver('audio', { direction: 'recvonly' });
    pc.ontrack = (e) => {
      const remote = e.streams[0] ?? new MediaStream([e.track]);
      this.setSupervisor({ ...this.viewValue.supervisor, remote });
    };
    pc.onconnectionstatechange = () => {
      if (this.sup !== sup) return;
      if (pc.connectionState === 'connected')
        this.setSupervisor({ ...this.viewValue.supervisor, phase: 'connected' });
      else if (pc.connectionState === 'failed') void this.stopSupervisor('connectionLost', true);
    };
    try {
      await pc.setLocalDescription(await pc.createOffer());
      const sdp = await gatheredSdp(pc);
      if (this.sup !== sup) return;
      await this.api.signal(started.session.id, { kind: 'offer', sdp });
    } catch (error) {
      void this.stopSupervisor(problemOf(error), true);
      return;
    }
    // The agent's desk never answered (no call bar open, gone): give up rather than hang.
    setTimeout(() => {
      if (this.sup === sup && this.viewValue.supervisor.phase !== 'connected')
        void this.stopSupervisor('connectionLost', true);
    }, CONNECT_TIMEOUT_MS);
  }

  /** Switches the open session's mode: the microphone is live in whisper and barge only. */
  async setMode(mode: CoachingMode): Promise<void> {
    const sup = this.sup;
    if (!sup?.id || sup.mode === mode) return;
    sup.mode = mode;
    for (const t of sup.mic?.getAudioTracks() ?? []) t.enabled = mode !== 'listen';
    this.setSupervisor({ ...this.viewValue.supervisor, mode, micOn: mode !== 'listen' });
    try {
      await this.api.signal(sup.id, { kind: 'mode', mode });
    } catch (error) {
      void this.stopSupervisor(problemOf(error), true);
    }
  }

  /** The supervisor ends the session (or clears the last problem shown). */
  async stop(): Promise<void> {
    await this.stopSupervisor(null, true);
  }

  // --- Internals -------------------------------------------------------------------------------

  private active(): boolean {
    return this.sup?.id != null || this.agent !== null;
  }

  private async readOnce(): Promise<void> {
    const inbox = await this.api.inbox();
    this.iceServers = inbox.iceServers;
    const me = this.sync.snapshot().account?.user.id;
    const byId = new Map(inbox.sessions.map((s) => [s.id, s]));
    // Supervisor side: the agent's answer, or the session ended by the server or the agent.
    const sup = this.sup;
    if (sup?.id) {
      const s = byId.get(sup.id);
      if (!s || s.endedAt !== null) void this.stopSupervisor(endProblem(s), false);
      else
        for (const { sessionId, signal } of inbox.signals) {
          if (sessionId !== sup.id || !sup.pc) continue;
          if (signal.kind === 'answer')
            await sup.pc.setRemoteDescription({ type: 'answer', sdp: signal.sdp });
          else if (signal.kind === 'candidate') await addCandidate(sup.pc, signal.candidate);
        }
    }
    // Agent side.
    if (this.agent) {
      const s = byId.get(this.agent.id);
      if (!s || s.endedAt !== null) await this.endAgent(false);
    }
    for (const { sessionId, signal } of inbox.signals) {
      const s = byId.get(sessionId);
      if (!s || s.agentId !== me || s.endedAt !== null) continue;
      if (signal.kind === 'offer') await this.answer(s, signal.sdp);
      else if (this.agent?.id !== sessionId) continue;
      else if (signal.kind === 'mode') this.applyMode(signal.mode);
      else if (signal.kind === 'candidate') await addCandidate(this.agent.pc, signal.candidate);
    }
    if (!this.active()) this.stopKeepalive();
  }

  private async answer(session: CoachingSession, sdp: string): Promise<void> {
    if (this.agent) await this.endAgent(false);
    // Asked for while the customer's phone still rings: the session starts at the answer.
    const current = currentCallAudio() ?? (await callAudioWhenAnswered(ANSWER_WAIT_MS));
    if (!current) {
      // No call on this desk (it ended a moment ago, or was never answered): the supervisor
      // learns it at once.
      await this.api.end(session.id, true).catch(() => undefined);
      return;
    }
    const pc = coachingPeer(this.iceServers);
    const agent: AgentSession = {
      id: session.id,
      mode: session.mode,
      pc,
      audio: current.audio,
      voice: null,
    };
    this.agent = agent;
    this.setAgent({ sessionId: session.id, mode: session.mode, connected: false });
    this.startKeepalive();
    pc.ontrack = (e) => {
      agent.voice = e.streams[0] ?? new MediaStream([e.track]);
      if (this.agent === agent) agent.audio.setCoach(agent.voice, agent.mode);
    };
    pc.onconnectionstatechange = () => {
      if (this.agent !== agent) return;
      if (pc.connectionState === 'connected')
        this.setAgent({ sessionId: agent.id, mode: agent.mode, connected: true });
      else if (pc.connectionState === 'failed') void this.endAgent(true);
    };
    try {
      await pc.setRemoteDescription({ type: 'offer', sdp });
      const conversation = current.audio.conversation;
      for (const track of conversation.getAudioTracks()) pc.addTrack(track, conversation);
      await pc.setLocalDescription(await pc.createAnswer());
      const answer = await gatheredSdp(pc);
      if (this.agent !== agent) return;
      await this.api.signal(session.id, { kind: 'answer', sdp: answer });
    } catch {
      await this.endAgent(true);
    }
  }

  private applyMode(mode: CoachingMode): void {
    const agent = this.agent;
    if (!agent) return;
    agent.mode = mode;
    if (agent.voice) agent.audio.setCoach(agent.voice, mode);
    this.setAgent({
      sessionId: agent.id,
      mode,
      connected: this.viewValue.agent?.connected ?? false,
    });
  }

  /** Tears the agent's side down; `tellServer`: this desk ends it (its call ended, it failed). */
  private async endAgent(tellServer: boolean, callEnded = false): Promise<void> {
    const agent = this.agent;
    if (!agent) return;
    this.agent = null;
    agent.pc.close();
    agent.audio.setCoach(null);
    this.setAgent(null);
    if (tellServer) await this.api.end(agent.id, callEnded).catch(() => undefined);
    if (!this.active()) this.stopKeepalive();
  }

  /** Tears the supervisor's side down; `tellServer`: this desk ends the session. */
  private async stopSupervisor(
    problem: CoachingProblem | null,
    tellServer: boolean,
  ): Promise<void> {
    const sup = this.sup;
    this.sup = null;
    if (sup) {
      sup.pc?.close();
      this.releaseMic(sup);
      if (sup.id && tellServer) await this.api.end(sup.id).catch(() => undefined);
    }
    this.setSupervisor({ ...IDLE, problem, agentId: problem ? (sup?.agentId ?? null) : null });
    if (!this.active()) this.stopKeepalive();
  }

  private failSupervisor(problem: CoachingProblem): void {
    const sup = this.sup;
    this.sup = null;
    if (sup) this.releaseMic(sup);
    this.setSupervisor({ ...IDLE, problem, agentId: sup?.agentId ?? null });
  }

  private releaseMic(sup: SupervisorSession): void {
    for (const t of sup.mic?.getTracks() ?? []) t.stop();
    sup.mic = null;
  }

  private startKeepalive(): void {
    this.keepalive ??= setInterval(() => void this.read(), COACHING_KEEPALIVE_MS);
  }

  private stopKeepalive(): void {
    if (this.keepalive !== null) clearInterval(this.keepalive);
    this.keepalive = null;
  }

  private setSupervisor(supervisor: SupervisorView): void {
    const micOn = this.sup !== null && supervisor.mode !== 'listen' && supervisor.phase !== 'idle';
    this.viewValue = { ...this.viewValue, supervisor: { ...supervisor, micOn } };
    for (const l of this.listeners) l();
  }

  private setAgent(agent: AgentView): void {
    this.viewValue = { ...this.viewValue, agent };
    for (const l of this.listeners) l();
  }
}

function problemOf(error: unknown): CoachingProblem {
  if (error instanceof SyncHttpError) {
    if (error.status === 403) return 'notAllowed';
    if (error.code === 'notOnCall' || error.code === 'coachingEnded') return 'notOnCall';
    if (error.code === 'agentOffline') return 'agentOffline';
    if (error.code === 'alreadyCoached') return 'busy';
  }
  return 'unreachable';
}

function endProblem(s: CoachingSession | undefined): CoachingProblem {
  if (s?.endReason === 'callEnded') return 'callEnded';
  if (s?.endReason === 'agent') return 'agentLeft';
  return 'connectionLost';
}

const desks = new WeakMap<DeskSync, CoachingDesk>();

/** This desk's coaching, one per sync controller (made on first use). */
export function coachingDeskOf(sync: DeskSync): CoachingDesk {
  let desk = desks.get(sync);
  if (!desk) {
    desk = new CoachingDesk(sync);
    desks.set(sync, desk);
  }
  return desk;
}
