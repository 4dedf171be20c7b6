/**
 * No input shape makes reading a file superlinear: for each format, hostile text (a short
 * unit of the format's markup, repeated) is read at one size and at twice that size, and the
 * time must about double too. A quadratic pattern quadruples it (a Markdown line of 400k `[`
 * took 257 s when links were matched with backtracking regexes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInputBytes } from '../../src/ingest/read.js';

/** Markup pieces of each format, chosen for what makes parsers scan back or far ahead. */
const PIECES: Record<string, readonly string[]> = {
  md: ['[', ']', '(', ')', '![', '](', '*', '**', '_', '__', '`', '```', '# ', '#', '> ', '- ', ' ', '\t', '\n', 'a', 'Kata', '\\', '!'],
  html: ['<div>', '<span>', '</div>', '</span>', '<p>', '<', '>', '</', '<!--', '-->', '<a href="', '"', "'", '=', '&', '&amp;', '&#', '<script>', '<h1>', '<meta property="og:title" content="', '<![CDATA[', '<article>', '<br>', '<nav>', ' ', '\n', 'Kata'],
  json: ['[', ']', '{', '}', '"', '\\', ':', ',', '1', 'e', 'a', ' ', '"text":', '"id":', 'null', '\n'],
  jsonl: ['[', ']', '{', '}', '"', '\\', ':', ',', '1', 'a', ' ', '"text":"', '{"text":"Kata"}', '\n', '\r\n'],
  txt: ['a', 'Kata', ' ', '\n', '\r\n', '.', ',', '(', ')', '"', '-', 'A', 'PBB', '19/6/2024', '\t', '\u00a0', '…'],
};

/** Shapes known to have been quadratic, tried first. */
const KNOWN: Record<string, readonly string[]> = {
  md: ['[', '![', '](', '```', '*a', '[a](', '_ '],
  html: ['<div>', '<span>', '<!--', '<a href="'],
  json: ['[', '{"a":'],
  jsonl: ['[', '{"text":"'],
  txt: ['(', 'A '],
};

/** Milliseconds per read of `text`, the best of a few batches (each at least 5 ms long) so that noise only ever adds. */
function msPerRead(rel: string, text: string): number {
  const bytes = Buffer.from(text);
  let best = Infinity;
  for (let batch = 0; batch < 3; batch++) {
    let runs = 0;
    const t0 = performance.now();
    let elapsed = 0;
    do {
      parseInputBytes({ rel }, bytes);
      runs++;
      elapsed = performance.now() - t0;
    } while (elapsed < 5);
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

/** Each doubling of the input at most this much slower: linear is 2, quadratic 4. */
const MAX_PER_DOUBLING = 3;

/**
 * How much slower each doubling of `unit` repeated makes a read, over two doublings from the
 * first size (16 KB up) that takes a millisecond, so that the timer measures the work.
 */
function growthPerDoubling(rel: string, unit: string): number {
  const at = (chars: number) => unit.repeat(Math.ceil(chars / unit.length));
  let chars = 16 * 1024;
  while (chars < 1024 * 1024 && msPerRead(rel, at(chars)) < 1) chars *= 2;
  // A shared machine is noisy: growth over the bar is measured again before it counts.
  let growth = Infinity;
  for (let attempt = 0; attempt < 3 && growth > MAX_PER_DOUBLING; attempt++) {
    growth = Math.min(growth, Math.sqrt(msPerRead(rel, at(4 * chars)) / msPerRead(rel, at(chars))));
  }
  return growth;
}

describe('reading is linear in the input, whatever its shape', () => {
  for (const format of Object.keys(PIECES)) {
    it(`${format}: twice the hostile input takes about twice the time`, () => {
      const rel = `hostile.${format}`;
      let worst = 0;
      const check = (unit: string) => {
        const growth = growthPerDoubling(rel, unit);
        worst = Math.max(worst, growth);
        expect(growth, `${JSON.stringify(unit)} repeated`).toBeLessThan(MAX_PER_DOUBLING);
      };
      for (const unit of KNOWN[format]) check(unit);
      fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES[format]), { minLength: 1, maxLength: 6 }), (pieces) => check(pieces.join(''))), { numRuns: 12, endOnFailure: true });
      console.log(`${format}: the slowest shape took ${worst.toFixed(2)} times as long for each doubling`);
    }, 180_000);
  }
});
