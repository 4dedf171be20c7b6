/**
 * The viewer at the size of a newsroom archive: the generated corpus of 2,000 articles
 * (bench/corpus.mjs), side by side with the seeds in one run, so timings are ratios.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus } from '../../bench/corpus.mjs';
import { serveViewer, type RunningServer } from '../../src/serve/server.js';
import {
  ARTIFACTS,
  DESKTOP,
  PHONE,
  expectClean,
  hasChromium,
  launch,
  median,
  nodeOnPage,
  openViewer,
  outputFolder,
  pointOnLink,
} from './harness.js';
import { sharedFolder } from '../setup/shared.js';

const KIM = 'person:kim-jong-un';
// The generated articles are made of the shelf's NER sentences; without them they would be the seeds' sentences alone, another corpus.
const shelf = sharedFolder('the viewer on 2,000 generated articles', 'benchmarks/idner-news-2k/train.txt');
const CLICKS = 11;

/**
 * Clicks a node as a person does (the pointer rests on it, then presses) and the time from the
 * click to the frame after its panel was drawn; Escape clears the selection after.
 */
async function clickToPanel(page: Page, node: string): Promise<number> {
  const at = await nodeOnPage(page, node);
  await page.mouse.move(at.x, at.y);
  await page.evaluate(() => {
    window.newsgraph.clickToPanelMs = null;
  });
  // Two clicks within sigma's double-click timeout (300 ms) would be a double click.
  await page.waitForTimeout(350);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(() => window.newsgraph.clickToPanelMs !== null);
  const ms = await page.evaluate(() => window.newsgraph.clickToPanelMs!);
  await page.keyboard.press('Escape');
  return ms;
}

