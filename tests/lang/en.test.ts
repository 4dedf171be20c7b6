import { describe, expect, it } from 'vitest';
import { findDates, resolveDate } from '../../src/extract/dates.js';
import { extractArticle } from '../../src/extract/index.js';
import { english } from '../../src/lang/en/index.js';
import { build } from '../../src/pipeline.js';

const extract = (text: string, published?: string) =>
  extractArticle({ id: 't', file: 't.txt', text, published }, english);
const names = (x: ReturnType<typeof extract>, type: string) =>
  x.entities.filter((e) => e.type === type).map((e) => e.name);

describe('the English model, through the same engine', () => {
  it('reads English dates: month first or day first, weekdays, relative days', () => {
    const at = (text: string) => findDates(text, english).map((d) => resolveDate(d, { published: '2024-06-19' }).date);
    expect(at('on Tuesday, June 18, 2024, in Moscow')).toEqual(['2024-06-18']);
    expect(at('He arrived on 18 June 2024.')).toEqual(['2024-06-18']);
    expect(at('Talks began on Monday.')).toEqual(['2024-06-17']);
    expect(at('They met yesterday.')).toEqual(['2024-06-18']);
    expect(findDates('from June 12-17, 2023', english)[0]).toMatchObject({
      day: 12,
      endDay: 17,
      month: 6,
      endMonth: 6,
      year: 2023,
    });
  });

  it('finds people behind English titles, places and the outlet of a wire dateline', () => {
    const x = extract(
      'MOSCOW (Reuters) - Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday, March 21, 2023.',
    );
    expect(x.metadata.publisher).toBe('Reuters');
    expect(names(x, 'Person')).toEqual(expect.arrayContaining(['Vladimir Putin', 'Xi Jinping']));
    expect(names(x, 'Place')).toContain('Moscow');
    expect(x.entities.find((e) => e.name === 'Vladimir Putin')?.titles).toEqual(['President']);
  });

  it('reports a meeting with its people, place and date, and a plan as no event', () => {
    const x = extract(
      'Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang on 18 October 2023.',
    );
    expect(x.events).toHaveLength(1);
    const [event] = x.events;
    expect(event).toMatchObject({ kind: 'meeting', date: '2023-10-18' });
    expect(event.participants.map((p) => x.entities[p.entity].name).sort()).toEqual(['Kim Jong Un', 'Sergei Lavrov']);
    expect(x.entities[event.place!].name).toBe('Pyongyang');
    expect(extract('Lavrov will meet Kim Jong Un in Pyongyang on 18 October 2023.').events).toEqual([]);
  });

  it('reads a signed document and where a place lies', () => {
    const x = extract(
      'Lavrov and Foreign Minister Choe Son Hui signed a plan of consultations between the two ministries in Pyongyang.',
    );
    expect(x.documents.length + x.events.length).toBeGreaterThan(0);
    const y = extract('President Joe Biden signed an agreement on trade with Japan in Tokyo on 3 May 2024.');
    expect(y.documents.map((d) => d.name)).toEqual(['agreement on trade']);
    expect(y.documents[0].signers.map((s) => y.entities[s].name)).toEqual(['Joe Biden']);
  });

  it('builds a graph of English articles: `build` with language `en`', async () => {
    const { graph } = await build(['tests/fixtures/en'], {
      language: 'en',
      layout: { iterations: 0, maxNodeIterations: 0 },
    });
    const labels = (type: string) =>
      graph.filterNodes((_, a) => a.type === type).map((n) => graph.getNodeAttribute(n, 'label'));
    expect(labels('Person')).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Xi Jinping', 'Sergei Lavrov', 'Kim Jong Un']),
    );
    expect(labels('Event').some((l) => /^Meeting of .+ in Moscow, 21 March 2023$/.test(l))).toBe(true);
    expect(
      graph.someEdge(
        (_, a, s, t) => a.type === 'MET' && [s, t].sort().join(' ') === 'person:vladimir-putin person:xi-jinping',
      ),
    ).toBe(true);
    expect(graph.someEdge((_, a) => a.type === 'PUBLISHED_BY')).toBe(true);
  });
});
