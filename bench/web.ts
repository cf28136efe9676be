// `npm run bench -- web`: the web twin's `large` run in headless Chromium (Debian's /usr/bin/chromium),
// built with vite and served on 127.0.0.1: seconds from the click to the shown result, in the engine
// worker as a student would see it. Skipped without Chromium.
import { buildAndServe, hasChromium, chromiumPath, launchChromium } from '../test/e2e/support.js';

const defaults = { scenario: process.env.BATON_WEB_SCENARIO ?? 'large', timeoutMs: 300_000 };

/** Times one run of the built-in `large` scenario in the browser's engine worker. */
export async function benchWeb(): Promise<unknown> {
  if (!hasChromium) throw new Error(`${chromiumPath} is not installed`);
  const { server, url } = await buildAndServe();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector('[data-testid=status][data-state=done]', { timeout: 60_000 });
    const started = Date.now();
    await page.selectOption('#scenario', defaults.scenario);
    await page.waitForSelector(`[data-testid=status][data-state=done][data-scenario="${defaults.scenario}"]`, { timeout: defaults.timeoutMs });
    const seconds = (Date.now() - started) / 1000;
    const hash = await page.locator('[data-testid=hash]').textContent();
    const events = await page.locator('#run-facts .muted').getAttribute('title');
    return { scenario: defaults.scenario, seconds: Number(seconds.toFixed(2)), engine: events, hash };
  } finally {
    await browser.close();
    await server.close();
  }
}
