/**
 * Downloads of the view: a PNG at twice the screen's resolution with the legend drawn in, and
 * the visible part of the graph as GEXF (written by the CLI's own GEXF writer, so it keeps
 * colours, sizes, positions and time as graph.gexf does) or as graph.json.
 */
import type Sigma from 'sigma';
import { drawOnCanvas } from '@sigma/export-image';
import { toGexf } from '../../src/export/gexf';
import type { DataGraph } from './data';

export interface LegendEntry {
  readonly label: string;
  readonly color: string;
}

/** Sigma reads the pixel ratio from the window when a renderer starts: the copy it draws gets twice ours. */
async function drawnAtTwice(renderer: Sigma): Promise<HTMLCanvasElement> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  const ratio = window.devicePixelRatio || 1;
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio * 2 });
  try {
    return await drawOnCanvas(renderer, { backgroundColor: '#ffffff' });
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

function drawLegend(canvas: HTMLCanvasElement, entries: readonly LegendEntry[], scale: number): void {
  const ctx = canvas.getContext('2d')!;
  const line = 18 * scale;
  const pad = 8 * scale;
  ctx.font = `${12 * scale}px system-ui, sans-serif`;
  const width = Math.max(...entries.map((e) => ctx.measureText(e.label).width)) + 3 * pad;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeStyle = '#bbbbbb';
  ctx.lineWidth = scale;
  ctx.fillRect(pad, pad, width, entries.length * line + pad);
  ctx.strokeRect(pad, pad, width, entries.length * line + pad);
  entries.forEach((e, i) => {
    const y = pad + pad / 2 + i * line + line / 2;
    ctx.fillStyle = e.color;
    ctx.beginPath();
    ctx.arc(pad * 2, y, 5 * scale, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#222222';
    ctx.textBaseline = 'middle';
    ctx.fillText(e.label, pad * 3, y);
  });
}

export async function pngOf(renderer: Sigma, legend: readonly LegendEntry[]): Promise<Blob> {
  const canvas = await drawnAtTwice(renderer);
  drawLegend(canvas, legend, 2 * (window.devicePixelRatio || 1));
  return new Promise((done, fail) => canvas.toBlob((b) => (b ? done(b) : fail(new Error('no image'))), 'image/png'));
}

export function gexfOf(graph: DataGraph): string {
  return toGexf(graph as never);
}

export function jsonOf(graph: DataGraph): string {
  return JSON.stringify(graph.export());
}
