// The supervisor's editors end to end: a script line changed with a placeholder reaches the
// hunter's call screen, the product's feature table warns below seven rows, and a rep's daily
// call and talk-time targets show on the dashboard. Screenshots in English and Arabic.
import { expect, test } from '@playwright/test';
import { DeskPage } from './pages/desk-page';
import { EditorsPage } from './pages/editors-page';
import { HunterPage } from './pages/hunter-page';
import { DEMO, SignInPage } from './pages/sign-in-page';
import { SUPERVISORS } from './pages/supervisor-page';

const HUNTER_SCRIPT = 'hunter-cold-call';

// Each test walks several screens (and signs in twice in the first one).
test.describe.configure({ timeout: 120_000 });
const HOME_4 = 'rawaa-home-4';

async function signOut(desk: DeskPage) {
  await desk.page.getByTestId('user-badge').click();
  await desk.page.getByTestId('sign-out').click();
  await expect(desk.page.getByTestId('sign-in')).toBeVisible();
}

test('an edited hunter script line, with a placeholder, shows in the preview and on the call screen', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  const editors = new EditorsPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.sarah);
  await editors.openContent();
  await editors.select(HUNTER_SCRIPT);

  // English: a new first line, the company inserted from the placeholder menu.
  await editors.language('en');
  const lines = editors.stepLines('greeting');
  await expect(lines).toHaveAttribute('dir', 'ltr');
  await lines.fill('Hello {lead.name}, calling for the team at \nIs now a good time?');
  await lines.press('Control+Home');
  await lines.press('End');
  await editors.insertPlaceholder('greeting', 'lead.company');
  await expect(lines).toHaveValue(
    'Hello {lead.name}, calling for the team at {lead.company}\nIs now a good time?',
  );
  // A typo is flagged and blocks saving.
  await lines.press('End');
  await lines.pressSequentially(' {lead.nmae}');
  await expect(editors.issue('unknownPlaceholder')).toBeVisible();
  await expect(editors.saveButton).toBeDisabled();
  await lines.fill(
    'Hello {lead.name}, calling for the team at {lead.company}\nIs now a good time?',
  );
  await expect(editors.errors).toBeHidden();

  // Turkish: the same step in Turkish, written left to right in its own field.
  await editors.language('tr');
  await expect(lines).toHaveAttribute('lang', 'tr');
  await lines.fill(
    'Merhaba {lead.name}, {lead.company} ekibi için arıyorum.\nŞimdi uygun musunuz?',
  );
  // Arabic is edited right to left whatever the UI language.
  await editors.language('ar');
  await expect(lines).toHaveAttribute('dir', 'rtl');

  // Preview filled from a sample lead of this desk, in English.
  await editors.language('en');
  await page.getByTestId('script-tab-preview').click();
  const firstLine = page.getByTestId('preview-step-greeting').getByTestId('preview-line').first();
  await expect(firstLine).toContainText('Hello ');
  await expect(firstLine).toContainText(', calling for the team at ');
  await expect(firstLine).not.toContainText('{lead.');
  await desk.screenshot('editors-script-preview-en');
  await page.getByTestId('script-tab-steps').click();
  await desk.screenshot('editors-script-en');
  await editors.save();

  // The hunter sees the new line, filled with their lead, on the call screen.
  await signOut(desk);
  await signIn.signInAs(DEMO.daniel);
  const hunter = new HunterPage(page);
  await hunter.open();
  const lead = await hunter.nextLead();
  // The lead's list may have a script of its own (the fair visitors'): the edited general script
  // is the one picked here.
  await page.locator('#script-choice').click();
  await page.getByTestId(`script-option-${HUNTER_SCRIPT}`).click();
  await expect(page.getByTestId('script-panel')).toHaveAttribute('data-script-id', HUNTER_SCRIPT);
  const scriptLines = page.getByTestId('script-lines');
  await expect(scriptLines).toContainText(`Hello ${lead}, calling for the team at `);
  await expect(scriptLines).toContainText('Is now a good time?');
  await desk.screenshot('editors-hunter-call-en');
});

