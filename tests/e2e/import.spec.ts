// Lead import end to end: a supervisor brings a CSV through the mapping step and the progress
// bar to the report, the leads go round-robin to two hunters, a hunter calls one, and the
// supervisor's dashboard counts that call.
import { expect, test, type Page } from '@playwright/test';
import { HunterPage } from './pages/hunter-page';
import { IMPORT_PEOPLE, ImportPage, latinDigits } from './pages/import-page';
import { DEMO, SignInPage } from './pages/sign-in-page';

test.describe.configure({ timeout: 120_000 });

/** A Gulf list as a CRM exports it: UTF-8 with BOM, CRLF, local Saudi numbers, some bad rows. */
function gulfList(rows: number): Buffer {
  const lines = ['الاسم,الشركة,رقم الجوال,البريد الإلكتروني,ملاحظات'];
  for (let i = 0; i < rows; i++) {
    const n = String(1_000_000 + i).slice(1);
    lines.push(
      `عميل الاستيراد ${i + 1},شركة ${i % 40},05${i % 2 ? '5' : '0'} ${n.slice(0, 3)} ${n.slice(3)}1,import${i}@example.sa,"اتصل صباحًا\r\nقبل الظهر"`,
    );
  }
  // The first lead again, written the international way: a duplicate in the file.
  lines.push('عميل مكرر,شركة 0,+966 50 000 0001,,');
  lines.push('بلا رقم,شركة 1,,,');
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-badge').click();
  await page.getByTestId('sign-out').click();
}

test('a supervisor imports a list round-robin to two hunters; a hunter calls one; the dashboard counts it', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signInAs(IMPORT_PEOPLE.omar);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Faisal's calls today before anything happens, as the dashboard shows them.
  await page.getByTestId('nav-supervisor').click();
  await page.getByTestId('section-dashboard').click();
  const faisalRow = page
    .getByTestId('calls-per-agent')
    .locator('tbody tr')
    .filter({ hasText: 'فيصل العتيبي' });
  await expect(faisalRow).toBeVisible();
  const callsBefore = Number(latinDigits(await faisalRow.locator('td').nth(1).innerText()));
  const imp = new ImportPage(page);
  await imp.open();

  const rows = 3000;
  await imp.chooseFile('gulf-expo.csv', gulfList(rows));
  await expect(page.getByTestId('import-encoding')).toContainText('UTF-8');
  await imp.next();
  // Arabic headers are recognised.
  await expect(imp.target(0)).toHaveText('الاسم');
  await expect(imp.target(2)).toHaveText('الهاتف');
  await expect(imp.target(3)).toHaveText('البريد الإلكتروني');
  await expect(imp.preview).toContainText('+966500000001');
  await imp.screenshot('import-mapping-ar');
  await imp.next();

  await imp.setListName('معرض الخليج');
  await imp.roundRobin([DEMO.faisal, IMPORT_PEOPLE.mona]);
  await imp.highPriority();
  await imp.start();
  await expect(imp.progress).toBeVisible();
  await expect(page.getByTestId('import-progress-bar')).toBeVisible();
  await expect(imp.report).toBeVisible({ timeout: 60_000 });
  expect(await imp.figure('imported')).toBe(rows);
  expect(await imp.figure('duplicatesInFile')).toBe(1);
  expect(await imp.figure('invalid')).toBe(1);
  await expect(imp.issues).toHaveCount(2);
  await expect(imp.issues.nth(1)).toContainText('لا يوجد رقم هاتف ولا بريد إلكتروني');
  await imp.screenshot('import-report-ar');
  const report = await imp.downloadReport();
  expect(report.name).toBe('تقرير الاستيراد - معرض الخليج.csv');
  expect(report.text).toContain('مكرر داخل الملف');
  await expect(page.getByTestId('import-history')).toContainText('معرض الخليج');
  // In turn: half to Faisal, half to Mona.
  expect(await imp.ownersOfList('معرض الخليج')).toEqual({
    [DEMO.faisal]: rows / 2,
    [IMPORT_PEOPLE.mona]: rows / 2,
  });

  // Faisal, on the same desk, gets an imported lead first (high priority) and logs a call.
  await signOut(page);
  await signIn.signInAs(DEMO.faisal);
  const hunter = new HunterPage(page);
  await hunter.open();
  // Callbacks already due come first; then the imported list, ahead of other fresh leads.
  let calls = 0;
  let name = await hunter.nextLead();
  while (!/^عميل الاستيراد \d+$/.test(name) && calls < 10) {
    await hunter.dispositionByKey('1');
    calls++;
    name = await hunter.leadName.innerText();
  }
  expect(name).toMatch(/^عميل الاستيراد \d+$/);
  await expect(page.getByTestId('lead-phone')).toContainText('+966');
  await hunter.dispositionByKey('1'); // no answer: a call all the same
  calls++;

  // Omar's dashboard shows Faisal's call today.
  await signOut(page);
  await signIn.signInAs(IMPORT_PEOPLE.omar);
  await page.getByTestId('nav-supervisor').click();
  await page.getByTestId('section-dashboard').click();
  await expect
    .poll(async () => Number(latinDigits(await faisalRow.locator('td').nth(1).innerText())))
    .toBe(callsBefore + calls);
});

