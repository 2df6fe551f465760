// Browser test of the contribution ledger UI, in Arabic then English, with axe on every page:
// a volunteer pledges AED 250 as sadaqah, the charity confirms it, the volunteer opens the receipt
// and anyone can check it is genuine; then the verifier's ledger console and the valuation rules.
// Run: node --import tsx --test apps/web/e2e/contributions.e2e.test.ts (after `npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { startTestServer } from '../../api/test/server.ts';
import { AR_SIGN_IN, apiAs, assertAccessible, assertNoOverflow, axeRunCount, browserTestCanRun, launchChromium, openPage, screenshot, signIn, toEnglish, waitForLocale } from './browser.ts';
import { liveInitiative } from './setup.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

/** An active initiative of the charity with a money need (set up through the API, as its staff would). */
function liveMoneyNeed(base: string) {
  return liveInitiative(base, {
    initiative: {
      titleAr: 'حقيبة المدرسة لأبناء الأسر المتعففة',
      titleEn: 'School bags for families in need',
      summaryAr: 'حقائب ولوازم مدرسية لمئتي طالب في دبي.',
      summaryEn: 'Bags and school supplies for two hundred pupils in Dubai.',
    },
    need: { kind: 'money', titleAr: 'تبرعات اللوازم', titleEn: 'Supplies fund', targetFils: 5_000_000, designations: ['sadaqah', 'zakat', 'general'] },
  });
}

