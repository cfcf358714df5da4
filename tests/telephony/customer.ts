// The scripted "customer" of the telephony tests: a Chromium page running JsSIP that registers
// with the test PBX (tests/telephony/pbx.ts) as one SIP user and behaves per scenario when a call
// comes in — `answer` (after an optional delay, with audio), `busy` (486), `reject` (603) or
// `never` (rings: JsSIP sends 180 and nothing more). It records every call (direction, when it
// rang, was answered and ended, who ended it, the SIP status of a failure, DTMF digits received)
// and samples inbound RTP from getStats, and it can hang up and place calls itself.
//
// JsSIP runs from the package's browser build when it ships one; 3.13.8's npm package does not,
// so the helper bundles node_modules/jssip with esbuild once per process. The page is a blank
// page on http://127.0.0.1 (a secure context, so getUserMedia works), served by the helper.
// Chromium needs --use-fake-device-for-media-stream and --use-fake-ui-for-media-stream, and
// --allow-loopback-in-peer-connection where the loopback is the only interface (else ICE has no
// candidate and the call never connects).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import type * as JsSIPModule from 'jssip';
import type {
  EndEvent,
  IncomingDTMFEvent,
  OutgoingDTMFEvent,
  PeerConnectionEvent,
  ReferEvent,
  RTCSession,
} from 'jssip/lib/RTCSession';
import type { RTCSessionEvent } from 'jssip/lib/UA';
import type { Pbx } from './pbx';

export type CustomerScenario = 'answer' | 'busy' | 'reject' | 'never';

export type CallRecord = {
  direction: 'incoming' | 'outgoing';
  /** The other party's SIP user. */
  remoteUser: string;
  /** Epoch ms (the page's clock, the test machine's): the call was created. */
  startedAt: number;
  /** Ringing: 180 sent (incoming) or received (outgoing). */
  ringingAt: number | null;
  /** 200 OK sent (incoming) or received (outgoing). */
  answeredAt: number | null;
  /** The dialog confirmed: the caller's ACK received (incoming) or sent (outgoing). The caller
   * stamps its own answer before it sends that ACK, so its answer falls between the two. */
  confirmedAt: number | null;
  /** BYE sent (this side hung up) or received, stamped on the socket; a call that ends without
   * one (cancelled, refused, failed) when JsSIP said so. */
  endedAt: number | null;
  /** This side hung up: the other side's 200 OK to the BYE arrived (the desk stamps the BYE's
   * arrival before it answers it, so its end falls before this). */
  byeAnsweredAt: number | null;
  /** Who ended it: this page, the other side, or JsSIP itself (timeouts, media errors). */
  endedBy: 'local' | 'remote' | 'system' | null;
  /** JsSIP's cause: 'Terminated' (a BYE), 'Canceled', 'Busy', 'Rejected', 'Not Found', … */
  cause: string | null;
  /** SIP status of a call that failed before it was answered (486, 603, 404, 487, …). */
  status: number | null;
  /** DTMF digits received from the other side (SIP INFO), in order. */
  dtmf: string;
};

// Digital silence decodes to a level of about 0.00003 (±1 LSB of Opus noise); a tone at half
// scale arrives at about 0.5.
export const AUDIBLE_LEVEL = 0.01;

export type InboundAudio = {
  /** RTP audio bytes keep arriving (over the last second) and carry sound (AUDIBLE_LEVEL+). */
  flowing: boolean;
  bytesReceived: number;
  /** 0..1, the inbound-rtp audioLevel; null while no audio was decoded. */
  audioLevel: number | null;
};

export type Customer = {
  page: Page;
  user: string;
  /** sip:<user>@<domain> */
  uri: string;
  setScenario(scenario: CustomerScenario, answerDelayMs?: number): Promise<void>;
  /** Every call of this page, oldest first. */
  calls(): Promise<CallRecord[]>;
  /** The most recent call, or null before any. */
  lastCall(): Promise<CallRecord | null>;
  /** DTMF digits received on the most recent call. */
  dtmf(): Promise<string>;
  inboundAudio(): Promise<InboundAudio>;
  /** Ends the current call from the customer's side (BYE, or CANCEL/4xx before an answer). */
  hangUp(): Promise<void>;
  /** Calls another SIP user of the PBX (an inbound call from the desk's point of view). */
  call(user: string, extraHeaders?: string[]): Promise<void>;
  /** Unregisters and closes the WebSocket. */
  stop(): Promise<void>;
};

export type CustomerOptions = {
  pbx: Pick<Pbx, 'wsUrl' | 'domain' | 'credentials'>;
  user: string;
  scenario: CustomerScenario;
  /** For `answer`: ring this long first (ms); default 0. */
  answerDelayMs?: number;
  /** A secure-context page to run in (e.g. the product's http://127.0.0.1:<port>/); default a
   * blank page served by this helper. */
  origin?: string;
};