test('the feature table warns below seven features and stops warning at seven', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const editors = new EditorsPage(page);
  const desk = new DeskPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.sarah);
  await editors.openContent();
  await editors.kind('product');
  await editors.select(HOME_4);
  await editors.language('en');
  const rows = page.getByTestId('fab-edit-row');
  await expect(rows).toHaveCount(4);
  await expect(editors.issue('fewFeatures')).toContainText('Only 4 features');

  for (const [i, feature] of [
    'Quiet: 38 dB',
    'Child lock on the hot tap',
    '2-year warranty',
  ].entries()) {
    await page.getByTestId('fab-add').click();
    await page.getByTestId(`fab-${4 + i}-feature`).fill(feature);
    await page.getByTestId(`fab-${4 + i}-benefits`).fill('Fewer worries\nMore time for the family');
  }
  await expect(rows).toHaveCount(7);
  await expect(editors.issue('fewFeatures')).toBeHidden();
  await editors.save();
  await expect(page.getByTestId(`content-item-${HOME_4}`)).toContainText('7 features');

  // A row removed: the warning is back, and saving keeps it as a warning, not an error.
  await page.getByTestId('fab-remove').last().click();
  await expect(editors.issue('fewFeatures')).toContainText('Only 6 features');
  await expect(editors.saveButton).toBeEnabled();
  await desk.screenshot('editors-product-en');
});

test('a supervisor sets a rep’s daily call and talk-time targets and sees them on the dashboard (Arabic)', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  const editors = new EditorsPage(page);
  await signIn.open();
  await desk.chooseLanguage('العربية');
  await signIn.signInAs(SUPERVISORS.omar);
  expect(await desk.htmlDir()).toBe('rtl');
  await editors.openPeople();
  await expect(page.getByTestId('people-table')).toBeVisible();
  // Omar sees his own team only, and cannot edit another team's people.
  await expect(page.getByTestId(`person-${DEMO.faisal}`)).toBeVisible();
  await expect(page.getByTestId(`person-${DEMO.daniel}`)).toHaveCount(0);
  await desk.screenshot('editors-people-ar');

  await editors.peopleView('targets');
  const calls = editors.targetInput(DEMO.faisal, 'dailyCalls');
  const error = page.getByTestId('rep-targets-error');
  await expect(calls).toHaveValue('80');
  // No talk target stored yet; more minutes than a day holds is refused, 90 a day is kept.
  const talk = editors.targetInput(DEMO.faisal, 'dailyTalkMin');
  await expect(talk).toHaveValue('0');
  await talk.fill('1441');
  await page.getByTestId(`target-${DEMO.faisal}-save`).click();
  await expect(error).toContainText('أعداد صحيحة');
  await talk.fill('90');
  await editors.saveTargets(DEMO.faisal);
  await expect(error).toHaveCount(0);
  await calls.fill('-5');
  await page.getByTestId(`target-${DEMO.faisal}-save`).click();
  await expect(error).toContainText('أعداد صحيحة');
  await calls.fill('95');
  await editors.saveTargets(DEMO.faisal);
  await desk.screenshot('editors-targets-ar');

  await page.getByTestId('section-dashboard').click();
  const row = page.getByTestId('calls-per-agent').locator(`tr[data-agent="${DEMO.faisal}"]`);
  await expect(row.locator('td').nth(2)).toHaveText('95');
  // Today's talk against a day of 90 minutes, in Arabic "… من 1:30:00".
  await expect(row.locator('td[data-col="talk"]')).toHaveText(/^\d+:\d\d(:\d\d)? من 1:30:00$/);
  // Back in the editor, the saved talk target is there.
  await editors.openPeople();
  await editors.peopleView('targets');
  await expect(editors.targetInput(DEMO.faisal, 'dailyTalkMin')).toHaveValue('90');
});

test('the content editors in Arabic: script steps, branches and missing languages', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  const editors = new EditorsPage(page);
  await signIn.open();
  await desk.chooseLanguage('العربية');
  await signIn.signInAs(SUPERVISORS.omar);
  await editors.openContent();
  await editors.select(HUNTER_SCRIPT);
  await expect(editors.stepLines('greeting')).toHaveAttribute('dir', 'rtl');
  // A new step nobody branches to is flagged unreachable; a branch to nowhere is an error.
  await page.getByTestId('script-add-step').click();
  await expect(page.getByTestId('step-unreachable')).toBeVisible();
  await expect(editors.issue('stepUnreachable')).toBeVisible();
  await expect(page.getByTestId('missing-languages').first()).toBeVisible();
  await desk.screenshot('editors-script-ar');
  await page.getByTestId('script-tab-preview').click();
  await expect(
    page.getByTestId('preview-step-greeting').getByTestId('preview-line').first(),
  ).toBeVisible();
  await desk.screenshot('editors-script-preview-ar');
});
