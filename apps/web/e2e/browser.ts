// Helpers for the browser tests: launching Debian's Chromium and opening pages, axe checks,
// screenshots, signing in (form and API).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TestContext } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots go here (gitignored). */
export const RESULTS_DIR = path.resolve(import.meta.dirname, '../../../test-results');

/** The built web app the server hands out (`npm run build`). */
export const WEB_DIST = path.resolve(import.meta.dirname, '../dist/index.html');

/**
 * Whether a browser test can run: without Chromium it is skipped (false), or fails in CI; the
 * web app must have been built.
 */
export function browserTestCanRun(t: TestContext): boolean {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    if (process.env.CI === 'true') assert.fail(`CI=true but ${CHROMIUM_PATH} is missing: install Debian's chromium (apt-get install chromium).`);
    t.skip(`${CHROMIUM_PATH} not found`);
    return false;
  }
  assert.ok(fs.existsSync(WEB_DIST), 'apps/web/dist is missing: run `npm run build` first (npm test does it for you).');
  return true;
}

/** Launches headless Chromium with the flags that work in containers and CI. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// The axe-core that @axe-core/playwright itself uses (a dependency of it, not of ours).
const requireHere = createRequire(import.meta.url);
const axeSource = fs.readFileSync(createRequire(requireHere.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe finding, trimmed for printing. */
export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * axe skips colour contrast for Arabic text: its icon-ligature heuristic (a word drawn on a
 * canvas is narrower than its letters drawn one by one) mistakes cursive shaping for an icon
 * font, so in an Arabic page almost no text is checked. This second pass runs only the
 * `color-contrast` rule, also matching elements that have Arabic text of their own.
 */
async function arabicContrastViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Axe = {
      _audit: { rules: { id: string; matches: (node: Element, vNode: unknown, ctx: unknown) => boolean }[] };
      run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const rule = axe._audit.rules.find((r) => r.id === 'color-contrast')!;
    const original = rule.matches;
    rule.matches = function (node, vNode, ctx) {
      if (original.call(this, node, vNode, ctx)) return true;
      const arabic = Array.from(node.childNodes).some((n) => n.nodeType === 3 && /[\u0600-\u06ff]/.test(n.nodeValue ?? ''));
      if (!arabic || node.closest('[inert], [aria-disabled="true"], :disabled, option')) return false;
      return parseFloat(getComputedStyle(node).fontSize) > 0;
    };
    const results = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } });
    return results.violations.map((v) => ({ id: `${v.id} (Arabic text)`, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/**
 * Runs axe on the page as it is now (plus the Arabic colour-contrast pass) and returns the
 * serious and critical violations, after printing every violation so moderate ones show in
 * the log too.
 * @param label where we are, e.g. "workspace (en)"
 */
export async function seriousA11yViolations(page: Page, label: string): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const all: AxeFinding[] = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  all.push(...(await arabicContrastViolations(page)));
  for (const v of all) console.log(`# axe [${label}] ${v.impact}: ${v.id} — ${v.help} — ${v.targets.join(' | ')}`);
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A fresh context (phone or desktop) and a page in it; the page's uncaught errors go to `errors`. */
export async function openPage(browser: Browser, options: BrowserContextOptions, errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page };
}

/** Saves a full-page screenshot as test-results/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

/** Waits until the app has settled: no requests in flight and no loading spinner. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('[role="status"] .mantine-Loader-root').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  // Let Mantine's transitions (menus, modals, notices) finish before axe reads colours.
  await page.waitForTimeout(250);
}

let axeRuns = 0;

/** How many axe checks this test file has run (printed at the end of each flow). */
export function axeRunCount(): number {
  return axeRuns;
}

/** Asserts the page has no serious or critical axe violations (Arabic contrast pass included). */
export async function assertAccessible(page: Page, label: string): Promise<void> {
  await settle(page);
  const serious = await seriousA11yViolations(page, label);
  axeRuns++;
  assert.deepEqual(serious, [], `axe found serious/critical violations on ${label}:\n${JSON.stringify(serious, null, 2)}`);
}

/** Asserts nothing makes the page scroll sideways (phones). */
export async function assertNoOverflow(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${label}: no sideways scrolling (overflow ${overflow}px)`);
}

/** Waits until `<html>` carries the language and direction. */
export async function waitForLocale(page: Page, lang: string, dir: string): Promise<void> {
  await page.locator(`html[lang="${lang}"][dir="${dir}"]`).waitFor({ state: 'attached', timeout: 5_000 });
}

/** The demo accounts' password (README: admin@, reviewer@, charity@, volunteer@ataa.local). */
export const DEMO_PASSWORD = 'ataa-demo-2026';

/** A signed-in API client (cookie + CSRF token from the sign-in answer) for setting up data. */
export async function apiAs(base: string, email: string, password = DEMO_PASSWORD) {
  const r = await fetch(`${base}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  assert.equal(r.status, 200, `sign-in ${email}`);
  const cookie = r.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return async (method: string, url: string, body?: unknown): Promise<any> => {
    const res = await fetch(`${base}/api/v1${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    assert.ok(res.ok, `${method} ${url}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}

/** The sign-in form's labels, as {@link signIn} takes them. */
export interface SignInLabels {
  email: string;
  password: string;
  submit: string;
  exact?: boolean;
}

/** The Arabic sign-in form. */
export const AR_SIGN_IN: SignInLabels = { email: 'البريد الإلكتروني', password: 'كلمة المرور', submit: 'دخول', exact: true };

/** Signs in through the form (the page is at /sign-in). */
export async function signIn(page: Page, email: string, labels: SignInLabels, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel(labels.email).fill(email);
  await page.getByRole('textbox', { name: labels.password }).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: labels.exact }).click();
}

/** Switches the page to English with the header's language button and waits for the LTR document. */
export async function toEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English' }).click();
  await waitForLocale(page, 'en', 'ltr');
}