// ---- Loading JsSIP into a page ----

const requireFromHere = createRequire(import.meta.url);
let jssipSource: Promise<string> | null = null;

/** JsSIP as one browser script defining `window.JsSIP`. */
export function jssipBundle(): Promise<string> {
  jssipSource ??= (async () => {
    const entry = requireFromHere.resolve('jssip');
    const dist = join(dirname(entry), '..', 'dist', 'jssip.min.js');
    if (existsSync(dist)) return readFileSync(dist, 'utf8');
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'iife',
      globalName: 'JsSIP',
      platform: 'browser',
      target: 'chrome110',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  })();
  return jssipSource;
}

let blankOrigin: Promise<string> | null = null;

/** http://127.0.0.1:<port>/ — a blank page (a secure context) for phones to run in. */
export function phoneOrigin(): Promise<string> {
  blankOrigin ??= new Promise((resolve, reject) => {
    const server = createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end('<!doctype html><meta charset="utf-8"><title>Sales Desk test phone</title>');
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      // It must not keep the test process alive once the tests are done.
      server.unref();
      if (typeof address === 'object' && address) resolve(`http://127.0.0.1:${address.port}/`);
      else reject(new Error('phone origin: no port'));
    });
  });
  return blankOrigin;
}

/** Opens `origin` (default phoneOrigin()) in the page and loads JsSIP into it. */
export async function openJsSipPage(page: Page, origin?: string): Promise<void> {
  await page.goto(origin ?? (await phoneOrigin()));
  await page.addScriptTag({ content: await jssipBundle() });
  await page.waitForFunction(() => 'JsSIP' in window);
}

// ---- The phone inside the page ----

type PhoneConfig = {
  wsUrl: string;
  domain: string;
  user: string;
  username: string;
  password: string;
  scenario: CustomerScenario;
  answerDelayMs: number;
};

type AudioSample = { at: number; bytesReceived: number; audioLevel: number | null };

type PhoneState = {
  registered: boolean;
  registrationFailure: { status: number | null; cause: string } | null;
  scenario: CustomerScenario;
  answerDelayMs: number;
  calls: CallRecord[];
  audio: AudioSample[];
};

type PagePhone = {
  state: PhoneState;
  hangUp(): void;
  call(user: string, extraHeaders?: string[]): void;
  stop(): void;
};

type PhoneWindow = { JsSIP: typeof JsSIPModule; __salesdeskPhone?: PagePhone };

/**
 * Runs in the page (serialized by page.evaluate, so it references nothing outside itself): the
 * JsSIP user agent and the scenario's handling of calls.
 */
