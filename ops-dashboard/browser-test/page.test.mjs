// The ops page through the gateway in headless Chromium (Debian's, driven by playwright-core): it loads, shows the
// figures, switches language, and a figure changes on screen after a newcomer uses the API. Screenshots are kept.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

const gateway = process.env.GATEWAY ?? 'http://127.0.0.1:8080';
const opsToken = process.env.OPS_TOKEN;
const workerToken = process.env.WORKER_TOKEN;
const out = process.env.OUT_DIR ?? 'target';
assert.ok(opsToken && workerToken, 'OPS_TOKEN and WORKER_TOKEN are needed (./run.sh sets them)');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'] });
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
  page.on('pageerror', error => problems.push('page error: ' + error.message));
  page.on('console', message => { if (message.type() === 'error') problems.push('console: ' + message.text()); });
  page.on('response', answer => { if (answer.status() >= 400) problems.push(answer.status() + ' ' + answer.url()); });
  page.on('requestfailed', request => {
    // the stream is cut when the page closes; anything else failing is a fault
    if (!request.url().endsWith('/api/ops/stream')) problems.push('request failed: ' + request.url());
  });
  page.on('request', request => {
    assert.ok(request.url().startsWith(gateway), 'the page fetched from elsewhere: ' + request.url());
  });

  await page.goto(`${gateway}/ops/#token=${opsToken}`);
  await page.waitForSelector('#connection[data-state="live"]', { timeout: 30_000 });
  assert.ok(!page.url().includes('token='), 'the token left the address bar');
  assert.match(await page.title(), /运营看板/);

  // the overview shows every program's figures, as numbers, with the time they reflect
  for (const figure of ['training.cadres', 'employment.posts-published', 'mediation.work-orders-received',
    'matchmaking.couples']) {
    const value = page.locator(`#screen-overview .card[data-figure="${figure}"] .value`);
    await page.waitForFunction(el => /^[\d,]+$/.test(el.textContent), await value.elementHandle(),
      { timeout: 15_000 });
  }
  await page.waitForSelector('#chart-overview canvas', { timeout: 15_000 });
  await page.screenshot({ path: `${out}/ops-overview.png`, fullPage: true });

  // the employment screen; a newcomer registers their job intention through the gateway; the figure moves live
  await page.click('nav a[data-screen="employment"]');
  const seekers = page.locator('#screen-employment .card[data-figure="employment.seekers-registered"] .value');
  await page.waitForFunction(el => /^[\d,]+$/.test(el.textContent), await seekers.elementHandle());
  const before = Number((await seekers.textContent()).replaceAll(',', ''));
  const start = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const registered = await fetch(`${gateway}/api/employment/seekers/me`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${workerToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: '浏览器测试', phone: '13800000000', district: '盐田区', wantedTrades: ['4-10-01-06'],
      earliestStart: start, gigWanted: true })
  });
  assert.equal(registered.status, 201, await registered.text());
  const changedAt = Date.now();
  await page.waitForFunction(([el, was]) => Number(el.textContent.replaceAll(',', '')) === was + 1,
    [await seekers.elementHandle(), before], { timeout: 30_000 });
  console.log(`seekers ${before} → ${before + 1} on screen ${Date.now() - changedAt} ms after the API answered`);
  await page.screenshot({ path: `${out}/ops-employment.png`, fullPage: true });

  // English labels on demand
  await page.click('#language');
  assert.equal(await page.title(), 'UnionHub operations');
  assert.equal(await page.locator('#screen-employment .card[data-figure="employment.seekers-registered"] .label')
    .textContent(), 'Job seekers');
  await page.screenshot({ path: `${out}/ops-employment-en.png`, fullPage: true });

  // without a token the page asks for one
  const stranger = await browser.newPage();
  await stranger.goto(`${gateway}/ops/`);
  await stranger.waitForSelector('#sign-in:not([hidden])');
  await stranger.close();

  assert.deepEqual(problems, []);
  console.log(`the ops page passed; screenshots in ${out}`);
} finally {
  await browser.close();
}