test('contributions: pledge, confirm, receipt, public check, ledger console', { timeout: 300_000 }, async (t) => {
  if (!browserTestCanRun(t)) return;

  const server = await startTestServer({ demo: true });
  let browser: Browser | null = null;
  const errors: string[] = [];
  const open = (options: BrowserContextOptions) => openPage(browser!, options, errors);
  try {
    const { orgId, initiativeId, needId } = await liveMoneyNeed(server.url);
    browser = await launchChromium();

    // 1. The volunteer, on a phone and in Arabic, opens the giving page: sign-in first, then back.
    const { page: phone } = await open(PHONE);
    await phone.goto(`${server.url}/initiatives/${initiativeId}/give/${needId}`);
    await phone.waitForURL(/\/sign-in\?next=/);
    await waitForLocale(phone, 'ar', 'rtl');
    await signIn(phone, 'volunteer@ataa.local', AR_SIGN_IN);
    await phone.waitForURL(`**/initiatives/${initiativeId}/give/${needId}`);
    await phone.getByRole('heading', { level: 1, name: /حقيبة المدرسة/ }).waitFor();
    await assertAccessible(phone, 'give (ar, phone)');
    await assertNoOverflow(phone, 'give (ar, phone)');
    await screenshot(phone, 'contributions-01-give-ar-phone');

    // 2. AED 250 as sadaqah, by bank transfer; a double click still gives once.
    await phone.getByRole('group', { name: 'مبالغ سريعة' }).getByRole('button', { name: /250/ }).click();
    assert.equal(await phone.getByTestId('amount').inputValue(), '250');
    await phone.getByRole('radio', { name: 'صدقة' }).check();
    await phone.getByTestId('give-submit').dblclick();
    const done = phone.getByTestId('give-confirmation');
    await done.waitFor();
    await done.getByRole('heading', { name: 'شكرًا لك — سُجّل تعهّدك' }).waitFor();
    assert.match(await phone.getByTestId('done-amount').innerText(), /250\.00/);
    await assertAccessible(phone, 'give confirmation (ar, phone)');
    await assertNoOverflow(phone, 'give confirmation (ar, phone)');
    await screenshot(phone, 'contributions-02-confirmation-ar-phone');

    // 3. The pledge is in "my contributions", once.
    await done.getByRole('link', { name: 'اعرض مساهماتي' }).click();
    await phone.waitForURL('**/me/contributions');
    const mine = phone.getByTestId('contribution').filter({ hasText: 'حقيبة المدرسة' });
    await mine.first().waitFor();
    assert.equal(await mine.count(), 1, 'a double click gives once');
    assert.equal(await mine.getAttribute('data-status'), 'pledged');
    await assertAccessible(phone, 'my contributions (ar, phone)');
    await assertNoOverflow(phone, 'my contributions (ar, phone)');
    await screenshot(phone, 'contributions-03-mine-pledged-ar-phone');

    // 4. The charity's owner (finance rights) confirms it in the workspace with reference TRX-123.
    const { page: desk } = await open(DESKTOP);
    await desk.goto(`${server.url}/sign-in?next=${encodeURIComponent(`/workspace/${orgId}/contributions`)}`);
    await signIn(desk, 'charity@ataa.local', AR_SIGN_IN);
    await desk.waitForURL(`**/workspace/${orgId}/contributions`);
    const pending = desk.getByRole('region', { name: 'بانتظار التأكيد' }).getByTestId('contribution').filter({ hasText: 'حقيبة المدرسة' });
    await pending.waitFor();
    await assertAccessible(desk, 'workspace contributions (ar)');
    await screenshot(desk, 'contributions-04-workspace-ar');
    await pending.getByRole('button', { name: 'أكّد الاستلام' }).click();
    const dialog = desk.getByRole('dialog', { name: 'تأكيد الاستلام' });
    await dialog.getByLabel('المرجع').fill('TRX-123');
    await assertAccessible(desk, 'confirm dialog (ar)');
    await dialog.getByRole('button', { name: 'أكّد وأصدر الإيصال' }).click();
    await dialog.waitFor({ state: 'detached' });
    await desk.getByText(/صدر الإيصال رقم/).first().waitFor();
    await desk.getByRole('region', { name: 'كل المساهمات', exact: true }).locator('[data-testid="contribution"][data-status="confirmed"]').filter({ hasText: 'TRX-123' }).first().waitFor();

    // 5. The volunteer sees it received, with a receipt number, and opens the receipt.
    await phone.reload();
    const confirmed = phone.getByTestId('contribution').filter({ hasText: 'حقيبة المدرسة' });
    await confirmed.locator('[data-testid="receipt-number"]').waitFor();
    assert.equal(await confirmed.getAttribute('data-status'), 'confirmed');
    assert.match(await confirmed.getByTestId('receipt-number').innerText(), /إيصال رقم \d+/);
    await assertAccessible(phone, 'my contributions, confirmed (ar, phone)');
    await screenshot(phone, 'contributions-05-mine-confirmed-ar-phone');
    const [receiptTab] = await Promise.all([phone.waitForEvent('popup'), confirmed.getByTestId('receipt-html').click()]);
    await receiptTab.waitForLoadState();
    const receiptHtml = await receiptTab.content();
    assert.match(receiptHtml, /TRX-123/);
    await screenshot(receiptTab, 'contributions-06-receipt-html');
    const token = /\/verify\/receipts\/([0-9a-f]{32})/.exec(receiptHtml)?.[1];
    assert.ok(token, 'the receipt carries its verification link');

    // 6. Anyone (no account) checks the receipt: genuine, no donor name; then in English.
    const { page: visitor } = await open(PHONE);
    await visitor.goto(`${server.url}/verify/receipts/${token}`);
    const genuine = visitor.getByTestId('receipt-genuine');
    await genuine.waitFor();
    await genuine.getByRole('heading', { name: 'هذا الإيصال صحيح' }).waitFor();
    const volunteerName = (await (await apiAs(server.url, 'volunteer@ataa.local'))('GET', '/me')).displayName as string;
    assert.ok(!(await visitor.locator('main').innerText()).includes(volunteerName), 'the public check never names the donor');
    await assertAccessible(visitor, 'verify receipt (ar, phone)');
    await assertNoOverflow(visitor, 'verify receipt (ar, phone)');
    await screenshot(visitor, 'contributions-07-verify-ar-phone');
    await toEnglish(visitor);
    await genuine.getByRole('heading', { name: 'This receipt is genuine' }).waitFor();
    await assertAccessible(visitor, 'verify receipt (en, phone)');
    await assertNoOverflow(visitor, 'verify receipt (en, phone)');
    await screenshot(visitor, 'contributions-08-verify-en-phone');
    await visitor.goto(`${server.url}/verify/receipts/${'0'.repeat(32)}`);
    await visitor.getByTestId('receipt-not-found').waitFor();
    await assertAccessible(visitor, 'verify receipt, unknown code (en)');

    // 7. The rest of the volunteer's pages, in both languages.
    for (const [lang, dir] of [['ar', 'rtl'], ['en', 'ltr']] as const) {
      if (lang === 'en') await toEnglish(phone);
      for (const url of ['/me/contributions', '/me/monthly', '/verify/receipts']) {
        await phone.goto(`${server.url}${url}`);
        await waitForLocale(phone, lang, dir);
        await phone.locator('main h1').first().waitFor();
        await assertAccessible(phone, `${url} (${lang}, phone)`);
        await assertNoOverflow(phone, `${url} (${lang}, phone)`);
      }
      await phone.goto(`${server.url}/initiatives/${initiativeId}/give/${needId}`);
      await phone.getByTestId('give-submit').waitFor();
      await assertAccessible(phone, `give (${lang}, phone)`);
    }
    await screenshot(phone, 'contributions-09-give-en-phone');

    // 8. The charity's workspace in English.
    await toEnglish(desk);
    await desk.getByRole('heading', { level: 2, name: 'Contributions' }).waitFor();
    await assertAccessible(desk, 'workspace contributions (en)');
    await desk.getByRole('button', { name: 'Record a contribution' }).click();
    await desk.getByRole('form', { name: 'Record a contribution received' }).waitFor();
    await assertAccessible(desk, 'record form (en)');
    await desk.getByRole('tab', { name: 'Given' }).click();
    await assertAccessible(desk, 'workspace given (en)');
    await screenshot(desk, 'contributions-10-workspace-given-en');

    // 9. The verifier (English account): the ledger is intact; verify the confirmed contribution.
    const { page: audit } = await open(DESKTOP);
    await audit.goto(`${server.url}/sign-in?next=/console/ledger`);
    await signIn(audit, 'verifier@ataa.local', AR_SIGN_IN);
    await audit.waitForURL('**/console/ledger');
    await waitForLocale(audit, 'en', 'ltr');
    await audit.locator('[data-testid="ledger-status"][data-ok="true"]').waitFor();
    await assertAccessible(audit, 'ledger verification (en)');
    await screenshot(audit, 'contributions-11-ledger-en');
    await audit.getByRole('tab', { name: 'Entries' }).click();
    await audit.getByLabel('Entry type').selectOption('contribution.confirmed');
    await audit.getByRole('button', { name: 'Apply' }).click();
    await audit.locator('li[data-seq]').first().waitFor();
    await assertAccessible(audit, 'ledger entries (en)');
    await audit.locator('li[data-seq]').first().getByRole('button', { name: 'Open the contribution' }).click();
    const detail = audit.getByRole('dialog', { name: 'Contribution' });
    await detail.locator('[data-testid="contribution"][data-status="confirmed"]').waitFor();
    await assertAccessible(audit, 'contribution detail (en)');
    await detail.getByRole('button', { name: 'Verify' }).click();
    await audit.getByRole('dialog', { name: 'Verify this contribution?' }).getByRole('button', { name: 'Mark as verified' }).click();
    await detail.locator('[data-testid="contribution"][data-status="verified"]').waitFor();
    await audit.keyboard.press('Escape');
    await audit.getByRole('tab', { name: 'Accounts' }).click();
    await audit.getByRole('table').waitFor();
    await assertAccessible(audit, 'ledger accounts (en)');
    await audit.goto(`${server.url}/console/valuation`);
    await audit.locator('[data-rule="time/"]').waitFor();
    await assertAccessible(audit, 'valuation rules (en)');
    await screenshot(audit, 'contributions-12-valuation-en');
    await audit.getByRole('button', { name: 'العربية' }).click();
    await waitForLocale(audit, 'ar', 'rtl');
    await assertAccessible(audit, 'valuation rules (ar)');
    for (const tab of ['التحقق', 'القيود', 'الحسابات']) {
      await audit.goto(`${server.url}/console/ledger`);
      await audit.getByRole('tab', { name: tab }).click();
      await audit.getByRole('tabpanel').waitFor();
      await assertAccessible(audit, `ledger ${tab} (ar)`);
    }
    await screenshot(audit, 'contributions-13-ledger-accounts-ar');

    // 10. An admin adds a new version of the volunteer-hour rate, entered in AED.
    const { page: admin } = await open(DESKTOP);
    await admin.goto(`${server.url}/sign-in?next=/console/valuation`);
    await signIn(admin, 'admin@ataa.local', AR_SIGN_IN);
    await admin.waitForURL('**/console/valuation');
    await admin.getByRole('button', { name: 'أضف نسخة جديدة' }).click();
    const form = admin.getByRole('form', { name: 'أضف نسخة جديدة' });
    await form.getByLabel('القيمة (بالدرهم)').fill('75');
    await form.getByRole('textbox', { name: 'المصدر', exact: true }).fill('تحديث تجريبي لقيمة ساعة التطوع');
    await assertAccessible(admin, 'valuation add form (ar)');
    await form.getByRole('button', { name: 'أضف النسخة' }).click();
    await admin.getByText(/أُضيفت النسخة/).first().waitFor();
    await admin.locator('[data-rule="time/"]').getByText(/75\.00/).first().waitFor();
    await screenshot(admin, 'contributions-14-valuation-added-ar');

    console.log(`# axe runs: ${axeRunCount()}, zero serious/critical`);
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
  } finally {
    await browser?.close();
    await server.close();
  }
});
