// Browser test of pooled funds, in Arabic then English, with axe on every page: the volunteer
// opens the demo fund, gives AED 100 as zakat and finds the gift, named after the fund, in
// "my contributions". Run: node --import tsx --test apps/web/e2e/funds.e2e.test.ts (after `npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../../api/test/server.ts';
import { AR_SIGN_IN, assertAccessible, browserTestCanRun, launchChromium, openPage, screenshot, settle, signIn, toEnglish, waitForLocale } from './browser.ts';

const FUND_AR = 'صندوق حيث الحاجة أكبر';

test('funds: browse, give AED 100 as zakat, see it in my contributions', { timeout: 180_000 }, async (t) => {
  if (!browserTestCanRun(t)) return;
  const server = await startTestServer({ demo: true });
  let browser: Browser | null = null;
  const errors: string[] = [];
  try {
    browser = await launchChromium();
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 900 } }, errors);

    // Sign in (Arabic), then the funds list.
    await page.goto(`${server.url}/sign-in?next=/funds`);
    await waitForLocale(page, 'ar', 'rtl');
    await signIn(page, 'volunteer@ataa.local', AR_SIGN_IN);
    await page.waitForURL('**/funds');
    const card = page.getByTestId('fund').filter({ hasText: FUND_AR });
    await card.waitFor();
    await assertAccessible(page, 'funds (ar)');
    await screenshot(page, 'funds-01-list-ar');

    // The fund, then "Give".
    await card.getByRole('link', { name: FUND_AR }).click();
    await page.getByRole('heading', { level: 1, name: FUND_AR }).waitFor();
    await page.getByTestId('fund-total').waitFor();
    await assertAccessible(page, 'fund (ar)');
    const fundUrl = page.url();
    await page.getByTestId('fund-give').click();
    await page.waitForURL('**/give');
    await page.getByTestId('give-submit').waitFor();
    await assertAccessible(page, 'give to fund (ar)');

    // AED 100 as zakat.
    await page.getByRole('group', { name: 'مبالغ سريعة' }).getByRole('button', { name: /100/ }).click();
    await page.getByRole('radio', { name: 'زكاة' }).check();
    await page.getByTestId('give-submit').click();
    const done = page.getByTestId('give-confirmation');
    await done.waitFor();
    assert.match(await page.getByTestId('done-amount').innerText(), /100\.00/);
    await assertAccessible(page, 'fund confirmation (ar)');
    await screenshot(page, 'funds-02-confirmation-ar');

    // In "my contributions", named after the fund.
    await done.getByRole('link', { name: 'اعرض مساهماتي' }).click();
    await page.waitForURL('**/me/contributions');
    const mine = page.getByTestId('contribution').filter({ hasText: FUND_AR });
    await mine.first().waitFor();
    assert.match(await mine.first().innerText(), /زكاة/);
    await assertAccessible(page, 'my contributions (ar)');

    // The same pages in English.
    await toEnglish(page);
    for (const url of ['/funds', new URL(fundUrl).pathname, `${new URL(fundUrl).pathname}/give`, '/me/contributions', '/']) {
      await page.goto(`${server.url}${url}`);
      await waitForLocale(page, 'en', 'ltr');
      await page.locator('main h1').first().waitFor();
      await settle(page);
      await assertAccessible(page, `${url} (en)`);
    }
    await page.getByTestId('value-count').waitFor();
    await screenshot(page, 'funds-03-home-en');
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
  } finally {
    await browser?.close();
    await server.close();
  }
});
