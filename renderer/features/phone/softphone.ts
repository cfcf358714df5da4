// The desk's softphone: SIP over WebSocket with WebRTC audio through JsSIP, registered to the
// organisation's PBX as any WebRTC phone is. It feeds every SIP event of a call to the pure call
// machine (shared/domain/call-attempt.ts), so each attempt closes into exactly one record.
import { UA, WebSocketInterface } from 'jssip';
import type {
  IceCandidateEvent,
  IncomingEvent,
  OutgoingEvent,
  ReferEvent,
  RTCSession,
} from 'jssip/lib/RTCSession';
import type { RTCSessionEvent } from 'jssip/lib/UA';
import {
  IDLE,
  stepCall,
  type CallEvent,
  type CallRecord,
  type CallState,
} from '../../../shared/domain/call-attempt';
import type { DeskPhone } from '../../../shared/domain/telephony';
import type { CallQuality, ConsultEnd, Handover, LiveCall } from '../../store/phone-slice';
import { consultEndOf, handoverHeaders, parseHandover } from './handover';
import { CallAudio } from './call-audio';
import { SipArrivals } from './sip-arrivals';
import { Tones } from './tones';

export type RegistrationState =
  | { state: 'connecting' }
  | { state: 'registered' }
  /** The PBX refused the registration (with its SIP status) or could not be reached. */
  | { state: 'failed'; reason: 'unreachable' | 'refused'; status: number | null }
  | { state: 'stopped' };

/** How long after the first usable ICE candidate the offer goes out. */
const ICE_GRACE_MS = 40;

export type SoftphoneEvents = {
  registration: (r: RegistrationState) => void;
  call: (call: LiveCall | null) => void;
  /** A call closed: exactly once per attempt. */
  ended: (record: CallRecord, call: LiveCall) => void;
  /** The microphone could not be opened (refused, missing, busy). */
  media: (problem: 'denied' | 'missing' | 'failed') => void;
  /**
   * The answered call's audio mix (recording, announcement, coaching) is ready, or gone (null)
   * when the call ended.
   */
  audio?: (audio: CallAudio | null, call: LiveCall) => void;
};

export type AudioDevices = { inputId: string | null; outputId: string | null };

type Current = {
  session: RTCSession;
  live: LiveCall;
  state: CallState;
  ringTimer: ReturnType<typeof setTimeout> | null;
  statsTimer: ReturnType<typeof setInterval> | null;
  /** The far end's audio, so it comes back after a call to a colleague. */
  remote: MediaStream | null;
  /** The answered call's audio mix (call-audio.ts). */
  audio: CallAudio | null;
};

/** Attended transfer: the agent's own call to a colleague while the customer is on hold. */
type Consult = {
  session: RTCSession;
  /** The customer has been asked to call the colleague (REFER with Replaces). */
  completing: boolean;
  ringTimer: ReturnType<typeof setTimeout> | null;
  remote: MediaStream | null;
};

/** After the customer reached the colleague, the colleague's phone ends our call to it. */
const CONSULT_LINGER_MS = 5_000;

export class Softphone {
  private readonly ua: UA;
  private current: Current | null = null;
  private consultLeg: Consult | null = null;
  /** The call (from a colleague's customer) that is about to take the current call's place. */
  private replacing: RTCSession | null = null;
  private readonly audio: HTMLAudioElement;
  private readonly tones = new Tones();
  private devices: AudioDevices = { inputId: null, outputId: null };
  private registration: RegistrationState = { state: 'connecting' };
  /** When the SIP message being handled arrived: the call's times are the messages' own. */
  private readonly arrivals: SipArrivals;

