// Page objects for call review (issue 13): the supervisor's Calls section and call view, the
// agent's "My call reviews", the dashboard's Call scores card, and putting a real recording on
// the server the way a desk does (recorded in the page, hashed, declared, uploaded, completed).
import { expect, type Locator, type Page } from '@playwright/test';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { CHUNK_HASH_HEADER } from '../../../shared/recordings/protocol';

export type UploadedRecording = { id: string; size: number; durationMs: number };

/**
 * Records `toneMs` of an oscillator, `silenceMs` of nothing, and `toneMs` again through
 * MediaRecorder inside `page`, hashes it with crypto.subtle, and uploads it with the agent's own
 * token through the recordings API (declare, one chunk, complete). The page must be on the server.
 */
export async function uploadRecording(
  page: Page,
  agent: { email: string; password: string },
  opts: { toneMs: number; silenceMs: number; pause: { atMs: number; forMs: number } },
): Promise<UploadedRecording> {
  return page.evaluate(
    async ({ agent, opts, protocolHeader, protocolVersion, hashHeader }) => {
      const headers = { [protocolHeader]: String(protocolVersion) };
      const signIn = await fetch('/api/auth/sign-in', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ ...agent, clientId: crypto.randomUUID() }),
      });
      if (!signIn.ok) throw new Error(`sign-in ${signIn.status}`);
      const { accessToken } = (await signIn.json()) as { accessToken: string };
      const auth = { ...headers, authorization: `Bearer ${accessToken}` };

      const ctx = new AudioContext();
      await ctx.resume();
      const osc = new OscillatorNode(ctx, { frequency: 330 });
      const gain = new GainNode(ctx, { gain: 0.8 });
      const dest = ctx.createMediaStreamDestination();
      osc.connect(gain).connect(dest);
      const t0 = ctx.currentTime + 0.05;
      gain.gain.setValueAtTime(0.8, t0);
      gain.gain.setValueAtTime(0, t0 + opts.toneMs / 1000);
      gain.gain.setValueAtTime(0.8, t0 + (opts.toneMs + opts.silenceMs) / 1000);
      osc.start();
      const recorder = new MediaRecorder(dest.stream, { mimeType: 'audio/webm;codecs=opus' });
      const parts: Blob[] = [];
      recorder.ondataavailable = (e) => parts.push(e.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      const started = performance.now();
      recorder.start();
      // The recording's length is its content: stop when the second tone has played.
      await new Promise((resolve) => setTimeout(resolve, opts.toneMs * 2 + opts.silenceMs + 100));
      recorder.stop();
      await stopped;
      osc.stop();
      await ctx.close();
      const durationMs = Math.round(performance.now() - started);
      const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
      const hex = (b: ArrayBuffer) =>
        [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
      const sha256 = hex(await crypto.subtle.digest('SHA-256', bytes));

      const id = crypto.randomUUID();
      const now = Date.now();
      const declared = await fetch(`/api/recordings/${id}`, {
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          leadId: null,
          direction: 'outbound',
          callStartedAt: now - durationMs - 4000,
          answeredAt: now - durationMs - 1000,
          durationMs,
          mime: 'audio/webm',
          size: bytes.length,
          sha256,
          chunks: 1,
          pauses: [opts.pause],
          announced: false,
        }),
      });
      if (!declared.ok) throw new Error(`declare ${declared.status} ${await declared.text()}`);
      const chunk = await fetch(`/api/recordings/${id}/chunks/0`, {
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/octet-stream', [hashHeader]: sha256 },
        body: bytes,
      });
      if (!chunk.ok) throw new Error(`chunk ${chunk.status} ${await chunk.text()}`);
      const done = await fetch(`/api/recordings/${id}/complete`, { method: 'POST', headers: auth });
      if (!done.ok) throw new Error(`complete ${done.status} ${await done.text()}`);
      // Agents never get the audio.
      const grant = await fetch(`/api/recordings/${id}/access`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ purpose: 'play' }),
      });
      if (grant.status !== 403) throw new Error(`an agent's grant answered ${grant.status}`);
      return { id, size: bytes.length, durationMs };
    },
    {
      agent,
      opts,
      protocolHeader: PROTOCOL_HEADER,
      protocolVersion: PROTOCOL_VERSION,
      hashHeader: CHUNK_HASH_HEADER,
    },
  );
}

