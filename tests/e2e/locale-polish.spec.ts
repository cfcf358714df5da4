// The shell in Arabic (right to left), Turkish and English at 1440 px: role tabs in the floor's
// words without scroll arrows, supervisors landing on their dashboard, Latin names in the
// Arabic farmer list cut at their end, only due check-ins, the demo's qualified leads with their
// BANT, one-line figures in the dashboard, Latin digits in pagination, per-role daily targets and
// a favicon. Screenshots of each screen in each language.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DeskPage, type LanguageName } from './pages/desk-page';
import { EditorsPage } from './pages/editors-page';
import { FarmerPage } from './pages/farmer-page';
import { ListsPage } from './pages/lists-page';
import { DEMO, SignInPage, WORKDAY_MORNING } from './pages/sign-in-page';

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 120_000 });

const PEOPLE = {
  omar: '01900000-0000-7000-8000-000000000201', // supervisor, Arabic
  faisal: DEMO.faisal, // hunter only, Arabic
  khalid: '01900000-0000-7000-8000-000000000204', // closer, Arabic
  noura: '01900000-0000-7000-8000-000000000205', // farmer, Arabic
  ayse: '01900000-0000-7000-8000-000000000301', // supervisor, Turkish
  emre: '01900000-0000-7000-8000-000000000302', // hunter only, Turkish
  burak: '01900000-0000-7000-8000-000000000304', // closer, Turkish
  zeynep: DEMO.zeynep, // farmer, Turkish
} as const;

type Case = {
  code: 'ar' | 'tr' | 'en';
  name: LanguageName;
  supervisor: string;
  oneTab: string;
  /** A hunter, a closer and a farmer of the supervisor's team, for the targets table. */
  team: { hunter: string; closer: string; farmer: string };
  words: { hunterTab: string; bookings: string; wins: string; upsells: string };
};

const CASES: readonly Case[] = [
  {
    code: 'ar',
    name: 'العربية',
    supervisor: PEOPLE.omar,
    oneTab: PEOPLE.faisal,
    team: { hunter: PEOPLE.faisal, closer: PEOPLE.khalid, farmer: PEOPLE.noura },
    words: {
      hunterTab: 'العملاء الجدد',
      bookings: 'مواعيد محجوزة',
      wins: 'صفقات رابحة',
      upsells: 'مبيعات إضافية',
    },
  },
  {
    code: 'tr',
    name: 'Türkçe',
    supervisor: PEOPLE.ayse,
    oneTab: PEOPLE.emre,
    team: { hunter: PEOPLE.emre, closer: PEOPLE.burak, farmer: PEOPLE.zeynep },
    words: {
      hunterTab: 'Yeni Müşteri',
      bookings: 'alınan randevu',
      wins: 'kazanılan satış',
      upsells: 'ek satış',
    },
  },
  {
    code: 'en',
    name: 'English',
    supervisor: DEMO.sarah,
    oneTab: PEOPLE.faisal,
    team: { hunter: PEOPLE.faisal, closer: PEOPLE.khalid, farmer: PEOPLE.noura },
    words: {
      hunterTab: 'Hunter',
      bookings: 'meetings booked',
      wins: 'deals won',
      upsells: 'up-sells',
    },
  },
];

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-badge').click();
  await page.getByTestId('sign-out').click();
}

/** Whether the text of `el` starts inside its own box: a cut start hides the first letters. */
function startVisible(el: Locator): Promise<{ overflows: boolean; latin: boolean; ok: boolean }> {
  return el.evaluate((node) => {
    const text = document.createTreeWalker(node, NodeFilter.SHOW_TEXT).nextNode();
    const box = node.getBoundingClientRect();
    const range = document.createRange();
    if (!text) return { overflows: false, latin: false, ok: false };
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const first = range.getBoundingClientRect();
    return {
      overflows: node.scrollWidth > node.clientWidth + 1,
      latin: /^[A-Za-z]/.test(node.textContent ?? ''),
      ok: first.left >= box.left - 1 && first.right <= box.right + 1,
    };
  });
}

