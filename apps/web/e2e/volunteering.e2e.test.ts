// Browser test of volunteering, in Arabic then English, with axe on every page: a new volunteer
// finds an opportunity on a phone and signs up for a shift; on the day the organiser checks them
// in and out from the roster and verifies two hours (adjusted, with a reason); the volunteer
// issues a certificate (HTML and PDF) that anyone can check without seeing the holder's name.
// Run: node --import tsx --test apps/web/e2e/volunteering.e2e.test.ts (after `npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startTestServer } from '../../api/test/server.ts';
import {
  AR_SIGN_IN, DEMO_PASSWORD, apiAs, assertAccessible, assertNoOverflow, axeRunCount, browserTestCanRun, launchChromium, openPage, screenshot, signIn, toEnglish, waitForLocale,
} from './browser.ts';
import { CHARITY_EN, liveInitiative } from './setup.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const TITLE = 'فرز كتب مكتبة الحي الصيفية';
const NAME = 'سلمى الكتبي';
const ORG_AR = 'جمعية بيت الخير';
const ORG_EN = CHARITY_EN;
const MINUTE = 60_000;

/**
 * The charity's live initiative with a time need, an opportunity for it (16 and over) with one
 * shift in two days, and a fresh volunteer (Arabic, date of birth on the profile) so no demo
 * sign-up or verified hour gets in the way.
 */
async function setUp(base: string) {
  const { charity, orgId, initiativeId, needId } = await liveInitiative(base, {
    initiative: {
      titleAr: 'مكتبات الأحياء المفتوحة',
      titleEn: 'Open neighbourhood libraries',
      summaryAr: 'مكتبات صيفية مفتوحة لأطفال الأحياء في دبي.',
      summaryEn: 'Summer libraries open to neighbourhood children in Dubai.',
    },
    need: { kind: 'time', titleAr: 'متطوعون للمكتبة', titleEn: 'Library volunteers', targetHours: 200 },
  });
  const opportunity = await charity('POST', `/organisations/${orgId}/opportunities`, {
    initiativeId,
    needId,
    titleAr: TITLE,
    titleEn: 'Sorting books for the summer neighbourhood library',
    descriptionAr: 'نفرز الكتب المتبرع بها ونرتبها على الرفوف حسب الفئة العمرية.',
    descriptionEn: 'We sort donated books and shelve them by age group.',
    emirate: 'dubai',
    areaAr: 'القصيص',
    areaEn: 'Al Qusais',
    languages: ['ar', 'en'],
    minAge: 16,
    instructionsAr: 'احضر قبل الموعد بعشر دقائق.',
    instructionsEn: 'Come ten minutes early.',
  });
  const startsAt = Date.now() + 2 * 24 * 60 * MINUTE;
  const shifts = await charity('POST', `/opportunities/${opportunity.id}/shifts`, { startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 3 * 60 * MINUTE).toISOString(), capacity: 3 });
  const email = `salma-${Date.now().toString(36)}@example.org`;
  const r = await fetch(`${base}/api/v1/auth/sign-up`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD, displayName: NAME, locale: 'ar' }) });
  assert.equal(r.status, 201, `sign-up: ${await r.text()}`);
  const volunteer = await apiAs(base, email);
  await volunteer('PUT', '/me/volunteer-profile', { dateOfBirth: '1998-03-14', skills: ['تنظيم'], languages: ['ar', 'en'], emirate: 'dubai', emergencyContact: 'أم سلمى 0501234567' });
  return { charity, orgId, opportunityId: opportunity.id as string, shiftId: shifts.items[0].id as string, email };
}

