import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { indonesian } from '../../src/lang/id/index.js';

const words = [
  'Presiden',
  'Rusia',
  'Vladimir',
  'Putin',
  'tiba',
  'di',
  'Pyongyang',
  'pada',
  'Rabu',
  '(19/6)',
  'Kim',
  'Jong-un',
  'bertemu',
  'Menteri',
  'Luar',
  'Negeri',
  'kunjungan',
  'menandatangani',
  'perjanjian',
  'Korut',
  'AS',
  'kata',
  '"',
  '.',
  ',',
  '-',
  '(ANTARA)',
  'Baca',
  'juga:',
  'Editor:',
  '©',
  '2024',
  '25',
  'April',
  'kemarin',
  'dan',
  'Delegasi',
  'termasuk',
  '\n',
  '\n\n',
  'Sumber:',
  'TASS',
];
const newsish = fc.array(fc.constantFrom(...words), { maxLength: 120 }).map((ws) => ws.join(' '));

describe('the extractor on arbitrary text', () => {
  it('never throws, and every evidence sentence is in the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), newsish),
        (text) => {
          const x = extractArticle({ id: 'a', file: 'a.txt', text }, indonesian);
          const evidence = [
            ...x.events.flatMap((e) => [...e.evidence, ...e.participants.flatMap((p) => p.evidence)]),
            ...x.roles.map((r) => r.evidence),
            ...x.documents.map((d) => d.evidence),
            ...x.cites.map((c) => c.evidence),
            ...x.metadata.credits.map((c) => c.evidence),
            ...(x.metadata.publisherEvidence ? [x.metadata.publisherEvidence] : []),
          ];
          for (const ev of evidence) {
            expect(x.text).toContain(ev.text);
            expect(x.sentences[ev.sentence].text).toBe(ev.text);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives every span inside the text, as written there, upper-case text too (a fixed seed)', () => {
    // Short lines and metadata lines (`Sumber: TEMPO.CO`) standing alone as the press writes them, after a dateline or none.
    const line = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    const metaLine = fc
      .tuple(
        fc.constantFrom('Sumber:', 'Sumber :', 'Editor:', 'Penerjemah:'),
        fc.constantFrom('Reuters', 'TEMPO.CO', 'kompas.com', 'Viva.co.id', 'Andi Saputra', 'TASS'),
      )
      .map((parts) => parts.join(' '));
    const dateline = fc.constantFrom(
      '',
      'JAKARTA, KOMPAS.com - Presiden tiba.',
      'VIVA – Presiden tiba.',
      'Pyongyang (ANTARA) - Kim tiba.',
    );
    const withMeta = fc
      .tuple(dateline, fc.array(fc.oneof(line, metaLine), { maxLength: 12 }))
      .map(([d, ls]) => [d, ...ls].join('\n'));
    const texts = fc.oneof(
      newsish,
      withMeta,
      newsish.map((t) => t.toUpperCase()),
      withMeta.map((t) => t.toUpperCase()),
      fc.string({ maxLength: 300 }).map((t) => t.toUpperCase()),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const x = extractArticle({ id: 'a', file: 'a.txt', text }, indonesian);
        const spans = [...x.sentences, ...x.entities.flatMap((e) => e.mentions)];
        for (const s of spans) {
          expect(
            0 <= s.start && s.start <= s.end && s.end <= x.text.length,
            `${s.start}..${s.end} of ${x.text.length}`,
          ).toBe(true);
          expect(x.text.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      { numRuns: 2000, seed: 21 },
    );
  });

  it('stays linear on pathological shapes: time per KB bounded, and doubling the input at most about doubles the time', () => {
    // Every shape but `spaces` is one unit repeated to the size asked.
    const repeated = (unit: string) => (n: number) => unit.repeat(n / unit.length);
    const shapes: Record<string, (n: number) => string> = {
      capitals: repeated('A'),
      capitalWords: repeated('A '),
      acronyms: repeated('KPK DPR AS RI '),
      names: repeated('Andi Budi Citra Dewi Eko '),
      titles: repeated('Presiden '),
      dateOpenings: repeated('(19/6'),
      dateRanges: repeated('12 - 13 - 14 - '),
      digits: repeated('1 '),
      dots: repeated('.'),
      hyphenChain: repeated('Kim-'),
      dottedWords: repeated('a.b.'),
      spaces: (n) => `${' '.repeat(n)}x`,
      quotes: repeated('"“”\''),
      brackets: repeated('(((([[[['),
      locatives: repeated('di Jakarta di '),
      boilerplate: repeated('Baca juga: '),
      emoji: repeated('🇮🇩😀 '),
      cyrillic: repeated('Путин Лавров '),
      noBreaks: repeated('kata '),
    };
    let worst = 0;
    for (const [name, make] of Object.entries(shapes)) {
      // The best of three runs, in this process's CPU time: a busy machine (other processes on
      // the same cores) stretches wall-clock time, not the CPU time the extraction itself takes.
      const time = (n: number) => {
        const text = make(n);
        let best = Infinity;
        for (let run = 0; run < 3; run++) {
          const t0 = process.cpuUsage();
          extractArticle({ id: 'p', file: 'p.txt', text }, indonesian);
          const used = process.cpuUsage(t0);
          best = Math.min(best, (used.user + used.system) / 1000);
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
