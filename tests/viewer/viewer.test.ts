import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromPaths, renderOutputs } from '../../src/pipeline.js';
import { writeAtomically } from '../../src/cli/files.js';
import { serveViewer, type RunningServer } from '../../src/serve/server.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) throw new Error(`CI=true and no Chromium at ${CHROMIUM} (apt-get install chromium)`);
if (!hasChromium) console.warn(`NOTICE: no Chromium at ${CHROMIUM}: viewer tests skipped (apt-get install chromium)`);

const ARTIFACTS = 'test-artifacts';
const SEED_TEXTS = readdirSync('seeds').map((f) => readFileSync(join('seeds', f), 'utf8').replace(/\s+/g, ' '));

function outputFolder(inputs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-view-'));
  writeAtomically(dir, renderOutputs(buildFromPaths(inputs).graph));
  return dir;
}

interface ViewerHandle {
  graph: { nodes(): string[]; getNodeAttribute(n: string, a: string): unknown; order: number };
  visible: { nodes: Set<string> };
  firstFrameMs: number | null;
}
declare global {
  interface Window { newsgraph: ViewerHandle }
}

describe.skipIf(!hasChromium)('the viewer, in headless Chromium', () => {
  let browser: Browser;
  let seeds: RunningServer;
  let seedsDir: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    seedsDir = outputFolder(['seeds']);
    seeds = await serveViewer({ viewerDir: 'dist/viewer', graphDir: seedsDir, port: 0, tryNextPorts: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await seeds?.close();
  });

  const open = async (url: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await page.goto(url);
    await page.waitForFunction(() => window.newsgraph?.firstFrameMs != null, null, { timeout: 20_000 });
    return page;
  };
  const visibleTypes = (page: Page) => page.evaluate(() => [...window.newsgraph.visible.nodes].map((n) => window.newsgraph.graph.getNodeAttribute(n, 'type')));

  it('draws the graph and lists the node types in the legend', async () => {
    const page = await open(seeds.url);
    await page.waitForTimeout(300);
    const shot = await page.locator('#graph').screenshot({ path: join(ARTIFACTS, 'viewer-seeds.png') });
    const png = PNG.sync.read(shot);
    let inked = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 235 || png.data[i + 1] < 235 || png.data[i + 2] < 235) inked++;
    expect(inked).toBeGreaterThan(2000);
    expect(await page.locator('#legend').innerText()).toMatch(/Person[\s\S]*Place[\s\S]*Organization[\s\S]*Event[\s\S]*Document/);
    await page.close();
  });

  it('finds Putin by search and shows an evidence sentence from the seeds', async () => {
    const page = await open(seeds.url);
    await page.fill('#search', 'Putin');
    await expect.poll(() => page.locator('#results li').first().innerText()).toContain('Vladimir Putin');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel h2').innerText()).toBe('Vladimir Putin');
    const sentences = await page.locator('#panel .sentence').allInnerTexts();
    expect(sentences.length).toBeGreaterThan(0);
    const sentence = sentences[0].replace(/ — .*$/s, '').replace(/\s+/g, ' ');
    expect(SEED_TEXTS.some((t) => t.includes(sentence))).toBe(true);
    expect(page.url()).toContain('node=person%3Avladimir-putin');
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-putin.png') });
    await page.close();
  });

  it('hides Places with the type filter, and the 2019 Vladivostok meeting with the timeline', async () => {
    const page = await open(seeds.url);
    expect(await visibleTypes(page)).toContain('Place');
    await page.uncheck('#type-Place');
    expect(await visibleTypes(page)).not.toContain('Place');
    await page.check('#type-Place');
    const meeting = 'event:meeting-2019-04-25-vladivostok';
    expect(await page.evaluate((m) => window.newsgraph.visible.nodes.has(m), meeting)).toBe(true);
    const months: string[] = await page.evaluate(() => {
      const lo = document.querySelector<HTMLInputElement>('#timeline-from')!;
      return Array.from({ length: Number(lo.max) + 1 }, (_, i) => i).map((i) => { lo.value = String(i); lo.dispatchEvent(new Event('input')); return document.querySelector('.range-label')!.textContent!.slice(0, 7); });
    });
    const from = months.findIndex((m) => m >= '2023-01');
    await page.evaluate((i) => { const lo = document.querySelector<HTMLInputElement>('#timeline-from')!; lo.value = String(i); lo.dispatchEvent(new Event('input')); }, from);
    expect(await page.locator('.range-label').innerText()).toMatch(/^2023-\d\d – 2024-06$/);
    expect(await page.evaluate((m) => window.newsgraph.visible.nodes.has(m), meeting)).toBe(false);
    expect(page.url()).toMatch(/from=2023-/);
    await page.close();
  });

  it('keeps the view in the URL: a shared link opens the same selection and filters', async () => {
    const page = await open(`${seeds.url}#node=person%3Akim-jong-un&hide=Organization&rels=MENTIONS`);
    expect(await page.locator('#panel h2').innerText()).toBe('Kim Jong Un');
    expect(await page.isChecked('#type-Organization')).toBe(false);
    expect(await visibleTypes(page)).not.toContain('Organization');
    await page.close();
  });

  it('re-runs ForceAtlas2 in a worker: nodes move, search still answers, and stop keeps the new positions', async () => {
    const page = await open(seeds.url);
    const putin = 'person:vladimir-putin';
    const position = () => page.evaluate((n) => [window.newsgraph.graph.getNodeAttribute(n, 'x'), window.newsgraph.graph.getNodeAttribute(n, 'y')], putin);
    const before = await position();
    await page.click('#layout');
    expect(await page.locator('#layout').innerText()).toBe('Stop layout');
    await expect.poll(position, { timeout: 10_000 }).not.toEqual(before);
    await page.fill('#search', 'Kim');
    await expect.poll(() => page.locator('#results li').first().innerText()).toContain('Kim Jong Un');
    await page.click('#layout');
    expect(await page.locator('#layout').innerText()).toBe('Re-run layout');
    const stopped = await position();
    await page.waitForTimeout(500);
    expect(await position()).toEqual(stopped);
    await page.close();
  });

  it('exports the filtered view as JSON, and opens a GEXF file', async () => {
    const page = await open(`${seeds.url}#hide=Place&rels=MENTIONS`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(exported.nodes.length).toBeGreaterThan(10);
    expect(exported.nodes.some((n: { attributes: { type: string } }) => n.attributes.type === 'Place')).toBe(false);
    await page.setInputFiles('#file', join(seedsDir, 'graph.gexf'));
    await expect.poll(() => page.evaluate(() => window.newsgraph.graph.order)).toBe(JSON.parse(readFileSync(join(seedsDir, 'graph.json'), 'utf8')).nodes.length);
    await page.close();
  });

  it('shows article text as text: markup in an article opens no dialog', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-xss-'));
    writeFileSync(join(dir, 'evil.txt'), 'Serangan Palsu di Jakarta\nPresiden Rusia Vladimir Putin tiba di Jakarta pada Rabu (19/6/2024) <img src=x onerror=alert(1)> dan "<script>alert(2)</script>".\n');
    const out = outputFolder([dir]);
    const server = await serveViewer({ viewerDir: 'dist/viewer', graphDir: out, port: 0, tryNextPorts: 0 });
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
    await page.goto(server.url);
    await page.waitForFunction(() => window.newsgraph?.firstFrameMs != null);
    await page.fill('#search', 'Serangan Palsu');
    await page.keyboard.press('Enter');
    await page.click('#panel .read-article');
    expect(await page.locator('#reader .reader-text').innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('#reader img, #reader script').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.fill('#search', 'Putin');
    await page.keyboard.press('Enter');
    expect((await page.locator('#panel .sentence').allInnerTexts()).join(' ')).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('#panel img, #panel script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-markup-as-text.png') });
    await page.close();
    await server.close();
  });
});