/** How many lines the text of `el` takes. */
function lines(el: Locator): Promise<number> {
  return el.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size;
  });
}

for (const c of CASES) {
  test(`shell polish in ${c.code}: tabs, landing, farmer list, demo BANT, dashboard, pagination, targets`, async ({
    page,
  }) => {
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    const signIn = new SignInPage(page);
    const desk = new DeskPage(page);
    await signIn.open();
    await desk.chooseLanguage(c.name);
    // A real icon, no 404 for it.
    const icon = page.locator('link[rel="icon"]');
    await expect(icon).toHaveAttribute('href', /favicon|^data:image/);
    const href = await icon.evaluate((l: HTMLLinkElement) => l.href);
    if (!href.startsWith('data:')) expect((await page.request.get(href)).status()).toBe(200);

    // One role, one tab: no scroll arrows beside it; the area is named in the floor's words.
    await signIn.signInAs(c.oneTab);
    await expect(desk.navTab('hunter')).toContainText(c.words.hunterTab);
    await expect(desk.navTab('hunter')).toHaveAttribute('title', /Hunter/);
    const nav = page.getByTestId('role-nav');
    await expect(nav.getByTestId('nav-hunter')).toBeVisible();
    await expect(nav.locator('.MuiTabs-scrollButtons')).toHaveCount(0);
    await desk.screenshot(`polish-one-tab-${c.code}`);
    // Even when the top bar is crowded, the one tab keeps its width and gets no arrows.
    await page.setViewportSize({ width: 900, height: 900 });
    await expect(desk.navTab('hunter')).toBeVisible();
    await expect(nav.locator('.MuiTabs-scrollButtons')).toHaveCount(0);
    const tab = await desk.navTab('hunter').boundingBox();
    const bar = await nav.boundingBox();
    expect(tab!.x).toBeGreaterThanOrEqual(bar!.x - 1);
    expect(tab!.x + tab!.width).toBeLessThanOrEqual(bar!.x + bar!.width + 1);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signOut(page);

    // Daniel: the closer sees the BANT the demo's hunter filled; the farmer only due check-ins.
    await desk.chooseLanguage(c.name);
    await signIn.signInAs(DEMO.daniel);
    await expect(desk.area('hunter')).toBeVisible();
    await desk.goTo('closer');
    await page.getByTestId('inbox-item').first().click();
    await expect(page.getByTestId('handoff-bant').locator('.MuiChip-root')).toHaveCount(4);
    // One customer's check-in comes up in three days: listed apart, under "coming up".
    const soonName = await page.evaluate(
      async ({ owner, at }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('salesdesk-demo');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        const tx = db.transaction('leads', 'readwrite');
        const store = tx.objectStore('leads');
        const all = await new Promise<Record<string, unknown>[]>((resolve) => {
          const req = store.getAll();
          req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        });
        const later = all.find(
          (l) =>
            l.ownerId === owner &&
            (l.stage === 'won' || l.stage === 'retention') &&
            Number(l.nextCallAt) > at + 9 * 86_400_000,
        );
        if (later) store.put({ ...later, nextCallAt: at + 3 * 86_400_000 });
        await new Promise((resolve) => (tx.oncomplete = resolve));
        db.close();
        return String(later?.name ?? '');
      },
      { owner: DEMO.daniel, at: WORKDAY_MORNING.getTime() },
    );
    expect(soonName).not.toBe('');
    const farmer = new FarmerPage(page);
    await farmer.open();
    await farmer.shows('due');
    const rows = page.getByTestId('farmer-item');
    await expect(rows.first()).toBeVisible();
    const now = WORKDAY_MORNING.getTime();
    const nexts = (await rows.evaluateAll((els) => els.map((e) => Number(e.dataset.next)))).filter(
      Number.isFinite,
    );
    expect(nexts.length).toBeGreaterThan(0);
    // Due today or overdue, or in the next seven days under their own heading; none weeks ahead.
    for (const at of nexts) expect(at).toBeLessThan(now + 9 * 86_400_000);
    const dueCount = nexts.length;
    const soon = page.getByTestId('farmer-soon');
    await expect(soon).toBeVisible();
    await expect(page.getByTestId('farmer-list')).toContainText(soonName);
    const names = rows.locator('.MuiListItemText-primary');
    let cutLatin = 0;
    for (const name of await names.all()) {
      const r = await startVisible(name);
      expect(r.ok, await name.innerText()).toBe(true);
      if (r.overflows && r.latin) cutLatin++;
    }
    await desk.screenshot(`polish-farmer-due-${c.code}`);
    await farmer.show('all');
    await expect(rows.first()).toBeVisible();
    // The whole base has the customers whose check-in is weeks away.
    const all = (await rows.evaluateAll((els) => els.map((e) => Number(e.dataset.next)))).filter(
      Number.isFinite,
    );
    expect(all.some((at) => at > now + 9 * 86_400_000)).toBe(true);
    expect(all.length).toBeGreaterThan(dueCount);
    for (const name of (await names.all()).slice(0, 12)) {
      const r = await startVisible(name);
      expect(r.ok, await name.innerText()).toBe(true);
      if (r.overflows && r.latin) cutLatin++;
    }
    // Long Latin "name · company" lines were there to cut.
    expect(cutLatin).toBeGreaterThan(0);
    await desk.screenshot(`polish-farmer-all-${c.code}`);
    await signOut(page);

    // A supervisor (or the administrator) lands on the dashboard, not on an empty hunter tab.
    await desk.chooseLanguage(c.name);
    await signIn.signInAs(c.supervisor);
    await expect(desk.area('supervisor')).toBeVisible();
    await expect(page).toHaveURL(/#\/supervisor$/);
    // Four role tabs fit a 1440 px top bar: no scroll arrows.
    await expect(page.getByTestId('nav-supervisor')).toBeVisible();
    await expect(page.getByTestId('role-nav').locator('.MuiTabs-scrollButtons')).toHaveCount(0);
    // Where they truly do not fit, the arrows come, and go again when the room is back.
    await page.setViewportSize({ width: 800, height: 900 });
    await expect(page.getByTestId('role-nav').locator('.MuiTabs-scrollButtons')).toHaveCount(2);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(page.getByTestId('role-nav').locator('.MuiTabs-scrollButtons')).toHaveCount(0);
    const result = page.getByTestId('calls-per-agent').locator('td[data-col="result"]');
    await expect(result.first()).toBeVisible();
    for (const cell of await result.all()) expect(await lines(cell)).toBe(1);
    await desk.screenshot(`polish-dashboard-${c.code}`);

    // Pagination in the digits the rest of the desk uses (Latin unless the person chose others).
    const lists = new ListsPage(page);
    await lists.open();
    await lists.view('assign');
    const shown = page.locator('.MuiTablePagination-displayedRows');
    await expect(shown).toHaveText(/^\d+–\d+ \S+ [\d,.]+/);
    await expect(shown).not.toHaveText(/[٠-٩]/);
    await desk.screenshot(`polish-lists-${c.code}`);

    // The daily result target says what it counts for each rep.
    const editors = new EditorsPage(page);
    await editors.openPeople();
    await editors.peopleView('targets');
    const kind = (id: string) => page.getByTestId(`target-${id}-dailyBookings-kind`);
    await expect(kind(c.team.hunter)).toHaveText(c.words.bookings);
    await expect(kind(c.team.closer)).toHaveText(c.words.wins);
    await expect(kind(c.team.farmer)).toHaveText(c.words.upsells);
    // A long page, with its scroll bar: the four role tabs still fit.
    await expect(page.getByTestId('role-nav').locator('.MuiTabs-scrollButtons')).toHaveCount(0);
    await desk.screenshot(`polish-targets-${c.code}`);

    expect(missing).toEqual([]);
  });
}
