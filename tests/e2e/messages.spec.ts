// Touch chains end to end: a supervisor edits the WhatsApp template in Arabic and sets the touch
// goal (13 refused, 9 kept); the Arabic hunter sends that template by WhatsApp (the wa.me link
// opens with the lead's number and the filled text), and the message shows in the history as a
// touch; an English agent e-mails a lead through their mail app (mailto: with subject and body).
// Screenshots in Arabic, English and Turkish.
import { expect, test, type Page } from '@playwright/test';
import { DeskPage } from './pages/desk-page';
import { EditorsPage } from './pages/editors-page';
import { HunterPage } from './pages/hunter-page';
import { DEMO, SignInPage } from './pages/sign-in-page';
import { SUPERVISORS } from './pages/supervisor-page';

test.describe.configure({ timeout: 120_000 });

const MISSED_CALL = 'msg-missed-call';
const INFORMATION = 'msg-information';

async function signOut(page: Page) {
  await page.getByTestId('user-badge').click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in')).toBeVisible();
}

/** The touches the lead card counts, and its goal. */
async function touches(page: Page): Promise<{ count: number; goal: number }> {
  const box = page.getByTestId('lead-touches');
  return {
    count: Number(await box.getAttribute('data-count')),
    goal: Number(await box.getAttribute('data-goal')),
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function pickTemplate(page: Page, id: string) {
  await page.getByTestId('message-template').getByRole('combobox').click();
  await page.getByTestId(`message-template-${id}`).click();
  await expect(page.getByRole('listbox')).toBeHidden();
}

test('a supervisor edits the WhatsApp template in Arabic and sets the goal; the hunter sends it by WhatsApp (Arabic, right to left)', async ({
  page,
  context,
}) => {
  // wa.me is outside the test machine: answer it here, so the opened tab has a page.
  await context.route('https://wa.me/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>WhatsApp</title>' }),
  );
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  const editors = new EditorsPage(page);
  await signIn.open();
  await desk.chooseLanguage('العربية');
  await signIn.signInAs(SUPERVISORS.omar);
  expect(await desk.htmlDir()).toBe('rtl');
  await editors.openContent();
  await editors.kind('message');

  // The touch goal: 13 is refused in Arabic, 9 is kept.
  const goal = page.getByTestId('touch-goal');
  await goal.fill('13');
  await expect(page.getByTestId('touch-settings')).toContainText('أدخل عددًا صحيحًا من 7 إلى 12.');
  await expect(page.getByTestId('touch-settings-save')).toBeDisabled();
  await goal.fill('9');
  await page.getByTestId('touch-settings-save').click();
  await expect(page.getByTestId('touch-settings-result')).toHaveText('حُفظت إعدادات التواصل.');

  // The Arabic text of the missed-call template, the agent's name from the placeholder menu.
  await editors.select(MISSED_CALL);
  await editors.language('ar');
  const body = page.getByTestId('message-body');
  await expect(body).toHaveAttribute('dir', 'rtl');
  await body.fill('مرحبًا {lead.name}، اتصلنا بك اليوم من {org.name}. متى يناسبك أن نتحدث؟ ');
  await body.press('Control+End');
  await page.getByTestId('message-body-placeholder').click();
  await page.getByTestId('placeholder-agent.name').click();
  await expect(body).toHaveValue(
    'مرحبًا {lead.name}، اتصلنا بك اليوم من {org.name}. متى يناسبك أن نتحدث؟ {agent.name}',
  );
  await editors.save();
  await desk.screenshot('messages-template-editor-ar');

  // The hunter: the goal of 9 on the lead card; WhatsApp with the edited template.
  await signOut(page);
  await signIn.signInAs(DEMO.faisal);
  const hunter = new HunterPage(page);
  await hunter.open();
  const lead = await hunter.nextLead();
  // The goal is a setting the first sync brings; the lead may come up a moment before it.
  await expect(page.getByTestId('lead-touches')).toHaveAttribute('data-goal', '9');
  const before = await touches(page);
  expect(before.goal).toBe(9);
  await expect(page.getByTestId('touch-count')).toContainText(`/ 9`);
  await page.getByTestId('message-lead').click();
  await page.getByTestId('message-via-whatsapp').click();
  const dialog = page.getByTestId('message-dialog');
  await expect(dialog).toBeVisible();
  await pickTemplate(page, MISSED_CALL);
  const text = page.getByTestId('message-body');
  await expect(text).toHaveValue(
    new RegExp(`^مرحبًا ${escape(lead)}، اتصلنا بك اليوم من .+\\. متى يناسبك أن نتحدث؟ .+$`),
  );
  await expect(text).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('message-unfilled')).toBeHidden();
  await desk.screenshot('messages-whatsapp-dialog-ar');
  const sent = await text.inputValue();
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByTestId('message-send').click(),
  ]);
  const url = new URL(popup.url());
  expect(url.origin).toBe('https://wa.me');
  const digits = (await page.getByTestId('lead-phone').innerText()).replace(/\D/g, '');
  expect(url.pathname).toBe(`/${digits}`);
  expect(url.searchParams.get('text')).toBe(sent);
  await popup.close();

  // Logged: a touch more, the message in the history and in the chain.
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('message-notice')).toBeVisible();
  await expect(page.getByTestId('lead-touches')).toHaveAttribute(
    'data-count',
    String(before.count + 1),
  );
  const history = page.getByTestId('activity-history');
  await expect(history.getByText('رسالة واتساب').first()).toBeVisible();
  await expect(history).toContainText(sent.split('\n')[0]!);
  await page.getByTestId('touch-chain-toggle').click();
  await expect(page.getByTestId('touch-chain')).toContainText('رسالة واتساب');
  await expect(page.getByTestId('touch-done').last()).toContainText('رسالة واتساب');
  await desk.screenshot('messages-touch-chain-ar');
});

