// Every role's main screen in Arabic (mirrored) and Turkish, with screenshots to look at.
import { expect, test } from '@playwright/test';
import { DeskPage, type AreaName, type LanguageName } from './pages/desk-page';
import { FarmerPage } from './pages/farmer-page';
import { DEMO, SignInPage } from './pages/sign-in-page';

const AREAS: readonly AreaName[] = ['hunter', 'closer', 'farmer', 'supervisor'];
const CASES: readonly { name: LanguageName; code: 'ar' | 'tr'; dir: 'rtl' | 'ltr' }[] = [
  { name: 'العربية', code: 'ar', dir: 'rtl' },
  { name: 'Türkçe', code: 'tr', dir: 'ltr' },
];

for (const lang of CASES) {
  test(`every role's main screen in ${lang.code}`, async ({ page }) => {
    const signIn = new SignInPage(page);
    const desk = new DeskPage(page);
    await signIn.open();
    await desk.chooseLanguage(lang.name);
    await desk.screenshot(`sign-in-${lang.code}`);
    await signIn.signInAs(DEMO.daniel);
    expect(await desk.htmlDir()).toBe(lang.dir);
    expect(await desk.htmlLang()).toBe(lang.code);
    const width = page.viewportSize()?.width ?? 0;
    const title = await desk.title.boundingBox();
    // The app name sits at the start of the top bar: the right in Arabic, the left in Turkish.
    if (lang.dir === 'rtl') expect(title!.x).toBeGreaterThan(width / 2);
    else expect(title!.x + title!.width).toBeLessThan(width / 2);

    for (const area of AREAS) {
      if (area === 'supervisor') {
        // Daniel works hunter, closer and farmer; the administrator sees the supervisor area.
        await page.getByTestId('user-badge').click();
        await page.getByTestId('sign-out').click();
        await desk.chooseLanguage(lang.name);
        await signIn.signInAs(DEMO.sarah);
        expect(await desk.htmlDir()).toBe(lang.dir);
      }
      await desk.goTo(area);
      if (area === 'hunter') {
        await page.keyboard.press('n');
        await expect(page.getByTestId('call-screen')).toBeVisible();
        // The phone number stays left-to-right inside the page.
        await expect(page.getByTestId('lead-phone').locator('bdi')).toHaveAttribute('dir', 'ltr');
        await desk.screenshot(`${area}-${lang.code}`);
        // The objection drawer opens from the end side: the left in Arabic, the right in Turkish.
        await page.keyboard.press('o');
        const drawer = await page.getByTestId('objection-search').boundingBox();
        if (lang.dir === 'rtl') expect(drawer!.x).toBeLessThan(width / 2);
        else expect(drawer!.x).toBeGreaterThan(width / 2);
        await desk.screenshot(`objections-${lang.code}`);
        await page.keyboard.press('Escape');
        continue;
      }
      if (area === 'closer') await page.getByTestId('inbox-item').first().click();
      if (area === 'farmer') await new FarmerPage(page).show('all');
      await desk.screenshot(`${area}-${lang.code}`);
    }
  });
}
