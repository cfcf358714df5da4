// The closer's quote end to end, offline: the dialog in English, Turkish and Arabic, an Arabic
// quote downloaded as a PDF made on the desk, and the proposal it sent showing the quote.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { CloserPage } from './pages/closer-page';
import { DeskPage } from './pages/desk-page';
import { QuotePage } from './pages/quote-page';
import { DEMO, SignInPage } from './pages/sign-in-page';

test('a closer working in Arabic makes a quote for a proposal, downloads the PDF, and the proposal shows the quote', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.daniel);
  const desk = new DeskPage(page);
  const closer = new CloserPage(page);
  const quote = new QuotePage(page);
  await closer.open();

  // The first hand-off whose meeting is still ahead of a proposal.
  const items = closer.inbox.getByTestId('inbox-item');
  await expect(items.first()).toBeVisible();
  for (let i = 0; i < (await items.count()); i++) {
    await items.nth(i).click();
    if (await page.getByTestId('closer-proposal').isVisible()) break;
  }
  await expect(page.getByTestId('closer-proposal')).toBeVisible();
  await expect(page.getByTestId('quote-open')).toBeVisible();

  // The dialog in English and Turkish, as the closer reads it.
  await quote.open();
  await expect(quote.preview).toContainText('Rawaa Pro 500');
  await desk.screenshot('quote-dialog-en');
  await quote.close();
  await desk.chooseLanguage('Türkçe');
  await quote.open();
  await expect(quote.dialog).toContainText('PDF indir');
  await desk.screenshot('quote-dialog-tr');
  await quote.close();

  // In Arabic: 10% off, a quote in Arabic for the customer.
  await desk.chooseLanguage('العربية');
  expect(await desk.htmlDir()).toBe('rtl');
  await quote.open();
  await quote.chooseLanguage('العربية');
  await quote.discountPercent('10');
  await expect(quote.preview).toHaveAttribute('dir', 'rtl');
  await expect(quote.preview).toContainText('عرض سعر');
  await expect(page.getByTestId('quote-totals')).toContainText('170.10');
  const number = (await page.getByTestId('quote-number').innerText()).match(
    /Q-\d{8}-[0-9A-F]{6}/,
  )?.[0];
  expect(number).toBeTruthy();

  // A discount that leaves nothing to pay is refused in words, and nothing can be sent.
  await quote.discountPercent('100');
  await expect(page.getByTestId('quote-problem')).toContainText('الخصم');
  await expect(page.getByTestId('quote-download')).toBeDisabled();
  await quote.discountPercent('10');
  await desk.screenshot('quote-dialog-ar');

  const download = await quote.download();
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${number}.*\\.pdf$`));
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(20_000);
  // Made in the browser from the bundled font: the Arabic reads back (poppler-utils, as CI has).
  if (spawnSync('pdftotext', ['-v']).status === 0) {
    const text = execFileSync('pdftotext', [await download.path(), '-'], { encoding: 'utf8' });
    expect(text.replace(/[\u200e\u200f\u202a-\u202e]/g, '')).toContain('عرض سعر');
    expect(text).toContain('170.10');
  }
  await expect(quote.notice).toContainText(number ?? '');
  await quote.close();

  // The proposal is sent with the quote on it: the proposal key is gone, the quote shows.
  await expect(page.getByTestId('closer-proposal')).toBeHidden();
  await expect(page.getByTestId('proposal-quote')).toContainText(number ?? '');
  await expect(page.getByTestId('proposal-quote')).toContainText('170.10');
  await desk.screenshot('quote-on-proposal-ar');

  // Opened again, it is the same quote, read-only.
  await quote.open();
  await expect(page.getByTestId('quote-number')).toContainText(number ?? '');
  await expect(page.getByTestId('quote-price')).toBeDisabled();
});
