/**
 * The tagger's features, as strings. Three parts, so that the tagger can cache what a word
 * contributes wherever it stands:
 * - a word's own features (its lower case, shape, affixes and the language model's word
 *   classes: given name, frequent word, organisation or place head…), from its text alone;
 * - what it tells its neighbours two tokens either way (lower case, shape, word classes),
 *   prefixed with its offset;
 * - the sentence's: gazetteer and title phrases over several tokens, cue phrases before a
 *   token, the shapes around it, its position, and the run of capitalised words it stands in
 *   (its first and last word tell the type of a long name: `Universitas … Nusantara`,
 *   `… Medical College`).
 * Every word list comes from the language model; this module holds no word of any language.
 */
import type { LanguageModel } from '../extract/model.js';
import { caseFits, lexiconOf, titleHeadsOnly, type GazetteerHit, type Lexicon } from '../extract/lexicon.js';
import { keepWhere, tokenize, type Token } from '../extract/tokens.js';
import type { EntityType } from '../extract/types.js';

/** Offsets of the neighbours whose words are features, and the prefix each one's features carry. */
export const NEIGHBOURS: readonly { readonly offset: number; readonly prefix: string }[] = [
  { offset: -2, prefix: '-2' },
  { offset: -1, prefix: '-1' },
  { offset: 1, prefix: '+1' },
  { offset: 2, prefix: '+2' },
];

/** A token's part in a known name of each type: opening it, then inside it. */
const GAZETTEER_PART: Record<EntityType, readonly [string, string]> = {
  Person: ['PER-B', 'PER-I'],
  Place: ['LOC-B', 'LOC-I'],
  Organization: ['ORG-B', 'ORG-I'],
};

/** The values of a token's `rp=` feature: where it stands in its run of capitalised words and the run's length (at most 4), indexed by `runPlace`. */
export const RUN_PLACES: readonly string[] = ['B', 'I', 'E'].flatMap((p) => [1, 2, 3, 4].map((n) => p + n));

/** The index in `RUN_PLACES` of token `i` in the run `first` to `last`. */
export function runPlace(i: number, first: number, last: number): number {
  return (i === first ? 0 : i === last ? 2 : 1) * 4 + Math.min(last - first + 1, 4) - 1;
}

/** The run of capitalised tokens token `i` stands in, as `[first, last]`. */
export function runAround(tokens: readonly Token[], i: number): [number, number] {
  let first = i;
  while (first > 0 && tokens[first - 1].capitalised) first--;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1].capitalised) last++;
  return [first, last];
}

/** The case kinds `caseOf` tells. */
export const CASES = ['lower', 'title', 'caps', 'other'] as const;
export type Case = (typeof CASES)[number];

/** What a word's own and neighbour features are made of. */
export interface WordTraits {
  readonly lower: string;
  readonly shape: string;
  readonly kase: Case;
  /** Its word classes (`NerFeatures.classes`). */
  readonly classes: readonly string[];
}

/** A word's features from its letters alone: its lower case and affixes of up to four letters. */
export function spellingFeatures(lower: string): string[] {
  const out = ['bias', wordFeature(lower)];
  const n = lower.length;
  for (let k = 1; k <= 4 && k < n; k++) out.push(`p${k}=${lower.slice(0, k)}`, `x${k}=${lower.slice(n - k)}`);
  return out;
}

/** The feature of a word's lower case, as itself and (prefixed) as a neighbour. */
export const wordFeature = (lower: string): string => `w=${lower}`;
/** The feature of a word's shape, as itself and (prefixed) as a neighbour. */
export const shapeFeature = (shape: string): string => `s=${shape}`;
/** The feature of a word class, as itself and (prefixed) as a neighbour. */
export const classFeature = (c: string): string => `c=${c}`;
/** A word's features from one of its classes: the class, and the class with the word's case. */
export const classFeatures = (c: string, kase: Case): string[] => [classFeature(c), `c=${c}|${kase}`];

/** What is read once per sentence: for each token, its gazetteer and title part ('' outside one). */
export interface SentencePhrases {
  /** `LOC-B`, `ORG-I`, …: the type of the known name the token is part of, and whether it opens it. */
  readonly gazetteer: readonly string[];
  /** The kind of that known name (`country`, `city`, `government`…). */
  readonly kind: readonly string[];
  /** `B` or `I` in a title (`Menteri Luar Negeri`). */
  readonly title: readonly string[];
}

export class NerFeatures {
  private readonly lex: Lexicon;
  private readonly singleTitleWords: ReadonlySet<string>;

  constructor(readonly model: LanguageModel) {
    this.lex = lexiconOf(model);
    this.singleTitleWords = new Set(model.titleHeads.filter((h) => !h.includes(' ')).map((h) => h.toLowerCase()));
  }

