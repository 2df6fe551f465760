// Helpers for the browser tests: launching Debian's Chromium, axe checks and screenshots.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots go here (gitignored). */
export const RESULTS_DIR = path.resolve(import.meta.dirname, '../../../test-results');

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
