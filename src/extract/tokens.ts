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

// A word keeps inner hyphens, apostrophes and dots (`Jong-un`, `Ma'ruf`, `Kontan.co.id`).
const TOKEN = /[\p{L}\p{N}]+(?:[-‐'’.][\p{L}\p{N}]+)*|\S/gu;
const UPPER = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const LETTERS = /\p{L}/gu;
const DIGIT = /\d/;

// ASCII answers first: most tokens of news text are ASCII, and a code comparison is cheaper than a Unicode class.
const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const startsWord = (t: string, c: number) => (c < 128 ? isAsciiLetterOrDigit(c) : WORD_START.test(t));
const startsUpper = (t: string, c: number) => (c < 128 ? c >= 65 && c <= 90 : UPPER.test(t));

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const first = t.charCodeAt(0);
    const lower = t.toLowerCase();
    const isWord = startsWord(t, first);
    // Every cased letter upper-case, and two letters or more (`DPRK`, not `A` or `G20`'s `G`).
    const allCaps = isWord && lower !== t && t.toUpperCase() === t && (t.match(LETTERS)?.length ?? 0) >= 2;
    tokens.push({
      text: t,
      lower,
      start: offset + m.index,
      end: offset + m.index + t.length,
      isWord,
      // Names have no digits (`Rp100`) and more than one letter unless an initial.
      capitalised: isWord && startsUpper(t, first) && !DIGIT.test(t),
      allCaps,
    });
  }
  return tokens;
}

/** Lower-cased token texts of a phrase, for table look-ups. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}

/** A trie over lower-cased token sequences; `longest` finds the longest phrase starting at `i`. */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };

  add(phrase: string, value: V): void {
    let node = this.root;
    for (const t of phraseTokens(phrase)) {
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { next: new Map() }));
      node = child;
    }
    node.values = [...(node.values ?? []), value];
  }

  /** Longest match starting at token `i`: its length in tokens and the values stored there. */
  longest(tokens: readonly Token[], i: number, accept: (values: readonly V[], length: number) => readonly V[] = (v) => v): { length: number; values: readonly V[] } | undefined {
    let node: TrieNode<V> | undefined = this.root;
    let best: { length: number; values: readonly V[] } | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j].lower);
      if (node?.values) {
        const values = accept(node.values, j - i + 1);
        if (values.length) best = { length: j - i + 1, values };
      }
    }
    return best;
  }
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

  constructor(phrases: Iterable<readonly [phrase: string, value: V]>) {
    const all = [...phrases].map(([p, value]) => ({ tokens: phraseTokens(p), value })).filter((p) => p.tokens.length);
    for (const p of all.sort((a, b) => b.tokens.length - a.tokens.length)) {
      const last = p.tokens[p.tokens.length - 1];
      this.byLast.set(last, [...(this.byLast.get(last) ?? []), p]);
    }
  }

  /** The phrase that ends just before token `i`. */
  before(tokens: readonly Token[], i: number): Phrase<V> | undefined {
    if (i < 1 || i > tokens.length) return undefined;
    const candidates = this.byLast.get(tokens[i - 1].lower);
    return candidates?.find((p) => i >= p.tokens.length && p.tokens.every((w, k) => tokens[i - p.tokens.length + k].lower === w));
  }

  /** Whether any of the phrases occurs in the tokens. */
  within(tokens: readonly Token[]): boolean {
    for (let i = 1; i <= tokens.length; i++) if (this.before(tokens, i)) return true;
    return false;
  }
}
