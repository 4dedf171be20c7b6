/**
 * Pass 1: normalise the text and sort its lines into title, body, metadata and boilerplate.
 * Boilerplate may feed metadata but never events or relations.
 */
import { lexiconOf, literalAlternatives, type Lexicon } from './lexicon.js';
import type { CreditRole, LanguageModel } from './model.js';
import { tokenize } from './tokens.js';

export type LineKind = 'title' | 'body' | 'meta' | 'boilerplate' | 'blank';

export interface Line {
  readonly kind: LineKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Strips a BOM, turns CRLF and CR into LF and non-breaking spaces into spaces. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
}

const INITIALS = /^\s*\(?\s*[A-Z]{2,5}(?:\s*\/\s*[A-Z]{2,5})*\s*\)?\s*$/;
const SENTENCE_END = /[.!?"”'’)]\s*$/;
/** A headline cut short: `… Berujung Pidana...`. */
const ELLIPSIS_END = /(?:\.{3}|…)\s*$/;

/** A line crediting people: their role, the text naming them, and the outlet it names, if any. */
export interface CreditLine {
  readonly role: CreditRole;
  readonly names: string;
  readonly outlet?: string;
}

/** `Label: names`, in every language. */
const LABELLED_LINE = /^\s*(?<label>[\p{L} ]{2,20}?)\s*:\s*(?<names>\S.*)$/u;

/** The credit a line gives: `Label: names`, or one of the model's own shapes (`creditLines`), with a label it knows. */
export function creditLineOf(text: string, model: LanguageModel): CreditLine | undefined {
  const by = (pattern: RegExp): CreditLine | undefined => {
    const groups = pattern.exec(text)?.groups;
    const label = groups?.label.toLowerCase();
    return groups && label && Object.hasOwn(model.creditLabels, label)
      ? { role: model.creditLabels[label], names: groups.names, outlet: groups.outlet }
      : undefined;
  };
  let credit = by(LABELLED_LINE);
  for (const pattern of model.creditLines) credit ??= by(pattern);
  return credit;
}

const dateLinePatterns = new WeakMap<LanguageModel, { readonly date: RegExp; readonly time: RegExp }>();

/** A full date, written out or with slashes, and a clock time: built once per model, as every line is tested. */
function dateLinePatternsOf(model: LanguageModel): { readonly date: RegExp; readonly time: RegExp } {
  let patterns = dateLinePatterns.get(model);
  if (!patterns) {
    const months = literalAlternatives(Object.keys(model.months));
    patterns = {
      date: new RegExp(`\\b\\d{1,2}\\s+(?:${months})\\.?\\s+\\d{4}\\b|\\b\\d{1,2}[/-]\\d{1,2}[/-]\\d{4}\\b`, 'i'),
      time: new RegExp(`\\d{1,2}[:.]\\d{2}(\\s*(${literalAlternatives(model.timeZones)}))?`, 'gi'),
    };
    dateLinePatterns.set(model, patterns);
  }
  return patterns;
}

/** True for a line that is only a date and time, possibly with an outlet or weekday (`Rabu, 19 Juni 2024 18:45 WIB`). */
export function isDateLine(text: string, model: LanguageModel): boolean {
  if (text.length > 120) return false;
  const { date, time } = dateLinePatternsOf(model);
  if (!date.test(text)) return false;
  // Few words besides the date: a byline or header, not a sentence.
  const rest = text.replace(date, ' ').replace(time, ' ');
  return (
    rest.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length <= 4 && !SENTENCE_END.test(text.replace(/\d+\s*$/, ''))
  );
}

/**
 * What a headline has not: a sentence's or a list lead's end (or a line break's backslash), a
 * list's semicolon, a list item's mark or number, a clock time, brackets (a team, a term of
 * office), a dash between parts (`Nama - Tim`, a dateline's `--`), a one-word label before a
 * colon (`Cadangan:`).
 */
const NOT_A_HEADLINE = /[.,:;\\]\s*$|;|^\s*(?:[-*•+]|\d+[.)])|\d[:.]\d\d|[()[\]]|\s[-–—]+\s|^\s*\p{L}+\s*:/u;

const NUMBER = /^\p{N}/u;

/**
 * A line that is another story's headline set among the paragraphs (`Warga Temukan Ular Sepanjang
 * Lima Meter di Kebun, Begini Kisahnya`): five words or more, each capitalised, a number or a
 * word headlines keep in lower case, two at least ordinary words of the language that are no
 * given names and no title (a list of people has none), and nothing a headline has not
 * (`NOT_A_HEADLINE`).
 */
function isTeaserHeadline(text: string, lex: Lexicon): boolean {
  if (NOT_A_HEADLINE.test(text)) return false;
  const tokens = tokenize(text, 0);
  if (tokens.filter((t) => t.isWord).length < 5) return false;
  let ordinary = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isWord || lex.headlineLowerWords.has(t.text)) continue;
    if (!t.capitalised && !NUMBER.test(t.text)) return false;
    const title = lex.titles.longest(tokens, i);
    if (title) i += title.length - 1;
    else if (lex.model.frequentWords.has(t.lower) && !lex.givenNames.has(t.text)) ordinary++;
  }
  return ordinary >= 2;
}

export function classifyLines(text: string, model: LanguageModel, hasTitle: boolean): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ kind: 'body', start, end: start + raw.length, text: raw });
    start += raw.length + 1;
  }
  const seen = new Map<string, number>();
  for (const l of lines) if (l.text.trim()) seen.set(l.text.trim(), (seen.get(l.text.trim()) ?? 0) + 1);
  let inTeasers = false;
  let titleFound = hasTitle;
  const lex = lexiconOf(model);
  return lines.map((l) => {
    const t = l.text.trim();
    const kind = ((): LineKind => {
      if (!t) return 'blank';
      if (inTeasers) return 'boilerplate';
      if (model.teaserHeadings.some((re) => re.test(t))) {
        inTeasers = true;
        return 'boilerplate';
      }
      if (model.boilerplateLines.some((re) => re.test(t)) || model.captionLine.test(t) || (seen.get(t) ?? 0) > 1)
        return 'boilerplate';
      if (
        creditLineOf(t, model) ||
        model.copyrightLine.test(t) ||
        model.sourceLine.test(t) ||
        INITIALS.test(t) ||
        isDateLine(t, model)
      )
        return 'meta';
      if (!titleFound) {
        titleFound = true;
        // A first line without closing punctuation (a cut one may end in `...`) and followed by more text is the headline.
        if ((!SENTENCE_END.test(t) || ELLIPSIS_END.test(t)) && t.length <= 200 && t.split(/\s+/).length >= 2)
          return 'title';
      } else if (isTeaserHeadline(t, lex)) return 'boilerplate';
      return 'body';
    })();
    if (kind === 'blank') inTeasers = false;
    return { ...l, kind };
  });
}