test('an English import of a Turkish Windows-1254 file reports duplicates, bad rows and do-not-call', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.sarah);
  const imp = new ImportPage(page);
  await imp.open();

  // Turkish Excel: semicolons, Windows-1254 bytes, "Ad" + "Soyad", the same number twice.
  const text =
    'Ad;Soyad;Telefon;Şirket;Ülke;E-posta\r\n' +
    'Şükrü;Öztürk;0532 123 45 67;Çağrı Yazılım;Türkiye;\r\n' +
    'Ayşe;Işık;+90 532 1234567;Güneş AŞ;Türkiye;\r\n' +
    'İpek;Yıldız;0533 12;Deniz Ltd;Türkiye;\r\n' +
    // A stray NUL byte, as some exports leave: taken out, the row imported.
    'Gökhan;Şahin\u0000;0535 987 65 43;Ege Gıda;Türkiye;\r\n' +
    // Reachable only by e-mail: a lead all the same; the same e-mail again is a duplicate.
    'Leyla;Demir;;Ege Ltd;Türkiye;leyla@ege.example\r\n' +
    'Leyla;D.;;Ege Ltd;Türkiye;LEYLA@ege.example\r\n';
  const bytes = Buffer.from([...text].map((ch) => cp1254(ch)));
  await imp.chooseFile('musteriler.csv', bytes);
  await expect(page.getByTestId('import-encoding')).toContainText(
    'Turkish (Windows-1254) (detected)',
  );
  await imp.next();
  await expect(imp.target(0)).toHaveText('First name');
  await expect(imp.target(1)).toHaveText('Last name');
  await expect(imp.target(2)).toHaveText('Phone');
  await expect(imp.preview).toContainText('Şükrü Öztürk');
  // The number sits in a bidi isolate.
  await expect(imp.preview).toContainText(/The phone number “\u2068?0533 12\u2069?” is not valid/);
  await imp.screenshot('import-mapping-en');
  await imp.next();
  await imp.setListName('');
  await imp.start();
  await expect(page.getByText('Give the list a name.')).toBeVisible();
  await imp.setListName('Istanbul fair');
  await imp.start();
  await expect(imp.report).toBeVisible({ timeout: 30_000 });
  expect(await imp.figure('imported')).toBe(3);
  expect(await imp.figure('duplicatesInFile')).toBe(2);
  expect(await imp.figure('invalid')).toBe(1);
  await expect(imp.issues.nth(0)).toContainText(/\+905321234567\u2069? is the same as row 2/);
  await expect(imp.issues.nth(2)).toContainText(/leyla@ege\.example\u2069? is the same as row 6/);
  await expect(page.getByTestId('report-cleaned')).toContainText(
    '1 imported row held invisible control characters',
  );
  await imp.screenshot('import-report-en');

  // The same file again: everything is already on the desk, nothing new.
  await page.getByTestId('import-another').click();
  await imp.chooseFile('musteriler.csv', bytes);
  await imp.next();
  await expect(page.getByTestId('mapping-origin')).toContainText('as you did last time');
  await imp.next();
  await imp.setListName('Istanbul fair again');
  await imp.start();
  await expect(imp.report).toBeVisible({ timeout: 30_000 });
  expect(await imp.figure('imported')).toBe(0);
  expect(await imp.figure('duplicatesExisting')).toBe(5);
});

/** Windows-1254 byte of a character (enough of the table for the test's Turkish letters). */
function cp1254(ch: string): number {
  const table: Record<string, number> = {
    Ş: 0xde,
    ş: 0xfe,
    Ğ: 0xd0,
    ğ: 0xf0,
    İ: 0xdd,
    ı: 0xfd,
    Ö: 0xd6,
    ö: 0xf6,
    Ü: 0xdc,
    ü: 0xfc,
    Ç: 0xc7,
    ç: 0xe7,
  };
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code;
  const b = table[ch];
  if (b === undefined) throw new Error(`no Windows-1254 byte for ${ch}`);
  return b;
}

test('cancelling a large import leaves the desk exactly as it was', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.sarah);
  const imp = new ImportPage(page);
  await imp.open();
  const leadCount = page.getByTestId('local-lead-count');
  // The header shows "…" until the desk has counted its leads.
  await expect(leadCount).toContainText(/\d/);
  const before = (await leadCount.textContent()) ?? '';
  const stored = await imp.storedCounts();

  await imp.chooseFile('big-list.csv', gulfList(50_000));
  await imp.next();
  await imp.next();
  await imp.start();
  await expect(imp.progress).toBeVisible();
  // Wait until rows are being read, then cancel: the UI answers at once, the worker stops.
  await expect
    .poll(async () => Number(latinDigits(await page.getByTestId('import-rows-parsed').innerText())))
    .toBeGreaterThan(0);
  await page.getByTestId('import-cancel').click();
  await expect(imp.error).toHaveText('The import was cancelled. Nothing was saved.', {
    timeout: 30_000,
  });
  await expect(leadCount).toHaveText(before);
  await expect(page.getByText('No imports yet.')).toBeVisible();
  expect(await imp.storedCounts()).toEqual(stored);
});