describe.skipIf(!hasChromium || !shelf)('the viewer on 2,000 generated articles, in headless Chromium', () => {
  let browser: Browser;
  let seeds: RunningServer;
  let big: RunningServer;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    seeds = await serveViewer({
      viewerDir: 'dist/viewer',
      graphDir: await outputFolder(['seeds']),
      port: 0,
      tryNextPorts: 0,
    });
    big = await serveViewer({
      viewerDir: 'dist/viewer',
      graphDir: await outputFolder([corpus(2000)]),
      port: 0,
      tryNextPorts: 0,
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await seeds?.close();
    await big?.close();
  });

  it('opens on the entities and events, article nodes hidden behind a toggle, articles labelled by outlet and date, labels not piled', async () => {
    const page = await openViewer(browser, big.url);
    const counts = () =>
      page.evaluate(() => {
        const v = window.newsgraph;
        let articles = 0;
        for (const n of v.visible.nodes) if (v.graph.getNodeAttribute(n, 'type') === 'Document') articles++;
        const documents = v.graph.nodes().filter((n) => v.graph.getNodeAttribute(n, 'type') === 'Document').length;
        return { articles, shown: v.shown.order, total: v.graph.order, documents };
      });
    expect(await page.isChecked('#type-Document')).toBe(false);
    const opened = await counts();
    expect(opened.articles).toBe(0);
    // Everything but the documents (2,000 articles of a few thousand nodes) is shown.
    expect(opened.documents).toBeGreaterThan(1900);
    expect(opened.shown).toBe(opened.total - opened.documents);
    const labels = await page.evaluate(() => {
      const v = window.newsgraph;
      const boxes = [...v.labels.placed.values()];
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) overlaps++;
        }
      const biggest = v.shown
        .nodes()
        .sort((a, b) => Number(v.shown.getNodeAttribute(b, 'size')) - Number(v.shown.getNodeAttribute(a, 'size')))
        .slice(0, 3);
      return { placed: boxes.length, overlaps, biggestLabelled: biggest.every((n) => v.labels.placed.has(n)) };
    });
    expect(labels.placed).toBeGreaterThan(15);
    expect(labels.overlaps).toBe(0);
    expect(labels.biggestLabelled).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-2k.png') });
    await page.check('#type-Document');
    const all = await counts();
    expect(all.articles).toBeGreaterThan(1500);
    const articleLabels: string[] = await page.evaluate(() =>
      window.newsgraph.shown
        .nodes()
        .filter((n) => n.startsWith('article:'))
        .slice(0, 50)
        .map((n) => String(window.newsgraph.shown.getNodeAttribute(n, 'label'))),
    );
    for (const label of articleLabels) expect(label).toMatch(/^(\S.{0,30} )?\d{4}(-\d\d){0,2}$/);
    expect(page.url()).toContain('hide=&');
    expectClean(page);
    await page.close();
  });

  it("picks edges whatever the graph's size, drawing only what is shown", async () => {
    const page = await openViewer(browser, big.url);
    const drawn = await page.evaluate(() => {
      const v = window.newsgraph;
      return {
        drawnEdges: v.renderer.getGraph().size,
        drawnNodes: v.renderer.getGraph().order,
        visibleNodes: v.visible.nodes.size,
        total: v.graph.size,
      };
    });
    expect(drawn.drawnNodes).toBe(drawn.visibleNodes);
    expect(drawn.drawnEdges).toBeLessThan(drawn.total / 10);
    // Partners met several times first: their link stands for several edges.
    const partners: string[] = await page.evaluate((k) => {
      const shown = window.newsgraph.shown;
      const members = (n: string) =>
        (
          shown.getEdgeAttribute(
            shown.edges().find((e) => e.includes(k) && e.includes(n))!,
            'members',
          ) as string[]
        ).length;
      return shown
        .neighbors(k)
        .filter((n) => n.startsWith('person:'))
        .sort((a, b) => members(b) - members(a));
    }, KIM);
    let opened = false;
    for (const partner of partners) {
      const point = await pointOnLink(page, KIM, partner);
      if (!point) continue;
      await page.mouse.click(point.x, point.y);
      await page.waitForTimeout(400);
      const s = await page.evaluate(() => window.newsgraph.state.selection);
      if (!s || s.kind === 'node') {
        await page.keyboard.press('Escape');
        continue;
      }
      expect(s.kind).toBe('link');
      expect([...s.ends!].sort()).toEqual([KIM, partner].sort());
      expect(await page.locator('#panel [data-group="Meetings"] button.row').count()).toBeGreaterThan(0);
      opened = true;
      break;
    }
    expect(opened).toBe(true);
    await page.close();
  });

  it("draws a click on the busiest node's panel within 3× the seeds' time; the panel opens on meetings, not on 2,000 mentions", async () => {
    const small = await openViewer(browser, seeds.url);
    const large = await openViewer(browser, big.url);
    // Side by side, click for click, so that the machine's load weighs on both alike.
    const times = { seeds: [] as number[], big: [] as number[] };
    for (let i = 0; i < CLICKS; i++) {
      times.seeds.push(await clickToPanel(small, KIM));
      times.big.push(await clickToPanel(large, KIM));
    }
    const seedsMs = median(times.seeds);
    const bigMs = median(times.big);
    // Pointer onto the node (its neighbourhood highlighted, the rest dimmed), then away.
    const hover = async (page: Page) => {
      const at = await nodeOnPage(page, KIM);
      const corner = (await page.locator('#graph').boundingBox())!;
      const away = () => page.mouse.move(corner.x + 3, corner.y + 3);
      const t: number[] = [];
      await away();
      await page.waitForTimeout(300);
      for (let i = 0; i < 5; i++) {
        await page.evaluate(() => {
          window.newsgraph.hoverToFrameMs = null;
        });
        await page.mouse.move(at.x, at.y);
        await page.waitForFunction(() => window.newsgraph.hoverToFrameMs !== null);
        t.push(await page.evaluate(() => window.newsgraph.hoverToFrameMs!));
        await away();
        await page.waitForTimeout(300);
      }
      return median(t);
    };
    const firstFrames = {
      seeds: await small.evaluate(() => window.newsgraph.firstFrameMs),
      big: await large.evaluate(() => window.newsgraph.firstFrameMs),
    };
    const hovers = { seeds: await hover(small), big: await hover(large) };
    console.log(
      `click → panel drawn: seeds ${seedsMs.toFixed(1)} ms, 2k ${bigMs.toFixed(1)} ms (ratio ${(bigMs / seedsMs).toFixed(2)}); hover → highlighted frame: seeds ${hovers.seeds.toFixed(1)} ms, 2k ${hovers.big.toFixed(1)} ms; first frame seeds ${firstFrames.seeds?.toFixed(0)} ms, 2k ${firstFrames.big?.toFixed(0)} ms`,
    );
    expect(bigMs / seedsMs).toBeLessThanOrEqual(3);

    await large.mouse.click(...(Object.values(await nodeOnPage(large, KIM)).slice(0, 2) as [number, number]));
    const label = await large.evaluate((n) => window.newsgraph.graph.getNodeAttribute(n, 'label') as string, KIM);
    await expect.poll(() => large.locator('#panel h2').innerText()).toBe(label);
    const groups = await large
      .locator('#panel .group')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-group'), e.tagName, e.hasAttribute('open')]));
    expect(groups[0][0]).toBe('Meetings');
    const mentions = groups.find((g) => g[0] === 'Mentioned in')!;
    expect(mentions).toEqual(['Mentioned in', 'DETAILS', false]);
    expect(await large.locator('#panel .evidence .article').count()).toBe(3);
    // Scrolled to first: evidence below the panel's fold is skipped by content-visibility (no text) until it is.
    await large.locator('#panel .evidence').first().scrollIntoViewIfNeeded();
    await expect.poll(() => large.locator('#panel .evidence .more').innerText()).toMatch(/^Show all \d+$/);
    expect(await large.locator('#panel [data-group="Meetings"] button.row').count()).toBe(8);
    const height = await large.locator('#panel').evaluate((p) => p.scrollHeight);
    expect(height).toBeLessThan(3000);
    await large.screenshot({ path: join(ARTIFACTS, 'viewer-2k-kim.png') });
    await small.close();
    await large.close();
  });

  it('on a phone, the 2k graph fills the screen and its panel opens as a sheet', async () => {
    const page = await openViewer(browser, `${big.url}#node=${encodeURIComponent(KIM)}`, PHONE);
    expect((await page.locator('#graph').boundingBox())!.width).toBe(PHONE.width);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-2k-phone.png') });
    await page.setViewportSize(DESKTOP);
    await page.waitForTimeout(200);
    expectClean(page);
    await page.close();
  });
});
