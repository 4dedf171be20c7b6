/** Word and punctuation tokens with their offsets, and the tests passes make on them. */

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
  /** Starts with an upper-case letter. */
  readonly capitalised: boolean;
  /** Two or more letters, all upper-case (`DPRK`, `KPK`). */
  readonly allCaps: boolean;
}

const UPPER = /^\p{Lu}/u;
const LETTERS = /\p{L}/gu;
const DIGIT = /\d/;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

// ASCII answers first: most characters of news text are ASCII, and a code comparison is cheaper than a Unicode class.
const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const startsUpper = (t: string, c: number) => (c < 128 ? c >= 65 && c <= 90 : UPPER.test(t));
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Code units of the code point at `i`: 2 for a surrogate pair. */
const widthAt = (text: string, i: number) =>
  isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
/** Hyphens, apostrophes and dots that a word keeps inside it: `-`, `‐`, `'`, `’`, `.`. */
const isJoiner = (c: number) => c === 45 || c === 0x2010 || c === 39 || c === 0x2019 || c === 46;

/** Whether one code point (`ch`) is a letter or number of any script. */
const isLetterOrNumber = (ch: string) => LETTER_OR_NUMBER.test(ch);

/** Code units of the letter or number at `i` (2 for one beyond the BMP), or 0. */
function letterOrNumberAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetterOrDigit(c) ? 1 : 0;
  const width = widthAt(text, i);
  return isLetterOrNumber(text.slice(i, i + width)) ? width : 0;
}

/** Code units of the letter or number that ends just before `k`, reading back no further than `from`, or 0. */
export function letterOrNumberBefore(text: string, k: number, from: number): number {
  if (k <= from) return 0;
  const c = text.charCodeAt(k - 1);
  if (c < 128) return isAsciiLetterOrDigit(c) ? 1 : 0;
  const width = isLowSurrogate(c) && k - 2 >= from && isHighSurrogate(text.charCodeAt(k - 2)) ? 2 : 1;
  return isLetterOrNumber(text.slice(k - width, k)) ? width : 0;
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]);
}

/** The end of the word starting at `i`: letters and numbers, joined by single joiners (`Jong-un`, `Kontan.co.id`). */
function wordEnd(text: string, i: number): number {
  let end = i;
  for (let w = letterOrNumberAt(text, end); w; w = letterOrNumberAt(text, end)) {
    end += w;
    // A joiner stays inside the word only with a letter or number after it.
    if (isJoiner(text.charCodeAt(end)) && letterOrNumberAt(text, end + 1)) end++;
  }
  return end;
}

/**
 * Words (letters and numbers, keeping inner joiners: `Jong-un`, `Ma'ruf`, `Kontan.co.id`) and
 * every other character that is not a space, one token each: what
 * `/[\p{L}\p{N}]+(?:[-‐'’.][\p{L}\p{N}]+)*|\S/gu` finds, scanned by hand (the pattern's
 * Unicode classes cost more than the rest of tokenising; a test holds the two alike).
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const isWord = letterOrNumberAt(text, i) > 0;
    const end = isWord ? wordEnd(text, i) : i + widthAt(text, i);
    const t = text.slice(i, end);
    const first = t.charCodeAt(0);
    const lower = t.toLowerCase();
    // Every cased letter upper-case, and two letters or more (`DPRK`, not `A` or `G20`'s `G`).
    // A lower-case ASCII second letter settles it before the upper-casing (`Putin`).
    const allCaps =
      isWord &&
      lower !== t &&
      !isAsciiLower(t.charCodeAt(1)) &&
      t.toUpperCase() === t &&
      (t.match(LETTERS)?.length ?? 0) >= 2;
    tokens.push({
      text: t,
      lower,
      start: offset + i,
      end: offset + end,
      isWord,
      // Names have no digits (`Rp100`) and more than one letter unless an initial.
      capitalised: isWord && startsUpper(t, first) && !DIGIT.test(t),
      allCaps,
    });
    i = end;
  }
  return tokens;
}

/** Lower-cased token texts of a phrase, for table look-ups. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}

/**
 * A quick "no" for words a table cannot hold, by first and last character and length, before
 * any hashing: most tokens of a sentence open no title, trigger or cue, and two bit tests cost
 * far less than a look-up in a table of thousands of words. Words it cannot judge (a first or
 * last character beyond ASCII, 31 characters or more) always may be held.
 */
class WordFilter {
  /** For each ASCII first character, a bit for each length of the words that begin with it. */
  private readonly byFirst = new Uint32Array(128);
  /** For each ASCII last character, a bit for each length of the words that end with it. */
  private readonly byLast = new Uint32Array(128);

