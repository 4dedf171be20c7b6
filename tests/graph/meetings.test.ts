// Who met whom: one MET per meeting, none within a delegation, none for kinds that make no one meet.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { indonesian } from '../../src/lang/id/index.js';

async function graphOf(articles: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'ng-met-'));
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, name), text);
  const { graph } = await build([dir], { language: indonesian, layout: { iterations: 0, maxNodeIterations: 0 } });
  const met = graph
    .filterEdges((_, a) => a.type === 'MET')
    .map((e) => `${graph.source(e)} ${graph.target(e)} ${graph.getEdgeAttribute(e, 'event')}`);
  return { graph, met };
}

describe('MET edges', () => {
  it('meet once at a visit and its signing, and not the delegation that came with the guest', async () => {
    const { graph, met } = await graphOf({
      'a.txt':
        'Kunjungan ke Bogor\n\nBogor (ANTARA) - Presiden Brasil Paulo Ferreira tiba di Bogor pada Rabu (19/6/2024) untuk kunjungan kenegaraan. Ia disambut Presiden Joko Widodo di Istana Bogor. Delegasi Brasil termasuk Menteri Luar Negeri Oleg Marchenko dan Menteri Pertahanan Pavel Dorenko.\n',
      'b.txt':
        'Penandatanganan di Bogor\n\nBogor (ANTARA) - Presiden Joko Widodo dan Presiden Brasil Paulo Ferreira menandatangani perjanjian kerja sama di Bogor pada Rabu (19/6/2024).\n',
    });
    const events = graph.filterNodes((_, a) => a.type === 'Event');
    expect(events).toHaveLength(1);
    expect(graph.getNodeAttribute(events[0], 'kind')).toBe('visit');
    expect(met.filter((m) => m.includes('paulo-ferreira') && m.includes('joko-widodo'))).toHaveLength(1);
    expect(
      met.some((m) => m.includes('paulo-ferreira') && (m.includes('oleg-marchenko') || m.includes('pavel-dorenko'))),
    ).toBe(false);
  });

  it('make no one meet at an arrest', async () => {
    const { graph, met } = await graphOf({
      'a.txt':
        'Penangkapan di Bandung\n\nBandung (ANTARA) - Kepala Polda Jawa Barat Irjen Budi Santoso menangkap pengusaha Hendra Gunawan di Bandung pada Senin (17/6/2024).\n',
    });
    expect(graph.filterNodes((_, a) => a.type === 'Event' && a.kind === 'arrest')).toHaveLength(1);
    expect(met).toEqual([]);
  });
});
