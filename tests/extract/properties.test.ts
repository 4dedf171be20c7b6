import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { indonesian } from '../../src/lang/id/index.js';

const words = ['Presiden', 'Rusia', 'Vladimir', 'Putin', 'tiba', 'di', 'Pyongyang', 'pada', 'Rabu', '(19/6)', 'Kim', 'Jong-un', 'bertemu',
  'Menteri', 'Luar', 'Negeri', 'kunjungan', 'menandatangani', 'perjanjian', 'Korut', 'AS', 'kata', '"', '.', ',', '-', '(ANTARA)',
  'Baca', 'juga:', 'Editor:', '©', '2024', '25', 'April', 'kemarin', 'dan', 'Delegasi', 'termasuk', '\n', '\n\n', 'Sumber:', 'TASS'];
const newsish = fc.array(fc.constantFrom(...words), { maxLength: 120 }).map((ws) => ws.join(' '));

describe('the extractor on arbitrary text', () => {
  it('never throws, and every evidence sentence is in the text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), newsish), (text) => {
      const x = extractArticle({ id: 'a', file: 'a.txt', text }, indonesian);
      const evidence = [
        ...x.events.flatMap((e) => [...e.evidence, ...e.participants.flatMap((p) => p.evidence)]),
        ...x.roles.map((r) => r.evidence), ...x.documents.map((d) => d.evidence), ...x.cites.map((c) => c.evidence),
        ...x.metadata.credits.map((c) => c.evidence), ...(x.metadata.publisherEvidence ? [x.metadata.publisherEvidence] : []),
      ];
      for (const ev of evidence) {
        expect(x.text).toContain(ev.text);
        expect(x.sentences[ev.sentence].text).toBe(ev.text);
      }
    }), { numRuns: 400 });
  });

  it('stays linear on pathological shapes', () => {
    const shapes = ['A'.repeat(20000), 'A '.repeat(10000), 'Presiden '.repeat(3000), '(19/6'.repeat(3000), '1 '.repeat(10000),
      '.'.repeat(20000), 'Kim-'.repeat(5000), 'a.b.'.repeat(5000), ' '.repeat(20000) + 'x', 'Baca juga: '.repeat(2000)];
    for (const text of shapes) {
      const t0 = performance.now();
      extractArticle({ id: 'p', file: 'p.txt', text }, indonesian);
      const msPerKb = (performance.now() - t0) / (text.length / 1024);
      expect(msPerKb, text.slice(0, 20)).toBeLessThan(20);
    }
  });
});
