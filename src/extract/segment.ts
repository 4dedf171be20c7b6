/**
 * Pass 3: split body paragraphs into sentences. A full stop ends a sentence, even one that lost
 * the space after it (`Gunawan.Keputusan`), unless it closes an abbreviation (`Prof.`, `Jl.`),
 * an initial (`J. Smith`) or sits inside a number (`1,5`, `3.000`); a closing quote after the
 * stop stays with its sentence. Title and metadata lines are one sentence each, so that
 * metadata has evidence too.
 */
import type { Line } from './clean.js';
import { lexiconOf } from './lexicon.js';
import type { LanguageModel } from './model.js';
import { letterOrNumberBefore } from './tokens.js';
import type { Sentence } from './types.js';

/**
 * A stop and the closing quotes after it, before a space; or, in scraped text that lost the
 * space, a full stop between a word and the capitalised word of the next sentence
 * (`Budi Gunawan.Keputusan Sarpin …`).
 */
const BOUNDARY = /[.!?…]+["”’')\]]*(?=\s|$)|(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu;
/**
 * No news sentence runs this long; text without stops (lists, tables, a pasted dump) is cut
 * into pieces of at most this size at spaces, so that work per sentence stays bounded and
 * the whole stays linear in the text.
 */
const MAX_SENTENCE = 1500;
/** Enough text before a stop to read the word it ends (`Prof`, `3.000`). */
const LOOK_BACK = 64;

/** `dateline`: where the dateline opening the story lies; its text is no story, and the story starts after it. */
export function segment(
  text: string,
  lines: readonly Line[],
  model: LanguageModel,
  dateline: { readonly start: number; readonly end: number } = { start: 0, end: 0 },
): Sentence[] {
  const { start: datelineStart, end: datelineEnd } = dateline;
  const abbreviations = new Set(model.abbreviations);
  const sentences: Sentence[] = [];
  const push = (start: number, end: number, kind: Sentence['kind']) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    if (kind === 'body' && end - start > MAX_SENTENCE) {
      const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
      const cut = space > start ? space : start + MAX_SENTENCE;
      push(start, cut, kind);
      push(cut, end, kind);
      return;
    }
    // A piece inside a dateline broken across lines has no story at all.
    const inside = start >= datelineStart && end <= datelineEnd;
    const contentStart = inside ? end : datelineEnd > start && datelineEnd < end ? datelineEnd : start;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), kind, contentStart });
  };
  const { headlineLowerWords: headlineLower, inlineTeasers } = lexiconOf(model);
  // Found once in the article, not once a line: most articles have none.
  const leads = [...text.matchAll(inlineTeasers)];
  const headline = lines.find((l) => l.kind === 'title')?.text.trim();
  for (const line of lines) {
    if (line.kind === 'title' || line.kind === 'meta') push(line.start, line.end, line.kind);
    if (line.kind !== 'body') continue;
    // A page that prints the headline again at the head of the story: the story starts after it.
    const from = headline && text.startsWith(headline, line.start) ? line.start + headline.length : line.start;
    const inLine = leads.filter((m) => m.index >= from && m.index + m[0].length <= line.end);
    for (const [start, end] of withoutTeasers(text, from, line.end, inLine, headlineLower)) splitAt(start, end);
  }
  return sentences;

  /** The sentences of the paragraph text from `start` to `end`. */
  function splitAt(start: number, stop: number): void {
    const piece = text.slice(start, stop);
    let from = start;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(piece); m; m = BOUNDARY.exec(piece)) {
      const at = start + m.index;
      const end = at + m[0].length;
      if (at >= datelineStart && end <= datelineEnd) continue;
      const before = wordBefore(text, Math.max(from, at - LOOK_BACK), at);
      const next = /^\s*(\S)/u.exec(text.slice(end, Math.min(stop, end + LOOK_BACK)))?.[1] ?? '';
      const isStop = m[0] === '.';
      if (isStop && (abbreviations.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before))) continue;
      // A sentence ends where the next one starts with a capital, a digit or a quote.
      if (next && !/[\p{Lu}\p{N}"“'‘(\[]/u.test(next)) continue;
      push(from, end, 'body');
      from = end;
    }
    push(from, stop, 'body');
  }
}

const CHUNK = /\S+/gu;
/** A chunk a title-case headline may hold besides its lower-case words: a capitalised word, a number, punctuation. */
const HEADLINE_CHUNK = /^[^\p{L}\p{N}]*(?:[\p{Lu}\p{N}]|$)/u;

/**
 * The parts of a paragraph (`start` to `end`) that are its own text: without the link to another
 * article written into it (`Baca juga: Judul Lain di Sini`), from the link's words to the last
 * capitalised word or number of the title-case headline after them (a sentence opening right
 * after it with capitalised words loses them too: they cannot be told apart).
 */
function withoutTeasers(
  text: string,
  start: number,
  end: number,
  leads: readonly RegExpExecArray[],
  headlineLower: ReadonlySet<string>,
): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  for (const lead of leads) {
    // A link inside the headline cut before it is cut with it.
    if (lead.index < from) continue;
    const leadStart = lead.index;
    let headlineEnd = leadStart + lead[0].length;
    CHUNK.lastIndex = 0;
    const after = text.slice(headlineEnd, end);
    const afterStart = headlineEnd;
    for (let c = CHUNK.exec(after); c; c = CHUNK.exec(after)) {
      if (HEADLINE_CHUNK.test(c[0])) headlineEnd = afterStart + c.index + c[0].length;
      else if (!headlineLower.has(c[0].toLowerCase())) break;
    }
    parts.push([from, leadStart]);
    from = headlineEnd;
  }
  parts.push([from, end]);
  return parts;
}

/**
 * The letters, digits and dots that end at `at`, reading back no further than `from` (what
 * `/[\p{L}\p{N}.]+$/u` finds in `text.slice(from, at)`): a scan back is spared the pattern's
 * attempt at every position of the look-back.
 */
function wordBefore(text: string, from: number, at: number): string {
  let k = at;
  for (;;) {
    if (k > from && text.charCodeAt(k - 1) === 46) {
      k--;
      continue;
    }
    const width = letterOrNumberBefore(text, k, from);
    if (!width) break;
    k -= width;
  }
  return text.slice(k, at);
}
