/**
 * No input shape makes reading a file superlinear: for each format, hostile text (a short
 * unit of the format's markup, repeated) is read at one size and at 16 times that size, and
 * each doubling must about double the time too. A quadratic pattern quadruples it (a Markdown
 * line of 400k `[` took 257 s when links were matched with backtracking regexes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInputBytes } from '../../src/ingest/read.js';

/** Markup pieces of each format, chosen for what makes parsers scan back or far ahead. */
const PIECES: Record<string, readonly string[]> = {
  md: [
    '[',
    ']',
    '(',
    ')',
    '![',
    '](',
    '*',
    '**',
    '_',
    '__',
    '`',
    '```',
    '# ',
    '#',
    '> ',
    '- ',
    ' ',
    '\t',
    '\n',
    'a',
    'Kata',
    '\\',
    '!',
  ],
  html: [
    '<div>',
    '<span>',
    '</div>',
    '</span>',
    '<p>',
    '<',
    '>',
    '</',
    '<!--',
    '-->',
    '<a href="',
    '"',
    "'",
    '=',
    '&',
    '&amp;',
    '&#',
    '<script>',
    '<h1>',
    '<meta property="og:title" content="',
    '<![CDATA[',
    '<article>',
    '<br>',
    '<nav>',
    ' ',
    '\n',
    'Kata',
  ],
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

/**
 * Milliseconds per read of `text`: the best of a few batches (each at least 5 ms long), so
 * that noise only ever adds. A single read slower than `enough` ends the measure at once.
 */
function msPerRead(rel: string, text: string, enough = Infinity): number {
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
      if (elapsed > enough) return elapsed;
    } while (elapsed < 5);
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

/**
 * Each doubling of the input at most this much slower: linear is 2, quadratic 4. Linear
 * readers measured up to 2.8 on this shared machine (memory, the heap and other work).
 */
const MAX_PER_DOUBLING = 3.2;
/**
 * Measured over four doublings at once: caches and the heap make the time per byte step up
 * at some sizes (up to 4 times from 64 to 128 KB), which over one doubling looks quadratic.
 */
const DOUBLINGS = 4;

/**
 * How much slower each doubling of `unit` repeated makes a read, from the first size (16 KB
 * up) that takes 2 ms, so that the timer measures the work, to 16 times that size.
 */
function growthPerDoubling(rel: string, unit: string): number {
  const at = (chars: number) => unit.repeat(Math.ceil(chars / unit.length));
  let chars = 16 * 1024;
  while (chars < 1024 * 1024 && msPerRead(rel, at(chars)) < 2) chars *= 2;
  // A shared machine is noisy: growth over the bar is measured again before it counts.
  let growth = Infinity;
  for (let attempt = 0; attempt < 3 && growth > MAX_PER_DOUBLING; attempt++) {
    const base = msPerRead(rel, at(chars));
    // A read slower than the bar allows ends the measure: a quadratic shape would take minutes.
    const top = msPerRead(rel, at(chars * 2 ** DOUBLINGS), 1.01 * base * MAX_PER_DOUBLING ** DOUBLINGS);
    growth = Math.min(growth, (top / base) ** (1 / DOUBLINGS));
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
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES[format]), { minLength: 1, maxLength: 6 }), (pieces) =>
          check(pieces.join('')),
        ),
        { numRuns: 12, endOnFailure: true },
      );
      console.log(`${format}: the slowest shape took ${worst.toFixed(2)} times as long for each doubling`);
    }, 180_000);
  }
});
