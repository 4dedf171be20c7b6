import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { articleKeys, nodeKey } from '../../src/graph/contract.js';
import type { NewsGraph } from '../../src/graph/build.js';
import { DEFAULT_LAYOUT } from '../../src/graph/layout.js';
import { serializeGraph } from '../../src/graph/serialized.js';
import { validateGraph } from '../../src/graph/validate.js';

/** Three reports of three outlets on three days; names and places made up for the test. */
const RECORDS = [
  {
    id: 'a1',
    title: 'Ana Zawirna bertemu Budi Zantika di Surabaya',
    publisher: 'ANTARA',
    published: '2024-03-04',
    body: 'Surabaya (ANTARA) - Menteri Perdagangan Ana Zawirna bertemu Gubernur Budi Zantika di Surabaya pada Senin (4/3/2024). Keduanya membahas harga beras.',
  },
  {
    id: 'b2',
    title: 'Citra Zelestari mengunjungi Medan',
    publisher: 'Kompas',
    published: '2024-03-10',
    body: 'KOMPAS.com - Presiden Citra Zelestari mengunjungi Medan pada Minggu (10/3/2024). Ia bertemu Wali Kota Dedi Zulkarna di Medan.',
  },
  {
    id: 'c3',
    title: 'Eka Zandria berbicara di Makassar',
    publisher: 'Tempo',
    published: '2024-03-15',
    body: 'TEMPO.CO, Makassar - Menteri Luar Negeri Eka Zandria berbicara di Makassar pada Jumat (15/3/2024). Ia mengatakan kerja sama dengan Jepang akan diperluas.',
  },
];
const textOf = (r: (typeof RECORDS)[number]) => `${r.title}\n\n${r.body}`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-articles-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const graphOf = async (files: Record<string, string>) =>
  (await build([folder(files)], { layout: { ...DEFAULT_LAYOUT, iterations: 1 } })).graph;
const articles = (g: NewsGraph) => g.filterNodes((_n, a) => a.type === 'Document' && a.kind === 'article').sort();

/** What the graph claims, with each sentence credited to the title of its article: comparable across keyings. */
function claims(g: NewsGraph): string[] {
  const end = (n: string) => (g.getNodeAttribute(n, 'kind') === 'article' ? g.getNodeAttribute(n, 'title') : n);
  return g
    .mapEdges((_e, a, s, t) => {
      const evidence = (a.evidence ?? []).map((ev) => `${end(ev.doc)}#${ev.sentence}: ${ev.text}`);
      return `${a.type} ${end(s)} ${end(t)} ${a.role ?? ''} ${a.count ?? ''} ${evidence.join(' / ')}`;
    })
    .sort();
}