function installPhone(config: PhoneConfig): void {
  const w = window as unknown as PhoneWindow;
  const JsSIP = w.JsSIP;
  const state: PhoneState = {
    registered: false,
    registrationFailure: null,
    scenario: config.scenario,
    answerDelayMs: config.answerDelayMs,
    calls: [],
    audio: [],
  };
  // Raw audio: echo cancellation, gain control and noise suppression would flatten the tone.
  const media: MediaStreamConstraints = {
    audio: { echoCancellation: false, autoGainControl: false, noiseSuppression: false },
    video: false,
  };
  // Loopback tests: host candidates only, no STUN server to wait for.
  const pcConfig: RTCConfiguration = { iceServers: [] };
  let current: RTCSession | null = null;

  // The SIP socket's messages, stamped as they arrive (before JsSIP reads them) or as they leave:
  // a BYE marks the call's end, a 200 OK to a BYE this side sent when the other side had the BYE.
  // JsSIP's own 'ended' comes later, after it has closed the peer connection.
  const byCallId = new Map<string, CallRecord>();
  const callOf = (text: string): CallRecord | undefined => {
    const callId = /^(?:Call-ID|i):\s*(\S+)\s*$/im.exec(text)?.[1];
    return callId ? byCallId.get(callId) : undefined;
  };
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    private readonly sip: boolean;
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.sip = protocols === 'sip';
      if (!this.sip) return;
      this.addEventListener('message', (e: MessageEvent) => {
        const at = Date.now();
        const text = typeof e.data === 'string' ? e.data : new TextDecoder().decode(e.data);
        if (text.startsWith('BYE ')) {
          const call = callOf(text);
          if (call) call.endedAt ??= at;
          return;
        }
        if (!/^SIP\/2\.0 200 /.test(text) || !/^CSeq:\s*\d+\s+BYE\s*$/im.test(text)) return;
        const call = callOf(text);
        if (call) call.byeAnsweredAt ??= at;
      });
    }
    override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
      if (this.sip && typeof data === 'string' && data.startsWith('BYE ')) {
        const call = callOf(data);
        if (call) call.endedAt ??= Date.now();
      }
      super.send(data);
    }
  };

  const ua = new JsSIP.UA({
    sockets: [new JsSIP.WebSocketInterface(config.wsUrl)],
    uri: `sip:${config.user}@${config.domain}`,
    authorization_user: config.username,
    password: config.password,
    register: true,
    session_timers: false,
    user_agent: 'SalesDesk test customer',
  });
  ua.on('registered', () => {
    state.registered = true;
    state.registrationFailure = null;
  });
  ua.on('unregistered', () => {
    state.registered = false;
  });
  ua.on('registrationFailed', (e) => {
    state.registered = false;
    state.registrationFailure = {
      status: e.response ? e.response.status_code : null,
      cause: String(e.cause),
    };
  });

  function playRemoteAudio(pc: RTCPeerConnection): void {
    // Played so Chromium decodes the inbound audio and reports its level. Not muted: WebRTC
    // applies the element's volume before it measures, so a muted element reads level 0.
    const audio = new Audio();
    audio.autoplay = true;
    pc.addEventListener('track', (event) => {
      const stream = event.streams[0] ?? new MediaStream([event.track]);
      audio.srcObject = stream;
      void audio.play().catch(() => undefined);
    });
  }

  ua.on('newRTCSession', (event: RTCSessionEvent) => {
    const session = event.session;
    const incoming = String(session.direction) === 'incoming';
    const call: CallRecord = {
      direction: incoming ? 'incoming' : 'outgoing',
      remoteUser: session.remote_identity.uri.user,
      startedAt: Date.now(),
      ringingAt: null,
      answeredAt: null,
      confirmedAt: null,
      endedAt: null,
      byeAnsweredAt: null,
      endedBy: null,
      cause: null,
      status: null,
      dtmf: '',
    };
    state.calls.push(call);

    const busyElsewhere = current !== null && !current.isEnded();
    if (!busyElsewhere) {
      current = session;
      state.audio = [];
    }
    // Incoming: JsSIP sends 180 Ringing itself right after this event (its 'progress' then).
    if (!incoming) {
      // An outgoing session has its peer connection before newRTCSession fires.
      playRemoteAudio(session.connection);
    }

    session.on('progress', () => {
      call.ringingAt ??= Date.now();
    });
    session.on('accepted', () => {
      call.answeredAt = Date.now();
    });
    session.on('confirmed', () => {
      call.confirmedAt = Date.now();
    });
    // The dialog's Call-ID (JsSIP's public session id has this side's tag glued to it).
    const callId = (session as unknown as { _request?: { call_id?: string } })._request?.call_id;
    if (callId) byCallId.set(callId, call);
    // A transfer (REFER): the customer calls whom they are handed to, as a phone does.
    session.on('refer', (e: ReferEvent) => {
      // JsSIP types accept() loosely: (initCallback(newSession), callOptions).
      const accept = e.accept as (init: (s: RTCSession) => void, options: object) => void;
      accept(
        (next: RTCSession) => {
          current = next;
          state.audio = [];
        },
        { mediaConstraints: media, pcConfig },
      );
    });
    session.on('newDTMF', (e: IncomingDTMFEvent | OutgoingDTMFEvent) => {
      if (String(e.originator) === 'remote') call.dtmf += e.dtmf.tone;
    });
    session.on('ended', (e: EndEvent) => {
      call.endedAt ??= Date.now();
      call.endedBy = String(e.originator) as CallRecord['endedBy'];
      call.cause = e.cause;
    });
    session.on('failed', (e: EndEvent) => {
      call.endedAt ??= Date.now();
      call.endedBy = String(e.originator) as CallRecord['endedBy'];
      call.cause = e.cause;
      const message = e.message as { status_code?: number } | null | undefined;
      call.status ??=
        message && typeof message.status_code === 'number' ? message.status_code : null;
    });

    if (!incoming) return;
    if (busyElsewhere) {
      call.status = 486;
      session.terminate({ status_code: 486, reason_phrase: 'Busy Here' });
      return;
    }
    switch (state.scenario) {
      case 'busy':
        call.status = 486;
        session.terminate({ status_code: 486, reason_phrase: 'Busy Here' });
        break;
      case 'reject':
        call.status = 603;
        session.terminate({ status_code: 603, reason_phrase: 'Decline' });
        break;
      case 'never':
        break;
      case 'answer': {
        // Rings for answerDelayMs counted from the 180, then answers.
        const delay = state.answerDelayMs;
        session.once('progress', () => {
          setTimeout(() => {
            if (session.isEnded()) return;
            session.on('peerconnection', (e: PeerConnectionEvent) =>
              playRemoteAudio(e.peerconnection),
            );
            session.answer({ mediaConstraints: media, pcConfig });
          }, delay);
        });
        break;
      }
    }
  });

  // Inbound RTP of the current call, five times a second.
  setInterval(() => {
    const session = current;
    if (!session || !session.isEstablished()) return;
    void session.connection.getStats().then((report) => {
      report.forEach(
        (stat: { type?: string; kind?: string; bytesReceived?: number; audioLevel?: number }) => {
          if (stat.type !== 'inbound-rtp' || stat.kind !== 'audio') return;
          state.audio.push({
            at: Date.now(),
            bytesReceived: stat.bytesReceived ?? 0,
            audioLevel: typeof stat.audioLevel === 'number' ? stat.audioLevel : null,
          });
          if (state.audio.length > 50) state.audio.shift();
        },
      );
    });
  }, 200);

  w.__salesdeskPhone = {
    state,
    hangUp() {
      if (current && !current.isEnded()) current.terminate();
    },
    call(user: string, extraHeaders: string[] = []) {
      ua.call(`sip:${user}@${config.domain}`, { mediaConstraints: media, pcConfig, extraHeaders });
    },
    stop() {
      ua.stop();
    },
  };
  ua.start();
}