  /** The language model's word classes a word belongs to, each a short code. */
  private classes(text: string, lower: string): string[] {
    const lex = this.lex;
    const out: string[] = [];
    const capitalisedForm = lower.charAt(0).toUpperCase() + lower.slice(1);
    if (lex.givenNames.has(text) || lex.givenNames.has(capitalisedForm)) out.push('given');
    if (lex.koreanFamilyNames.has(capitalisedForm)) out.push('family');
    if (this.model.frequentWords.has(lower)) out.push('frequent');
    if (lex.commonWords.has(lower)) out.push('common');
    if (lex.organizationHeads.has(lower)) out.push('orghead');
    if (lex.placeHeads.has(lower)) out.push('placehead');
    if (lex.locativeWords.has(lower)) out.push('locative');
    if (lex.personCues.has(lower)) out.push('personcue');
    if (lex.particles.has(lower)) out.push('particle');
    if (lex.organizationTails.has(lower)) out.push('orgtail');
    if (lex.placeNames.has(lower)) out.push('place');
    if (this.singleTitleWords.has(lower)) out.push('title');
    return out;
  }

  /** What a word's features are made of. */
  traits(text: string): WordTraits {
    const lower = text.toLowerCase();
    return { lower, shape: shapeOf(text), kase: caseOf(text), classes: this.classes(text, lower) };
  }

  /** Features of a word by itself: `spellingFeatures`, then its shape's and classes' (`shapeFeature`, `classFeatures`). */
  wordFeatures(text: string): string[] {
    const { lower, shape, kase, classes } = this.traits(text);
    const out = [...spellingFeatures(lower), shapeFeature(shape)];
    for (const c of classes) out.push(...classFeatures(c, kase));
    return out;
  }

  /** What a word tells the tokens near it (before the offset prefix): its lower case, shape and classes (`wordFeature`, `shapeFeature`, `classFeature`). */
  neighbourSignature(text: string): string[] {
    const { lower, shape, classes } = this.traits(text);
    return [wordFeature(lower), shapeFeature(shape), ...classes.map(classFeature)];
  }

  /** Gazetteer names and titles over the sentence, longest match first, left to right. */
  phrases(tokens: readonly Token[]): SentencePhrases {
    const n = tokens.length;
    const gazetteer = new Array<string>(n).fill('');
    const kind = new Array<string>(n).fill('');
    const title = new Array<string>(n).fill('');
    for (let i = 0; i < n; i++) {
      const hit = tokens[i].isWord ? this.lex.gazetteer.longest(tokens, i, casedAliases) : undefined;
      if (!hit) continue;
      const entry = hit.values[0].entry;
      for (let k = 0; k < hit.length; k++) {
        gazetteer[i + k] = GAZETTEER_PART[entry.type][k ? 1 : 0];
        kind[i + k] = entry.kind;
      }
      i += hit.length - 1;
    }
    for (let i = 0; i < n; i++) {
      const head = tokens[i].isWord ? this.lex.titles.longest(tokens, i, titleHeadsOnly) : undefined;
      if (!head) continue;
      let end = i + head.length;
      for (let next = this.lex.titles.longest(tokens, end); next; next = this.lex.titles.longest(tokens, end))
        end += next.length;
      for (let k = i; k < end; k++) title[k] = k === i ? 'B' : 'I';
      i = end - 1;
    }
    return { gazetteer, kind, title };
  }

  /**
   * Features of token `i` from the sentence beyond its own word and its neighbours' words:
   * the shapes around it, its position, its run's (`runFeatures`) and `phraseFeatures`.
   */
  contextFeatures(
    tokens: readonly Token[],
    i: number,
    phrases: SentencePhrases,
    ruleTags?: readonly string[],
  ): string[] {
    const out: string[] = [];
    const shape = (k: number) => (k < 0 ? '<' : k >= tokens.length ? '>' : shapeOf(tokens[k].text));
    out.push(`ss=${shape(i - 1)}|${shape(i)}|${shape(i + 1)}`);
    if (i === 0) out.push(...firstFeatures(caseOf(tokens[0].text)));
    if (tokens[i].capitalised) this.runFeatures(tokens, i, out);
    out.push(...this.phraseFeatures(tokens, i, phrases, ruleTags));
    return out;
  }