export class CallsPage {
  readonly section: Locator;
  readonly table: Locator;
  readonly view: Locator;
  readonly waveform: Locator;
  readonly audio: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('calls-section');
    this.table = page.getByTestId('calls-table');
    this.view = page.getByTestId('call-view');
    this.waveform = page.getByTestId('waveform');
    this.audio = page.getByTestId('call-audio');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-supervisor').click();
    await this.page.getByTestId('section-calls').click();
    await expect(this.section).toBeVisible();
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid="call-row"][data-id="${id}"]`);
  }

  async filterAgent(name: string | RegExp): Promise<void> {
    await this.page.getByTestId('filter-agent-field').getByRole('combobox').click();
    await this.page.getByRole('option', { name }).click();
  }

  async onlyUnreviewed(): Promise<void> {
    await this.page.getByTestId('filter-unreviewed').check();
  }

  /** Opens the call and waits for the waveform drawn from its decoded audio. */
  async openCall(id: string): Promise<void> {
    await this.row(id).click();
    await expect(this.view).toBeVisible();
    await expect(this.waveform).toHaveAttribute('data-drawn', 'yes', { timeout: 20_000 });
  }

  currentTime(): Promise<number> {
    return this.audio.evaluate((a) => (a as HTMLAudioElement).currentTime);
  }

  playbackRate(): Promise<number> {
    return this.audio.evaluate((a) => (a as HTMLAudioElement).playbackRate);
  }

  paused(): Promise<boolean> {
    return this.audio.evaluate((a) => (a as HTMLAudioElement).paused);
  }

  /** Pixels of the waveform canvas that are not transparent (it was drawn). */
  inkedPixels(): Promise<number> {
    return this.waveform.evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; data && i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
      return n;
    });
  }

  async togglePlay(): Promise<void> {
    await this.page.getByTestId('player-toggle').click();
  }

  async speed(s: 1 | 1.25 | 1.5 | 2): Promise<void> {
    await this.page.getByTestId(`speed-${s}`).click();
  }

  /** Clicks the waveform at `share` (0–1) of its width, from the left: audio time runs left to right. */
  async seekTo(share: number): Promise<void> {
    const box = await this.waveform.boundingBox();
    if (!box) throw new Error('no waveform');
    await this.page.mouse.click(box.x + box.width * share, box.y + box.height / 2);
  }

  async score(criterionId: string, value: string): Promise<void> {
    await this.page.getByTestId(`score-${criterionId}`).selectOption(value);
  }

  async pinComment(text: string): Promise<void> {
    await this.page.getByTestId('comment-text').fill(text);
    await this.page.getByTestId('comment-pin').click();
  }

  async save(): Promise<void> {
    await this.page.getByTestId('review-save').click();
    await expect(this.page.getByTestId('review-saved')).toBeVisible();
  }

  async star(): Promise<void> {
    await this.page.getByTestId('call-star').click();
    await expect(this.page.getByTestId('call-star')).toHaveAttribute('aria-pressed', 'true');
  }
}

export class MyReviewsPage {
  readonly dialog: Locator;
  readonly badge: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('my-reviews');
    this.badge = page.getByTestId('my-reviews-badge');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('user-badge').click();
    await this.page.getByTestId('my-reviews-open').click();
    await expect(this.dialog).toBeVisible();
  }

  review(id: string): Locator {
    return this.dialog.locator(`[data-testid="my-review"][data-id="${id}"]`);
  }

  async acknowledge(id: string): Promise<void> {
    await this.review(id).getByTestId('my-review-ack').click();
    await expect(this.review(id).getByTestId('my-review-acked')).toBeVisible();
  }
}

export class CallScoresCard {
  readonly card: Locator;
  constructor(readonly page: Page) {
    this.card = page.getByTestId('call-scores');
  }
  row(agentId: string): Locator {
    return this.card.locator(`[data-testid="call-scores-row"][data-agent="${agentId}"]`);
  }
}