// ---- The Node side ----

/** Registers a customer phone in `page` and resolves once the PBX accepted the REGISTER. */
export async function startCustomer(page: Page, opts: CustomerOptions): Promise<Customer> {
  await openJsSipPage(page, opts.origin);
  const { username, password } = opts.pbx.credentials(opts.user);
  await page.evaluate(installPhone, {
    wsUrl: opts.pbx.wsUrl,
    domain: opts.pbx.domain,
    user: opts.user,
    username,
    password,
    scenario: opts.scenario,
    answerDelayMs: opts.answerDelayMs ?? 0,
  } satisfies PhoneConfig);
  await page.waitForFunction(() => {
    const phone = (window as unknown as PhoneWindow).__salesdeskPhone;
    return !!phone && (phone.state.registered || phone.state.registrationFailure !== null);
  });
  const failure = await page.evaluate(
    () => (window as unknown as PhoneWindow).__salesdeskPhone!.state.registrationFailure,
  );
  if (failure) {
    throw new Error(
      `customer ${opts.user} could not register: ${failure.status ?? ''} ${failure.cause}`.trim(),
    );
  }

  const calls = (): Promise<CallRecord[]> =>
    page.evaluate(() => (window as unknown as PhoneWindow).__salesdeskPhone!.state.calls);
  const lastCall = async (): Promise<CallRecord | null> => (await calls()).at(-1) ?? null;

  return {
    page,
    user: opts.user,
    uri: `sip:${opts.user}@${opts.pbx.domain}`,
    setScenario: (scenario, answerDelayMs = 0) =>
      page.evaluate(
        ([s, delay]) => {
          const phone = (window as unknown as PhoneWindow).__salesdeskPhone!;
          phone.state.scenario = s;
          phone.state.answerDelayMs = delay;
        },
        [scenario, answerDelayMs] as const,
      ),
    calls,
    lastCall,
    dtmf: async () => (await lastCall())?.dtmf ?? '',
    inboundAudio: () =>
      page.evaluate((audible): InboundAudio => {
        const samples = (window as unknown as PhoneWindow).__salesdeskPhone!.state.audio;
        const latest = samples.at(-1);
        if (!latest) return { flowing: false, bytesReceived: 0, audioLevel: null };
        // The oldest sample of the last second (or so) against the newest.
        const windowStart = samples.find((s) => s.at >= latest.at - 1_000) ?? latest;
        const growing = latest.bytesReceived > windowStart.bytesReceived;
        return {
          flowing: growing && (latest.audioLevel ?? 0) >= audible,
          bytesReceived: latest.bytesReceived,
          audioLevel: latest.audioLevel,
        };
      }, AUDIBLE_LEVEL),
    hangUp: () =>
      page.evaluate(() => (window as unknown as PhoneWindow).__salesdeskPhone!.hangUp()),
    call: (user, extraHeaders = []) =>
      page.evaluate(([u, h]) => (window as unknown as PhoneWindow).__salesdeskPhone!.call(u, h), [
        user,
        extraHeaders,
      ] as const),
    stop: async () => {
      await page.evaluate(() => (window as unknown as PhoneWindow).__salesdeskPhone!.stop());
      await page.waitForFunction(
        () => !(window as unknown as PhoneWindow).__salesdeskPhone!.state.registered,
      );
    },
  };
}
