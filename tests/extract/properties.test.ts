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
    }), { numRuns: 1000 });
  });

  it('stays linear on pathological shapes: time per KB bounded, and doubling the input at most about doubles the time', () => {
    const shapes: Record<string, (n: number) => string> = {
      capitals: (n) => 'A'.repeat(n),
      capitalWords: (n) => 'A '.repeat(n / 2),
      acronyms: (n) => 'KPK DPR AS RI '.repeat(n / 14),
      names: (n) => 'Andi Budi Citra Dewi Eko '.repeat(n / 25),
      titles: (n) => 'Presiden '.repeat(n / 9),
      dateOpenings: (n) => '(19/6'.repeat(n / 5),
      dateRanges: (n) => '12 - 13 - 14 - '.repeat(n / 15),
      digits: (n) => '1 '.repeat(n / 2),
      dots: (n) => '.'.repeat(n),
      hyphenChain: (n) => 'Kim-'.repeat(n / 4),
      dottedWords: (n) => 'a.b.'.repeat(n / 4),
      spaces: (n) => `${' '.repeat(n)}x`,
      quotes: (n) => '"“”\''.repeat(n / 4),
      brackets: (n) => '(((([[[['.repeat(n / 8),
      locatives: (n) => 'di Jakarta di '.repeat(n / 14),
      boilerplate: (n) => 'Baca juga: '.repeat(n / 11),
      emoji: (n) => '🇮🇩😀 '.repeat(n / 7),
      cyrillic: (n) => 'Путин Лавров '.repeat(n / 13),
      noBreaks: (n) => 'kata '.repeat(n / 5),
    };
    let worst = 0;
    for (const [name, make] of Object.entries(shapes)) {
      // The best of three runs: a busy machine slows single runs, never the best one much.
      const time = (n: number) => {
        const text = make(n);
        let best = Infinity;
        for (let run = 0; run < 3; run++) {
          const t0 = performance.now();
          extractArticle({ id: 'p', file: 'p.txt', text }, indonesian);
          best = Math.min(best, performance.now() - t0);
        }
        return best;
      };
      time(2000); // warm up
      const small = time(20000);
      const large = time(40000);
      const msPerKb = large / (40000 / 1024);
      worst = Math.max(worst, msPerKb);
      if (process.env.DEBUG_SHAPES) console.log(name, small.toFixed(0), large.toFixed(0), msPerKb.toFixed(2));
      expect(msPerKb, name).toBeLessThan(20);
      // Quadratic work would take four times as long; allow noise on tiny times.
      expect(large, name).toBeLessThan(Math.max(3 * small, 40));
    }
    console.log(`pathological shapes: ${Object.keys(shapes).length}, worst ${worst.toFixed(2)} ms per KB`);
  });
});