describe('one article, one Document', () => {
  const jsonl = RECORDS.map((r) =>
    JSON.stringify({ id: r.id, title: r.title, publisher: r.publisher, published: r.published, text: textOf(r) }),
  ).join('\n');

  it('keys an article by its whole file id: extension and record id kept', () => {
    expect(nodeKey.article('feed.jsonl#a1')).toBe('article:feed-jsonl-a1');
    expect(nodeKey.article('news/2024/Lavrov Pyongyang.txt')).toBe('article:news-2024-lavrov-pyongyang-txt');
    expect(nodeKey.article('evil.txt')).not.toBe(nodeKey.article('evil.jsonl#1'));
    expect(nodeKey.article('a/x.txt')).not.toBe(nodeKey.article('b/x.txt'));
  });

  it('tells apart ids that slug alike, in file order, with a suffix no slug has', () => {
    const keys = articleKeys(['a-b.txt', 'a.b.txt', 'A-B.txt', 'c.txt', 'feed.jsonl#1', 'feed.jsonl#1']);
    expect(keys).toEqual([
      'article:a-b-txt',
      'article:a-b-txt--2',
      'article:a-b-txt--3',
      'article:c-txt',
      'article:feed-jsonl-1',
      'article:feed-jsonl-1--2',
    ]);
    expect(new Set(keys).size).toBe(keys.length);
    // A natural key never holds `--`, whatever the name: a suffixed key is no other article's own.
    for (const name of ['a--b.txt', 'a- -b.txt', '--.txt', 'a_-_b.txt'])
      expect(nodeKey.article(name)).not.toContain('--');
  });

  it('gives three records of one JSONL file from three outlets three Documents, each sentence credited to its own record', async () => {
    const g = await graphOf({ 'feed.jsonl': jsonl });
    expect(articles(g)).toEqual(['article:feed-jsonl-a1', 'article:feed-jsonl-b2', 'article:feed-jsonl-c3']);
    for (const r of RECORDS) {
      const doc = g.getNodeAttributes(`article:feed-jsonl-${r.id}`);
      expect(doc).toMatchObject({
        file: `feed.jsonl#${r.id}`,
        title: r.title,
        publisher: r.publisher,
        published: r.published,
        text: textOf(r),
      });
    }
    let sentences = 0;
    g.forEachEdge((_e, a) => {
      for (const ev of a.evidence ?? []) {
        expect(g.getNodeAttribute(ev.doc, 'text')).toContain(ev.text);
        sentences++;
      }
    });
    expect(sentences).toBeGreaterThan(5);
    // Zawirna is in a1 only, Zelestari in b2 only: their events' sentences say so.
    const from = (person: string) =>
      new Set(g.mapOutEdges(person, (_e, a) => (a.evidence ?? []).map((ev) => ev.doc)).flat());
    expect(from('person:ana-zawirna')).toEqual(new Set(['article:feed-jsonl-a1']));
    expect(from('person:citra-zelestari')).toEqual(new Set(['article:feed-jsonl-b2']));
  });

  it('gives the same three as .txt files the same facts', async () => {
    const fromRecords = await graphOf({
      'feed.jsonl': RECORDS.map((r) => JSON.stringify({ id: r.id, text: textOf(r) })).join('\n'),
    });
    const fromFiles = await graphOf(Object.fromEntries(RECORDS.map((r) => [`${r.id}.txt`, textOf(r)])));
    expect(articles(fromFiles)).toEqual(['article:a1-txt', 'article:b2-txt', 'article:c3-txt']);
    expect(claims(fromFiles)).toEqual(claims(fromRecords));
    expect(claims(fromFiles).length).toBeGreaterThan(10);
    expect(fromFiles.filterNodes((_n, a) => a.type !== 'Document')).toEqual(
      fromRecords.filterNodes((_n, a) => a.type !== 'Document'),
    );
  });

  it('keeps the same name in two folders, and one stem with two extensions, apart', async () => {
    const [a, b, c] = RECORDS.map(textOf);
    const g = await graphOf({
      '2023/x.txt': a,
      '2024/x.txt': b,
      'evil.txt': c,
      'evil.jsonl': JSON.stringify({ id: 1, text: a }),
      'evil.md': `# ${RECORDS[1].title}\n\n${RECORDS[1].body}`,
    });
    expect(articles(g)).toEqual([
      'article:2023-x-txt',
      'article:2024-x-txt',
      'article:evil-jsonl-1',
      'article:evil-md',
      'article:evil-txt',
    ]);
    expect(g.getNodeAttribute('article:2023-x-txt', 'title')).toBe(RECORDS[0].title);
    expect(g.getNodeAttribute('article:2024-x-txt', 'title')).toBe(RECORDS[1].title);
    expect(g.getNodeAttribute('article:evil-txt', 'file')).toBe('evil.txt');
    expect(g.getNodeAttribute('article:evil-jsonl-1', 'file')).toBe('evil.jsonl#1');
  });

  it('keeps articles whose names slug alike apart, the same way every run', async () => {
    const files = { 'a-b.txt': textOf(RECORDS[0]), 'a.b.txt': textOf(RECORDS[1]) };
    const g = await graphOf(files);
    expect(articles(g)).toEqual(['article:a-b-txt', 'article:a-b-txt--2']);
    expect(g.getNodeAttribute('article:a-b-txt', 'file')).toBe('a-b.txt');
    expect(g.getNodeAttribute('article:a-b-txt--2', 'file')).toBe('a.b.txt');
    expect(g.getNodeAttribute('article:a-b-txt--2', 'title')).toBe(RECORDS[1].title);
    // A graph file with a suffixed key is one of the contract's.
    expect(() => validateGraph(JSON.parse(JSON.stringify(serializeGraph(g))))).not.toThrow();
  });
});
