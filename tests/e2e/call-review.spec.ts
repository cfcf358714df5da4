// Call review end to end against the real server (issue 13): a recording made in the page (an
// oscillator through MediaRecorder, with a silent stretch and a pause mark) goes to the server
// through the real upload API with the agent's token; the agent cannot get its audio. The
// supervisor filters the Calls list, opens the call, plays it (the audio's clock runs, the
// waveform is drawn from the decoded bytes), changes the speed, scores it with comments pinned at
// moments, stars and saves it; the agent sees the review and its comments and acknowledges it;
// the dashboard shows the score. Once in English and once in Arabic, with screenshots of both
// (tests/e2e/screenshots/call-review-*.png).
import { expect, test, type Browser } from '@playwright/test';
import { DEMO_PASSWORD } from '../../shared/demo/credentials';
import { ServerProcess } from '../integration/sync/server-process';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';
import { CallScoresCard, CallsPage, MyReviewsPage, uploadRecording } from './pages/calls-page';
import { DeskPage, type LanguageName } from './pages/desk-page';
import { ServerSignInPage } from './pages/server-sign-in-page';

test.describe.configure({ mode: 'serial' });
test.use({
  launchOptions: {
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'],
  },
});

const FAISAL = {
  id: '01900000-0000-7000-8000-000000000202', // hunter, Gulf team
  email: 'faisal.alotaibi@rawaa.example',
};
const OMAR_EMAIL = 'omar.alhaddad@rawaa.example'; // supervisor of the Gulf team

const server = new ServerProcess({ args: ['--static-dir', 'out/renderer'] });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await server.start();
});

test.afterAll(async () => {
  await server.stop();
});

async function signedIn(browser: Browser, email: string, language: LanguageName) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const signIn = new ServerSignInPage(page);
  await signIn.open(server.url);
  await signIn.signIn(email);
  const desk = new DeskPage(page);
  await desk.chooseLanguage(language);
  return { context, page, desk };
}

for (const [language, tag] of [
  ['English', 'en'],
  ['العربية', 'ar'],
] as const) {
  test(`a supervisor reviews a recorded call and the agent acknowledges it (${tag})`, async ({
    browser,
  }) => {
    // Two desks, a recording, playback and the dashboard: 2–3 minutes on a loaded 2-core machine.
    test.setTimeout(360_000);
    // The agent's desk, where the recording is made and uploaded.
    const agent = await signedIn(browser, FAISAL.email, language);
    const recording = await uploadRecording(
      agent.page,
      { email: FAISAL.email, password: DEMO_PASSWORD },
      { toneMs: 1500, silenceMs: 2500, pause: { atMs: 1500, forMs: 8000 } },
    );
    expect(recording.size).toBeGreaterThan(1000);

    // The supervisor finds it among the calls not yet reviewed.
    const sup = await signedIn(browser, OMAR_EMAIL, language);
    const calls = new CallsPage(sup.page);
    await calls.open();
    await calls.filterAgent(/فيصل/);
    await calls.onlyUnreviewed();
    await expect(calls.row(recording.id)).toBeVisible({ timeout: 20_000 });
    await expect(sup.page.getByTestId('call-row')).toHaveCount(1);
    await calls.openCall(recording.id);
    expect(await calls.inkedPixels()).toBeGreaterThan(500);
    // The silent stretch between the tones is found (skip silence jumps over it).
    await expect(calls.waveform).toHaveAttribute('data-silences', /[1-9]/);
    await expect(sup.page.getByTestId('mark-pause')).toHaveCount(1);

    await calls.togglePlay();
    await expect.poll(() => calls.currentTime(), { timeout: 15_000 }).toBeGreaterThan(0.3);
    await calls.speed(1.5);
    expect(await calls.playbackRate()).toBe(1.5);
    await calls.togglePlay();
    await expect.poll(() => calls.paused()).toBe(true);

    // Comments pinned where the playhead is: near the start, then past the silence.
    await calls.seekTo(0.1);
    const early = await calls.currentTime();
    await calls.pinComment('Good opening: name and reason in one breath');
    await calls.seekTo(0.8);
    const late = await calls.currentTime();
    expect(late).toBeGreaterThan(early);
    await calls.pinComment('لم تسأل عن الميزانية ولا عن صاحب القرار');
    await expect(sup.page.getByTestId('review-comment')).toHaveCount(2);
    await expect(sup.page.getByTestId('mark-comment')).toHaveCount(2);

    // greeting 4/5, interest 5/5, offer 2/5, objections n/a, close 3/5, BANT no, objection
    // handled yes, recap yes → (0.8 + 1 + 0.4 + 0.6 + 0 + 1 + 1) / 7 = 68.6 %
    for (const [id, v] of [
      ['greeting', '4'],
      ['interest', '5'],
      ['offer', '2'],
      ['objections', 'na'],
      ['close', '3'],
      ['bant', '0'],
      ['objection-handled', '1'],
      ['recap', '1'],
    ] as const)
      await calls.score(id, v);
    if (tag === 'en') await expect(sup.page.getByTestId('review-total')).toHaveText('68.6%');
    await calls.star();
    await calls.save();
    await sup.desk.screenshot(`call-review-call-${tag}`);

    // Back in the list: scored and starred; no longer among the unreviewed.
    await sup.page
      .getByRole('button', { name: tag === 'en' ? 'Back to the calls' : 'العودة إلى المكالمات' })
      .click();
    await expect(sup.page.getByTestId('calls-empty')).toBeVisible();
    await sup.page.getByTestId('filter-unreviewed').uncheck();
    await sup.page.getByTestId('filter-starred').check();
    await expect(calls.row(recording.id).getByTestId('call-score')).toContainText(
      tag === 'en' ? '68.6%' : /٪|%/,
    );
    await sup.desk.screenshot(`call-review-list-${tag}`);

    // The agent: a badge, the review with its comments at their moments, acknowledged.
    const mine = new MyReviewsPage(agent.page);
    await agent.page.reload();
    await expect(mine.badge).toContainText(/[1-9١-٩]/, { timeout: 20_000 });
    await mine.open();
    const review = mine.review(recording.id);
    await expect(review.getByTestId('my-review-comment')).toHaveCount(2);
    await expect(review).toContainText('Good opening');
    await expect(review).toContainText('لم تسأل عن الميزانية');
    if (tag === 'en') await expect(review.getByTestId('my-review-score')).toHaveText('68.6%');
    await agent.desk.screenshot(`call-review-agent-${tag}`);
    await mine.acknowledge(recording.id);
    await expect(agent.page.getByTestId('call-audio')).toHaveCount(0);

    // The dashboard's Call scores card shows the rep's score for the week.
    await sup.page.getByTestId('section-dashboard').click();
    const card = new CallScoresCard(sup.page);
    await expect(card.row(FAISAL.id)).toBeVisible({ timeout: 20_000 });
    await expect(card.row(FAISAL.id).getByTestId('call-scores-missed')).toContainText(
      tag === 'en' ? 'BANT asked' : 'BANT',
    );
    if (tag === 'en')
      await expect(card.row(FAISAL.id).getByTestId('call-scores-average')).toHaveText('68.6%');
    await card.card.scrollIntoViewIfNeeded();
    await sup.desk.screenshot(`call-review-dashboard-${tag}`);

    await agent.context.close();
    await sup.context.close();
  });
}