  constructor(
    private readonly phone: DeskPhone,
    private readonly on: SoftphoneEvents,
    private readonly now: () => number = Date.now,
  ) {
    this.audio = document.createElement('audio');
    this.audio.autoplay = true;
    this.audio.dataset.testid = 'softphone-audio';
    document.body.appendChild(this.audio);
    this.arrivals = new SipArrivals(now);
    this.ua = new UA({
      sockets: [this.arrivals.watch(new WebSocketInterface(phone.wssUrl))],
      uri: phone.uri,
      authorization_user: phone.authorizationUser,
      password: phone.password,
      display_name: phone.displayName,
      register: true,
      register_expires: 300,
      session_timers: false,
      user_agent: 'SalesDesk',
      connection_recovery_min_interval: 2,
      connection_recovery_max_interval: 30,
    });
    this.ua.on('connecting', () => this.setRegistration({ state: 'connecting' }));
    this.ua.on('registered', () => this.setRegistration({ state: 'registered' }));
    this.ua.on('registrationFailed', (e) => {
      const status = e.response?.status_code ?? null;
      this.setRegistration({
        state: 'failed',
        reason: status === null ? 'unreachable' : 'refused',
        status,
      });
    });
    this.ua.on('disconnected', () => {
      if (this.registration.state !== 'stopped')
        this.setRegistration({ state: 'failed', reason: 'unreachable', status: null });
    });
    this.ua.on('newRTCSession', (e: RTCSessionEvent) => {
      // Inbound calls are answered from the call bar; a second call while busy is refused.
      if (e.originator !== 'remote') return;
      if (e.session === this.replacing) {
        this.replacing = null;
        this.takeOver(e.session, e.request.from.uri.user ?? '');
        return;
      }
      if (this.current) {
        e.session.terminate({ status_code: 486 });
        return;
      }
      const number = e.request.from.uri.user ?? '';
      const handover = handoverOf(e);
      this.track(e.session, {
        leadId: null,
        number,
        direction: 'inbound',
        did: handover ? null : calledNumber(e),
        handover,
      });
    });
    this.ua.start();
  }

  get registered(): boolean {
    return this.registration.state === 'registered';
  }

  /** The answered call's audio mix, while there is one. */
  get callAudio(): CallAudio | null {
    return this.current?.audio ?? null;
  }

  get inCall(): boolean {
    return this.current !== null || this.consultLeg !== null;
  }

  setDevices(devices: AudioDevices): void {
    this.devices = devices;
    void this.applySink();
  }

  /** Dials `target` (a SIP URI) for a lead. False when a call is already up or the phone is down. */
  call(target: string, number: string, leadId: string): boolean {
    if (this.current || !this.registered) return false;
    const session = this.ua.call(target, {
      mediaConstraints: { audio: this.audioConstraints(), video: false },
      pcConfig: { iceServers: this.phone.iceServers },
      rtcOfferConstraints: { offerToReceiveAudio: true, offerToReceiveVideo: false },
    });
    this.track(session, { leadId, number, direction: 'outbound', did: null });
    return true;
  }

  /** The lead an inbound call turned out to be about: its attempt is logged on it. */
  attachLead(leadId: string): void {
    if (this.current && this.current.live.leadId === null) this.update({ leadId });
  }

  answer(): void {
    const c = this.current;
    if (!c || c.live.direction !== 'inbound' || c.live.phase === 'talking') return;
    c.session.answer({
      mediaConstraints: { audio: this.audioConstraints(), video: false },
      pcConfig: { iceServers: this.phone.iceServers },
    });
  }

  hangup(): void {
    const c = this.current;
    if (!c) return;
    this.feed({ type: 'hangup', at: this.now() });
    if (c.live.direction === 'inbound' && c.live.phase !== 'talking')
      c.session.terminate({ status_code: 486 });
    else c.session.terminate();
  }

  /** Turns a ringing inbound call down (603 Decline: the caller hears "declined", not "busy"). */
  decline(): void {
    const c = this.current;
    if (!c || c.live.direction !== 'inbound' || c.live.phase === 'talking') return;
    this.feed({ type: 'hangup', at: this.now() });
    c.session.terminate({ status_code: 603, reason_phrase: 'Decline' });
  }

  setMuted(muted: boolean): void {
    const c = this.current;
    if (!c || c.live.phase !== 'talking') return;
    if (muted) c.session.mute({ audio: true });
    else c.session.unmute({ audio: true });
    c.audio?.setMicOpen(!muted && !c.live.held);
    this.update({ muted });
  }

