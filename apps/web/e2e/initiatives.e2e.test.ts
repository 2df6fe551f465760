// Browser test of initiatives, needs and priorities, in Arabic then English, with axe on every
// page: the charity drafts an initiative with a diacritised Arabic title and three kinds of need
// and submits it; a reviewer approves it; the charity activates it; an anonymous visitor finds it
// by searching without diacritics, sees the needs with progress bars, and reads it in English.
// Run: node --import tsx --test apps/web/e2e/initiatives.e2e.test.ts (after `npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer } from '../../api/test/server.ts';
import { assertAccessible, assertNoOverflow, axeRunCount, browserTestCanRun, launchChromium, openPage, screenshot, toEnglish, waitForLocale } from './browser.ts';

const PASSWORD = 'ataa-demo-2026';
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const TITLE = 'مُبادرةُ المُتَطَوِّعينَ للقراءة';
const ORG = 'جمعية بيت الخير';

/** Signs in through the form (Arabic) in a fresh context. */
async function signIn(browser: Browser, base: string, email: string, errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await openPage(browser, DESKTOP, errors);
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('البريد الإلكتروني').fill(email);
  await page.getByRole('textbox', { name: 'كلمة المرور' }).fill(PASSWORD);
  await page.getByRole('main').locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return { context, page };
}

/** Confirms the dialog a ConfirmAction opened, by its confirming button. */
async function confirmDialog(page: Page, name: string): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** Adds one need through the needs editor. */
async function addNeed(page: Page, kind: string, fields: Record<string, string>, count: number): Promise<void> {
  if (count > 1) await page.getByRole('button', { name: 'إضافة احتياج' }).click();
  const form = page.getByTestId('need-form');
  await form.getByLabel('نوع الاحتياج').selectOption(kind);
  for (const [label, value] of Object.entries(fields)) await form.getByRole('textbox', { name: label }).fill(value);
  await form.getByRole('button', { name: 'أضف الاحتياج' }).click();
  await page.getByTestId('need-card').nth(count - 1).waitFor();
}