test('an agent e-mails a lead through their mail app with the template’s subject (English, then Turkish)', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.daniel);
  const hunter = new HunterPage(page);
  await hunter.open();
  const lead = await hunter.nextLead();
  // A lead reached by phone so far: the agent notes the address they were given.
  await page.keyboard.press('e');
  await page.getByTestId('contact-email').fill('buyer@example.com.tr');
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('dialog-contact')).toBeHidden();
  const before = await touches(page);
  expect(before.goal).toBe(7);

  await page.getByTestId('message-lead').click();
  await page.getByTestId('message-via-email').click();
  await pickTemplate(page, INFORMATION);
  await page.getByTestId('message-language').getByRole('combobox').click();
  await page.getByRole('option', { name: 'English' }).click();
  await expect(page.getByTestId('message-subject')).toHaveValue(/: the information you asked for$/);
  await expect(page.getByTestId('message-body')).toHaveValue(new RegExp(`^Dear ${escape(lead)},`));
  await expect(page.getByTestId('message-to')).toContainText('buyer@example.com.tr');
  await desk.screenshot('messages-email-dialog-en');
  const send = page.getByTestId('message-send');
  const href = (await send.getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:buyer@example.com.tr?subject=')).toBe(true);
  const mail = new URL(href);
  expect(mail.searchParams.get('subject')).toMatch(/: the information you asked for$/);
  expect(mail.searchParams.get('body')).toContain(`Dear ${lead},\r\n\r\nThank you`);
  await send.click();
  await expect(page.getByTestId('message-dialog')).toBeHidden();
  await expect(page.getByTestId('lead-touches')).toHaveAttribute(
    'data-count',
    String(before.count + 1),
  );
  const history = page.getByTestId('activity-history');
  await expect(history.getByText('E-mail', { exact: true }).first()).toBeVisible();
  await expect(history).toContainText(': the information you asked for');
  await page.getByTestId('touch-chain-toggle').click();
  // The chain runs to the goal: done touches, then planned ones up to 7.
  await expect(page.getByTestId('touch-done').last()).toContainText('E-mail');
  await expect(page.getByTestId('touch-planned').last()).toContainText('Touch 7: to plan');
  await desk.screenshot('messages-touch-chain-en');

  // Turkish: the same screen and the dialog's SMS channel, left to right.
  await desk.chooseLanguage('Türkçe');
  await expect(page.getByTestId('touch-count')).toContainText('Temaslar');
  await page.getByTestId('message-lead').click();
  await page.getByTestId('message-via-sms').click();
  await pickTemplate(page, MISSED_CALL);
  await page.getByTestId('message-language').getByRole('combobox').click();
  await page.getByRole('option', { name: 'Türkçe' }).click();
  await expect(page.getByTestId('message-body')).toHaveValue(
    new RegExp(`^Merhaba ${escape(lead)},`),
  );
  await expect(page.getByTestId('message-send')).toHaveAttribute('href', /^sms:\+\d+\?body=/);
  await desk.screenshot('messages-sms-dialog-tr');
  await page.getByTestId('message-dialog').getByRole('button', { name: 'Vazgeç' }).click();
  await desk.screenshot('messages-touch-chain-tr');
});
