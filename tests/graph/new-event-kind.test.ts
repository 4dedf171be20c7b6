// Adding an event kind is one entry in the contract and its triggers in a language model:
// here both are added from outside (the contract's entry by a mock), and nothing else changes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as Contract from '../../src/graph/contract.js';

vi.mock('../../src/graph/contract.js', async (importOriginal) => {
  const contract = await importOriginal<typeof Contract>();
  return {
    ...contract,
    EVENT_KINDS: {
      ...contract.EVENT_KINDS,
      strike: { label: 'Strike', met: 'nobody' },
      rally: { label: 'Rally', met: 'everyone' },
    },
  };
});

const { build } = await import('../../src/pipeline.js');
const { LANGUAGES } = await import('../../src/lang/index.js');
const { EVENT_KINDS } = await import('../../src/graph/contract.js');

describe('a new event kind', () => {
  it('takes one entry in the contract and its triggers in the model: events of it, labelled, and MET as its entry says', async () => {
    expect(Object.keys(EVENT_KINDS)).toContain('strike');
    const kinds = { strike: 'strike', rally: 'rally' } as unknown as Record<string, Contract.EventKind>;
    const model = {
      ...LANGUAGES.id,
      code: 'id-with-strikes',
      eventTriggers: [
        ...LANGUAGES.id.eventTriggers,
        { phrase: 'berorasi', kind: kinds.strike },
        { phrase: 'berkampanye', kind: kinds.rally },
      ],
    };
    const dir = mkdtempSync(join(tmpdir(), 'ng-kind-'));
    writeFileSync(
      join(dir, 'demo.txt'),
      [
        'Buruh berorasi di Jakarta',
        '',
        'Jakarta (ANTARA) - Presiden Partai Buruh Said Iqbal dan Ketua KSPI Andi Gani berorasi di depan Istana Merdeka, Jakarta, pada Rabu (19/6/2024).',
        '',
        'Calon gubernur Budi Santoso dan Dewi Lestari berkampanye di Bandung pada Kamis (20/6/2024).',
        '',
      ].join('\n'),
    );
    const { graph } = await build([dir], { language: model, layout: { iterations: 0, maxNodeIterations: 0 } });
    const events = graph.filterNodes((_, a) => a.type === 'Event').map((n) => graph.getNodeAttributes(n));
    const strike = events.find((e) => (e.kind as string) === 'strike');
    const rally = events.find((e) => (e.kind as string) === 'rally');
    expect(strike?.label).toMatch(/^Strike in .* 2024-06-19$/);
    expect(rally?.label).toMatch(/^Rally in Bandung 2024-06-20$/);
    const met = graph.filterEdges((_, a) => a.type === 'MET').map((e) => graph.getEdgeAttribute(e, 'event'));
    expect(met.some((event) => event?.startsWith('event:strike-'))).toBe(false);
    expect(met.some((event) => event?.startsWith('event:rally-'))).toBe(true);
  });
});