  setHeld(held: boolean): void {
    const c = this.current;
    if (!c || c.live.phase !== 'talking') return;
    if (held) c.session.hold();
    else c.session.unhold();
    c.audio?.setMicOpen(!held && !c.live.muted);
    this.update({ held });
  }

  /**
   * Blind transfer: asks the far end to call `target` (SIP REFER) and, once the request is
   * accepted, leaves the call. Resolves true when the hand-over was accepted.
   */
  transfer(target: string): Promise<boolean> {
    const c = this.current;
    if (!c || c.live.phase !== 'talking') return Promise.resolve(false);
    return new Promise((resolve) => {
      c.session.refer(target, {
        eventHandlers: {
          requestSucceeded: () => {
            resolve(true);
            this.hangup();
          },
          requestFailed: () => resolve(false),
        },
      });
    });
  }

  /**
   * Attended transfer, first half: puts the customer on hold and calls `target`, a colleague,
   * whose desk learns which lead is being handed over. False when there is no conversation to
   * hand over or a colleague is already being called.
   */
  consult(target: string, handover: { leadId: string; summary: string }): boolean {
    const c = this.current;
    if (!c || c.live.phase !== 'talking' || this.consultLeg) return false;
    if (!c.live.held) c.session.hold();
    const session = this.ua.call(target, {
      mediaConstraints: { audio: this.audioConstraints(), video: false },
      pcConfig: { iceServers: this.phone.iceServers },
      rtcOfferConstraints: { offerToReceiveAudio: true, offerToReceiveVideo: false },
      extraHeaders: handoverHeaders(handover),
    });
    const leg: Consult = { session, completing: false, ringTimer: null, remote: null };
    this.consultLeg = leg;
    this.update({ held: true, consult: { phase: 'dialling' }, consultEnded: null });
    let timedOut = false;
    leg.ringTimer = setTimeout(() => {
      if (this.consultLeg !== leg || session.isEstablished()) return;
      timedOut = true;
      session.terminate();
    }, this.phone.ringTimeoutSec * 1000);
    this.hear(session, (stream) => (leg.remote = stream));
    this.sendOfferEarly(session);
    session.on('progress', () => {
      if (this.consultLeg === leg) this.update({ consult: { phase: 'ringing' } });
    });
    session.on('accepted', () => {
      if (this.consultLeg !== leg) return;
      if (leg.ringTimer) clearTimeout(leg.ringTimer);
      this.update({ consult: { phase: 'talking' } });
    });
    session.on('ended', () => this.consultOver(leg, 'ended'));
    session.on('failed', (e) => {
      const status =
        e.message && 'status_code' in e.message ? (e.message.status_code as number) : null;
      // Cancelled here by the agent: simply back to the customer.
      const why = timedOut
        ? 'noAnswer'
        : e.originator === 'local'
          ? 'ended'
          : consultEndOf(status, e.cause);
      this.consultOver(leg, why);
    });
    return true;
  }

  /** Back to the customer: ends the call to the colleague (the customer comes off hold). */
  cancelConsult(): void {
    const leg = this.consultLeg;
    if (leg && !leg.completing && !leg.session.isEnded()) leg.session.terminate();
  }

  /**
   * Attended transfer, second half: asks the customer's phone to call the colleague in place of
   * this desk's call to them (REFER with Replaces). Resolves true once the customer is with the
   * colleague (their phone reports the 200); this desk then leaves the customer's call.
   */
  completeTransfer(): Promise<boolean> {
    const c = this.current;
    const leg = this.consultLeg;
    if (!c || !leg || leg.completing || !leg.session.isEstablished()) return Promise.resolve(false);
    leg.completing = true;
    return new Promise((resolve) => {
      let settled = false;
      const settle = (ok: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(guard);
        if (!ok) {
          leg.completing = false;
          resolve(false);
          return;
        }
        resolve(true);
        if (this.current === c) this.hangup();
        // The colleague's phone ends our call to it once the customer is in; in case it does not.
        setTimeout(() => {
          if (!leg.session.isEnded()) leg.session.terminate();
        }, CONSULT_LINGER_MS);
      };
      // A customer's phone that never reports back keeps the customer here.
      const guard = setTimeout(() => settle(false), this.phone.ringTimeoutSec * 1000);
      c.session.refer(leg.session.remote_identity.uri, {
        replaces: leg.session,
        eventHandlers: {
          accepted: () => settle(true),
          failed: () => settle(false),
          requestFailed: () => settle(false),
        },
      });
    });
  }

