/** Headless Chromium around the built viewer: launching, opening a page, finding nodes on screen. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { writeAtomically } from '../../src/cli/files.js';
import { buildOutputs } from '../../src/export/formats.js';
import { build } from '../../src/pipeline.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI)
  throw new Error(`CI=true and no Chromium at ${CHROMIUM} (apt-get install chromium)`);
if (!hasChromium) console.warn(`NOTICE: no Chromium at ${CHROMIUM}: viewer tests skipped (apt-get install chromium)`);

export const ARTIFACTS = 'test-artifacts';
export const DESKTOP = { width: 1400, height: 850 };
export const PHONE = { width: 390, height: 844 };

/** What the page exposes as `window.newsgraph` (viewer/src/main.ts), as far as tests read it. */
export interface ViewerHandle {
  graph: {
    order: number;
    size: number;
    nodes(): string[];
    hasNode(n: string): boolean;
    getNodeAttribute(n: string, a: string): unknown;
    getEdgeAttribute(e: string, a: string): unknown;
    edges(a?: string, b?: string): string[];
    extremities(e: string): [string, string];
    neighbors(n: string): string[];
    forEachNode(f: (n: string, a: Record<string, unknown>) => void): void;
  };
  shown: {
    order: number;
    size: number;
    hasNode(n: string): boolean;
    hasEdge(e: string): boolean;
    getEdgeAttribute(e: string, a: string): unknown;
    edges(): string[];
    nodes(): string[];
    getNodeAttribute(n: string, a: string): unknown;
    neighbors(n: string): string[];
  };
  renderer: {
    getNodeDisplayData(n: string): { x: number; y: number; size: number; color: string; label?: string } | undefined;
    framedGraphToViewport(c: { x: number; y: number }): { x: number; y: number };
    scaleSize(s: number): number;
    getCamera(): { getState(): { x: number; y: number; ratio: number; angle: number }; setState(s: object): void };
    getSetting(name: string): unknown;
    getGraph(): { order: number; size: number };
  };
  labels: { placed: Map<string, { x0: number; y0: number; x1: number; y1: number }> };
  visible: { nodes: Set<string>; edges: Set<string> };
  state: {
    selection: { kind: string; key?: string; ends?: string[] } | null;
    hiddenTypes: Set<string>;
    from: string | null;
    to: string | null;
    sizeBy: string;
    timeBasis: string;
  };
  settings: { dimColor: string; typeColors: Record<string, string> };
  firstFrameMs: number | null;
  clickToPanelMs: number | null;
  hoverToFrameMs: number | null;
  timings: Record<string, number>;
}
declare global {
  interface Window {
    newsgraph: ViewerHandle;
  }
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function outputFolder(inputs: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-view-'));
  writeAtomically(dir, buildOutputs((await build(inputs)).graph));
  return dir;
}

const problems = new WeakMap<Page, string[]>();

/** A page on the viewer, once its first frame is drawn. Page errors and policy violations are kept for `expectClean`. */
export async function openViewer(browser: Browser, url: string, viewport = DESKTOP): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const seen: string[] = [];
  problems.set(page, seen);
  page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.newsgraph?.firstFrameMs != null, null, { timeout: 60_000 });
  return page;
}

/** No page error, console error or Content-Security-Policy violation since the page opened. */
export function expectClean(page: Page): void {
  expect(problems.get(page) ?? []).toEqual([]);
}

/** Where a node is drawn, in page coordinates. */
export async function nodeOnPage(page: Page, node: string): Promise<{ x: number; y: number; size: number }> {
  return page.evaluate((n) => {
    const r = window.newsgraph.renderer;
    const d = r.getNodeDisplayData(n)!;
    const p = r.framedGraphToViewport(d);
    const box = document.getElementById('graph')!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y, size: r.scaleSize(d.size) };
  }, node);
}

/**
 * A point on the drawn link between two nodes, in page coordinates, away from both ends and
 * from any other node's disc (a click there can only land on the link or on other links).
 */
export async function pointOnLink(page: Page, a: string, b: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(
    ([a, b]) => {
      const v = window.newsgraph;
      const r = v.renderer;
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const at = (n: string) => {
        const d = r.getNodeDisplayData(n)!;
        return { ...r.framedGraphToViewport(d), size: r.scaleSize(d.size) };
      };
      const pa = at(a);
      const pb = at(b);
      const discs = v.shown.nodes().map(at);
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
        const p = { x: pa.x + (pb.x - pa.x) * t, y: pa.y + (pb.y - pa.y) * t };
        if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) continue;
        if (discs.every((d) => Math.hypot(d.x - p.x, d.y - p.y) > d.size + 3))
          return { x: box.left + p.x, y: box.top + p.y };
      }
      return undefined;
    },
    [a, b],
  );
}

export const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