  /** Token `i`'s features from the known names, titles and cues around it, and from the rules' tags. */
  phraseFeatures(
    tokens: readonly Token[],
    i: number,
    phrases: SentencePhrases,
    ruleTags?: readonly string[],
  ): string[] {
    const lex = this.lex;
    const out: string[] = [];
    const g = phrases.gazetteer;
    if (g[i]) out.push(`g=${g[i]}`, `gk=${phrases.kind[i]}`);
    if (i > 0 && g[i - 1]) out.push(`-1g=${g[i - 1]}`);
    if (i + 1 < tokens.length && g[i + 1]) out.push(`+1g=${g[i + 1]}`);
    const t = phrases.title;
    if (t[i]) out.push(`t=${t[i]}`);
    if (i > 0 && t[i - 1] && !t[i]) out.push(`aftertitle|${caseOf(tokens[i].text)}`);
    if (lex.placeCues.before(tokens, i)) out.push('placecue');
    if (lex.organizationCues.before(tokens, i)) out.push('orgcue');
    if (ruleTags) {
      out.push(`r=${ruleTags[i]}`);
      if (i > 0) out.push(`-1r=${ruleTags[i - 1]}`);
    }
    return out;
  }

  /** Features of a capitalised token from the run of capitalised tokens it is part of. */
  private runFeatures(tokens: readonly Token[], i: number, out: string[]): void {
    const [first, last] = runAround(tokens, i);
    out.push(
      ...this.runEndFeatures(tokens[first].text, 'rh'),
      ...this.runEndFeatures(tokens[last].text, 'rt'),
      `rp=${RUN_PLACES[runPlace(i, first, last)]}`,
    );
    if (first > 0) out.push(`rb=${tokens[first - 1].lower}`);
  }

  /** What the first (`rh`) or last (`rt`) word of a run tells each of its tokens. */
  runEndFeatures(text: string, prefix: 'rh' | 'rt'): string[] {
    const lower = text.toLowerCase();
    return [`${prefix}=${lower}`, ...this.classes(text, lower).map((c) => `${prefix}c=${c}`)];
  }

  /** Every feature of every token: the training examples' and the reference for the tagger's cached sums. */
  sentenceFeatures(tokens: readonly Token[], ruleTags?: readonly string[]): string[][] {
    const phrases = this.phrases(tokens);
    return tokens.map((token, i) => {
      const out = this.wordFeatures(token.text);
      for (const { offset, prefix } of NEIGHBOURS) {
        const k = i + offset;
        if (k < 0 || k >= tokens.length) out.push(`${prefix}none`);
        else for (const f of this.neighbourSignature(tokens[k].text)) out.push(prefix + f);
      }
      out.push(...this.contextFeatures(tokens, i, phrases, ruleTags));
      return out;
    });
  }
}

/** For a gazetteer look-up: the entries whose alias the text's tokens fit in case (`AS` the country, not `as`). */
function casedAliases(hits: readonly GazetteerHit[], tokens: readonly Token[], start: number): readonly GazetteerHit[] {
  return keepWhere(hits, (h) => h.aliasTokens.every((a, k) => caseFits(a, tokens[start + k])));
}

/**
 * A word's shape: upper-case letters `X`, lower-case `x`, digits `d`, anything else as it is,
 * runs of one class written once (`Jakarta` → `Xx`, `KPK` → `X`, `G20` → `Xd`, `Jong-un` → `Xx-x`),
 * at most 8 symbols.
 */
export function shapeOf(text: string): string {
  let out = '';
  let last = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    let s: string;
    if (c >= 48 && c <= 57) s = 'd';
    else if (c >= 97 && c <= 122) s = 'x';
    else if (c >= 65 && c <= 90) s = 'X';
    else if (ch.toLowerCase() !== ch) s = 'X';
    else if (ch.toUpperCase() !== ch) s = 'x';
    else if (/\p{N}/u.test(ch)) s = 'd';
    else if (/\p{L}/u.test(ch)) s = 'x';
    else s = ch;
    if (s === last) continue;
    out += s;
    last = s;
    if (out.length === 8) break;
  }
  return out;
}

/** The features of a sentence's first token, whose case is given. */
export const firstFeatures = (kase: Case): string[] => ['first', `first|${kase}`];

/** `lower`, `title` (capitalised), `caps` (two letters or more, all upper case) or `other`. */
export function caseOf(text: string): Case {
  const lower = text.toLowerCase();
  if (lower === text) return 'lower';
  if (text.toUpperCase() === text) return [...text].length > 1 ? 'caps' : 'title';
  return text.charAt(0).toLowerCase() !== text.charAt(0) ? 'title' : 'other';
}

/** Tokens for words already split (a CoNLL sentence): each word one token, its case flags as the tokenizer sets them. */
export function wordTokens(words: readonly string[]): Token[] {
  let start = 0;
  return words.map((text) => {
    const first = tokenize(text)[0];
    const token: Token = {
      text,
      lower: text.toLowerCase(),
      start,
      end: start + text.length,
      isWord: first?.isWord ?? false,
      capitalised: first?.capitalised ?? false,
      allCaps: first?.allCaps ?? false,
    };
    start += text.length + 1;
    return token;
  });
}