  /** One keypad press to the far end (SIP INFO, as JsSIP sends it; PBXs relay it to IVRs). */
  sendDtmf(digit: string): void {
    const c = this.current;
    if (!c || c.live.phase !== 'talking' || !/^[0-9*#A-D]$/.test(digit)) return;
    c.session.sendDTMF(digit, { duration: 160, interToneGap: 70 });
    this.tones.key();
  }

  stop(): void {
    this.registration = { state: 'stopped' };
    if (this.consultLeg && !this.consultLeg.session.isEnded()) this.consultLeg.session.terminate();
    if (this.current) this.hangup();
    this.ua.stop();
    this.tones.stop();
    this.audio.remove();
  }

  private setRegistration(r: RegistrationState): void {
    if (this.registration.state === 'stopped') return;
    this.registration = r;
    this.on.registration(r);
  }

  private audioConstraints(): MediaTrackConstraints | boolean {
    return this.devices.inputId ? { deviceId: { exact: this.devices.inputId } } : true;
  }

  private async applySink(): Promise<void> {
    const sink = this.devices.outputId;
    const el = this.audio as HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };
    if (sink && el.setSinkId) await el.setSinkId(sink).catch(() => undefined);
  }

  private track(
    session: RTCSession,
    who: Pick<LiveCall, 'leadId' | 'number' | 'direction' | 'did' | 'handover' | 'handedOver'>,
  ): void {
    const startedAt = this.now();
    const live: LiveCall = {
      ...who,
      phase: who.direction === 'inbound' && !who.handedOver ? 'ringing' : 'dialling',
      startedAt,
      answeredAt: null,
      muted: false,
      held: false,
      quality: null,
    };
    this.current = {
      session,
      live,
      state: IDLE,
      ringTimer: null,
      statsTimer: null,
      remote: null,
      audio: null,
    };
    this.feed({ type: 'start', at: startedAt, direction: who.direction });
    this.on.call(live);
    if (who.direction === 'inbound' && !who.handedOver) this.tones.ring();
    const ringTimeoutMs = this.phone.ringTimeoutSec * 1000;
    const current = this.current;
    current.ringTimer = setTimeout(() => {
      if (this.current !== current || current.live.phase === 'talking') return;
      this.feed({ type: 'ringTimeout', at: this.now() });
      session.terminate();
    }, ringTimeoutMs);

    this.hear(session, (stream) => {
      current.remote = stream;
      current.audio?.addRemote(stream);
    });
    this.sendOfferEarly(session);
    // A colleague's customer arriving in place of the colleague's call (attended transfer).
    session.on('replaces', (e) => this.acceptReplacement(session, e));
    session.on('progress', (e: IncomingEvent | OutgoingEvent) => {
      if (this.current?.session !== session) return;
      this.feed({ type: 'ringing', at: this.arrivals.at() });
      const withSdp = 'response' in e && !!e.response.body;
      // Early media (183 with SDP) plays the PBX's own ringback; otherwise ours.
      if (who.direction === 'outbound' && !withSdp) this.tones.ringback();
      else this.tones.stop();
      this.update({ phase: 'ringing' });
    });
    session.on('accepted', () => {
      if (this.current?.session !== session) return;
      const at = this.arrivals.at();
      this.feed({ type: 'answered', at });
      this.tones.stop();
      this.update({ phase: 'talking', answeredAt: at });
      this.startStats(session);
      this.startAudio(current);
    });
    session.on('ended', (e) => this.finish(session, e.originator, null));
    session.on('failed', (e) => {
      const status =
        e.message && 'status_code' in e.message ? (e.message.status_code as number) : null;
      if (e.cause === 'User Denied Media Access') this.on.media('denied');
      else if (e.cause === 'WebRTC Error') this.on.media('failed');
      this.finish(session, e.originator, status);
    });
  }

  /**
   * Plays the far end's audio of `session` and keeps its stream. An outgoing session has its
   * peer connection as soon as it exists (JsSIP announces it before the caller can listen);
   * an incoming one gets it when answered.
   */
  private hear(session: RTCSession, keep: (stream: MediaStream) => void): void {
    const listen = (pc: RTCPeerConnection) =>
      pc.addEventListener('track', (t: RTCTrackEvent) => {
        if (t.track.kind !== 'audio') return;
        const stream = t.streams[0] ?? new MediaStream([t.track]);
        keep(stream);
        this.audio.srcObject = stream;
        void this.applySink();
      });
    if (session.connection) listen(session.connection);
    else session.on('peerconnection', (e) => listen(e.peerconnection));
  }

  /**
   * Sends the offer as soon as it holds a candidate the far end can reach, instead of waiting
   * for ICE gathering to finish (~120 ms on a LAN, seconds with an unreachable STUN server):
   * a host candidate without STUN/TURN, else the first server-reflexive or relay one.
   */
  private sendOfferEarly(session: RTCSession): void {
    const needServer = this.phone.iceServers.length > 0;
    let sent = false;
    session.on('icecandidate', (e: IceCandidateEvent) => {
      if (sent) return;
      const type = e.candidate.type ?? /typ (\w+)/.exec(e.candidate.candidate)?.[1];
      if (!needServer || type === 'srflx' || type === 'relay') {
        sent = true;
        // A moment for the other interfaces' candidates of the same burst (a multi-homed
        // desk): SIP offers carry no later candidates. JsSIP ignores a second ready().
        window.setTimeout(e.ready, ICE_GRACE_MS);
      }
    });
  }

  /** The call to a colleague ended: unless the customer went to them, back to the customer. */
  private consultOver(leg: Consult, why: ConsultEnd): void {
    if (this.consultLeg !== leg) return;
    if (leg.ringTimer) clearTimeout(leg.ringTimer);
    this.consultLeg = null;
    const c = this.current;
    if (!c) return;
    this.audio.srcObject = c.remote;
    if (leg.completing) {
      this.update({ consult: null });
      return;
    }
    if (c.live.held) c.session.unhold();
    this.update({ consult: null, held: false, consultEnded: why });
  }

  /**
   * A colleague on a call to this desk handed their customer over: the customer's phone calls
   * here in place of the colleague's call (INVITE with Replaces). Accepted only for the call in
   * progress; the new call then takes its place (takeOver).
   */
  private acceptReplacement(session: RTCSession, e: ReferEvent): void {
    const c = this.current;
    if (!c || c.session !== session || c.live.phase !== 'talking') {
      e.reject();
      return;
    }
    const accept = e.accept as (init: (next: RTCSession) => void) => void;
    accept((next) => (this.replacing = next));
  }

  /** The handed-over customer's call replaces the colleague's: answered at once, on their lead. */
  private takeOver(session: RTCSession, number: string): void {
    const previous = this.current;
    const leadId = previous?.live.handover?.leadId ?? null;
    if (previous) {
      // The colleague's call was internal: it is logged on no lead, and JsSIP ends it itself
      // once the customer's call is confirmed.
      if (previous.ringTimer) clearTimeout(previous.ringTimer);
      if (previous.statsTimer) clearInterval(previous.statsTimer);
      this.stopAudio(previous);
      this.current = null;
    }
    this.track(session, { leadId, number, direction: 'inbound', did: null, handedOver: true });
    session.answer({
      mediaConstraints: { audio: this.audioConstraints(), video: false },
      pcConfig: { iceServers: this.phone.iceServers },
    });
  }

  private finish(session: RTCSession, originator: string, status: number | null): void {
    const c = this.current;
    if (!c || c.session !== session) return;
    const record = this.feed({
      type: 'ended',
      // A BYE or a final response: when it arrived, not when JsSIP had finished with it.
      at: this.arrivals.at(),
      originator: originator === 'local' ? 'local' : originator === 'remote' ? 'remote' : 'system',
      sipStatus: status,
    });
    if (c.ringTimer) clearTimeout(c.ringTimer);
    if (c.statsTimer) clearInterval(c.statsTimer);
    this.stopAudio(c);
    this.current = null;
    this.audio.srcObject = null;
    if (record?.result === 'busy') this.tones.busy();
    else this.tones.stop();
    // The customer hung up while on hold: the call to the colleague has nothing to hand over.
    const leg = this.consultLeg;
    if (leg && !leg.completing && !leg.session.isEnded()) leg.session.terminate();
    this.on.call(null);
    // A colleague's call about a hand-over is internal: no lead's attempt.
    if (record && !c.live.handover) this.on.ended(record, c.live);
  }

  /** Routes the answered call's audio through the desk's mix (call-audio.ts). */
  private startAudio(c: Current): void {
    const pc = c.session.connection;
    if (!pc || c.audio || typeof AudioContext === 'undefined') return;
    try {
      c.audio = new CallAudio(pc, c.remote);
    } catch {
      // Without Web Audio the call still works on the plain microphone: only recording and
      // coaching are unavailable.
      c.audio = null;
      return;
    }
    void c.audio.setSink(this.devices.outputId);
    this.on.audio?.(c.audio, c.live);
  }

  private stopAudio(c: Current): void {
    if (!c.audio) return;
    const audio = c.audio;
    c.audio = null;
    this.on.audio?.(null, c.live);
    audio.close();
  }

  private feed(event: CallEvent): CallRecord | null {
    const c = this.current;
    if (!c) return null;
    const step = stepCall(c.state, event);
    c.state = step.state;
    return step.record;
  }

  private update(patch: Partial<LiveCall>): void {
    const c = this.current;
    if (!c) return;
    c.live = { ...c.live, ...patch };
    this.on.call(c.live);
  }

  /** Loss and jitter of the audio coming in, every two seconds, as good / fair / poor. */
  private startStats(session: RTCSession): void {
    const c = this.current;
    if (!c) return;
    let lastLost = 0;
    let lastReceived = 0;
    c.statsTimer = setInterval(() => {
      void session.connection
        ?.getStats()
        .then((stats) => {
          stats.forEach((s: { type?: string; kind?: string } & Record<string, unknown>) => {
            if (s.type !== 'inbound-rtp' || s.kind !== 'audio') return;
            const lost = Number(s.packetsLost ?? 0);
            const received = Number(s.packetsReceived ?? 0);
            const jitter = Number(s.jitter ?? 0);
            const dLost = lost - lastLost;
            const total = dLost + (received - lastReceived);
            lastLost = lost;
            lastReceived = received;
            const loss = total > 0 ? dLost / total : 0;
            const quality: CallQuality =
              loss > 0.08 || jitter > 0.1 ? 'poor' : loss > 0.02 || jitter > 0.04 ? 'fair' : 'good';
            if (this.current?.live.quality !== quality) this.update({ quality });
          });
        })
        .catch(() => undefined);
    }, 2000);
  }
}

/** A colleague's call that hands over a customer carries the lead and a few words about it. */
function handoverOf(e: Extract<RTCSessionEvent, { originator: 'remote' }>): Handover | null {
  const from = e.request.from;
  return parseHandover((name) => e.request.getHeader(name), from.display_name || from.uri.user);
}

/**
 * The number the caller dialled: PBXs pass it in `X-Called-Number` (ours), `P-Called-Party-ID`
 * (IMS, many SBCs) or the `To` header when it is not this extension itself.
 */
function calledNumber(e: Extract<RTCSessionEvent, { originator: 'remote' }>): string | null {
  const header = e.request.getHeader('X-Called-Number') || e.request.getHeader('P-Called-Party-ID');
  const fromHeader = header ? /(?:sips?:|tel:)?\+?([0-9*#]+)/.exec(header)?.[0] : null;
  if (fromHeader) return fromHeader.replace(/^(sips?|tel):/, '');
  const to = e.request.to.uri.user;
  return to && to !== e.request.ruri.user ? to : null;
}