test('volunteering: sign up in Arabic, check-in, verified hours, certificate, public check', { timeout: 300_000 }, async (t) => {
  if (!browserTestCanRun(t)) return;

  const server = await startTestServer({ demo: true });
  let browser: Browser | null = null;
  const errors: string[] = [];
  const open = (options: BrowserContextOptions) => openPage(browser!, options, errors);
  const check = async (page: Page, label: string) => {
    await assertAccessible(page, label);
    await assertNoOverflow(page, label);
  };
  try {
    const { charity, orgId, opportunityId, shiftId, email } = await setUp(server.url);
    browser = await launchChromium();

    // 1. The volunteer, on a phone and in Arabic, signs in and searches the opportunities.
    const { page: phone } = await open(PHONE);
    await phone.goto(`${server.url}/sign-in?next=/volunteer`);
    await waitForLocale(phone, 'ar', 'rtl');
    await signIn(phone, email, AR_SIGN_IN);
    await phone.waitForURL('**/volunteer');
    await phone.getByRole('heading', { level: 1, name: 'تطوّع' }).waitFor();
    const search = phone.getByRole('search', { name: 'البحث في فرص التطوع' });
    await search.getByRole('searchbox', { name: 'ابحث بالعربية أو الإنجليزية' }).fill('مكتبة الحي');
    await search.getByRole('button', { name: 'بحث', exact: true }).click();
    await phone.waitForURL(/[?&]q=/);
    // The count is announced once the filtered list has arrived (before that, the full list shows).
    await phone.getByRole('status').filter({ hasText: /^فرصة واحدة$/ }).waitFor();
    const card = phone.getByTestId('opportunity-card').filter({ hasText: TITLE });
    await card.waitFor();
    assert.equal(await phone.getByTestId('opportunity-card').count(), 1, 'the search finds the one opportunity');
    await check(phone, 'volunteer search (ar, phone)');
    await screenshot(phone, 'volunteering-01-search-ar-phone');

    // 2. The opportunity: sign up for the shift; the place is confirmed.
    await card.getByRole('link', { name: TITLE }).click();
    await phone.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const shift = phone.locator(`[data-testid="shift"][data-id="${shiftId}"]`);
    await shift.waitFor();
    await check(phone, 'opportunity (ar, phone)');
    await shift.getByRole('button', { name: /^سجّل مشاركتي — / }).click();
    await phone.getByText('تم تسجيل مشاركتك، وأرسلنا إليك التفاصيل بالبريد الإلكتروني.').first().waitFor();
    await shift.getByTestId('my-signup-status').filter({ hasText: 'مشاركتك مؤكدة' }).waitFor();
    await check(phone, 'opportunity, signed up (ar, phone)');
    await screenshot(phone, 'volunteering-02-signed-up-ar-phone');

    // 3. "My shifts" lists it, confirmed.
    await shift.getByRole('link', { name: 'إدارتها من وردياتي' }).click();
    await phone.waitForURL('**/me/volunteering');
    const mine = phone.getByTestId('my-shift').filter({ hasText: TITLE });
    await mine.waitFor();
    assert.equal(await mine.getAttribute('data-status'), 'confirmed');
    await check(phone, 'my shifts (ar, phone)');
    await screenshot(phone, 'volunteering-03-my-shifts-ar-phone');

    // 4. The day comes: the shift started 20 minutes ago. The organiser (desktop, Arabic) opens
    //    the roster and checks the volunteer in, then out.
    const now = Date.now();
    await charity('PATCH', `/shifts/${shiftId}`, { startsAt: new Date(now - 20 * MINUTE).toISOString(), endsAt: new Date(now + 120 * MINUTE).toISOString() });
    const { page: desk } = await open(DESKTOP);
    const rosterPath = `/workspace/${orgId}/volunteering/shifts/${shiftId}`;
    await desk.goto(`${server.url}/sign-in?next=${encodeURIComponent(rosterPath)}`);
    await signIn(desk, 'charity@ataa.local', AR_SIGN_IN);
    await desk.waitForURL(`**${rosterPath}`);
    const entry = desk.getByTestId('roster-entry').filter({ hasText: NAME });
    await entry.waitFor();
    await entry.getByText('أم سلمى').waitFor();
    await assertAccessible(desk, 'roster (ar)');
    await screenshot(desk, 'volunteering-04-roster-ar');
    await entry.getByRole('button', { name: `تسجيل الحضور — ${NAME}` }).click();
    await desk.getByText(`سُجِّل حضور ${NAME}.`).first().waitFor();
    await entry.getByRole('button', { name: `تسجيل الانصراف — ${NAME}` }).click();
    await desk.getByText(`سُجِّل انصراف ${NAME}.`).first().waitFor();
    await entry.getByRole('button', { name: `تصحيح الأوقات — ${NAME}` }).waitFor();
    await entry.locator('[data-status="present"]').filter({ hasText: 'حاضر' }).waitFor();
    await assertAccessible(desk, 'roster, present (ar)');
    await screenshot(desk, 'volunteering-05-roster-present-ar');

    // 5. Hours to verify: check-in to check-out lasted seconds, so the organiser adjusts it to
    //    two hours, with a reason; that verifies it.
    await desk.goto(`${server.url}/workspace/${orgId}/volunteering/hours`);
    const record = desk.getByTestId('attendance-record').filter({ hasText: NAME });
    await record.waitFor();
    assert.equal(await record.getAttribute('data-status'), 'present');
    await record.getByText(/لا توجد أوقات بدء وانتهاء مكتملة/).waitFor();
    await assertAccessible(desk, 'hours to verify (ar)');
    await record.getByRole('button', { name: `تعديل — ${NAME}` }).click();
    const adjust = desk.getByRole('dialog', { name: `تعديل ساعات ${NAME}` });
    await adjust.getByRole('textbox', { name: 'الساعات', exact: true }).fill('2');
    await adjust.getByRole('textbox', { name: 'الدقائق', exact: true }).fill('0');
    await adjust.getByRole('textbox', { name: 'السبب' }).fill('سُجّل الانصراف بالخطأ بعد دقيقة؛ بقيت ساعتين كاملتين.');
    await adjust.getByText('سيُحتسب: ساعتان').waitFor();
    await assertAccessible(desk, 'adjust dialog (ar)');
    await screenshot(desk, 'volunteering-06-adjust-ar');
    await adjust.getByRole('button', { name: 'حفظ واعتماد' }).click();
    await adjust.waitFor({ state: 'detached' });
    await desk.getByText(`اعتُمدت ساعات ${NAME}: ساعتان.`, { exact: false }).first().waitFor();
    await desk.getByRole('tab', { name: 'معتمدة' }).click();
    const verified = desk.locator('[data-testid="attendance-record"][data-status="verified"]').filter({ hasText: NAME });
    await verified.getByText('ساعتان').first().waitFor();
    await assertAccessible(desk, 'hours verified (ar)');

    // 6. The volunteer issues a certificate for the shift.
    await phone.goto(`${server.url}/me/certificates`);
    await phone.getByRole('heading', { level: 2, name: 'الشهادات' }).waitFor();
    await phone.getByRole('radio', { name: 'وردية واحدة' }).check();
    const shiftSelect = phone.getByRole('combobox', { name: 'الوردية' });
    assert.match(await shiftSelect.locator('option:checked').innerText(), new RegExp(TITLE));
    await check(phone, 'certificates, issue form (ar, phone)');
    await phone.getByRole('button', { name: 'أصدر الشهادة' }).click();
    await phone.getByText('شهادتك جاهزة.').first().waitFor();
    const cert = phone.getByTestId('certificate');
    await cert.waitFor();
    assert.equal(await cert.getByTestId('certificate-hours').innerText(), 'ساعتان');
    assert.match(await cert.innerText(), new RegExp(`شهادة وردية[\\s\\S]*${ORG_AR}`));
    await check(phone, 'certificates (ar, phone)');
    await screenshot(phone, 'volunteering-07-certificate-ar-phone');

    // The PDF, fetched with the volunteer's cookies.
    const pdfHref = await cert.getByRole('link', { name: /نزّل ملف PDF/ }).getAttribute('href');
    const pdf = await phone.request.get(new URL(pdfHref!, server.url).href);
    assert.equal(pdf.status(), 200, 'the PDF is served to its holder');
    assert.match(pdf.headers()['content-type'] ?? '', /^application\/pdf/);
    assert.equal((await pdf.body()).subarray(0, 4).toString('latin1'), '%PDF');

    // The HTML certificate: the holder's name, 2 hours (120 minutes) in both languages, the check link.
    const [certTab] = await Promise.all([phone.waitForEvent('popup'), cert.getByRole('link', { name: /افتح الشهادة/ }).click()]);
    await certTab.waitForLoadState();
    const certText = await certTab.locator('body').innerText();
    assert.ok(certText.includes(NAME), 'the certificate names its holder');
    assert.match(certText, /الساعات الموثّقة\s+2 \(120 دقيقة\)/);
    assert.match(certText, /Verified hours\s+2 \(120 minutes\)/);
    assert.ok(certText.includes(ORG_AR) && certText.includes(ORG_EN), 'the issuer in both languages');
    const token = /\/verify\/certificates\/([A-Za-z0-9_-]{32})/.exec(certText)?.[1];
    assert.ok(token, 'the certificate carries its verification link');
    await screenshot(certTab, 'volunteering-08-certificate-html');
    await certTab.close();

    // 7. Anyone (no account) checks it: genuine, 2 hours, the issuer — never the holder's name.
    const { page: visitor } = await open(PHONE);
    await visitor.goto(`${server.url}/verify/certificates/${token}`);
    const genuine = visitor.getByTestId('certificate-genuine');
    await genuine.getByRole('heading', { name: 'هذه الشهادة صحيحة' }).waitFor();
    assert.match(await genuine.innerText(), new RegExp(`الساعات المعتمدة\\s+ساعتان[\\s\\S]*الجهة المصدِرة\\s+${ORG_AR}`));
    assert.ok(!(await visitor.locator('main').innerText()).includes(NAME), 'the public check never names the holder');
    await check(visitor, 'verify certificate (ar, phone)');
    await screenshot(visitor, 'volunteering-09-verify-ar-phone');
    await toEnglish(visitor);
    await genuine.getByRole('heading', { name: 'This certificate is genuine' }).waitFor();
    assert.match(await genuine.innerText(), new RegExp(`Verified hours\\s+2 hours[\\s\\S]*Issued by\\s+${ORG_EN}`));
    assert.ok(!(await visitor.locator('main').innerText()).includes(NAME), 'nor in English');
    await check(visitor, 'verify certificate (en, phone)');
    await screenshot(visitor, 'volunteering-10-verify-en-phone');

    // 8. My impact counts the two hours.
    await phone.goto(`${server.url}/me/impact`);
    assert.match(await phone.getByTestId('impact-hours').innerText(), /\n2$/);
    await phone.getByTestId('impact-kind').filter({ hasText: 'ساعتان' }).waitFor();
    await check(phone, 'my impact (ar, phone)');
    await screenshot(phone, 'volunteering-11-impact-ar-phone');

    // 9. The volunteer's pages in English, left to right.
    await toEnglish(phone);
    for (const url of ['/volunteer', `/volunteer/opportunities/${opportunityId}`, '/me/volunteering', '/me/certificates', '/me/impact']) {
      await phone.goto(`${server.url}${url}`);
      await waitForLocale(phone, 'en', 'ltr');
      await phone.locator('main h1, main h2').first().waitFor();
      await check(phone, `${url} (en, phone)`);
    }
    await phone.getByTestId('impact-kind').filter({ hasText: '2 hours' }).waitFor();
    await screenshot(phone, 'volunteering-12-impact-en-phone');

    // 10. The organiser's hours and roster in English.
    await toEnglish(desk);
    await desk.getByRole('heading', { level: 2, name: 'Hours to verify' }).waitFor();
    await desk.locator('[data-testid="attendance-record"][data-status="verified"]').filter({ hasText: NAME }).getByText('2 hours').first().waitFor();
    await assertAccessible(desk, 'hours verified (en)');
    await desk.goto(`${server.url}${rosterPath}`);
    await waitForLocale(desk, 'en', 'ltr');
    await desk.getByTestId('roster-entry').filter({ hasText: NAME }).locator('[data-status="verified"]').waitFor();
    await assertAccessible(desk, 'roster (en)');
    await screenshot(desk, 'volunteering-13-roster-en');

    console.log(`# axe runs: ${axeRunCount()}, zero serious/critical`);
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
  } finally {
    await browser?.close();
    await server.close();
  }
});