  add(word: string): void {
    if (word.length >= 31) return;
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    if (first < 128) this.byFirst[first] |= 1 << word.length;
    if (last < 128) this.byLast[last] |= 1 << word.length;
  }

  mayHold(word: string): boolean {
    if (word.length >= 31) return true;
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    return (
      (first >= 128 || ((this.byFirst[first] >>> word.length) & 1) === 1) &&
      (last >= 128 || ((this.byLast[last] >>> word.length) & 1) === 1)
    );
  }
}

/** A trie over lower-cased token sequences; `longest` finds the longest phrase starting at `i`. */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };
  private readonly firstWords = new WordFilter();

  add(phrase: string, value: V): void {
    let node = this.root;
    const words = phraseTokens(phrase);
    if (words.length) this.firstWords.add(words[0]);
    for (const t of words) {
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { next: new Map() }));
      node = child;
    }
    node.values = [...(node.values ?? []), value];
  }

  /** Longest match starting at token `i`: its length in tokens and the values stored there that `accept` keeps. */
  longest(
    tokens: readonly Token[],
    i: number,
    accept: Accept<V> = everyValue,
  ): { length: number; values: readonly V[] } | undefined {
    if (i >= tokens.length || !this.firstWords.mayHold(tokens[i].lower)) return undefined;
    let node: TrieNode<V> | undefined = this.root;
    let length = 0;
    let values: readonly V[] | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j].lower);
      if (node?.values) {
        const accepted = accept(node.values, tokens, i);
        if (accepted.length) {
          length = j - i + 1;
          values = accepted;
        }
      }
    }
    return values && { length, values };
  }
}

/**
 * Which of the values stored at the end of a phrase found at token `start` a look-up keeps
 * (each value's phrase has as many tokens as were walked to reach it). A function of its
 * arguments alone, so that it is written once and not made afresh for every token looked up.
 */
export type Accept<V> = (values: readonly V[], tokens: readonly Token[], start: number) => readonly V[];

const everyValue = <V>(values: readonly V[]) => values;

/** For an `Accept`: the values that pass `test`, as given when all do (most look-ups find one value, and keep it). */
export function keepWhere<V>(values: readonly V[], test: (value: V) => boolean): readonly V[] {
  return values.every(test) ? values : values.filter(test);
}

interface TrieNode<V> {
  readonly next: Map<string, TrieNode<V>>;
  values?: V[];
}

/** A phrase of lower-cased tokens and what it stands for. */
export interface Phrase<V> {
  readonly tokens: readonly string[];
  readonly value: V;
}

/**
 * Cue phrases looked up by the tokens just before a position (`kantor berita` X, `di` X).
 * Indexed by their last token, so a look-up tries only the phrases that can end there;
 * among those the longest wins, and of equal length the one given first.
 */
export class PrecedingPhrases<V = undefined> {
  private readonly byLast = new Map<string, Phrase<V>[]>();
  private readonly lastWords = new WordFilter();

  constructor(phrases: Iterable<readonly [phrase: string, value: V]>) {
    const all = [...phrases].map(([p, value]) => ({ tokens: phraseTokens(p), value })).filter((p) => p.tokens.length);
    for (const p of all.sort((a, b) => b.tokens.length - a.tokens.length)) {
      const last = p.tokens[p.tokens.length - 1];
      this.byLast.set(last, [...(this.byLast.get(last) ?? []), p]);
      this.lastWords.add(last);
    }
  }

  /** The phrase that ends just before token `i`. */
  before(tokens: readonly Token[], i: number): Phrase<V> | undefined {
    if (i < 1 || i > tokens.length || !this.lastWords.mayHold(tokens[i - 1].lower)) return undefined;
    for (const p of this.byLast.get(tokens[i - 1].lower) ?? []) if (endsAt(p.tokens, tokens, i)) return p;
    return undefined;
  }

  /** Whether any of the phrases occurs in the tokens. */
  within(tokens: readonly Token[]): boolean {
    for (let i = 1; i <= tokens.length; i++) if (this.before(tokens, i)) return true;
    return false;
  }
}

/** Whether `words` are the lower-cased tokens just before token `i`. */
function endsAt(words: readonly string[], tokens: readonly Token[], i: number): boolean {
  const from = i - words.length;
  if (from < 0) return false;
  for (let k = 0; k < words.length; k++) if (tokens[from + k].lower !== words[k]) return false;
  return true;
}

/** The token after a short bracketed aside (`(48)`, `( Dirut )`) opening at `k`, or `k`. */
export function afterBrackets(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) if (tokens[j].text === ')') return j + 1;
  return k;
}
