// What the telephony specs (calls through Kamailio, recording, coaching) set up the same way: a
// Chromium whose fake microphone plays a tone, and the server's HTTP API as the administrator
// uses it — sign in, connect the organisation to the test PBX, give a person an extension, set
// the recording setting through the real verb, read a recording back.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { DEMO_PASSWORD } from '../../shared/demo/credentials';
import type { RecordingSettings } from '../../shared/recordings/protocol';
import type { TelephonySettings } from '../../shared/domain/telephony';
import type { Pbx } from '../telephony/pbx';
import { writeToneWav } from '../telephony/tone-wav';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';

/** Media flags of every page that takes part in a call (the microphone file comes apart). */
export const FAKE_MEDIA_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
  // ICE gathers no 127.0.0.1 candidates by default; a machine whose only interface is the
  // loopback (a network-less container) would get no media path without this.
  '--allow-loopback-in-peer-connection',
];

/** The media flags with a fake microphone that plays a steady tone of `frequency` Hz. */
export function toneMicArgs(frequency: number): string[] {
  const tone = writeToneWav(join(tmpdir(), 'salesdesk-telephony', `tone-${frequency}hz.wav`), {
    frequency,
  });
  return [...FAKE_MEDIA_ARGS, `--use-file-for-fake-audio-capture=${tone}`];
}

/** Launch options for a spec's `browser` fixture (`test.use({ launchOptions })`). */
export function toneLaunchOptions(frequency: number) {
  return {
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, ...toneMicArgs(frequency)],
  };
}

/** A Chromium process of its own whose microphone plays `frequency` Hz. */
export function launchWithTone(frequency: number): Promise<Browser> {
  return chromium.launch(toneLaunchOptions(frequency));
}

/** The organisation's PBX settings for the test PBX; `overrides` for ring time, DIDs, … */
export type PbxSettingsOverrides = Partial<
  Pick<TelephonySettings, 'ringTimeoutSec' | 'wrapUpSec' | 'dids'>
>;

/** The real server's HTTP API, as a test drives it from outside the browser. */
export class ServerApi {
  constructor(private readonly server: { readonly url: string }) {}

  /** One request; the answer whatever its status. */
  raw(path: string, method: string, token: string | null, body?: unknown): Promise<Response> {
    return fetch(`${this.server.url}${path}`, {
      method,
      headers: {
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  }

  /** One request that must succeed (2xx), else the test fails with the server's answer. */
  async call(path: string, method: string, token: string | null, body?: unknown) {
    const res = await this.raw(path, method, token, body);
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res;
  }

  /** A demo person's access token. */
  async signIn(email: string): Promise<string> {
    const res = await this.call('/api/auth/sign-in', 'POST', null, {
      email,
      password: DEMO_PASSWORD,
      clientId: crypto.randomUUID(),
    });
    return ((await res.json()) as { accessToken: string }).accessToken;
  }

  /** The administrator connects the organisation to `pbx` (ephemeral credentials). */
  async connectPbx(adminToken: string, pbx: Pbx, overrides: PbxSettingsOverrides = {}) {
    await this.call('/api/admin/telephony', 'PUT', adminToken, {
      settings: {
        wssUrl: pbx.wsUrl,
        sipDomain: pbx.domain,
        iceServers: [],
        ringTimeoutSec: 30,
        wrapUpSec: 2,
        dids: [],
        ...overrides,
      },
      ephemeralSecret: pbx.secret,
    });
  }

  /** The administrator gives a person an extension of the PBX. */
  async giveExtension(adminToken: string, userId: string, sipUser: string) {
    await this.call(`/api/admin/users/${userId}/sip`, 'PUT', adminToken, {
      sipUser,
      authMode: 'ephemeral',
    });
  }

  /** The administrator sets the organisation's recording through the real verb. */
  async setRecording(adminToken: string, settings: RecordingSettings): Promise<void> {
    const res = await this.call('/api/sync/push', 'POST', adminToken, {
      clientId: crypto.randomUUID(),
      mutations: [
        {
          seq: 1,
          name: 'setRecordingSettings',
          args: { settings, at: Date.now() },
          effects: { settings: [{ key: 'recording', value: settings }] },
          schemaVersion: 2,
          createdAt: Date.now(),
        },
      ],
    });
    const answer = (await res.json()) as { rejected?: unknown[] };
    if ((answer.rejected ?? []).length > 0)
      throw new Error(`setRecordingSettings refused: ${JSON.stringify(answer.rejected)}`);
  }

  /** What the server says of recording `id` (null: it has none). */
  async recording<T = Record<string, unknown>>(token: string, id: string): Promise<T | null> {
    const res = await this.raw(`/api/recordings/${id}`, 'GET', token);
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`GET recording: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
}
