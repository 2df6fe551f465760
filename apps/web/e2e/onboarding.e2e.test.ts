// Browser test of the onboarding path, in Arabic then English, with axe on every page.
// Run: node --import tsx --test apps/web/e2e/onboarding.e2e.test.ts (after `npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../../api/test/server.ts';
import { assertAccessible, browserTestCanRun, launchChromium, openPage, screenshot, toEnglish, waitForLocale } from './browser.ts';


test('onboarding: sign up, register an organisation, switch to English, sign out', { timeout: 120_000 }, async (t) => {
  if (!browserTestCanRun(t)) return;

  const server = await startTestServer();
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const errors: string[] = [];
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 860 } }, errors);
    const suffix = `-${Date.now().toString(36)}`;
    const email = `amal${suffix}@example.org`;
    const orgName = 'جمعية الأمل للتطوع';

    // 1. Home, in Arabic by default.
    await page.goto(`${server.url}/`);
    await waitForLocale(page, 'ar', 'rtl');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await assertAccessible(page, 'home (ar)');
    await screenshot(page, 'onboarding-01-home-ar');

    // 2. Sign up from the call to action.
    await page.getByRole('main').getByRole('link', { name: 'انضم إلى عطاء' }).click();
    await page.waitForURL('**/sign-up');
    await page.getByLabel('اسمك').waitFor();
    await assertAccessible(page, 'sign-up (ar)');
    await page.getByLabel('اسمك').fill('أمل الزعابي');
    await page.getByLabel('البريد الإلكتروني').fill(email);
    await page.getByRole('textbox', { name: 'كلمة المرور' }).fill('a-long-enough-passphrase');
    await page.getByRole('button', { name: 'أنشئ الحساب' }).click();
    await page.waitForURL('**/me/organisations');
    await assertAccessible(page, 'my organisations (ar)');

    // 3. Register an organisation with an Arabic name only.
    await page.getByRole('main').getByRole('link', { name: 'سجّل جهة' }).first().click();
    await page.waitForURL('**/organisations/new');
    await page.getByLabel('الاسم بالعربية').waitFor();
    await assertAccessible(page, 'new organisation (ar)');
    await page.getByLabel('النوع').selectOption('nonprofit');
    await page.getByLabel('الإمارة').selectOption('sharjah');
    await page.getByLabel('الاسم بالعربية').fill(orgName);
    await page.getByLabel('الوصف بالعربية').fill('نساعد الأسر في الشارقة بالوقت والخبرة والتبرعات العينية.');
    await page.getByRole('button', { name: 'سجّل', exact: true }).click();

    // 4. The workspace shows it pending, and the header says we act for it.
    await page.waitForURL(/\/workspace\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: orgName }).waitFor();
    await page.locator('[data-status="pending"]').first().waitFor();
    await page.getByTestId('pending-notice').waitFor();
    await page.getByTestId('acting-as').filter({ hasText: orgName }).waitFor();
    await assertAccessible(page, 'workspace (ar)');
    await screenshot(page, 'onboarding-02-workspace-ar');

    await page.getByRole('link', { name: 'الأعضاء' }).click();
    await page.getByRole('table').waitFor();
    await assertAccessible(page, 'workspace members (ar)');

    // 5. Switch to English: the document flips, and the choice survives a reload.
    await page.getByRole('link', { name: 'نظرة عامة' }).click();
    await page.getByTestId('pending-notice').waitFor();
    await toEnglish(page);
    await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
    await assertAccessible(page, 'workspace (en)');
    await screenshot(page, 'onboarding-03-workspace-en');
    await page.waitForLoadState('networkidle');
    await page.reload();
    await waitForLocale(page, 'en', 'ltr');
    await page.getByRole('button', { name: 'العربية' }).waitFor();
    const saved = await page.evaluate(async () => (await (await fetch('/api/v1/me')).json()) as { locale: string });
    assert.equal(saved.locale, 'en', 'the language choice is saved on the account');

    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('table').waitFor();
    await assertAccessible(page, 'workspace members (en)');

    // 6. Sign out from the header menu.
    await page.getByTestId('acting-as').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Sign in' }).waitFor();
    await waitForLocale(page, 'en', 'ltr');
    await assertAccessible(page, 'home (en, signed out)');
    await screenshot(page, 'onboarding-04-home-en');

    // 7. On a phone (fresh browser, so Arabic again): the burger opens the navigation.
    const { page: phone } = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, errors);
    await phone.goto(`${server.url}/organisations`);
    await waitForLocale(phone, 'ar', 'rtl');
    await phone.getByRole('heading', { level: 1, name: 'الجهات' }).waitFor();
    const nav = phone.getByRole('navigation', { name: 'التنقل الرئيسي' });
    const onScreen = async () => {
      const box = await nav.boundingBox();
      return Boolean(box && box.x >= 0 && box.x + box.width <= 390 + 1);
    };
    assert.equal(await onScreen(), false, 'the menu starts closed on phones');
    assert.notEqual(await nav.getAttribute('inert'), null, 'the closed menu is inert (not in the tab order)');
    await phone.getByRole('button', { name: 'فتح القائمة' }).click();
    await phone.waitForFunction(() => !document.querySelector('#main-navigation')?.hasAttribute('inert'));
    await phone.waitForTimeout(300); // slide-in transition
    assert.equal(await onScreen(), true, 'the burger opens the menu');
    await assertAccessible(phone, 'organisations, phone menu open (ar)');
    await screenshot(phone, 'onboarding-05-phone-menu-ar');
    await nav.getByRole('link', { name: 'الرئيسية' }).click();
    await phone.waitForURL(`${server.url}/`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling on a phone (overflow ${overflow}px)`);
    await assertAccessible(phone, 'home, phone (ar)');
    await screenshot(phone, 'onboarding-06-phone-home-ar');

    assert.deepEqual(errors, [], 'no uncaught errors in the page');
  } finally {
    await browser?.close();
    await server.close();
  }
});