test('initiatives: draft with three needs, review, publish, find without diacritics, read in English', { timeout: 240_000 }, async (t) => {
  if (!browserTestCanRun(t)) return;

  const server = await startTestServer({ demo: true });
  let browser: Browser | null = null;
  const errors: string[] = [];
  try {
    browser = await launchChromium();

    // 1. The charity opens its workspace and drafts an initiative (Arabic title only).
    const charity = await signIn(browser, server.url, 'charity@ataa.local', errors);
    let page = charity.page;
    await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link', { name: ORG, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ORG }).waitFor();
    await page.getByRole('navigation', { name: 'أقسام مساحة العمل' }).getByRole('link', { name: 'المبادرات' }).click();
    await page.getByRole('heading', { level: 2, name: 'المبادرات' }).waitFor();
    await page.getByRole('table').waitFor();
    await assertAccessible(page, 'workspace initiatives (ar)');
    await page.getByRole('main').getByRole('link', { name: 'مبادرة جديدة' }).first().click();
    await page.getByLabel('العنوان بالعربية').waitFor();
    await assertAccessible(page, 'new initiative (ar)');
    await page.getByLabel('العنوان بالعربية').fill(TITLE);
    await page.getByLabel('الملخص بالعربية').fill('متطوعون يقرؤون القصص للأطفال في مكتبات الأحياء كل أسبوع.');
    await page.getByLabel('الإمارة').selectOption('dubai');
    await page.getByLabel('المنطقة أو الحي بالعربية').fill('القصيص');
    const picker = page.getByRole('combobox', { name: 'الأولويات التي تخدمها' });
    await picker.fill('التعليم');
    await page.getByRole('option').filter({ hasText: 'أجندة دبي الاجتماعية 33' }).first().click();
    await page.getByRole('button', { name: 'حفظ المسودة' }).click();
    await page.waitForURL(/\/initiatives\/[0-9a-f-]{36}$/);
    const initiativePath = new URL(page.url()).pathname;
    const initiativeId = initiativePath.split('/').pop()!;
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await page.locator('[data-status="draft"]').waitFor();

    // 2. Three kinds of need: money (AED → fils), volunteer time, goods in kind.
    await page.getByTestId('need-form').waitFor();
    await assertAccessible(page, 'needs editor (ar)');
    await addNeed(page, 'money', { 'المبلغ المطلوب (بالدرهم)': '25000', 'العنوان بالعربية (اختياري)': 'شراء كتب للمكتبات' }, 1);
    await addNeed(page, 'time', { 'عدد الساعات المطلوبة': '120', 'دور المتطوع بالعربية': 'قارئ متطوع' }, 2);
    await addNeed(page, 'in_kind', { 'الصنف': 'قصص مصورة للأطفال', 'الكمية': '300', 'الوحدة': 'كتاب', 'القيمة التقديرية للقطعة (بالدرهم)': '25' }, 3);
    await page.getByText('25,000.00').first().waitFor();
    await assertAccessible(page, 'needs added (ar)');
    await screenshot(page, 'initiatives-01-needs-ar');

    // 3. Submit for review (confirmed in a dialog).
    await page.getByRole('button', { name: 'إرسال للمراجعة' }).click();
    await assertAccessible(page, 'submit confirmation (ar)');
    await confirmDialog(page, 'إرسال للمراجعة');
    await page.locator('[data-status="submitted"]').first().waitFor();

    // 4. A reviewer approves it from the console.
    const reviewer = await signIn(browser, server.url, 'reviewer@ataa.local', errors);
    page = reviewer.page;
    await page.goto(`${server.url}/console`);
    await page.getByRole('navigation', { name: 'أقسام اللوحة' }).getByRole('link', { name: 'مراجعة المبادرات' }).click();
    await page.getByRole('heading', { level: 2, name: 'مراجعة المبادرات' }).waitFor();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await assertAccessible(page, 'review queue (ar)');
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**/console/initiatives/${initiativeId}`);
    await page.getByRole('heading', { name: 'القرار' }).waitFor();
    await page.getByTestId('need-card').nth(2).waitFor();
    await assertAccessible(page, 'review initiative (ar)');
    await screenshot(page, 'initiatives-02-review-ar');
    await page.getByRole('button', { name: 'اعتماد' }).click();
    await confirmDialog(page, 'اعتماد');
    await page.locator('[data-status="approved"]').first().waitFor();

    // 5. The charity starts receiving contributions.
    page = charity.page;
    await page.reload();
    await page.locator('[data-status="approved"]').first().waitFor();
    await page.getByRole('button', { name: 'بدء استقبال المساهمات' }).click();
    await confirmDialog(page, 'بدء استقبال المساهمات');
    await page.locator('[data-status="active"]').first().waitFor();

    // 6. Anyone finds it by searching without diacritics, and opens it.
    page = (await openPage(browser, DESKTOP, errors)).page;
    await page.goto(`${server.url}/initiatives`);
    await waitForLocale(page, 'ar', 'rtl');
    await page.getByRole('heading', { level: 1, name: 'المبادرات' }).waitFor();
    await page.getByTestId('initiative-card').first().waitFor();
    await assertAccessible(page, 'catalogue (ar)');
    await screenshot(page, 'initiatives-03-catalogue-ar');
    await page.getByRole('searchbox', { name: 'ابحث بالعربية أو الإنجليزية' }).fill('المتطوعين');
    await page.getByRole('button', { name: 'بحث', exact: true }).click();
    await page.waitForURL(/q=/);
    await page.getByRole('link', { name: TITLE }).waitFor();
    assert.match(decodeURIComponent(page.url()), /q=المتطوعين/, 'the search is kept in the URL');
    await assertAccessible(page, 'search results (ar)');
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**/initiatives/${initiativeId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const needs = page.getByTestId('need-card');
    await needs.nth(2).waitFor();
    assert.equal(await needs.count(), 3, 'three needs');
    assert.deepEqual(await needs.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')).sort()), ['in_kind', 'money', 'time']);
    assert.equal(await page.getByTestId('need-progress').count(), 3, 'a progress bar per need');
    assert.equal(await page.getByTestId('give-button').count(), 2, 'money and goods can be given from the page');
    assert.equal(await page.getByTestId('language-notice').count(), 0, 'no notice in Arabic: the title is Arabic');
    await page.getByTestId('priority-chains').getByText('أجندة دبي الاجتماعية 33').first().waitFor();
    await assertAccessible(page, 'initiative (ar)');
    await screenshot(page, 'initiatives-04-detail-ar');

    // 7. English: the page turns left-to-right; the title stays Arabic, with a notice.
    await toEnglish(page);
    await page.getByRole('heading', { level: 2, name: 'What it needs' }).waitFor();
    await page.getByTestId('language-notice').first().waitFor();
    assert.match((await page.getByTestId('language-notice').first().textContent()) ?? '', /Shown in Arabic/);
    await assertAccessible(page, 'initiative (en)');
    await screenshot(page, 'initiatives-05-detail-en');
    await page.getByRole('link', { name: 'All initiatives' }).click();
    await page.getByTestId('initiative-card').first().waitFor();
    await assertAccessible(page, 'catalogue (en)');

    // 8. Progress fills from the inline start: from the right in Arabic, from the left in English.
    const demo = (await (await fetch(`${server.url}/api/v1/initiatives?status=active&sort=most_needed&pageSize=20`)).json()) as { items: { id: string }[] };
    let withProgress: string | null = null;
    for (const { id } of demo.items) {
      const detail = (await (await fetch(`${server.url}/api/v1/initiatives/${id}`)).json()) as { needs: { progress: { percent: number } }[] };
      if (detail.needs.some((n) => n.progress.percent >= 10 && n.progress.percent <= 90)) {
        withProgress = id;
        break;
      }
    }
    assert.ok(withProgress, 'the demo data has a need part-way to its target');
    const fillSide = async () =>
      page.evaluate(() => {
        for (const root of document.querySelectorAll('[data-testid="need-progress"]')) {
          const bar = root.querySelector('[role="progressbar"]') as HTMLElement | null;
          const r = root.getBoundingClientRect();
          const b = bar?.getBoundingClientRect();
          if (b && b.width > 4 && b.width < r.width - 4) return Math.abs(b.right - r.right) < 2 ? 'right' : Math.abs(b.left - r.left) < 2 ? 'left' : 'middle';
        }
        return 'none';
      });
    await page.goto(`${server.url}/initiatives/${withProgress}`);
    await page.getByTestId('need-progress').first().waitFor();
    assert.equal(await fillSide(), 'left', 'English progress fills from the left');
    await page.getByRole('button', { name: 'العربية' }).click();
    await waitForLocale(page, 'ar', 'rtl');
    assert.equal(await fillSide(), 'right', 'Arabic progress fills from the right');
    await assertAccessible(page, 'initiative with progress (ar)');
    await screenshot(page, 'initiatives-06-progress-ar');

    // 9. On a phone: catalogue and the new initiative, no sideways scrolling.
    const { page: phone } = await openPage(browser, PHONE, errors);
    await phone.goto(`${server.url}/initiatives?q=${encodeURIComponent('المتطوعين')}`);
    await phone.getByRole('link', { name: TITLE }).waitFor();
    await assertNoOverflow(phone, 'catalogue, phone');
    await assertAccessible(phone, 'catalogue, phone (ar)');
    await screenshot(phone, 'initiatives-07-phone-catalogue-ar');
    await phone.getByRole('link', { name: TITLE }).click();
    await phone.getByTestId('need-card').nth(2).waitFor();
    await assertNoOverflow(phone, 'initiative, phone');
    await assertAccessible(phone, 'initiative, phone (ar)');
    await screenshot(phone, 'initiatives-08-phone-detail-ar');

    console.log(`# axe runs: ${axeRunCount()}, serious/critical: 0`);
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
  } finally {
    await browser?.close();
    await server.close();
  }
});
